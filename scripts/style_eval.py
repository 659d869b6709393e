#!/usr/bin/env python3
"""Citation-style findings on a folder of real text (tests/fixtures/styles/eval/).

Runs `plead cites --format json` and `plead check --format json` on each .txt file of
the folder and prints, per file, the style plead detected, the citations it found, and
every `citation/...` finding with its line, for a person to judge true or false for the
document's style. Last, the totals: citations, findings, findings per citation.

    cargo build && python3 scripts/style_eval.py tests/fixtures/styles/eval/heldout
"""
import json
import pathlib
import subprocess
import sys

PLEAD = pathlib.Path(__file__).resolve().parent.parent / "target" / "debug" / "plead"


def run(*args):
    out = subprocess.run(
        [str(PLEAD), *args], capture_output=True, text=True, check=False
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def main(folder):
    files = sorted(pathlib.Path(folder).glob("*.txt"))
    total_cites = total_findings = 0
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        cites = run("cites", "--format", "json", str(path))
        styles = sorted({c.get("style") for c in cites if c.get("style")})
        checked = run("check", "--format", "json", str(path))
        findings = [
            d
            for f in checked
            for d in f.get("diagnostics", [])
            if d.get("code", "").startswith("citation/")
        ]
        total_cites += len(cites)
        total_findings += len(findings)
        print(f"== {path.name}: {len(cites)} citations, {len(findings)} findings, style {styles}")
        for d in findings:
            start = d["range"]["start"]
            end = d["range"]["end"]
            line = lines[start["line"]] if start["line"] < len(lines) else ""
            lo = max(0, start["character"] - 60)
            span = line[start["character"] : end["character"]] if start["line"] == end["line"] else line[start["character"] :]
            fixes = "; ".join(
                e["newText"] for fx in d.get("fixes", []) for e in fx.get("edits", [])
            )
            print(f"  {start['line'] + 1}:{start['character'] + 1} [{d['code']}] {d['message']}")
            print(f"      span: {span!r}   fix: {fixes!r}")
            print(f"      ...{line[lo : end['character'] + 40]}...")
    rate = total_findings / total_cites if total_cites else 0.0
    print(f"TOTAL {len(files)} files, {total_cites} citations, {total_findings} citation findings, {rate:.3f} per citation")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/styles/eval/heldout")
