#!/usr/bin/env bash
# Builds release and prints plead's performance table (Markdown) with the machine load.
#   bash benches/report.sh            # everything
#   QUICK=1 bash benches/report.sh    # skip criterion and the 10,000-edit run
#   ONLY=harper bash benches/report.sh # only the harper-core row
# Optional comparisons (outside the project): eyecite in a venv at $EYECITE_VENV
# (default /tmp/eyecite-venv: `python3 -m venv /tmp/eyecite-venv && /tmp/eyecite-venv/bin/pip install eyecite`),
# harper-core's curated linter through the harness crate benches/compare/harper
# (`cargo build --release --manifest-path benches/compare/harper/Cargo.toml`; binary
# overridable with $HARPER_HARNESS).
set -euo pipefail
cd "$(dirname "$0")/.."
work="${REPORT_DIR:-$(mktemp -d /tmp/plead-report.XXXXXX)}"
eyecite_venv="${EYECITE_VENV:-/tmp/eyecite-venv}"
harper="${HARPER_HARNESS:-benches/compare/harper/target/release/harper-compare}"

cargo build --release --quiet --bin plead --example gen_brief --example profile_parse --example gen_filings --example typo_throughput
cargo run --release --quiet --example gen_brief -- 1000000 > "$work/brief.txt"
plead=target/release/plead
seed=tests/fixtures/ayobi-order.txt

# `key=value` field of a harness line: field LINE KEY
field() { tr ' ' '\n' <<< "$1" | sed -n "s/^$2=//p"; }

# harper-core's curated linter (spelling + grammar) against plead's typo pass (its
# counterpart: spelling, real-word errors, doubled words, grammar), on the same text,
# both cold, in CPU seconds per MB (10^6 bytes).
harper_rows() {
  if [ ! -x "$harper" ]; then
    echo "| harper-core curated linter vs plead typo pass | skipped: harness not built (\`cargo build --release --manifest-path benches/compare/harper/Cargo.toml\`) | plead faster |"
    return
  fi
  local name file runs h p
  for name in "1 MB brief" "seed"; do
    if [ "$name" = seed ]; then file=$seed runs=10; else file="$work/brief.txt" runs=1; fi
    h=$("$harper" "$file" "$runs") || { echo "| harper-core, $name | harness failed | |"; continue; }
    p=$(target/release/examples/typo_throughput "$file")
    awk -v name="$name" -v hs="$(field "$h" cpu_s_per_mb)" -v hl="$(field "$h" lints)" \
        -v ps="$(field "$p" cpu_s_per_mb)" -v pf="$(field "$p" findings)" 'BEGIN {
      printf "| harper-core curated linter vs plead typo pass, %s | harper %.3f CPU-s/MB (%d lints), plead %.4f CPU-s/MB (%d findings): harper/plead = %.1f× | plead faster |\n", name, hs, hl, ps, pf, hs / ps }'
  done
}

if [ "${ONLY:-}" = harper ]; then
  echo "| measurement | result | target |"
  echo "|---|---|---|"
  harper_rows
  exit 0
fi

echo "## plead performance ($(date -u +%FT%TZ), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| measurement | result | target |"
echo "|---|---|---|"

# Full analysis of the 1 MB brief, cold (in process, 5 runs, wall time per run).
start=$(date +%s%N); target/release/examples/profile_parse "$work/brief.txt" 5 > /dev/null; end=$(date +%s%N)
echo "| full analysis of the 1 MB brief, cold (profile_parse, mean of 5) | $(( (end - start) / 5000000 )) ms | ≤ 100 ms |"

# plead check on the seed, process start to exit.
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 3 --runs 30 -N --export-json "$work/check.json" "$plead check $seed" > /dev/null 2>&1 || true
  python3 - "$work/check.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"| `plead check` on the seed, start → exit (hyperfine, 30 runs) | mean {r['mean']*1000:.1f} ms, median {r['median']*1000:.1f} ms | ≤ 30 ms |")
PY
fi
/usr/bin/time -f "%M" -o "$work/rss" "$plead" check "$work/brief.txt" > /dev/null 2>&1 || true
echo "| \`plead check\` peak RSS on the 1 MB brief | $(( $(cat "$work/rss") / 1024 )) MB | ≤ 60 MB |"

# The LSP over stdio (keystrokes, hover/definition/completion, memory).
if [ -n "${QUICK:-}" ]; then export PLEAD_BENCH_EDITS=1000; fi
cargo bench --quiet --bench lsp 2> "$work/lsp.err" | tail -n +3 | sed 's/^| \(.*\)$/| LSP: \1/'

# Side by side on the same text.
if [ -x "$eyecite_venv/bin/python" ]; then
  e=$("$eyecite_venv/bin/python" benches/eyecite_time.py "$work/brief.txt" 1 2>/dev/null | grep '^eyecite' || true)
  echo "| eyecite get_citations, 1 MB brief (citation extraction only) | ${e#eyecite } | plead full analysis should be faster |"
fi
harper_rows

# Batch: 2,000 generated filings (5–60 kB, captions, pleading paper, Markdown), one job and every core.
batch="$work/filings"
if [ ! -d "$batch" ]; then
  target/release/examples/gen_filings "$batch" 2000 2> /dev/null
fi
bytes=$(du -sb --apparent-size "$batch" | cut -f1)
for jobs in 1 default; do
  args=(); [ "$jobs" = default ] || args=(-j "$jobs")
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S %M" -o "$work/batch-$jobs.time" \
    "$plead" check --format json "${args[@]}" "$batch" > "$work/batch-$jobs.jsonl" 2>/dev/null || true
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  read -r user sys rss < <(tail -1 "$work/batch-$jobs.time")
  label=$([ "$jobs" = default ] && echo "default jobs ($(nproc) cores)" || echo "-j1")
  python3 -c "ms=max($ms,1); mb=$bytes/1e6; cpu=$user+$sys; print(f'| \`plead check --format json\` on 2,000 filings ({mb:.0f} MB), $label | {ms/1000:.1f} s: {2000/(ms/1000):.0f} files/s, {mb/(ms/1000):.1f} MB/s (CPU {cpu:.1f} s, peak RSS {$rss/1024:.0f} MB) | uses every core |')"
done
cmp -s "$work/batch-1.jsonl" "$work/batch-default.jsonl" || echo "| batch output differs between -j1 and default jobs | FAIL | identical |"

if [ -z "${QUICK:-}" ]; then
  echo
  echo "Criterion (in process): cargo bench --bench core"
  cargo bench --quiet --bench core 2>/dev/null | grep -E "^[a-z_0-9]+ +time:" || true
fi
