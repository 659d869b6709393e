#!/usr/bin/env bash
# End-to-end test of the packaged plead extension in real VS Code: code-server
# (VS Code 1.100.3 served to a browser) with the .vsix installed, driven by
# Debian's Chromium through playwright-core. Passes (exit 0) only when plead's
# diagnostics for the seed order show in the Problems panel, a hover card on a
# citation shows the authority, the extension's commands restart the server and
# show its output, and a settings change reaches the server. Leaves screenshots
# at $SHOT and ${SHOT%.png}-output.png.
# SERVER says where the extension finds plead:
#   setting  (default) "plead.server.path" points at PLEAD_BIN;
#   bundled  VSIX is a platform package (scripts/package.sh) carrying the server, no
#            setting and no plead on PATH: the run passes only if the bundled binary
#            served it ("found via bundled" in the output);
#   missing  VSIX without a server, no setting, no plead on PATH: passes when VS Code
#            shows the "binary was not found" error and the status bar says so.
# env: PLEAD_BIN (default target/debug/plead), VSIX (default editors/vscode/plead.vsix),
#      SERVER, SHOT (default /tmp/plead-code-server.png), PROBE_TIMEOUT_MS, KEEP=1 (keep state)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
PLEAD_BIN=$(realpath "${PLEAD_BIN:-$repo/target/debug/plead}")
VSIX=$(realpath "${VSIX:-$here/../plead.vsix}")
SHOT=${SHOT:-/tmp/plead-code-server.png}
SERVER=${SERVER:-setting}
case "$SERVER" in setting|bundled|missing) ;; *) echo "SERVER must be setting, bundled or missing" >&2; exit 2 ;; esac
T0=$(date +%s)
say() { echo "[code-server e2e +$(( $(date +%s) - T0 ))s] $*"; }
[ -x "$PLEAD_BIN" ] || { echo "no plead binary at $PLEAD_BIN (cargo build, or set PLEAD_BIN)" >&2; exit 2; }
[ -f "$VSIX" ] || { echo "no extension at $VSIX (run: cd editors/vscode && npm run package)" >&2; exit 2; }

# ---- system packages: kerberos headers for code-server's native module, ripgrep
#      to stand in for @vscode/ripgrep's download, chromium for the browser
need=()
for p in libkrb5-dev ripgrep chromium; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if ((${#need[@]})); then
  say "apt-get install ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# ---- code-server + playwright-core, exact versions from package-lock.json
cd "$here"
CS_VERSION=$(node -p "require('./package.json').dependencies['code-server']")
VS=node_modules/code-server/lib/vscode
if [ ! -f "$VS/node_modules/node-pty/build/Release/pty.node" ] || [ ! -x "$VS/node_modules/@vscode/ripgrep/bin/rg" ] \
   || [ "$(node -p "require('./node_modules/code-server/package.json').version" 2>/dev/null)" != "$CS_VERSION" ]; then
  # @vscode/ripgrep's postinstall downloads rg from the internet; it first looks in
  # $TMPDIR/vscode-ripgrep-cache-1.15.11/, so seed that with Debian's rg.
  npm_tmp=$(mktemp -d)
  mkdir -p "$npm_tmp/rgstage" "$npm_tmp/vscode-ripgrep-cache-1.15.11"
  cp /usr/bin/rg "$npm_tmp/rgstage/rg"
  tar czf "$npm_tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$npm_tmp/rgstage" rg
  say "npm ci (code-server $CS_VERSION builds native modules, ~2 min)"
  # unsafe_perm: code-server's postinstall refuses to run as root without it;
  # yes: node-pty's postinstall runs `npx node-gyp`
  TMPDIR=$npm_tmp npm_config_unsafe_perm=true npm_config_yes=true npm ci --foreground-scripts >"$npm_tmp/npm-ci.log" 2>&1 \
    || { tail -40 "$npm_tmp/npm-ci.log"; exit 1; }
  rm -rf "$npm_tmp"
fi

# ---- per-run state: user data, extensions, browser profile, workspace
S=$(mktemp -d /tmp/plead-code-server.XXXXXX)
export XDG_CONFIG_HOME=$S/xdg/config XDG_DATA_HOME=$S/xdg/data XDG_CACHE_HOME=$S/xdg/cache
mkdir -p "$S/user-data/User" "$S/extensions" "$S/ws"
cp "$repo/tests/fixtures/ayobi-order.txt" "$S/ws/ayobi-order.txt"
server_setting=""
[ "$SERVER" = setting ] && server_setting="\"plead.server.path\": \"$PLEAD_BIN\","
cat > "$S/user-data/User/settings.json" <<JSON
{
  $server_setting
  "plead.trace.server": "${PLEAD_TRACE:-off}",
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "chat.disableAIFeatures": true
}
JSON
CS=(node_modules/.bin/code-server --config "$S/config.yaml" --user-data-dir "$S/user-data" --extensions-dir "$S/extensions")
"${CS[@]}" --install-extension "$VSIX" >"$S/install-extension.log" 2>&1 || { cat "$S/install-extension.log"; exit 1; }
say "installed: $(ls "$S/extensions" | grep -v extensions.json | tr '\n' ' ')"

# Without the setting, the extension must not find a plead on PATH by accident: the
# server's PATH keeps only folders that hold no plead.
if [ "$SERVER" != setting ]; then
  clean_path=""
  IFS=: read -ra dirs <<<"$PATH"
  for d in "${dirs[@]}"; do [ -n "$d" ] && [ ! -e "$d/plead" ] && clean_path="$clean_path${clean_path:+:}$d"; done
  export PATH="$clean_path"
  command -v plead >/dev/null && { echo "plead is still on PATH" >&2; exit 2; }
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
setsid "${CS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust "$S/ws" >"$S/code-server.log" 2>&1 &
CS_PID=$!   # its own process group: code-server, the extension host and plead
cleanup() {
  kill -- "-$CS_PID" 2>/dev/null || true
  for _ in $(seq 1 10); do kill -0 "$CS_PID" 2>/dev/null || break; sleep 0.5; done
  kill -9 -- "-$CS_PID" 2>/dev/null || true
  [ -n "${KEEP:-}" ] || rm -rf "$S"
}
trap cleanup EXIT
for _ in $(seq 1 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz")" = 200 ] && break; sleep 0.5
done
say "code-server up on 127.0.0.1:$PORT"

rc=0
PROBE_MODE="$SERVER" node "$here/probe.js" "http://127.0.0.1:$PORT" "$S/ws" ayobi-order.txt "$SHOT" "$S/chrome-profile" || rc=$?
if [ $rc -ne 0 ]; then
  LOG=$(find "$S/user-data/logs" -name '*plead*.log' 2>/dev/null | head -1)
  [ -n "$LOG" ] && { echo "---- plead output ($LOG):"; tail -30 "$LOG"; }
fi
say "done, exit $rc (screenshot $SHOT)"
exit $rc
