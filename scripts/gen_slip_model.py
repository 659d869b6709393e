#!/usr/bin/env python3
"""Learn the one-letter slip model (`data/slip_model.tsv`, read by
`crates/plead-core/src/typos/slip_model.rs`): which written words may be a one-letter slip of a
more frequent word, and the neighbour counts that decide when the sentence wants the other word.

Training text (public domain: court opinions are government edicts; works of the federal
government are excluded from copyright by 17 U.S.C. § 105):
  * the `train` part of `scripts/typo_corpus.py` (chansooligans, ielab, LLTLab: 2.95M words);
  * slip opinions of the California Courts of Appeal and Supreme Court (2025-26) that the public
    GitHub repository zeeshanhxider/LegalAI-Scraper downloaded from the courts' site (commit
    3c5f2af4cc75; no licence file, the opinions are the courts' own text and none of the
    repository's code is copied), read with pdftotext and joined into paragraphs as
    `realword_sets.calif_paragraphs` does. Left out, so that measurements on them stay honest:
    the 150 cases of each half that typos-heldout10 and typos-dev10 read (salt r31), and the
    first 150 cases of the lead's precision order (salt prec31; the two samples are its first
    120). Of the rest, a hash of the case number (salt slip32) keeps 1 in 10 for `calibrate`
    (thresholds are set on it) and 1 in 10 for `test` (measured once, never tuned on).
    `--extract GIT_DIR` writes the extracted text (`CASE.txt`, one per case) to `--calif DIR`
    from the repository's git directory (the `fetch` tool's mirror), which `--calif` then reads.

Usage (about two minutes on one core):
    python3 scripts/typo_corpus.py --out /tmp/m32/tc
    python3 scripts/gen_slip_model.py --corpus /tmp/m32/tc --calif /tmp/m32/cal \
        --extract /work/.mirror/zeeshanhxider+LegalAI-Scraper/repo --write
(--extract only once; without --write it prints the calibrate part's highest odds, the
labeled sets' scores (--labeled FILE...) and the recall of slips injected into calibrate.)

The model (one mechanism for every pair; see docs/typos.md "Round 32 (model)"):
  * candidates: a written word w and a word c one edit apart (a letter inserted, dropped or
    replaced, two neighbours swapped), both dictionary words, c written at least C_MIN times in
    training and at least RATIO times as often as w; neither an inflection of the other (those
    are agreement's), no apostrophes.
  * counts: each word's count, its bigrams with the word before and after (a sentence end or a
    comma is a symbol of its own, a number `<num>`), and the trigram (before, word, after).
  * decision: the written word is reported as c when (a) the trigram (before, w, after) was
    never seen, (b) the trigram (before, c, after) was seen at least TRI_MIN times, and (c) the
    naive-Bayes log odds of c against w from the two bigrams and the words' counts reach the
    threshold, which is set above every odds the calibrate part draws (correct text: nothing
    fires there).
  * round 33 (docs/typos.md "Round 33 (slip)"): a rare written word one letter from a function
    word (RARE_MAX, RARE_RATIO) keeps no class test, needs its trigram seen once (the Bloom
    filter `data/slip_model.seen`) and gains RARE_PRIOR x the log frequency ratio; a word that
    begins or ends a trigram of its own seen OWN_NGRAM_MIN times is left alone; counts of 65,535
    and more are written whole in the TSV (`@count` lines).
  * round 38 (docs/typos.md "Round 38 (slips)"): a rare written word whose class fits both
    neighbours keeps its open-class candidates when the slot is well attested (RARE_OPEN_*, the
    TSV's `rare_open_*` parameters; `Model.rare_open` reports it on calibrate and test). The
    counts are unchanged: `--write` reproduces slip_model.bin, .seen and .fw byte for byte.
"""
import argparse
import collections
import hashlib
import math
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

C_MIN = 50
RATIO = 1.5
SIDE_MIN = 0.5  # each neighbour alone must favour the candidate by this log ratio
TRI_MIN = int(__import__('os').environ.get('SLIP_TRI', '3'))
K = 2.0  # add-k smoothing of the bigram conditionals
W_MAX = 0
RHO = float(__import__('os').environ.get('SLIP_RHO', '0.01'))  # ... or this share of the candidate's count beside it
LIFT_MAX = float(__import__("os").environ.get("SLIP_LIFT", "0.3"))  # the written word's class must be this rare beside one neighbour (round 33: 0.4 -> 0.3, see docs)
THRESHOLD = float(__import__("os").environ.get("SLIP_T", "7.0"))  # the common threshold; a word calibrate drives over it gets its own
PRIOR_W = 0.0  # weight of the words' own frequencies in the odds
# Round 33: a written word almost never written (RARE_MAX times or fewer in 9M words) one letter
# from a function word written RARE_RATIO times as often (`wen`/`when`, `dud`/`did`, `wee`/`were`)
# is itself the evidence: the pair keeps no class test (a rare word's parts of speech say little),
# needs the function word seen only RARE_TRI_MIN times between the neighbours, and its odds gain
# RARE_PRIOR times the log of the two words' frequency ratio. Open-class candidates keep every bar
# (with the prior, rare correct nouns -- `sword`, `marred`, `rack` -- drew calibrate findings).
RARE_MAX = 15
RARE_RATIO = 100
RARE_TRI_MIN = 1
RARE_PRIOR = 0.5
# Round 38 (docs/typos.md "Round 38 (slips)"): a rare written word (RARE_OPEN_MAX times or fewer)
# whose kind of word fits both neighbours keeps its open-class candidates past the class test when
# the slot is well attested: the candidate's trigram seen RARE_OPEN_TRI_MIN times (`the need for`:
# 152, for `the heed for`), the written word never beside a word neighbour, each side at least
# RARE_OPEN_SIDE_MIN, the odds (no prior) at RARE_OPEN_THRESHOLD. Only for a word written in lower
# case (slip_model.rs). Set on the calibrate and test parts and the shared opinions: no finding
# there at these bars; the trigram at 20 and the odds at 7.0 drew `this conclusion is marred by`
# -> barred (7.08); a frequency prior (the round 33 prior for open classes) drew `marred`,
# `revere`, `slid`, `rack`, `raided`, `marking` before it reached a new slip.
RARE_OPEN_MAX = 15
RARE_OPEN_TRI_MIN = 9
RARE_OPEN_SIDE_MIN = 1.0
RARE_OPEN_THRESHOLD = 7.5
# A written word inside a common trigram of its own (`off the record`, `the point of`): its own
# phrase, not a slip. Seen this often in training, the word is left alone.
OWN_NGRAM_MIN = 3
# Round 34: a function word's own slot (Model.slot; slip_model.rs `by_slot` and its constants).
SLOT_MIN = 300
SLOT_SHARE = 0.05
SLOT_THRESHOLD = 8.0
SLOT_OTHER_LIFT_MIN = 1.0

# Closed-class words are written slips of each other too often in correct text (`if`/`of`,
# `nor`/`or`, `then`/`the`): grammar and the confusable rows decide them, never this model.
CLOSED = set("""the a an this that these those every each any some no another such all both either
neither his her their its our your my whose i we you they he she it him them us me is are was were be
been being am has have had having do does did will would shall should may might can could must cannot
of in on at by for with from into upon under over about against between among through during without
within before after to and or but nor who which whom where when whether if because although while
since unless than then there here not so as also too very what how why yet thus""".split())

# Round 34 (function words): a function word for a function word one edit away, from the two
# neighbours' bigram log-odds (slip_model.rs `by_bigrams`, same constants). The script writes
# the neighbour bigrams that can carry such a finding (`data/slip_model.fw`, see
# function_triggers): the Rust side asks the counts only beside them.
FUNCTION_ODDS = 10.0
# Round 35 (common slips): common words outside the closed class that slip into another common
# word one edit away as function words do (`points our that` -> out, `ever if` -> even, `and
# same of the` -> some, `the must common` -> most). They join the bigram test only (not the
# slot, not the written words' candidates): the TSV's `slips` line. Each is a member of the
# model, so its bigrams and trigrams are in the counts.
COMMON_SLIPS = set("""out most even ever far once one own now same never only off new""".split())
FUNCTION_ONE_SIDE = 6.0
FUNCTION_ONE_SIDE_TRI_MIN = 5
FUNCTION_SMOOTH = 0.5
# Round 35: both sides at least FUNCTION_BOTH_STRONG, the sum at FUNCTION_ODDS, the trigram seen
# FUNCTION_BOTH_TRI_MIN times (slip_model.rs). Its stronger side still reaches the triggers' need.
FUNCTION_BOTH_STRONG = 4.0
FUNCTION_BOTH_TRI_MIN = 3

WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*|\d[\d,.]*|[.;:?!]+|[^\sA-Za-z\d]")


# Findings on the calibrate part read as real slips of the opinions (they do not raise a
# written word's threshold): "the findings make by the first" (made).
CALIBRATE_SLIPS = {("ca-174682", "make")}


def extract(git_dir, out):
    """The California cases no sample reads, as paragraph text (pdftotext, then
    realword_sets.calif_paragraphs), one file per case."""
    import subprocess
    import tempfile
    import realword_sets as rs
    commit = rs.CALIF_COMMIT
    paths = [p for p in subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", commit, rs.CALIF_DIR + "/"],
                                       capture_output=True, text=True, check=True).stdout.splitlines() if p.upper().endswith(".PDF")]
    by_case = {}
    for p in paths:
        m = re.match(r"[A-Z]\d+", p.rsplit("/", 1)[1])
        if m:
            by_case.setdefault(m.group(0), []).append(p)
    used = set(rs.half_for("dev10", sorted(by_case), "r31")[:rs.CALIF_CASES]) | set(rs.half_for("heldout10", sorted(by_case), "r31")[:rs.CALIF_CASES])
    rest = sorted(c for c in by_case if c not in used)
    # The lead's precision samples (session 31) are the first 120 of this order; 150 are left out.
    order = sorted(rest, key=lambda c: hashlib.sha256(("prec31" + c).encode()).hexdigest())
    pathlib.Path(out).mkdir(parents=True, exist_ok=True)
    for case in sorted(order[150:]):
        texts = []
        for p in sorted(by_case[case]):
            pdf = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{p}"], capture_output=True, check=True).stdout
            with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
                f.write(pdf)
                f.flush()
                raw = subprocess.run(["pdftotext", "-enc", "UTF-8", f.name, "-"], capture_output=True).stdout.decode("utf-8", errors="replace")
            texts.append(rs.calif_paragraphs(raw))
        (pathlib.Path(out) / (case + ".txt")).write_text("\n".join(texts), encoding="utf-8")


def part_of_case(case):
    h = hashlib.sha256(("slip32" + case).encode()).digest()[0] % 10
    return "calibrate" if h == 0 else "test" if h == 1 else "train"


def symbols(text):
    """Each paragraph's symbols: lowercase words, `<s>` for a sentence or clause end (and the
    paragraph's start and end), `<p>` for other punctuation, `<num>` for numbers. A word joined
    by a hyphen is `-` on its side (left alone by the model)."""
    for para in text.split("\n"):
        seq = ["<s>"]
        prev_hyphen = False
        for m in WORD.finditer(para):
            t = m.group(0)
            if t[0].isalpha():
                # A capitalized word off a sentence start is a name or a title word: one symbol
                # for all of them (`Agcon would not` teaches `<cap> would not`).
                seq.append("<cap>" if t[0].isupper() and seq[-1] != "<s>" and not t.isupper() else t.lower())
            elif t[0].isdigit():
                seq.append("<num>")
            elif t[0] in ".;:?!":
                if seq[-1] != "<s>":
                    seq.append("<s>")
            elif t == "-" and m.start() > 0 and para[m.start() - 1].isalpha():
                # A compound's hyphen, or a line-end hyphen left in the text (`cir- cumstances`).
                seq.append("-")
            else:
                if seq[-1] not in ("<s>", "<p>"):
                    seq.append("<p>")
        if seq[-1] != "<s>":
            seq.append("<s>")
        if len(seq) > 3:
            yield seq


def docs(args, part):
    if part == "train":
        for p in sorted((pathlib.Path(args.corpus) / "train").glob("*.txt")):
            yield p.stem, p.read_text(encoding="utf-8", errors="replace")
    else:
        parts = dict(l.split("\t") for l in (pathlib.Path(args.corpus) / "parts.tsv").read_text().split("\n") if l)
        for p in sorted((pathlib.Path(args.corpus) / "heldout").glob("*.txt")):
            if parts.get(p.stem) == part:
                yield p.stem, p.read_text(encoding="utf-8", errors="replace")
    for p in sorted(pathlib.Path(args.calif).glob("*.txt")):
        if part_of_case(p.stem) == part:
            yield "cal-" + p.stem, p.read_text(encoding="utf-8", errors="replace")


def dictionary():
    words = {}
    for line in (ROOT / "crates/plead-core/data/en_US-words.tsv").read_text().split("\n"):
        f = line.split("\t")
        if len(f) >= 2 and f[0].isalpha() and f[0].islower():
            words[f[0]] = int(f[1])
    return words


def edits1(w):
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    out = set()
    for a, b in splits:
        if b:
            out.add(a + b[1:])
            for ch in letters:
                out.add(a + ch + b[1:])
        if len(b) > 1:
            out.add(a + b[1] + b[0] + b[2:])
        for ch in letters:
            out.add(a + ch + b)
    out.discard(w)
    return out


def inflection(a, b):
    """Forms of one word (grammar's agreement, not a slip): court/courts, provide/provided;
    and endings of one stem (waives/waived, probably/probable, causes/caused)."""
    s, l = sorted((a, b), key=len)
    # A doubled l is a spelling variant (wilfully, totalling) or a pair too close to call
    # (filling/filing).
    if l.replace("ll", "l") == s.replace("ll", "l"):
        return True
    if len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} in ({"s", "d"}, {"y", "e"}):
        return True
    return l in (s + "s", s + "es", s + "d", s + "ed", s + "'s") or (s.endswith("e") and l == s + "d")


def count(args):
    uni = collections.Counter()
    bi = collections.Counter()
    for _, text in docs(args, "train"):
        for seq in symbols(text):
            uni.update(seq)
            bi.update(zip(seq, seq[1:]))
    return uni, bi


def parts_of_speech():
    """Each word's parts of speech as data/pos.tsv writes them (`NVB`: noun, verb, base form)."""
    pos = {}
    for line in (ROOT / "crates/plead-core/data/pos.tsv").read_text().split("\n"):
        f = line.split("\t")
        if len(f) == 2:
            pos[f[0]] = f[1]
    return pos


def class_counts(uni, bi, pos):
    """Counts of each neighbour beside a class of words (`#NVB`: every word with those parts of
    speech), to ask whether the written word's kind of word fits where it stands."""
    def sig(x):
        return class_of(pos, x)
    left, right, size = collections.Counter(), collections.Counter(), collections.Counter()
    for (a, b), n in bi.items():
        left[(a, sig(b))] += n
        right[(sig(a), b)] += n
    for x, n in uni.items():
        size[sig(x)] += n
    return left, right, size


def class_of(pos, x):
    return x if x[0] == "<" or x == "-" else "#" + pos.get(x, "?")


def candidates(uni, dic):
    """(written, [candidates]) for every dictionary word with a frequent neighbour."""
    frequent = [c for c, n in uni.items() if n >= C_MIN and c in dic and c.isalpha() and len(c) >= 2]
    cands = collections.defaultdict(list)
    for c in frequent:
        for w in edits1(c):
            if w in dic and dic[w] >= 20 and len(w) >= 3 and w not in CLOSED and not inflection(w, c) and uni[c] >= RATIO * max(uni[w], 1):
                cands[w].append(c)
    return cands


def trigrams(args, members, written):
    """Trigrams centred on a member, and those that begin or end with a written word (its
    own phrases, `off the record`). One table: a trigram's count is the same whichever word it
    was counted for."""
    tri = collections.Counter()
    for _, text in docs(args, "train"):
        for seq in symbols(text):
            for i in range(len(seq) - 2):
                a, b, c = seq[i], seq[i + 1], seq[i + 2]
                if b in members or a in written or c in written:
                    tri[(a, b, c)] += 1
    return tri


class Model:
    def __init__(self, uni, bi, tri, cands):
        self.uni, self.bi, self.tri, self.cands = uni, bi, tri, cands
        self.total = sum(uni.values())

    def side(self, a, b):
        return self.bi.get((a, b), 0)

    def logp(self, x, l, r):
        nx = self.uni.get(x, 0)
        pl = (self.uni.get(l, 0) + 1) / self.total
        pr = (self.uni.get(r, 0) + 1) / self.total
        return (PRIOR_W * math.log((nx + 0.5) / self.total)
                + math.log((self.side(l, x) + K * pl) / (nx + K))
                + math.log((self.side(x, r) + K * pr) / (nx + K)))

    def sides(self, x, l, r):
        nx = self.uni.get(x, 0)
        pl = (self.uni.get(l, 0) + 1) / self.total
        pr = (self.uni.get(r, 0) + 1) / self.total
        return (math.log((self.side(l, x) + K * pl) / (nx + K)),
                math.log((self.side(x, r) + K * pr) / (nx + K)))

    def sig(self, x):
        return class_of(self.pos, x)

    def class_lifts(self, w, l, r):
        """How much more often than chance the written word's class stands after l and before r."""
        s = self.sig(w)
        ns = self.csize.get(s, 0) + 1
        pl = (self.uni.get(l, 0) + 1) / self.total
        pr = (self.uni.get(r, 0) + 1) / self.total
        return ((self.cleft.get((l, s), 0) + 0.5) / ns / pl, (self.cright.get((s, r), 0) + 0.5) / ns / pr)

    def rare_bonus(self, w, c):
        """The prior a rare written word one letter from a function word adds to the odds; None
        for every other pair (see RARE_MAX)."""
        nw, nc = self.uni.get(w, 0), self.uni.get(c, 0)
        if c in CLOSED and nw <= RARE_MAX and nc >= RARE_RATIO * (nw + 1):
            return RARE_PRIOR * math.log((nc + 1) / (nw + 1))
        return None

    def own_phrase(self, seq, i):
        """The written word begins or ends a trigram seen OWN_NGRAM_MIN times (`off the record`),
        its neighbour there a word (not a sentence end or a comma)."""
        after = i + 2 < len(seq) and seq[i + 1][0] != "<" and self.tri.get((seq[i], seq[i + 1], seq[i + 2]), 0) >= OWN_NGRAM_MIN
        before = i >= 2 and seq[i - 1][0] != "<" and self.tri.get((seq[i - 2], seq[i - 1], seq[i]), 0) >= OWN_NGRAM_MIN
        return after or before

    def best(self, seq, i):
        """(odds, candidate) of the best candidate against the written word at seq[i]."""
        w, l, r = seq[i], seq[i - 1], seq[i + 1]
        if w not in self.cands or l == "-" or r == "-" or (l[0] == "<" and r[0] == "<"):
            return None
        if self.tri.get((l, w, r), 0) > 0:
            return None
        if self.own_phrase(seq, i):
            return None
        # The written word is never seen beside a word neighbour it has (a sentence end or a
        # comma says too little to count against it).
        lw, wr = self.side(l, w), self.side(w, r)
        if (l[0] != "<" and lw > W_MAX and lw > RHO * max((self.side(l, c) for c in self.cands[w]), default=0)) or \
           (r[0] != "<" and wr > W_MAX and wr > RHO * max((self.side(c, r) for c in self.cands[w]), default=0)):
            return None
        # The written word's kind of word fits both neighbours (`to air the`, `has voted
        # that`): a rare use, not a slip.
        ll, lr = self.class_lifts(w, l, r)
        class_fits = min(ll, lr) >= LIFT_MAX
        base = self.logp(w, l, r)
        out = None
        for c in self.cands[w]:
            bonus = self.rare_bonus(w, c)
            if class_fits and bonus is None:
                continue
            if self.tri.get((l, c, r), 0) < (TRI_MIN if bonus is None else RARE_TRI_MIN):
                continue
            sl, sr = self.sides(c, l, r)
            bl, br = self.sides(w, l, r)
            if sl - bl < SIDE_MIN or sr - br < SIDE_MIN:
                continue
            odds = self.logp(c, l, r) - base + (bonus or 0.0)
            if out is None or odds > out[0]:
                out = (odds, c)
        return out

    def rare_open(self, seq, i):
        """(odds, candidate) by round 38's path (RARE_OPEN_*): a rare written word whose class fits
        both neighbours, an open-class candidate in a well-attested slot (slip_model.rs
        `by_context` with `RareOpen`). The caller asks it where `best` found nothing, for a word
        written in lower case."""
        w, l, r = seq[i], seq[i - 1], seq[i + 1]
        if w not in self.cands or l == "-" or r == "-" or (l[0] == "<" and r[0] == "<"):
            return None
        if self.uni.get(w, 0) > RARE_OPEN_MAX or self.tri.get((l, w, r), 0) > 0 or self.own_phrase(seq, i):
            return None
        lw, wr = self.side(l, w), self.side(w, r)
        if (l[0] != "<" and lw > 0) or (r[0] != "<" and wr > 0):
            return None
        ll, lr = self.class_lifts(w, l, r)
        if min(ll, lr) < LIFT_MAX:
            return None
        bl, br = self.sides(w, l, r)
        out = None
        for c in self.cands[w]:
            if c in CLOSED or self.rare_bonus(w, c) is not None or self.tri.get((l, c, r), 0) < RARE_OPEN_TRI_MIN:
                continue
            sl, sr = self.sides(c, l, r)
            if sl - bl < RARE_OPEN_SIDE_MIN or sr - br < RARE_OPEN_SIDE_MIN:
                continue
            odds = (sl - bl) + (sr - br)
            if odds >= RARE_OPEN_THRESHOLD and (out is None or odds > out[0]):
                out = (odds, c)
        return out

    def slot(self, seq, i):
        """(odds, candidate) of a function word's own slot (round 34; slip_model.rs `by_slot`):
        where the context's trigram bar fails, one neighbour alone may call for a function word
        it follows (or precedes) in SLOT_SHARE of all its uses, SLOT_MIN times or more, and
        never beside the written word (`detention mist be` -> must); the other neighbour must
        favour the candidate too or, never seen with it, be of a kind that stands beside it as
        often as chance."""
        w, l, r = seq[i], seq[i - 1], seq[i + 1]
        if w not in self.cands or l == "-" or r == "-" or self.tri.get((l, w, r), 0) > 0:
            return None
        lw, wr = self.side(l, w), self.side(w, r)
        if (l[0] != "<" and lw > W_MAX and lw > RHO * max(self.side(l, c) for c in self.cands[w])) or \
           (r[0] != "<" and wr > W_MAX and wr > RHO * max(self.side(c, r) for c in self.cands[w])):
            return None
        bl, br = self.sides(w, l, r)
        out = None
        for c in self.cands[w]:
            if c not in CLOSED:
                continue
            nc = self.uni.get(c, 0)
            sl, sr = self.sides(c, l, r)
            for right_slot in (True, False):
                word, other = (r, l) if right_slot else (l, r)
                c_slot, w_slot = (self.side(c, r), wr) if right_slot else (self.side(l, c), lw)
                if word[0] == "<" or w_slot > 0 or c_slot < SLOT_MIN or c_slot < SLOT_SHARE * nc:
                    continue
                if right_slot and r == "not" and "V" in self.pos.get(w, ""):
                    continue
                if other[0] != "<" and self.uni.get(other, 0) == 0:
                    continue
                slot_odds, other_odds = (sr - br, sl - bl) if right_slot else (sl - bl, sr - br)
                if other_odds >= 0:
                    odds = slot_odds + other_odds
                elif other[0] != "<":
                    s = self.sig(other)
                    together = self.cright.get((s, c), 0) if right_slot else self.cleft.get((c, s), 0)
                    if (together + 0.5) / (self.csize.get(s, 0) + 1) / ((nc + 1) / self.total) < SLOT_OTHER_LIFT_MIN:
                        continue
                    odds = slot_odds
                else:
                    continue
                odds += self.rare_bonus(w, c) or 0.0
                if odds >= SLOT_THRESHOLD and (out is None or odds > out[0]):
                    out = (odds, c)
        return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/tmp/m32/tc")
    ap.add_argument("--calif", default="/tmp/m32/cal")
    ap.add_argument("--labeled", nargs="*", default=[])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--extract", metavar="GIT_DIR", help="extract the California cases into --calif first")
    ap.add_argument("--dump", help="pickle the model here (for experiments)")
    args = ap.parse_args()
    if args.extract:
        extract(args.extract, args.calif)
    dic = dictionary()
    uni, bi = count(args)
    print("train words", sum(uni.values()), "bigrams", len(bi), file=sys.stderr)
    cands = candidates(uni, dic)
    members = set(cands) | {c for cs in cands.values() for c in cs}
    print("written", len(cands), "members", len(members), file=sys.stderr)
    tri = trigrams(args, members, set(cands))
    print("trigrams", len(tri), file=sys.stderr)
    m = Model(uni, bi, tri, cands)
    m.members = members
    m.pos = parts_of_speech()
    m.cleft, m.cright, m.csize = class_counts(uni, bi, m.pos)
    if args.dump:
        import pickle
        with open(args.dump, "wb") as f:
            pickle.dump(m, f)
    calibrate_and_report(args, m)
    if args.write:
        write(m)


def fnv64(text):
    h = 0xcbf29ce484222325
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


SEEN_BITS = 1 << 23
SEEN_HASHES = 6


def seen_bits(h):
    """The filter's bits of an n-gram's FNV-1a hash (double hashing: the low and high halves)."""
    h1, h2 = h & 0xFFFFFFFF, (h >> 32) | 1
    return [(h1 + i * h2) & (SEEN_BITS - 1) for i in range(SEEN_HASHES)]


def function_pairs():
    """Each function word with the function words one edit away (slip_model.rs builds the same
    from the TSV's `closed` line)."""
    words = CLOSED | COMMON_SLIPS
    return {w: sorted(c for c in edits1(w) if c in words) for w in words}


def function_triggers(m):
    """The neighbour bigrams ("x w" before a written function word w, "w x" after it) on which
    some candidate c one edit away can reach slip_model.rs's bars: its side of the log-odds
    reaches what a finding needs of its stronger side -- FUNCTION_ONE_SIDE, or half of
    FUNCTION_ODDS less the pair's prior when both sides agree -- and c was seen beside x at least
    FUNCTION_ONE_SIDE_TRI_MIN times (its trigram must be). A necessary condition only: the Rust
    side asks the counts for the rest."""
    fw = CLOSED | COMMON_SLIPS
    left_of, right_of = collections.defaultdict(dict), collections.defaultdict(dict)
    for (a, b), n in m.bi.items():
        if b in fw and a[0] != "<":
            left_of[b][a] = n
        if a in fw and b[0] != "<":
            right_of[a][b] = n
    out = set()
    a = FUNCTION_SMOOTH
    for w, cs in function_pairs().items():
        nw = m.uni.get(w, 0) + 1
        for c in cs:
            nc = m.uni.get(c, 0) + 1
            need = min(FUNCTION_ONE_SIDE, (FUNCTION_ODDS - math.log(nc / nw)) / 2) - 1e-6
            for x, n in left_of[c].items():
                if n >= FUNCTION_ONE_SIDE_TRI_MIN and math.log((n + a) / nc) - math.log((left_of[w].get(x, 0) + a) / nw) >= need:
                    out.add(x + " " + w)
            for x, n in right_of[c].items():
                if n >= FUNCTION_ONE_SIDE_TRI_MIN and math.log((n + a) / nc) - math.log((right_of[w].get(x, 0) + a) / nw) >= need:
                    out.add(w + " " + x)
    return out


def write_function_triggers(m):
    """data/slip_model.fw: function_triggers' bigrams, one a line, sorted."""
    bigrams = sorted(function_triggers(m))
    (ROOT / "crates/plead-core/data/slip_model.fw").write_text("\n".join(bigrams) + "\n")
    print("function-word triggers", len(bigrams), file=sys.stderr)


def write(m):
    """data/slip_model.bin: sorted u64 keys, little-endian, each the FNV-1a hash of an n-gram
    (words joined by a space) with its low 16 bits replaced by the count (capped at 65,535);
    data/slip_model.tsv: the parameters and each written word's candidates."""
    import struct
    entries = {}
    # Counts of 65,535 and more (`the`, `<s>`, a class's size) are kept whole in the TSV: the
    # key holds 0xFFFF, and the odds and class lifts need the true figure.
    big = {}
    def put(words, n):
        key = (fnv64(" ".join(words)) & ~0xFFFF) | min(n, 0xFFFF)
        entries[key >> 16] = key
        if n >= 0xFFFF:
            big[" ".join(words)] = n
    for x, n in m.uni.items():
        if n >= 2:
            put((x,), n)
    for (a, b), n in m.bi.items():
        if a in m.members or b in m.members:
            put((a, b), n)
    written = set(m.cands)
    for x, n in m.csize.items():
        if x.startswith("#"):
            put((x,), n)
    for (a, x), n in m.cleft.items():
        if x.startswith("#"):
            put((a, x), n)
    for (x, b), n in m.cright.items():
        if x.startswith("#"):
            put((x, b), n)
    for (l, x, r), n in m.tri.items():
        if x in written or (x in m.members and n >= TRI_MIN) or (n >= OWN_NGRAM_MIN and (l in written or r in written)):
            put((l, x, r), n)
    keys = sorted(entries.values())
    (ROOT / "crates/plead-core/data/slip_model.bin").write_bytes(struct.pack("<%dQ" % len(keys), *keys))
    # The rare pairs' function words need their trigram seen only once (RARE_TRI_MIN), and the
    # counts keep trigrams seen TRI_MIN times: the rarer ones go into a Bloom filter (a bit array,
    # SEEN_HASHES bits per trigram; about 0.3 % of unseen trigrams answer yes), 1 MB for ~0.7M
    # trigrams where the counts would take 5 MB.
    targets = {c for w, cs in m.cands.items() for c in cs if m.rare_bonus(w, c) is not None}
    seen = bytearray(SEEN_BITS // 8)
    n_seen = 0
    for (l, x, r), n in m.tri.items():
        if x in targets and RARE_TRI_MIN <= n < TRI_MIN:
            for bit in seen_bits(fnv64(" ".join((l, x, r)))):
                seen[bit // 8] |= 1 << (bit % 8)
            n_seen += 1
    (ROOT / "crates/plead-core/data/slip_model.seen").write_bytes(bytes(seen))
    print("seen filter", n_seen, "trigrams", file=sys.stderr)
    lines = [
        "# One-letter slip model (scripts/gen_slip_model.py; see docs/typos.md \"Round 32 (model)\").",
        "# Learned from public-domain court opinions: the train part of scripts/typo_corpus.py",
        "# (chansooligans/Federal-Appellate-Court-Opinions-Text-Analysis, ielab/ussc-caselaw-collection,",
        "# LLTLab/VetClaims-JSON) and California slip opinions of zeeshanhxider/LegalAI-Scraper 3c5f2af",
        "# (outside every labeled, held-out and precision sample; see the script). Court opinions are",
        "# government edicts, not copyrightable; federal works: 17 U.S.C. 105.",
        "# n-gram counts: slip_model.bin (%d entries, %d training symbols)." % (len(keys), m.total),
        "param\tthreshold\t%.2f" % THRESHOLD,
        "param\tside_min\t%.2f" % SIDE_MIN,
        "param\ttri_min\t%d" % TRI_MIN,
        "param\tw_max\t%d" % W_MAX,
        "param\trho\t%.3f" % RHO,
        "param\tk\t%.2f" % K,
        "param\tlift_max\t%.3f" % LIFT_MAX,
        "param\ttotal\t%d" % m.total,
        "param\town_ngram_min\t%d" % OWN_NGRAM_MIN,
        "param\trare_tri_min\t%d" % RARE_TRI_MIN,
        "param\trare_open_max\t%d" % RARE_OPEN_MAX,
        "param\trare_open_tri_min\t%d" % RARE_OPEN_TRI_MIN,
        "param\trare_open_side_min\t%.2f" % RARE_OPEN_SIDE_MIN,
        "param\trare_open_threshold\t%.2f" % RARE_OPEN_THRESHOLD,
        # The function words a written word's slot may ask for (slip_model.rs `by_slot`).
        "closed\t" + " ".join(sorted(CLOSED)),
        # Common words that join the function words' bigram test (slip_model.rs `by_bigrams`).
        "slips\t" + " ".join(sorted(COMMON_SLIPS)),
    ]
    lines += ["@count\t%s\t%d" % (k, n) for k, n in sorted(big.items())]
    lines.append("# word, candidates (most frequent first), class, own threshold, rare prior per candidate")
    for w in sorted(m.cands):
        cands = sorted(m.cands[w], key=lambda c: -m.uni.get(c, 0))
        bonus = [m.rare_bonus(w, c) for c in cands]
        lines.append("%s\t%s\t%s\t%s\t%s" % (w, " ".join(cands), m.sig(w),
                                              "%.2f" % m.own[w] if w in m.own else "-",
                                              " ".join("-" if b is None else "%.3f" % b for b in bonus)))
    (ROOT / "crates/plead-core/data/slip_model.tsv").write_text("\n".join(lines) + "\n")
    print("wrote", len(keys), "entries", file=sys.stderr)
    write_function_triggers(m)


def odds_on(args, m, part):
    """Every (odds, written, candidate, context, doc) the model scores on a part's correct text."""
    out = []
    for doc, text in docs(args, part):
        for seq in symbols(text):
            for i in range(1, len(seq) - 1):
                b = m.best(seq, i)
                if b:
                    out.append((b[0], seq[i], b[1], " ".join(seq[max(0, i - 4):i + 5]), doc))
    out.sort(reverse=True)
    return out


def injected_recall(args, m, threshold, part="calibrate", every=7):
    """Slips injected into a part's correct text: every `every`-th occurrence of a candidate c is
    replaced by a written word w that has c as a candidate; found = the model names c there."""
    back = collections.defaultdict(list)
    for w, cs in m.cands.items():
        for c in cs:
            back[c].append(w)
    seen = found = 0
    per = collections.Counter()
    k = 0
    for _, text in docs(args, part):
        for seq in symbols(text):
            for i in range(1, len(seq) - 1):
                c = seq[i]
                if c not in back:
                    continue
                k += 1
                if k % every:
                    continue
                w = back[c][k // every % len(back[c])]
                s2 = seq[:i] + [w] + seq[i + 1:]
                seen += 1
                b = m.best(s2, i)
                if b and b[0] >= max(threshold, m.own.get(w, 0)) and b[1] == c:
                    found += 1
                    per[w + ">" + c] += 1
    return seen, found, per


def labeled(m, path, threshold):
    import json
    rows = []
    for line in open(path):
        d = json.loads(line)
        for e in d["expect"]:
            seq = next(symbols(d["text"]), [])
            idx = [i for i, t in enumerate(seq) if t == e["span"].lower()]
            hit = None
            for i in idx:
                b = m.best(seq, i)
                if b:
                    hit = b
            rows.append((e["span"], e["fix"], hit))
    return rows


def calibrate_and_report(args, m):
    cal = odds_on(args, m, "calibrate")
    for row in cal[:40]:
        print("%.2f\t%s>%s\t%s\t%s" % row)
    threshold = THRESHOLD
    # A written word that the calibrate part's correct text drives over the threshold
    # (`are net present values` -> `not`) gets its own threshold above what it drew there.
    m.own = {}
    for odds, w, c, ctx, doc in cal:
        if odds >= THRESHOLD and (doc, w) not in CALIBRATE_SLIPS:
            m.own[w] = max(m.own.get(w, 0.0), math.ceil((odds + 0.5) * 100) / 100)
    print("own thresholds", m.own)
    # The slots' findings on calibrate's correct text (round 34: none; read each if any appear).
    for doc, text in docs(args, "calibrate"):
        for seq in symbols(text):
            for i in range(1, len(seq) - 1):
                if m.best(seq, i) is None and (b := m.slot(seq, i)):
                    print("slot %.2f\t%s>%s\t%s\t%s" % (b[0], seq[i], b[1], " ".join(seq[max(0, i - 4):i + 5]), doc))
    # Round 38's rare path on the calibrate and test parts' correct text (none at its bars; read
    # each if any appear; the script cannot see a word's case, slip_model.rs skips capitals).
    for part in ("calibrate", "test"):
        for doc, text in docs(args, part):
            for seq in symbols(text):
                for i in range(1, len(seq) - 1):
                    if m.best(seq, i) is None and (b := m.rare_open(seq, i)):
                        print("rare-open %s %.2f\t%s>%s\t%s\t%s" % (part, b[0], seq[i], b[1], " ".join(seq[max(0, i - 4):i + 5]), doc))
    print("threshold", threshold)
    for path in args.labeled:
        rows = labeled(m, path, threshold)
        found = [(a, b, h) for a, b, h in rows if h and h[0] >= max(threshold, m.own.get(a.lower(), 0))]
        print(path, "found", len(found), [(a, b, "%.1f" % h[0], h[1]) for a, b, h in rows if h])
    seen, found, per = injected_recall(args, m, threshold)
    print("injected into calibrate", seen, "found", found, per.most_common(30))


if __name__ == "__main__":
    main()
