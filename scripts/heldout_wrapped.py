#!/usr/bin/env python3
"""Extract the held-out double-spaced opinions used to measure plead's layout handling.

The shared corpus /work/shared/corpus/wrapped/ (30 opinions) is what the layout-aware prose
view was developed on. This script writes 20 OTHER opinions of the same kind (federal
appellate opinions as the courts published their plain text: double-spaced, hard-wrapped,
page numbers and footnotes between lines), never used for tuning, so the rates in
docs/layout.md can be re-measured on text the code has not seen.

Source: CourtListener opinion JSON (`plain_text`, HTML entities decoded, nothing else
changed) in the public GitHub repository chansooligans/Federal-Appellate-Court-Opinions-Text-Analysis,
folder Midterm_Report/data/. Court opinions are public domain. Bring the repository here
with the session's `fetch` tool (github:chansooligans/Federal-Appellate-Court-Opinions-Text-Analysis)
or `git clone` it, then:

    scripts/heldout_wrapped.py REPO_GIT_DIR OUT_DIR

REPO_GIT_DIR is a git directory (bare mirror or a checkout's .git). The selection is fixed
(HELD_OUT below); it was drawn once, deterministically: opinions whose plain text is
double-spaced (over 60% of non-blank lines followed by exactly one blank line), at least
1,500 words, not among the 30 shared ones, ordered by SHA-256 of their id, taken per source
as the shared set is made up (11 First Circuit 1990s text, 7 First Circuit PDF text,
2 Second Circuit). `--draw` repeats that draw and prints the ids.
"""
import hashlib
import html
import json
import os
import subprocess
import sys

# The 30 opinions of /work/shared/corpus/wrapped/ (see its SOURCES.md): never held out.
SHARED = {
    "194489", "195148", "180433", "173472", "194744", "150887", "194476", "194513", "150187",
    "195226", "181604", "174118", "150720", "177009", "705", "195103", "195187", "194511",
    "194616", "148516", "175077", "181605", "195350", "174119", "194798", "195399", "151657",
    "194621", "195230", "195361",
}

# The held-out selection (drawn with --draw; fixed so the figures can be re-run).
HELD_OUT = [
    "195223", "195168", "2736", "195300", "195462", "194514", "195438", "194478", "182273", "195145",
    "194527", "195127", "194529", "180394", "150524", "149262", "174993", "148956", "149043", "2665",
]

FOLDER = "Midterm_Report/data/"


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], capture_output=True, text=True, check=True).stdout


def plain_text(repo, opinion_id):
    raw = git(repo, "show", f"HEAD:{FOLDER}{opinion_id}.json")
    data = json.loads(raw)
    return data, html.unescape(data.get("plain_text") or "")


def double_spaced_ratio(text):
    lines = text.split("\n")
    nonblank = [i for i, l in enumerate(lines) if l.strip()]
    if not nonblank:
        return 0.0
    ds = sum(1 for i in nonblank if i + 2 < len(lines) and not lines[i + 1].strip() and lines[i + 2].strip())
    return ds / len(nonblank)


def source_kind(url):
    if "ca2" in url:
        return "ca2"
    if "getopn" in url:
        return "ca1-text"
    return "ca1-pdf"


def draw(repo):
    quota = {"ca1-text": 11, "ca1-pdf": 7, "ca2": 2}
    names = git(repo, "ls-tree", "--name-only", "HEAD", FOLDER).split()
    ids = [n[len(FOLDER):-5] for n in names if n.endswith(".json")]
    ids = [i for i in ids if i not in SHARED]
    ids.sort(key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    chosen = []
    for opinion_id in ids:
        try:
            data, text = plain_text(repo, opinion_id)
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            continue
        if len(text.split()) < 1500 or double_spaced_ratio(text) <= 0.6:
            continue
        kind = source_kind(data.get("download_url") or "")
        if quota.get(kind, 0) > 0:
            quota[kind] -= 1
            chosen.append(opinion_id)
        if not any(quota.values()):
            break
    return chosen


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--draw":
        print(json.dumps(draw(sys.argv[2])))
        return
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    repo, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rows = []
    for opinion_id in HELD_OUT:
        data, text = plain_text(repo, opinion_id)
        with open(os.path.join(out, f"{opinion_id}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        rows.append((opinion_id, data.get("absolute_url", ""), len(text.split())))
    with open(os.path.join(out, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("# Held-out double-spaced opinions (public domain)\n\n")
        f.write("Written by scripts/heldout_wrapped.py from CourtListener JSON `plain_text` in\n")
        f.write("chansooligans/Federal-Appellate-Court-Opinions-Text-Analysis, Midterm_Report/data/.\n\n")
        f.write("| file | CourtListener path | words |\n|---|---|---|\n")
        for opinion_id, url, words in rows:
            f.write(f"| {opinion_id}.txt | {url} | {words} |\n")
    print(f"wrote {len(rows)} opinions to {out}")


if __name__ == "__main__":
    main()
