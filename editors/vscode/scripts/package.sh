#!/usr/bin/env bash
# Builds a platform-specific VS Code extension that carries the plead server, as
# rust-analyzer's does: `server/plead` (or `plead.exe`) inside the .vsix, and the
# .vsix marked for one VS Code platform so the Marketplace and `code --install-extension`
# pick the right one. The extension starts the bundled binary unless `plead.server.path`
# says otherwise (then `plead` on PATH).
#
# usage: editors/vscode/scripts/package.sh [TARGET_TRIPLE]
#   TARGET_TRIPLE  a Rust target (default: this machine's, from `rustc -vV`), e.g.
#                  x86_64-unknown-linux-gnu, aarch64-apple-darwin, x86_64-pc-windows-msvc
# env: PLEAD_BIN   use this binary instead of building one (CI passes its debug build)
#      OUT         the .vsix to write (default: editors/vscode/plead-<vscode-target>.vsix)
# Prints the path of the .vsix on its last line.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$here/../.." && pwd)"
say() { echo "[package] $*" >&2; }

triple="${1:-$(rustc -vV | sed -n 's/^host: //p')}"
case "$triple" in
  x86_64-unknown-linux-gnu)      target=linux-x64 ;;
  aarch64-unknown-linux-gnu)     target=linux-arm64 ;;
  armv7-unknown-linux-gnueabihf) target=linux-armhf ;;
  x86_64-unknown-linux-musl)     target=alpine-x64 ;;
  aarch64-unknown-linux-musl)    target=alpine-arm64 ;;
  x86_64-apple-darwin)           target=darwin-x64 ;;
  aarch64-apple-darwin)          target=darwin-arm64 ;;
  x86_64-pc-windows-msvc|x86_64-pc-windows-gnu) target=win32-x64 ;;
  aarch64-pc-windows-msvc)       target=win32-arm64 ;;
  *) echo "package.sh: no VS Code platform for Rust target '$triple'" >&2; exit 2 ;;
esac
exe=plead
case "$triple" in *windows*) exe=plead.exe ;; esac
out="${OUT:-$here/plead-$target.vsix}"

if [ -n "${PLEAD_BIN:-}" ]; then
  bin="$PLEAD_BIN"
  say "using $bin for $triple ($target)"
else
  say "cargo build --release --locked --target $triple"
  (cd "$repo" && cargo build --release --locked --target "$triple" >&2)
  bin="$repo/target/$triple/release/$exe"
fi
[ -f "$bin" ] || { echo "package.sh: no binary at $bin" >&2; exit 2; }

# The binary goes in server/ only for this package: a plain `npm run package` stays
# without one (and finds `plead` on PATH at run time).
rm -f "$here/server/plead" "$here/server/plead.exe"
trap 'rm -f "$here/server/plead" "$here/server/plead.exe"' EXIT
cp "$bin" "$here/server/$exe"
chmod 755 "$here/server/$exe"
# Debug information is for developers: the shipped binary is stripped (when the host's
# strip understands it; a cross-built binary is left as it is).
strip "$here/server/$exe" 2>/dev/null || say "not stripped (strip does not handle $triple)"
if [ "$triple" = "$(rustc -vV | sed -n 's/^host: //p')" ]; then
  "$here/server/$exe" --version >&2 || { echo "package.sh: the binary does not run" >&2; exit 1; }
fi

cd "$here"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund >&2
fi
npm run --silent typecheck >&2
npm run --silent bundle >&2
npx --no-install vsce package --no-dependencies --allow-missing-repository --skip-license \
  --target "$target" -o "$out" >&2
say "$(du -h "$out" | cut -f1) $out (server: $exe for $target)"
echo "$out"
