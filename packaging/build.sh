#!/usr/bin/env bash
# Build the Linux one-folder application from a clean checkout:
#   packaging/build.sh            -> dist/conservation-desk/conservation-desk
#   packaging/build.sh --archive  -> also dist/conservation-desk-VERSION-linux-ARCH.tar.gz,
#                                    the file to hand to an office (it unpacks to a folder
#                                    holding install.sh)
# It makes its own venv in build/venv (kept between builds; delete build/ to start over),
# installs the project (not editable) and PyInstaller there, and runs the spec.
# Needs: Python 3.11+ built with a shared libpython (Debian's python3 and pyenv's are),
# and network access to PyPI on the first run. PYTHON=/path/to/python3 picks another Python.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
ARCHIVE=0
for arg in "$@"; do
  case $arg in
    --archive) ARCHIVE=1 ;;
    *) echo "usage: packaging/build.sh [--archive]" >&2; exit 2 ;;
  esac
done
PYTHON=${PYTHON:-python3}
VENV=build/venv
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-pyinstaller==6.22.*}

if [ ! -x "$VENV/bin/python" ]; then
  echo "== creating $VENV with $("$PYTHON" --version)"
  "$PYTHON" -m venv "$VENV"
fi
echo "== installing the project and PyInstaller"
rm -rf build/lib build/bdist.* # setuptools' in-tree build leftovers would ship stale modules
# (pip's notes about missing local wheel folders of this machine image are left out)
"$VENV/bin/python" -m pip install -q --disable-pip-version-check . "$PYINSTALLER_SPEC" \
  2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)

echo "== building with $("$VENV/bin/pyinstaller" --version | sed 's/^/PyInstaller /')"
rm -rf dist/conservation-desk
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/conservation-desk.spec

APP=dist/conservation-desk
missing=0
for needed in conservation-desk _internal/translations/desktop_es.qm _internal/translations/desktop_es.ts \
    _internal/resources/fonts/DejaVuSans.ttf _internal/desktop/db/migrations/env.py \
    _internal/desktop/i18n/labels.toml \
    _internal/PySide6/Qt/plugins/platforms/libqoffscreen.so \
    _internal/PySide6/Qt/plugins/platforms/libqxcb.so; do
  if [ ! -e "$APP/$needed" ]; then echo "missing in the build: $needed" >&2; missing=1; fi
done
[ "$missing" = 0 ] || exit 1
# What an office needs to put it in the menu, inside the folder it receives.
install -m 0755 packaging/linux/install.sh "$APP/install.sh"
install -m 0644 packaging/linux/conservation-desk.desktop "$APP/conservation-desk.desktop"

if [ "$ARCHIVE" = 1 ]; then
  version=$("$APP/conservation-desk" --version | awk '{print $2}')
  tarball=dist/conservation-desk-$version-linux-$(uname -m).tar.gz
  tar -C dist -czf "$tarball" conservation-desk
  echo "== archive: $tarball ($(du -h "$tarball" | cut -f1))"
fi

echo "== built $APP in $(( $(date +%s) - started )) s; size: $(du -sh "$APP" | cut -f1)"
