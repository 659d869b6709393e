#!/usr/bin/env bash
# Headless Emacs (eglot) test of editors/emacs/plead-eglot.el against the real server.
# env: PLEAD_BIN (default target/debug/plead)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
PLEAD_BIN=${PLEAD_BIN:-$repo/target/debug/plead}
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/ws/.git"
ln -s "$(realpath "$PLEAD_BIN")" "$tmp/bin/plead"
cp "$repo/tests/fixtures/ayobi-order.txt" "$tmp/ws/"
echo "== emacs eglot e2e =="
PATH="$tmp/bin:$PATH" HOME="$tmp" timeout 90 emacs --batch \
  --eval "(progn (require 'package) (package-initialize))" \
  -l "$here/../plead-eglot.el" -l "$here/e2e.el" "$tmp/ws/ayobi-order.txt" 2>"$tmp/stderr"
rc=$?
[ $rc -eq 0 ] || { echo "emacs exited $rc"; tail -20 "$tmp/stderr"; }
exit $rc
