#!/usr/bin/env python3
"""Regenerate the citation tables in data/ from the reporters-db and courts-db packages
(Free Law Project, PyPI, both BSD-2-Clause).

Usage: scripts/gen_citation_data.py [REPORTERS_DB_WHEEL_OR_DIR [COURTS_DB_WHEEL_OR_DIR]]
A package not given is fetched with `pip download <name> --no-deps` into a temporary folder.

Writes:
  data/reporters.tsv                 E<TAB>edition<TAB>start year<TAB>end year<TAB>cite type<TAB>reporter name<TAB>jurisdictions
                                     V<TAB>variant<TAB>edition
                                     (jurisdictions: the postal codes of the states whose courts the reporter
                                     publishes, in reporters-db's order, for messages such as "e.g. (Iowa 2006)")
                                     F<TAB>edition<TAB>form   how the edition may be cited, from its
                                       reporters-db regexes and cite type: neutral (a public-domain
                                       citation: the year is the volume), dashed (`2011-Ohio-4215`),
                                       year_page (`T.C. Memo. 2019-233`), paragraph (`Bankr. L. Rep.
                                       (CCH) ¶ 12,345`), louisiana (`2009-1359 (La. App. 1 Cir. 5/10/10)`)
  data/case_name_abbreviations.tsv   word<TAB>abbreviation     (Bluebook T6 via reporters-db)
  data/journals.tsv                  journal abbreviation (law reviews are not case reporters)
  data/laws.tsv                      code and session-law abbreviations (`Stat.`: not case reporters)
  data/reporters-db-LICENSE          the package's licence notice
  data/courts_db.tsv                 citation string<TAB>kind<TAB>courts-db id<TAB>name (every court courts-db
                                     gives a citation string, agencies and state trial courts included)
  data/courts-db-LICENSE             that package's licence notice
data/courts.tsv (the Bluebook T1/T7 forms and other accepted forms), data/court_words.tsv,
data/reporter_courts.tsv and data/reporter_forms.tsv are written by hand (not derived).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "crates", "plead-core", "data")


def locate_package(arg, package="reporters-db", module="reporters_db", marker="reporters.json"):
    """Return (the package's data dir, licence path) from a wheel, an unpacked dir or pip."""
    tmp = tempfile.mkdtemp(prefix=package + "-")
    if arg is None:
        subprocess.run([sys.executable, "-m", "pip", "download", package, "--no-deps", "-d", tmp],
                       check=True, stdout=subprocess.DEVNULL)
        arg = next(os.path.join(tmp, f) for f in os.listdir(tmp) if f.endswith(".whl"))
    if arg.endswith(".whl"):
        with zipfile.ZipFile(arg) as z:
            z.extractall(tmp)
        arg = tmp
    data_dir = licence = None
    for root, _dirs, files in os.walk(arg):
        if marker in files and root.endswith(os.path.join(module, "data")):
            data_dir = root
        if "LICENSE" in files and licence is None:
            licence = os.path.join(root, "LICENSE")
    if data_dir is None or licence is None:
        sys.exit(f"{module} data or LICENSE not found under {arg}")
    return data_dir, licence


def year(stamp):
    return stamp[:4] if stamp else ""


def clean(s):
    return " ".join(str(s).split())


def forms_of(rep, span):
    """The citation forms an edition takes beyond `volume reporter page` (see F rows)."""
    regexes = " ".join(span.get("regexes") or [])
    forms = []
    if rep.get("cite_type") == "neutral":
        forms.append("neutral")
    if "format_neutral" in regexes or "-$reporter-" in regexes:
        forms.append("dashed")
    if "year_page" in regexes or "$reporter $volume_year-$page" in regexes:
        forms.append("year_page")
    if "cch" in regexes or "paragraph" in regexes:
        forms.append("paragraph")
    if "louisiana" in regexes:
        forms.append("louisiana")
    return forms


def jurisdictions(rep):
    """Postal codes of the U.S. states a reporter covers (`us:ct;supreme.court` → CT), first seen first."""
    out = []
    for j in rep.get("mlz_jurisdiction") or []:
        m = re.match(r"us:([a-z]{2});", j)
        if m and m.group(1).upper() not in out:
            out.append(m.group(1).upper())
    return " ".join(out)


def court_kind(c):
    """The plead court kind (src/citations/courts.rs CourtKind) of a courts-db entry."""
    system, typ, level, cid = c.get("system"), c.get("type"), c.get("level"), c.get("id", "")
    s = c["citation_string"]
    if system == "federal":
        if cid == "scotus":
            return "supreme"
        if re.fullmatch(r"ca\d+|cadc|cafc", cid):
            return "circuit"
        if cid.startswith("bap"):
            return "bap"
        if typ == "bankruptcy":
            return "bankruptcy"
        if re.fullmatch(r"(\w\.)*\w\.|[NSEWMC]\.D\..*|D\. .*|D\.\w.*", s) and typ in ("trial", "appellate"):
            return "district"
        return "federal_special"
    if system == "state":
        if typ == "ag" or typ in (None, "", "special") and level not in ("colr", "iac"):
            return "agency"
        if level == "colr":
            return "state_high"
        if level == "iac" or typ == "appellate":
            return "state_appellate"
        return "state_trial"
    return "other"


def main():
    data_dir, licence = locate_package(sys.argv[1] if len(sys.argv) > 1 else None)
    with open(os.path.join(data_dir, "reporters.json"), encoding="utf-8") as f:
        reporters = json.load(f)
    editions, variants, seen, edition_forms = [], [], set(), []
    for key in sorted(reporters):
        for rep in reporters[key]:
            for edition, span in sorted(rep["editions"].items()):
                for form in forms_of(rep, span):
                    if ("F", edition, form) not in edition_forms:
                        edition_forms.append(("F", edition, form))
                if edition in seen:
                    continue
                seen.add(edition)
                editions.append(("E", edition, year(span.get("start")), year(span.get("end")),
                                 rep.get("cite_type", ""), clean(rep.get("name", "")), jurisdictions(rep)))
            for variant, edition in sorted(rep.get("variations", {}).items()):
                variants.append(("V", variant, edition))
    # Drop variants that equal an edition or repeat an earlier (variant, edition) pair.
    pairs, out_variants = set(), []
    for row in variants:
        if row[1] in seen or (row[1], row[2]) in pairs:
            continue
        pairs.add((row[1], row[2]))
        out_variants.append(row)
    with open(os.path.join(DATA, "reporters.tsv"), "w", encoding="utf-8") as f:
        f.write("# Derived from reporters-db (Free Law Project, BSD-2-Clause, see reporters-db-LICENSE)"
                " by scripts/gen_citation_data.py. Do not edit.\n")
        for row in editions + out_variants + edition_forms:
            f.write("\t".join(row) + "\n")

    with open(os.path.join(data_dir, "case_name_abbreviations.json"), encoding="utf-8") as f:
        abbreviations = json.load(f)
    rows = {(word, abbr) for abbr, words in abbreviations.items() for word in words if word != abbr}
    # Bluebook T6 entries reporters-db's list lacks (its `Tr.` has `Trustee` only; T6 gives
    # `Trust[ee, or]`; it has `America` but not `American`, which T6 lists as `America[n]`).
    rows |= {("Trust", "Tr."), ("American", "Am.")}
    rows = sorted(rows)
    with open(os.path.join(DATA, "case_name_abbreviations.tsv"), "w", encoding="utf-8") as f:
        f.write("# Derived from reporters-db case_name_abbreviations.json (BSD-2-Clause, see reporters-db-LICENSE)"
                " by scripts/gen_citation_data.py, with the T6 entries it lacks. Do not edit.\n")
        for word, abbr in rows:
            f.write(f"{word}\t{abbr}\n")

    with open(os.path.join(data_dir, "journals.json"), encoding="utf-8") as f:
        journals = json.load(f)
    forms = set()
    for key, entries in journals.items():
        forms.add(key)
        for entry in entries:
            forms.update(entry.get("variations") or [])
    with open(os.path.join(DATA, "journals.tsv"), "w", encoding="utf-8") as f:
        f.write("# Derived from reporters-db journals.json (BSD-2-Clause, see reporters-db-LICENSE)"
                " by scripts/gen_citation_data.py. Do not edit.\n")
        for form in sorted(forms):
            f.write(clean(form) + "\n")

    with open(os.path.join(data_dir, "laws.json"), encoding="utf-8") as f:
        laws = json.load(f)
    forms = set()
    for key, entries in laws.items():
        forms.add(key)
        for entry in entries:
            forms.update(entry.get("variations") or [])
    with open(os.path.join(DATA, "laws.tsv"), "w", encoding="utf-8") as f:
        f.write("# Derived from reporters-db laws.json (BSD-2-Clause, see reporters-db-LICENSE)"
                " by scripts/gen_citation_data.py. Do not edit.\n"
                "# Codes, session laws and registers (`102 Stat. 2467`): cited like reporters, but not case reporters.\n")
        for form in sorted(forms):
            f.write(clean(form) + "\n")

    with open(licence, encoding="utf-8") as src, open(os.path.join(DATA, "reporters-db-LICENSE"), "w",
                                                       encoding="utf-8") as dst:
        dst.write("The files data/reporters.tsv, data/case_name_abbreviations.tsv, data/journals.tsv and data/laws.tsv are derived from\n"
                  "reporters-db (https://github.com/freelawproject/reporters-db), under this licence:\n\n")
        dst.write(src.read())
    print(f"{len(editions)} editions, {len(out_variants)} variants, {len(edition_forms)} forms, {len(rows)} case-name words")
    write_courts(sys.argv[2] if len(sys.argv) > 2 else None)


def write_courts(arg):
    data_dir, licence = locate_package(arg, "courts-db", "courts_db", "courts.json")
    with open(os.path.join(data_dir, "courts.json"), encoding="utf-8") as f:
        courts = json.load(f)
    rows, seen = [], set()
    for c in sorted(courts, key=lambda c: c["id"]):
        s = clean(c.get("citation_string") or "")
        if not s or s in seen:
            continue
        seen.add(s)
        rows.append((s, court_kind(c), c["id"], clean(c.get("name", ""))))
    with open(os.path.join(DATA, "courts_db.tsv"), "w", encoding="utf-8") as f:
        f.write("# Derived from courts-db (Free Law Project, BSD-2-Clause, see courts-db-LICENSE)"
                " by scripts/gen_citation_data.py. Do not edit.\n"
                "# citation string<TAB>kind<TAB>courts-db id<TAB>name. Forms that differ from a Bluebook form of\n"
                "# data/courts.tsv only in spacing, ordinals or a state's spelling are ignored when loaded.\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    with open(licence, encoding="utf-8") as src, open(os.path.join(DATA, "courts-db-LICENSE"), "w",
                                                       encoding="utf-8") as dst:
        dst.write("The file data/courts_db.tsv is derived from courts-db"
                  " (https://github.com/freelawproject/courts-db), under this licence:\n\n")
        dst.write(src.read())
    print(f"{len(rows)} courts")


if __name__ == "__main__":
    main()
