#!/usr/bin/env python3
"""Write data/compounds.txt: WordNet 3.0's two-word compounds that contain a confusable word.

A confusable written inside a compound the dictionary knows (`roll call`, `paper trail`,
`trial balance`, `bear market`) is the word meant, unless the other member forms a compound
with the same neighbour too (`basic principle` / `basic principal`): see
crates/plead-core/src/typos/compounds.rs. Members are the words of data/confusion_sets.txt
and the first two columns of data/confusables.tsv.

Source: WordNet 3.0 (`apt-get install wordnet-base`: /usr/share/wordnet/index.{noun,adj,verb,adv});
licence in data/wordnet-LICENSE.

Usage: python3 scripts/gen_compounds.py
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "crates/plead-core/data"
WORDNET = pathlib.Path("/usr/share/wordnet")
# Phrasal verbs' particles (`roll in`, `loose off`): no compound a noun phrase holds
# (`his roll in the robbery`).
PARTICLES = {"in", "on", "off", "out", "up", "down", "from", "over", "away", "back", "about",
             "into", "through", "with", "for", "to", "by", "at", "around", "along", "upon",
             "under", "across", "after", "apart", "aside", "together", "forth"}


def members():
    words = set()
    for line in (DATA / "confusion_sets.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(line.split())
    for line in (DATA / "confusables.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            for c in cols[:2]:
                if " " not in c:
                    words.add(c.lower())
    return words


def main():
    words = members()
    out = set()
    for name in ("noun", "adj", "verb", "adv"):
        for line in (WORDNET / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            parts = line.split(" ", 1)[0].split("_")
            if len(parts) == 2 and all(p.isalpha() for p in parts) and (parts[0] in words or parts[1] in words) \
                    and parts[1] not in PARTICLES:
                out.add(" ".join(parts))
    header = ("# Two-word compounds of WordNet 3.0 holding a confusable word (scripts/gen_compounds.py).\n"
              "# Licence: data/wordnet-LICENSE.\n")
    (DATA / "compounds.txt").write_text(header + "".join(f"{c}\n" for c in sorted(out)))
    print(f"{len(out)} compounds")


if __name__ == "__main__":
    main()
