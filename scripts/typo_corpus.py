#!/usr/bin/env python3
"""Build the plain-text corpus of public-domain opinions that the typo data is learned from.

The corpus is not committed (tens of MB); it is rebuilt from git snapshots of public
repositories, and what is learned from it (data/realword.tsv, the lexicon candidates) is.

Sources (court opinions and agency decisions are government edicts: public domain;
works of the federal government are excluded from copyright by 17 U.S.C. § 105):
  * chansooligans/Federal-Appellate-Court-Opinions-Text-Analysis, Midterm_Report/data/*.json:
    ~1,100 CourtListener records of First and Second Circuit opinions (plain_text, or
    html_lawbox / html when that is all there is).
  * ielab/ussc-caselaw-collection, airs2017-collection/topic/*.json: 100 Supreme Court
    opinions (plain_text).
  * LLTLab/VetClaims-JSON, "PTSD Dataset 50 Original Text Files": 50 Board of Veterans'
    Appeals decisions.

Left out, so that measurements on them stay honest: every document of the shared
corpus (shared/corpus/opinions and wrapped, tests/fixtures/opinions) and of the
precision corpus (tests/fixtures/precision), listed below by source id.

Split: each document goes to `train` or `heldout` by a hash of its id (about 1 in 6
held out). Nothing is tuned on `heldout`: it measures false alarms and recall of the
learned model on opinions it never saw.

Parts of `heldout` (round 29): `parts.tsv` assigns each held-out document to `calibrate`
(thresholds may be set on it) or `test` (measured once at the end, never tuned on) by a
second hash of its id, so that `train` — and with it every learned row — stays as it was.
Caveat: realword_sets.py drew the sentences of typos-heldout3, dev2 and others from
`heldout` documents, so `test` shares documents with those labeled sets (as correct text).

Usage: python3 scripts/typo_corpus.py [--mirrors /work/.mirror] [--out target/typos-corpus]
Each mirror is the git directory the `fetch` tool brings (OWNER+NAME/repo).
"""
import argparse
import hashlib
import html
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Documents other measurements use (shared corpus, precision corpus): never learned from.
EXCLUDED = {
    "chansooligans": {
        # shared/corpus/opinions 010-028 (Archive/Progress_Reports/data ids)
        "178675", "179184", "177230", "150886", "177519", "150631", "183307", "182273",
        "148834", "176713", "183763", "179284", "2599", "2537", "355", "2433", "2649",
        "2472", "238466",
        # shared/corpus/wrapped 001-030 (Midterm_Report/data ids)
        "194489", "195148", "180433", "173472", "194744", "150887", "194476", "194513",
        "150187", "195226", "181604", "174118", "150720", "177009", "705", "195103",
        "195187", "194511", "194616", "148516", "175077", "181605", "195350", "174119",
        "194798", "195399", "151657", "194621", "195230", "195361",
        # precision corpus
        "148955", "149516", "150361", "150276",
    },
    # shared/corpus/opinions 006-009 (topic numbers)
    "ielab": {"3", "9", "37", "95"},
    # precision corpus (BVA citation numbers)
    "lltlab": {"1302554", "1315144", "1400029", "1456911", "1554165", "1630016",
               "1713615", "1742191"},
}

TAG = re.compile(r"<[^>]+>")
BLOCK = re.compile(r"</?(p|div|br|blockquote|h\d|li|tr|pre|center)[^>]*>", re.I)


def git_ls(repo, path):
    out = subprocess.run(["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD", path + "/"],
                         capture_output=True, text=True, check=True).stdout
    return [l for l in out.splitlines() if l]


def git_show(repo, path):
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"],
                          capture_output=True, check=True).stdout


def from_html(s):
    s = BLOCK.sub("\n\n", s)
    s = html.unescape(TAG.sub("", s))
    return re.sub(r"[ \t]+", " ", s)


def unwrap(text):
    """Hard-wrapped court text → one paragraph per line: joins lines, mends end-of-line
    hyphenation (`dis-`/`trict`), drops page numbers and form feeds."""
    text = text.replace("\f", "\n\n").replace("\r", "")
    paragraphs = re.split(r"\n\s*\n", text)
    out = []
    for p in paragraphs:
        lines = [l.strip() for l in p.split("\n")]
        lines = [l for l in lines if l and not re.fullmatch(r"-?\s*\d{1,3}\s*-?", l)]
        if not lines:
            continue
        joined = lines[0]
        for l in lines[1:]:
            if re.search(r"[a-z]-$", joined) and l[:1].islower():
                joined = joined[:-1] + l
            else:
                joined += " " + l
        out.append(re.sub(r"\s+", " ", joined))
    return "\n\n".join(out)


def chansooligans(repo):
    for path in git_ls(repo, "Midterm_Report/data"):
        if not path.endswith(".json"):
            continue
        doc_id = pathlib.Path(path).stem
        if doc_id in EXCLUDED["chansooligans"]:
            continue
        try:
            d = json.loads(git_show(repo, path))
        except (json.JSONDecodeError, subprocess.CalledProcessError):
            continue
        if d.get("html_lawbox"):
            text = from_html(d["html_lawbox"])
        elif d.get("plain_text"):
            text = unwrap(html.unescape(d["plain_text"]))
        elif d.get("html"):
            text = from_html(d["html"])
        else:
            continue
        yield f"ca-{doc_id}", text


def ielab(repo):
    for path in git_ls(repo, "airs2017-collection/topic"):
        topic = pathlib.Path(path).stem
        if topic in EXCLUDED["ielab"]:
            continue
        try:
            d = json.loads(git_show(repo, path))
        except (json.JSONDecodeError, subprocess.CalledProcessError):
            continue
        if d.get("plain_text"):
            yield f"scotus-{topic}", unwrap(d["plain_text"])


def lltlab(repo):
    for path in git_ls(repo, "PTSD Dataset 50 Original Text Files"):
        m = re.search(r"BVA(\d+)\.txt$", path)
        if not m or m.group(1) in EXCLUDED["lltlab"]:
            continue
        raw = git_show(repo, path)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        yield f"bva-{m.group(1)}", unwrap(text)


def split_of(doc_id):
    return "heldout" if hashlib.sha1(doc_id.encode()).digest()[0] % 6 == 0 else "train"


def part_of(doc_id):
    # A hash other than split_of's, so the two parts are independent of the train/heldout cut.
    return "test" if hashlib.sha1(("part" + doc_id).encode()).digest()[0] % 2 == 0 else "calibrate"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--out", default=str(ROOT / "target/typos-corpus"))
    args = ap.parse_args()
    mirrors = pathlib.Path(args.mirrors)
    out = pathlib.Path(args.out)
    for split in ("train", "heldout"):
        (out / split).mkdir(parents=True, exist_ok=True)
    sources = [
        ("chansooligans+Federal-Appellate-Court-Opinions-Text-Analysis", chansooligans),
        ("ielab+ussc-caselaw-collection", ielab),
        ("LLTLab+VetClaims-JSON", lltlab),
    ]
    counts = {"train": [0, 0], "heldout": [0, 0], "calibrate": [0, 0], "test": [0, 0]}
    parts = []
    seen = set()
    for name, reader in sources:
        repo = mirrors / name / "repo"
        if not repo.exists():
            print(f"missing mirror {repo} (fetch github:{name.replace('+', '/')})", file=sys.stderr)
            continue
        for doc_id, text in reader(repo):
            key = hashlib.sha1(text[:2000].encode()).hexdigest()
            if key in seen or len(text.split()) < 200:
                continue
            seen.add(key)
            split = split_of(doc_id)
            (out / split / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            counts[split][0] += 1
            counts[split][1] += len(text.split())
            if split == "heldout":
                part = part_of(doc_id)
                parts.append(f"{doc_id}\t{part}\n")
                counts[part][0] += 1
                counts[part][1] += len(text.split())
    (out / "parts.tsv").write_text("".join(sorted(parts)), encoding="utf-8")
    for split, (docs, words) in counts.items():
        print(f"{split}: {docs} documents, {words} words")


if __name__ == "__main__":
    main()
