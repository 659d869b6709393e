#!/usr/bin/env python3
"""Regenerate the spell checker's word list with frequency scores.

Inputs (public sources):
  * SCOWL word lists as packaged by Debian (`apt-get install wamerican-small
    wamerican wamerican-large`): /usr/share/dict/american-english-small (SCOWL
    size 35), american-english (size 50), american-english-large (size 70).
    Licence: SCOWL permissive licence, copied to data/en_US-words.LICENSE.
  * Word counts from the public-domain court opinions in tests/fixtures/opinions/
    (see SOURCES.md there), so legal vocabulary ranks high among suggestions.

Output: data/en_US-words.tsv, one `key<TAB>score[<TAB>Display]` per line, sorted by
the lowercase key; Display is the proper-noun form (`Sacramento`) when no lowercase form exists. `score`
(0-60) combines the SCOWL size class (common words score higher) with the
log of the word's count in the opinions; suggestions rank by edit distance,
then by score.

Usage: python3 scripts/gen_typo_data.py            # writes the table
       python3 scripts/gen_typo_data.py --unknown  # corpus words not in word list or lexicon
"""
import math
import pathlib
import re
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
DICT = pathlib.Path("/usr/share/dict")
TIERS = [("american-english-small", 3), ("american-english", 2), ("american-english-large", 1)]
# Entries of the large list that are nonstandard in formal American legal prose;
# the confusables table reports them with a message instead (e.g. irregardless).
NOT_WORDS = {"irregardless", "alot", "judgement", "judgements"}

WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]|[A-Za-z]")


def load_tiers():
    tier = {}
    for name, level in TIERS:
        for line in (DICT / name).read_text(encoding="utf-8").splitlines():
            w = line.strip()
            if not w or w.endswith("'s") or w.lower() in NOT_WORDS:
                continue
            tier.setdefault(w, level)
    return tier


def corpus_counts():
    counts = Counter()
    for path in sorted((ROOT / "tests/fixtures/opinions").glob("*.txt")):
        for m in WORD.finditer(path.read_text(encoding="utf-8")):
            w = m.group(0).replace("’", "'")
            if w.endswith("'s"):
                w = w[:-2]
            counts[w.lower()] += 1
    return counts


def lexicon_words():
    words = set()
    for line in (ROOT / "crates/plead-core/data/legal_lexicon.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        for w in line.split():
            words.add(w.lower())
    return words


def main():
    tier = load_tiers()
    counts = corpus_counts()
    if "--unknown" in sys.argv:
        known = {w.lower() for w in tier} | lexicon_words()
        for w, c in counts.most_common():
            if w not in known and c >= int(sys.argv[-1] if sys.argv[-1].isdigit() else 2):
                print(f"{c}\t{w}")
        return
    best = {}  # lowercase key -> (score, display form or None)
    for w, level in tier.items():
        key = w.lower()
        c = counts.get(key, 0)
        score = level * 10 + min(30, int(round(3 * math.log2(1 + c))))
        display = None if w == key else w
        old = best.get(key)
        if old is None:
            best[key] = (score, display)
        else:
            # A lowercase form wins the display (it is the general word).
            best[key] = (max(old[0], score), None if (old[1] is None or display is None) else old[1])
    rows = sorted(best.items())
    out = ROOT / "crates/plead-core/data/en_US-words.tsv"
    out.write_text(
        "".join(f"{k}\t{s}\t{d}\n" if d else f"{k}\t{s}\n" for k, (s, d) in rows), encoding="utf-8"
    )
    print(f"wrote {out} ({len(rows)} words)")


if __name__ == "__main__":
    main()
