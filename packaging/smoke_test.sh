#!/usr/bin/env bash
# Smoke test of the built one-folder application, run as an office laptop would run it:
# no Python on the PATH (env -i, PATH holding only an empty folder), no display
# (QT_QPA_PLATFORM=offscreen) and a fresh user data folder (CONSERVATION_DESK_HOME).
#
#   packaging/smoke_test.sh [dist/conservation-desk]
#
# Checks: --version; demo --db; export summary (in one process and in two) and print agreement (each only when the
# build has that sub-command); the window opened on the demo file for a few seconds; and a
# first start with no database at all. Exits non-zero on the first failure.
set -uo pipefail
cd "$(dirname "$0")/.."
APP_DIR=${1:-dist/conservation-desk}
APP="$(cd "$APP_DIR" 2>/dev/null && pwd)/conservation-desk"
[ -x "$APP" ] || { echo "smoke test: no program at $APP_DIR/conservation-desk; run packaging/build.sh" >&2; exit 1; }

WORK=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
mkdir -p "$WORK/empty-bin" "$WORK/home" "$WORK/out"
WINDOW_SECONDS=${WINDOW_SECONDS:-8}
passed=0
skipped=0

# The program with nothing from this shell: no Python, no PYTHONPATH, no LD_LIBRARY_PATH.
app() {
  env -i PATH="$WORK/empty-bin" HOME="$WORK" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    CONSERVATION_DESK_HOME="$WORK/home" ${SUMMARY_PROCESSES:+CONSERVATION_DESK_SUMMARY_PROCESSES=$SUMMARY_PROCESSES} \
    "$APP" "$@"
}

fail() {
  echo "FAIL: $1" >&2
  [ -f "$WORK/stdout" ] && sed 's/^/  stdout: /' "$WORK/stdout" | tail -20 >&2
  [ -f "$WORK/stderr" ] && sed 's/^/  stderr: /' "$WORK/stderr" | tail -40 >&2
  [ -f "$WORK/home/error.log" ] && sed 's/^/  error.log: /' "$WORK/home/error.log" | tail -40 >&2
  echo "smoke: $passed passed, 1 failed"
  exit 1
}

ok() { echo "ok: $1"; passed=$((passed + 1)); }

# step NAME ARGS...: the program exits 0 and prints no traceback.
step() {
  local name=$1; shift
  local started=$SECONDS
  app "$@" >"$WORK/stdout" 2>"$WORK/stderr"
  local code=$?
  [ $code = 0 ] || fail "$name exited $code"
  ! grep -q "Traceback" "$WORK/stdout" "$WORK/stderr" || fail "$name printed a traceback"
  ok "$name ($((SECONDS - started)) s)"
}

# has_command GROUP NAME: the build's `GROUP --help` lists the sub-command NAME.
has_command() {
  app "$1" --help 2>/dev/null | grep -Eq "^ +$2( |$)|[{,]$2[,}]"
}

# window MODE NAME ARGS...: the window starts and keeps running, with no traceback and no
# error log. MODE "quit": with --quit-after (when the build has it) the window must close
# itself with exit 0. Otherwise (or MODE "alive") `timeout` stops it, and its exit code 124
# counts as success: the program was still running after WINDOW_SECONDS.
window() {
  local mode=$1 name=$2; shift 2
  rm -f "$WORK/home/error.log"
  if [ "$mode" = quit ] && app --quit-after 1 --version >/dev/null 2>&1; then
    timeout $((WINDOW_SECONDS + 60)) env -i PATH="$WORK/empty-bin" HOME="$WORK" LANG=C.UTF-8 \
      QT_QPA_PLATFORM=offscreen CONSERVATION_DESK_HOME="$WORK/home" \
      "$APP" --quit-after "$WINDOW_SECONDS" "$@" >"$WORK/stdout" 2>"$WORK/stderr"
    local code=$?
    [ $code = 0 ] || fail "$name: the window exited $code (expected 0 after --quit-after)"
  else
    timeout "$WINDOW_SECONDS" env -i PATH="$WORK/empty-bin" HOME="$WORK" LANG=C.UTF-8 \
      QT_QPA_PLATFORM=offscreen CONSERVATION_DESK_HOME="$WORK/home" \
      "$APP" "$@" >"$WORK/stdout" 2>"$WORK/stderr"
    local code=$?
    [ $code = 124 ] || fail "$name: the window exited $code within $WINDOW_SECONDS s (expected to be still running)"
  fi
  ! grep -q "Traceback" "$WORK/stdout" "$WORK/stderr" || fail "$name printed a traceback"
  [ ! -s "$WORK/home/error.log" ] || fail "$name wrote an error log"
  ok "$name"
}

echo "smoke test of $APP ($(du -sh "$APP_DIR" | cut -f1))"
if env -i PATH="$WORK/empty-bin" sh -c 'command -v python3 || command -v python' >/dev/null 2>&1; then
  fail "python is reachable on the test PATH"
fi

step "--version" --version
grep -Eq "^conservation-desk [0-9]" "$WORK/stdout" || fail "--version printed: $(cat "$WORK/stdout")"

DB="$WORK/out/demo.sqlite"
step "demo --db" demo --db "$DB" --families 300
[ -s "$DB" ] || fail "demo wrote no database"
step "demo (Spanish messages)" --lang es demo --db "$WORK/out/demo-es.sqlite" --families 20
grep -q "Base de datos de demostración\|familias" "$WORK/stdout" \
  || fail "the Spanish translation was not used: $(cat "$WORK/stdout")"

if has_command export summary; then
  step "export summary" export summary --db "$DB" --out "$WORK/out/summary.xlsx"
  [ "$(head -c 2 "$WORK/out/summary.xlsx")" = "PK" ] || fail "summary.xlsx is not a workbook"
  # the frozen program starting its own second process (multiprocessing's spawn)
  SUMMARY_PROCESSES=2 step "export summary in two processes" export summary --db "$DB" \
    --out "$WORK/out/summary-2.xlsx"
  [ "$(head -c 2 "$WORK/out/summary-2.xlsx")" = "PK" ] || fail "summary-2.xlsx is not a workbook"
  [ "$(stat -c %s "$WORK/out/summary-2.xlsx")" -gt 10000 ] || fail "summary-2.xlsx is too small"
else
  echo "skipped: export summary (not in this build)"; skipped=$((skipped + 1))
fi

if has_command print agreement; then
  # The demo numbers its agreements AC-YEAR-0001 onwards (2025 and 2026).
  NUMBER=${AGREEMENT_NUMBER:-AC-2025-0001}
  if [ -z "${AGREEMENT_NUMBER:-}" ] && ! app print agreement "$NUMBER" --db "$DB" \
      --out "$WORK/out/probe.pdf" >/dev/null 2>&1; then
    NUMBER=AC-2026-0001
  fi
  step "print agreement $NUMBER" print agreement "$NUMBER" --db "$DB" --out "$WORK/out/agreement.pdf"
  [ "$(head -c 5 "$WORK/out/agreement.pdf")" = "%PDF-" ] || fail "agreement.pdf is not a PDF"
else
  echo "skipped: print agreement (not in this build)"; skipped=$((skipped + 1))
fi

window quit "window on the demo file" --db "$DB"

# A first start: no database and no settings yet. The first-run dialog waits for the user
# (or, in builds without it, the demo is being built): the program must be up and well.
rm -rf "$WORK/home"; mkdir -p "$WORK/home"
window alive "first start with no database" --lang es

# The plain closing line CI logs understand: "N passed, N failed".
echo "smoke: $passed passed, 0 failed, $skipped skipped"
