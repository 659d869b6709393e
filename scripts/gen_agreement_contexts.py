#!/usr/bin/env python3
"""Learn `crates/plead-core/data/agreement_contexts.tsv` (round 39, read by
`crates/plead-core/src/typos/agreement_model.rs`): for each context of a finite verb (the word
classes of up to four symbols before it, and the verb's group: BE is/are, WAS was/were, HAS
has/have, DO does/do, LEX a lexical verb's -s or bare form), how often correct opinions write
a singular and how often a plural verb there. Only contexts seen at least MIN_TOTAL times
where one number is written at most MAX_SHARE of the time are kept (the rest decide nothing).

Training text (public domain: court opinions are government edicts; works of the federal
government are excluded from copyright by 17 U.S.C. § 105), the same as the slip model's
(`scripts/gen_slip_model.py`): the `train` part of `scripts/typo_corpus.py` and the `train`
part of the California slip opinions (zeeshanhxider/LegalAI-Scraper, commit 3c5f2af). The
`calibrate` and `test` parts are left out: `scripts/agreement_harness.py` measures on `test`.

The keys are counted by the checker's own code (`typo_eval agree-counts`, which calls
`plead_core::typos::agreement_contexts`), so training and checking read a sentence alike.
Change the classes in agreement_model.rs, build, and run this again.

Usage (seconds):
    python3 scripts/typo_corpus.py --out /tmp/m32/tc            # once, see gen_slip_model.py
    python3 scripts/gen_slip_model.py --corpus /tmp/m32/tc --calif /tmp/m32/cal --extract ...
    cargo build --release -p plead-core --example typo_eval
    python3 scripts/gen_agreement_contexts.py --corpus /tmp/m32/tc --calif /tmp/m32/cal --write
"""
import argparse
import collections
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

MIN_TOTAL = 40
MAX_SHARE = 0.01
OUT = ROOT / "crates/plead-core/data/agreement_contexts.tsv"


def main():
    import gen_slip_model as gsm
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--calif", required=True)
    ap.add_argument("--eval", default=str(ROOT / "target/release/examples/typo_eval"))
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--counts", help="also keep every context's counts here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        n = 0
        for p in sorted(pathlib.Path(args.calif).glob("*.txt")):
            if gsm.part_of_case(p.stem) == "train":
                os.symlink(p.resolve(), pathlib.Path(tmp) / ("cal-" + p.name))
                n += 1
        for p in sorted((pathlib.Path(args.corpus) / "train").glob("*.txt")):
            os.symlink(p.resolve(), pathlib.Path(tmp) / ("tc-" + p.name))
            n += 1
        out = subprocess.run([args.eval, "agree-counts", tmp], capture_output=True, text=True, check=True).stdout
    if args.counts:
        pathlib.Path(args.counts).write_text(out)
    # Every suffix of a context is a context of its own (the checker backs off to the longest
    # one seen MIN_TOTAL times): a key is `symbols... GROUP`, nearest symbol last.
    counts = collections.Counter()
    verbs = 0
    for line in out.splitlines():
        key, sg, pl = line.split("\t")
        sg, pl = int(sg), int(pl)
        verbs += sg + pl
        parts = key.split(" ")
        symbols, group = parts[:-1], parts[-1]
        for level in range(1, len(symbols) + 1):
            sub = " ".join(symbols[len(symbols) - level:] + [group])
            counts[sub, True] += sg
            counts[sub, False] += pl
    kept = []
    decisive = 0
    for sub in sorted({k for k, _ in counts}):
        sg, pl = counts[sub, True], counts[sub, False]
        if sg + pl < MIN_TOTAL:
            continue
        if min(sg, pl) <= MAX_SHARE * (sg + pl):
            decisive += 1
            kept.append(f"{sub}\t{sg}\t{pl}")
        else:
            # (a context where both numbers are written: it only stops the back-off)
            kept.append(f"{sub}\t-")
    header = [
        "# Finite verbs' contexts in correct opinions: key (up to four symbols before the verb and its group),",
        "# singular count, plural count, or `-` where both numbers are written (the context stops the",
        "# checker's back-off to a shorter one). scripts/gen_agreement_contexts.py writes it; see its",
        f"# docstring for the sources (public domain). {n} documents, {verbs} verbs; contexts seen >= {MIN_TOTAL}",
        f"# times: {len(kept)}, {decisive} where the rarer number is <= {MAX_SHARE} of them.",
    ]
    print(f"{n} documents, {verbs} verbs, {len(out.splitlines())} contexts, {len(kept)} kept, {decisive} decisive")
    if args.write:
        OUT.write_text("\n".join(header + kept) + "\n")


if __name__ == "__main__":
    main()
