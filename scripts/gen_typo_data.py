#!/usr/bin/env python3
"""Regenerate the spell checker's word list with frequency scores.

Inputs (public sources):
  * SCOWL, the raw word lists with their size classes and categories, as packaged by
    Debian (`apt-get install scowl`: /usr/share/dict/scowl/). Used: the English,
    American and variant-1 spellings of the `words`, `upper`, `proper-names` and
    `contractions` categories up to size 70; words of sizes 80 and 95 only when the
    opinions corpus attests them (below). Licence: SCOWL permissive licence, copied to
    data/en_US-words.LICENSE.
  * The public-domain opinions corpus built by scripts/typo_corpus.py (its `train`
    split, target/typos-corpus/train): word counts, so legal vocabulary ranks high among
    suggestions, and the attestation of rare words (`uncontroverted`, `jointness`,
    `trustor` are size 80; `remittitur` 95).

Output: data/en_US-words.tsv, one `key<TAB>score[<TAB>Display]` per line, sorted by the
lowercase key. Display is the only accepted form of a word SCOWL lists only capitalized
(`Sacramento`, `Denys`): the checker flags it in lower case. `score` (0-60) combines the
SCOWL size class (common words score higher) with the log of the word's count in the
opinions; suggestions rank by edit distance, then by score.

  * WordNet 3.0 (`apt-get install wordnet-base`: /usr/share/wordnet/), for the parts of
    speech each word can have (data/pos.tsv: N noun, V verb, B base-form verb, D past
    or participle, J adjective, R adverb), from its index files and exception lists with
    the regular inflections. Licence: WordNet 3.0 licence, copied to data/wordnet-LICENSE.

Usage: python3 scripts/gen_typo_data.py            # writes the table and data/pos.tsv
       python3 scripts/gen_typo_data.py --unknown N # corpus words in N+ documents that neither
                                                    # the table nor the lexicon knows
"""
import math
import pathlib
import re
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCOWL = pathlib.Path("/usr/share/dict/scowl")
CORPUS = ROOT / "target/typos-corpus/train"
DATA = ROOT / "crates/plead-core/data"
SPELLINGS = ["english", "american", "variant_1", "variant_2"]
CATEGORIES = ["words", "upper", "proper-names", "contractions", "abbreviations"]
# Size class → tier (added to the score as tier * 10).
TIERS = {10: 3, 20: 3, 35: 3, 40: 2, 50: 2, 55: 1, 60: 1, 70: 1}
# Rare sizes: admitted when attested in at least this many corpus documents.
RARE_SIZES = {80: 2, 95: 3}
# Entries of the lists that are nonstandard or misspellings in American legal prose;
# the confusable and style tables report some of them with a message (irregardless).
NOT_WORDS = {
    "irregardless", "alot", "judgement", "judgements", "supercede", "supercedes",
    "superceded", "superceding", "persue", "persued", "wierd", "accomodate",
}

WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]|[A-Za-z]")


def read_list(path):
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def load_scowl():
    """{form: (tier, size)} for sizes ≤ 70, and {form: size} for the rare sizes."""
    common, rare = {}, {}
    for w in read_list(SCOWL / "special-roman-numerals.35"):
        common[w.strip()] = (3, 35)
    for spelling in SPELLINGS:
        for category in CATEGORIES:
            for size in list(TIERS) + list(RARE_SIZES):
                path = SCOWL / f"{spelling}-{category}.{size}"
                if not path.exists():
                    continue
                for w in read_list(path):
                    w = w.strip()
                    if not w or w.endswith("'s") or w.lower() in NOT_WORDS:
                        continue
                    if size in TIERS:
                        if w not in common or common[w][0] < TIERS[size]:
                            common[w] = (TIERS[size], size)
                    elif category == "words":
                        rare.setdefault(w, size)
    return common, rare


def corpus_counts():
    """Word counts and document frequencies (lowercase keys) of the training corpus."""
    counts, docs = Counter(), Counter()
    paths = sorted(CORPUS.glob("*.txt"))
    if not paths:
        sys.exit(f"no corpus in {CORPUS}: run scripts/typo_corpus.py first")
    for path in paths:
        seen = set()
        for m in WORD.finditer(path.read_text(encoding="utf-8")):
            w = m.group(0).replace("’", "'")
            if w.endswith("'s"):
                w = w[:-2]
            key = w.lower()
            counts[key] += 1
            seen.add(key)
        docs.update(seen)
    return counts, docs


def lexicon_words():
    words = set()
    for line in (DATA / "legal_lexicon.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        for w in line.split():
            words.add(w.lower().rstrip("."))
    return words


def edits1(word):
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out


WORDNET = pathlib.Path("/usr/share/wordnet")


def wordnet_lemmas():
    """{pos: set of lemmas} and {pos: {inflected form: lemmas}} from WordNet's files."""
    lemmas, exceptions = {}, {}
    for pos, name in [("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")]:
        lemmas[pos] = {
            line.split(" ", 1)[0]
            for line in (WORDNET / f"index.{name}").read_text(encoding="latin-1").splitlines()
            if line and not line.startswith(" ")
        }
        exceptions[pos] = {}
        exc = WORDNET / f"{name}.exc"
        if exc.exists():
            for line in exc.read_text(encoding="latin-1").splitlines():
                parts = line.split()
                if len(parts) >= 2:
                    exceptions[pos].setdefault(parts[0], set()).update(parts[1:])
    return lemmas, exceptions


def pos_letters(word, lemmas, exceptions):
    """The parts of speech `word` can be: N, V (any verb form), B (base verb), D (past or
    participle), J, R."""
    n, v, a, r = lemmas["n"], lemmas["v"], lemmas["a"], lemmas["r"]
    out = set()
    if word in n or exceptions["n"].get(word, set()) & n:
        out.add("N")
    for stem in ([word[:-1]] if word.endswith("s") else []) + \
            ([word[:-2]] if word.endswith("es") else []) + \
            ([word[:-3] + "y"] if word.endswith("ies") else []):
        if stem in n:
            out.add("N")
        if stem in v:
            out.add("V")
    if word in v:
        out |= {"V", "B"}
    irregular = exceptions["v"].get(word, set()) & v
    if irregular:
        out.add("V")
        if not word.endswith(("s", "ing")):
            out.add("D")
    if word.endswith("ed") or word.endswith("ied"):
        stems = [word[:-2], word[:-1], word[:-3] + "y"]
        if len(word) > 4 and word[-3] == word[-4]:
            stems.append(word[:-3])
        if any(st in v for st in stems):
            out |= {"V", "D"}
    if word.endswith("ing"):
        stems = [word[:-3], word[:-3] + "e"]
        if len(word) > 5 and word[-4] == word[-5]:
            stems.append(word[:-4])
        if any(st in v for st in stems):
            out.add("V")
    if word in a or exceptions["a"].get(word, set()) & a:
        out.add("J")
    if word in r:
        out.add("R")
    return "".join(sorted(out, key="NVBDJR".index))


def main():
    common, rare = load_scowl()
    counts, docs = corpus_counts()
    if "--unknown" in sys.argv:
        known = {w.lower() for w in common} | {w.lower() for w in rare} | lexicon_words()
        least = int(sys.argv[-1]) if sys.argv[-1].isdigit() else 3
        for w, d in docs.most_common():
            if w not in known and d >= least and len(w) > 2:
                print(f"{d}\t{counts[w]}\t{w}")
        return
    common_lower = {w.lower() for w in common}
    admitted = {}
    for w, size in rare.items():
        key = w.lower()
        if key in common_lower or docs[key] < RARE_SIZES[size]:
            continue
        # A rare word one edit from a far more frequent word is that word misspelled
        # (`supercedes`), even when several opinions wrote it so.
        rival = max((counts[e] for e in edits1(key) if e in common_lower), default=0)
        if rival > 20 * counts[key]:
            continue
        admitted[w] = (0, size)
    best = {}  # lowercase key -> (score, display form or None)
    for w, (tier, _) in list(common.items()) + list(admitted.items()):
        key = w.lower()
        score = tier * 10 + min(30, int(round(3 * math.log2(1 + counts.get(key, 0)))))
        display = None if w == key else w
        old = best.get(key)
        if old is None:
            best[key] = (score, display)
        else:
            # A lowercase form wins the display (it is the general word).
            best[key] = (max(old[0], score), None if (old[1] is None or display is None) else old[1])
    lemmas, exceptions = wordnet_lemmas()
    pos_rows = []
    for key in sorted(best):
        letters = pos_letters(key, lemmas, exceptions)
        if letters:
            pos_rows.append(f"{key}\t{letters}\n")
    (DATA / "pos.tsv").write_text("".join(pos_rows), encoding="utf-8")
    print(f"wrote {DATA / 'pos.tsv'} ({len(pos_rows)} words with a part of speech)")
    rows = sorted(best.items())
    out = DATA / "en_US-words.tsv"
    out.write_text(
        "".join(f"{k}\t{s}\t{d}\n" if d else f"{k}\t{s}\n" for k, (s, d) in rows), encoding="utf-8"
    )
    print(f"wrote {out} ({len(rows)} words, {len(admitted)} of them rare words the corpus attests)")


if __name__ == "__main__":
    main()
