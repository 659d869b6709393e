#!/usr/bin/env python3
"""Word-class trigrams of the function words, for the slip model's back-off (round 37):
`data/slip_classes.bin`, read by `crates/plead-core/src/typos/slip_model.rs`.

A function word for a function word (`in place far the data` → *for*) is decided by its two
neighbours' bigrams and the trigram (before, candidate, after) — `scripts/gen_slip_model.py`.
When a neighbour is a content word the trigram is sparse (`place for the` was seen 4 times in
8M words, `responsible for managing` never), and the bigram of that word says little. This
table keeps, for every function word x of the model (its `closed` and `slips` lines) seen in
training between a word l and a word r, the counts of the two trigrams with one neighbour
replaced by its word class — its parts of speech as `data/pos.tsv` writes them, the symbol the
model's class counts use (`#NVB`) — that is (`#class(l)`, x, r) and (l, x, `#class(r)`): *a
preposition slot after a noun or verb, before `the`*, which many sentences attest where the
lexical trigram is one sentence's.

Same training text and symbols as the slip model (its `train` part: `docs(args, "train")`);
only counts of at least MIN_COUNT are kept. The file is sorted little-endian u64 keys, each
the FNV-1a hash of the three symbols joined by spaces with its low 16 bits replaced by the
count (capped at 65,535), as `slip_model.bin` is.

Usage (a minute or two on one core; the corpora as gen_slip_model.py makes them):
    python3 scripts/gen_slip_classes.py --corpus /tmp/m32/tc --calif /tmp/m32/cal
"""
import argparse
import collections
import pathlib
import struct
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import gen_slip_model as g  # noqa: E402

MIN_COUNT = 2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/tmp/m32/tc")
    ap.add_argument("--calif", default="/tmp/m32/cal")
    ap.add_argument("--out", default=str(ROOT / "crates/plead-core/data/slip_classes.bin"))
    args = ap.parse_args()
    pos = g.parts_of_speech()
    fw = g.CLOSED | g.COMMON_SLIPS
    counts = collections.Counter()
    for _, text in g.docs(args, "train"):
        for seq in g.symbols(text):
            for i in range(1, len(seq) - 1):
                x = seq[i]
                if x not in fw:
                    continue
                left, right = seq[i - 1], seq[i + 1]
                if left[0] != "<" and left != "-":
                    counts[(g.class_of(pos, left), x, right)] += 1
                if right[0] != "<" and right != "-":
                    counts[(left, x, g.class_of(pos, right))] += 1
    entries = {}
    for words, n in counts.items():
        if n < MIN_COUNT:
            continue
        key = (g.fnv64(" ".join(words)) & ~0xFFFF) | min(n, 0xFFFF)
        entries[key >> 16] = key
    keys = sorted(entries.values())
    pathlib.Path(args.out).write_bytes(struct.pack("<%dQ" % len(keys), *keys))
    print("class trigrams", len(counts), "kept", len(keys), file=sys.stderr)


if __name__ == "__main__":
    main()
