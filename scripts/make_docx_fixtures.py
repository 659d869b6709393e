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
import json
import random
import re
import zipfile
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


def new_document(header):
    """An empty document with fixed metadata (so the fixture bytes do not change from
    run to run) and the running head and footer plead must treat as furniture."""
    doc = Document()
    props = doc.core_properties
    props.author = "plead fixtures"
    props.created = props.modified = datetime.datetime(2020, 1, 2)
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = "Page"
    return doc


def build(name, sources, header, seed):
    rng = random.Random(seed)
    paras = [p for src in sources for p in paragraphs(OPINIONS / src)]
    doc = new_document(header)
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


# ---------------------------------------------------------------------------
# Footnotes and endnotes. python-docx writes no notes part, so the notes are added
# to the saved package: word/footnotes.xml and word/endnotes.xml, their
# relationships and content types, and a w:footnoteReference / w:endnoteReference
# run where the opinion has its `[N]` mark.

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTE_MARK = re.compile(r"\[(\d+)\]")


def opinion_with_notes(path):
    """The opinion's body paragraphs and its notes ({number: [paragraphs]}): the
    trailing `[N] text` paragraphs; a paragraph without a mark continues the note."""
    paras = paragraphs(path)
    first = next(i for i, t in enumerate(paras) if re.match(r"\[1\] ", t))
    notes, current = {}, None
    for t in paras[first:]:
        m = re.match(r"\[(\d+)\] (.*)", t)
        if m:
            current = int(m.group(1))
            notes[current] = [m.group(2)]
        elif current is not None:
            notes[current].append(t)
    return paras[:first], notes


def xml_text(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def note_part(kind, notes):
    """footnotes.xml / endnotes.xml: the two separator notes Word always writes, then
    one note per entry, its first run the note's own reference mark."""
    tag = kind  # "footnote" | "endnote"
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag}s xmlns:w="{W_NS}">']
    out.append(f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>')
    out.append(f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
    for note_id, paras in notes:
        body = []
        for k, text in enumerate(paras):
            mark = f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Ref/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>' if k == 0 else ""
            # Split the note's text into runs too, as Word does after edits.
            runs = "".join(
                f'<w:r><w:t xml:space="preserve">{xml_text(text[a:b])}</w:t></w:r>'
                for a, b in zip(range(0, len(text), 23), range(23, len(text) + 23, 23))
            )
            body.append(f"<w:p>{mark}{runs}</w:p>")
        out.append(f'<w:{tag} w:id="{note_id}">{"".join(body)}</w:{tag}>')
    out.append(f"</w:{tag}s>")
    return "\n".join(out)


def add_notes_to_package(path, footnotes, endnotes):
    """Rewrites the saved .docx with the notes parts, deterministically."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["word/footnotes.xml"] = note_part("footnote", footnotes).encode()
    parts["word/endnotes.xml"] = note_part("endnote", endnotes).encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
        '<Relationship Id="rIdEn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
        "</Relationships>",
    )
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = parts["[Content_Types].xml"].decode()
    types = types.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
        '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
        "</Types>",
    )
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(parts, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 2, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])


def note_reference(paragraph, kind, note_id):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement(f"w:{kind}Reference")
    ref.set(qn("w:id"), str(note_id))
    r.append(ref)
    paragraph._p.append(r)


def build_with_notes(name, source, header, endnote_from, seed):
    """A .docx whose notes are real footnotes (and, from note `endnote_from` on,
    endnotes), with `w:lastRenderedPageBreak` every ~280 words and one explicit page
    break (`w:br w:type="page"`) before the opinion's first Roman-numeral heading.
    Writes the `.txt` twin (body, then the notes in reference order, as plead reads
    them) and `.notes.json`: for each note, the body paragraph (1-based, non-empty
    paragraphs) and the page its reference mark is on, counted here."""
    rng = random.Random(seed)
    body, notes = opinion_with_notes(OPINIONS / source)
    doc = new_document(header)
    twin, words, page = [], 0, 1
    footnotes, endnotes, expected = [], [], {}
    order = []  # note numbers in reference order
    explicit_done = False
    for index, text in enumerate(body, start=1):
        p = doc.add_paragraph()
        if not explicit_done and re.fullmatch(r"I\.", text):
            # An explicit page break at the end of the previous paragraph's last run.
            prev = doc.paragraphs[-2]
            br = OxmlElement("w:br")
            br.set(qn("w:type"), "page")
            r = OxmlElement("w:r")
            r.append(br)
            prev._p.append(r)
            page += 1
            words = 0
            explicit_done = True
            marker = False
        elif index > 1 and words // WORDS_PER_PAGE != (words + len(text.split())) // WORDS_PER_PAGE:
            page += 1
            marker = True
        else:
            marker = False
        pieces = NOTE_MARK.split(text)
        shown = ""
        for k, piece in enumerate(pieces):
            if k % 2 == 0:
                if piece:
                    add_runs(p, piece, rng)
                shown += piece
                continue
            number = int(piece)
            kind = "endnote" if number >= endnote_from else "footnote"
            note_id = number + 1  # ids 0 and -1 are the separators
            note_reference(p, kind, note_id)
            (endnotes if kind == "endnote" else footnotes).append((note_id, notes[number]))
            expected[f"{kind} {len(endnotes) if kind == 'endnote' else len(footnotes)}"] = {
                "source_note": number,
                "paragraph": index,
                "page": page,
            }
            order.append(number)
        if marker:
            first = p._p.find(qn("w:r"))
            if first is not None:
                first.insert(0, OxmlElement("w:lastRenderedPageBreak"))
        twin.append(shown)
        words += len(text.split())
    footnote_numbers = [n for n in order if n < endnote_from]
    endnote_numbers = [n for n in order if n >= endnote_from]
    for n in footnote_numbers + endnote_numbers:
        twin.extend(notes[n])
    OUT.mkdir(parents=True, exist_ok=True)
    doc.save(OUT / f"{name}.docx")
    add_notes_to_package(OUT / f"{name}.docx", footnotes, endnotes)
    (OUT / f"{name}.txt").write_text("\n\n".join(twin) + "\n", encoding="utf-8")
    (OUT / f"{name}.notes.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build("tayag-v-lahey", ["020-tayag-v-lahey-clinic.txt"], "TAYAG v. LAHEY CLINIC HOSPITAL, INC.", 20)
    build(
        "first-circuit-50-pages",
        ["011-ffrf-v-hanover-school-district.txt", "012-mfa-boston-v-seger-thomschitz.txt"],
        "FIRST CIRCUIT OPINIONS",
        11,
    )
    build_with_notes(
        "animal-welfare-notes",
        "014-animal-welfare-inst-v-martin.txt",
        "ANIMAL WELFARE INSTITUTE v. MARTIN, 623 F.3d 19",
        13,
        14,
    )
