#!/bin/sh
# Install the debttracker bundle for the current user (no root needed).
#
#   ./install.sh [BUNDLE_DIR]      BUNDLE_DIR defaults to ./debttracker next to this script
#
# Puts:   the bundle              in ${DEBTTRACKER_PREFIX:-~/.local/opt/debttracker}
#         launcher symlinks       in ~/.local/bin (debttracker, debttracker-cli)
#         the icons               in $XDG_DATA_HOME/icons/hicolor/<size>/apps (default ~/.local/share)
#         the desktop entry       in $XDG_DATA_HOME/applications
#         the AppStream metainfo  in $XDG_DATA_HOME/metainfo
# and refreshes the desktop and icon caches when those tools exist. Running it again upgrades.
# Your data ($XDG_DATA_HOME/debttracker) is never touched; uninstall.sh removes the rest.
set -eu

APP_ID=io.github.debttracker.DebtTracker
APP_NAME=debttracker
ICON_SIZES="16 24 32 48 64 128 256 512"

HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE=${1:-$HERE/$APP_NAME}
PREFIX=${DEBTTRACKER_PREFIX:-$HOME/.local/opt/$APP_NAME}
BIN_DIR=$HOME/.local/bin
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}

die() { echo "install.sh: $*" >&2; exit 1; }

[ -x "$BUNDLE/$APP_NAME" ] || die "no bundle at $BUNDLE (expected the executable $BUNDLE/$APP_NAME)"
for f in "$APP_ID.desktop" "$APP_ID.metainfo.xml"; do
    [ -f "$HERE/$f" ] || die "missing $HERE/$f"
done
ICONS=""
for d in "$BUNDLE/_internal/$APP_NAME/resources/icons" "$BUNDLE/$APP_NAME/resources/icons" \
         "$BUNDLE/../Resources/$APP_NAME/resources/icons"; do
    if [ -f "$d/$APP_NAME.svg" ]; then ICONS=$d; break; fi
done
[ -n "$ICONS" ] || die "no icons found inside $BUNDLE"

# The bundle: copy next to the old one, then swap, so a failed copy leaves the old install.
# Refuse to replace a folder that is not a debttracker bundle (a typo in DEBTTRACKER_PREFIX).
if [ -e "$PREFIX" ] && [ ! -x "$PREFIX/$APP_NAME" ]; then
    [ -d "$PREFIX" ] && [ -z "$(ls -A "$PREFIX")" ] || die "$PREFIX exists and is not a $APP_NAME bundle"
fi
mkdir -p "$(dirname "$PREFIX")"
rm -rf "$PREFIX.new"
cp -R "$BUNDLE" "$PREFIX.new"
cp "$HERE/uninstall.sh" "$PREFIX.new/uninstall.sh" 2>/dev/null || true
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"
echo "bundle:        $PREFIX"

# Launchers: symlinks into the bundle; a file of someone else's is left alone.
mkdir -p "$BIN_DIR"
for exe in "$APP_NAME" "$APP_NAME-cli"; do
    [ -x "$PREFIX/$exe" ] || continue
    link=$BIN_DIR/$exe
    if [ -e "$link" ] && [ ! -L "$link" ]; then
        echo "note: $link exists and is not a symlink; left as it is" >&2
        continue
    fi
    ln -sfn "$PREFIX/$exe" "$link"
    echo "launcher:      $link"
done
case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) echo "note: $BIN_DIR is not on your PATH; the menu entry works anyway" ;;
esac

# Icons, named after the application ID.
for size in $ICON_SIZES; do
    src=$ICONS/$APP_NAME-$size.png
    [ -f "$src" ] || continue
    dir=$DATA_HOME/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    cp "$src" "$dir/$APP_ID.png"
done
mkdir -p "$DATA_HOME/icons/hicolor/scalable/apps"
cp "$ICONS/$APP_NAME.svg" "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
echo "icons:         $DATA_HOME/icons/hicolor/*/apps/$APP_ID.{png,svg}"

# Desktop entry, with Exec/TryExec pointing at the installed executable (~/.local/bin may not
# be on the PATH of the desktop session).
mkdir -p "$DATA_HOME/applications"
DT_EXEC=$PREFIX/$APP_NAME
case "$DT_EXEC" in
    # characters the Exec key would need escaped: rely on the launcher on the PATH instead
    *[\"\`\$\\%]*) DT_EXEC_LINE="Exec=$APP_NAME"; DT_TRYEXEC_LINE="TryExec=$APP_NAME" ;;
    *) DT_EXEC_LINE="Exec=\"$DT_EXEC\""; DT_TRYEXEC_LINE="TryExec=$DT_EXEC" ;;
esac
export DT_EXEC_LINE DT_TRYEXEC_LINE
awk '
    /^Exec=/    { print ENVIRON["DT_EXEC_LINE"]; next }
    /^TryExec=/ { print ENVIRON["DT_TRYEXEC_LINE"]; next }
    { print }
' "$HERE/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
echo "desktop entry: $DATA_HOME/applications/$APP_ID.desktop"

mkdir -p "$DATA_HOME/metainfo"
cp "$HERE/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
echo "metainfo:      $DATA_HOME/metainfo/$APP_ID.metainfo.xml"

# Caches, when the tools are there.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" 2>/dev/null || true
fi

echo "debttracker is installed. Start it from your applications menu or run: $BIN_DIR/$APP_NAME"
echo "To remove it: $PREFIX/uninstall.sh"
