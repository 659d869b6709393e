#!/usr/bin/env python3
"""Copies real PACER docket reports and juriscraper's answer keys into tests/fixtures/pacer/.

Source: freelawproject/juriscraper, tests/examples/pacer/ (BSD-2-Clause, Copyright (c) 2009,
Free Law Project; the court records themselves are public). The shared corpus
(corpus/dockets/) is a subset of the same folder.

Layout written:
  tuning/<category>/       every example of the shared corpus (bankruptcy, appellate, acms,
                           docket-history, district-special) and one third of juriscraper's
                           district dockets: the reader was developed against these.
  held-out/district/       the other two thirds of the district dockets: never tuned on.
  held-out/bankruptcy/     bankruptcy dockets not in the shared corpus, one to four per court
                           (at most 70): never tuned on.
  claims/                  claims registers with their answer keys.

Usage: scripts/docket_fixtures.py JURISCRAPER_CHECKOUT SHARED_CORPUS_DOCKETS
"""

import os
import shutil
import sys
from collections import defaultdict

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "pacer")


def pairs(folder, ext=".html"):
    names = sorted(os.listdir(folder))
    return [n[: -len(ext)] for n in names if n.endswith(ext) and n[: -len(ext)] + ".json" in names]


def copy_pair(src, stem, dst, ext=".html"):
    os.makedirs(dst, exist_ok=True)
    for e in (ext, ".json"):
        shutil.copyfile(os.path.join(src, stem + e), os.path.join(dst, stem + e))


def court_of(stem):
    return stem.split("_")[0]


def main():
    juriscraper, corpus = sys.argv[1], sys.argv[2]
    pacer = os.path.join(juriscraper, "tests", "examples", "pacer")
    shutil.rmtree(OUT, ignore_errors=True)
    for category in ("bankruptcy", "appellate", "docket-history", "district-special"):
        src = os.path.join(corpus, category)
        for stem in pairs(src):
            copy_pair(src, stem, os.path.join(OUT, "tuning", category))
    src = os.path.join(corpus, "acms")
    for stem in pairs(src, ".acms_json"):
        copy_pair(src, stem, os.path.join(OUT, "tuning", "acms"), ".acms_json")

    district = os.path.join(pacer, "dockets", "district")
    for i, stem in enumerate(pairs(district)):
        where = ("tuning", "district") if i % 3 == 0 else ("held-out", "district")
        copy_pair(district, stem, os.path.join(OUT, *where))

    shared = set(pairs(os.path.join(corpus, "bankruptcy")))
    bankruptcy = os.path.join(pacer, "dockets", "bankruptcy")
    by_court = defaultdict(list)
    for stem in pairs(bankruptcy):
        if stem not in shared:
            by_court[court_of(stem)].append(stem)
    chosen = []
    for round_ in range(4):
        for court in sorted(by_court):
            if len(chosen) < 70 and len(by_court[court]) > round_:
                chosen.append(by_court[court][round_])
    for stem in chosen:
        copy_pair(bankruptcy, stem, os.path.join(OUT, "held-out", "bankruptcy"))

    claims = os.path.join(pacer, "claims_registers")
    for stem in pairs(claims):
        copy_pair(claims, stem, os.path.join(OUT, "claims"))


if __name__ == "__main__":
    main()
