#!/usr/bin/env python3
"""Precision harness: how often is each plead rule right on real legal writing?

Runs `plead check --format json` over the public-domain corpora, matches every finding
to the judged set (tests/fixtures/precision/judged.jsonl: a finding's document, rule,
text and surrounding context, with a verdict TRUE/FALSE and a reason), and reports per
rule: findings, judged, judged TRUE, precision; and for the whole tool, findings per
10,000 words. Only Python's standard library.

Commands
  measure   figures per rule and per corpus part (add --write to regenerate
            data/rule_precision.tsv and the table in docs/precision.md)
  sample    unjudged findings of some rules, chosen with a fixed seed, written with their
            context to a JSON-lines file for judging (fill in "verdict" and "reason")
  add       merge a judged file into tests/fixtures/precision/judged.jsonl

Corpora (id prefix → files; split):
  opinions/        tests/fixtures/opinions/*.txt              dev
  precision/docs/  tests/fixtures/precision/docs/*.txt        dev or heldout (corpus.tsv)
  shared/wrapped/  /work/shared/corpus/wrapped/*.txt          dev, measured only (--shared)
  shared/pdf/      /work/shared/corpus/pdf/*.pdf              dev, measured only, when plead reads PDF

Matching (the Rust test tests/it/precision.rs does the same): a judged entry's anchor is
the place where `before + text + after` occurs in its document (first occurrence; entries
are written with enough context to be unique); a finding matches the entry when it has
the same rule and its span overlaps the anchor's `text` (or touches it, for empty spans);
a finding that overlaps several takes the one at exactly its span, else the one it overlaps
most. So a judgment survives code changes that move or resize a finding a little.

Examples
  scripts/precision/precision.py measure
  scripts/precision/precision.py measure --split heldout --shared
  scripts/precision/precision.py sample --rule typo/misspelling --per-rule 30 --out /tmp/j.jsonl
  scripts/precision/precision.py add /tmp/j.jsonl
  scripts/precision/precision.py measure --write
"""

from __future__ import annotations

import argparse
import collections
import csv
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
PRECISION = os.path.join(FIXTURES, "precision")
JUDGED = os.path.join(PRECISION, "judged.jsonl")
TABLE = os.path.join(ROOT, "crates", "plead-core", "data", "rule_precision.tsv")
DOC = os.path.join(ROOT, "docs", "precision.md")
SHARED = "/work/shared/corpus"

# A rule that is on by default must reach this precision on the judged set...
THRESHOLD = 0.90
# ...once at least this many of its current findings are judged (fewer: not yet measured).
# Kept in step with MIN_JUDGED in tests/it/precision.rs.
MIN_JUDGED = 10
CONTEXT = 40
SEED = 19


@dataclass
class Document:
    id: str  # path relative to tests/fixtures (or shared/…)
    path: str
    split: str
    judgeable: bool  # in tests/fixtures: may carry judgments
    text: str = ""
    words: int = 0


@dataclass
class Finding:
    doc: str
    rule: str
    start: int  # code-point offsets into the document
    end: int
    message: str
    severity: int
    judged: "Entry | None" = None


@dataclass
class Entry:
    doc: str
    rule: str
    text: str
    before: str
    after: str
    verdict: str
    reason: str
    message: str = ""
    anchor: tuple[int, int] | None = None
    matched: int = 0
    extra: dict = field(default_factory=dict)


# --- corpus --------------------------------------------------------------------------


def read_text(path: str) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def corpus(split: str, shared: bool) -> list[Document]:
    docs: list[Document] = []
    for path in sorted(glob.glob(os.path.join(FIXTURES, "opinions", "*.txt"))):
        docs.append(Document(os.path.relpath(path, FIXTURES), path, "dev", True))
    splits = {}
    tsv = os.path.join(PRECISION, "corpus.tsv")
    if os.path.exists(tsv):
        with open(tsv, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                splits[row["id"]] = row["split"]
    for path in sorted(glob.glob(os.path.join(PRECISION, "docs", "*.txt"))):
        stem = os.path.splitext(os.path.basename(path))[0]
        docs.append(
            Document(os.path.relpath(path, FIXTURES), path, splits.get(stem, "dev"), True)
        )
    if shared:
        for path in sorted(glob.glob(os.path.join(SHARED, "wrapped", "*.txt"))):
            docs.append(Document("shared/wrapped/" + os.path.basename(path), path, "dev", False))
        for path in sorted(glob.glob(os.path.join(SHARED, "pdf", "*.pdf"))):
            docs.append(Document("shared/pdf/" + os.path.basename(path), path, "dev", False))
    docs = [d for d in docs if split == "all" or d.split == split]
    for d in docs:
        if d.path.endswith(".txt"):
            d.text = read_text(d.path)
            d.words = len(d.text.split())
    return docs


# --- running plead ---------------------------------------------------------------------


def plead_binary(given: str | None) -> str:
    if given:
        return given
    subprocess.run(["cargo", "build", "--quiet", "--bin", "plead"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "debug", "plead")


def rule_codes(plead: str) -> list[str]:
    out = subprocess.run([plead, "rules"], check=True, capture_output=True, text=True).stdout
    return [line.split()[0] for line in out.splitlines() if line.strip()]


def run_plead(plead: str, docs: list[Document], all_rules: bool) -> list[Finding]:
    """Findings of every document; `all_rules` turns every rule on (rules that are off
    by default are still measured)."""
    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "plead.toml")
        with open(config, "w", encoding="utf-8") as f:
            f.write("[rules]\n")
            if all_rules:
                for code in rule_codes(plead):
                    f.write(f'"{code}" = "warning"\n')
        by_path = {os.path.abspath(d.path): d for d in docs}
        findings: list[Finding] = []
        paths = list(by_path)
        for i in range(0, len(paths), 64):
            batch = paths[i : i + 64]
            proc = subprocess.run(
                [plead, "check", "--format", "json", "--config", config, *batch],
                capture_output=True,
                text=True,
            )
            if proc.returncode not in (0, 1):
                # Unreadable inputs (e.g. PDF before plead reads PDF) are skipped.
                print(f"plead check: {proc.stderr.strip()[:300]}", file=sys.stderr)
            for line in proc.stdout.splitlines():
                result = json.loads(line)
                doc = by_path.get(os.path.abspath(result["path"]))
                if doc is None:
                    continue
                if not doc.text:
                    doc.text = ""  # PDF: no text to anchor in; counted only
                lines, starts = split_lines(doc.text)
                for d in result["diagnostics"]:
                    start = to_offset(lines, starts, d["range"]["start"])
                    end = to_offset(lines, starts, d["range"]["end"])
                    findings.append(
                        Finding(doc.id, d["code"], start, end, d["message"], d.get("severity", 0))
                    )
        return findings


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """Lines as LSP counts them (\\n, \\r\\n or a lone \\r ends one) and their start offsets."""
    lines, starts, at = [], [], 0
    for m in re.finditer(r"\r\n|\n|\r", text):
        lines.append(text[at : m.start()])
        starts.append(at)
        at = m.end()
    lines.append(text[at:])
    starts.append(at)
    return lines, starts


def to_offset(lines: list[str], starts: list[int], pos: dict) -> int:
    """LSP position (line, UTF-16 column) → code-point offset."""
    line = pos["line"]
    if line >= len(lines):
        return starts[-1] + len(lines[-1]) if lines else 0
    units, col = pos["character"], 0
    for ch in lines[line]:
        if units <= 0:
            break
        units -= 2 if ord(ch) > 0xFFFF else 1
        col += 1
    return starts[line] + col


# --- the judged set ----------------------------------------------------------------------


def load_judged() -> list[Entry]:
    entries = []
    if not os.path.exists(JUDGED):
        return entries
    with open(JUDGED, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            known = {k: raw.pop(k) for k in list(raw) if k in Entry.__dataclass_fields__}
            if known.get("verdict") not in ("TRUE", "FALSE"):
                sys.exit(f"{JUDGED}:{n}: verdict must be TRUE or FALSE")
            entries.append(Entry(**known, extra=raw))
    return entries


def anchor(entry: Entry, text: str) -> tuple[int, int] | None:
    at = text.find(entry.before + entry.text + entry.after)
    if at < 0:
        return None
    start = at + len(entry.before)
    return (start, start + len(entry.text))


def overlaps(f: Finding, a: tuple[int, int]) -> bool:
    if f.start == f.end or a[0] == a[1]:
        return a[0] <= f.end and f.start <= a[1]
    return f.start < a[1] and a[0] < f.end


def match(findings: list[Finding], entries: list[Entry], docs: list[Document]) -> None:
    texts = {d.id: d.text for d in docs}
    by_key = collections.defaultdict(list)
    for e in entries:
        if e.doc in texts:
            e.anchor = anchor(e, texts[e.doc])
            if e.anchor is not None:
                by_key[(e.doc, e.rule)].append(e)
    for f in findings:
        # The entry at exactly the finding's span, else the one it overlaps most.
        best, best_score = None, None
        for e in by_key.get((f.doc, f.rule), ()):
            if overlaps(f, e.anchor):
                exact = (f.start, f.end) == e.anchor
                shared = min(f.end, e.anchor[1]) - max(f.start, e.anchor[0])
                score = (exact, shared)
                if best_score is None or score > best_score:
                    best, best_score = e, score
        if best is not None:
            f.judged = best
            best.matched += 1


def context_of(doc: Document, f: Finding) -> tuple[str, str, str]:
    """Text, before and after, with context long enough to occur once in the document."""
    text = doc.text[f.start : f.end]
    width = CONTEXT
    while True:
        before = doc.text[max(0, f.start - width) : f.start]
        after = doc.text[f.end : f.end + width]
        if doc.text.count(before + text + after) <= 1 or width >= 400:
            return text, before, after
        width *= 2


# --- figures ---------------------------------------------------------------------------


@dataclass
class RuleFigures:
    findings: int = 0
    judged: int = 0
    true: int = 0

    def precision(self) -> float | None:
        return self.true / self.judged if self.judged else None


def figures(findings: list[Finding]) -> dict[str, RuleFigures]:
    table: dict[str, RuleFigures] = collections.defaultdict(RuleFigures)
    for f in findings:
        r = table[f.rule]
        r.findings += 1
        if f.judged:
            r.judged += 1
            r.true += f.judged.verdict == "TRUE"
    return table


def pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f} %"


def print_rules(title: str, table: dict[str, RuleFigures]) -> None:
    print(f"\n{title}")
    print(f"  {'rule':36} {'findings':>8} {'judged':>7} {'TRUE':>5} {'precision':>9}")
    for rule in sorted(table, key=lambda r: (-table[r].findings, r)):
        t = table[rule]
        print(f"  {rule:36} {t.findings:8} {t.judged:7} {t.true:5} {pct(t.precision()):>9}")
    total = RuleFigures(
        sum(t.findings for t in table.values()),
        sum(t.judged for t in table.values()),
        sum(t.true for t in table.values()),
    )
    print(f"  {'all rules':36} {total.findings:8} {total.judged:7} {total.true:5} "
          f"{pct(total.precision()):>9}")


def cmd_measure(args) -> int:
    plead = plead_binary(args.plead)
    docs = corpus(args.split, args.shared)
    entries = load_judged()
    findings = run_plead(plead, docs, all_rules=True)
    default = run_plead(plead, docs, all_rules=False)
    # What the user sees by default, per judged entry: matched at all, matched as more
    # than a hint. (Matching against the default run first, then the all-rules run, which
    # the per-rule figures use.)
    match(default, entries, docs)
    seen = {id(e): e.matched for e in entries}
    seen_loud = collections.Counter()
    for f in default:
        if f.judged and f.severity != 4:  # LSP severity 4: hint
            seen_loud[id(f.judged)] += 1
    for e in entries:
        e.matched = 0
    match(findings, entries, docs)

    print("Findings per 10,000 words: default configuration, default without hints, all rules on")
    parts = collections.OrderedDict()
    for d in docs:
        part = f"{d.id.rsplit('/', 1)[0]} [{d.split}]"
        parts.setdefault(part, []).append(d)
    for part, members in list(parts.items()) + [("all", docs)]:
        ids = {d.id for d in members}
        words = sum(d.words for d in members)
        n_default = sum(1 for f in default if f.doc in ids)
        n_loud = sum(1 for f in default if f.doc in ids and f.severity != 4)
        n_all = sum(1 for f in findings if f.doc in ids)
        if words:
            print(f"  {part:34} {len(members):3} docs {words:7} words  "
                  f"{10000 * n_default / words:6.1f}  {10000 * n_loud / words:6.1f}  "
                  f"{10000 * n_all / words:6.1f}")

    for split in ("dev", "heldout"):
        ids = {d.id for d in docs if d.split == split}
        if ids:
            print_rules(f"Per rule, {split}", figures([f for f in findings if f.doc in ids]))
    table = figures(findings)
    print_rules("Per rule, all judged documents", table)

    split_of = {d.id: d.split for d in docs}
    print("\nJudged entries raised (default; default without hints; all rules on)")
    for split in ("dev", "heldout"):
        part = [e for e in entries if e.anchor and split_of.get(e.doc) == split]
        for verdict, label in (("FALSE", "false alarms still raised"), ("TRUE", "true findings kept")):
            group = [e for e in part if e.verdict == verdict]
            if not group:
                continue
            n = len(group)
            by_default = sum(1 for e in group if seen[id(e)])
            loud = sum(1 for e in group if seen_loud[id(e)])
            every = sum(1 for e in group if e.matched)
            print(f"  {split:8} {label:26} {by_default:4}/{n} ({pct(by_default / n)})  "
                  f"{loud:4}/{n} ({pct(loud / n)})  {every:4}/{n} ({pct(every / n)})")

    unjudged = sum(1 for f in findings if not f.judged and f.doc.startswith(("opinions", "precision")))
    stale = [e for e in entries if e.anchor is None and any(d.id == e.doc for d in docs)]
    gone_true = sum(1 for e in entries if e.anchor and not e.matched and e.verdict == "TRUE")
    gone_false = sum(1 for e in entries if e.anchor and not e.matched and e.verdict == "FALSE")
    raised_false = sum(1 for e in entries if e.matched and e.verdict == "FALSE")
    all_false = sum(1 for e in entries if e.anchor and e.verdict == "FALSE")
    kept_true = sum(1 for e in entries if e.matched and e.verdict == "TRUE")
    all_true = sum(1 for e in entries if e.anchor and e.verdict == "TRUE")
    print(f"\nUnjudged findings in judgeable documents: {unjudged}")
    print(f"Judged entries no longer raised with all rules on: {gone_true} TRUE (lost), "
          f"{gone_false} FALSE (fixed)")
    if all_false:
        print(f"All rules on, judged false alarms still raised: {raised_false}/{all_false} "
              f"({pct(raised_false / all_false)})")
    if all_true:
        print(f"All rules on, judged true findings kept: {kept_true}/{all_true} "
              f"({pct(kept_true / all_true)})")
    if stale:
        print(f"Judged entries whose context no longer occurs in the document: {len(stale)}")

    if args.write:
        write_table(plead, table)
        heldout_ids = {d.id for d in docs if d.split == "heldout"}
        write_doc(plead, table, figures([f for f in findings if f.doc in heldout_ids]))
    return 0


def write_table(plead: str, table: dict[str, RuleFigures]) -> None:
    codes = rule_codes(plead)
    with open(TABLE, "w", encoding="utf-8") as f:
        f.write("# Measured precision of each rule on real legal writing: judged TRUE / judged\n")
        f.write("# findings (tests/fixtures/precision/judged.jsonl), regenerated by\n")
        f.write("# scripts/precision/precision.py measure --write. Read by `plead rules`.\n")
        f.write("rule\tfindings\tjudged\ttrue\n")
        for code in codes:
            t = table.get(code, RuleFigures())
            f.write(f"{code}\t{t.findings}\t{t.judged}\t{t.true}\n")
    print(f"\nwrote {os.path.relpath(TABLE, ROOT)}")


def write_doc(plead: str, table: dict[str, RuleFigures], heldout: dict[str, RuleFigures]) -> None:
    """The per-rule table of docs/precision.md, between its markers."""
    listing = subprocess.run([plead, "rules"], check=True, capture_output=True, text=True).stdout
    # The default each rule earns with the figures just measured (the binary was built
    # with the previous table): its declared severity, or off under THRESHOLD once
    # MIN_JUDGED findings are judged (analysis::trust).
    defaults = {}
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            # "off (warning)" is two words; the declared severity is the one in parentheses.
            declared = parts[2].strip("()") if parts[2].startswith("(") else parts[1]
            t = table.get(parts[0], RuleFigures())
            below = t.judged >= MIN_JUDGED and t.true < THRESHOLD * t.judged
            defaults[parts[0]] = f"off ({declared})" if below else declared
    rows = ["| Rule | Default | Findings | Judged | TRUE | Precision | Held-out judged | Held-out precision |",
            "|---|---|---|---|---|---|---|---|"]
    for code in rule_codes(plead):
        t = table.get(code, RuleFigures())
        h = heldout.get(code, RuleFigures())
        rows.append(f"| `{code}` | {defaults.get(code, '')} | {t.findings} | {t.judged} | {t.true} | "
                    f"{pct(t.precision())} | {h.judged} | {pct(h.precision())} |")
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    start, end = "<!-- precision:start -->\n", "<!-- precision:end -->"
    a, b = text.find(start), text.find(end)
    if a < 0 or b < 0:
        print(f"{os.path.relpath(DOC, ROOT)} has no precision markers; table not written")
        return
    text = text[: a + len(start)] + "\n".join(rows) + "\n" + text[b:]
    with open(DOC, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote the table in {os.path.relpath(DOC, ROOT)}")


# --- sampling and adding judgments -----------------------------------------------------------


def cmd_sample(args) -> int:
    plead = plead_binary(args.plead)
    docs = [d for d in corpus(args.split, False) if d.judgeable]
    by_id = {d.id: d for d in docs}
    entries = load_judged()
    findings = run_plead(plead, docs, all_rules=True)
    match(findings, entries, docs)
    pool = collections.defaultdict(list)
    for f in findings:
        if not f.judged and (not args.rule or f.rule in args.rule):
            pool[f.rule].append(f)
    rng = random.Random(args.seed)
    chosen = []
    for rule in sorted(pool):
        items = sorted(pool[rule], key=lambda f: (f.doc, f.start))
        rng.shuffle(items)
        chosen.extend(items[: args.per_rule] if args.per_rule else items)
    with open(args.out, "w", encoding="utf-8") as out:
        for f in sorted(chosen, key=lambda f: (f.rule, f.doc, f.start)):
            doc = by_id[f.doc]
            text, before, after = context_of(doc, f)
            wide = doc.text[max(0, f.start - 300) : f.end + 300]
            out.write(json.dumps({
                "doc": f.doc, "rule": f.rule, "text": text, "before": before, "after": after,
                "verdict": None, "reason": "", "message": f.message, "view": wide,
            }, ensure_ascii=False) + "\n")
    print(f"wrote {len(chosen)} findings to judge into {args.out}")
    return 0


def cmd_add(args) -> int:
    entries = []
    if os.path.exists(JUDGED):
        with open(JUDGED, encoding="utf-8") as f:
            entries = [json.loads(l) for l in f if l.strip()]
    seen = {(e["doc"], e["rule"], e["before"], e["text"], e["after"]) for e in entries}
    added = 0
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                e = json.loads(line)
                if e.get("verdict") not in ("TRUE", "FALSE") or not e.get("reason"):
                    sys.exit(f"{path}:{n}: needs a verdict (TRUE/FALSE) and a reason")
                key = (e["doc"], e["rule"], e["before"], e["text"], e["after"])
                if key in seen:
                    continue
                seen.add(key)
                e.pop("view", None)
                entries.append({k: e[k] for k in
                                ("doc", "rule", "text", "before", "after", "verdict", "reason",
                                 "message") if k in e})
                added += 1
    entries.sort(key=lambda e: (e["doc"], e["rule"], e["before"][-20:], e["text"]))
    with open(JUDGED, "w", encoding="utf-8") as f:
        for e in entries:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"added {added} judgments; {len(entries)} in {os.path.relpath(JUDGED, ROOT)}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plead", help="plead binary (default: cargo build, target/debug/plead)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("measure")
    m.add_argument("--split", choices=("all", "dev", "heldout"), default="all")
    m.add_argument("--shared", action="store_true", help="also measure /work/shared corpora")
    m.add_argument("--write", action="store_true", help="regenerate data/rule_precision.tsv")
    s = sub.add_parser("sample")
    s.add_argument("--rule", action="append", help="rule code (repeatable; default all)")
    s.add_argument("--split", choices=("all", "dev", "heldout"), default="all")
    s.add_argument("--per-rule", type=int, default=0, help="at most N per rule (0: all)")
    s.add_argument("--seed", type=int, default=SEED)
    s.add_argument("--out", required=True)
    a = sub.add_parser("add")
    a.add_argument("files", nargs="+")
    args = ap.parse_args()
    return {"measure": cmd_measure, "sample": cmd_sample, "add": cmd_add}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
