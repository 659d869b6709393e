#!/usr/bin/env python3
"""eyecite's full case citations in a PDF's text, for tests/fixtures/pdf/*.eyecite.json.

The text is pypdf's (not plead's), each page cleaned with eyecite's own
`clean_text(..., ["all_whitespace"])` (as eyecite's documentation advises for text
extracted from PDFs: a citation broken over two lines is then one) and joined page after
page, so the list is independent of plead's PDF reading; each citation carries the
1-based page pypdf found it on.

Usage (eyecite and pypdf from PyPI in a throwaway venv):
    python3 -m venv /tmp/eyevenv && /tmp/eyevenv/bin/pip install eyecite pypdf
    /tmp/eyevenv/bin/python scripts/eyecite_pdf.py tests/fixtures/pdf/ca9_19.pdf \
        > tests/fixtures/pdf/ca9_19.eyecite.json

With `--compare PLEAD.jsonl` (the output of `plead cites --format json` on the same
PDF) it prints instead how plead's full case citations line up with eyecite's: the
counts, then every citation one has and the other lacks, and every page that differs
(plead names the page a citation begins on, eyecite the page of its reporter):
    plead cites --format json brief.pdf > /tmp/brief.jsonl
    /tmp/eyevenv/bin/python scripts/eyecite_pdf.py brief.pdf --compare /tmp/brief.jsonl
"""
import bisect
import difflib
import json
import re
import sys
from importlib.metadata import version

import pypdf
from eyecite import clean_text, get_citations
from eyecite.models import FullCaseCitation


def eyecite_cases(path):
    reader = pypdf.PdfReader(path)
    text, starts = "", []
    for page in reader.pages:
        starts.append(len(text))
        text += clean_text(page.extract_text() or "", ["all_whitespace"]) + " "
    citations = []
    for c in get_citations(text):
        if not isinstance(c, FullCaseCitation):
            continue
        groups = c.groups
        try:
            reporter = c.corrected_reporter()
        except Exception:  # noqa: BLE001 - eyecite raises on unknown editions
            reporter = groups.get("reporter")
        citations.append({
            "page": bisect.bisect_right(starts, c.span()[0]),
            "volume": groups.get("volume"),
            "reporter": reporter,
            "first_page": groups.get("page"),
            "text": c.matched_text(),
        })
    return citations


def compare(path, plead_jsonl):
    """Prints where plead's full case citations and eyecite's differ; returns 1 if they do."""
    squash = lambda s: re.sub(r"\s+", "", s or "")
    theirs = [((c["volume"], squash(c["reporter"]), c["first_page"] or "___"), c["page"], c["text"])
              for c in eyecite_cases(path)]
    ours = []
    with open(plead_jsonl, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("kind") != "full_case":
                continue
            reporter = r.get("reporter_standard") or r.get("reporter")
            ours.append(((r["volume"], squash(reporter), r["first_page"]), r["page"], r["text"][:80]))
    print(f"plead {len(ours)} full case citations, eyecite {len(theirs)}")
    matcher = difflib.SequenceMatcher(a=[o[0] for o in ours], b=[t[0] for t in theirs], autojunk=False)
    differs = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for o, t in zip(ours[i1:i2], theirs[j1:j2]):
                if o[1] != t[1]:
                    print(f"page: plead {o[1]}, eyecite {t[1]}: {o[2]}")
            continue
        differs += 1
        for o in ours[i1:i2]:
            print(f"only plead (page {o[1]}): {o[2]}")
        for t in theirs[j1:j2]:
            print(f"only eyecite (page {t[1]}): {t[2]}")
    return 1 if differs else 0


def main(path):
    print(json.dumps({
        "eyecite": version("eyecite"),
        "pypdf": version("pypdf"),
        "command": "scripts/eyecite_pdf.py " + path.split("/")[-1],
        "citations": eyecite_cases(path),
    }, indent=1))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[2] == "--compare":
        sys.exit(compare(sys.argv[1], sys.argv[3]))
    main(sys.argv[1])
