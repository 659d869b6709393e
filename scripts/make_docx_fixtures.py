#!/usr/bin/env python3
"""Builds the .docx fixtures of tests/fixtures/docx/ from public court opinions.

Each .docx holds the opinion's paragraphs the way Word stores a document that was
edited for a while: runs split at arbitrary places, inside words and inside
citations (`F.Su` + `pp.2d`, `U.` + `S.`), some runs italic, six paragraphs moved
into a table, a tracked insertion and a tracked deletion, a running header and a
footer, and `w:lastRenderedPageBreak` marks where Word's last layout broke pages
(here: every ~280 words, as a double-spaced page). Next to it, the `.txt` twin is the
text Word would show with the changes accepted: the paragraphs, table cells in
reading order, blank lines between them, without the header and footer.

Usage (python-docx from PyPI in a throwaway venv):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install python-docx
    /tmp/venv/bin/python scripts/make_docx_fixtures.py

The sources are public-domain U.S. court opinions already in tests/fixtures/opinions/
(see its SOURCES.md). The output is deterministic (fixed seed, fixed timestamps).
"""

import datetime
import random
import re
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parent.parent
OPINIONS = ROOT / "tests" / "fixtures" / "opinions"
OUT = ROOT / "tests" / "fixtures" / "docx"

# Citation pieces Word is known to split runs inside.
SPLIT_INSIDE = re.compile(r"F\. ?Supp\. ?[23]?d|F\.[234]d|U\. ?S\.|S\. ?Ct\.|L\. ?Ed\. ?2d|§+")
WORDS_PER_PAGE = 280


def paragraphs(path):
    text = path.read_text(encoding="utf-8")
    out = []
    for block in re.split(r"\n\s*\n", text):
        joined = " ".join(line.strip() for line in block.splitlines() if line.strip())
        if joined:
            out.append(joined)
    return out


def cut_points(text, rng):
    cuts = set()
    at = 0
    while True:
        at += rng.randint(3, 14)
        if at >= len(text):
            break
        cuts.add(at)
    for m in SPLIT_INSIDE.finditer(text):
        if m.end() - m.start() > 1:
            cuts.add(m.start() + (m.end() - m.start()) // 2)
    return sorted(cuts)


def add_runs(paragraph, text, rng, page_break_before=False):
    bounds = [0] + cut_points(text, rng) + [len(text)]
    for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
        run = paragraph.add_run(text[a:b])
        if rng.random() < 0.15:
            run.italic = True
        if i == 0 and page_break_before:
            run._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))


def tracked(paragraph, inserted, deleted):
    """Appends a tracked insertion (accepted: read) and deletion (not read)."""
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "901")
    ins.set(qn("w:author"), "Editor")
    ins.set(qn("w:date"), "2020-01-02T00:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = inserted
    r.append(t)
    ins.append(r)
    paragraph._p.append(ins)
    dele = OxmlElement("w:del")
    dele.set(qn("w:id"), "902")
    dele.set(qn("w:author"), "Editor")
    dele.set(qn("w:date"), "2020-01-02T00:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = deleted
    r.append(t)
    dele.append(r)
    paragraph._p.append(dele)


def build(name, sources, header, seed):
    rng = random.Random(seed)
    paras = [p for src in sources for p in paragraphs(OPINIONS / src)]
    doc = Document()
    props = doc.core_properties
    props.author = "plead fixtures"
    props.created = props.modified = datetime.datetime(2020, 1, 2)
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = "Page"
    twin = []
    words = 0
    table_at = len(paras) // 2
    table_done = False
    tracked_at = len(paras) // 3
    i = 0
    while i < len(paras):
        if i == table_at and not table_done and i + 6 <= len(paras):
            table = doc.add_table(rows=3, cols=2)
            for k in range(6):
                cell = table.cell(k // 2, k % 2)
                add_runs(cell.paragraphs[0], paras[i + k], rng)
                twin.append(paras[i + k])
                words += len(paras[i + k].split())
            table_done = True
            i += 6
            continue
        text = paras[i]
        new_page = words // WORDS_PER_PAGE != (words + len(text.split())) // WORDS_PER_PAGE
        p = doc.add_paragraph()
        add_runs(p, text, rng, page_break_before=new_page and i > 0)
        if i == tracked_at:
            tracked(p, " (emphasis added)", " (emphasis in original)")
            text += " (emphasis added)"
        twin.append(text)
        words += len(text.split())
        i += 1
        if rng.random() < 0.1:
            doc.add_paragraph()  # empty spacing paragraphs, as drafts have
    OUT.mkdir(parents=True, exist_ok=True)
    doc.save(OUT / f"{name}.docx")
    (OUT / f"{name}.txt").write_text("\n\n".join(twin) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build("tayag-v-lahey", ["020-tayag-v-lahey-clinic.txt"], "TAYAG v. LAHEY CLINIC HOSPITAL, INC.", 20)
    build(
        "first-circuit-50-pages",
        ["011-ffrf-v-hanover-school-district.txt", "012-mfa-boston-v-seger-thomschitz.txt"],
        "FIRST CIRCUIT OPINIONS",
        11,
    )
