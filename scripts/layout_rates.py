#!/usr/bin/env python3
"""Findings per 1,000 words on hard-wrapped, double-spaced text: how much the layout costs.

    scripts/layout_rates.py [--plead BIN] [--list] FILE_OR_DIR...

Runs `plead check --format json` (BIN, default target/debug/plead) on the .txt files given
(folders: every .txt inside) and prints, over all of them:

  words                the words of the source (whitespace-separated tokens with a letter)
  layout citation      `citation/parentheses` and `citation/court-year-missing` findings
                       on a line followed by a blank line, a page number or other
                       furniture, with no ")" after them on that line, or spanning such a
                       break: the citations the layout cut in two ("329 F.3d 253, 265 (1st" ⏎ ⏎ "Cir. 2003).")
  all but §/T6         every finding except `citation/section-sign` and
                       `citation/case-name-abbreviation` (Bluebook T6)
  per code             the same findings by rule, and how many of them touch a line
                       break with a blank line after it (layout-adjacent)

each as a count and per 1,000 words. `--list` prints every counted finding with its text.
Run it on the shared set and on the held-out set (scripts/heldout_wrapped.py), with a
binary built before and after a change, to compare. docs/layout.md has the figures.
"""
import collections
import signal
import json
import os
import re
import subprocess
import sys

CITATION_LAYOUT_CODES = {"citation/parentheses", "citation/court-year-missing"}
EXCLUDED = {"citation/section-sign", "citation/case-name-abbreviation"}

FURNITURE = re.compile(
    r"^\s*(?:-\s*\d{1,4}\s*-|\d{1,4}|page\s+\d+(?:\s+of\s+\d+)?|\d+\s+of\s+\d+"
    r"|case[: ]\s*\S+\s+document.*)\s*$",
    re.IGNORECASE,
)


def files_of(args):
    for a in args:
        if os.path.isdir(a):
            for name in sorted(os.listdir(a)):
                if name.endswith(".txt"):
                    yield os.path.join(a, name)
        else:
            yield a


def utf16_to_index(line, units):
    """Index into `line` (a str) of the UTF-16 offset `units`."""
    count = 0
    for i, ch in enumerate(line):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(line)


def is_gap_line(line):
    line = line.replace("\x0c", " ")
    return not line.strip() or bool(FURNITURE.match(line))


def breaks_after(lines, n):
    """Whether line n is followed by a blank line or furniture (a layout break)."""
    return n + 1 < len(lines) and is_gap_line(lines[n + 1])


def layout_adjacent(lines, rng):
    s, e = rng["start"], rng["end"]
    if e["line"] > s["line"]:
        # Spans a break: any blank or furniture line inside, or a line ending before one.
        if any(is_gap_line(lines[k]) for k in range(s["line"] + 1, e["line"])):
            return True
        return any(breaks_after(lines, k) for k in range(s["line"], e["line"]))
    line = lines[e["line"]] if e["line"] < len(lines) else ""
    end = utf16_to_index(line, e["character"])
    # The line breaks before the parenthesis closes: what is left of the line after the
    # finding (`(19-` before `85)`, `Inc., 477` before `U.S. 242, 255 (1986))`) closes none.
    return ")" not in line[end:] and breaks_after(lines, e["line"])


def excerpt(lines, rng):
    s, e = rng["start"], rng["end"]
    if s["line"] == e["line"]:
        line = lines[s["line"]]
        return line[utf16_to_index(line, s["character"]):utf16_to_index(line, e["character"])]
    first = lines[s["line"]][utf16_to_index(lines[s["line"]], s["character"]):]
    last = lines[e["line"]][: utf16_to_index(lines[e["line"]], e["character"])]
    middle = [l.strip() for l in lines[s["line"] + 1:e["line"]]]
    return " ⏎ ".join([first.strip(), *middle, last.strip()])


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    args = sys.argv[1:]
    plead = "target/debug/plead"
    listing = False
    if "--plead" in args:
        i = args.index("--plead")
        plead = args[i + 1]
        del args[i:i + 2]
    if "--list" in args:
        listing = True
        args.remove("--list")
    paths = list(files_of(args))
    if not paths:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    run = subprocess.run([plead, "check", "--format", "json", *paths], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"plead check failed ({run.returncode}): {run.stderr.strip()}")
    words = 0
    layout_citation = 0
    counted = 0
    by_code = collections.Counter()
    adjacent_by_code = collections.Counter()
    listed = []
    for row in run.stdout.splitlines():
        doc = json.loads(row)
        with open(doc["path"], encoding="utf-8", errors="replace") as f:
            text = f.read()
        # LSP lines: a form feed is not a line break (is_gap_line treats it as blank).
        lines = re.split(r"\r\n|\r|\n", text)
        words += sum(1 for w in text.split() if re.search(r"[A-Za-z]", w))
        for d in doc["diagnostics"]:
            code = d.get("code", "")
            if code in EXCLUDED:
                continue
            adjacent = layout_adjacent(lines, d["range"])
            counted += 1
            by_code[code] += 1
            if adjacent:
                adjacent_by_code[code] += 1
            if code in CITATION_LAYOUT_CODES and adjacent:
                layout_citation += 1
            if listing:
                mark = "LAYOUT" if adjacent else "      "
                name = os.path.basename(doc["path"])
                line = d["range"]["start"]["line"] + 1
                listed.append(f"{name}:{line} {mark} {code} {excerpt(lines, d['range'])[:90]!r}")
    per_k = lambda n: 1000.0 * n / max(words, 1)
    print(f"files {len(paths)}  words {words}")
    print(f"layout citation findings     {layout_citation:5d}  {per_k(layout_citation):.3f} per 1,000 words")
    print(f"all findings but § and T6    {counted:5d}  {per_k(counted):.3f} per 1,000 words")
    print("per code (count, per 1,000 words, of them at a layout break):")
    for code, n in by_code.most_common():
        print(f"  {code:40s} {n:5d}  {per_k(n):.3f}  {adjacent_by_code[code]:5d}")
    for line in listed:
        print(line)


if __name__ == "__main__":
    main()
