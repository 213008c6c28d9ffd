; Inno Setup 6 script: a per-user installer for the one-folder bundle in dist\debttracker.
;
; Build on Windows, after `python packaging\tools\build_dist.py` has made dist\debttracker:
;   iscc /DAppVersion=<version> packaging\windows\debttracker.iss
; build_dist.py does this itself when iscc.exe is on the PATH, passing the version read from
; debttracker\__init__.py (the only place it is written). The installer lands in dist\.
;
; No administrator rights: it installs under %LOCALAPPDATA%\Programs\debttracker, adds a Start
; menu entry and an uninstaller (Settings > Apps). The user's data in %LOCALAPPDATA%\debttracker
; is never touched by the uninstaller.
;
; Languages: English, Simplified and Traditional Chinese. The two Chinese message files are
; community translations; Inno Setup may not ship them. If the compiler cannot find them under
; its Languages folder, put ChineseSimplified.isl and ChineseTraditional.isl from the Inno Setup
; translations page next to this script (packaging\windows\).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (packaging\tools\build_dist.py does it)
#endif
#define AppName "debttracker"
#define AppId "io.github.debttracker.DebtTracker"
#define AppExe "debttracker.exe"
#define Bundle "..\..\dist\debttracker"

#define ZhHansIsl ""
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
  #define ZhHansIsl "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(CompilerPath + "Languages\Unofficial\ChineseSimplified.isl")
  #define ZhHansIsl "compiler:Languages\Unofficial\ChineseSimplified.isl"
#elif FileExists(SourcePath + "ChineseSimplified.isl")
  #define ZhHansIsl "ChineseSimplified.isl"
#endif
#define ZhHantIsl ""
#if FileExists(CompilerPath + "Languages\ChineseTraditional.isl")
  #define ZhHantIsl "compiler:Languages\ChineseTraditional.isl"
#elif FileExists(CompilerPath + "Languages\Unofficial\ChineseTraditional.isl")
  #define ZhHantIsl "compiler:Languages\Unofficial\ChineseTraditional.isl"
#elif FileExists(SourcePath + "ChineseTraditional.isl")
  #define ZhHantIsl "ChineseTraditional.isl"
#endif

[Setup]
; AppId keys the uninstall entry: never change it between versions.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=debttracker developers
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\debttracker.ico
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if ZhHansIsl != ""
Name: "zh_CN"; MessagesFile: "{#ZhHansIsl}"
#else
  #pragma message "ChineseSimplified.isl not found: the installer is built without it"
#endif
#if ZhHantIsl != ""
Name: "zh_TW"; MessagesFile: "{#ZhHantIsl}"
#else
  #pragma message "ChineseTraditional.isl not found: the installer is built without it"
#endif

[CustomMessages]
en.AppComment=Track your debts, plan the payoff and keep a record of every negotiation
#if ZhHansIsl != ""
zh_CN.AppComment=离线记录债务、规划还款、留存每一次协商记录
#endif
#if ZhHantIsl != ""
zh_TW.AppComment=離線記錄債務、規劃還款、保存每一次協商紀錄
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the bundle's internals whole (no stale modules from the old version)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the app writes inside its own folder; the data folder is the user's
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
