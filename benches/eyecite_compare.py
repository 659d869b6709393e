#!/usr/bin/env python3
"""Peer comparison: plead vs eyecite (Free Law Project) on the same brief.

Creates a throwaway virtualenv with eyecite (or reuses $EYECITE_VENV), writes the
deterministic benchmark brief (`cargo run --release --example gen_brief`), runs
`plead cites --format json` and eyecite's `get_citations` over it, and prints
both throughputs (CPU seconds per MB) and where the two disagree on full case
citations (compared as volume + standard reporter + first page).

Usage: benches/eyecite_compare.py [--bytes N] [--keep]
"""
import argparse
import collections
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

EYECITE_RUNNER = r"""
import json, sys, time
from eyecite import get_citations
from eyecite.models import FullCaseCitation
text = open(sys.argv[1], encoding="utf-8").read()
t0 = time.process_time()
cites = get_citations(text)
cpu = time.process_time() - t0
full = []
for c in cites:
    if isinstance(c, FullCaseCitation):
        g = c.groups
        try:
            reporter = c.corrected_reporter()
        except Exception:
            reporter = g.get("reporter")
        full.append({"volume": g.get("volume"), "reporter": reporter, "page": g.get("page"),
                     "text": c.matched_text()})
print(json.dumps({"cpu_seconds": cpu, "total": len(cites), "full": full}))
"""


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def squash(s):
    return re.sub(r"[\s.]", "", s or "")


def key(volume, reporter, page):
    # A slip opinion's blank page (`581 U. S. ___`): eyecite gives None, plead the underscores.
    if page is None or set(str(page)) == {"_"}:
        page = "___"
    return f"{volume} {squash(reporter)} {page}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bytes", type=int, default=1_000_000)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="plead-eyecite-")
    try:
        brief = os.path.join(work, "brief.txt")
        with open(brief, "w", encoding="utf-8") as out:
            run(["cargo", "run", "--quiet", "--release", "--example", "gen_brief", "--", str(args.bytes)],
                cwd=ROOT, stdout=out)
        size_mb = os.path.getsize(brief) / 1e6
        run(["cargo", "build", "--quiet", "--release", "--bin", "plead"], cwd=ROOT)
        plead = os.path.join(ROOT, "target", "release", "plead")

        before = cpu_of_children()
        t0 = time.perf_counter()
        out = run([plead, "cites", "--format", "json", brief], capture_output=True, text=True).stdout
        plead_wall = time.perf_counter() - t0
        plead_cpu = cpu_of_children() - before
        plead_cites = [json.loads(l) for l in out.splitlines() if l.strip()]
        plead_full = [c for c in plead_cites if c["kind"] == "full_case"]

        venv = os.environ.get("EYECITE_VENV") or os.path.join(work, "venv")
        if not os.path.exists(os.path.join(venv, "bin", "python")):
            run([sys.executable, "-m", "venv", venv])
            run([os.path.join(venv, "bin", "pip"), "install", "--quiet", "eyecite"])
        version = subprocess.run([os.path.join(venv, "bin", "python"), "-c",
                                  "import importlib.metadata as m; print(m.version('eyecite'))"],
                                 capture_output=True, text=True).stdout.strip()
        runner = os.path.join(work, "run_eyecite.py")
        with open(runner, "w") as f:
            f.write(EYECITE_RUNNER)
        t0 = time.perf_counter()
        eye = json.loads(run([os.path.join(venv, "bin", "python"), runner, brief],
                             capture_output=True, text=True).stdout)
        eye_wall = time.perf_counter() - t0

        # The citation engine alone (extraction + all checks + document pass), CPU time,
        # from the criterion bench's report over the 1 MB brief.
        engine_ms = None
        bench = subprocess.run(["cargo", "bench", "--quiet", "--bench", "citations", "--", "--list"], cwd=ROOT,
                               capture_output=True, text=True).stdout
        m = re.search(r"total ([0-9.]+) ms", bench)
        if m:
            engine_ms = float(m.group(1))

        print(f"brief: {size_mb:.2f} MB ({args.bytes} bytes requested)")
        print(f"plead cites (whole process: prose view, citation and record analyzers, JSON out): "
              f"{plead_cpu:.3f} CPU-s ({plead_cpu / size_mb:.3f} CPU-s/MB), wall {plead_wall:.2f} s, "
              f"{len(plead_cites)} citations, {len(plead_full)} full case")
        print(f"eyecite {version} get_citations: {eye['cpu_seconds']:.2f} CPU-s "
              f"({eye['cpu_seconds'] / size_mb:.2f} CPU-s/MB), wall {eye_wall:.1f} s, "
              f"{eye['total']} citations, {len(eye['full'])} full case")
        if plead_cpu > 0:
            print(f"ratio eyecite / whole plead process (CPU): {eye['cpu_seconds'] / plead_cpu:.0f}x")
        if engine_ms:
            eye_per_mb = eye["cpu_seconds"] / size_mb
            print(f"plead citation engine alone (cargo bench --bench citations, 1 MB brief): {engine_ms:.1f} CPU-ms/MB; "
                  f"ratio eyecite / engine per MB: {eye_per_mb * 1000 / engine_ms:.0f}x")

        ours = collections.Counter(key(c["volume"], c["reporter_standard"] or c["reporter"], c["first_page"])
                                   for c in plead_full)
        theirs = collections.Counter(key(c["volume"], c["reporter"], c["page"]) for c in eye["full"])
        texts = {key(c["volume"], c["reporter"], c["page"]): c["text"] for c in eye["full"]}
        missed = theirs - ours
        extra = ours - theirs
        # The same reporter and page read with another volume: eyecite keeps only the
        # issue of a year–issue volume (`2010-2 I.R.B. 258` → 2) and takes a star page
        # between volume and reporter for the volume (`92 *26 S.Ct. 1361` → 26).
        def reporter_page(k):
            return k.split(" ", 1)[1]
        other_volume = []
        for k in list(missed):
            match = next((e for e in extra if reporter_page(e) == reporter_page(k)), None)
            if match:
                other_volume.append((k, match))
                missed[k] -= 1
                extra[match] -= 1
                missed, extra = +missed, +extra
        print(f"full case citations: eyecite {sum(theirs.values())}, plead {sum(ours.values())}, "
              f"both {sum((ours & theirs).values())}, "
              f"same reporter and page with another volume {len(other_volume)}")
        for k, ours_k in other_volume:
            print(f"  eyecite {k!r} ({texts.get(k, '')!r}), plead {ours_k!r}")
        print(f"found by eyecite, not by plead: {sum(missed.values())}")
        for k, n in missed.most_common(25):
            print(f"  {n:3d}x {k!r:40} {texts.get(k, '')!r}")
        print(f"found by plead, not by eyecite: {sum(extra.values())}")
        for k, n in extra.most_common(25):
            print(f"  {n:3d}x {k!r}")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
