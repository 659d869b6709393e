#!/usr/bin/env python3
"""Wrong-for-its-style forms put back into real passages (tests/fixtures/styles/eval/*/wrong.tsv).

Each row of wrong.tsv names a passage of the folder, a correct citation fragment that
occurs in it, the same fragment rewritten wrong for the passage's style, and the text
the style's fix should contain. For every row the script writes the passage with the
wrong form (under the same file name, in a scratch folder, so style detection sees the
same name) and runs `plead check --format json`. A row counts as:

  caught     a `citation/...` finding overlaps the wrong form and applying one of its
             fixes gives text that holds the expected text where the wrong form was;
  wrong-fix  a finding overlaps it, but no fix carries the expected text;
  missed     no `citation/...` finding overlaps it.

It also checks the untouched passage draws no `citation/...` finding over the correct
form (a false alarm on the correct form is reported as `noisy`).

    cargo build && python3 scripts/style_wrong_eval.py tests/fixtures/styles/eval/heldout3
"""
import csv
import json
import pathlib
import subprocess
import sys
import tempfile

PLEAD = pathlib.Path(__file__).resolve().parent.parent / "target" / "debug" / "plead"


def findings(path):
    out = subprocess.run(
        [str(PLEAD), "check", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    found = []
    for line in out.splitlines():
        if not line.strip():
            continue
        for d in json.loads(line).get("diagnostics", []):
            if d.get("code", "").startswith("citation/"):
                found.append(d)
    return found


def offset_of(text, line, character):
    # LSP positions count UTF-16 units; the passages are BMP text, so units == chars.
    lines = text.split("\n")
    return sum(len(l) + 1 for l in lines[:line]) + character


def overlapping(text, diags, start, end):
    hits = []
    for d in diags:
        s = offset_of(text, d["range"]["start"]["line"], d["range"]["start"]["character"])
        e = offset_of(text, d["range"]["end"]["line"], d["range"]["end"]["character"])
        if s < end and start < max(e, s + 1):
            hits.append(d)
    return hits


def apply_fix(text, fix):
    # Edits of one fix, applied from the end so earlier offsets stay valid.
    spans = []
    for e in fix.get("edits", []):
        r = e["range"]
        s = offset_of(text, r["start"]["line"], r["start"]["character"])
        t = offset_of(text, r["end"]["line"], r["end"]["character"])
        spans.append((s, t, e.get("newText", "")))
    for s, t, new in sorted(spans, reverse=True):
        text = text[:s] + new + text[t:]
    return text


def fixed_holds(text, d, start, end, want):
    # The window around the wrong form, after the fix, must hold the wanted text.
    for fx in d.get("fixes", []):
        fixed = apply_fix(text, fx)
        grow = len(fixed) - len(text)
        if want in fixed[max(0, start - 80) : end + max(grow, 0) + 80]:
            return True
    return False


def fix_texts(d):
    return [e.get("newText", "") for fx in d.get("fixes", []) for e in fx.get("edits", [])]


def main(folder):
    folder = pathlib.Path(folder)
    rows = list(csv.DictReader((folder / "wrong.tsv").open(encoding="utf-8"), delimiter="\t"))
    counts = {"caught": 0, "wrong-fix": 0, "missed": 0, "noisy": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for row in rows:
            text = (folder / row["file"]).read_text(encoding="utf-8")
            at = text.find(row["correct"])
            if at < 0:
                print(f"?? {row['file']}: correct form {row['correct']!r} not in passage")
                counts["missed"] += 1
                continue
            clean = overlapping(text, findings(folder / row["file"]), at, at + len(row["correct"]))
            if clean:
                counts["noisy"] += 1
                for d in clean:
                    print(f"  NOISY {row['file']}: {row['correct']!r} [{d['code']}] {d['message']}")
            wrong_text = text[:at] + row["wrong"] + text[at + len(row["correct"]):]
            scratch = pathlib.Path(tmp) / row["file"]
            scratch.write_text(wrong_text, encoding="utf-8")
            hits = overlapping(wrong_text, findings(scratch), at, at + len(row["wrong"]))
            if not hits:
                verdict = "missed"
            elif any(
                fixed_holds(wrong_text, d, at, at + len(row["wrong"]), row["fix"]) for d in hits
            ):
                verdict = "caught"
            else:
                verdict = "wrong-fix"
            counts[verdict] += 1
            detail = "; ".join(f"[{d['code']}] {d['message']} fix={fix_texts(d)}" for d in hits)
            print(f"{verdict:9} {row['file']}: {row['wrong']!r} (want {row['fix']!r}) {detail}")
    n = len(rows)
    print(
        f"TOTAL {n} wrong forms: {counts['caught']} caught with the style's fix, "
        f"{counts['wrong-fix']} flagged without it, {counts['missed']} missed; "
        f"{counts['noisy']} correct forms drew a finding"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/styles/eval/heldout3")
