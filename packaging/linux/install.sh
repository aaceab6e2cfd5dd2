#!/usr/bin/env bash
# Install Conservation Desk for the current user (no root, no internet):
#
#   ./install.sh                      # from an unpacked release folder (this script is in it)
#   packaging/linux/install.sh [dist/conservation-desk]      # from a checkout, after build.sh
#   ./install.sh --uninstall          # remove the program; the user's data stays
#
# Puts the program in ~/.local/opt/conservation-desk (replacing an older version), a menu
# entry in ~/.local/share/applications, the icons in ~/.local/share/icons/hicolor and a
# `conservation-desk` command in ~/.local/bin. The user's databases, backups and settings
# live elsewhere (~/.local/share/ConservationDesk) and are never touched: installing a new
# version keeps them, and the program upgrades an older database after backing it up.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
NAME=conservation-desk
PREFIX=${PREFIX:-$HOME/.local}
DATA_HOME=${XDG_DATA_HOME:-$PREFIX/share}
TARGET=$PREFIX/opt/$NAME
BIN=$PREFIX/bin
APPLICATIONS=$DATA_HOME/applications
ICONS=$DATA_HOME/icons/hicolor
SIZES="16 32 48 64 128 256"

refresh_menus() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPLICATIONS" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$TARGET"
  rm -f "$APPLICATIONS/$NAME.desktop" "$ICONS/scalable/apps/$NAME.svg"
  for size in $SIZES; do rm -f "$ICONS/${size}x${size}/apps/$NAME.png"; done
  if [ -L "$BIN/$NAME" ]; then rm -f "$BIN/$NAME"; fi
  refresh_menus
  echo "Conservation Desk was removed. Your data is still in ${XDG_DATA_HOME:-$HOME/.local/share}/ConservationDesk"
  exit 0
fi

# The built program: given, or the folder this script sits in (a release), or the
# checkout's dist/ (this script in packaging/linux/).
if [ $# -ge 1 ]; then
  SOURCE=$(cd "$1" && pwd)
elif [ -x "$HERE/$NAME" ]; then
  SOURCE=$HERE
else
  SOURCE=$(cd "$HERE/../.." && pwd)/dist/$NAME
fi
[ -x "$SOURCE/$NAME" ] || { echo "No built program in $SOURCE (run packaging/build.sh first)." >&2; exit 1; }

# The menu entry and the icons: beside this script (release or checkout), else in the bundle.
DESKTOP_FILE=$HERE/$NAME.desktop
[ -f "$DESKTOP_FILE" ] || DESKTOP_FILE=$SOURCE/$NAME.desktop
ICON_DIR=$SOURCE/_internal/resources/icons
[ -f "$ICON_DIR/$NAME.svg" ] || ICON_DIR=$(cd "$HERE/../.." && pwd)/resources/icons
[ -f "$DESKTOP_FILE" ] || { echo "Missing $NAME.desktop beside $0" >&2; exit 1; }
[ -f "$ICON_DIR/$NAME.svg" ] || { echo "Missing the icons ($ICON_DIR)" >&2; exit 1; }

# Copy next to the old version, then swap, so a failed copy leaves the old one working.
mkdir -p "$PREFIX/opt"
if [ "$SOURCE" != "$TARGET" ]; then
  rm -rf "$TARGET.new"
  cp -a "$SOURCE" "$TARGET.new"
  rm -rf "$TARGET.old"
  if [ -e "$TARGET" ]; then mv "$TARGET" "$TARGET.old"; fi
  mv "$TARGET.new" "$TARGET"
  rm -rf "$TARGET.old"
fi

mkdir -p "$BIN" "$APPLICATIONS" "$ICONS/scalable/apps"
ln -sfn "$TARGET/$NAME" "$BIN/$NAME"
install -m 0644 "$ICON_DIR/$NAME.svg" "$ICONS/scalable/apps/$NAME.svg"
for size in $SIZES; do
  mkdir -p "$ICONS/${size}x${size}/apps"
  install -m 0644 "$ICON_DIR/$NAME-$size.png" "$ICONS/${size}x${size}/apps/$NAME.png"
done
sed -e "s|^Exec=.*|Exec=\"$TARGET/$NAME\"|" -e "s|^TryExec=.*|TryExec=$TARGET/$NAME|" \
  "$DESKTOP_FILE" > "$APPLICATIONS/$NAME.desktop"
chmod 0644 "$APPLICATIONS/$NAME.desktop"
refresh_menus

echo "Conservation Desk $("$TARGET/$NAME" --version 2>/dev/null | awk '{print $2}') is installed in $TARGET."
echo "Start it from the applications menu (Office), or with: $BIN/$NAME"
