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
"""
import bisect
import json
import sys
from importlib.metadata import version

import pypdf
from eyecite import clean_text, get_citations
from eyecite.models import FullCaseCitation


def main(path):
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
    print(json.dumps({
        "eyecite": version("eyecite"),
        "pypdf": version("pypdf"),
        "command": "scripts/eyecite_pdf.py " + path.split("/")[-1],
        "citations": citations,
    }, indent=1))


if __name__ == "__main__":
    main(sys.argv[1])
