#!/usr/bin/env bash
# Headless Neovim end-to-end test of editors/nvim against the real plead server.
# Runs the test three times: `vim.lsp.enable('plead')` (0.11 style),
# `require('plead').setup({settings = …})` (settings pass-through), and setup()
# through the 0.9/0.10 code path (vim.g.plead_use_autocmd = true).
# env: NVIM (default: nvim on PATH), PLEAD_BIN (default: target/debug/plead),
#      PLEAD_E2E_TIMEOUT_MS (default 20000), KEEP=1 keeps the temp folder.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
plugin="$(cd "$here/.." && pwd)"
repo="$(cd "$plugin/../.." && pwd)"
NVIM=${NVIM:-nvim}
PLEAD_BIN=${PLEAD_BIN:-$repo/target/debug/plead}
[ -x "$PLEAD_BIN" ] || { echo "nvim e2e: no plead binary at $PLEAD_BIN (cargo build first, or set PLEAD_BIN)" >&2; exit 2; }
command -v "$NVIM" >/dev/null || { echo "nvim e2e: $NVIM not found (set NVIM)" >&2; exit 2; }

tmp="$(mktemp -d)"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
# `plead` on PATH, as a user who installed it has it
mkdir -p "$tmp/bin" "$tmp/ws" "$tmp/xdg"
ln -s "$(realpath "$PLEAD_BIN")" "$tmp/bin/plead"
cp "$repo/tests/fixtures/ayobi-order.txt" "$tmp/ws/ayobi-order.txt"
: > "$tmp/ws/plead.toml"   # marks the root folder (empty: all defaults)

rc=0
for mode in enable setup legacy; do
  out="$tmp/report-$mode.txt"
  PATH="$tmp/bin:$PATH" XDG_CONFIG_HOME="$tmp/xdg" XDG_DATA_HOME="$tmp/xdg" XDG_STATE_HOME="$tmp/xdg" \
  PLEAD_NVIM_PLUGIN="$plugin" PLEAD_E2E_FILE="$tmp/ws/ayobi-order.txt" PLEAD_E2E_OUT="$out" PLEAD_E2E_MODE="$mode" \
    timeout 120 "$NVIM" --headless -n -i NONE -u "$here/init.lua" </dev/null >/dev/null 2>"$tmp/stderr-$mode.txt"
  status=$?
  echo "== nvim e2e ($mode) =="
  cat "$out" 2>/dev/null || echo "(no report)"
  if [ "$status" -ne 0 ]; then
    echo "nvim exited $status"; cat "$tmp/stderr-$mode.txt"
    rc=1
  fi
done
# The one-time notices: no plead on PATH, and a Neovim older than supported.
for mode in missing old; do
  out="$tmp/report-$mode.txt"
  clean_path=""
  IFS=: read -ra dirs <<<"$PATH"
  for d in "${dirs[@]}"; do [ -n "$d" ] && [ ! -e "$d/plead" ] && clean_path="$clean_path${clean_path:+:}$d"; done
  PATH="$clean_path" XDG_CONFIG_HOME="$tmp/xdg" XDG_DATA_HOME="$tmp/xdg" XDG_STATE_HOME="$tmp/xdg" \
  PLEAD_NVIM_PLUGIN="$plugin" PLEAD_E2E_FILE="$tmp/ws/ayobi-order.txt" PLEAD_E2E_OUT="$out" PLEAD_E2E_MODE="$mode" \
    timeout 60 "$(command -v "$NVIM")" --headless -n -i NONE -u "$here/init.lua" </dev/null >/dev/null 2>"$tmp/stderr-$mode.txt"
  status=$?
  echo "== nvim e2e ($mode) =="
  cat "$out" 2>/dev/null || echo "(no report)"
  if [ "$status" -ne 0 ]; then
    echo "nvim exited $status"; cat "$tmp/stderr-$mode.txt"
    rc=1
  fi
done
exit $rc
