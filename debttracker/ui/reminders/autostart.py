"""Start at login, written and removed by the app: the XDG autostart entry on Linux (and other
free desktops), the ``HKCU\\…\\Run`` value on Windows, a LaunchAgent on macOS.

The app starts with ``--minimized`` (in the tray).  The builders of paths and contents are plain
functions so each platform's output is tested on any platform; :func:`set_enabled` and
:func:`is_enabled` act on the running platform.  ``winreg`` is imported on Windows only.
"""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path

from debttracker import APP_ID, APP_NAME

WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
MINIMIZED = "--minimized"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this installation of the app at login, in the tray: the absolute path of
    the running executable (the session's PATH at login need not hold ``~/.local/bin`` or a
    venv), then ``--data-dir`` when the data are not in the default place."""
    return [*_program(), *_data_dir_args(data_dir), MINIMIZED]


def _program() -> list[str]:
    """The frozen executable, else this venv's ``debttracker`` script, else ``python -m``."""
    if getattr(sys, "frozen", False):  # the bundle's executable, not a symlink to it
        return [str(Path(sys.executable).resolve())]
    scripts = Path(os.path.abspath(sys.executable)).parent
    for name in ("debttracker.exe", "debttracker") if os.name == "nt" else ("debttracker",):
        script = scripts / name
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)]
    return [os.path.abspath(sys.executable), "-m", "debttracker"]


def _data_dir_args(data_dir: Path | None) -> list[str]:
    """``["--data-dir", DIR]`` unless ``DIR`` is the per-user default (``--data-dir`` or
    ``$DEBTTRACKER_DATA_DIR`` are not there at login)."""
    from platformdirs import user_data_dir

    from debttracker import paths

    chosen = Path(os.path.abspath(data_dir or paths.data_dir(create=False)))
    default = Path(os.path.abspath(user_data_dir(APP_NAME, appauthor=False)))
    return [] if chosen == default else ["--data-dir", str(chosen)]


# -- Linux / XDG ---------------------------------------------------------------------------


def xdg_config_home() -> Path:
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".config"


def xdg_entry_path(config_home: Path | None = None) -> Path:
    return (config_home or xdg_config_home()) / "autostart" / f"{APP_ID}.desktop"


def _desktop_quote(arg: str) -> str:
    """Quote one argument of an ``Exec`` key (Desktop Entry Specification, "The Exec key"):
    double quotes around an argument with a reserved character, ``"`` `` ` `` ``$`` ``\\``
    escaped inside them, ``%`` doubled."""
    reserved = " \t\n\"'\\><~|&;$*?#()`"
    if arg and not any(c in arg for c in reserved):
        return arg.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
    return f'"{escaped}"'


def exec_value(command: list[str]) -> str:
    """The ``Exec`` value for ``command``: each argument quoted, then the string-value escapes
    of the spec (applied before the quoting rule is read back: ``\\`` becomes ``\\\\``)."""
    line = " ".join(_desktop_quote(arg) for arg in command)
    return line.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def desktop_entry(command: list[str], comment: str = "") -> str:
    exec_line = exec_value(command)
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        f"Comment={comment or 'Reminders of debts, payments and promises'}",
        f"Exec={exec_line}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ]
    return "\n".join(lines)


# -- macOS ---------------------------------------------------------------------------------


def launch_agent_path(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def launch_agent_plist(command: list[str]) -> bytes:
    data = {
        "Label": APP_ID,
        "ProgramArguments": command,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    return plistlib.dumps(data)


# -- Windows -------------------------------------------------------------------------------


def windows_run_value(command: list[str]) -> str:
    """The Run value: each argument quoted when it holds a space."""
    return " ".join(f'"{arg}"' if " " in arg else arg for arg in command)


def _windows_set(enabled: bool, command: list[str]) -> None:  # pragma: no cover - Windows
    import winreg

    access = winreg.KEY_SET_VALUE | winreg.KEY_QUERY_VALUE
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0, access) as key:
        if enabled:
            winreg.SetValueEx(key, APP_ID, 0, winreg.REG_SZ, windows_run_value(command))
        else:
            try:
                winreg.DeleteValue(key, APP_ID)
            except FileNotFoundError:
                pass


def _windows_get() -> bool:  # pragma: no cover - Windows
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            winreg.QueryValueEx(key, APP_ID)
    except OSError:
        return False
    return True


# -- the running platform ------------------------------------------------------------------


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def set_enabled(
    enabled: bool,
    platform: str | None = None,
    *,
    comment: str = "",
    data_dir: Path | None = None,
) -> None:
    """Write or remove the start-at-login entry; raises OSError when it cannot."""
    platform = platform or sys.platform
    command = launch_command(data_dir)
    if platform == "win32":  # pragma: no cover - Windows
        _windows_set(enabled, command)
        return
    path = launch_agent_path() if platform == "darwin" else xdg_entry_path()
    if not enabled:
        path.unlink(missing_ok=True)
    elif platform == "darwin":
        _write(path, launch_agent_plist(command))
    else:
        _write(path, desktop_entry(command, comment).encode("utf-8"))


def is_enabled(platform: str | None = None) -> bool:
    platform = platform or sys.platform
    if platform == "win32":  # pragma: no cover - Windows
        return _windows_get()
    path = launch_agent_path() if platform == "darwin" else xdg_entry_path()
    return path.exists()
