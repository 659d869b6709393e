#!/usr/bin/env python3
"""Builds the precision corpus (tests/fixtures/precision/docs/) from public repositories.

Every document is real legal writing that no one on the project wrote: court opinions,
agency decisions (Board of Veterans' Appeals, USCIS Administrative Appeals Office, Board of
Tax Appeals, Tax Court), state attorney-general opinions, and filings from federal dockets.
Court opinions and works of federal and state governments carry no copyright; each
document's source (repository, commit, path) is written to SOURCES.md and corpus.tsv.

Input: git snapshots of the source repositories, as the `fetch` tool leaves them under
/work/.mirror/<owner>+<name>/repo (override with --mirrors). Nothing is downloaded here.
Needs `pdftotext` (poppler-utils) for the PDF sources.

The text is kept as the source gives it (OCR errors, layout, typos of the originals are
the point: false alarms are measured on real text). Conversions, all mechanical:
- CAP casebody XML: one paragraph per block element, blank line between; star paging kept
  inline as `*NNN`; footnote marks `[n]`, footnote bodies start `[n] `; block quotations
  (`<blockquote>`) indented four spaces, as a plain-text export marks them.
- CourtListener opinion JSON: the `plain_text` field verbatim (HTML entities decoded).
- PDF: `pdftotext` (reading order; `-layout` for pleading paper, to keep its line
  numbers at the margin), form feeds kept as page breaks.

Usage: scripts/precision/build_corpus.py [--mirrors DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

PUBLIC_DOMAIN = "public domain (court opinion / government work)"
FILING = "public court record (filing on a public docket)"


@dataclass
class Doc:
    id: str
    split: str  # "dev" or "heldout"
    kind: str  # opinion, agency-decision, ag-opinion, filing, ...
    court: str
    title: str
    repo: str
    commit: str
    path: str
    form: str  # how the text was made (extractor)
    licence: str = PUBLIC_DOMAIN
    line: int = 0  # 1-based line of a JSON-lines file


CL = "freelawproject/courtlistener"
CAP_ASSETS = "cl/corpus_importer/test_assets/"
CHAN = "chansooligans/Federal-Appellate-Court-Opinions-Text-Analysis"
BVA = "LLTLab/VetClaims-JSON"
BVA_DIR = "PTSD Dataset 50 Original Text Files/"
AAO = "BU-Spark/CS506-Fall2020-Projects"
AAO_COMMIT = "c6dff536a44353d13fb87681dae1e586d48fae9b"
AAO_DIR = "t_visa_trends_team2/506_dataset/pdfs/"
DOCTOR = "freelawproject/doctor"
EYECITE = "freelawproject/eyecite"
TESTOCK = "testock/SMAA2020_team_1"

# Documents the issue (19) quotes from are development documents: the helpers fixing
# those examples tune on them. The held-out part is measured, never tuned on.
DOCS = [
    # Each document's split is its second field (see SOURCES.md for what the splits mean).
    Doc("bta-baron", "dev", "agency-decision", "Board of Tax Appeals",
        "Appeal of Baron, 1 B.T.A. 15 (1924)", CL,
        "6ec9f444fc77d0d013852ffee4fb224b979e396d", CAP_ASSETS + "bta_case_2.json", "cap"),
    Doc("bta-hamilton-chambers", "dev", "agency-decision", "Board of Tax Appeals",
        "Appeal of Hamilton & Chambers Co., 1 B.T.A. 694 (1925)", CL,
        "ed10dfc05fddf44a12aba2f712f3da83539a9e03", CAP_ASSETS + "cases/case_3.json", "cap"),
    Doc("tc-estate-of-robinson", "heldout", "opinion", "United States Tax Court",
        "Estate of Robinson v. Commissioner, 1 T.C. 19 (1942)", CL,
        "6ec9f444fc77d0d013852ffee4fb224b979e396d",
        CAP_ASSETS + "tax_court_duplicate_0.json", "cap"),
    Doc("scotus-permanent-mission-india", "dev", "opinion", "Supreme Court of the United States",
        "Permanent Mission of India v. City of New York, 551 U.S. 193 (2007)", CL,
        "808edb93b420aa88fd9a51526053c6b217d0a2cf", CAP_ASSETS + "joined_by_example.json",
        "cap"),
    Doc("dc-grier", "dev", "opinion", "District of Columbia Court of Appeals",
        "Grier v. United States, 381 A.2d 3 (D.C. 1977)", CL,
        "808edb93b420aa88fd9a51526053c6b217d0a2cf", CAP_ASSETS + "per_curiam_example.json",
        "cap"),
    Doc("ill-raecharla", "dev", "opinion", "Appellate Court of Illinois",
        "Raecharla v. Kudaravalli, 359 Ill. App. 3d 925 (2005)", TESTOCK,
        "bd1c98acef90", "dataset/sample_dataset.jsonl", "cap-jsonl", line=2),
    Doc("ill-harris", "heldout", "opinion", "Appellate Court of Illinois",
        "People v. Harris, 359 Ill. App. 3d 931 (2005)", TESTOCK,
        "bd1c98acef90", "dataset/sample_dataset.jsonl", "cap-jsonl", line=3),
    Doc("ill-glisson", "dev", "opinion", "Appellate Court of Illinois",
        "People v. Glisson, 359 Ill. App. 3d 962 (2005)", TESTOCK,
        "bd1c98acef90", "dataset/sample_dataset.jsonl", "cap-jsonl", line=7),
    Doc("bva-1302554", "dev", "agency-decision", "Board of Veterans' Appeals",
        "BVA Citation Nr. 1302554 (2013)", BVA, "HEAD", BVA_DIR + "BVA1302554.txt", "text"),
    Doc("bva-1400029", "dev", "agency-decision", "Board of Veterans' Appeals",
        "BVA Citation Nr. 1400029 (2014)", BVA, "HEAD", BVA_DIR + "BVA1400029.txt", "text"),
    Doc("bva-1554165", "dev", "agency-decision", "Board of Veterans' Appeals",
        "BVA Citation Nr. 1554165 (2015)", BVA, "HEAD", BVA_DIR + "BVA1554165.txt", "text"),
    Doc("aao-9090470", "dev", "agency-decision", "USCIS Administrative Appeals Office",
        "In re 9090470 (AAO July 6, 2020), H-1B appeal", AAO, AAO_COMMIT,
        AAO_DIR + "file251.pdf", "pdf"),
    Doc("aao-8476282", "dev", "agency-decision", "USCIS Administrative Appeals Office",
        "In re 8476282 (AAO July 1, 2020), H-1B appeal", AAO, AAO_COMMIT,
        AAO_DIR + "file305.pdf", "pdf"),
    Doc("ag-al-2018-046", "heldout", "ag-opinion", "Attorney General of Alabama",
        "Ala. Att'y Gen. Op. 2018-046 (Aug. 13, 2018)", EYECITE,
        "1952933b7cee308f4b7a675aa92d0ac91ed070fb", "tests/assets/opinion_AL.txt", "text"),
    Doc("ca1-aponte-v-holder", "dev", "opinion", "U.S. Court of Appeals for the First Circuit",
        "Aponte v. Holder, No. 09-2408 (1st Cir. 2010), petition for review of the BIA", CHAN,
        "HEAD", "Midterm_Report/data/148955.json", "cl-plain"),
    Doc("dnj-mccrimmon", "dev", "opinion", "U.S. District Court for the District of New Jersey",
        "McCrimmon v. Johnson, No. 3:18-cv-16281 (D.N.J. June 30, 2020), ECF No. 32 (opinion)", DOCTOR,
        "0260927608ff07e0e3ecdae91ab8acf5f3b826e9",
        "doctor/test_assets/recap_issues/gov.uscourts.njd.387907.32.0.pdf", "pdf"),
    Doc("kan-miflin-v-stalker", "heldout", "opinion", "Supreme Court of Kansas",
        "Miflin v. Stalker, 4 Kan. 283 (1868)", CL,
        "6ec9f444fc77d0d013852ffee4fb224b979e396d", CAP_ASSETS + "syllabus_example.json",
        "cap"),
    Doc("ctcl-pierce", "heldout", "opinion", "Court of Claims",
        "Pierce v. United States, 7 Ct. Cl. 65 (1871)", CL,
        "e328468d79753235ed67ab8b1e5c10be119a97d6", CAP_ASSETS + "ibid_citation.json", "cap"),
    Doc("ill-dixon", "heldout", "opinion", "Appellate Court of Illinois",
        "People v. Dixon, 359 Ill. App. 3d 938 (2005)", TESTOCK,
        "bd1c98acef90", "dataset/sample_dataset.jsonl", "cap-jsonl", line=4),
    Doc("ill-thompson", "heldout", "opinion", "Appellate Court of Illinois",
        "People v. Thompson, 359 Ill. App. 3d 947 (2005)", TESTOCK,
        "bd1c98acef90", "dataset/sample_dataset.jsonl", "cap-jsonl", line=5),
    Doc("ill-washington", "heldout", "opinion", "Appellate Court of Illinois",
        "People v. Washington, 359 Ill. App. 3d 953 (2005)", TESTOCK,
        "bd1c98acef90", "dataset/sample_dataset.jsonl", "cap-jsonl", line=6),
    Doc("ill-mob-ventures", "dev", "opinion", "Appellate Court of Illinois",
        "Board of Directors v. Mob Ventures, L.L.C., 359 Ill. App. 3d 991 (2005)", TESTOCK,
        "bd1c98acef90", "dataset/sample_dataset.jsonl", "cap-jsonl", line=9),
    Doc("ill-addison", "heldout", "opinion", "Appellate Court of Illinois",
        "Addison v. Distinctive Homes, Ltd., 359 Ill. App. 3d 997 (2005)", TESTOCK,
        "bd1c98acef90", "dataset/sample_dataset.jsonl", "cap-jsonl", line=10),
    Doc("tc-bordelon", "dev", "opinion", "United States Tax Court",
        "Bordelon v. Commissioner, T.C. Memo. 2020-26", CL,
        "355684ab82f66bfdfb046207ccc68e0cd94c0ba0",
        "cl/assets/media/test/search/opinion_tax.pdf", "pdf"),
    Doc("bva-1315144", "heldout", "agency-decision", "Board of Veterans' Appeals",
        "BVA Citation Nr. 1315144 (2013)", BVA, "HEAD", BVA_DIR + "BVA1315144.txt", "text"),
    Doc("bva-1456911", "heldout", "agency-decision", "Board of Veterans' Appeals",
        "BVA Citation Nr. 1456911 (2014)", BVA, "HEAD", BVA_DIR + "BVA1456911.txt", "text"),
    Doc("bva-1630016", "heldout", "agency-decision", "Board of Veterans' Appeals",
        "BVA Citation Nr. 1630016 (2016)", BVA, "HEAD", BVA_DIR + "BVA1630016.txt", "text"),
    Doc("bva-1713615", "heldout", "agency-decision", "Board of Veterans' Appeals",
        "BVA Citation Nr. 1713615 (2017)", BVA, "HEAD", BVA_DIR + "BVA1713615.txt", "text"),
    Doc("bva-1742191", "heldout", "agency-decision", "Board of Veterans' Appeals",
        "BVA Citation Nr. 1742191 (2017)", BVA, "HEAD", BVA_DIR + "BVA1742191.txt", "text"),
    Doc("aao-11066036", "heldout", "agency-decision", "USCIS Administrative Appeals Office",
        "In re 11066036 (AAO Sept. 30, 2020), motion on an AAO decision", AAO, AAO_COMMIT,
        AAO_DIR + "file131.pdf", "pdf"),
    Doc("aao-9256848", "heldout", "agency-decision", "USCIS Administrative Appeals Office",
        "In re 9256848 (AAO July 2, 2020), H-1B appeal", AAO, AAO_COMMIT,
        AAO_DIR + "file222.pdf", "pdf"),
    Doc("aao-9605709", "heldout", "agency-decision", "USCIS Administrative Appeals Office",
        "In re 9605709 (AAO Sept. 28, 2020), H-1B appeal", AAO, AAO_COMMIT,
        AAO_DIR + "file133.pdf", "pdf"),
    Doc("aao-1857314", "heldout", "agency-decision", "USCIS Administrative Appeals Office",
        "In re 1857314 (AAO June 23, 2020), I-140 appeal", AAO, AAO_COMMIT,
        AAO_DIR + "file180.pdf", "pdf"),
    Doc("aao-6559292", "heldout", "agency-decision", "USCIS Administrative Appeals Office",
        "In re 6559292 (AAO Sept. 29, 2020), T visa (I-914) appeal", AAO, AAO_COMMIT,
        AAO_DIR + "file66.pdf", "pdf"),
    Doc("aao-8536053", "heldout", "agency-decision", "USCIS Administrative Appeals Office",
        "In re 8536053 (AAO June 12, 2020), U visa (I-918) appeal", AAO, AAO_COMMIT,
        AAO_DIR + "file331.pdf", "pdf"),
    Doc("aao-10064567", "heldout", "agency-decision", "USCIS Administrative Appeals Office",
        "In re 10064567 (AAO June 16, 2020), I-485 appeal", AAO, AAO_COMMIT,
        AAO_DIR + "file191.pdf", "pdf"),
    Doc("ag-al-2015-059", "dev", "ag-opinion", "Attorney General of Alabama",
        "Ala. Att'y Gen. Op. 2015-059 (Aug. 13, 2015)", EYECITE,
        "1952933b7cee308f4b7a675aa92d0ac91ed070fb", "tests/assets/opinions_AL2.txt", "text"),
    Doc("ag-ky-18-011", "heldout", "ag-opinion", "Attorney General of Kentucky",
        "Ky. Op. Att'y Gen. 18-011 (Aug. 16, 2018)", EYECITE,
        "1952933b7cee308f4b7a675aa92d0ac91ed070fb", "tests/assets/opinions_KY.txt", "text"),
    Doc("ca1-diaz-garcia-v-holder", "heldout", "opinion",
        "U.S. Court of Appeals for the First Circuit",
        "Díaz-García v. Holder, No. 09-1681 (1st Cir. 2010), petition for review of the BIA",
        CHAN, "HEAD", "Midterm_Report/data/149516.json", "cl-plain"),
    Doc("ca1-toribio-chavez-v-holder", "heldout", "opinion",
        "U.S. Court of Appeals for the First Circuit",
        "Toribio-Chavez v. Holder, No. 09-1760 (1st Cir. 2010), petition for review of the BIA",
        CHAN, "HEAD", "Midterm_Report/data/150276.json", "cl-plain"),
    Doc("ca1-hakim-v-holder", "heldout", "opinion",
        "U.S. Court of Appeals for the First Circuit",
        "Hakim v. Holder, No. 09-1692 (1st Cir. 2010), petition for review of the BIA",
        CHAN, "HEAD", "Midterm_Report/data/150361.json", "cl-plain"),
    Doc("sdny-hostess", "heldout", "opinion",
        "U.S. District Court for the Southern District of New York",
        "Hostess Brands bankruptcy appeal (BCT pension fund), No. 1:12-cv-05708-ER (S.D.N.Y. "
        "Sept. 27, 2013), ECF No. 11 (opinion; its first page is a scan without text)", DOCTOR,
        "0260927608ff07e0e3ecdae91ab8acf5f3b826e9",
        "doctor/test_assets/recap_issues/gov.uscourts.nysd.413741.11.0.pdf", "pdf"),
    Doc("cdcal-consumerinfo", "heldout", "opinion",
        "U.S. District Court for the Central District of California",
        "ConsumerInfo.com, Inc. v. Leon, No. 8:16-cv-01261 (C.D. Cal. Aug. 5, 2016), ECF No. 40 "
        "(order granting a preliminary injunction, on pleading paper)", DOCTOR, "5f305303199e935f2fdf8bc40d49290acd75b77c",
        "doctor/test_assets/recap_extract/gov.uscourts.cacd.652774.40.0.pdf", "pdf-layout"),
    Doc("ca9-zepeda-rivas-motion", "heldout", "filing", "U.S. Court of Appeals for the Ninth Circuit",
        "Zepeda Rivas v. Jennings, No. 20-16276 (9th Cir.), DktEntry 19 (the government's motion "
        "to stay proceedings, a party's filing)",
        DOCTOR, "653959bc77b4c5307faa021f36512a3fe8c7305e",
        "doctor/test_assets/recap_documents/ca9_19.pdf", "pdf", licence=FILING),
    Doc("ca8-xiang-letter", "heldout", "filing", "U.S. Court of Appeals for the Eighth Circuit",
        "United States v. Xiang, No. 22-1801 (8th Cir.), letter to the clerk (Jan. 19, 2023)",
        DOCTOR, "115b7ab46436c0292e1c9def87911eb50f80c048",
        "doctor/test_assets/recap_documents/ca8_.pdf", "pdf", licence=FILING),
]


def mirror_dir(mirrors: str, repo: str) -> str:
    return os.path.join(mirrors, repo.replace("/", "+"), "repo")


def git_show(mirrors: str, doc: Doc) -> bytes:
    git_dir = mirror_dir(mirrors, doc.repo)
    commit = doc.commit
    return subprocess.run(
        ["git", "-C", git_dir, "show", f"{commit}:{doc.path}"],
        check=True,
        capture_output=True,
    ).stdout


def resolved_commit(mirrors: str, doc: Doc) -> str:
    git_dir = mirror_dir(mirrors, doc.repo)
    out = subprocess.run(
        ["git", "-C", git_dir, "rev-parse", doc.commit],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip()


# --- CAP casebody XML -> text ------------------------------------------------------------

BLOCKS = {
    "parties", "docketnumber", "court", "decisiondate", "otherdate", "citation",
    "attorneys", "judges", "syllabus", "headnotes", "summary", "disposition", "history",
    "author", "p", "blockquote", "footnote", "correction", "seealso", "headnote",
}


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def inline_text(el: ET.Element) -> str:
    """Text of an element with page numbers and footnote marks kept inline."""
    parts: list[str] = []

    def walk(e: ET.Element) -> None:
        name = local(e.tag)
        if name == "page-number":
            parts.append(f" {''.join(e.itertext()).strip()} ")
        elif name == "footnotemark":
            parts.append(f"[{''.join(e.itertext()).strip()}]")
        else:
            if e.text:
                parts.append(e.text)
            for child in e:
                walk(child)
                if child.tail:
                    parts.append(child.tail)

    walk(el)
    text = "".join(parts)
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def cap_to_text(xml: str) -> str:
    root = ET.fromstring(xml)
    blocks: list[str] = []

    def walk(e: ET.Element) -> None:
        for child in e:
            name = local(child.tag)
            if name == "footnote":
                label = child.get("label", "")
                inner = []
                for part in child:
                    inner.append(inline_text(part))
                body = " ".join(x for x in inner if x)
                blocks.append(f"[{label}] {body}" if label else body)
            elif name == "blockquote":
                text = inline_text(child)
                if text:
                    blocks.append("    " + text)
            elif name in BLOCKS:
                text = inline_text(child)
                if text:
                    blocks.append(text)
            else:
                walk(child)

    walk(root)
    return "\n\n".join(blocks) + "\n"


# --- extractors -------------------------------------------------------------------------


def pdf_to_text(data: bytes, layout: bool) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = os.path.join(tmp, "in.pdf")
        txt = os.path.join(tmp, "out.txt")
        with open(pdf, "wb") as f:
            f.write(data)
        args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, txt]
        subprocess.run(args, check=True, capture_output=True)
        with open(txt, encoding="utf-8") as f:
            text = f.read()
    # Trailing blanks carry no layout; a final form feed opens no page.
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.rstrip("\x0c\n") + "\n"


def extract(mirrors: str, doc: Doc) -> str:
    data = git_show(mirrors, doc)
    if doc.form == "cap":
        return cap_to_text(json.loads(data)["casebody"]["data"])
    if doc.form == "cap-jsonl":
        line = data.decode("utf-8").splitlines()[doc.line - 1]
        return cap_to_text(json.loads(line)["casebody"]["data"])
    if doc.form == "cl-plain":
        return html.unescape(json.loads(data)["plain_text"]).rstrip() + "\n"
    if doc.form == "pdf":
        return pdf_to_text(data, layout=False)
    if doc.form == "pdf-layout":
        return pdf_to_text(data, layout=True)
    if doc.form == "text":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Some Board of Veterans' Appeals files are Windows-1252 (the § sign as 0xA7).
            text = data.decode("cp1252")
        return text.replace("\r\n", "\n")
    raise ValueError(f"unknown form {doc.form}")


FORM_NOTES = {
    "cap": "Caselaw Access Project casebody XML, converted (see above)",
    "cap-jsonl": "Caselaw Access Project casebody XML (JSON lines), converted (see above)",
    "cl-plain": "CourtListener `plain_text` (the court's own text file), verbatim",
    "pdf": "pdftotext of the PDF (reading order)",
    "pdf-layout": "pdftotext -layout of the PDF (pleading paper, line numbers kept)",
    "text": "text file verbatim",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--out", default=os.path.join(ROOT, "tests/fixtures/precision"))
    args = ap.parse_args()
    docs_dir = os.path.join(args.out, "docs")
    os.makedirs(docs_dir, exist_ok=True)
    rows = []
    for doc in sorted(DOCS, key=lambda d: (d.split, d.id)):
        text = extract(args.mirrors, doc)
        with open(os.path.join(docs_dir, doc.id + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        commit = resolved_commit(args.mirrors, doc)
        words = len(text.split())
        rows.append((doc, commit, words))
        print(f"{doc.split:8} {doc.id:34} {words:6} words", file=sys.stderr)

    with open(os.path.join(args.out, "corpus.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tsplit\tkind\twords\tcourt\ttitle\trepository\tcommit\tpath\tform\tlicence\n")
        for doc, commit, words in rows:
            path = doc.path + (f"#{doc.line}" if doc.line else "")
            f.write(
                "\t".join(
                    [doc.id, doc.split, doc.kind, str(words), doc.court, doc.title, doc.repo,
                     commit, path, doc.form, doc.licence]
                )
                + "\n"
            )
    write_sources(args.out, rows)
    return 0


def write_sources(out: str, rows) -> None:
    total = {s: sum(w for d, _, w in rows if d.split == s) for s in ("dev", "heldout")}
    count = {s: sum(1 for d, _, _ in rows if d.split == s) for s in ("dev", "heldout")}
    lines = [
        "# Precision corpus — sources",
        "",
        "Real legal writing no one on the project wrote, for measuring false alarms "
        "(scripts/precision/, docs/precision.md). Built by `scripts/precision/build_corpus.py` "
        "from git snapshots of the public repositories named below; nothing in the text was "
        "corrected (OCR errors, typos and layout of the originals are kept on purpose).",
        "",
        "**Licence.** Court opinions and agency decisions are government edicts and carry no "
        "copyright; works of the federal government are excluded from copyright by "
        "17 U.S.C. § 105 (Board of Veterans' Appeals, USCIS Administrative Appeals Office, "
        "Tax Court, federal courts); state attorney-general opinions are official acts of a "
        "state. The two filings (`ca9-zepeda-rivas-motion`, `ca8-xiang-letter`) are public "
        "court records from public dockets, as served by the repositories' test assets "
        "(freelawproject/doctor, BSD-2-Clause). The repositories' own licences cover their "
        "code, not these public texts.",
        "",
        "**Splits.** `dev`: documents the issue quotes from or that helpers may look at while "
        "fixing rules. `heldout`: measured, never tuned on — do not read their findings "
        "while changing a rule; re-measure only.",
        "",
        f"- dev: {count['dev']} documents, {total['dev']} words (plus the 45 opinions in "
        "tests/fixtures/opinions, also dev)",
        f"- heldout: {count['heldout']} documents, {total['heldout']} words",
        "",
        "**Conversions** (mechanical): CAP casebody XML → one paragraph per block element "
        "with a blank line between, star paging kept inline (`*16`), footnote marks `[n]` and "
        "bodies starting `[n] `, `<blockquote>` paragraphs indented four spaces; CourtListener "
        "`plain_text` verbatim with HTML entities decoded; PDFs through pdftotext (poppler), "
        "`-layout` for pleading paper; trailing blanks trimmed; text files that are not UTF-8 "
        "decoded as Windows-1252 (some BVA files).",
        "",
        "| id | split | kind | words | court | document | source (repository @ commit : path) | text form |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for doc, commit, words in rows:
        path = doc.path + (f"#{doc.line}" if doc.line else "")
        lines.append(
            f"| {doc.id} | {doc.split} | {doc.kind} | {words} | {doc.court} | {doc.title} | "
            f"`{doc.repo}` @ `{commit[:12]}` : `{path}` | {FORM_NOTES[doc.form]} |"
        )
    lines.append("")
    with open(os.path.join(out, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
