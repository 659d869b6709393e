#!/usr/bin/env python3
"""Turn the citation-extraction expectations of eyecite's test suite into test data.

Usage: scripts/gen_eyecite_cases.py EYECITE_CHECKOUT [COMMIT]

EYECITE_CHECKOUT is a clone (or bare mirror) of https://github.com/freelawproject/eyecite
(BSD-2-Clause). The script reads tests/test_FindTest.py at COMMIT (default HEAD) with
`git show`, walks its syntax tree, and evaluates each `test_pairs = (...)` / `pairs = [...]`
literal with stand-in factories that record what a test expects (no eyecite code runs and
none is copied). It writes tests/fixtures/eyecite/find_cases.jsonl, one object per input text:

  {"test": "test_find_citations", "text": ..., "html": bool,
   "full": [{"volume", "reporter", "reporter_found", "page", "pin", "year", "court",
             "plaintiff", "defendant"}],
   "others": ["short_case", "id", ...]}

`full` holds the full case citations eyecite's test expects in that text (volume, reporter
as corrected and as found, first page or null for a blank `___` page, pin cite, year, court
id); `others` the kinds of the other citations it expects (short forms, Id., supra, laws,
journals). A text whose expectations list no citation at all is kept: it must yield none.
test_custom_tokenizer is left out: it replaces eyecite's tokenizer with one that reads `,`
as `.`, which no text calls for.
Texts given as HTML (`clean_steps: html`) are reduced to their text the way a reader sees it
(tags dropped, whitespace collapsed); `html` marks them.
"""
import ast
import html
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "eyecite", "find_cases.jsonl")
TEST_FILE = "tests/test_FindTest.py"


def full(source_text=None, page="1", reporter="U.S.", volume="1", short=False, **kw):
    meta = dict(kw.get("metadata") or {})
    groups = dict(kw.get("groups") or {})
    if reporter == "U.S.":
        meta.setdefault("court", "scotus")
    year = kw.get("year")
    if year is None and meta.get("year"):
        year = int(str(meta["year"])[:4])
    if short:
        return {"kind": "short_case", "volume": volume, "reporter": reporter, "page": page}
    return {
        "kind": "full_case",
        "volume": groups.get("volume", volume),
        "reporter": reporter,
        "reporter_found": kw.get("reporter_found") or groups.get("reporter") or reporter,
        "page": groups.get("page", page),
        "pin": meta.get("pin_cite"),
        "year": year,
        "court": meta.get("court"),
        "plaintiff": meta.get("plaintiff"),
        "defendant": meta.get("defendant"),
    }


def other(kind):
    return lambda *a, **kw: {"kind": kind}


NAMESPACE = {
    "case_citation": full,
    "id_citation": other("id"),
    "supra_citation": other("supra"),
    "reference_citation": other("reference"),
    "unknown_citation": other("unknown"),
    "law_citation": other("law"),
    "journal_citation": other("journal"),
    "datetime": __import__("datetime").datetime,
    "EDITIONS_LOOKUP": {},
}


def evaluate(node):
    try:
        return eval(compile(ast.Expression(node), TEST_FILE, "eval"), dict(NAMESPACE))
    except Exception:
        return None


def plain(markup):
    text = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(html.unescape(text).split())


def cases_of(test_name, value):
    for pair in value:
        if not isinstance(pair, (tuple, list)) or len(pair) < 2 or not isinstance(pair[0], str):
            continue
        text, expected = pair[0], pair[1]
        if isinstance(expected, dict):
            expected = [expected]
        if not isinstance(expected, list):
            continue
        options = pair[2] if len(pair) > 2 and isinstance(pair[2], dict) else {}
        is_html = "html" in options.get("clean_steps", [])
        if is_html:
            text = plain(text)
        elif "all_whitespace" in options.get("clean_steps", []):
            text = " ".join(text.split())
        yield {
            "test": test_name,
            "text": text,
            "html": is_html,
            "full": [e for e in expected if e.get("kind") == "full_case"],
            "others": [e["kind"] for e in expected if e.get("kind") != "full_case"],
        }


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    repo, commit = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "HEAD")
    git_dir = repo if os.path.exists(os.path.join(repo, "HEAD")) else os.path.join(repo, ".git")
    source = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{TEST_FILE}"],
                            check=True, capture_output=True, text=True).stdout
    resolved = subprocess.run(["git", "--git-dir", git_dir, "rev-parse", commit],
                              check=True, capture_output=True, text=True).stdout.strip()
    tree = ast.parse(source)
    rows = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test_"):
            continue
        # That test swaps eyecite's own tokenizer for one that reads `,` as `.` (`1 U,S, 1`).
        if fn.name == "test_custom_tokenizer":
            continue
        for node in ast.walk(fn):
            if not isinstance(node, ast.Assign) or len(node.targets) != 1:
                continue
            target = node.targets[0]
            if not (isinstance(target, ast.Name) and target.id in ("test_pairs", "pairs")):
                continue
            value = evaluate(node.value)
            if value is None:
                continue
            rows.extend(cases_of(fn.name, value))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_full = sum(len(r["full"]) for r in rows)
    print(f"{len(rows)} texts, {n_full} full case citations expected (eyecite {resolved[:12]})")


if __name__ == "__main__":
    main()
