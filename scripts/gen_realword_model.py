#!/usr/bin/env python3
"""Learn the real-word error model (data/realword.tsv) from public-domain opinions.

For every confusion set of data/confusion_sets.txt (`affect effect`, `cite site sight`,
`there their they're`, …) a multinomial logistic regression learns which member the
sentence wants from the words and word classes around it: the words right before and
after, the pairs of them, their classes (determiner, modal, `-ing` form, preposition,
…) and the words within five places. Each occurrence in the opinions is an example of
the member the judge wrote. At check time plead scores every member in the writer's
sentence and reports the word when another member is far more probable than the one
written (data/realword.tsv holds each set's threshold).

The features are mirrored exactly by crates/plead-core/src/typos/realword.rs; the
`# check` lines this script appends let a unit test hold the two in step.

Corpus: scripts/typo_corpus.py (public-domain opinions and decisions). The model learns
from its `train` split. Each set's threshold is chosen on out-of-fold scores of the same
documents (four folds by document: each fold scored by a model learned from the other
three): the smallest at which no member is reported in that correct text, and no lower
than a floor that rises as a set's examples get fewer. Sets that cannot be separated
so are dropped. `heldout` is only measured (false alarms; swaps caught).

Usage: python3 scripts/gen_realword_model.py [--corpus target/typos-corpus] [--report]
"""
import argparse
import hashlib
import math
import pathlib
import pickle
import random
import re
import sys
from collections import Counter, defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "crates/plead-core/data"

# ---------------------------------------------------------------- tokens and features
# Mirrors crates/plead-core/src/typos/tokenize.rs (words and the gaps between them).
TOKEN = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*(?:(?<=s)['’](?![^\W_]))?")
BOUNDARY = "<.>"
COMMA = "<,>"
NUM = "<num>"

DET = {"the", "a", "an", "this", "that", "these", "those", "every", "each", "any", "some",
       "no", "another", "such", "all", "both", "either", "neither"}
POSS = {"his", "her", "their", "its", "our", "your", "my", "whose"}
PRON = {"i", "we", "you", "they", "he", "she", "it"}
OBJ = {"him", "them", "us", "me"}
BE = {"is", "are", "was", "were", "be", "been", "being", "am"}
HAVE = {"has", "have", "had", "having"}
DO = {"do", "does", "did"}
MODAL = {"will", "would", "shall", "should", "may", "might", "can", "could", "must", "cannot"}
PREP = {"of", "in", "on", "at", "by", "for", "with", "from", "into", "upon", "under", "over",
        "about", "against", "between", "among", "through", "during", "without", "within",
        "before", "after", "to"}
CONJ = {"and", "or", "but", "nor"}
WH = {"who", "which", "that", "whom", "where", "when", "whether", "if", "because",
      "although", "while", "since", "unless"}
CLOSED = [("DET", DET), ("POSS", POSS), ("PRON", PRON), ("OBJ", OBJ), ("BE", BE),
          ("HAVE", HAVE), ("DO", DO), ("MODAL", MODAL), ("PREP", PREP), ("CONJ", CONJ),
          ("WH", WH)]
WINDOW = 5


def word_class(sym, capitalized):
    if sym in (BOUNDARY, COMMA, NUM):
        return sym
    if sym == "not":
        return "NOT"
    for name, words in CLOSED:
        if sym in words:
            return name
    if capitalized:
        return "CAP"
    if sym.endswith("ly"):
        return "LY"
    if sym.endswith("ing"):
        return "ING"
    if sym.endswith("ed"):
        return "ED"
    if sym.endswith(("tion", "ment", "ness", "ity", "ance", "ence")):
        return "NOUN"
    if sym.endswith(("able", "ible", "ous", "ive", "ful", "less", "ic", "al")):
        return "ADJ"
    if sym.endswith("s") and not sym.endswith(("ss", "us", "is")):
        return "S"
    return "W"


def gap_symbol(between, at_start):
    """The symbol a gap adds to the sequence: a boundary, a comma, or nothing."""
    if at_start and between.strip() == "":
        return BOUNDARY
    if between.strip() == "" or between == "-":
        return None
    if any(c in between for c in ".!?;:") and "," not in between:
        return BOUNDARY
    return COMMA


def normalize(raw):
    if any(c.isdigit() for c in raw):
        return NUM
    return raw.replace("’", "'").lower()


def sequence(paragraph):
    """Symbols of a paragraph: (symbol, capitalized, raw) for words; gap symbols between."""
    out = []
    prev_end = 0
    first = True
    for m in TOKEN.finditer(paragraph):
        sym = gap_symbol(paragraph[prev_end:m.start()], first)
        first = False
        if sym:
            out.append((sym, False, ""))
        raw = m.group(0)
        out.append((normalize(raw), raw[:1].isupper(), raw))
        prev_end = m.end()
    return out


def features(seq, p):
    """Feature strings of the member at position p (its own identity left out)."""
    def sym(k):
        return seq[k][0] if 0 <= k < len(seq) else BOUNDARY

    def cls(k):
        if not 0 <= k < len(seq):
            return BOUNDARY
        s, cap, _ = seq[k]
        # Capitalized after a boundary is a sentence start, not a name.
        return word_class(s, cap and sym(k - 1) != BOUNDARY)

    l1, l2, r1, r2 = sym(p - 1), sym(p - 2), sym(p + 1), sym(p + 2)
    c_l1, c_l2, c_r1, c_r2 = cls(p - 1), cls(p - 2), cls(p + 1), cls(p + 2)
    out = [
        "b",
        "L1=" + l1, "R1=" + r1, "L2=" + l2 + " " + l1, "R2=" + r1 + " " + r2,
        "LR=" + l1 + " " + r1,
        "cL1=" + c_l1, "cR1=" + c_r1, "cL2=" + c_l2 + " " + c_l1, "cR2=" + c_r1 + " " + c_r2,
        "cLR=" + c_l1 + " " + c_r1,
        "L1cR1=" + l1 + " " + c_r1, "cL1R1=" + c_l1 + " " + r1,
    ]
    if seq[p][1] and sym(p - 1) != BOUNDARY:
        out.append("cap")
    seen = set()
    for k in range(p - WINDOW, p + WINDOW + 1):
        if k == p or not 0 <= k < len(seq):
            continue
        s = seq[k][0]
        if s.startswith("<") or s in seen:
            continue
        seen.add(s)
        out.append("W=" + s)
    return out


# ---------------------------------------------------------------- confusion sets
def load_sets():
    """Confusion sets, merged so that each word belongs to one set."""
    sets = []
    for line in (DATA / "confusion_sets.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            sets.append(set(line.split()))
    merged = True
    while merged:
        merged = False
        for i in range(len(sets)):
            for j in range(i + 1, len(sets)):
                if sets[i] & sets[j]:
                    sets[i] |= sets.pop(j)
                    merged = True
                    break
            if merged:
                break
    return [sorted(s) for s in sets]


def documents(corpus, split):
    for path in sorted((corpus / split).glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8")


FOLDS = 4


def fold_of(doc_id):
    return hashlib.sha1(("fold" + doc_id).encode()).digest()[0] % FOLDS


def examples(corpus, split, member_of):
    """(set index, member index, features, doc, sentence) for every member occurrence."""
    for doc_id, text in documents(corpus, split):
        part = split
        for paragraph in re.split(r"\n\s*\n", text):
            seq = sequence(paragraph)
            for p, (s, _, _) in enumerate(seq):
                hit = member_of.get(s)
                if hit is not None:
                    # Context kept for reports: eight places either side.
                    ctx = (seq[max(0, p - 8):p + 9], min(p, 8))
                    yield part, hit[0], hit[1], features(seq, p), doc_id, ctx


# ---------------------------------------------------------------- learning
def train_set(exs, k, epochs=5, l2=1e-4, cap=25000, seed=7):
    """Multinomial logistic regression by SGD (AdaGrad). exs: [(member, [features])]."""
    rng = random.Random(seed)
    by_member = defaultdict(list)
    for y, fs in exs:
        by_member[y].append(fs)
    data = []
    for y, items in by_member.items():
        rng.shuffle(items)
        data.extend((y, fs) for fs in items[:cap])
    counts = Counter(f for _, fs in data for f in fs)
    keep = {f for f, c in counts.items() if c >= 2 or f == "b"}
    w = defaultdict(lambda: [0.0] * k)
    g2 = defaultdict(lambda: [1e-8] * k)
    rate = 0.3
    for _ in range(epochs):
        rng.shuffle(data)
        for y, fs in data:
            fs = [f for f in fs if f in keep]
            scores = [0.0] * k
            for f in fs:
                wf = w[f]
                for j in range(k):
                    scores[j] += wf[j]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            z = sum(exps)
            for j in range(k):
                grad = exps[j] / z - (1.0 if j == y else 0.0)
                if grad == 0.0:
                    continue
                for f in fs:
                    g = grad + l2 * w[f][j]
                    g2[f][j] += g * g
                    w[f][j] -= rate * g / math.sqrt(g2[f][j])
    return {f: ws for f, ws in w.items() if max(abs(x) for x in ws) >= 0.02 or f == "b"}


def probabilities(weights, fs, k):
    scores = [0.0] * k
    for f in fs:
        ws = weights.get(f)
        if ws:
            for j in range(k):
                scores[j] += ws[j]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    z = sum(exps)
    return [e / z for e in exps]


CHECK_SENTENCES = [
    "The Court must except the allegations as true.",
    "Plaintiff sites no facts, and the stay has no affect on their claims.",
    "It's undisputed that the defendants lost there right to object; its reasons vary.",
    "(a) Defendant bares the burden of proof, 42 U.S.C. § 1983, than the Court rules.",
    "Whose motion is it? The Court, in 2019, held that counsel's council was wrong.",
]


GRID = [0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9999]
# Sets issue 16 names: their recall counts double when thresholds are chosen.
NAMED = {"affect", "accept", "cite", "bare", "lose", "principal", "trial", "statute", "counsel",
         "perform", "prescribe", "elicit", "discreet", "cites", "bares", "affects"}


def alarms_of(oof, k):
    """(true member, highest alternative probability, its member) of each occurrence."""
    for y, p, *_ in oof:
        alt = max((j for j in range(k) if j != y), key=lambda j: p[j])
        yield y, p[alt], alt


def choose_thresholds(learned, budget):
    """A threshold per set and written member (or none: that member is never reported),
    from GRID, chosen greedily to catch the most swapped members (as a share of each
    set's swaps, so every set counts) while the out-of-fold false alarms of all sets
    together stay within `budget`."""
    curves = {}
    for si, members, _, oof in learned:
        k = len(members)
        n = len(oof)
        # Few examples say little about unseen text: small sets get a higher floor.
        floor = 0.999 if n < 100 else 0.995 if n < 300 else 0.99 if n < 1000 else 0.95
        weight = 2.0 if set(members) & NAMED else 1.0
        n_swaps = max(1, n * (k - 1))
        for written in range(k):
            curve = []
            for t in [t for t in GRID if t >= floor]:
                fa = caught = 0
                for y, p, *_ in oof:
                    top = max((j for j in range(k) if j != written), key=lambda j: p[j])
                    if y == written:
                        fa += p[top] >= t
                    else:
                        caught += top == y and p[y] >= t
                curve.append((t, fa, weight * caught / n_swaps))
            curves[(si, written)] = curve
    # Start with every direction off; lower a direction's threshold step by step where
    # the recall gained per false alarm added is best.
    at = {key: len(curve) for key, curve in curves.items()}  # index into the curve; len = off
    spent = 0
    while True:
        best = None
        for key, curve in curves.items():
            i = at[key]
            now_fa, now_recall = (0, 0.0) if i == len(curve) else curve[i][1:]
            for j in range(i - 1, -1, -1):
                fa, recall = curve[j][1:]
                if recall <= now_recall or spent + fa - now_fa > budget:
                    continue
                ratio = (recall - now_recall) / max(0.5, fa - now_fa)
                if best is None or ratio > best[0]:
                    best = (ratio, key, j, fa - now_fa)
        if best is None:
            break
        _, key, j, extra = best
        at[key] = j
        spent += extra
    print(f"thresholds: {spent} out-of-fold false alarms of a budget of {budget:.0f}",
          file=sys.stderr)
    out = defaultdict(dict)
    for (si, written), i in at.items():
        if i < len(curves[(si, written)]):
            out[si][written] = curves[(si, written)][i][0]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT / "target/typos-corpus"))
    ap.add_argument("--report", nargs="?", const="train",
                    help="list the top out-of-fold (or with =heldout, held-out) alarms")
    ap.add_argument("--cache", help="keep the learned models and out-of-fold scores in this file")
    ap.add_argument("--budget", type=float, default=0.015,
                    help="false alarms allowed per 1,000 words of correct text, all sets together")
    args = ap.parse_args()
    corpus = pathlib.Path(args.corpus)
    sets = load_sets()
    member_of = {m: (i, j) for i, s in enumerate(sets) for j, m in enumerate(s)}

    train_words = sum(len(t.split()) for _, t in documents(corpus, "train"))
    heldout_words = sum(len(t.split()) for _, t in documents(corpus, "heldout"))
    train, heldout = defaultdict(list), defaultdict(list)
    for part, si, y, fs, doc, ctx in examples(corpus, "train", member_of):
        train[si].append((y, fs, doc, ctx))
    for part, si, y, fs, doc, ctx in examples(corpus, "heldout", member_of):
        heldout[si].append((y, fs, doc, ctx))

    cache = pathlib.Path(args.cache) if args.cache else None
    if cache and cache.exists():
        with cache.open("rb") as f:
            learned = pickle.load(f)
        # Sets since removed from confusion_sets.txt are left out; new ones need a relearn.
        index = {tuple(m): si for si, m in enumerate(sets)}
        learned = [(index[tuple(m)], m, w, oof) for _, m, w, oof in learned if tuple(m) in index]
    else:
        learned = learn(sets, train)
        if cache:
            with cache.open("wb") as f:
                pickle.dump(learned, f)
    thresholds = choose_thresholds(learned, args.budget * train_words / 1000.0)
    report(args, learned, thresholds, heldout, heldout_words, sets, member_of)


def learn(sets, train):
    """Per set: the model learned from all of train, and out-of-fold scores of every
    training occurrence (four folds by document) to choose thresholds on."""
    learned = []
    for si, members in enumerate(sets):
        k = len(members)
        seen = Counter(y for y, *_ in train[si])
        # A set needs examples of at least two members to learn anything.
        if sum(1 for c in seen.values() if c >= 5) < 2:
            print(f"skip {' '.join(members)}: examples {dict(seen)}", file=sys.stderr)
            continue
        oof = []
        for fold in range(FOLDS):
            inside = [(y, fs) for y, fs, doc, _ in train[si] if fold_of(doc) != fold]
            w_fold = train_set(inside, k)
            for y, fs, doc, ctx in train[si]:
                if fold_of(doc) == fold:
                    oof.append((y, probabilities(w_fold, fs, k), doc, ctx))
        weights = train_set([(y, fs) for y, fs, *_ in train[si]], k)
        learned.append((si, members, weights, oof))
        print(f"learned {' '.join(members)} ({len(train[si])} examples)", file=sys.stderr)
    return learned


def report(args, learned, thresholds, heldout, heldout_words, sets, member_of):
    rows = []
    totals = Counter()
    for si, members, weights, oof in learned:
        k = len(members)
        per_member = thresholds.get(si, {})
        # A member never reported gets a threshold above any probability.
        threshold = [per_member.get(j, 2.0) for j in range(k)]
        fa_oof = sum(1 for y, alt_p, _ in alarms_of(oof, k) if alt_p >= threshold[y])
        if args.report:
            for y, p, doc, (seq, pos) in sorted(oof, key=lambda o: -max(
                    o[1][j] for j in range(k) if j != o[0]))[:4]:
                alt = max((j for j in range(k) if j != y), key=lambda j: p[j])
                words = " ".join(s for s, _, _ in seq[max(0, pos - 8):pos + 8])
                print(f"   OOF {doc} {members[y]}→{members[alt]} {p[alt]:.4f}: {words}")
        if not per_member:
            print(f"{' '.join(members):40} off: no threshold within the false-alarm budget")
            continue
        # Held-out: false alarms on correct text, and swaps caught (each occurrence
        # written as every other member: caught when the true member is reported).
        fa = []
        caught = swaps = 0
        for y, fs, doc, ctx in heldout[si]:
            p = probabilities(weights, fs, k)
            for written in range(k):
                top_alt = max((j for j in range(k) if j != written), key=lambda j: p[j])
                if written == y:
                    if p[top_alt] >= threshold[written]:
                        fa.append((doc, ctx, members[top_alt], p[top_alt]))
                else:
                    swaps += 1
                    caught += p[top_alt] >= threshold[written] and top_alt == y
        totals["fa"] += len(fa)
        totals["caught"] += caught
        totals["swaps"] += swaps
        totals["occurrences"] += len(heldout[si])
        shown = " ".join("-" if t > 1 else str(t) for t in threshold)
        print(f"{' '.join(members):40} examples {len(oof):6} thresholds {shown} "
              f"(out-of-fold alarms {fa_oof}) heldout: alarms {len(fa)} on {len(heldout[si])}, "
              f"swaps caught {caught}/{swaps}")
        if args.report == "heldout":
            for doc, (seq, pos), alt, prob in fa:
                words = " ".join(s for s, _, _ in seq[max(0, pos - 8):pos + 8])
                print(f"   FA {doc} {seq[pos][0]}→{alt} {prob:.3f}: {words}")
        rows.append((members, threshold, weights))

    out = DATA / "realword.tsv"
    with out.open("w", encoding="utf-8") as f:
        f.write("# Real-word error model learned by scripts/gen_realword_model.py from the\n")
        f.write("# public-domain opinions of scripts/typo_corpus.py. Per set: `set<TAB>members<TAB>thresholds`\n")
        f.write("# (one per member: reported when written and another member is this probable; 2 = never),\n")
        f.write("# then `feature<TAB>weight per member`. Licence: as plead (learned from public-domain text).\n")
        for members, threshold, weights in rows:
            f.write(f"set\t{' '.join(members)}\t{' '.join(str(t) for t in threshold)}\n")
            for feat in sorted(weights):
                f.write(feat + "\t" + " ".join(f"{x:.3f}" for x in weights[feat]) + "\n")
    # Check lines: sentences, a member's token index, and the probabilities computed
    # here; a unit test in realword.rs recomputes them in Rust.
    with out.open("a", encoding="utf-8") as f:
        for text in CHECK_SENTENCES:
            seq = sequence(text)
            words = [i for i, (s, _, raw) in enumerate(seq) if raw]
            for t, p in enumerate(words):
                hit = member_of.get(seq[p][0])
                row = next((r for r in rows if hit and r[0] == sets[hit[0]]), None)
                if row:
                    probs = probabilities(row[2], features(seq, p), len(row[0]))
                    f.write(f"# check\t{text}\t{t}\t{' '.join(f'{x:.4f}' for x in probs)}\n")
    print(f"heldout ({heldout_words} words): {totals['fa']} alarms on {totals['occurrences']} occurrences; "
          f"swaps caught {totals['caught']}/{totals['swaps']}; wrote {out} "
          f"({out.stat().st_size // 1024} kB)")


if __name__ == "__main__":
    main()
