#!/usr/bin/env python3
"""Synthetic real-word errors of the well-known confusion sets in correct text nobody tuned on
(round 40).

Text: the `test` part of the California slip opinions that `scripts/gen_slip_model.py --extract`
writes (its `part_of_case`, salt slip32; `/tmp/m32/cal` on the round-39 machine) and the `test`
documents of the typo corpus's `heldout` split (`parts.tsv` of `scripts/typo_corpus.py`;
`/tmp/m32/tc`). No model of plead learned from either and no rule was written from them.

Sentences: paragraphs cut at `. ` before a capital; kept are sentences of 6-60 words that open with
a capital, close with `.`, and hold no digit, bracket or section sign.

Swaps: in a sentence holding the right member (`from`, `lose`, `cite`, `their`, `whose`, `it is`,
`then`, `trial`, `principles`, `discrete`, `prescribed`, `affect`, `do not`, ...), its first
occurrence is written as the wrong member (`form`, `loose`, `site`, `they're`, `who's`, `its`,
...): one swap a sentence and pair. Clean sentences: every kept sentence that holds a member of some pair,
as written; a finding of a real-word code (`typo/confusable`, `typo/slip`, grammar's codes) on
a member is an alarm (the opinions have their own slips: read them).

The documents split by a hash of their name (salt fam40) into `dev` (read and tuned on) and
`test` (measured once, at the end).

Usage:
    python3 scripts/family_harness.py --out /tmp/r40f/h     # writes dev.jsonl, test.jsonl
    python3 scripts/family_harness.py --score /tmp/r40f/h/dev.jsonl [--list]
"""
import argparse
import collections
import hashlib
import json
import pathlib
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent

# (set, right, wrong): the right word as correct text writes it, the slip written for it.
PAIRS = [
    ("from/form", "from", "form"),
    ("lose/loose", "lose", "loose"),
    ("cite/site", "cite", "site"),
    ("cite/site", "cites", "sites"),
    ("their/they're", "their", "they're"),
    ("their/there", "their", "there"),
    ("whose/who's", "whose", "who's"),
    ("it's/its", "it is", "its"),
    ("it's/its", "it's", "its"),
    ("then/than", "then", "than"),
    ("than/then", "than", "then"),
    ("trial/trail", "trial", "trail"),
    ("principle/principal", "principles", "principals"),
    ("principle/principal", "principle", "principal"),
    ("discrete/discreet", "discrete", "discreet"),
    ("prescribe/proscribe", "prescribed", "proscribed"),
    ("affect/effect", "affect", "effect"),
    ("do/to", "do not", "to not"),
    ("statute/statue", "statute", "statue"),
    ("counsel/council", "counsel", "council"),
    ("accept/except", "accept", "except"),
    ("bear/bare", "bears", "bares"),
]

MEMBERS = sorted({w for _, r, x in PAIRS for w in (r, x) if " " not in w} | {"to"})


def part_of_case(case):
    h = hashlib.sha256(("slip32" + case).encode()).digest()[0] % 10
    return "calibrate" if h == 0 else "test" if h == 1 else "train"


def documents(cal, tc):
    for p in sorted(pathlib.Path(cal).glob("*.txt")):
        if part_of_case(p.stem) == "test":
            yield "cal/" + p.stem, p.read_text(encoding="utf-8", errors="replace")
    parts = dict(line.split("\t") for line in (pathlib.Path(tc) / "parts.tsv").read_text().splitlines() if line)
    for p in sorted((pathlib.Path(tc) / "heldout").glob("*.txt")):
        if parts.get(p.stem) == "test":
            yield "tc/" + p.stem, p.read_text(encoding="utf-8", errors="replace")


SPLIT = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


def sentences(text):
    for para in text.split("\n"):
        for s in SPLIT.split(para.strip()):
            s = s.strip()
            n = len(s.split())
            if 6 <= n <= 60 and s[:1].isupper() and s.endswith(".") and not re.search(r"[\d\[\]()§]", s):
                yield s


def hashed(salt, text):
    return hashlib.sha256((salt + text).encode()).digest()[0]


def build(args):
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    files = {"dev": open(out / "dev.jsonl", "w"), "test": open(out / "test.jsonl", "w")}
    counts = collections.Counter()
    member_re = re.compile(r"\b(" + "|".join(re.escape(m) for m in MEMBERS) + r")\b", re.I)
    for name, text in documents(args.cal, args.tc):
        half = "dev" if hashed("fam40", name) % 2 == 0 else "test"
        for s in sentences(text):
            if member_re.search(s):
                files[half].write(json.dumps({"text": s, "kind": "clean", "doc": name}) + "\n")
                counts[half, "clean"] += 1
            for st, right, wrong in PAIRS:
                m = re.search(r"\b" + re.escape(right) + r"\b", s)
                if not m:
                    continue
                if right in ("do not",) and re.search(r"\b(to|not)\s+do not\b", s):
                    continue
                swapped = s[: m.start()] + wrong + s[m.end():]
                span = [m.start(), m.start() + len(wrong)]
                files[half].write(json.dumps({"text": swapped, "kind": "swap", "set": st, "right": right,
                                              "wrong": wrong, "span": span, "doc": name}) + "\n")
                counts[half, st] += 1
    for f in files.values():
        f.close()
    for k in sorted(counts):
        print(*k, counts[k])


FAMILY_CODES = None  # every code counts on a swap; on a clean sentence, a finding on a member


def score(args):
    rows = [json.loads(l) for l in open(args.score) if l.strip()]
    res = subprocess.run([args.eval, "findings", args.score], capture_output=True, text=True, check=True)
    found = [json.loads(l)["findings"] for l in res.stdout.splitlines() if l.strip()]
    assert len(found) == len(rows), (len(found), len(rows))
    caught = collections.Counter()
    total = collections.Counter()
    alarms = []
    n_clean = 0
    member_re = re.compile(r"\b(" + "|".join(re.escape(m) for m in MEMBERS) + r")\b", re.I)
    for row, fs in zip(rows, found):
        text = row["text"]
        if row["kind"] == "swap":
            total[row["set"]] += 1
            a, b = row["span"]
            hit = [f for f in fs if f["start"] < b and f["end"] > a]
            ok = any(f["fix"] and f["fix"].lower().startswith(text[f["start"]:a].lower() + row["right"].split()[0])
                     for f in hit)
            if ok:
                caught[row["set"]] += 1
            elif args.list_missed:
                print("MISSED", row["set"], json.dumps(text))
        else:
            n_clean += 1
            spans = [(m.start(), m.end()) for m in member_re.finditer(text)]
            for f in fs:
                if f["code"] in ("typo/misspelling", "typo/ocr-split", "typo/ocr-garbled", "typo/agreement"):
                    continue
                if any(f["start"] < e and f["end"] > s0 for s0, e in spans):
                    alarms.append((f["code"], text[f["start"]:f["end"]], f["fix"], text))
    for st in sorted(total):
        print(f"{st}: {caught[st]}/{total[st]}")
    print(f"all swaps: {sum(caught.values())}/{sum(total.values())}")
    print(f"clean sentences: {n_clean}, alarms on a member: {len(alarms)}")
    if args.list:
        for a in alarms:
            print("ALARM", a[0], json.dumps(a[1]), "->", json.dumps(a[2]), "in", json.dumps(a[3]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cal", default="/tmp/m32/cal")
    ap.add_argument("--tc", default="/tmp/m32/tc")
    ap.add_argument("--out")
    ap.add_argument("--score")
    ap.add_argument("--eval", default=str(ROOT / "target/release/examples/typo_eval"))
    ap.add_argument("--list", action="store_true", help="print the alarms on clean sentences")
    ap.add_argument("--list-missed", action="store_true", help="print the swaps missed")
    args = ap.parse_args()
    if args.out:
        build(args)
    if args.score:
        score(args)


if __name__ == "__main__":
    main()
