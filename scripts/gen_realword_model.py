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

Round 39 (docs/typos.md "Round 39 (confusion sets)"): `--calif DIR` adds the California slip
opinions of scripts/gen_slip_model.py (public domain: the courts' own text, downloaded by the
public GitHub repository zeeshanhxider/LegalAI-Scraper at commit 3c5f2af4cc75; no code of it is
copied). DIR is what `gen_slip_model.py --extract` writes: every case except the 300 that
typos-heldout10 and typos-dev10 read and the first 150 of the lead's precision order. Of those,
the cases gen_slip_model puts in `train` (salt slip32) are learned from; its `calibrate` and
`test` parts join `heldout` and are never learned from. `--calibrate` splits `heldout` into
calibrate (parts.tsv of typo_corpus.py; the California calibrate part), on which thresholds are
raised above every alarm, and test, the only part measured (`--test-only` measures test without
raising; `--measure calibrate` measures the other part). `--prune`, `--min-count`, `--l2`,
`--min-written`, `--min-threshold` and `--budget` are the knobs round 39 tried; `--screen TABLE
DIR...` lists the alarms a table raises over real text before any build. Without them
the script rewrites the shipped data/realword.tsv byte for byte, which round 39 left as it was:
the retrained model caught more injected swaps at fewer held-out alarms, but reported correct
words of real documents (the figures are in the docs). Every run rewrites realword.tsv: restore
it (git checkout) after an experiment.

Usage: python3 scripts/gen_realword_model.py [--corpus target/typos-corpus] [--report]
       python3 scripts/gen_realword_model.py --corpus C --calif DIR --min-count 3 --prune 0.05 \
           --calibrate --test-only --report heldout      (round 39's retrained model)
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


# Round 39: the California slip opinions of scripts/gen_slip_model.py (`--calif DIR`, the
# directory its `--extract` step writes: the cases no labeled set or precision sample reads). Its
# `train` part is learned from with the corpus's `train` split; its `calibrate` and `test` parts
# join `heldout` (measured only, never learned from). CALIF_SPLITS says which splits read them.
CALIF = None
CALIF_SPLITS = ("train", "heldout")


def calif_part(case):
    """The part of a California case: gen_slip_model.part_of_case (salt slip32), unchanged."""
    h = hashlib.sha256(("slip32" + case).encode()).digest()[0] % 10
    return "calibrate" if h == 0 else "test" if h == 1 else "train"


def documents(corpus, split):
    for path in sorted((corpus / split).glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8")
    if CALIF is not None and split in CALIF_SPLITS:
        for path in sorted(pathlib.Path(CALIF).glob("*.txt")):
            part = calif_part(path.stem)
            if (part == "train") == (split == "train"):
                # One paragraph a line (realword_sets.calif_paragraphs): blank lines between them.
                text = path.read_text(encoding="utf-8", errors="replace")
                yield "cal-" + path.stem, text.replace("\n", "\n\n")


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
# Weights below PRUNE (in every member) are dropped and features seen fewer than MIN_COUNT times
# are not learned; the fold models are pruned alike, so the out-of-fold scores the thresholds are
# chosen on are those of a table pruned so (round 39: --prune, to keep realword.tsv in budget).
PRUNE = 0.02
MIN_COUNT = 2
L2 = 1e-4


def train_set(exs, k, epochs=5, l2=None, cap=25000, seed=7):
    """Multinomial logistic regression by SGD (AdaGrad). exs: [(member, [features])]."""
    l2 = L2 if l2 is None else l2
    rng = random.Random(seed)
    by_member = defaultdict(list)
    for y, fs in exs:
        by_member[y].append(fs)
    data = []
    for y, items in by_member.items():
        rng.shuffle(items)
        data.extend((y, fs) for fs in items[:cap])
    counts = Counter(f for _, fs in data for f in fs)
    keep = {f for f, c in counts.items() if c >= MIN_COUNT or f == "b"}
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
    return {f: ws for f, ws in w.items() if max(abs(x) for x in ws) >= PRUNE or f == "b"}


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


def choose_thresholds(learned, budget, min_written=0):
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
        written_count = Counter(y for y, *_ in oof)
        for written in range(k):
            # A member written fewer than min_written times says too little about the correct
            # text it stands in (`trails` with 4 examples): it is never reported.
            if written_count[written] < min_written:
                continue
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


# ---------------------------------------------------------------- general sets (round 28)
# Confusion sets derived by a rule, not picked by hand. Two words form a set when
#   * both are lowercase words of plead's dictionary (en_US-words.tsv, score >= GENERAL_SCORE:
#     common English) of at least three letters, each written at least GENERAL_MIN times in the
#     training split of the corpus;
#   * they are one edit apart: a letter inserted, dropped or replaced, or two neighbours swapped
#     (`form`/`from`, `filed`/`field`, `basis`/`bias`, `met`/`meet`);
#   * neither is an inflection of the other (`court`/`courts`, `file`/`filed`, `argue`/`argued`:
#     agreement and tense are grammar's), both are not closed-class words the features already
#     name as classes (`of`/`or`, `his`/`this`: grammar decides those, the statistics cannot), and
#     neither is already a member of a hand set of data/confusion_sets.txt.
# Each word belongs to one set: the pairs are taken greedily, the pair whose rarer word is most
# frequent first. A set is kept only when the model learned from the training split separates it
# at zero false alarms on its out-of-fold scores (the lowest threshold of GRID, no lower than the
# floor of its size, at which no correct occurrence is reported), with at least one swap caught.
GENERAL_MIN = 100
GENERAL_SCORE = 50
GENERAL_CAP = 2500  # examples per member: enough to learn a pair, quick enough for one core
INFLECTIONS = ("s", "es", "d", "ed", "ing", "ly", "r", "er")
CLOSED_WORDS = set().union(*(words for _, words in CLOSED)) | {"not", "than", "then", "there", "their", "they're",
                                                               "its", "it's", "whose", "who's", "your", "you're", "too", "two"}


def edits1(w):
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = set()
    for i in range(len(w) + 1):
        a, b = w[:i], w[i:]
        if b:
            out.add(a + b[1:])
            for c in letters:
                out.add(a + c + b[1:])
        if len(b) > 1:
            out.add(a + b[1] + b[0] + b[2:])
        for c in letters:
            out.add(a + c + b)
    out.discard(w)
    return out


def stem(w):
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("d", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[:-len(suffix)] + repl
    return w


def inflection(a, b):
    # Two forms of one verb or noun (`provided`/`provides`, `applied`/`applies`).
    if stem(a) == stem(b) or stem(a) == b or stem(b) == a:
        return True
    a, b = sorted((a, b), key=len)
    if b.startswith(a) and b[len(a):] in INFLECTIONS:
        return True
    return a.endswith("e") and b.startswith(a[:-1]) and b[len(a) - 1:] in ("ing", "ed", "es", "er")


def sound(w):
    """A rough key of how a word sounds: silent initial letters (`kn`, `wr`, `wh`), `ph`, `ck`,
    `ight`, doubled letters and a final silent `e` are read as spoken."""
    for a, b in (("kn", "n"), ("wr", "r"), ("wh", "w"), ("gn", "n")):
        if w.startswith(a):
            w = b + w[len(a):]
    w = w.replace("ph", "f").replace("ck", "k").replace("ight", "ite")
    w = re.sub(r"(.)\1", r"\1", w)
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


def derive_general_sets(corpus, hand_members):
    counts = Counter()
    for _, text in documents(corpus, "train"):
        for m in TOKEN.finditer(text):
            w = m.group(0)
            if w.isalpha() and w.islower():
                counts[w] += 1
    score = {}
    for line in (DATA / "en_US-words.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        # Two columns: a lowercase-only entry (a third column holds a case-sensitive form).
        if len(parts) == 2 and parts[1].isdigit():
            score[parts[0]] = int(parts[1])
    words = {w for w, c in counts.items()
             if c >= GENERAL_MIN and score.get(w, 0) >= GENERAL_SCORE and len(w) >= 3 and w not in hand_members}
    pairs = set()
    for w in words:
        for e in edits1(w) & words:
            if inflection(w, e) or (w in CLOSED_WORDS and e in CLOSED_WORDS):
                continue
            pairs.add(tuple(sorted((w, e))))
    used, sets = set(), []
    # Words that sound alike are the likelier slip (`knew` for `new`, `know` for `now`): such
    # pairs are taken first, then the others, the pair whose rarer word is most frequent first.
    order = sorted(pairs, key=lambda p: (sound(p[0]) != sound(p[1]), -min(counts[p[0]], counts[p[1]]), p))
    for a, b in order:
        if a in used or b in used:
            continue
        used.update((a, b))
        sets.append([a, b])
    return sets


def general_examples(corpus, sets):
    """Training occurrences of general-set members, every k-th one of a frequent member so
    that each keeps about GENERAL_CAP (a cap on one core's time)."""
    member_of = {m: (i, j) for i, s in enumerate(sets) for j, m in enumerate(s)}
    totals = Counter()
    for _, text in documents(corpus, "train"):
        for m in TOKEN.finditer(text):
            w = m.group(0).lower()
            if w in member_of:
                totals[w] += 1
    step = {w: max(1, -(-c // GENERAL_CAP)) for w, c in totals.items()}
    seen = Counter()
    out = defaultdict(list)
    for doc_id, text in documents(corpus, "train"):
        for paragraph in re.split(r"\n\s*\n", text):
            seq = None
            for p_tok in TOKEN.finditer(paragraph):
                w = p_tok.group(0).lower()
                if w in member_of:
                    seen[w] += 1
                    if seen[w] % step[w] == 0:
                        seq = seq or sequence(paragraph)
                        break
            if seq is None:
                continue
            # Count each kept paragraph once: take every member occurrence in it that its
            # member's step selects (the counter above advanced for the first only).
            counted_first = False
            for p, (sym, _, _) in enumerate(seq):
                hit = member_of.get(sym)
                if hit is None:
                    continue
                if not counted_first:
                    counted_first = True
                elif seen.__setitem__(sym, seen[sym] + 1) or seen[sym] % step[sym] != 0:
                    continue
                out[hit[0]].append((hit[1], features(seq, p), doc_id, None))
    return out


def learn_general(corpus, hand_sets):
    hand_members = {m for s in hand_sets for m in s}
    sets = derive_general_sets(corpus, hand_members)
    print(f"general: {len(sets)} sets derived", file=sys.stderr)
    exs = general_examples(corpus, sets)
    rows, kept = [], []
    for si, members in enumerate(sets):
        train = exs.get(si, [])
        seen = Counter(y for y, *_ in train)
        if sum(1 for c in seen.values() if c >= 20) < 2:
            continue
        oof = []
        for fold in range(FOLDS):
            w_fold = train_set([(y, fs) for y, fs, doc, _ in train if fold_of(doc) != fold], 2, epochs=3)
            for y, fs, doc, _ in train:
                if fold_of(doc) == fold:
                    oof.append((y, probabilities(w_fold, fs, 2)))
        n = len(oof)
        floor = 0.999 if n < 300 else 0.995 if n < 1000 else 0.99
        thresholds = []
        for written in range(2):
            other = 1 - written
            chosen = 2.0
            for t in [t for t in GRID if t >= floor]:
                fa = sum(1 for y, p in oof if y == written and p[other] >= t)
                caught = sum(1 for y, p in oof if y == other and p[other] >= t)
                if fa == 0:
                    chosen = t if caught > 0 else 2.0
                    break
            thresholds.append(chosen)
        if min(thresholds) > 1:
            continue
        weights = train_set([(y, fs) for y, fs, *_ in train], 2, epochs=3)
        rows.append((members, thresholds, weights))
        kept.append(members)
        print(f"general {' '.join(members)} ({n}): {thresholds}", file=sys.stderr)
    print(f"general: {len(kept)} of {len(sets)} sets kept at zero out-of-fold alarms", file=sys.stderr)
    return sets, rows


# Written members the precision corpora showed the model reporting in correct text (round 28's
# `typo_eval corpus --list` runs over tests/fixtures/opinions, wrapped, precision/docs and the
# shared corpus): their threshold is raised to "never". (written, right)
GENERAL_VETO = {
    ("mean", "man"), ("for", "four"), ("content", "consent"), ("see", "she"), ("three", "there"),
    ("produce", "product"), ("have", "gave"), ("post", "past"), ("basis", "basic"), ("wife", "life"),
    ("whole", "while"), ("that", "what"), ("run", "gun"), ("mere", "more"), ("may", "day"),
    ("knew", "know"), ("how", "show"), ("ground", "around"), ("firm", "fire"), ("failing", "filing"),
    ("will", "well"), ("there", "three"), ("state", "estate"), ("recover", "recovery"), ("own", "down"),
    ("over", "cover"), ("none", "done"), ("means", "meant"), ("guilty", "guilt"), ("gives", "given"),
    ("every", "very"), ("become", "became"), ("and", "hand"), ("fact", "act"),
    # A clean sentence of typos-heldout5 (its precision bar: no new alarm on a clean sentence).
    ("name", "came"),
}
GENERAL_FLOOR = 0.998
GENERAL_MAX_COUNT = 1500


def calibrate_general(corpus, rows):
    """Raise each general member's threshold above every probability the model gives another
    member where the member is written in the corpus's `heldout` split (correct text the model
    never learned from: 0.7M words), and to "never" for the pairs of GENERAL_VETO; a set left
    with no member reported is dropped."""
    member_of = {m: (i, j) for i, (members, _, _) in enumerate(rows) for j, m in enumerate(members)}
    worst = defaultdict(float)
    for _, text in documents(corpus, "heldout"):
        for paragraph in re.split(r"\n\s*\n", text):
            if not any(m.group(0).lower() in member_of for m in TOKEN.finditer(paragraph)):
                continue
            seq = sequence(paragraph)
            for p, (sym, _, _) in enumerate(seq):
                hit = member_of.get(sym)
                if hit is None:
                    continue
                members, _, weights = rows[hit[0]]
                probs = probabilities(weights, features(seq, p), len(members))
                alt = max(pr for j, pr in enumerate(probs) if j != hit[1])
                worst[hit] = max(worst[hit], alt)
    # The most frequent words cost the keystroke path most (every occurrence is scored) and
    # are mostly grammar's: a set with a member written more than GENERAL_MAX_COUNT times in the
    # training split is left out (this keeps the typo pass within 8 % of its cost without them).
    counts = Counter()
    for _, text in documents(corpus, "train"):
        for m in TOKEN.finditer(text):
            w = m.group(0)
            if w.isalpha() and w.islower():
                counts[w] += 1
    out = []
    for i, (members, thresholds, weights) in enumerate(rows):
        if max(counts[m] for m in members) > GENERAL_MAX_COUNT:
            continue
        new = []
        for j, t in enumerate(thresholds):
            t = max(t, GENERAL_FLOOR)
            if any((members[j], m) in GENERAL_VETO for m in members if m != members[j]):
                t = 2.0
            while t <= 1 and worst[(i, j)] >= t:
                higher = [g for g in GRID if g > t]
                t = higher[0] if higher else 2.0
            new.append(t)
        if min(new) <= 1:
            out.append((members, new, weights))
    print(f"general: {len(out)} of {len(rows)} sets left after the heldout split and the corpora's vetoes",
          file=sys.stderr)
    return out


def screen(table, dirs):
    """Round 39: the alarms a table's rows raise over the .txt files of `dirs` (the script's own
    features and thresholds, no hand cue or veto of realword.rs in front: a screen of precision
    before a build, e.g. over /work/shared/corpus/opinions)."""
    rows = read_rows(pathlib.Path(table))
    member_of = {m: (i, j) for i, (members, _, _) in enumerate(rows) for j, m in enumerate(members)}
    n = 0
    for d in dirs:
        for path in sorted(pathlib.Path(d).rglob("*.txt")):
            for paragraph in re.split(r"\n\s*\n", path.read_text(encoding="utf-8", errors="replace")):
                if not any(m.group(0).lower() in member_of for m in TOKEN.finditer(paragraph)):
                    continue
                seq = sequence(paragraph)
                for p, (sym, _, raw) in enumerate(seq):
                    hit = member_of.get(sym)
                    if hit is None:
                        continue
                    members, threshold, weights = rows[hit[0]]
                    if threshold[hit[1]] > 1:
                        continue
                    probs = probabilities(weights, features(seq, p), len(members))
                    alt = max((j for j in range(len(members)) if j != hit[1]), key=lambda j: probs[j])
                    if probs[alt] >= threshold[hit[1]]:
                        n += 1
                        words = " ".join(r or s for s, _, r in seq[max(0, p - 7):p + 7])
                        print(f"{path.name}\t{raw} -> {members[alt]} {probs[alt]:.4f} "
                              f"(threshold {threshold[hit[1]]})\t{words}")
    print(f"{n} alarms")


def read_rows(path):
    """The set rows of an existing realword.tsv (members, thresholds, weights)."""
    rows, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] == "set":
            cur = (parts[1].split(), [float(t) for t in parts[2].split()], {})
            rows.append(cur)
        elif cur is not None:
            cur[2][parts[0]] = [float(x) for x in parts[1].split()]
    return rows


def write_model(rows, sets_for_check):
    out = DATA / "realword.tsv"
    member_of = {m: (i, j) for i, (members, _, _) in enumerate(rows) for j, m in enumerate(members)}
    with out.open("w", encoding="utf-8") as f:
        f.write("# Real-word error model learned by scripts/gen_realword_model.py from the\n")
        f.write("# public-domain opinions of scripts/typo_corpus.py. Per set: `set<TAB>members<TAB>thresholds`\n")
        f.write("# (one per member: reported when written and another member is this probable; 2 = never),\n")
        f.write("# then `feature<TAB>weight per member`. Licence: as plead (learned from public-domain text).\n")
        for members, threshold, weights in rows:
            f.write(f"set\t{' '.join(members)}\t{' '.join(str(t) for t in threshold)}\n")
            for feat in sorted(weights):
                f.write(feat + "\t" + " ".join(f"{x:.3f}" for x in weights[feat]) + "\n")
        for text in CHECK_SENTENCES:
            seq = sequence(text)
            words = [i for i, (s, _, raw) in enumerate(seq) if raw]
            for t, p in enumerate(words):
                hit = member_of.get(seq[p][0])
                if hit:
                    row = rows[hit[0]]
                    probs = probabilities(row[2], features(seq, p), len(row[0]))
                    f.write(f"# check\t{text}\t{t}\t{' '.join(f'{x:.4f}' for x in probs)}\n")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT / "target/typos-corpus"))
    ap.add_argument("--report", nargs="?", const="train",
                    help="list the top out-of-fold (or with =heldout, held-out) alarms")
    ap.add_argument("--cache", help="keep the learned models and out-of-fold scores in this file")
    ap.add_argument("--budget", type=float, default=0.015,
                    help="false alarms allowed per 1,000 words of correct text, all sets together")
    ap.add_argument("--general", action="store_true",
                    help="learn the rule-derived general sets and add them to the hand sets' rows "
                         "already in realword.tsv (written by a run without --general)")
    ap.add_argument("--calif", help="also learn from the California slip opinions in this directory "
                                    "(gen_slip_model.py --extract writes it); their calibrate and test "
                                    "parts join heldout")
    ap.add_argument("--calif-heldout-only", action="store_true",
                    help="read --calif's calibrate and test parts into heldout only (measure a model "
                         "learned without them, e.g. from --cache, on the same held-out text)")
    ap.add_argument("--prune", type=float, default=0.02,
                    help="drop weights smaller than this (every fold model and the table alike)")
    ap.add_argument("--l2", type=float, default=1e-4, help="L2 penalty of the regression")
    ap.add_argument("--min-count", type=int, default=2,
                    help="learn only features seen at least this often in a set's examples")
    ap.add_argument("--calibrate", action="store_true",
                    help="raise thresholds above every alarm on heldout's calibrate part; measure on its test part")
    ap.add_argument("--test-only", action="store_true",
                    help="with --calibrate: measure on the test part without raising any threshold")
    ap.add_argument("--measure", default="test", choices=["test", "calibrate"],
                    help="with --calibrate: the part of heldout measured (test unless told)")
    ap.add_argument("--min-threshold", type=float, default=0.0,
                    help="choose no threshold below this (GRID cut from below)")
    ap.add_argument("--min-written", type=int, default=0,
                    help="never report a member with fewer training examples than this")
    ap.add_argument("--screen", nargs="+", metavar=("TABLE", "DIR"),
                    help="list the alarms TABLE (a realword.tsv) raises over the .txt files of each DIR, "
                         "and stop")
    args = ap.parse_args()
    if args.screen:
        screen(args.screen[0], args.screen[1:])
        return
    corpus = pathlib.Path(args.corpus)
    global CALIF, CALIF_SPLITS, PRUNE, MIN_COUNT, L2, GRID
    GRID = [t for t in GRID if t >= args.min_threshold]
    PRUNE, MIN_COUNT, L2 = args.prune, args.min_count, args.l2
    CALIF = args.calif
    if args.calif_heldout_only:
        CALIF_SPLITS = ("heldout",)
    sets = load_sets()
    if args.general:
        hand_rows = [r for r in read_rows(DATA / "realword.tsv") if r[0] in sets]
        derived, general_rows = learn_general(corpus, sets)
        general_rows = calibrate_general(corpus, general_rows)
        with (DATA / "confusion_sets_general.txt").open("w", encoding="utf-8") as f:
            f.write("# Confusion sets derived by the rule of scripts/gen_realword_model.py (`derive_general_sets`)\n")
            f.write("# and kept because the model separates them at zero out-of-fold false alarms.\n")
            for members, _, _ in general_rows:
                f.write(" ".join(members) + "\n")
        out = write_model(hand_rows + general_rows, sets)
        print(f"wrote {out} ({out.stat().st_size // 1024} kB): {len(hand_rows)} hand sets, "
              f"{len(general_rows)} general sets of {len(derived)} derived", file=sys.stderr)
        return
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
    thresholds = choose_thresholds(learned, args.budget * train_words / 1000.0, args.min_written)
    if args.calibrate:
        # Round 39: `heldout` splits in two. Its `calibrate` part (parts.tsv of typo_corpus.py;
        # gen_slip_model's calibrate part of the California cases) raises thresholds; only its
        # `test` part is measured below.
        parts = dict(line.split("\t") for line in (corpus / "parts.tsv").read_text().splitlines() if line)

        def part_of(doc):
            return calif_part(doc[4:]) if doc.startswith("cal-") else parts.get(doc, "test")
        calibration = {si: [(y, fs) for y, fs, doc, _ in exs if part_of(doc) == "calibrate"]
                       for si, exs in heldout.items()}
        heldout = defaultdict(list, {si: [ex for ex in exs if part_of(ex[2]) == args.measure]
                                     for si, exs in heldout.items()})
        if not args.test_only:
            thresholds = calibrate(learned, thresholds, calibration)
        heldout_words = sum(len(t.split()) for doc, t in documents(corpus, "heldout") if part_of(doc) == args.measure)
    report(args, learned, thresholds, heldout, heldout_words, sets, member_of)


def calibrate(learned, thresholds, calibration):
    """Raise each (set, written member) threshold to the first GRID value above every probability
    the model gives another member where that member is written in the calibrate text (correct
    text: nothing may be reported there); past the top of GRID, the member is never reported."""
    out = defaultdict(dict)
    raised = 0
    for si, members, weights, _ in learned:
        k = len(members)
        worst = defaultdict(float)
        for y, fs in calibration.get(si, []):
            p = probabilities(weights, fs, k)
            worst[y] = max(worst[y], max(p[j] for j in range(k) if j != y))
        for written, t in thresholds.get(si, {}).items():
            start = t
            while t <= 1 and worst[written] >= t:
                higher = [g for g in GRID if g > t]
                t = higher[0] if higher else 2.0
            raised += t != start
            if t <= 1:
                out[si][written] = t
    print(f"calibrate: {raised} thresholds raised", file=sys.stderr)
    return out


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
            src = "calif" if doc.startswith("cal-") else "corpus"
            totals[src + " occurrences"] += 1
            for written in range(k):
                top_alt = max((j for j in range(k) if j != written), key=lambda j: p[j])
                if written == y:
                    if p[top_alt] >= threshold[written]:
                        fa.append((doc, ctx, members[top_alt], p[top_alt]))
                        totals[src + " fa"] += 1
                else:
                    swaps += 1
                    hit = p[top_alt] >= threshold[written] and top_alt == y
                    caught += hit
                    totals[src + " swaps"] += 1
                    totals[src + " caught"] += hit
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
    for src in ("corpus", "calif"):
        if totals[src + " occurrences"]:
            print(f"  {src} heldout: {totals[src + ' fa']} alarms on {totals[src + ' occurrences']} occurrences; "
                  f"swaps caught {totals[src + ' caught']}/{totals[src + ' swaps']}")


if __name__ == "__main__":
    main()
