#!/usr/bin/env python3
"""Checks plead's page attribution on real PDFs against another reader's (pypdf's).

For each page pypdf reads, every third line longer than 40 characters gives a sample
(30 characters from its 6th on); a sample found exactly once in the text plead reads
(`cargo run --example pdf_pages`) must lie on the same physical page there. Prints the
samples that do not, and a count per file.

Usage (pypdf from PyPI in a throwaway venv; build the example first):
    python3 -m venv /tmp/eyevenv && /tmp/eyevenv/bin/pip install pypdf
    cargo build --example pdf_pages
    /tmp/eyevenv/bin/python scripts/pdf_page_check.py /work/shared/corpus/pdf/*.pdf tests/fixtures/pdf/*.pdf
"""
import bisect
import re
import subprocess
import sys
from pathlib import Path

import pypdf

EXAMPLE = Path(__file__).resolve().parent.parent / "target" / "debug" / "examples" / "pdf_pages"


def main(paths):
    for path in paths:
        run = subprocess.run([str(EXAMPLE), path], capture_output=True)
        name = Path(path).name
        if run.returncode:
            print(f"== {name}: not read ({run.stderr.decode().strip()})")
            continue
        text = run.stdout.decode()
        raw = run.stdout
        starts = [len(raw[: int(m.group(1))].decode())
                  for m in re.finditer(r"starts (\d+)", run.stderr.decode())]
        # plead's text with whitespace runs as one space, mapped back to its offsets.
        squeezed, where, blank = [], [], False
        for i, ch in enumerate(text):
            if ch.isspace():
                if blank:
                    continue
                ch, blank = " ", True
            else:
                blank = False
            squeezed.append(ch)
            where.append(i)
        squeezed = "".join(squeezed)
        checked = off = 0
        for number, page in enumerate(pypdf.PdfReader(path).pages, start=1):
            lines = [re.sub(r"\s+", " ", l).strip() for l in (page.extract_text() or "").split("\n")]
            lines = [l for l in lines if len(l) > 40]
            for line in lines[1:-1:3]:
                sample = line[5:35]
                hits = [m.start() for m in re.finditer(re.escape(sample), squeezed)]
                if len(hits) != 1:
                    continue
                checked += 1
                ours = bisect.bisect_right(starts, where[hits[0]])
                if ours != number:
                    off += 1
                    print(f"   {name}: pypdf page {number}, plead page {ours}: {sample!r}")
        print(f"== {name}: {checked} lines checked, {off} on another page")


if __name__ == "__main__":
    main(sys.argv[1:])
