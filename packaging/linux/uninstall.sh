#!/bin/sh
# Remove what install.sh put in place for the current user, and nothing else.
# Your data (the database, backups, evidence files, logs) stays where it is; the last lines say
# where, so you can keep, move or delete it yourself.
set -eu

APP_ID=io.github.debttracker.DebtTracker
APP_NAME=debttracker
ICON_SIZES="16 24 32 48 64 128 256 512"

PREFIX=${DEBTTRACKER_PREFIX:-$HOME/.local/opt/$APP_NAME}
BIN_DIR=$HOME/.local/bin
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}

removed() { echo "removed: $1"; }

# Launchers: only our symlinks (pointing into the bundle).
for exe in "$APP_NAME" "$APP_NAME-cli"; do
    link=$BIN_DIR/$exe
    if [ -L "$link" ]; then
        case "$(readlink "$link")" in
            "$PREFIX"/*) rm -f "$link"; removed "$link" ;;
            *) echo "note: $link points elsewhere; left as it is" ;;
        esac
    fi
done

for size in $ICON_SIZES; do
    icon=$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png
    if [ -e "$icon" ]; then rm -f "$icon"; removed "$icon"; fi
done
for f in "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg" \
         "$DATA_HOME/applications/$APP_ID.desktop" \
         "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"; do
    if [ -e "$f" ]; then rm -f "$f"; removed "$f"; fi
done

# The start-at-login entry the app writes (Preferences → Reminders), when it starts this
# bundle: it would run a program that is gone. One that starts another install is left.
AUTOSTART=${XDG_CONFIG_HOME:-$HOME/.config}/autostart/$APP_ID.desktop
if [ -f "$AUTOSTART" ]; then
    if grep -qF -e "Exec=$PREFIX/$APP_NAME" -e "Exec=\"$PREFIX/$APP_NAME" "$AUTOSTART"; then
        rm -f "$AUTOSTART"; removed "$AUTOSTART"
    else
        echo "note: $AUTOSTART starts another copy of $APP_NAME; left as it is"
    fi
fi

# The bundle, only when it is one (it holds our executable).
if [ -x "$PREFIX/$APP_NAME" ]; then
    rm -rf "$PREFIX"
    removed "$PREFIX"
elif [ -e "$PREFIX" ]; then
    echo "note: $PREFIX is not a $APP_NAME bundle; left as it is"
fi

if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA_HOME/applications" ]; then
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$DATA_HOME/icons/hicolor" ]; then
    gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" 2>/dev/null || true
fi

echo "debttracker is uninstalled. Your data was left untouched:"
echo "  data (database, backups, evidence, logs): ${DEBTTRACKER_DATA_DIR:-$DATA_HOME/$APP_NAME}"
echo "  chart font cache (safe to delete):       ${XDG_CACHE_HOME:-$HOME/.cache}/$APP_NAME"
