#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 180), one after another.
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# New corpus entries land in fuzz/corpus/<target>/ (minimize before committing:
# `cargo +nightly fuzz cmin <target>`); crashes in fuzz/artifacts/<target>/.
set -u
cd "$(dirname "$0")"
seconds="${1:-180}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(analyze edits config docket_pacer_html docket_recap_json docket_acms_json docket_claims docket_csv docket_filenames)
fi
status=0
for t in "${targets[@]}"; do
  echo "== $t (${seconds}s)"
  cargo +nightly fuzz run -O "$t" -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 2>&1 | grep -E "^(#[0-9]+.*(DONE|pulse)|stat::|==.*ERROR|SUMMARY|Done|.*panicked|artifact_prefix|Test unit written)" | tail -25
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done
exit $status
