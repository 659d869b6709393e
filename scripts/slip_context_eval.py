#!/usr/bin/env python3
"""Measure evidence for one-letter slips of content words (issue 16's `common` class) that the
slip model's neighbour counts cannot give: what the rest of the sentence says (docs/typos.md
"Round 41 (common slips)"). Nothing here is shipped; it prints figures.

For a written word w and each dictionary word c one edit away (both ways: c may be rarer or
commoner than w), three scores, each c against w:
  * `near`: the neighbours' bigrams, log (n(l c)+a)/(n(l w)+a) + log (n(c r)+a)/(n(w r)+a),
    minus the two words' frequency ratio (naive Bayes without the prior);
  * `topic`: the sentence's other content words x, naive Bayes over sentences that hold both
    words: the sum of log P(x | c) / P(x | w). The dump keeps each context word's raw counts;
    `--score` reads them as observed over expected, shrunk (`shrunk_topic`). The dump's own
    topic column is the first form tried (smoothed toward x's base rate), kept to compare;
  * `prior`: log n(c)/n(w), weighted 0 or 1/2 by `--score`.
Counts come from the `train` part (salt slip32) of the California slip opinions that
`gen_slip_model.py --extract` writes (zeeshanhxider/LegalAI-Scraper 3c5f2af; the courts' own
text, public domain). Measured on the `common` rows of every labeled set (except heldout21 and
later, blind) and on the `calibrate` and `test` parts (correct text, never learned from).

Usage (the dump: about 15 minutes on one core; the grid: seconds):
    nice -n 10 python3 scripts/slip_context_eval.py --calif /tmp/m32/cal --dump DIR
    python3 scripts/slip_context_eval.py --dump DIR --score [--parts calibrate|test] [--show T]
--show T lists correct text's alarms of the neighbours with half the prior at T, marking the
ones a document-level veto would silence; --train-share N learns from 1 training case in N
(the learning curve).
"""
import argparse
import collections
import hashlib
import json
import math
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import gen_slip_model as g  # noqa: E402

WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[.;:?!]")
STOP_TOP = 300  # the most frequent words say nothing of a sentence's topic
C_MIN = 20  # a candidate written fewer times has no counts worth reading
CLIP = 3.0
ALPHA = 0.5
GATE = 1.0  # correct text: the topic is asked only where the neighbours lean to c


def sentences(text):
    """Each sentence's lowercase words, a capitalized word off its start as `<cap>`."""
    for para in text.split("\n"):
        cur = []
        for m in WORD.finditer(para):
            t = m.group(0)
            if t in ".;:?!":
                if len(cur) > 2:
                    yield cur
                cur = []
            elif t[0].isupper() and cur and not t.isupper():
                # A capitalized word off a sentence start is a name or a title word (`Pope v.
                # Babick`): one symbol for all of them, as gen_slip_model.symbols writes it.
                cur.append("<cap>")
            else:
                cur.append(t.lower())
        if len(cur) > 2:
            yield cur


def kept_for_share(case, share):
    """1 training case in `share` (a learning curve: how recall at equal alarms grows with text)."""
    return share == 1 or hashlib.sha256(("r41share" + case).encode()).digest()[0] % share == 0


class Counts:
    def __init__(self, calif, share=1):
        self.uni = collections.Counter()
        self.bi = collections.Counter()
        self.posting = collections.defaultdict(list)  # content word -> sentence ids
        sid = 0
        sents = []
        for p in sorted(pathlib.Path(calif).glob("*.txt")):
            if g.part_of_case(p.stem) != "train" or not kept_for_share(p.stem, share):
                continue
            for s in sentences(p.read_text(encoding="utf-8", errors="replace")):
                sents.append(s)
                self.uni.update(s)
                seq = ["<s>"] + s + ["<s>"]
                self.bi.update(zip(seq, seq[1:]))
        self.total = sum(self.uni.values())
        self.stop = {w for w, _ in self.uni.most_common(STOP_TOP)}
        for s in sents:
            for x in set(s):
                if x not in self.stop and self.uni[x] >= 2:
                    self.posting[x].append(sid)
            sid += 1
        self.nsent = sid
        self.sets = {}
        self.cache = {}
        print(f"train: {self.total:,} words, {self.nsent:,} sentences", file=sys.stderr)

    def sentset(self, x):
        s = self.sets.get(x)
        if s is None:
            s = self.sets[x] = frozenset(self.posting.get(x, ()))
        return s

    def df(self, x):
        return len(self.posting.get(x, ()))

    def co(self, a, b):
        key = (a, b) if a < b else (b, a)
        v = self.cache.get(key)
        if v is None:
            v = self.cache[key] = self._co(a, b)
        return v

    def _co(self, a, b):
        sa, sb = self.sentset(a), self.sentset(b)
        if len(sa) > len(sb):
            sa, sb = sb, sa
        return sum(1 for i in sa if i in sb)


def near(cn, l, w, c, r):
    lw = math.log((cn.bi[(l, c)] + ALPHA) / (cn.bi[(l, w)] + ALPHA))
    rw = math.log((cn.bi[(c, r)] + ALPHA) / (cn.bi[(w, r)] + ALPHA))
    prior = math.log((cn.uni[c] + ALPHA) / (cn.uni[w] + ALPHA))
    return lw, rw, prior


def topic(cn, sent, i, c, w):
    """sum over the sentence's content words x (not w, not its neighbours) of
    log P(x | c) / P(x | w), smoothed toward x's own rate; only words seen 5+ times count."""
    total = 0.0
    used = 0
    raw = []
    dc, dw = cn.df(c), cn.df(w)
    for j, x in enumerate(sent):
        if abs(j - i) <= 1 or x == w or x == c or x in cn.stop or cn.df(x) < 5:
            continue
        base = cn.df(x) / cn.nsent
        pc = (cn.co(c, x) + 2.0 * base) / (dc + 2.0)
        pw = (cn.co(w, x) + 2.0 * base) / (dw + 2.0)
        total += max(-CLIP, min(CLIP, math.log(pc / pw)))
        used += 1
        raw.append(f"{cn.co(c, x)},{cn.co(w, x)},{cn.df(x)}")
    return total, used, f"{dc},{dw};" + " ".join(raw)


def candidates(cn, dic, w):
    out = []
    for c in g.edits1(w):
        if c in dic and cn.uni[c] >= C_MIN and not g.inflection(w, c) and c not in g.CLOSED:
            out.append(c)
    return out


def score_token(cn, dic, sent, i, only=None):
    w = sent[i]
    l = sent[i - 1] if i > 0 else "<s>"
    r = sent[i + 1] if i + 1 < len(sent) else "<s>"
    rows = []
    for c in ([only] if only else candidates(cn, dic, w)):
        lw, rw, prior = near(cn, l, w, c, r)
        if not only and lw + rw - prior < GATE:
            continue
        tp, used, raw = topic(cn, sent, i, c, w)
        rows.append((c, lw, rw, prior, tp, used, raw))
    return rows


def labeled_common():
    fx = ROOT / "tests/fixtures"
    for cat in sorted(fx.glob("typos-*.categories.tsv")):
        name = cat.name.split(".")[0].replace("typos-", "")
        if re.match(r"heldout(2[1-9]|[3-9]\d)", name):
            continue
        lines = (fx / (cat.name.replace(".categories.tsv", ".jsonl"))).read_text().splitlines()
        for row in cat.read_text().splitlines():
            if row.startswith("#"):
                continue
            f = row.split("\t")
            if f[1] != "common":
                continue
            text = json.loads(lines[int(f[0]) - 1])["text"]
            yield name, f[3], f[4], text


def shrunk_topic(raw, nsent, k):
    """The topic score from the dumped counts, each context word's co-occurrence with c and
    with w taken as observed over expected (the word's sentence rate times the candidate's
    sentences), shrunk by k sightings: a word c was never seen with says little when c is rare,
    where smoothing toward the base rate read every such silence as evidence against c."""
    head, _, rest = raw.partition(";")
    dc, dw = map(int, head.split(","))
    total = 0.0
    for triple in rest.split():
        cc, cw, dx = map(int, triple.split(","))
        base = dx / nsent
        v = math.log((cc + k) / (dc * base + k)) - math.log((cw + k) / (dw * base + k))
        total += max(-CLIP, min(CLIP, v))
    return total


def read_dump(path, slips):
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if slips:
            name, w, c, _e1, nw, nc, lw, rw, prior, _tp, _used, raw, sent = f
            key = (name, w)
        else:
            doc, w, c, nw, nc, lw, rw, prior, _tp, _used, raw, sent = f
            key = (doc, sent, w)
        yield key, w, c, float(lw), float(rw), float(prior), raw, sent


def score_dump(args):
    """Recall of the open-class one-edit slips against correct text's alarms, over a grid of
    the topic's weight, its shrinkage and the prior's weight; the gate is the dump's (the
    neighbours' naive Bayes without the prior at GATE)."""
    d = pathlib.Path(args.dump)
    nsent = int((d / "train.sentences").read_text())
    slips = [r for r in read_dump(d / "slips.tsv", True)
             if r[1].lower() not in g.CLOSED and r[2].lower() not in g.CLOSED and r[2].lower() in g.edits1(r[1].lower())]
    parts = args.parts.split(",")
    words = sum(int((d / f"{p}.words").read_text()) for p in parts)
    correct = [r for p in parts for r in read_dump(d / f"{p}.tsv", False)]
    print(f"{len(slips)} open-class one-edit slips; correct text {words:,} words")

    def score(r, k, tw, pw):
        _key, _w, _c, lw, rw, prior, raw, _sent = r
        nb = lw + rw - prior
        if nb < GATE:
            return None
        return nb + pw * prior + (tw * shrunk_topic(raw, nsent, k) if tw else 0.0)

    for k, tw, pw in [(1, 0, 0), (1, 1, 0), (3, 1, 0), (1, 2, 0), (1, 1, 0.5), (1, 0, 0.5)]:
        found = [s for s in (score(r, k, tw, pw) for r in slips) if s is not None]
        best = {}
        for r in correct:
            s = score(r, k, tw, pw)
            if s is not None and s > best.get(r[0], -99):
                best[r[0]] = s
        cells = []
        for th in (6, 8, 10, 12, 14):
            hit = sum(1 for s in found if s >= th)
            alarms = sum(1 for s in best.values() if s >= th)
            cells.append(f"{th}: {hit} / {alarms} ({alarms * 1000 / words:.2f})")
        print(f"k={k} topic x{tw} prior x{pw} | " + " | ".join(cells))
    if args.show is not None:
        # The alarms of the neighbours with half the prior at --show, and how many the document
        # veto would keep silent: the written word stands twice or more in its own case.
        alarms = {}
        for r in correct:
            s = score(r, 1, 0, 0.5)
            if s is not None and s >= args.show and s > alarms.get(r[0], (-99,))[0]:
                alarms[r[0]] = (s, r)
        vetoed = 0
        for s, r in sorted(alarms.values(), key=lambda x: -x[0]):
            (doc, sent, w), c = r[0], r[2]
            text = (pathlib.Path(args.calif) / (doc + ".txt")).read_text(encoding="utf-8", errors="replace")
            twice = len(re.findall(r"\b" + re.escape(w) + r"\b", text)) >= 2
            vetoed += twice
            words = sent.split()
            i = words.index(w)
            print(f"  {s:5.1f} {w} -> {c}{' (twice in its case)' if twice else ''}: {' '.join(words[max(0, i - 6):i + 6])}")
        print(f"{len(alarms)} alarms at {args.show}, {vetoed} with the written word twice in its case")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--calif", default="/tmp/m32/cal")
    ap.add_argument("--dump", default="/tmp/r41c/scores")
    ap.add_argument("--parts", default="calibrate,test")
    ap.add_argument("--score", action="store_true", help="read the dump and print the grid")
    ap.add_argument("--show", type=float, help="list correct text's alarms at this threshold")
    ap.add_argument("--train-share", type=int, default=1, help="learn from 1 training case in N")
    args = ap.parse_args()
    if args.score:
        score_dump(args)
        return
    dic = g.dictionary()
    cn = Counts(args.calif, args.train_share)
    out = pathlib.Path(args.dump)
    out.mkdir(parents=True, exist_ok=True)
    (out / "train.sentences").write_text(str(cn.nsent))
    # The slips: the intended word's scores against the written one.
    with open(out / "slips.tsv", "w") as f:
        for name, span, fix, text in labeled_common():
            for s in sentences(text):
                if span.lower() in s:
                    i = s.index(span.lower())
                    c = fix.lower()
                    in_edits = c in g.edits1(span.lower())
                    for (c2, lw, rw, prior, tp, used, raw) in score_token(cn, dic, s, i, only=c):
                        f.write(f"{name}\t{span}\t{fix}\t{int(in_edits)}\t{cn.uni[span.lower()]}\t{cn.uni[c]}\t{lw:.2f}\t{rw:.2f}\t{prior:.2f}\t{tp:.2f}\t{used}\t{raw}\t{' '.join(s)}\n")
                    break
    # Correct text: every content word's best candidate.
    for part in args.parts.split(","):
        words = 0
        with open(out / f"{part}.tsv", "w") as f:
            for p in sorted(pathlib.Path(args.calif).glob("*.txt")):
                if g.part_of_case(p.stem) != part:
                    continue
                for s in sentences(p.read_text(encoding="utf-8", errors="replace")):
                    words += len(s)
                    for i, w in enumerate(s):
                        if len(w) < 3 or w in g.CLOSED or w in cn.stop or w not in dic:
                            continue
                        for (c, lw, rw, prior, tp, used, raw) in score_token(cn, dic, s, i):
                            f.write(f"{p.stem}\t{w}\t{c}\t{cn.uni[w]}\t{cn.uni[c]}\t{lw:.2f}\t{rw:.2f}\t{prior:.2f}\t{tp:.2f}\t{used}\t{raw}\t{' '.join(s)}\n")
        print(f"{part}: {words:,} words", file=sys.stderr)
        (out / f"{part}.words").write_text(str(words))


if __name__ == "__main__":
    main()
