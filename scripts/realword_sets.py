#!/usr/bin/env python3
"""Builds tests/fixtures/typos-dev2.jsonl, typos-heldout3.jsonl (round 22) and typos-dev3.jsonl,
typos-heldout4.jsonl (round 23); see tests/fixtures/TYPOS-SOURCES.md.

Round 23 (dev3, heldout4) draws from opinions no earlier set, corpus or training split uses:
the state-court and bankruptcy opinions in harvard-lil/capstone's test data
(capstone/test_data/fastcase/*.html), split in two by a hash of the path:

    python3 scripts/realword_sets.py CAPSTONE_GIT_DIR - dev3|heldout4 [--write]

Round 24 (heldout5, and the development set dev4 from the summaries heldout5 did not use) draws from the case summaries courts publish with their opinions, as
freelawproject/juriscraper's test data records them (tests/examples/opinions/united_states/
*.compare.json, `summaries`):

    python3 scripts/realword_sets.py JURISCRAPER_GIT_DIR - heldout5|dev4 [--write]

Round 26 (heldout6, and dev5 from the other half of the cases) draws from the Supreme Court's
slip opinions of October Terms 2009-2011 in jeremybmerrill/scotuslm (commit 2f99fac):

    python3 scripts/realword_sets.py SCOTUSLM_GIT_DIR - heldout6|dev5 [--write]

Round 27 (heldout7, and dev6 from the other half of the opinions) draws from federal
district-court, circuit and state appellate opinions in cyber-crime and intellectual-property
cases, as the public GitHub repository jsavelka/luima_sbd records them in its sentence-boundary
annotations (data/annotations/20180415_cyber_crime.json and _intellectual_property.json,
commit d76281b; the Supreme Court, First and Second Circuit opinions and the BVA and Supreme
Court files are left out: other sources of earlier sets and of the training corpus):

    python3 scripts/realword_sets.py LUIMA_GIT_DIR - heldout7|dev6 [--write]

Round 31 (heldout10, and dev10 from the other half of the cases) draws from slip opinions of the
California Courts of Appeal (2025-2026) in zeeshanhxider/LegalAI-Scraper (commit 3c5f2af), read
with pdftotext (poppler-utils); each slip's category goes to typos-SET.categories.tsv:

    python3 scripts/realword_sets.py LEGALAI_SCRAPER_GIT_DIR - heldout10|dev10 [--write]

Round 32 (heldout11, and dev11 from the other half of the cases) draws from opinions of the
Court of Appeals of New Mexico in chinmusique/outcome-prediction (commit 892b438), with the
categories of round 31 and new lists (novel_pairs_r32):

    python3 scripts/realword_sets.py NM_GIT_DIR - heldout11|dev11 [--write]

Round 33 (heldout12, and dev12 from the other half of the records) draws from the federal and
state court texts in kritiat16/tad-judicial-opinions (commit 2bd067a), with the categories of
round 31 and new lists (novel_pairs_r33):

    python3 scripts/realword_sets.py TAD_GIT_DIR - heldout12|dev12 [--write]

Round 33b (heldout13, and dev13 from the other half of the documents) draws from the federal
and state court opinions of alexmclaughlin2005/anylaw-case-database (commit 9abcef7), with the
categories of round 31 and new lists (novel_pairs_r33b):

    python3 scripts/realword_sets.py ANYLAW_GIT_DIR - heldout13|dev13 [--write]

Round 34 (heldout14, and dev14 from the other half) draws from the paragraphs of federal court
opinions that bohanhou14/gaze_gaps keeps as the reference text of its 1,000 test examples
(commit 6f1679e), with the categories of round 31 and new lists (novel_pairs_r34); a span that
would occur twice in its sentence is not drawn:

    python3 scripts/realword_sets.py GAZE_GAPS_GIT_DIR - heldout14|dev14 [--write]

Round 35 (heldout15, and dev15 from the other half) draws from what plead's users write: the
motion papers, letters, decisions and appellate briefs of six New York Supreme Court matters
that milchas65/motion_writing_development keeps as NYSCEF PDFs (commit f161aca), read with
pdftotext, with the categories of round 31 and new lists (novel_pairs_r35):

    python3 scripts/realword_sets.py MWD_GIT_DIR - heldout15|dev15 [--write]

Round 37 (heldout16, and dev16 from the other half) draws from the briefs on the merits and the
amicus briefs of Grutter v. Bollinger and Gratz v. Bollinger (Supreme Court, October Term 2002)
that quanteda/quanteda.corpora keeps as an R data file (commit 5259da4; the Python package
`rdata` reads it), with the categories of round 31 and new lists (novel_pairs_r37):

    python3 scripts/realword_sets.py QUANTEDA_CORPORA_GIT_DIR - heldout16|dev16 [--write]

Round 37b (heldout17, no development twin) draws from four briefs of Moore v. Harper (Supreme
Court, October Term 2022) that pnwfitz/ClaudeScotus keeps as PDFs (commit d1c5940), read with
`pdftotext -layout`, with the categories of round 31 and new lists (novel_pairs_r37b):

    python3 scripts/realword_sets.py CLAUDESCOTUS_GIT_DIR - heldout17 [--write]

Round 38 (heldout18, no development twin) draws from the argument sections of twenty motion
briefs filed in federal district courts (ten pairs of a moving brief and its response), the data
set of the Stanford LLM x Law Hackathon as aceniccola/arg_link keeps it (commit 1e1563e), with
the categories of round 31 and new lists (novel_pairs_r38):

    python3 scripts/realword_sets.py ARG_LINK_GIT_DIR - heldout18 [--write]

Round 39 (heldout19, no development twin) draws from four recent opinions of the Washington Supreme
Court and Court of Appeals that justinseger015-ctrl/CaseStrainer keeps as top-level PDFs the
round-34 precision sample did not read, read with `pdftotext -layout` (wa_paragraphs), with the
categories of round 31 and new lists (novel_pairs_r39):

    python3 scripts/realword_sets.py CASESTRAINER_GIT_DIR - heldout19 [--write]

Round 40 (heldout20, no development twin) draws from eight appellate briefs of one lawyer in the
California Courts of Appeal and the Ninth Circuit that gruizortega/barry2 (the law office's
website) keeps as PDFs (commit 8e6719b), read with `pdftotext -layout` (brief_paragraphs), with
the categories of round 31 and new lists (novel_pairs_r40):

    python3 scripts/realword_sets.py BARRY2_GIT_DIR - heldout20 [--write]

Round 41 (heldout21, no development twin) draws from ten appellant's briefs of ten hands filed in
the First Court of Appeals of Texas (Houston) in 2024-25, criminal appeals, that
markwbennett/PDR-AI-Detector keeps as PDFs (folder CA01_2024_Briefs, commit 3a8dc0a), read with
`pdftotext -layout` (tx01_texts: brief_paragraphs once the rule lines are dropped), with the
categories of round 31 and new lists (novel_pairs_r41):

    python3 scripts/realword_sets.py PDR_AI_DETECTOR_GIT_DIR - heldout21 [--write]

heldout7's slips come from lists of its own (REALWORD_H7, AGREEMENT_H7, MISSPELL_H7) that share
no (wrong word -> right word) pair with any earlier list, any labeled set's expectations, the
rows of data/confusables.tsv or any two members of a set of data/confusion_sets.txt; the script
checks this (`novel_pairs_check`) and refuses to write the set otherwise. dev6 takes the
earlier lists (the issue's classes, to be tuned on).

Round 22:

Real sentences of public-domain First and Second Circuit opinions (CourtListener records in
the public GitHub repository chansooligans/Federal-Appellate-Court-Opinions-Text-Analysis,
Midterm_Report/data/; bring it with the session's `fetch` tool). Only opinions of the
`heldout` split of scripts/typo_corpus.py (never learned from), and none that another
measurement uses: the shared corpus and precision corpus (typo_corpus.EXCLUDED), the held-out
wrapped opinions (heldout_wrapped.HELD_OUT / SHARED) and the 53 opinions of typos-heldout2.
The remaining opinions are split in two by a hash of their id, so the development set and the
third held-out set share no opinion.

In each set one realistic error is injected into chosen sentences: the real-word slips
lawyers make (issue 16's list: form/from, weather/whether, illicit/elicit, preformed,
affect/effect, waved/waived, discreet/discrete, to/do, accept/except, cite/site/sight,
bare/bear, there/their/they're, its/it's, whose/who's, than/then, lose/loose,
principal/principle, trial/trail, statute/statue, counsel/council, prescribe/proscribe, and
a few more from the legal-conventions list), subject-verb agreement, and misspellings of legal
words. Sentences are drawn in an order fixed by SHA-256, so the draw repeats.

    python3 scripts/realword_sets.py CA_GIT_DIR SCOTUS_GIT_DIR dev2|heldout3 > target/realword/SET.json

writes candidates (errors and clean sentences) for reading; the labeled file is written by
--write after sentences with an error of their own are listed in SKIP.
"""
import hashlib
import html
import os
import json
import re
import subprocess
import sys

sys.path.insert(0, "scripts")
import typo_corpus as tc  # noqa: E402
import heldout_wrapped as hw  # noqa: E402

HELDOUT2_DOCS = set(
    "2075 2448 2673 147683 148835 148958 150362 150718 150926 151092 151936 152283 174586 "
    "174684 174991 175740 177231 179902 180300 180797 181337 181607 181845 181846 182274 182275 "
    "194500 194536 194541 194553 194576 194598 194617 194624 194717 194761 194766 195087 195115 "
    "195141 195156 195274 195297 195302 195309 195325 195375 195383 195386 195402 195407 195456 "
    "238763".split()
)

# (name, pattern whose group 1 is the word replaced, wrong form, times in dev2, times in heldout3)
REALWORD = [
    ("from>form", r"\b(from)\b", "form", 4, 3),
    ("whether>weather", r"\b(whether)\b", "weather", 3, 2),
    ("elicit>illicit", r"\b(elicit)\b", "illicit", 1, 1),
    ("performed>preformed", r"\b(performed)\b", "preformed", 2, 1),
    ("perform>preform", r"\b(perform)\b", "preform", 1, 1),
    ("affect>effect", r"\b(affect)\b", "effect", 3, 2),
    ("affected>effected", r"\b(affected)\b", "effected", 2, 1),
    ("effect>affect", r"\b(?:the|no|any|an|in|adverse|practical|its|this|that) (effect)\b", "affect", 3, 2),
    ("effects>affects", r"\b(?:the|its|adverse|collateral) (effects)\b", "affects", 1, 1),
    ("waived>waved", r"\b(waived)\b", "waved", 3, 2),
    ("waive>wave", r"\b(waive)\b", "wave", 1, 1),
    ("discrete>discreet", r"\b(discrete)\b", "discreet", 2, 1),
    ("do not>to not", r"\b(?:we|they|[a-z]+s|I|you) (do) not\b", "to", 3, 2),
    ("accept>except", r"\b(accept)\b", "except", 2, 1),
    ("accepted>excepted", r"\b(accepted)\b", "excepted", 1, 1),
    ("except>accept", r"\b(except)\b", "accept", 1, 1),
    ("cite>site", r"\b(cite)\b", "site", 1, 1),
    ("cited>sited", r"\b(cited)\b", "sited", 1, 1),
    ("site>sight", r"\b(site)\b", "sight", 1, 1),
    ("bear>bare", r"\b(bear)\b", "bare", 2, 1),
    ("bears>bares", r"\b(bears)\b", "bares", 1, 1),
    ("their>there", r"\b(their) (?!own)[a-z]+", "there", 4, 3),
    ("there>their", r"\b(there) (?:is|are|was|were)\b", "their", 2, 1),
    ("its>it's", r"\b(its) [a-z]+", "it's", 3, 2),
    ("it is>its", r"\b(it is) (?:clear|not|well|true|undisputed|evident|apparent|necessary|unnecessary|possible|likely)\b", "its", 2, 1),
    ("whose>who's", r"\b(whose)\b", "who's", 2, 1),
    ("than>then", r"\b(?:more|less|rather|other|greater|fewer|higher|lower|longer) (than)\b", "then", 3, 2),
    ("then>than", r"\b(then)\b", "than", 2, 1),
    ("lose>loose", r"\b(lose)\b", "loose", 1, 1),
    ("principle>principal", r"\b(principles?)\b", "principal", 2, 1),
    ("principal>principle", r"\b(principal)\b", "principle", 1, 1),
    ("trial>trail", r"\b(trial)\b", "trail", 3, 2),
    ("statute>statue", r"\b(statute)\b", "statue", 2, 2),
    ("statutes>statues", r"\b(statutes)\b", "statues", 1, 0),
    ("counsel>council", r"\b(counsel)\b", "council", 2, 1),
    ("prescribed>proscribed", r"\b(prescribed)\b", "proscribed", 1, 1),
    ("breach>breech", r"\b(breach)\b", "breech", 1, 1),
    ("led>lead", r"\b(led)\b", "lead", 1, 1),
    ("precedent>precedence", r"\b(precedent)\b", "precedence", 1, 0),
    ("causal>casual", r"\b(causal)\b", "casual", 1, 0),
    ("adverse>averse", r"\b(adverse)\b", "averse", 1, 1),
    ("preceding>proceeding", r"\b(preceding)\b", "proceeding", 1, 0),
    ("prosecution>persecution", r"\b(prosecution)\b", "persecution", 1, 1),
    ("apprised>appraised", r"\b(apprised)\b", "appraised", 1, 0),
    ("eminent>imminent", r"\b(imminent)\b", "eminent", 0, 1),
    ("forgo>forego", r"\b(forgo)\b", "forego", 1, 0),
]

# Subject-verb agreement: singular subjects given a plural verb, and the reverse.
AGREEMENT = [
    ("agree:has>have", r"\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:district |trial |bankruptcy )?(?:court|defendant|plaintiff|petitioner|government|appellant|jury|statute|board|agency|Board|officer|judge) (has)\b", "have", 3, 2),
    ("agree:was>were", r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er) (?:[a-z]+ )?(?:court|defendant|plaintiff|petitioner|appellant|jury|statute|claim|argument|evidence|record|conviction|sentence|motion) (was)\b", "were", 3, 2),
    ("agree:is>are", r"\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:statute|rule|claim|evidence|record|argument|question|issue|court|standard|provision) (is)\b", "are", 3, 2),
    ("agree:does>do", r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]t) (?:[a-z]+ )?(does) not\b", "do", 1, 1),
    ("agree:were>was", r"\b(?:[Tt]he|[Tt]hese|[Tt]heir|[Hh]is) (?:[a-z]+ )?[a-z]+s (were)\b", "was", 2, 1),
    ("agree:are>is", r"\b(?:[Tt]he|[Tt]hese|[Tt]heir|[Hh]is) (?:[a-z]+ )?[a-z]+s (are)\b", "is", 2, 1),
    ("agree:have>has", r"\b(?:[Tt]he|[Tt]hese|[Tt]heir|[Hh]is) (?:[a-z]+ )?[a-z]+s (have)\b", "has", 1, 1),
]

# Misspellings of legal words (right, wrong); dev2 takes the first list, heldout3 the second.
MISSPELL_DEV2 = [
    ("defendant", "defendent"), ("jurisdiction", "jurisdiciton"), ("evidence", "evidnece"),
    ("sufficient", "suficient"), ("occurred", "occurrred"), ("privilege", "privelege"),
    ("relevant", "relavent"), ("admissible", "admissable"), ("necessary", "necesary"),
    ("conviction", "convcition"), ("negligence", "negligance"), ("statutory", "statuatory"),
    ("testimony", "testimomy"), ("judgment", "judgement"), ("amendment", "amendmant"),
    ("plaintiff", "plaintif"), ("arbitration", "arbitraton"), ("liability", "liabilty"),
    ("precedent", "precendent"), ("counsel", "counsle"), ("Amendment", "Ammendment"),
    ("appeal", "apeal"), ("court", "cuort"), ("whether", "wether"),
    ("district", "distict"), ("argument", "arguement"), ("reasonable", "reasonible"),
    ("circumstances", "circumstnaces"), ("petitioner", "petitoner"), ("requirement", "requirment"),
    ("decision", "decison"), ("procedural", "proceedural"),
]
MISSPELL_H3 = [
    ("defendant", "defandant"), ("jurisdiction", "juridiction"), ("evidence", "evidense"),
    ("received", "recieved"), ("separate", "seperate"), ("government", "goverment"),
    ("independent", "independant"), ("prosecutor", "prosecuter"), ("existence", "existance"),
    ("committed", "comitted"), ("constitutional", "consitutional"), ("substantial", "substantail"),
    ("Amendment", "Ammendment"), ("sentence", "sentance"), ("proceedings", "proceedigns"),
    ("court", "coutr"), ("whether", "wheather"), ("district", "distirct"), ("argument", "arguemnt"),
    ("reasonable", "resonable"), ("circumstances", "circumstnces"), ("petitioner", "petioner"),
    ("decision", "descision"), ("discretion", "discrection"), ("omitted", "ommitted"),
]
# Round 23 (dev3, heldout4): other words, other slips.
MISSPELL_DEV3 = [
    ("defendant", "defendnat"), ("jurisdiction", "jursidiction"), ("evidence", "evidance"),
    ("occurred", "occured"), ("receive", "recieve"), ("judgment", "judgmnet"),
    ("plaintiff", "plantiff"), ("appellant", "appelant"), ("testimony", "testimoney"),
    ("sufficient", "sufficent"), ("necessary", "neccessary"), ("criminal", "crimnal"),
    ("government", "govenment"), ("proceeding", "proceding"), ("conviction", "convicton"),
    ("possession", "posession"), ("property", "proprety"), ("agreement", "agreemnt"),
    ("mortgage", "morgage"), ("insurance", "insurence"), ("prejudice", "prejudise"),
    ("officer", "offcer"), ("whether", "whehter"), ("because", "becuase"), ("which", "whcih"),
    ("until", "untill"), ("believe", "beleive"), ("argument", "argumnet"),
]
MISSPELL_H4 = [
    ("defendant", "defedant"), ("jurisdiction", "jurisdction"), ("evidence", "evidnce"),
    ("received", "receieved"), ("judgment", "judgemnt"), ("plaintiff", "plaintff"),
    ("appellant", "appellent"), ("testimony", "testimonny"), ("sufficient", "sufficiant"),
    ("necessary", "necessery"), ("criminal", "criminial"), ("government", "governmnet"),
    ("proceeding", "proceeeding"), ("conviction", "convition"), ("possession", "possesion"),
    ("property", "propery"), ("agreement", "agrement"), ("mortgage", "mortage"),
    ("insurance", "insurrance"), ("prejudice", "predjudice"), ("officer", "oficer"),
    ("whether", "whther"), ("because", "beacuse"), ("which", "wich"), ("statutory", "statutorty"),
    ("reasonable", "reasonalbe"), ("discretion", "discretoin"),
]
# Round 24 (heldout5): yet other slips of the same words and a few more.
MISSPELL_H5 = [
    ("defendant", "defendat"), ("evidence", "evidece"),
    ("received", "receved"), ("judgment", "jugdment"), ("plaintiff", "plainitff"),
    ("appellant", "appellnat"), ("testimony", "testimeny"), ("sufficient", "suffcient"),
    ("necessary", "nessary"), ("criminal", "crimial"), ("government", "govermnent"),
    ("proceeding", "proceding"), ("conviction", "convicion"), ("possession", "posssession"),
    ("property", "porperty"), ("agreement", "agreeement"), ("contract", "contarct"),
    ("insurance", "insurace"), ("prejudice", "prejudce"), ("officer", "officr"),
    ("whether", "wheter"), ("because", "becasue"), ("which", "whihc"), ("statutory", "statuory"),
    ("reasonable", "reasonble"),  ("guaranty", "guarenty"),
]
# Round 26 (heldout6): other slips again, but 14 of these 24 repeat an earlier list (7 of
# dev3's, 4 of heldout3's, 3 of dev2's); 6 of heldout6's 70 errors use them (docs/typos.md).
MISSPELL_H6 = [
    ("defendant", "defandant"), ("jurisdiction", "jurisdicition"), ("evidence", "evidnece"),
    ("received", "recieved"), ("judgment", "judgmnet"), ("petitioner", "petitoner"),
    ("respondent", "respondant"), ("testimony", "testimoy"), ("sufficient", "sufficent"),
    ("necessary", "neccesary"), ("criminal", "crimnal"), ("government", "goverment"),
    ("proceeding", "proceedng"), ("conviction", "convction"), ("statute", "stattue"),
    ("Congress", "Congess"), ("agreement", "agreemnt"), ("whether", "whehter"),
    ("because", "becuase"), ("which", "whcih"), ("statutory", "statuatory"),
    ("reasonable", "reasonabel"), ("discretion", "discrection"), ("constitutional", "constitutinal"),
]
# Round 27 (heldout7): misspellings whose (wrong -> right) pair no earlier list, labeled set or
# data table holds (checked by novel_pairs_check), none of them a word of plead's dictionary.
MISSPELL_H7 = [
    ("defendant", "deffendant"), ("evidence", "evdience"), ("government", "governement"),
    ("jurisdiction", "jurisdicion"), ("computer", "computor"), ("copyright", "copyrigth"),
    ("infringement", "infringment"), ("district", "disctrict"), ("sufficient", "sufficeint"),
    ("probable", "probabale"), ("warrant", "warrent"), ("search", "serach"),
    ("possession", "possessoin"), ("testimony", "testimany"), ("indictment", "indictmnet"),
    ("amendment", "amendement"), ("appellant", "apellant"), ("whether", "whethr"),
    ("because", "becaue"), ("which", "whch"), ("reasonable", "reasnable"),
    ("necessary", "necssary"), ("criminal", "crimminal"), ("judgment", "judgmetn"),
    ("argument", "argment"), ("court", "courrt"), ("decision", "decisoin"),
    ("discretion", "discetion"), ("plaintiff", "plaintiif"), ("information", "infromation"),
    ("unauthorized", "unauthroized"), ("significant", "signficant"), ("particular", "paticular"),
    ("accordingly", "accordinly"), ("statutory", "statutary"), ("material", "materail"),
    ("knowingly", "knowlingly"), ("employee", "emploee"), ("prosecution", "prosecuton"),
    ("property", "proeprty"), ("agreement", "agreemetn"), ("officer", "offier"),
]
# Round 27 (heldout7): real-word slips of pairs no earlier list or table holds: homophones and
# one-letter slips that leave a word (name, pattern whose group 1 is replaced, wrong form, times).
REALWORD_H7 = [
    ("access>excess", r"\b(access)\b", "excess", 2),
    ("through>though", r"\b(through)\b", "though", 2),
    ("rely>reply", r"\b(rely)\b", "reply", 1),
    ("relied>replied", r"\b(relied)\b", "replied", 1),
    ("latter>later", r"\b(latter)\b", "later", 1),
    ("plain>plane", r"\b(plain)\b", "plane", 1),
    ("quite>quiet", r"\b(quite)\b", "quiet", 1),
    ("were>where", r"\b[a-z]+s (were)\b", "where", 2),
    ("misled>mislead", r"\b(misled)\b", "mislead", 1),
    ("contract>contact", r"\b(contract)\b", "contact", 1),
    ("county>country", r"\b(county)\b", "country", 1),
    ("aid>aide", r"\b(aid)\b", "aide", 1),
    ("sole>soul", r"\b(sole)\b", "soul", 1),
    ("course>coarse", r"\b(course)\b", "coarse", 1),
    ("loss>lose", r"\b(loss)\b", "lose", 1),
    ("adopted>adapted", r"\b(adopted)\b", "adapted", 1),
    ("statute>stature", r"\b(statute)\b", "stature", 1),
    ("new>knew", r"\b(new)\b", "knew", 1),
    ("now>know", r"\b(now)\b", "know", 1),
    ("whole>hole", r"\b(whole)\b", "hole", 1),
    ("passed>past", r"\b(passed)\b", "past", 1),
    ("proceed>precede", r"\b(proceed)\b", "precede", 1),
    ("prosecute>persecute", r"\b(prosecute)\b", "persecute", 1),
    ("allowed>aloud", r"\b(allowed)\b", "aloud", 1),
    ("one of>on of", r"\b(one) of\b", "on", 1),
    ("they>the", r"\b(they) (?:argue|contend|were|had|did|claim|could|would|also)\b", "the", 1),
    ("and>an", r"\b(and) (?:the|a|his|her|their)\b", "an", 1),
    ("not>no", r"\b(?:did|does|do|could|would|need) (not)\b", "no", 1),
    ("expect>except", r"\b(expect)\b", "except", 1),
    ("respectively>respectfully", r"\b(respectively)\b", "respectfully", 1),
    ("dependent>dependant", r"\b(dependent)\b", "dependant", 1),
    ("fair>fare", r"\b(fair)\b", "fare", 1),
]


def _drop_s(v):
    return v[:-2] if v.endswith(("sses", "shes", "ches")) else v[:-1]


def _add_s(v):
    return v + "es" if v.endswith(("ss", "sh", "ch")) else v + "s"


# Agreement with verbs other than be/have/do (the earlier lists' pairs): a singular subject
# given a bare verb, a plural subject given a verb in -s.
_SING = (r"\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:[a-z]+ )?(?:court|defendant|plaintiff|government|statute|"
         r"record|evidence|argument|claim|agreement|policy|provision|officer|warrant|affidavit|jury|"
         r"panel|user|program|website|section|complaint|indictment|license|party)")
_PLUR = (r"\b(?:(?:[Tt]he|[Tt]hese|[Tt]heir|[Hh]is|[Hh]er|[Bb]oth) (?:[a-z]+ )?[a-z]+s|Plaintiffs|Defendants|"
         r"Appellants|Appellees|[Pp]arties|[Cc]ourts)")
AGREEMENT_H7 = [
    ("agree:3sg>bare", _SING + r" (appears|seems|requires|provides|contains|remains|shows|establishes|"
     r"supports|states|argues|contends|asserts|claims|suggests|makes|prohibits|defines)\b", _drop_s, 7),
    ("agree:bare>3sg", _PLUR + r" (argue|contend|claim|allege|assert|maintain|suggest|require|"
     r"provide|show|establish|remain|appear|seem|contain|support|indicate)\b", _add_s, 6),
]
ROWS_H7 = REALWORD_H7 + AGREEMENT_H7

# Round 28 (heldout8): lists of their own again, sharing no (wrong -> right) pair with any list
# above, any labeled set (heldout7's and dev6's included), data/confusables.tsv or
# data/confusion_sets.txt (novel_pairs_check). Real-word slips are the kinds writers make: one
# letter or one sound off a common word (proffered/preferred, filed/field, met/meet, or/of),
# chosen from how drafts go wrong, not from what plead's model covers.
REALWORD_H8 = [
    ("proffered>preferred", r"\b(proffered)\b", "preferred", 2),
    ("filed>field", r"\b(filed)\b", "field", 2),
    ("degree>decree", r"\b(degree)\b", "decree", 2),
    ("employer>employee", r"\b(?:the|a|an|its|U\.S\.|prospective|petitioning) (employer)\b", "employee", 2),
    ("basis>bias", r"\b(basis)\b", "bias", 1),
    ("through>thorough", r"\b(through)\b", "thorough", 1),
    ("very>vary", r"\b(very)\b", "vary", 1),
    ("of>off", r"\b(of) (?:the|a|an|his|her|its|their)\b", "off", 1),
    ("that>than", r"\b(?:shows?|established?|demonstrated?|noted|concluded|determined|found|asserts?) (that)\b", "than", 1),
    ("as a>at a", r"\b(as) (?:a|an) (?:result|matter|whole|general)\b", "at", 1),
    ("since>sense", r"\b(since)\b", "sense", 1),
    ("find>fine", r"\b(find)\b", "fine", 1),
    ("prove>provide", r"\b(prove)\b", "provide", 1),
    ("evident>evidence", r"\b(evident)\b", "evidence", 1),
    ("or>of", r"\b(or)\b", "of", 1),
    ("has>as", r"\b(?:[Tt]he|[Tt]his) (?:[a-z]+ )?(?:[Pp]etitioner|[Dd]irector|[Bb]eneficiary|[Aa]pplicant|record) (has)\b", "as", 1),
    ("not>now", r"\b(?:is|was|does|did|has|had) (not)\b", "now", 1),
    ("letter>latter", r"\b(letter)\b", "latter", 1),
    ("cause>case", r"\b(cause)\b", "case", 1),
    ("fact>face", r"\b(fact)\b", "face", 1),
    ("met>meet", r"\b(?:has|have|had|not|also|been) (met)\b", "meet", 1),
    ("whose>whole", r"\b(whose)\b", "whole", 1),
    ("work>word", r"\b(work)\b", "word", 1),
    ("two>to", r"\b(two)\b", "to", 1),
    ("them>then", r"\b(them)\b", "then", 1),
]
# Agreement with verbs other than be/have/do, and verbs heldout7's list did not use.
_SING8 = (r"\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:[a-z]+ )?(?:[Pp]etitioner|[Dd]irector|[Bb]eneficiary|[Aa]pplicant|record|"
          r"evidence|position|letter|regulation|statute|employer|submission|description|documentation|decision|job)")
_PLUR8 = (r"\b(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) (?:[a-z]+ )?(?!does\b|is\b|was\b|has\b)[a-z]+[^s']s|"
          r"[Pp]etitioners|[Aa]pplicants|[Rr]egulations)")
def _drop_s8(v):
    return v[:-3] + "y" if v.endswith("ies") else _drop_s(v)


def _add_s8(v):
    return v[:-1] + "ies" if v.endswith("y") and v[-2:-1] not in "aeiou" else _add_s(v)


AGREEMENT_H8 = [
    ("agree:3sg>bare", _SING8 + r" (reflects|describes|lists|includes|explains|identifies|specifies|notes|lacks|meets|"
     r"qualifies|fails|demonstrates|satisfies|submits|involves|indicates|asserts|requires|provides|states)\b", _drop_s8, 5),
    ("agree:bare>3sg", _PLUR8 + r" (reflect|describe|list|include|explain|identify|specify|note|lack|meet|qualify|"
     r"fail|demonstrate|satisfy|involve|indicate|require|provide|show|establish)\b", _add_s8, 5),
]
ROWS_H8 = REALWORD_H8 + AGREEMENT_H8
MISSPELL_H8 = [
    ("beneficiary", "benificiary"), ("occupation", "occupaiton"), ("position", "postion"),
    ("employer", "emplyer"), ("director", "directer"), ("evidence", "evidenec"),
    ("established", "establised"), ("determine", "detremine"), ("submitted", "submited"),
    ("eligibility", "eligibilty"), ("preponderance", "preponderence"), ("regulation", "regualtion"),
    ("immigration", "immigraton"), ("demonstrate", "demostrate"), ("professional", "proffesional"),
    ("organization", "organiztion"), ("therefore", "therfore"), ("however", "howver"),
    ("petition", "peititon"), ("theoretical", "theoretcal"), ("primarily", "primarly"),
    ("application", "applicaton"), ("experience", "experiance"), ("minimum", "minimun"),
    ("equivalent", "equivelant"), ("whether", "whetehr"), ("which", "wihch"), ("because", "becase"),
]

# Round 29 (heldout9): lists of their own, written before any round-29 rule and sharing no
# (wrong -> right) pair with any list above, any labeled set, data/confusables.tsv or
# data/confusion_sets.txt (novel_pairs_check, target "heldout9"). The register they are meant
# for is a federal district court's orders and reports (a party "argues", "contends", "moves"):
# slips of short function words (a letter dropped, added or swapped, one sound for another), a
# few one-letter slips of legal words, and a verb's -s lost or added, also across a
# prepositional phrase ("The Motion for Sanctions seek"). Chosen from how drafts go wrong, not
# from what plead covers. The check dropped the first draft's they->the, were->where, an->a,
# complaint, waive, moot, liable, trial, five misspellings and the verbs argue, claim, contain,
# support, maintain: earlier lists, sets or tables hold those pairs.
REALWORD_H9 = [
    ("of>if", r"\b(of) (?:the|a|an|this|that|his|her|its|their)\b", "if", 2),
    ("is>in", r"\b(?:[Pp]laintiff|[Dd]efendant|[Cc]ourt|[Mm]otion|[Cc]omplaint|it|[Tt]his) (is)\b", "in", 2),
    ("it>is", r"\b(?:that|because|whether|if|where) (it) (?:is|was|has|had|does|did|would|could|can|will)\b", "is", 1),
    ("on>one", r"\b(on) (?:the|a|an|its|his|her|their|this|that)\b", "one", 1),
    ("the>they", r"\b(?:of|in|on|to|by|for|with|from) (the)\b", "they", 1),
    ("where>were", r"\b(where)\b", "were", 1),
    ("by>be", r"\b(?:filed|made|raised|supported|granted|denied|served|issued|signed|brought|offered) (by)\b", "be", 2),
    ("be>by", r"\b(?:will|would|must|should|may|cannot|could|to|not) (be)\b", "by", 2),
    ("than>that", r"\b(?:more|less|rather|other|greater|fewer|longer|later|earlier) (than)\b", "that", 1),
    ("now>not", r"\b(now)\b", "not", 1),
    ("now>no", r"\b(?:is|are|was) (now)\b", "no", 1),
    ("no>now", r"\b(no) (?:longer|evidence|basis|reason|dispute|genuine|authority)\b", "now", 1),
    ("as>has", r"\b(as) (?:well|such|to|a|an)\b", "has", 1),
    ("on>in", r"\b(?:based|relied|rely|relies|depend|depends|focus|focuses) (on)\b", "in", 1),
    ("from>for", r"\b(?:arises|arise|arising|results|resulting|derived|barred|precluded) (from)\b", "for", 1),
    ("and>as", r"\b(?:such|well) (as)\b", "and", 1),
    ("to>the", r"\b(?:failed|failure|refused|sought|seeks|seek|attempt|intended|able) (to)\b", "the", 1),
    ("motion>notion", r"\b(motion)\b", "notion", 1),
    ("deposition>disposition", r"\b(deposition)\b", "disposition", 1),
    ("relied>relief", r"\b(relied)\b", "relief", 1),
    ("count>court", r"\b(count)\b", "court", 1),
    ("claim>clam", r"\b(claim)\b", "clam", 1),
    ("pleading>pleasing", r"\b(pleading)\b", "pleasing", 1),
    ("sanctions>sections", r"\b(sanctions)\b", "sections", 1),
    ("expert>export", r"\b(expert)\b", "export", 1),
    ("record>regard", r"\b(record)\b", "regard", 1),
    ("duty>duly", r"\b(duty)\b", "duly", 1),
    ("source>course", r"\b(source)\b", "course", 1),
    ("entity>entry", r"\b(entity)\b", "entry", 1),
    ("official>officer", r"\b(?:the|a|public|an|elected) (official)\b", "officer", 1),
    ("lease>least", r"\b(lease)\b", "least", 1),
]
# Agreement with verbs of a party's filing (none of heldout8's verbs), and across a
# prepositional phrase after the subject's noun.
_SING9 = (r"\b(?:[Pp]laintiff|[Dd]efendant|[Pp]etitioner|[Rr]espondent|[Tt]he [Cc]ourt|[Tt]he (?:[A-Z][a-z]+ )?[Mm]otion"
          r"(?: (?:for|to|of) (?:the )?[A-Za-z]+(?: [A-Za-z]+)?)?|[Tt]he (?:[a-z]+ )?(?:record|complaint|order|report|evidence|"
          r"official|committee|candidate|agency|member|councilmember|contract|decision|property|business|entity)"
          r"(?: (?:of|for|on|in) (?:the |a |an )?[a-z]+)?)")
_PLUR9 = (r"\b(?:[Pp]laintiffs|[Dd]efendants|[Pp]arties|[Tt]he (?:[a-z]+ )?(?:allegations|courts|cases|facts|claims|"
          r"records|documents|exhibits|attorneys|officials|members|committees|candidates|payments|contributions|"
          r"decisions|provisions|regulations)(?: (?:of|in|from|for|on) (?:the )?[a-z]+)?)")


def _drop_s9(v):
    return v[:-3] + "y" if v.endswith("ies") else v[:-2] if v.endswith(("sses", "ches", "shes")) else v[:-1]


def _add_s9(v):
    if v.endswith("y") and v[-2:-1] not in "aeiou":
        return v[:-1] + "ies"
    return v + "es" if v.endswith(("ss", "ch", "sh")) else v + "s"


AGREEMENT_H9 = [
    ("agree:3sg>bare", _SING9 + r" (contends|alleges|seeks|insists|concedes|acknowledges|highlights|"
     r"disputes|recommends|moves|responds|relies|suggests|appears|remains|applies|"
     r"defines|intends|participates|holds|owns|receives|concerns|affects|depends|exceeds|serves)\b", _drop_s9, 6),
    ("agree:bare>3sg", _PLUR9 + r" (contend|allege|seek|insist|concede|acknowledge|dispute|"
     r"suggest|appear|remain|show|establish|apply|prohibit|define|intend|participate|hold|own|receive|"
     r"concern|depend|exceed|serve)\b", _add_s9, 4),
]
ROWS_H9 = REALWORD_H9 + AGREEMENT_H9
MISSPELL_H9 = [
    ("sanctions", "sanctoins"), 
    ("allegations", "allegatoins"), ("complaint", "complaitn"), ("deposition", "depositon"),
    ("recommendation", "recomendation"), ("discovery", "discovey"), 
    ("frivolous", "frivilous"), ("attorney", "attorny"),
    ("amended", "ammended"), ("procedural", "procedual"),
    ("specifically", "specificaly"), ("immediately", "immediatly"), ("identification", "identifcation"),
    ("responsibility", "responsiblity"), ("verified", "verfied"),
    # Words of the advice letters the draw reads (added before any rule, with the source).
    ("financial", "finacial"), ("interest", "intrest"), ("disqualification", "disqualifcation"),
    ("participate", "particpate"), ("compensation", "compensaiton"),
    ("conflict", "confict"), ("contribution", "contributoin"),
]

MISSPELL = {"dev2": MISSPELL_DEV2, "heldout3": MISSPELL_H3, "dev3": MISSPELL_DEV3, "heldout4": MISSPELL_H4,
            "heldout5": MISSPELL_H5, "dev4": MISSPELL_DEV3,
            "heldout6": MISSPELL_H6, "dev5": MISSPELL_H5,
            "heldout7": MISSPELL_H7, "dev6": MISSPELL_H6,
            "heldout8": MISSPELL_H8, "dev7": MISSPELL_H7,
            "heldout9": MISSPELL_H9, "dev8": MISSPELL_H8}

# Sentences set aside by reading, before plead was run on the set: fragments (a sentence cut at
# an abbreviation or a heading letter), words the source ran together, and a collective noun.
SKIP = {
    # Round 41: errors of a brief's own (agreement: "the various conduct described in the statute
    # are", "the reviewing court assess harm", "prays this Court finds", "when it is entitled" for
    # judgments; "an unanimity", "envelopes" for envelops, "The Cour hereby", "ap affidavit",
    # "Sheriffs office", "is ICE custody", "give rise criminal liability", "asking the trial court
    # issue a warrant", "laid across" for lay, "both bill of costs", "the bill of cost meets",
    # "neither ... nor" and "not ... nor" doubled, a sentence missing its clause "Since the
    # concern that ...", "in regards to", a comma between subject and verb, a dropped "that" and
    # a stray "and grant Bankers"), a sentence fragment a heading or a cite left ("II: The jury
    # charge", "Street, the address"), headings fused to their first sentence, the transcript the
    # briefs set out (the court's and counsel's words, a witness's and the prosecutor's
    # statements), words of an order, of a statute, of the constitution and of cases the briefs
    # quote without quotation marks (Kotteakos's grave doubt, Smith v. Arizona, Scott, Boykin and
    # the absurdity cases), the certificate of compliance and the e-filing system's certificate of
    # service; and lines a careful reader would not call clean: "The majority of the Biggers
    # factors weigh" (either number is defended), "whether there is record of", a stray comma in
    # "accurately reflecting, both the law" and "told Appellant to pull over, who stated".
    "heldout21": ["the various conduct described", "an unanimity", "envelopes these",
                  "did not instruct the jury had to be", "Automated Certificate of eService",
                  "The filer served this document", "Filers must still provide",
                  "Court: I'm going to allow", "State: All it meant", "Harris will have to prove",
                  "Grave doubt means", "The Clause bars admission", "The question is not whether the verdict",
                  "Noguera prays this Court finds", "Street, the address filed", "in regards to",
                  "asking the trial court issue", "and grant Bankers", "The Court hereby takes judicial notice",
                  "Judgment of Forfeiture heretofore", "The Cour hereby", "is ICE custody", "ap affidavit",
                  "Sheriffs office", "She has never been convicted", "Every case that she's been arrested",
                  "That would unfairly prejudice the Defendant", "And, of course, I would be proving",
                  "I'm just a little concerned", "So, the question then is", "give rise criminal liability",
                  "Since the concern that an accused", "erroneously admitted by the trial court, allowed",
                  "the reviewing court assess harm", "ISSUES PRESENTED", "ISSUE TWO", "II: The jury charge",
                  "ARGUMENT Issue I", "when it is entitled to no respect", "from neither the trial court nor",
                  "Court-recommended nor jury-recommended", "the bill of cost meets", "both bill of costs",
                  "passenger laid across", "I have relied upon the word count",
                  "Consequences that probably were not", "What the rule of absurdity seeks",
                  "Such an error may not be corrected", "We are not the legislature",
                  "They have no responsibility for the justice", "Defense would argue it should read",
                  "And then on the next paragraph", "Issue Number", "who stated in response",
                  "to one of dismissal accurately reflecting", "The majority of the Biggers factors",
                  "whether there is record of"],
    # Round 40: errors of a brief's own (a word out of place, "the trial's court's", "Judicial
    # counsel" for council, a comma missing after "however", an agreement slip "Goldberg's
    # conclusion ... and Campos' accepting that conclusion is"), "none of these ... have" and
    # "None of these grounds withstand" (a plural many readers allow: not a clean line), the
    # witnesses' words set out in the briefs (a nurse's testimony, the trial court's remark), the
    # words of a case, a rule of appellate procedure and a statute the briefs quote, and the
    # proof of service's declaration; and a collective "Staff were".
    "heldout20": ["everything she for worked", "the trial's court's", "California Judicial counsel",
                  "Plaintiff does, however dispute", "and Campos' accepting that conclusion",
                  "none of these arguments have merit", "None of these grounds withstand",
                  "A lot of them needed one-to-one", "She's asked to evaluate",
                  "This argument, however, goes only to the question",
                  "A brief must be set in a plain, roman style", "any Act of Congress applicable exclusively",
                  "I am a resident in the County", "I declare under penalty of perjury",
                  "Staff were required to monitor"],
    # Round 38: errors of a brief's own (a missing word, apostrophe or space, a wrong word, an
    # agreement slip), fragments, run-in headings and a page footer, dashes the data set turned
    # into hyphens ("a result-further discharges") and the Supreme Court's words quoted from Iqbal.
    # Round 39: a sentence cut at its start by the PDF's page break ("Washington precedent, there
    # is room"), the court's own dangling "and must be overruled", and the certified question's
    # one-word answer.
    "heldout19": ["Washington precedent, there is room", "such a decision and must be overruled",
                  "We answer the example raised"],
    "heldout18": [
        "merely legal conclusion", "Defendants own records", "received the ticket,that",
        "those who normally violate", "theses two parties", "guided by experience and training are",
        "imposing upon it the substantial risk", "control statue", "Neither DEQ nor MVP have",
        "likely to succeed the merits", "against Plaintiffs property rights", "Plaintiffs cannot to rely",
        "the Defendant's were in compliance", "functional features, cannot", "the Plaintiffs products",
        "Plaintiffs Lanham Act", "Plaintiff s ", "as well as for Count II", "a state law rights",
        "Plaintiffs failure", "Plaintiffs claim fails", "Plaintiffs Fifth Claim",
        "either of the Defendants have", "dismiss the Sofield Parties' motion", "Defendant Motion should",
        "Merely reciting the elements of a cause of action without factual support, is",
        "promissory estoppel, however Plaintiff", "representations were to his detriment",
        "does not, and could not plead", "and attempts to transform a dispute", "a property right the granting",
        "infringed its property right", "offends substantive due process", "land use regulation, it makes",
        "not without examination and scrutiny", "availed itself of their", "availed themselves their",
        "the Plaintiffs' do not", "by a at least one", "or to such interest", "prove a little more than",
        "center view site line", "will not benefit from its careful", "Akkry", "In fashion industry",
        "it's ability", "Sara Designs goodwill", "The overall commercial image",
        "public officials have immunity from suit and is", "the location access and view", "Action: Panhandler",
        "Including reviewing hardship", "Misrepresentation: At this point",
        "This document is available for viewing", "When it is founded upon a decree",
        "Every order granting an injunction and every restraining order must", "result-further",
        "effective-and", "tasked-likely", "Plaintiff-who", "donation-not", "speaker-here", "money-rather",
        "speech-including", "rights-this is", "scenario-the", "this case--where", "All it plausibly suggests",
        "Respondent does not argue, nor can he", "knew of and condoned", "We made it clear, on the contrary",
        "little green men", "principles of Judicial Estoppel", "at a trial of this matter, however",
        "and which is in contravention", "the city of Portland, Maine banned", "for the same customer volume reason, that",
        "Guided by these principles", "which Courts enforce",
        # Independent clauses joined by "and" without their comma.
        "injunctive relief and therefore the requested", "consuming alcohol and these persons",
    ],
    # Round 37: an error of the brief's own ("point the rosy picture"; "as" for "has"; "view
    # points"; a missing comma), a slip that left its sentence right ("borne of" -> "born of"),
    # a slip the sentence can read as right ("legislative council" names a body; "a pool of
    # institutions that aims" may agree with "pool") and a slip the script formed wrongly ("echoe").
    # Round 37b: a sentence cut at an abbreviation ("N.C. General Assembly's ...") and an error of
    # a brief's own ("A long line of ... precedents likewise reject").
    "heldout17": ["Assembly's original congressional map on state-law grounds",
                  "A long line of earlier state-court precedents likewise reject"],
    # dev16: a slip whose fix is not one word (subject or verb) and a possessive without its apostrophe.
    "dev16": ["ILP graduates also include", "one of the parties own employees", "Empirical studies consistently demonstrate"],
    "heldout16": ["point the rosy picture", "from prosecutor to legislative counsel", "experiences borne of the social facts",
                  "diverse pool of institutions that aim", "HHS Report echoes", "an identical resume to that of a white person",
                  "alternative view points", "seeking to create a rigorous intellectual environment as well as prepare",
                  # A collective "counsel" with a plural verb; Justice Powell's words in Bakke.
                  "Petitioner's counsel believe", "that they are totally excluded from a specific percentage"],
    "dev2": ["addressing Atty", "Gotay-Colon liable", "plaintiff has not put to testify", "Wally, of", "What she saw and felt", "in 1946,6", "Amendment rights, we will",
             "liable under Rev", "revise amendment four", "B Clarke notes", "The United states",
             "factintensive", "wellpleaded", "participated in the semble", "Nina Goodman", "by Fed.",
             "Bangoura, came", "City of Miami, Florida, also", "I On April"],
    "dev3": ["State, the Supreme Court of Florida", "any-significant", "noticeof-alibi", "S-04-1324", "Smith, Vela argues"],
    "dev4": ["failed provide evidence", "plaintiffs failed establish", "Medical reports in the record constitutes",
             "surgeiy", "Anderson and concluding", "Musser in the Present Case", "Summers's attorneys were entitled"],
    "heldout5": ["no medical records or testimony", "liability under Minn", "Ruling that Defendants take nothing",
                 "breach of fiduciary duty, unjust enrichment, a request", "at-risk juvenile under Minn",
                 "statutory authority Minn", "Summers's death benefits nor", "weight of the evidenced",
                 "to properly evaluated"],
    "heldout7": ["value-that", "the complaining party shows"],
    "heldout8": ["asserts that that", "knowledge that relate directly", "denied petition, concluding", "principal' s",
                 "G non immigrant", "to include contracts, that the Beneficiary"],
    "dev7": [],
    "heldout9": [],
    "heldout10": ["following five issues: i."],
    "dev10": ["each witnesses'", "Marshall who testified as an expert"],
    "dev8": [],
    "heldout11": ["the position that St.", "DuBose whose evaluation", "Sanderoff, the district court",
                  "Bomaster, principal of Jay-Bi", "she Mcked", "employment in definitely",
                  "Paul's argument that New Mexico", "majority of the cases impose", "down payment-will",
                  "integrity of the family, however", "facts in this ease", "Patricia St.",
                  "The court said:Let me", "Paul asserts that it, in fact", "continued to used"],
    "heldout12": ["a jest which would not bear a serious examination", "the top of the stairs that",
                  "I understand why it's made", "Agraria adds that:", "with directions to Dismiss",
                  "agreed amount of attorney's fees are", "what is the remedy crafted",
                  "who made said claim; b.", "forty minutes telling his apartment", "obtain-ing",
                  "identify the third-party; f.", "an adverse inference from the chose",
                  "lifted in the revocation proceedings went"],
    "dev12": ["K-A-, therefore", "equation of Shaw claims"],
    "heldout13": ["Include a copy of your financial summary", "I know you, Judge, and I know",
                  "actions are consolidated pursuant to Wis", "From McMullen, the majority draws",
                  "If I had been a prosecutor in this case", "That's a matter for the-that",
                  "the bankers and those documents are not ghosts", "I know how you feel because",
                  "no justification to serve for levels", "sustained by their consistency, the hypothesis",
                  "I believe they will and I believe", "for Kelley's Conclusion", "I don't even know, like I said",
                  "the retired officers exception", "as the evidence in this case has demonstrated"],
    # The Caselaw Access Project's scans read "case" as "ease" now and then; a possessive
    # without its apostrophe (plaintiffs claim) is an error of the source's own.
    "heldout14": ["even if the sentence was more severe", "before the jury is excused", "Court denies Plaintiffs request",
                  "Nor may plaintiffs attempt", " ease", " eases", "plaintiffs sworn", "plaintiffs claim", "plaintiffs deposition",
                  "concludes, that on balance", "testimony in judicial proceedings are", "As to whether dividends shall",
                  "Fuijan"],
    # A court form's instructions (the appellate informational statement), a sentence cut at a
    # line or page ("York because", "Goodyear's opening affirmation and"), words the PDF ran
    # together or doubled ("nonNew York", "parties' parties'") and errors of the filing's own
    # ("what exactly what", "although the agreement was reached in plaintiff's") stay out.
    "heldout15": ["nonNew York", "York because it is not incorporated", "If this form is to be filed",
                  "Goodyear's opening affirmation and Goodyear's Reply", "although the agreement was reached in plaintiff's",
                  "what exactly what", "specify the relief requested", "parties' parties'",
                  # The exhibits of one filing: SCOTUSblog's statistics of a Supreme Court term.
                  "SCOTUSblog", "Stat Pack", "merits opinion", "merits cases", "chart", "unanimity", "unanimous cases",
                  "particular justice", "each justice", "liberal majority", "merits docket", "given sitting",
                  "Dissenting justices",
                  # A request's heading, a prayer clause and a form's instruction (no sentences);
                  # errors of the filing's own.
                  "Charter's policies and procedures concerning ARIN", "On all causes of action, awarding",
                  "Answer YES or NO", "for the sake of expending", "the lesser contacts required", "this cause action"],
    "dev15": ["If this form is to be filed", "SCOTUSblog", "chart", "Ford and Goodyear where each of their principal places",
              "Court's long-arm-act analysis is in tension", "the Order Show Cause", "finds them unavailing without merit",
              "items that Plaintiffs make claims", "In regards to the sole cause of action", "Defendants concede that their business contacts",
              "third party defendants actions", "neither reargument nor leave to appeal", "Explorer and Goodyear tire were part",
              "rightfully in its possession", "requirements of the DOH Memorandum is", "HIPAA does allow Plaintiffs to ignore",
              "the relief the Saxe Board seeks", "only providently discovered"],
    "dev14": [" ease", " eases", "plaintiffs cause", "plaintiffs factual", "plaintiffs state law", "vast -empire", "by'the",
              "Triare took", "Plaintiffs arguments lead", "plaintiffs understanding", "Whit-ten",
              "Plaintiffs claim that the latter"],
    "dev13": ["the balance of the provisions in the agreement", "New claims arising out of the same incident",
              "before our during a hearing", "evidence in its involvement of arson", "the good pieces that goes",
              "Move with that toward having", "off the record Discussions",
              "remand Appellants' First Amendment claims", "they not having been defined by the legislature",
              "upon which the majority relies"],
    "dev11": ["as an remedy", "Plaintiffs interpretation of Prieto", "Plaintiffs negligence and contract",
              "grand jury was required", "I think I say generally", "therapeutic stand point",
              "the jury was entitled to infer", "proximate cause of Plaintiffs damages", "abHity", "Mexico ease law",
              "did not show what happened in the seconds"],
    "dev6": ["Baker than to a"],
    "heldout6": ["Guide lines", "Scope of the Case", "two Terms ago a large"],
    "dev5": ["Amendment right or as simply", "how ever", "In Hudson of whether", "Chutkow's testimeny"],
    "heldout4": ["fundament right", "Pirouzian on three years", "perfected.500", "term-perhaps", "parents-household"],
    "heldout3": ["favorabletermination", "jury was guided", "Schiavo's jacket was either", "Court also expressed a concern", "A Given a", "Aponte if I sentence", "Blake's children, James",
                 "gradelevel", "City of Miami, Florida, also", "We are also aware that the sua sponte",
                 "B Petitioners, five", "statelaw"],
}


def half_for(target, ids, salt):
    """The ids of the target's half (dev2: the first, heldout3: the second, split by a hash
    of the id), in an order fixed by a hash of the target and id."""
    half = {i: hashlib.sha256((salt + i).encode()).digest()[0] % 2 for i in ids}
    want = 0 if target.startswith("dev") else 1
    return sorted((i for i in ids if half[i] == want), key=lambda i: hashlib.sha256((target + i).encode()).hexdigest())


def docs_for(target, repo):
    names = subprocess.run(["git", "--git-dir", repo, "ls-tree", "--name-only", "HEAD", "Midterm_Report/data/"],
                           capture_output=True, text=True, check=True).stdout.split()
    ids = [n.split("/")[-1][:-5] for n in names if n.endswith(".json")]
    ids = [i for i in ids if i not in tc.EXCLUDED["chansooligans"] and i not in hw.HELD_OUT
           and i not in hw.SHARED and i not in HELDOUT2_DOCS and tc.split_of("ca-" + i) == "heldout"]
    return half_for(target, ids, "r22")


def ielab_docs(target, repo):
    ids = [p.split("/")[-1][:-5] for p in tc.git_ls(repo, "airs2017-collection/topic") if p.endswith(".json")]
    ids = [i for i in ids if i not in tc.EXCLUDED["ielab"] and tc.split_of("scotus-" + i) == "heldout"]
    return half_for(target, ids, "r22s")


# Round 23: opinions of state courts and of courts no earlier set draws from, in the test data
# of the public GitHub repository harvard-lil/capstone (Caselaw Access Project casebody HTML of
# Fastcase volumes: A.3d, B.R., Cal.Rptr.3d, N.E.2d/3d, N.W.2d, P.3d, S.Ct., S.E.2d).
CAP_DIR = "capstone/test_data/fastcase"
ROUND23 = ("dev3", "heldout4")


def cap_docs(target, cap_repo):
    paths = [p for p in subprocess.run(["git", "--git-dir", cap_repo, "ls-tree", "-r", "--name-only", "HEAD", CAP_DIR],
                                       capture_output=True, text=True, check=True).stdout.splitlines()
             if p.endswith(".html")]
    return half_for(target, paths, "r23")


def cap_text(page):
    """The majority, concurring and dissenting opinions of a casebody page, without the head
    matter (parties, counsel, syllabus), star-page labels and footnote marks."""
    body = " ".join(re.findall(r"<article class=\"opinion\"[^>]*>(.*?)</article>", page, re.S))
    body = re.sub(r"<a [^>]*class=\"(?:page-label|footnotemark)\"[^>]*>.*?</a>", "", body)
    body = re.sub(r"<aside.*?</aside>", "", body, flags=re.S)
    return tc.from_html(body)


# Round 24: the case summaries that courts publish with their opinions (Ohio, North Dakota,
# Tennessee, New Jersey, Court of Federal Claims, Oklahoma, Minnesota, …), as the public GitHub
# repository freelawproject/juriscraper records them in its test data
# (tests/examples/opinions/united_states/*.compare.json, the `summaries` field). No earlier set,
# corpus or training split reads them.
ROUND24 = ("heldout5", "dev4")
JURISCRAPER_DIR = "tests/examples/opinions/united_states"


def juriscraper_texts(juriscraper_repo):
    paths = [p for p in subprocess.run(["git", "--git-dir", juriscraper_repo, "ls-tree", "-r", "--name-only", "HEAD",
                                        JURISCRAPER_DIR], capture_output=True, text=True, check=True).stdout.splitlines()
             if p.endswith(".compare.json")]
    for p in sorted(paths):
        raw = subprocess.run(["git", "--git-dir", juriscraper_repo, "show", f"HEAD:{p}"],
                             capture_output=True, text=True, check=True).stdout
        try:
            records = json.loads(raw)
        except json.JSONDecodeError:
            continue
        for n, record in enumerate(records if isinstance(records, list) else [records]):
            summary = record.get("summaries") if isinstance(record, dict) else None
            if summary and len(summary.split()) >= 30:
                # Curly apostrophes become straight ones so the sentence filter reads possessives.
                summary = summary.replace("\u2019", "'").replace("\u2018", "'")
                yield "js-%s#%d" % (p.rsplit("/", 1)[-1][:-len(".compare.json")], n), tc.from_html(summary)


# Round 26: the slip opinions of the Supreme Court of the United States, October Terms
# 2009-2011, as the public GitHub repository jeremybmerrill/scotuslm recorded them at commit
# 2f99fac (opinions/{09,10,11}txt/CASE/AUTHOR.txt, one file per opinion of the Court,
# concurrence or dissent; the syllabus and the .raw.txt copies are not read). US government
# work, public domain. The cases are split in two by a hash of the case name.
ROUND26 = ("heldout6", "dev5")
SCOTUSLM_COMMIT = "2f99facc9ce2b04bb2e74ffe57f0deae0ee7875e"


def scotuslm_texts(target, scotuslm_repo):
    paths = [p for p in subprocess.run(["git", "--git-dir", scotuslm_repo, "ls-tree", "-r", "--name-only", SCOTUSLM_COMMIT,
                                        "opinions/"], capture_output=True, text=True, check=True).stdout.splitlines()
             if p.endswith(".txt") and not p.endswith(".raw.txt") and not p.endswith("/syllabus.txt")]
    cases = sorted({p.rsplit("/", 1)[0] for p in paths})
    for case in half_for(target, cases, "r26"):
        for p in sorted(q for q in paths if q.rsplit("/", 1)[0] == case):
            raw = subprocess.run(["git", "--git-dir", scotuslm_repo, "show", f"{SCOTUSLM_COMMIT}:{p}"],
                                 capture_output=True, text=True, check=True).stdout
            # The slip opinion's line-end hyphens are soft hyphens followed by the line break's
            # space ("Wash\u00ad ington"); curly apostrophes become straight for the sentence filter.
            raw = raw.replace("\u00ad ", "").replace("\u00ad", "").replace("\u2019", "'").replace("\u2018", "'")
            yield "scotus26-" + case[len("opinions/"):].replace(" ", "_") + "/" + p.rsplit("/", 1)[1][:-4].replace(" ", "_"), raw


# Round 27: opinions of federal district courts, courts of appeals (not the First and Second
# Circuits, whose opinions earlier sets and the training corpus read) and state appellate courts
# in cyber-crime and intellectual-property cases, as the public GitHub repository
# jsavelka/luima_sbd records them (data/annotations/20180415_{cyber_crime,intellectual_property}
# .json, the `text` of each record; commit d76281b). Court opinions are public domain. The BVA
# and Supreme Court files of the same repository are not read (the BVA decisions overlap the
# precision corpus and the training corpus's source; the Supreme Court's are other sources'),
# nor the three Supreme Court opinions and the First and Second Circuit opinions filed among the
# intellectual-property records.
ROUND27 = ("heldout7", "dev6")
LUIMA_COMMIT = "d76281b"
LUIMA_FILES = ("data/annotations/20180415_cyber_crime.json", "data/annotations/20180415_intellectual_property.json")
LUIMA_LEFT_OUT = {
    "58b619140bf16802d61e4224",  # Limelight Networks v. Akamai (Supreme Court)
    "58b619130bf16802d61e4222",  # ABC v. Aereo (Supreme Court)
    "59b75d36dc30216436c7cad0",  # Matal v. Tam (Supreme Court)
    "59e80a2a74b84c4d877aa81b",  # United States v. Pires (First Circuit)
    "58b619130bf16802d61e4221",  # Bill Graham Archives v. Dorling Kindersley (Second Circuit)
    "59b75c94dc30216436c7cace",  # 335 F.3d 141 (Second Circuit)
    "58b09c410bf16802d61e3a5c",  # United States v. Jones (Supreme Court, untitled record)
    "58b09dca0bf16802d61e3a5d",  # Riley v. California (Supreme Court, untitled record)
}


def luima_texts(target, luima_repo):
    docs = {}
    for path in LUIMA_FILES:
        raw = subprocess.run(["git", "--git-dir", luima_repo, "show", f"{LUIMA_COMMIT}:{path}"],
                             capture_output=True, text=True, check=True).stdout
        for key, record in json.loads(raw).items():
            if key not in LUIMA_LEFT_OUT:
                docs[key] = record["text"]
    for key in half_for(target, sorted(docs), "r27"):
        # Curly quotes become straight for the sentence filter; the line separator some records
        # use (U+2028) is a line break.
        t = docs[key].replace("\u2019", "'").replace("\u2018", "'").replace("\u2028", "\n").replace("\r", "")
        yield "luima-" + key, t


# Round 28: decisions of the USCIS Administrative Appeals Office (H-1B, O-1, T and U visa,
# adjustment appeals of 2015-2020), as the public GitHub repository BU-Spark/CS506-Fall2020-Projects
# holds their text (t_visa_trends_team2/deliverables/dataset_history/old_data/texts/fileN.txt,
# commit 897ea88: the decisions' first pages, as text its team extracted). Decisions of a federal
# agency are works of the United States Government: public domain (17 U.S.C. 105). The precision
# corpus reads nine AAO decisions of another folder of the same repository (as PDFs); those
# decisions are left out here by their receipt numbers. No other set, corpus or training split
# reads AAO decisions. The decisions are split in two by a hash of the file name.
ROUND28 = ("heldout8", "dev7")
ROUND29 = ("heldout9", "dev8")
AAO_COMMIT = "897ea8836d9bd8adce5ab36f263986d76e59ee63"
AAO_DIR = "t_visa_trends_team2/deliverables/dataset_history/old_data/texts"
AAO_PRECISION = {"10064567", "11066036", "1857314", "6559292", "8476282", "8536053", "9090470", "9256848", "9605709"}
# OCR damage of the extracted text: a digit inside a word (l0l, 1-129 for I-129), an l for a 1
# or an I (H-lB), 0 for O (0-1), rn for m; `de nova` for `de novo`.
OCR_DAMAGE = re.compile(r"[a-z][A-Z]|[A-Za-z][0-9]|[0-9][a-z]|\b[A-Z]-l|\bl[A-Z]|\bde nova\b|\bWL Y\b|\b[0-9]-[0-9]\b")


def aao_texts(target, repo):
    paths = [p for p in subprocess.run(["git", "--git-dir", repo, "ls-tree", "-r", "--name-only", AAO_COMMIT, AAO_DIR + "/"],
                                       capture_output=True, text=True, check=True).stdout.splitlines()
             if p.endswith(".txt")]
    for p in half_for(target, sorted(paths), "r28"):
        raw = subprocess.run(["git", "--git-dir", repo, "show", f"{AAO_COMMIT}:{p}"],
                             capture_output=True, check=True).stdout.decode("utf-8", errors="replace")
        m = re.search(r"In Re:\s*(\d+)", raw)
        if m and m.group(1) in AAO_PRECISION:
            continue
        raw = raw.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
        yield "aao-" + (m.group(1) if m else p.rsplit("/", 1)[1][:-4]), raw
    if target == "dev7":
        # The development set also reads the opening paragraphs of the T-visa appeal decisions
        # the repository's tables hold (the `description` of t_visa_trends_team1/tvisa_AAO.csv and
        # the `desc` of the old_data/processed_result.csv), a pool the held-out half never reads.
        import csv
        import io
        # Not the decisions of the held-out half (processed_result.csv describes the same files).
        held = {i[len("aao-"):] for i, _ in aao_texts("heldout8", repo)}
        for path, col in (("t_visa_trends_team1/tvisa_AAO.csv", "description"),
                          (AAO_DIR.rsplit("/", 1)[0] + "/processed_result.csv", "desc")):
            raw = subprocess.run(["git", "--git-dir", repo, "show", f"{AAO_COMMIT}:{path}"],
                                 capture_output=True, check=True).stdout.decode("utf-8", errors="replace")
            for row in csv.DictReader(io.StringIO(raw)):
                if row.get("ID") in AAO_PRECISION or row.get("ID") in held or not row.get(col):
                    continue
                yield "aao-t-" + row.get("ID", ""), row[col].replace("\u2019", "'").replace("\u2018", "'")


FPPC_COMMIT = "41f218b4"
# Staff advice letters of California's Fair Political Practices Commission, 2010-2024 (the
# repository's text extraction of the Commission's PDFs); the letters the requesters wrote and
# quote are dropped with the sentence filters (quotations, addresses, capitals).
FPPC_YEARS = tuple(str(y) for y in range(2010, 2025))


def fppc_texts(target, repo):
    paths = [p for p in subprocess.run(["git", "--git-dir", repo, "ls-tree", "-r", "--name-only", FPPC_COMMIT, "data/extracted/"],
                                       capture_output=True, text=True, check=True).stdout.splitlines()
             if p.endswith(".json") and p.split("/")[2] in FPPC_YEARS]
    # The first 400 letters of the half, in the hash order: enough sentences, a quick draw.
    for p in half_for(target, sorted(paths), "r29")[:400]:
        d = json.loads(subprocess.run(["git", "--git-dir", repo, "show", f"{FPPC_COMMIT}:{p}"],
                                      capture_output=True, check=True).stdout.decode("utf-8", errors="replace"))
        t = ((d.get("content") or {}).get("full_text") or "")
        t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
        # A paragraph is one line in the extraction; lines broken inside a paragraph are joined.
        yield "fppc-" + (d.get("id") or p.rsplit("/", 1)[1][:-5]), re.sub(r"(?<=[a-z,;])\n(?=[a-z])", " ", t)


# Round 31 (heldout10, and dev10 from the other half of the cases): slip opinions of the
# California Courts of Appeal (published and unpublished, filed 2025-2026) as PDFs the public
# GitHub repository zeeshanhxider/LegalAI-Scraper downloaded from the courts' site
# (california/downloads/{published,unpublished}_opinions/download/CASE/CASE.PDF, commit 3c5f2af;
# no licence file: the opinions are the courts' own, public domain as government edicts, and
# none of the repository's code is copied). Read with pdftotext (poppler-utils). No earlier set,
# corpus or training split reads this repository or these opinions. The cases are split in two
# by a hash of the case number (a case's modification order "A169408M" goes with "A169408").
ROUND31 = ("heldout10", "dev10")
CALIF_COMMIT = "3c5f2af4cc75f6c7b375c2ebc04394bd1318835f"
CALIF_DIR = "california/downloads"
# Cases read from each half, in the hash order: enough sentences, a quick draw.
CALIF_CASES = 150


def calif_paragraphs(raw):
    """Paragraphs of pdftotext's reading-order text: a blank line (a block or page break) ends a
    paragraph, and so does a short line without closing punctuation (a heading); the lines of a
    paragraph are joined, a line-end hyphen before a lowercase letter kept as a hyphen. Page
    numbers and footnote numbers stay, so a sentence with one is left out (no digits)."""
    raw = (raw.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
           .replace("\u00a0", " ").replace("\f", "\n\n"))
    paras, cur = [], []
    for line in raw.split("\n"):
        line = line.strip()
        if not line:
            if cur:
                paras.append(cur)
            cur = []
            continue
        cur.append(line)
        if len(line) < 40 and not re.search(r"[.,;:?!)\"'-]$", line):
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    out = []
    for p in paras:
        text = p[0]
        for line in p[1:]:
            text = text + line if text.endswith("-") and line[:1].islower() else text + " " + line
        out.append(text)
    return "\n".join(out)


def calif_texts(target, repo):
    paths = [p for p in subprocess.run(["git", "--git-dir", repo, "ls-tree", "-r", "--name-only", CALIF_COMMIT, CALIF_DIR + "/"],
                                       capture_output=True, text=True, check=True).stdout.splitlines()
             if p.upper().endswith(".PDF")]
    by_case = {}
    for p in paths:
        m = re.match(r"[A-Z]\d+", p.rsplit("/", 1)[1])
        if m:
            by_case.setdefault(m.group(0), []).append(p)
    import tempfile
    for case in half_for(target, sorted(by_case), "r31")[:CALIF_CASES]:
        for p in sorted(by_case[case]):
            pdf = subprocess.run(["git", "--git-dir", repo, "show", f"{CALIF_COMMIT}:{p}"], capture_output=True, check=True).stdout
            with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
                f.write(pdf)
                f.flush()
                raw = subprocess.run(["pdftotext", "-enc", "UTF-8", f.name, "-"], capture_output=True).stdout.decode("utf-8", errors="replace")
            yield "cal-" + case, calif_paragraphs(raw)


# A quotation mark of single quotes (not an apostrophe: a letter on both sides, or "s'").
SINGLE_QUOTE = re.compile(r"(?<![A-Za-z])'|(?<![A-Za-z])'(?![A-Za-z])|(?<=[a-rt-z])'(?![A-Za-z])")

# The slips of round 31, in four categories (written to typos-SET.categories.tsv):
#   family     issue 16's own families and the legal-conventions confusables (new sentences;
#              the pairs are the issue's, so they are not new), and misspellings that leave a
#              lowercase proper noun ("denys"; propernoun rows);
#   misspell   misspellings of legal words (new lists; no pair of an earlier list or set);
#   agreement  subject-verb agreement: be/have (also across a prepositional phrase), and lexical
#              verbs: for heldout10 only (wrong, right) pairs no earlier labeled set holds, each
#              once; dev10 takes the earlier lists' verbs;
#   common     one-letter and closed-class real-word slips of common words (new pairs).
# Rows: (name, pattern whose group 1 is replaced, wrong form, at most this many times).
FAMILY_R31 = [
    # One row for each of the issue's families first (in the issue's order), then second slips
    # of the commonest and the other directions and forms.
    ("do not>to not", r"\b(?:we|they|[a-z]+s|[A-Z][a-z]+s|I|you) (do) not\b", "to", 2),
    ("cite>site", r"\b(cite)\b", "site", 1),
    ("effect>affect", r"\b(?:the|no|any|an|in|adverse|prejudicial|its|this|that|practical|same|cumulative) (effect)\b", "affect", 2),
    ("bear>bare", r"\b(bear)\b", "bare", 1),
    ("accept>except", r"\b(accept)\b", "except", 1),
    ("their>there", r"\b(their) (?!own)[a-z]+", "there", 2),
    ("its>it's", r"\b(its) [a-z]+", "it's", 2),
    ("whose>who's", r"\b(whose)\b", "who's", 1),
    ("than>then", r"\b(?:more|less|rather|other|greater|fewer|higher|lower|longer) (than)\b", "then", 2),
    ("lose>loose", r"\b(lose)\b", "loose", 1),
    ("principle>principal", r"\b(principles?)\b", "principal", 1),
    ("trial>trail", r"\b(trial)\b", "trail", 2),
    ("statute>statue", r"\b(statute)\b", "statue", 2),
    ("from>form", r"\b(from)\b", "form", 2),
    ("counsel>council", r"\b(counsel)\b", "council", 2),
    ("perform>preform", r"\b(perform)\b", "preform", 1),
    ("prescribed>proscribed", r"\b(prescribed)\b", "proscribed", 1),
    ("elicit>illicit", r"\b(elicit)\b", "illicit", 1),
    ("discrete>discreet", r"\b(discrete)\b", "discreet", 1),
    ("cited>sited", r"\b(cited)\b", "sited", 1),
    ("affect>effect", r"\b(?:not|would|could|did|does|may|might|to) (affect)\b", "effect", 2),
    ("there>their", r"\b(there) (?:is|are|was|were)\b", "their", 1),
    ("then>than", r"\b(then)\b", "than", 1),
    ("principal>principle", r"\b(principal)\b", "principle", 1),
    ("their>they're", r"\b(their) (?!own)[a-z]+", "they're", 1),
    ("it is>its", r"\b(it is) (?:clear|not|well|true|undisputed|evident|apparent|necessary|unnecessary|possible|likely)\b", "its", 1),
    ("form>from", r"\b(?:in|the|any|a|this|that|some) (form)\b", "from", 1),
    ("statutes>statues", r"\b(statutes)\b", "statues", 1),
    ("take effect>take affect", r"\b(?:take|took|takes|taking|taken) (effect)\b", "affect", 1),
    ("cites>sites", r"\b(cites)\b", "sites", 1),
    ("affected>effected", r"\b(affected)\b", "effected", 1),
    ("bears>bares", r"\b(bears)\b", "bares", 1),
    ("accepted>excepted", r"\b(accepted)\b", "excepted", 1),
    ("except>accept", r"\b(except)\b", "accept", 1),
    ("performed>preformed", r"\b(performed)\b", "preformed", 1),
    ("proscribed>prescribed", r"\b(proscribed)\b", "prescribed", 1),
    ("illicit>elicit", r"\b(illicit)\b", "elicit", 1),
]
# The legal-conventions list's other confusables (reference section 5.2).
CONFUSABLE_R31 = [
    ("waived>waved", r"\b(waived)\b", "waved", 1),
    ("breach>breech", r"\b(breach)\b", "breech", 1),
    ("precedent>precedence", r"\b(precedent)\b", "precedence", 1),
    ("causal>casual", r"\b(causal)\b", "casual", 1),
    ("adverse>averse", r"\b(adverse)\b", "averse", 1),
    ("led>lead", r"\b(?:which|that|and|had|has) (led)\b", "lead", 1),
    ("forgo>forego", r"\b(forgo)\b", "forego", 1),
    ("apprised>appraised", r"\b(apprised)\b", "appraised", 1),
    ("tortious>tortuous", r"\b(tortious)\b", "tortuous", 1),
    ("advice>advise", r"\b(advice)\b", "advise", 1),
    ("borne>born", r"\b(borne)\b", "born", 1),
    ("public>pubic", r"\b(public)\b", "pubic", 1),
    ("complaint>compliant", r"\b(complaint)\b", "compliant", 1),
    ("preceding>proceeding", r"\b(preceding)\b", "proceeding", 1),
    ("liable>libel", r"\b(liable)\b", "libel", 1),
    ("alternatively>alternately", r"\b(alternatively)\b", "alternately", 1),
    ("rationale>rational", r"\b(rationale)\b", "rational", 1),
    ("ensure>insure", r"\b(ensure)\b", "insure", 1),
    ("probable cause>probably cause", r"\b(probable) cause\b", "probably", 1),
    ("whether>weather", r"\b(whether)\b", "weather", 1),
    ("waive>wave", r"\b(waive)\b", "wave", 1),
]
# Misspellings that leave a lowercase proper noun (issue 16's "denys": words plead's word list
# holds only as a name, "Denys", "Jude", "Amy"); the held-out set and the development set take
# different pairs.
PROPERNOUN_H10 = [
    ("denies>denys", r"\b(denies)\b", "denys", 1),

    ("may>amy", r"\b(may) (?:not|be|have)\b", "amy", 1),
    ("are>rae", r"\b(?:they|we|[a-z]+s) (are)\b", "rae", 1),
    ("even>evan", r"\b(even) (?:if|though|when|assuming)\b", "evan", 1),
]
PROPERNOUN_D10 = [
    ("not>nat", r"\b(?:did|does|do|could|would|is|was) (not)\b", "nat", 1),
    ("time>tim", r"\b(time)\b", "tim", 1),
    ("and>dan", r"\b(and) (?:the|a|his|her)\b", "dan", 1),
    ("denied>denis", r"\b(denied)\b", "denis", 1),
    ("had>hal", r"\b(?:he|she|court) (had)\b", "hal", 1),
    ("jury>judy", r"\bthe (jury)\b", "judy", 1),
]
# One-letter and closed-class slips of common words: pairs no earlier list, labeled set or data
# table holds (novel_pairs_check), the held-out and the development lists disjoint.
COMMON_H10 = [
    ("about>abut", r"\b(about)\b", "abut", 1),
    ("for>fro", r"\b(for) (?:the|a|an|his|her|its|their)\b", "fro", 1),
    ("that>hat", r"\b(?:found|held|argues|contends|concluded|noted|asserts|claims|concludes) (that)\b", "hat", 1),
    ("with>wit", r"\b(with) (?:the|a|an|his|her|its|their)\b", "wit", 1),
    ("and>ad", r"\b(and) (?:the|a|his|her|that)\b", "ad", 1),
    ("does>dose", r"\b(does) not\b", "dose", 1),
    ("jury>fury", r"\b(jury)\b", "fury", 1),
    ("remand>remind", r"\b(remand)\b", "remind", 1),
    ("witness>witless", r"\b(witness)\b", "witless", 1),
    ("charges>changes", r"\b(charges)\b", "changes", 1),
    ("though>thought", r"\beven (though)\b", "thought", 1),
    ("this>thus", r"\b(?:[Ii]n|[Oo]n|[Oo]f|[Ff]or|to) (this) (?:case|court|matter|appeal|record|issue)\b", "thus", 1),
    ("he>be", r"\b(he) (?:was|had|did|could|would)\b", "be", 1),
    ("its>is", r"\b(its) own\b", "is", 1),
    ("our>out", r"\b(our) (?:review|analysis|conclusion|discussion|opinion|decision)\b", "out", 1),
    ("order>older", r"\b(order)\b", "older", 1),
    ("not>note", r"\b(?:did|does|do|could|would) (not)\b", "note", 1),
    ("court>count", r"\b(?:trial|juvenile|superior|appellate) (court)\b", "count", 1),
]
COMMON_D10 = [
    ("of>or", r"\b(of) (?:the|a|his|her|its|their)\b", "or", 1),
    ("to>too", r"\b(to) (?:the|a|be|his|her)\b", "too", 1),
    ("on>no", r"\b(on) (?:the|a|appeal|this)\b", "no", 1),
    ("guilty>guilt", r"\b(?:found|pleaded|pled) (guilty)\b", "guilt", 1),
    ("appeal>appear", r"\b(appeal)\b", "appear", 1),
    ("charged>changed", r"\b(charged)\b", "changed", 1),
    ("conviction>convection", r"\b(conviction)\b", "convection", 1),
    ("parole>parol", r"\b(parole)\b", "parol", 1),
    ("evidence>evident", r"\b(?:the|no|substantial|sufficient) (evidence)\b", "evident", 1),
    ("thus>this", r"\b(thus)\b", "this", 1),
    ("will>well", r"\b(will) (?:not|be)\b", "well", 1),
    ("must>most", r"\b(must) (?:be|have|show|establish)\b", "most", 1),
    ("after>alter", r"\b(after)\b", "alter", 1),
    ("was>as", r"\b(?:he|she|it|which|that) (was)\b", "as", 1),
    ("the>then", r"\b(?:of|in|to|by) (the)\b", "then", 1),
    ("had>hand", r"\b(?:he|she|they) (had)\b", "hand", 1),
    ("could>cold", r"\b(could) (?:not|have|be)\b", "cold", 1),
    ("would>world", r"\b(would) (?:not|have|be)\b", "world", 1),
    ("reversed>reserved", r"\b(reversed)\b", "reserved", 1),
    ("because>became", r"\b(because)\b", "became", 1),
    ("filed>failed", r"\b(filed)\b", "failed", 1),
    ("then>them", r"\b(?:and|was|were) (then)\b", "them", 1),
    ("any>an", r"\b(?:without|not|of) (any)\b", "an", 1),
]
# Subject-verb agreement: be/have across a prepositional phrase (both sets), and lexical verbs.
_SUBJ_PP = r" (?:of|in|for|on|to|against|by|from) (?:the |a |an |his |her |their |this )?[a-z]+"
_SING31 = (r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]his|[Tt]hat) (?:[a-z]+ )?(?:court|defendant|petitioner|jury|statute|claim|"
           r"argument|evidence|record|conviction|sentence|motion|order|finding|testimony|request|decision|petition)")
_PLUR31 = r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir) (?:[a-z]+ )?(?!does\b|is\b|was\b|has\b)[a-z]+[^suie']s"
AGREE_BE_R31 = [
    ("agree:was>were", _SING31 + _SUBJ_PP + r" (was)\b", "were", 1),
    ("agree:is>are", _SING31 + _SUBJ_PP + r" (is)\b", "are", 1),
    ("agree:has>have", _SING31 + _SUBJ_PP + r" (has)\b", "have", 1),
    ("agree:were>was", _PLUR31 + _SUBJ_PP + r" (were)\b", "was", 1),
    ("agree:are>is", _PLUR31 + _SUBJ_PP + r" (are)\b", "is", 1),
    ("agree:have>has", _PLUR31 + _SUBJ_PP + r" (have)\b", "has", 1),
    ("agree:was>were", _SING31 + r" (was)\b", "were", 3),
    ("agree:were>was", _PLUR31 + r" (were)\b", "was", 3),
    ("agree:is>are", _SING31 + r" (is)\b", "are", 2),
    ("agree:has>have", _SING31 + r" (has)\b", "have", 2),
]
_SING31_LEX = (r"\b(?:(?!The\b|This\b|That\b|These\b|Those\b)[A-Z][a-z]+(?<!s)|[Dd]efendant|[Pp]laintiff|[Pp]etitioner|[Aa]ppellant|[Rr]espondent|Father|Mother|"
               r"[Tt]he (?:trial |juvenile |superior )?court|[Tt]he (?:[a-z]+ )?(?:statute|record|evidence|rule|provision|"
               r"instruction|agreement|contract|ordinance|policy|order|section))")
_PLUR31_LEX = (r"\b(?:(?:[Tt]he|[Bb]oth) parties|[Dd]efendants|[Pp]laintiffs|[Pp]arents|[Tt]he (?:[a-z]+ )?(?:statutes|cases|"
               r"authorities|provisions|courts|facts|circumstances|records|instructions|findings|rules|decisions))")
AGREE_LEX_H10 = [
    ("agree:3sg>bare", _SING31_LEX + r" (maintains|urges|faults|posits|counters|complains|observes|recognizes|emphasizes|"
     r"permits|authorizes|governs|mandates|precludes|bars|allows|renders|compels|points|asks|insists|cites|challenges|"
     r"disagrees|identifies|offers|raises|addresses|fails|claims|argues|asserts|contends|notes|explains|requires|provides)\b", _drop_s9, 6),
    ("agree:bare>3sg", _PLUR31_LEX + r" (agree|urge|point|posit|counter|complain|observe|recognize|emphasize|permit|"
     r"authorize|govern|mandate|preclude|bar|allow|render|compel|ask|cite|challenge|disagree|identify|offer|raise|address|"
     r"fail|claim|argue|assert|contend|note|explain|require|provide)\b", _add_s9, 4),
]
AGREE_LEX_D10 = [
    ("agree:3sg>bare", _SING31_LEX + r" (argues|contends|asserts|claims|notes|explains|acknowledges|concedes|requires|"
     r"provides|states|applies|seeks|relies|suggests)\b", _drop_s9, 8),
    ("agree:bare>3sg", _PLUR31_LEX + r" (argue|contend|assert|claim|note|concede|require|provide|apply|show|establish|"
     r"seek|rely|suggest)\b", _add_s9, 6),
]
MISSPELL_H10 = [
    ("sentencing", "sentancing"), ("probation", "probaton"), ("prosecutor", "prosectuor"),
    ("ineffective", "inefective"), ("assistance", "assistence"), ("instruction", "instuction"),
    ("enhancement", "enhancment"), ("forfeited", "forfieted"), ("prejudicial", "prejudical"),
    ("harmless", "harmles"), ("hearsay", "hearsey"), ("custody", "custady"), ("juvenile", "juvinile"),
    ("dependency", "dependecy"), ("guardian", "gaurdian"), ("unconscionable", "unconscionible"),
    ("arbitration", "arbitation"), ("substantial", "substatial"), ("credibility", "credibilty"),
    ("allegation", "allegaton"), ("appellant", "appellaant"), ("defendant", "defendnt"),
    ("resentencing", "resentancing"), ("ordinance", "ordinence"), ("statement", "statment"),
    ("restitution", "restitusion"), ("occurred", "ocurred"), ("petition", "petiton"),
    ("dismissal", "dismisal"), ("sufficiency", "sufficency"),
]
MISSPELL_D10 = [
    ("sentencing", "sentensing"), ("probation", "probabtion"), ("prosecutor", "prosecutr"),
    ("ineffective", "ineffectve"), ("instruction", "instructoin"), ("enhancement", "enhancemnet"),
    ("forfeited", "forefeited"), ("prejudicial", "predjudicial"), ("harmless", "harmelss"),
    ("hearsay", "hearsy"), ("juvenile", "juvenille"), ("guardian", "guardain"),
    ("arbitration", "arbritration"), ("substantial", "substanial"), ("credibility", "credability"),
    ("allegation", "alegation"), ("appellant", "appellannt"), ("defendant", "defenant"),
    ("jurisdiction", "jurisidiction"), ("ordinance", "ordinanace"), ("committed", "committted"),
    ("occurred", "occurrd"), ("statement", "statemnt"), ("evidence", "evidnec"), ("abuse", "abuze"),
    ("discretion", "discresion"), ("conviction", "convicition"), ("testimony", "testimny"),
    ("custody", "custodey"), ("attorney", "attroney"), ("probation", "probatoin"),
]
# Per category: (rows, how many slips) for each set; the misspellings take (list, count).
PLAN_R31 = {
    "heldout10": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R31, 4),
                  ("family-propernoun", PROPERNOUN_H10, 4), ("misspell", MISSPELL_H10, 15),
                  ("agreement", AGREE_BE_R31, 4), ("agreement", AGREE_LEX_H10, 6), ("common", COMMON_H10, 15)],
    # The development set reads the confusables from the end of the list.
    "dev10": [("family", FAMILY_R31, 31), ("family-confusable", CONFUSABLE_R31[::-1], 6),
              ("family-propernoun", PROPERNOUN_D10, 6), ("misspell", MISSPELL_D10, 21),
              ("agreement", AGREE_BE_R31, 6), ("agreement", AGREE_LEX_D10, 8), ("common", COMMON_D10, 22)],
}


def novel_pairs_r31(target):
    """The (wrong, right) pairs of the round-31 lists that must be new (heldout10's misspellings
    and common-word slips: against every earlier list, labeled set and data table; dev10's: not
    one of heldout10's), and the pairs the lexical agreement rows must avoid."""
    seen, _ = novel_pairs_check(ROWS_H9, MISSPELL_H9, "heldout9")
    seen = set(seen)
    seen.update((w.lower(), r.lower()) for r, w in MISSPELL_H9)
    for name, _pat, wrong, *_ in ROWS_H9:
        if not callable(wrong):
            seen.add((wrong.lower(), name.split(">")[0].split()[0].lower()))
    for f in ("typos-heldout9.jsonl", "typos-dev8.jsonl"):
        for line in open("tests/fixtures/" + f):
            for e in json.loads(line)["expect"]:
                seen.add((e["span"].lower(), e["fix"].lower()))
    h10 = {(w.lower(), r.lower()) for r, w in MISSPELL_H10}
    h10 |= {(row[2].lower(), row[0].split(">")[0].lower()) for row in COMMON_H10}
    if target == "heldout10":
        clash = sorted(p for p in h10 if p in seen)
        return seen, clash
    d10 = {(w.lower(), r.lower()) for r, w in MISSPELL_D10}
    d10 |= {(row[2].lower(), row[0].split(">")[0].lower()) for row in COMMON_D10}
    return seen, sorted(d10 & h10)


# Round 32 (heldout11, and dev11 from the other half of the cases): opinions of the Court of
# Appeals of New Mexico, as the public GitHub repository chinmusique/outcome-prediction holds
# them (data/manual_annotation/ID.json, `content`: the Caselaw Access Project's open text of the
# New Mexico volumes, 500 cases; commit 892b438). No licence file: the opinions are the court's
# own text, public domain as government edicts, and none of the repository's code is copied.
# No earlier set, corpus or training split reads this repository or New Mexico opinions. The
# cases are split in two by a hash of the case id (salt r32).
ROUND32 = ("heldout11", "dev11")
NM_COMMIT = "892b438f3383364b6abc850dd278aef502011836"
NM_DIR = "data/manual_annotation"
# Cases read from each half, in the hash order: enough sentences, a quick draw.
NM_CASES = 150


def nm_texts(target, repo):
    paths = [p for p in subprocess.run(["git", "--git-dir", repo, "ls-tree", "-r", "--name-only", NM_COMMIT, NM_DIR + "/"],
                                       capture_output=True, text=True, check=True).stdout.splitlines()
             if p.endswith(".json")]
    ids = sorted(p.rsplit("/", 1)[1][:-len(".json")] for p in paths)
    for case in half_for(target, ids, "r32")[:NM_CASES]:
        d = json.loads(subprocess.run(["git", "--git-dir", repo, "show", f"{NM_COMMIT}:{NM_DIR}/{case}.json"],
                                      capture_output=True, check=True).stdout.decode("utf-8", errors="replace"))
        t = (d.get("content") or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
        # The text keeps the opinion's paragraph numbers ("{3}") and runs a heading into the
        # sentences around it ("we reverse.FACTS{2} On"): both end a paragraph here.
        t = re.sub(r"\{\d+\}", "\n", t)
        t = re.sub(r"(?<=[a-z][.:])(?=[A-Z]{2})", "\n", t)
        yield "nm-" + case, t


# The slips of round 32, in the categories of round 31 (typos-SET.categories.tsv). The families
# are round 31's rows (issue 16's pairs on new sentences). The confusables put first the
# legal-conventions entries no earlier set took (reference section 5.2: tried/tired,
# canons/cannons, quash/squash, dual/duel, fired/fried, definitely/defiantly, capital/capitol,
# complement/compliment, wanton/wonton, elude/allude), then round 31's.
CONFUSABLE_R32 = [
    ("tried>tired", r"\b(?:had|has|have|was|were|been|not|never|also|then|and) (tried)\b", "tired", 1),
    ("canons>cannons", r"\b(canons?)\b", "cannon", 1),
    ("quash>squash", r"\b(quash)\b", "squash", 1),
    ("dual>duel", r"\b(dual)\b", "duel", 1),
    ("fired>fried", r"\b(fired)\b", "fried", 1),
    ("definitely>defiantly", r"\b(definitely)\b", "defiantly", 1),
    ("capital>capitol", r"\b(capital)\b", "capitol", 1),
    ("complement>compliment", r"\b(complements?)\b", "compliment", 1),
    ("wanton>wonton", r"\b(wanton)\b", "wonton", 1),
    ("elude>allude", r"\b(elude)\b", "allude", 1),
] + CONFUSABLE_R31
# Misspellings that leave a lowercase name of plead's word list (`les`, `ned`: words it holds
# only as "Les", "Ned"): a dropped or changed letter, none of round 31's pairs.
PROPERNOUN_H11 = [
    ("less>les", r"\b(less) (?:than|likely|weight|favorable|serious)\b", "les", 1),
    ("need>ned", r"\b(need) (?:not|to)\b", "ned", 1),
    ("stand>stan", r"\b(stand)\b", "stan", 1),
    ("said>sid", r"\b(?:he|she|they|[Dd]efendant|[Pp]laintiff|[Ww]orker) (said)\b", "sid", 1),
    ("idea>ida", r"\b(idea)\b", "ida", 1),
]
PROPERNOUN_D11 = [
    ("same>sam", r"\bthe (same)\b", "sam", 1),
    ("made>mae", r"\b(?:was|were|be|been|had|has|have) (made)\b", "mae", 1),
    ("many>mary", r"\b(many)\b", "mary", 1),
    ("state>tate", r"\bthe (state)\b", "tate", 1),
    ("well>nell", r"\bas (well)\b", "nell", 1),
    ("them>thea", r"\b(?:of|to|for|against) (them)\b", "thea", 1),
    ("told>todd", r"\b(told)\b", "todd", 1),
]
# One-letter and closed-class slips of common words: pairs no earlier list, labeled set (the
# round-31 sets included) or data table holds (novel_pairs_r32), the held-out and the
# development lists disjoint.
COMMON_H11 = [
    ("own>won", r"\b(?:its|his|her|their) (own)\b", "won", 1),
    ("every>ever", r"\b(every) (?:case|time|element|one|reasonable|other)\b", "ever", 1),
    ("while>wile", r"\b(while)\b", "wile", 1),
    ("those>hose", r"\b(those)\b", "hose", 1),
    ("still>sill", r"\b(still)\b", "sill", 1),
    ("first>fist", r"\b(first)\b", "fist", 1),
    ("plain>plan", r"\b(plain) (?:language|meaning|error|terms|view|words)\b", "plan", 1),
    ("which>witch", r"\b(which)\b", "witch", 1),
    ("below>bellow", r"\b(below)\b", "bellow", 1),
    ("could>cloud", r"\b(could) (?:not|have|be)\b", "cloud", 1),
    ("severe>sever", r"\b(severe)\b", "sever", 1),
    ("quiet>quite", r"\b(quiet) title\b", "quite", 1),
    ("their>heir", r"\b(their) (?!own)[a-z]+", "heir", 1),
    ("matter>mater", r"\b(?:this|the|a|subject) (matter)\b", "mater", 1),
    ("party>part", r"\b(?:a|the|either|any|one|other|prevailing|moving) (party)\b", "part", 1),
    ("his>him", r"\b(his) (?:motion|conviction|sentence|claim|right|attorney|counsel|trial|appeal)\b", "him", 1),
    ("point>pint", r"\b(point)\b", "pint", 1),
    ("found>fond", r"\b(?:court|jury|we|judge|it) (found)\b", "fond", 1),
    ("larger>lager", r"\b(larger)\b", "lager", 1),
    ("fact>fat", r"\b(?:of|in|the) (fact)\b", "fat", 1),
    ("state>sate", r"\bthe (state)\b", "sate", 1),
]
COMMON_D11 = [
    ("two>tow", r"\b(two)\b", "tow", 1),
    ("when>wen", r"\b(when)\b", "wen", 1),
    ("said>sad", r"\b(said)\b", "sad", 1),
    ("trial>rial", r"\bthe (trial)\b", "rial", 1),
    ("filing>filling", r"\b(filing)\b", "filling", 1),
    ("with>whit", r"\b(with)\b", "whit", 1),
    ("then>ten", r"\b(?:and|was|were) (then)\b", "ten", 1),
    ("lien>line", r"\b(lien)\b", "line", 1),
    ("stay>sway", r"\b(stay)\b", "sway", 1),
    ("also>aloe", r"\b(also)\b", "aloe", 1),
    ("since>sine", r"\b(since)\b", "sine", 1),
    ("through>trough", r"\b(through)\b", "trough", 1),
    ("what>that", r"\b(what)\b", "that", 1),
    ("were>wee", r"\b(were)\b", "wee", 1),
    ("under>undue", r"\b(under) (?:the|a|this)\b", "undue", 1),
    ("only>on", r"\b(only)\b", "on", 1),
    ("did>dud", r"\b(did) not\b", "dud", 1),
    ("final>fine", r"\b(final)\b", "fine", 1),
    ("both>bot", r"\b(both)\b", "bot", 1),
    ("may>man", r"\b(may) (?:not|be|have)\b", "man", 1),
    ("been>bee", r"\b(been)\b", "bee", 1),
    ("same>sane", r"\bthe (same)\b", "sane", 1),
    ("whether>whither", r"\b(whether)\b", "whither", 1),
    ("into>unto", r"\b(into)\b", "unto", 1),
    ("sufficient>efficient", r"\b(sufficient)\b", "efficient", 1),
    ("clear>clean", r"\b(clear)\b", "clean", 1),
]
# Lexical verbs for the agreement rows: the held-out set's verbs are ones no earlier round's row
# names (checked again on each injected pair against every earlier set), the development set's
# others again.
AGREE_LEX_H11 = [
    ("agree:3sg>bare", _SING31_LEX + r" (reflects|indicates|establishes|supports|demonstrates|contains|involves|"
     r"constitutes|defines|creates|reveals|specifies|prohibits|imposes|affords|entitles|concludes|determines|"
     r"contemplates|presents|remains|appears|seems|depends|turns|involves|fits)\b", _drop_s9, 6),
    ("agree:bare>3sg", _PLUR31_LEX + r" (reflect|indicate|establish|support|demonstrate|contain|involve|constitute|"
     r"define|create|reveal|specify|prohibit|impose|afford|entitle|conclude|determine|remain|appear|seem|depend|"
     r"turn|present)\b", _add_s9, 4),
]
AGREE_LEX_D11 = [
    ("agree:3sg>bare", _SING31_LEX + r" (maintains|urges|faults|counters|complains|observes|recognizes|emphasizes|"
     r"permits|authorizes|governs|mandates|precludes|allows|renders|compels|points|asks|insists|challenges|"
     r"disagrees|identifies|offers|raises|addresses|fails|shows|holds|states|applies|seeks|relies|suggests)\b", _drop_s9, 8),
    ("agree:bare>3sg", _PLUR31_LEX + r" (agree|urge|point|counter|complain|observe|recognize|emphasize|permit|"
     r"authorize|govern|mandate|preclude|allow|render|compel|ask|challenge|disagree|identify|offer|raise|address|"
     r"fail|show|hold|state|apply|seek|rely|suggest)\b", _add_s9, 6),
]
MISSPELL_H11 = [
    ("legislature", "legislatrue"), ("suppress", "supress"), ("vehicle", "vehicel"),
    ("easement", "easment"), ("interpretation", "interpretaion"), ("magistrate", "magistrat"),
    ("compensation", "compenstion"), ("employer", "employeer"), ("disability", "disabilty"),
    ("damages", "damamges"), ("burglary", "burglery"), ("aggravated", "aggrivated"),
    ("ambiguous", "ambigous"), ("legislative", "legisative"), 
    ("insurer", "insuer"), ("coverage", "covarage"), ("violation", "violaton"), ("preserved", "perserved"),
    ("testified", "testifed"),
    ("suppression", "supression"), ("admitted", "admited"), ("constitute", "consitute"),
    ("dismissed", "dismised"), ("affirmed", "afirmed"), ("determination", "determinaton"),
    ("battery", "batery"), ("mistrial", "mistrail"), ("manslaughter", "manslaugther"),
]
MISSPELL_D11 = [
    ("legislature", "legislture"), ("suppress", "suppres"), ("warrant", "warrnat"), ("vehicle", "vehical"),
    ("easement", "easemnet"), ("interpretation", "interpetation"), ("magistrate", "magestrate"),
    ("compensation", "compensaton"), ("employer", "employr"), ("disability", "dissability"),
    ("damages", "damges"), ("burglary", "burglory"), ("aggravated", "agravated"),
    ("ambiguous", "ambiguos"), ("legislative", "legislatve"), ("contract", "contracct"),
    ("insurer", "insruer"), ("coverage", "coverge"), ("violation", "voilation"), ("preserved", "preseved"),
    ("therefore", "threfore"), ("accordingly", "acordingly"), ("testified", "testifeid"),
    ("suppression", "suppresion"), ("admitted", "admittted"), ("constitute", "constitue"),
    ("dismissed", "dismmissed"), ("affirmed", "affirmd"), ("determination", "determiantion"),
    ("battery", "battrey"), ("mistrial", "mistral"), ("manslaughter", "manslaugter"),
]
PLAN_R32 = {
    "heldout11": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R32, 4),
                  ("family-propernoun", PROPERNOUN_H11, 4), ("misspell", MISSPELL_H11, 15),
                  ("agreement", AGREE_BE_R31, 4), ("agreement", AGREE_LEX_H11, 6), ("common", COMMON_H11, 15)],
    # The development set reads the confusables from the end of the list.
    "dev11": [("family", FAMILY_R31, 31), ("family-confusable", CONFUSABLE_R32[::-1], 6),
              ("family-propernoun", PROPERNOUN_D11, 6), ("misspell", MISSPELL_D11, 21),
              ("agreement", AGREE_BE_R31, 6), ("agreement", AGREE_LEX_D11, 8), ("common", COMMON_D11, 22)],
}


def novel_pairs_r32(target):
    """The (wrong, right) pairs seen before round 32 — every pair round 31 checked against, round
    31's lists (misspellings, common-word slips, names) and both round-31 labeled sets, and the
    sets of data/confusion_sets_general.txt — and the pairs of the target's new lists that repeat
    one (heldout11: any seen pair; dev11: any of heldout11's, or a seen pair)."""
    import itertools
    seen, _ = novel_pairs_r31("heldout10")
    seen = set(seen)
    for lst in (MISSPELL_H10, MISSPELL_D10):
        seen.update((w.lower(), r.lower()) for r, w in lst)
    for rows in (COMMON_H10, COMMON_D10, PROPERNOUN_H10, PROPERNOUN_D10):
        seen.update((row[2].lower(), row[0].split(">")[0].lower()) for row in rows)
    for f in ("typos-heldout10.jsonl", "typos-dev10.jsonl"):
        for line in open("tests/fixtures/" + f):
            for e in json.loads(line)["expect"]:
                seen.add((e["span"].lower(), e["fix"].lower()))
    for line in open("crates/plead-core/data/confusion_sets_general.txt"):
        if not line.startswith("#"):
            seen.update(itertools.permutations(line.split(), 2))

    def pairs(misspell, common):
        out = {(w.lower(), r.lower()) for r, w in misspell}
        return out | {(row[2].lower(), row[0].split(">")[0].lower()) for row in common}

    h11 = pairs(MISSPELL_H11, COMMON_H11)
    if target == "heldout11":
        return seen, sorted(p for p in h11 if p in seen)
    d11 = pairs(MISSPELL_D11, COMMON_D11)
    return seen, sorted(p for p in d11 if p in h11 or p in seen)


# Round 33 (heldout12, and dev12 from the other half): the court texts that the public GitHub
# repository kritiat16/tad-judicial-opinions gathered from CourtListener for its circuit-split
# study (data/raw/validation_opinions.json, `plain_text`; commit 2bd067a): opinions of the
# federal courts of appeals, district-court orders and state appellate opinions, as their PDFs'
# text (hard line breaks, page and line numbers). No licence file: the texts are court opinions,
# public domain as government edicts, federal ones also under 17 U.S.C. 105, and none of the
# repository's code is copied. No earlier set, corpus or training split reads this repository;
# an opinion whose CourtListener id an earlier source holds would be left out (none is). The
# documents are split in two by a hash of the record id (salt r33).
ROUND33 = ("heldout12", "dev12")
TAD_COMMIT = "2bd067a8ed9b19756bb53c1f6e2e10de65860ce7"
TAD_FILE = "data/raw/validation_opinions.json"


def _line_end_hyphen(m):
    """A line-end hyphen: kept when the two pieces do not make a word ("cross-\nreferenced");
    when they do ("under-\nstand", "follow-\nup") the text cannot tell a broken word from a
    compound, and a non-ASCII hyphen keeps that sentence out of the pool (its shape test)."""
    line_break_damage("")  # loads the word list
    whole = (m.group(1) + m.group(2)).lower()
    return m.group(1) + ("\u2010" if whole in _WORDS else "-") + m.group(2)


def tad_texts(target, repo):
    records = json.loads(subprocess.run(["git", "--git-dir", repo, "show", f"{TAD_COMMIT}:{TAD_FILE}"],
                                        capture_output=True, check=True).stdout.decode("utf-8", errors="replace"))
    by_id = {str(r.get("id")): r for r in records if r.get("plain_text")}
    for doc in half_for(target, sorted(by_id), "r33"):
        t = by_id[doc]["plain_text"]
        t = (t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
             .replace("\u00a0", " ").replace("\f", " "))
        # The PDF text breaks lines (and pages) inside sentences: one stream, a line-end hyphen
        # read by _line_end_hyphen; a page or line number left inside a sentence keeps it out
        # of the pool (no digits).
        t = re.sub(r"([A-Za-z]+)-[ \t]*\n\s*([a-z]+)", _line_end_hyphen, t)
        yield "tad-" + doc, re.sub(r"\s+", " ", t)


# The legal-conventions confusables no earlier held-out set took first (heldout10 took waived,
# breach, precedent, adverse; heldout11 tried, dual, fired, capital), then those.
_TAKEN_H = ("waived>", "breach>", "precedent>", "adverse>", "tried>", "dual>", "fired>", "capital>")
CONFUSABLE_R33 = ([r for r in CONFUSABLE_R32 if not r[0].startswith(_TAKEN_H)]
                  + [r for r in CONFUSABLE_R32 if r[0].startswith(_TAKEN_H)])
# Misspellings that leave a lowercase name plead's word list holds only capitalized (Jim,
# Borden, Casey, Burt, Andy; Ali, Errol, Ryle, Dave, Kay, Clair): none of an earlier round's
# names; one dropped, added, swapped or neighbouring letter each.
PROPERNOUN_H12 = [
    ("him>jim", r"\b(?:to|for|against|with|by|of|that) (him)\b", "jim", 1),
    ("burden>borden", r"\b(burden)\b", "borden", 1),
    ("case>casey", r"\b(?:this|that|the|present|instant) (case)\b", "casey", 1),
    ("but>burt", r"\b(but) (?:the|it|we|he|she|they|not|also)\b", "burt", 1),
    ("any>andy", r"\b(?:without|not|of|in) (any)\b", "andy", 1),
]
PROPERNOUN_D12 = [
    ("all>ali", r"\b(all) (?:of|the|his|her|their|other)\b", "ali", 1),
    ("error>errol", r"\b(error)\b", "errol", 1),
    ("rule>ryle", r"\bthe (rule)\b", "ryle", 1),
    ("have>dave", r"\b(?:we|they|courts|parties|not) (have)\b", "dave", 1),
    ("may>kay", r"\b(may) (?:not|be|have)\b", "kay", 1),
    ("claim>clair", r"\b(?:the|a|his|her|this|that) (claim)\b", "clair", 1),
    ("note>nate", r"\b(note)\b", "nate", 1),
]
# One-letter and closed-class slips of common words: pairs no earlier list, labeled set (the
# round-32 sets included) or data table holds (novel_pairs_r33), the two lists disjoint.
COMMON_H12 = [
    ("court>curt", r"\b(?:district|the|this|appellate|trial|lower) (court)\b", "curt", 1),
    ("brief>brie", r"\b(?:its|his|her|their|the|opening|reply) (brief)\b", "brie", 1),
    ("law>low", r"\b(?:federal|state|common|case|the|of) (law)\b", "low", 1),
    ("but>bit", r"\b(but) (?:the|it|we|he|she|they|not|also)\b", "bit", 1),
    ("must>mist", r"\b(must) (?:be|have|show|establish|prove|consider|determine)\b", "mist", 1),
    ("here>her", r"\b(?:issue|question|case|claim|facts|record|result) (here)\b", "her", 1),
    ("nor>not", r"\b[Nn]either\b[^.;]*? (nor)\b", "not", 1),
    ("there>three", r"\b(there) (?:is|was|are|were)\b", "three", 1),
    ("other>otter", r"\b(?:the|any|no|every|each) (other)\b", "otter", 1),
    ("see>sea", r"\b(?:we|We|I|not|to) (see)\b", "sea", 1),
    ("our>or", r"\b(our) (?:review|analysis|precedent|cases|decision|conclusion|holding|sister)\b", "or", 1),
    ("not>nit", r"\b(?:is|was|does|did|are|were|could|would) (not)\b", "nit", 1),
    ("moot>mood", r"\b(moot)\b", "mood", 1),
    ("both>bath", r"\b(both)\b", "bath", 1),
    ("case>cast", r"\b(?:this|that|the|present|instant) (case)\b", "cast", 1),
    ("held>help", r"\b(?:we|court|Court|has|have|had|been) (held)\b", "help", 1),
    ("three>there", r"\b(three)\b", "there", 1),
    ("would>wold", r"\b(would) (?:not|be|have)\b", "wold", 1),
]
COMMON_D12 = [
    ("court>cart", r"\b(?:district|the|this|appellate|trial|lower) (court)\b", "cart", 1),
    ("rule>rile", r"\bthe (rule)\b", "rile", 1),
    ("must>mast", r"\b(must) (?:be|have|show|establish|prove)\b", "mast", 1),
    ("here>hare", r"\b(?:issue|question|case|claim|facts|record) (here)\b", "hare", 1),
    ("other>outer", r"\b(?:the|any|no|every|each) (other)\b", "outer", 1),
    ("see>sew", r"\b(?:we|We|not|to) (see)\b", "sew", 1),
    ("not>knot", r"\b(?:is|was|does|did|are|were) (not)\b", "knot", 1),
    ("where>wear", r"\b(where)\b", "wear", 1),
    ("case>vase", r"\b(?:this|that|the) (case)\b", "vase", 1),
    ("order>odder", r"\b(?:the|an|its|this) (order)\b", "odder", 1),
    ("was>wan", r"\b(?:he|she|it|which|that) (was)\b", "wan", 1),
    ("the>thee", r"\b(?:of|in|to|by|for) (the)\b", "thee", 1),
    ("and>end", r"\b(and) (?:the|a|his|her|that)\b", "end", 1),
    ("for>fir", r"\b(for) (?:the|a|an|his|her|its|their)\b", "fir", 1),
    ("with>wish", r"\b(with) (?:the|a|an|his|her|its|their)\b", "wish", 1),
    ("it>if", r"\b(it) (?:is|was|has|does)\b", "if", 1),
    ("law>lad", r"\b(?:federal|state|common|case) (law)\b", "lad", 1),
    ("claim>calm", r"\b(?:the|a|his|her|this|that) (claim)\b", "calm", 1),
    ("dissent>dissect", r"\b(dissent)\b", "dissect", 1),
    ("moot>moat", r"\b(moot)\b", "moat", 1),
    ("motion>lotion", r"\b(motion)\b", "lotion", 1),
    ("we>wet", r"\b(we) (?:hold|conclude|agree|affirm|reverse|note|have|are)\b", "wet", 1),
    ("statute>status", r"\bthe (statute)\b", "status", 1),
    ("would>wound", r"\b(would) (?:not|be|have)\b", "wound", 1),
    ("any>ant", r"\b(?:without|not|of|in) (any)\b", "ant", 1),
    ("been>bean", r"\b(?:has|have|had) (been)\b", "bean", 1),
    ("time>tome", r"\b(?:the|that|this|any) (time)\b", "tome", 1),
    ("when>wren", r"\b(when)\b", "wren", 1),
    ("made>mode", r"\b(?:was|were|be|been|had|has|have) (made)\b", "mode", 1),
]
# Subjects of the federal and state opinions (the district court, the Government, the panel).
_SING33_LEX = (r"\b(?:(?!The\b|This\b|That\b|These\b|Those\b|Here\b|There\b)[A-Z][a-z]+(?<!s)|[Dd]efendant|[Pp]laintiff|[Pp]etitioner|[Aa]ppellant|[Rr]espondent|"
               r"[Tt]he (?:district |trial |bankruptcy |lower )?court|[Tt]he [Gg]overnment|[Tt]he (?:[a-z]+ )?(?:statute|record|rule|"
               r"provision|regulation|agency|panel|majority|dissent|complaint|text|section|clause|contract|policy|order))")
_PLUR33_LEX = (r"\b(?:(?:[Tt]he|[Bb]oth) parties|[Dd]efendants|[Pp]laintiffs|[Tt]he (?:[a-z]+ )?(?:statutes|cases|courts|circuits|"
               r"regulations|provisions|facts|circumstances|decisions|allegations|claims|rules))")
# be/have after a subject of these opinions (no name or sentence-initial word: "Here is" stays
# grammatical with "are"), added to round 31's rows.
_SING33_BE = (r"\b(?:[Tt]he (?:district |trial |bankruptcy |lower )?court|[Tt]he [Gg]overnment|[Tt]he (?:[a-z]+ )?(?:statute|"
              r"rule|provision|regulation|agency|panel|majority|dissent|complaint|record|policy|order|plaintiff|defendant|"
              r"petitioner|argument|claim|question|issue|case|conduct|motion))")
AGREE_BE_R33 = AGREE_BE_R31 + [
    ("agree:is>are", _SING33_BE + r" (is)\b", "are", 2),
    ("agree:was>were", _SING33_BE + r" (was)\b", "were", 2),
    ("agree:has>have", _SING33_BE + r" (has)\b", "have", 1),
]
# Lexical verbs no earlier round's row names (each injected pair is checked again); dev12 takes
# the earlier lists' verbs.
AGREE_LEX_H12 = [
    ("agree:3sg>bare", _SING33_LEX + r" (finds|takes|adds|reminds|considers|enjoys|moves|opposes|diminishes|conflates|"
     r"evinces|implicates|controls|concerns|reads|follows|conflicts|violates|satisfies|exceeds|triggers|forecloses|"
     r"undermines|warrants|alleges|extends|survives|lacks|means|confers|limits|rests|focuses|ignores|overlooks)\b", _drop_s9, 6),
    ("agree:bare>3sg", _PLUR33_LEX + r" (begin|take|add|consider|find|move|oppose|read|follow|conflict|control|violate|"
     r"satisfy|exceed|trigger|implicate|foreclose|undermine|warrant|allege|concern|extend|survive|lack|mean|confer|"
     r"limit|rest|focus|ignore|overlook)\b", _add_s9, 4),
]
AGREE_LEX_D12 = [
    ("agree:3sg>bare", _SING33_LEX + r" (argues|contends|asserts|claims|notes|explains|requires|provides|states|applies|"
     r"seeks|relies|suggests|maintains|urges|recognizes|permits|allows|fails|holds|shows|reflects|indicates|establishes|"
     r"supports|demonstrates|contains|involves|constitutes|defines|creates|remains|appears|seems|depends|points|"
     r"disagrees|acknowledges|cites|compels|insists|concedes|asks|offers|raises|identifies|addresses|governs|bars|"
     r"precludes|authorizes|mandates|renders|observes|emphasizes|complains|counters|faults|urges)\b", _drop_s9, 8),
    ("agree:bare>3sg", _PLUR33_LEX + r" (argue|contend|assert|claim|note|require|provide|apply|show|establish|seek|rely|"
     r"suggest|recognize|permit|allow|fail|hold|reflect|indicate|support|demonstrate|contain|involve|remain|appear|"
     r"seem|depend|maintain|insist|concede|ask|offer|raise|identify|address|govern|bar|preclude|authorize|mandate|"
     r"render|observe|emphasize|complain|counter|fault|urge|cite|disagree|point)\b", _add_s9, 6),
]
MISSPELL_H12 = [
    ("appellate", "appelate"), ("statutory", "statutroy"), ("precedent", "prcedent"), ("district", "dsitrict"),
    ("complaint", "complant"), ("circuit", "circut"), ("argument", "arugment"), ("government", "govenrment"),
    ("immunity", "immunty"), ("regulation", "regulatoin"), ("procedural", "procedurall"), ("federal", "fedreal"),
    ("constitutional", "constitutonal"), ("relevant", "relevnt"), ("analysis", "analyis"), ("question", "quesiton"),
    ("separate", "seprate"), ("decision", "decsion"), ("provision", "provison"), ("remedy", "remdy"),
    ("defendants", "defedants"), ("agency", "agancy"), ("retaliation", "retalation"), ("injunction", "injuction"),
    ("standing", "standng"), ("interpret", "interprett"), ("amendment", "amendmnet"), ("subject", "subjcet"),
    ("requirement", "requriement"),
]
MISSPELL_D12 = [
    ("appellate", "appellete"), ("precedent", "precedant"), ("complaint", "compaint"), ("circuit", "circiut"),
    ("argument", "argumetn"), ("necessary", "necessray"), ("immunity", "imunity"), ("regulation", "regulaton"),
    ("procedural", "proceduarl"), ("federal", "federla"), ("relevant", "relavant"), ("analysis", "anaylsis"),
    ("question", "questoin"), ("separate", "separete"), ("provision", "provsion"), ("remedy", "remedey"),
    ("agency", "agnecy"), ("injunction", "injunciton"), ("standing", "standig"), ("retaliation", "retaliaton"),
    ("interpret", "interpert"), ("defendants", "defendatns"), ("liability", "liabilitiy"),
    ("jurisdiction", "jurisdcition"), ("subject", "subjet"), ("statutory", "sttautory"),
    ("removal", "remvoal"), ("petition", "petitoin"),
    ("prisoner", "prisonor"), ("habeas", "habaes"), ("exhaustion", "exhuastion"), ("equitable", "equitible"),
    ("enhancement", "enhancemnt"), ("firearm", "firarm"), ("incarceration", "incarceraton"),
]
PLAN_R33 = {
    "heldout12": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R33, 4),
                  ("family-propernoun", PROPERNOUN_H12, 4), ("misspell", MISSPELL_H12, 15),
                  ("agreement", AGREE_BE_R33, 4), ("agreement", AGREE_LEX_H12, 6), ("common", COMMON_H12, 15)],
    # The development set reads the confusables from the end of the list; its half holds seven
    # lexical agreement pairs, so one more be/have slip makes up the fourteen.
    "dev12": [("family", FAMILY_R31, 31), ("family-confusable", CONFUSABLE_R33[::-1], 6),
              ("family-propernoun", PROPERNOUN_D12, 6), ("misspell", MISSPELL_D12, 21),
              ("agreement", AGREE_BE_R33, 7), ("agreement", AGREE_LEX_D12, 7), ("common", COMMON_D12, 22)],
}


def novel_pairs_r33(target):
    """The (wrong, right) pairs seen before round 33 — every pair round 32 checked against, round
    32's lists (misspellings, common-word slips, names, lexical agreement verbs through the sets)
    and both round-32 labeled sets — and the pairs of the target's new lists that repeat one
    (heldout12: any seen pair; dev12: any of heldout12's, or a seen pair)."""
    return novel_pairs_after(
        novel_pairs_r32("heldout11")[0],
        (MISSPELL_H11, MISSPELL_D11),
        (COMMON_H11, COMMON_D11, PROPERNOUN_H11, PROPERNOUN_D11),
        ("typos-heldout11.jsonl", "typos-dev11.jsonl"),
        (MISSPELL_H12, COMMON_H12 + PROPERNOUN_H12),
        (MISSPELL_D12, COMMON_D12 + PROPERNOUN_D12),
        target == "heldout12",
    )


def novel_pairs_after(seen, misspell_lists, row_lists, sets, held, dev, for_held):
    """The pairs seen before a round — `seen`, the previous round's misspelling lists and
    (wrong > right) rows, and the slips of its labeled sets — and the pairs of the new held-out
    lists (`for_held`) or development lists that repeat one (dev: also any held-out pair)."""
    seen = set(seen)
    for lst in misspell_lists:
        seen.update((w.lower(), r.lower()) for r, w in lst)
    for rows in row_lists:
        seen.update((row[2].lower(), row[0].split(">")[0].lower()) for row in rows)
    for f in sets:
        for line in open("tests/fixtures/" + f):
            for e in json.loads(line)["expect"]:
                seen.add((e["span"].lower(), e["fix"].lower()))

    def pairs(misspell, rows):
        out = {(w.lower(), r.lower()) for r, w in misspell}
        return out | {(row[2].lower(), row[0].split(">")[0].lower()) for row in rows}

    h = pairs(*held)
    if for_held:
        return seen, sorted(p for p in h if p in seen)
    d = pairs(*dev)
    return seen, sorted(p for p in d if p in h or p in seen)


# Round 33b (heldout13, and dev13 from the other half): opinions of federal courts of appeals
# (not the First and Second Circuits), federal district courts and state supreme and appellate
# courts, as the public GitHub repository alexmclaughlin2005/anylaw-case-database holds a sample
# of the AnyLaw/Lexsphere collection ("Anylaw sample documents-b/doc_NNNN_ID.json", the `body`
# of each document: the opinion's text, paragraphs on their own lines; commit 9abcef7). No
# licence file: the texts are court opinions, public domain as government edicts (Banks v.
# Manchester; Georgia v. Public.Resource.Org), federal ones also works of the United States
# Government (17 U.S.C. 105); only the opinions' text is read and none of the repository's code
# is copied. No earlier set, corpus or training split reads this repository. Courts whose
# opinions an earlier set or the training corpus reads are left out (ANYLAW_LEFT_OUT). The
# documents are split in two by a hash of the AnyLaw id (salt r33b).
ROUND33B = ("heldout13", "dev13")
ANYLAW_COMMIT = "9abcef76d32d214f3072c0a5ac10f34fca7fa033"
ANYLAW_DIR = "Anylaw sample documents-b"
# The Supreme Court (ielab/ussc-caselaw-collection, jeremybmerrill/scotuslm), the First and
# Second Circuits (chansooligans, the typo corpus), California (heldout10), New Mexico
# (heldout11) and the state courts whose summaries heldout5 read (New Jersey, Oklahoma, Texas,
# North Dakota, Minnesota).
ANYLAW_LEFT_OUT = {
    "Supreme Court", "First Circuit", "Second Circuit", "California Supreme Court", "California Court of Appeal",
    "New Mexico Supreme Court", "Supreme Court of New Jersey", "New Jersey Superior Court",
    "Court of Criminal Appeals of Oklahoma", "Court of Appeals of Texas", "North Dakota Supreme Court",
    "Supreme Court of Minnesota", "Court of Appeals of Minnesota",
}
# Documents read from each half, in the hash order (each is a long opinion: 143K-2.8M characters).
ANYLAW_DOCS = 150


def _git_blobs(repo, revpaths):
    """The contents of several `commit:path` blobs through one `git cat-file --batch`."""
    proc = subprocess.run(["git", "--git-dir", repo, "cat-file", "--batch"], input="".join(p + "\n" for p in revpaths).encode(),
                          capture_output=True, check=True)
    out, data, pos = [], proc.stdout, 0
    for _ in revpaths:
        end = data.index(b"\n", pos)
        size = int(data[pos:end].split()[2])
        out.append(data[end + 1:end + 1 + size])
        pos = end + 1 + size + 1
    return out


def anylaw_texts(target, repo):
    index = json.loads(_git_blobs(repo, [f"{ANYLAW_COMMIT}:{ANYLAW_DIR}/index.json"])[0])
    by_id = {d["id"]: d["filename"] for d in index["documents"] if d.get("jurisdiction") not in ANYLAW_LEFT_OUT}
    ids = half_for(target, sorted(by_id), "r33b")[:ANYLAW_DOCS]
    blobs = _git_blobs(repo, [f"{ANYLAW_COMMIT}:{ANYLAW_DIR}/{by_id[i]}" for i in ids])
    for doc, blob in zip(ids, blobs):
        t = json.loads(blob.decode("utf-8", errors="replace"))["document"].get("body") or ""
        t = (t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
             .replace("\u00a0", " "))
        yield "anylaw-" + doc, t


# The legal-conventions confusables no earlier held-out set took first (heldout10 took waived,
# breach, precedent, adverse; heldout11 tried, dual, fired, capital; heldout12 public,
# complaint, alternatively, probable cause), then those.
_TAKEN_H13 = _TAKEN_H + ("public>", "complaint>", "alternatively>", "probable cause>")
CONFUSABLE_R33B = ([r for r in CONFUSABLE_R32 if not r[0].startswith(_TAKEN_H13)]
                   + [r for r in CONFUSABLE_R32 if r[0].startswith(_TAKEN_H13)])
# Misspellings that leave a lowercase name plead's word list holds only capitalized; none of an
# earlier round's names; one dropped, added or neighbouring letter each.
PROPERNOUN_H13 = [
    ("high>hugh", r"\b(high) (?:court|school|degree|standard|level|risk)\b", "hugh", 1),
    ("set>seth", r"\b(set) (?:forth|out|aside)\b", "seth", 1),
    ("late>kate", r"\b(late)\b", "kate", 1),
    ("able>abe", r"\b(?:be|been|was|were|is|are|not) (able)\b", "abe", 1),
    ("like>ike", r"\b(like) (?:the|a|this|that|other|any)\b", "ike", 1),
]
PROPERNOUN_D13 = [
    ("make>jake", r"\bto (make)\b", "jake", 1),
    ("loss>lois", r"\b(loss)\b", "lois", 1),
    ("bail>gail", r"\b(bail)\b", "gail", 1),
    ("hurt>kurt", r"\b(hurt)\b", "kurt", 1),
    ("more>moe", r"\b(more) than\b", "moe", 1),
    ("wait>walt", r"\b(wait)\b", "walt", 1),
    ("join>jon", r"\b(join)\b", "jon", 1),
]
# One-letter and closed-class slips of common words: pairs no earlier list, labeled set (the
# round-33 sets heldout12 and dev12 included) or data table holds (novel_pairs_r33b), the two
# lists disjoint.
COMMON_H13 = [
    ("shall>shell", r"\b(shall) (?:not|be|have|make|pay)\b", "shell", 1),
    ("might>night", r"\b(might) (?:be|have|not)\b", "night", 1),
    ("none>nine", r"\b(none) of\b", "nine", 1),
    ("whom>whim", r"\b(?:to|of|for|by|with|against) (whom)\b", "whim", 1),
    ("these>theses", r"\b(these) (?:facts|cases|circumstances|claims|provisions|statutes|issues|statements)\b", "theses", 1),
    ("least>lest", r"\bat (least)\b", "lest", 1),
    ("rights>rites", r"\b(?:constitutional|civil|his|her|their|the|of) (rights)\b", "rites", 1),
    ("prove>probe", r"\bto (prove)\b", "probe", 1),
    ("reverse>revere", r"\b(?:we|must|and) (reverse)\b", "revere", 1),
    ("brought>bought", r"\b(?:was|were|be|been|had|has|have|he|she|they|and) (brought)\b", "bought", 1),
    ("when>hen", r"\b(when) (?:the|a|he|she|it|they)\b", "hen", 1),
    ("for>four", r"\b(for) (?:the|a|an|his|her|its|their)\b", "four", 1),
    ("in>inn", r"\b(in) (?:the|a|this|his|her|its|their)\b", "inn", 1),
    ("the>he", r"\b(?:of|to|by|for|that) (the) (?:court|statute|record|jury|government|state)\b", "he", 1),
    ("our>hour", r"\b(our) (?:review|analysis|decision|conclusion|holding|cases|precedent)\b", "hour", 1),
    ("him>hum", r"\b(?:to|for|against|with|by|of) (him)\b", "hum", 1),
    ("even>event", r"\b(even) (?:if|though|when|assuming)\b", "event", 1),
    ("made>mad", r"\b(?:was|were|be|been|had|has|have) (made)\b", "mad", 1),
    ("term>tern", r"\bthe (term)\b", "tern", 1),
    ("wife>wide", r"\b(?:his|the) (wife)\b", "wide", 1),
    ("debt>dent", r"\bthe (debt)\b", "dent", 1),
    ("board>broad", r"\b(?:the|a) (board)\b", "broad", 1),
    ("truth>ruth", r"\b(?:the|of) (truth)\b", "ruth", 1),
]
COMMON_D13 = [
    ("are>ate", r"\b(?:that|which|who|they|we) (are)\b", "ate", 1),
    ("being>begin", r"\b(being)\b", "begin", 1),
    ("can>van", r"\b(can) (?:be|not|only|also)\b", "van", 1),
    ("cannot>cannon", r"\b(cannot)\b", "cannon", 1),
    ("but>butt", r"\b(but) (?:the|it|we|he|she|they|not|also)\b", "butt", 1),
    ("they>thy", r"\b(they) (?:were|are|had|have|did|could|would)\b", "thy", 1),
    ("we>wee", r"\b(we) (?:hold|conclude|agree|affirm|reverse|note|have|are|find)\b", "wee", 1),
    ("where>here", r"\b(where) (?:the|a|he|she|it|they)\b", "here", 1),
    ("how>hoe", r"\b(how) (?:the|a|he|she|it|they|to|much|many)\b", "hoe", 1),
    ("has>gas", r"\b(?:[a-z]+) (has) (?:been|not|held|no)\b", "gas", 1),
    ("his>hid", r"\b(his) (?:motion|conviction|sentence|claim|right|attorney|counsel|trial|appeal|own)\b", "hid", 1),
    ("more>mote", r"\b(more) (?:than|likely|difficult)\b", "mote", 1),
    ("right>fight", r"\b(?:a|the) (right) to\b", "fight", 1),
    ("good>god", r"\b(good) (?:faith|cause|reason)\b", "god", 1),
    ("house>hose", r"\bthe (house)\b", "hose", 1),
    ("son>sin", r"\b(?:his|her|their) (son)\b", "sin", 1),
    ("job>jog", r"\b(?:his|her|the|a) (job)\b", "jog", 1),
    ("lawyer>layer", r"\b(lawyer)\b", "layer", 1),
    ("code>cod", r"\bthe (code)\b", "cod", 1),
    ("gun>gin", r"\bthe (gun)\b", "gin", 1),
    ("firm>form", r"\bthe (firm)\b", "form", 1),
    ("proof>roof", r"\b(?:of|the) (proof)\b", "roof", 1),
    ("price>pride", r"\bthe (price)\b", "pride", 1),
    ("action>auction", r"\b(?:an|the|this|civil) (action)\b", "auction", 1),
    ("bill>bull", r"\bthe (bill)\b", "bull", 1),
    ("month>mouth", r"\b(month)\b", "mouth", 1),
]
# Lexical verbs for the agreement rows: verbs no earlier round's row or set names (each
# injected pair is checked again against every earlier set); the development set's others again,
# without "claims", which a name before a plural noun reads as a verb ("the Bridger Coal claims").
AGREE_LEX_H13 = [
    ("agree:3sg>bare", _SING33_LEX + r" (describes|recites|resembles|qualifies|reaches|produces|becomes|serves|"
     r"operates|contradicts|undercuts|supplies|invokes|relates|represents|refers|encompasses|excludes|includes|"
     r"suffices|defeats|demands|leaves|receives|belongs|arises|occurs|exists|differs|continues|expresses|declares|"
     r"decides|prevents|protects|restricts|directs|embodies|speaks|draws|stands|tends)\b", _drop_s9, 6),
    ("agree:bare>3sg", _PLUR33_LEX + r" (describe|recite|resemble|qualify|reach|produce|become|serve|operate|"
     r"contradict|undercut|supply|invoke|relate|represent|refer|encompass|exclude|include|suffice|defeat|demand|"
     r"leave|receive|belong|arise|occur|exist|differ|continue|express|declare|decide|prevent|protect|restrict|"
     r"direct|embody|speak|draw|stand|tend)\b", _add_s9, 4),
]
AGREE_LEX_D13 = [
    ("agree:3sg>bare", _SING33_LEX + r" (makes|gives|calls|looks|comes|goes|works|helps|vests|grants|instructs|"
     r"guarantees|preempts|displaces|supersedes|answers|obligates|requests|permits|explains|addresses|provides|"
     r"requires|argues|contends|asserts|notes|applies|seeks|relies|suggests|appears|remains|seems)\b", _drop_s9, 8),
    ("agree:bare>3sg", _PLUR33_LEX + r" (make|give|call|look|come|go|work|help|vest|grant|instruct|guarantee|"
     r"preempt|displace|supersede|answer|obligate|request|permit|explain|address|provide|require|argue|contend|"
     r"assert|note|apply|seek|rely|suggest|appear|remain|seem)\b", _add_s9, 6),
]
MISSPELL_H13 = [
    ("reasonable", "reasoanble"), ("pursuant", "pursuent"), ("sufficient", "sufficinet"), ("necessary", "necsesary"),
    ("original", "orignal"), ("judgment", "judmgent"), ("proceedings", "procedeings"), ("plaintiff", "plaitniff"),
    ("testimony", "testmiony"), ("indictment", "indictmetn"), ("prosecution", "proseuction"),
    ("employment", "employmnet"), ("discrimination", "discrimation"), ("negligence", "negligecne"),
    ("property", "propetry"), ("insurance", "insuarnce"), ("corporation", "corporaton"),
    ("administrative", "administartive"), ("commission", "commision"), ("circumstances", "circumtsances"),
    ("particular", "particlar"), ("significant", "signifcant"), ("consistent", "consistant"),
    ("independent", "indepnedent"), ("existence", "existnece"), ("receive", "recive"), ("believe", "beileve"),
    ("privilege", "privliege"), ("acquitted", "aquitted"), ("apparent", "apparant"), ("reference", "refrence"),
    ("thereafter", "therafter"), ("procedure", "proceedure"), ("preliminary", "prelimnary"),
    ("petitioner", "petitioenr"), ("affidavit", "affiadvit"),
]
MISSPELL_D13 = [
    ("reasonable", "reasonabe"), ("pursuant", "persuant"), ("sufficient", "sufficiet"), ("necessary", "necessarry"),
    ("original", "origianl"), ("judgment", "judgmnt"), ("proceedings", "procedings"), ("plaintiff", "plaintifff"),
    ("testimony", "testamony"), ("indictment", "inditment"), ("prosecution", "prossecution"),
    ("employment", "employement"), ("discrimination", "descrimination"), ("negligence", "negligense"),
    ("property", "propety"), ("insurance", "insurnace"), ("corporation", "coporation"),
    ("administrative", "adminstrative"), ("commission", "comission"), ("circumstances", "circumstancs"),
    ("particular", "particualr"), ("significant", "significnat"), ("consistent", "consistnet"),
    ("independent", "indepedent"), ("existence", "existense"), ("receive", "receve"), ("believe", "belive"),
    ("privilege", "privilegge"), ("acquitted", "acquited"), ("apparent", "apparnet"), ("reference", "referance"),
    ("procedure", "procedrue"), ("preliminary", "preliminery"), ("petitioner", "petitionr"),
    ("affidavit", "affidavt"), ("municipal", "muncipal"), ("official", "offical"), ("enforcement", "enforcment"),
    ("conspiracy", "conspiricy"), ("possession", "possesison"), ("legitimate", "legitamate"),
]
PLAN_R33B = {
    "heldout13": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R33B, 4),
                  ("family-propernoun", PROPERNOUN_H13, 4), ("misspell", MISSPELL_H13, 15),
                  ("agreement", AGREE_BE_R33, 4), ("agreement", AGREE_LEX_H13, 6), ("common", COMMON_H13, 15)],
    # The development set reads the confusables from the end of the list.
    "dev13": [("family", FAMILY_R31, 31), ("family-confusable", CONFUSABLE_R33B[::-1], 6),
              ("family-propernoun", PROPERNOUN_D13, 6), ("misspell", MISSPELL_D13, 21),
              ("agreement", AGREE_BE_R33, 6), ("agreement", AGREE_LEX_D13, 8), ("common", COMMON_D13, 22)],
}


def novel_pairs_r33b(target):
    """The (wrong, right) pairs seen before round 33b — every pair round 33 checked against, round
    33's lists (misspellings, common-word slips, names) and both round-33 labeled sets (heldout12,
    dev12) — and the pairs of the target's new lists that repeat one (heldout13: any seen pair;
    dev13: any of heldout13's, or a seen pair)."""
    return novel_pairs_after(
        novel_pairs_r33("heldout12")[0],
        (MISSPELL_H12, MISSPELL_D12),
        (COMMON_H12, COMMON_D12, PROPERNOUN_H12, PROPERNOUN_D12),
        ("typos-heldout12.jsonl", "typos-dev12.jsonl"),
        (MISSPELL_H13, COMMON_H13 + PROPERNOUN_H13),
        (MISSPELL_D13, COMMON_D13 + PROPERNOUN_D13),
        target == "heldout13",
    )


# Round 34 (heldout14, and dev14 from the other half): paragraphs of federal court opinions
# (district courts, bankruptcy courts and courts of appeals) that the public GitHub repository
# bohanhou14/gaze_gaps keeps as the reference text ("gold_text") of its 1,000 test examples
# (examples/test-llama3-N.md; test-gpt4o-N.md holds the same paragraph): each example is a
# paragraph of a different opinion of the CLERC retrieval set (Caselaw Access Project federal
# cases), the paragraph a citation-writing model was asked to write. Only the gold_text is read
# (never the models' generations). No licence file: the texts are court opinions, public
# domain as government edicts and works of the United States Government (17 U.S.C. 105); none
# of the repository's code is copied. No earlier set, corpus or training split reads this
# repository. The examples are split in two by a hash of their number (salt r34).
ROUND34 = ("heldout14", "dev14")
CLERC_COMMIT = "6f1679e58d2f02de44183702a4b4a76aa0479216"
CLERC_DIR = "examples"


def clerc_texts(target, repo):
    names = subprocess.run(["git", "--git-dir", repo, "ls-tree", "--name-only", CLERC_COMMIT, CLERC_DIR + "/"],
                           capture_output=True, text=True, check=True).stdout.split()
    numbers = sorted(m.group(1) for m in (re.fullmatch(CLERC_DIR + r"/test-llama3-(\d+)\.md", n) for n in names) if m)
    ids = half_for(target, numbers, "r34")
    blobs = _git_blobs(repo, [f"{CLERC_COMMIT}:{CLERC_DIR}/test-llama3-{n}.md" for n in ids])
    for n, blob in zip(ids, blobs):
        m = re.search(r"\ngold_text: (.*?)\n\nlabel:", blob.decode("utf-8", errors="replace"), re.S)
        if not m:
            continue
        t = (m.group(1).replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
             .replace("\u00a0", " "))
        yield "clerc-" + n, t


# The legal-conventions confusables no earlier held-out set took first (heldout13 took canons,
# quash, definitely, complement), then those.
_TAKEN_H14 = _TAKEN_H13 + ("canons>", "quash>", "definitely>", "complement>")
CONFUSABLE_R34 = ([r for r in CONFUSABLE_R32 if not r[0].startswith(_TAKEN_H14)]
                  + [r for r in CONFUSABLE_R32 if r[0].startswith(_TAKEN_H14)])
# Misspellings that leave a lowercase name plead's word list holds only capitalized (Owen, Luke,
# Amy, Abel; Joan, Upton, Dover, Avery, Noe, Willa): none of an earlier round's (wrong, right)
# pairs; an added, neighbouring or swapped letter each.
PROPERNOUN_H14 = [
    ("own>owen", r"\b(?:its|his|her|their|our) (own)\b", "owen", 1),
    ("like>luke", r"\b(like) (?:the|a|this|that|other|any)\b", "luke", 1),
    ("able>abel", r"\b(?:be|been|was|were|is|are|not) (able)\b", "abel", 1),
    ("clear>lear", r"\b(?:is|was|are|were|be|been|not|made|makes|make) (clear)\b", "lear", 1),
    ("many>mandy", r"\b(many) (?:of|courts|cases|other|years|times)\b", "mandy", 1),
]
PROPERNOUN_D14 = [
    ("loan>joan", r"\bthe (loan)\b", "joan", 1),
    ("upon>upton", r"\b(?:based|relied|rely|relies|relying|depends|depend|incumbent|called) (upon)\b", "upton", 1),
    ("over>dover", r"\b(over) (?:the|a|an|his|her|its|their)\b", "dover", 1),
    ("every>avery", r"\b(every) [a-z]+\b", "avery", 1),
    ("none>noe", r"\b(none) of\b", "noe", 1),
    ("will>willa", r"\b(will) (?:not|be|have)\b", "willa", 1),
    ("stay>stacy", r"\bthe (stay)\b", "stacy", 1),
    ("late>tate", r"\b(?:too|was|is|were|filed) (late)\b", "tate", 1),
]
# Slips of common words that stay words — what a typing lawyer does: one letter of a short
# closed-class word (at -> as, an -> and, there -> here, of -> on, is -> it, if -> it), a
# swapped pair of letters (was -> saw, now -> own, unclear -> nuclear, marital -> martial).
# Each pattern keeps the slip ungrammatical or plainly wrong in its sentence (not "in his case"
# for "in this case"). No pair of an earlier list, labeled set (heldout13 and dev13 included) or
# data table (novel_pairs_r34); the two lists disjoint.
COMMON_H14 = [
    ("at>as", r"\b(at) (?:least|the time|that time|issue|trial|all)\b", "as", 1),
    ("an>and", r"\b(?:is|was|be|been|filed|entered|issued|not|such) (an)\b", "and", 1),
    ("was>saw", r"\b(?:it|which|that|he|she|this) (was) (?:not|also|then|therefore|thus)\b", "saw", 1),
    ("there>here", r"\b(?:if|whether|unless|because|that|where|since) (there) (?:is|was|are|were|has|have|had)\b", "here", 1),
    ("of>on", r"\b(?:because|instead|regardless|light|none|most|each|part|both|either|neither|all|many|one) (of)\b", "on", 1),
    ("is>it", r"\b(?:[Tt]his|which|that|[Tt]here) (is) (?:not|clear|well|true|undisputed|settled|also|therefore)\b", "it", 1),
    ("personal>personnel", r"\b(personal) (?:knowledge|jurisdiction|injury|property|liability|capacity|information|use|service)\b", "personnel", 1),
    ("if>it", r"\b(if) (?:the|a|any|he|she|they|an)\b", "it", 1),
    ("now>own", r"\b(now) (?:argues|contends|asserts|claims|seeks|moves|appeals|holds|hold|conclude|turn|address)\b", "own", 1),
    ("no>on", r"\b(?:is|was|are|were|had|has|have) (no) (?:evidence|basis|reason|merit|dispute|indication|authority|showing|doubt|need|question)\b", "on", 1),
    ("its>it", r"\b(its) (?:own|discretion|decision|motion|argument|claim|brief|position|review|jurisdiction|authority|burden)\b", "it", 1),
    ("conversations>conservations", r"\b(conversations)\b", "conservations", 1),
    ("not>nor", r"\b(?:does|did|do|is|was|are|were|could|would|should|may|will|need) (not)\b", "nor", 1),
    ("unclear>nuclear", r"\b(?:is|was|are|were|remains|remain|be) (unclear)\b", "nuclear", 1),
    ("he>the", r"\b(he) (?:argues|contends|was|had|did|could|would|has|is|also|then)\b", "the", 1),
    ("we>he", r"\b(?:[Tt]hus|[Tt]herefore|[Aa]ccordingly|[Hh]ere|[Bb]ecause|[Ss]ince|and|that) (we) (?:conclude|hold|find|agree|affirm|reverse|decline|note|believe|must|need)\b", "he", 1),
    ("found>fund", r"\b(?:court|judge|jury|we|it|he|she|they|Court|Board) (found) (?:that|no|the|a|it)\b", "fund", 1),
    ("it>at", r"\b(it) (?:is|was|would|does|did|has|had)\b", "at", 1),
    ("any>and", r"\b(?:without|not|of|in|to|for|from) (any)\b", "and", 1),
    ("upon>open", r"\b(?:based|relied|rely|relies|relying|depends|depend|incumbent|called) (upon)\b", "open", 1),
    ("marital>martial", r"\b(marital)\b", "martial", 1),
    ("as>a", r"\b(?:same|well|so|insofar|inasmuch) (as)\b", "a", 1),
    ("her>here", r"\b(?:of|to|for|by|in|that) (her) (?:motion|claim|claims|complaint|employment|husband|children|attorney|counsel|own|position|request)\b", "here", 1),
]
COMMON_D14 = [
    ("to>so", r"\b(?:seeks|sought|fails|failed|refused|declined|attempts|attempted|unable|able|required|entitled) (to)\b", "so", 1),
    ("us>is", r"\b(?:before|persuades|convinces|asks|urges|requires) (us)\b", "is", 1),
    ("out>our", r"\b(?:set|sets|carried|carry|points|pointed|spelled|laid|ruled|ruling) (out)\b", "our", 1),
    ("their>they", r"\b(their) (?:claims|motion|complaint|argument|arguments|counsel|brief|rights|own|position)\b", "they", 1),
    ("all>ail", r"\b(all) (?:of|the|other|three|such)\b", "ail", 1),
    ("for>far", r"\b(for) (?:the|a|an|summary|failure|lack)\b", "far", 1),
    ("use>sue", r"\bthe (use) of\b", "sue", 1),
    ("own>now", r"\b(?:its|his|her|their|our) (own)\b", "now", 1),
    ("same>some", r"\bthe (same)\b", "some", 1),
    ("most>must", r"\bthe (most) [a-z]+\b", "must", 1),
    ("even>ever", r"\b(even) (?:if|though|assuming|when)\b", "ever", 1),
    ("some>same", r"\b(some) of\b", "same", 1),
    ("at>it", r"\b(at) (?:the|that|this|least|issue|trial|all)\b", "it", 1),
    ("been>seen", r"\b(?:had|has|have) (been) (?:denied|granted|filed|made|held|found|dismissed|convicted|decided)\b", "seen", 1),
    ("once>one", r"\b(once) (?:the|a|an|he|she|it|they)\b", "one", 1),
    ("may>many", r"\b(?:court|defendant|plaintiff|agency|party|it|he|she|we|they) (may) (?:not|be|have|also)\b", "many", 1),
    ("did>die", r"\b(did) not\b", "die", 1),
    ("are>arc", r"\b(?:they|we|which|that|who) (are) (?:not|also|entitled|bound|required)\b", "arc", 1),
    ("for>from", r"\b(?:moved|moves|move|motion|motions|basis|reason|reasons|grounds) (for)\b", "from", 1),
    ("so>to", r"\b(so) (?:long|far|that)\b", "to", 1),
    ("open>upon", r"\b(?:an|the|in) (open)\b", "upon", 1),
    ("the>tho", r"\b(?:of|to|by|for|that|in) (the) (?:court|statute|record|jury|government|state|district|plaintiff|defendant)\b", "tho", 1),
    ("time>tine", r"\b(?:the|that|this|any) (time)\b", "tine", 1),
    ("part>pat", r"\b(?:in|as) (part)\b", "pat", 1),
    ("when>then", r"\b(when) (?:the|a|he|she|it|they)\b", "then", 1),
]
# Lexical verbs for the agreement rows: verbs no earlier round's row or set names (each
# injected pair is checked again; these opinions write few verbs in the present, so the lists
# name the ones they do write: criminalizes, reiterates, attributes, converts, commits,
# advances, weighs, ...). Besides a subject right before its verb (an adverb may stand between:
# "Shekoyan also contests"), the slip comes after an intervening phrase, as in a typing lawyer's
# drafts: a singular head before a plural noun of its prepositional phrase ("consideration of
# the emergency room records convert"), a relative clause of a plural noun ("circumstances that
# stems"), a partitive ("one of the claims stem").
_ADV34 = r"(?:(?:also|further|now|still|then|therefore|thus|here|thereby|again|likewise|similarly|only|merely|simply|clearly|plainly|nonetheless) )?"
_LEX34_S = ("criminalizes|weighs|implies|reiterates|attributes|contests|converts|commits|advances|denies|proves|"
            "carries|covers|stems|flows|hinges|lies|owes|favors|derives|results|matters|purports|attempts|needs|"
            "wants|knows|believes|says|cuts|tips|sounds|falls|sits|runs|hangs")
_LEX34_B = ("criminalize|weigh|imply|reiterate|attribute|contest|convert|commit|advance|deny|prove|carry|cover|stem|"
            "flow|hinge|lie|owe|favor|derive|result|matter|purport|attempt|need|want|know|believe|say|cut|tip|sound|"
            "fall|sit|run|hang")
_LEX34D_S = ("reviews|waives|declines|views|sustains|shifts|pertains|imports|hints|dovetails|disclaims|dictates|"
             "delays|defrauds|reinforces|examines|treats|discusses|mentions|names|cautions|touches|stresses|uses|"
             "keeps|gets|tells|sees|regards|deems|walks|writes|enters|pays|loses|wins")
_LEX34D_B = ("review|waive|decline|view|sustain|shift|pertain|import|hint|dovetail|disclaim|dictate|delay|defraud|"
             "reinforce|examine|treat|discuss|mention|name|caution|touch|stress|use|keep|get|tell|see|regard|deem|"
             "walk|write|enter|pay|lose|win")
_PLUR34_LEX = r"(?:" + _PLUR33_LEX + r"|(?:^|, )(?:[Cc]ourts|[Jj]udges|[Pp]laintiffs|[Dd]efendants|[Pp]arties|[Ll]itigants))"
_ATTRACTOR34 = (r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er) (?:[a-z]+ )?(?:right|consideration|disparity|"
                r"decision|question|use|purpose|effect|scope|existence|absence|nature|value|record|statute|rule|court|"
                r"evidence|testimony|conduct|failure|burden|issue|language|text|history|one|each) (?:of|in|for|on|to|"
                r"from|by|with|between|among) (?:[a-z']+ ){1,4}?[a-z]+[^su's]s ")
_PARTITIVE34 = (r"\b(?:[Oo]ne|[Ee]ach|[Nn]either|[Ee]ither) of (?:the|these|those|its|his|her|their|our) "
                r"(?:[a-z]+ )?[a-z]+[^su's]s ")
_RELATIVE34 = r"\b(?:[Tt]he|[Tt]hose|[Tt]hese|[Aa]ll|[Mm]any|[Ss]ome|under|of|in) (?:[a-z]+ )?[a-z]+[^su's]s (?:that|which|who) "
AGREE_LEX_H14 = [
    ("agree:3sg>bare", _SING33_LEX + " " + _ADV34 + r"(" + _LEX34_S + r")\b", _drop_s9, 4),
    ("agree:attractor:3sg>bare", _ATTRACTOR34 + _ADV34 + r"(" + _LEX34_S + r")\b", _drop_s9, 2),
    ("agree:bare>3sg", _PLUR34_LEX + " " + _ADV34 + r"(" + _LEX34_B + r")\b", _add_s9, 2),
    ("agree:relative:bare>3sg", _RELATIVE34 + _ADV34 + r"(" + _LEX34_B + r")\b", _add_s9, 1),
    ("agree:partitive:3sg>bare", _PARTITIVE34 + _ADV34 + r"(" + _LEX34_S + r")\b", _drop_s9, 1),
]
AGREE_LEX_D14 = [
    ("agree:3sg>bare", _SING33_LEX + " " + _ADV34 + r"(" + _LEX34D_S + r")\b", _drop_s9, 4),
    ("agree:attractor:3sg>bare", _ATTRACTOR34 + _ADV34 + r"(" + _LEX34D_S + r")\b", _drop_s9, 2),
    ("agree:bare>3sg", _PLUR34_LEX + " " + _ADV34 + r"(" + _LEX34D_B + r")\b", _add_s9, 3),
    ("agree:relative:bare>3sg", _RELATIVE34 + _ADV34 + r"(" + _LEX34D_B + r")\b", _add_s9, 2),
    ("agree:partitive:3sg>bare", _PARTITIVE34 + _ADV34 + r"(" + _LEX34D_S + r")\b", _drop_s9, 2),
] + AGREE_LEX_D13 + AGREE_LEX_H13 + AGREE_LEX_D12  # the half holds few new verbs: then the earlier lists' verbs
MISSPELL_H14 = [
    ("statute", "statuet"), ("motion", "motoin"), ("section", "secton"), ("cannot", "cannnot"), ("requires", "requries"),
    ("conduct", "condcut"), ("question", "questino"), ("hearing", "hearign"), ("counsel", "cousel"), ("record", "recrd"),
    ("summary", "sumary"), ("dismiss", "dismis"), ("allegations", "allegatons"), ("standard", "standrad"),
    ("negligent", "negligant"), ("conclusion", "conlcusion"), ("however", "howevr"), ("authority", "authoirty"),
    ("appropriate", "appropirate"), ("defendants", "defednants"), ("plaintiffs", "plaintifs"), ("without", "wihtout"),
    ("established", "estabished"), ("claims", "cliams"), ("sentence", "sentense"), ("benefits", "benifits"),
    ("regarding", "regardng"), ("failure", "failrue"), ("officers", "offciers"), ("issue", "isssue"),
]
MISSPELL_D14 = [
    ("court", "corut"), ("statute", "sttute"), ("motion", "moton"), ("section", "sectoin"), ("cannot", "cannto"),
    ("requires", "requiers"), ("because", "becuse"), ("conduct", "conudct"), ("question", "qeustion"),
    ("appeal", "appeall"), ("hearing", "haering"), ("counsel", "conusel"), ("circumstances", "cirumstances"),
    ("summary", "summmary"), ("dismiss", "dissmiss"), ("allegations", "alegations"), ("standard", "standerd"),
    ("negligent", "neglient"), ("conclusion", "conclusoin"), ("however", "hwoever"), ("authority", "authorty"),
    ("appropriate", "apropriate"), ("plaintiffs", "plaintffs"), ("without", "witout"), ("established", "establsihed"),
    ("claims", "claimes"), ("benefits", "beneifts"), ("regarding", "reagrding"), ("failure", "faliure"),
    ("record", "recrod"), ("contract", "contrct"), ("material", "matreial"), ("interest", "interst"),
    ("determine", "determin"), ("therefore", "theerfore"), ("requirement", "requirememt"), ("statement", "statemnet"),
    ("immunity", "immunitiy"),
]
PLAN_R34 = {
    "heldout14": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R34, 4),
                  ("family-propernoun", PROPERNOUN_H14, 4), ("misspell", MISSPELL_H14, 15),
                  ("agreement", AGREE_BE_R33, 4), ("agreement", AGREE_LEX_H14, 6), ("common", COMMON_H14, 15)],
    # The development set reads the confusables from the end of the list.
    "dev14": [("family", FAMILY_R31, 31), ("family-confusable", CONFUSABLE_R34[::-1], 6),
              ("family-propernoun", PROPERNOUN_D14, 6), ("misspell", MISSPELL_D14, 21),
              ("agreement", AGREE_BE_R33, 6), ("agreement", AGREE_LEX_D14, 8), ("common", COMMON_D14, 22)],
}


def novel_pairs_r34(target):
    """The (wrong, right) pairs seen before round 34 — every pair round 33b checked against, round
    33b's lists (misspellings, common-word slips, names) and both round-33b labeled sets
    (heldout13, dev13) — and the pairs of the target's new lists that repeat one (heldout14: any
    seen pair; dev14: any of heldout14's, or a seen pair)."""
    return novel_pairs_after(
        novel_pairs_r33b("heldout13")[0],
        (MISSPELL_H13, MISSPELL_D13),
        (COMMON_H13, COMMON_D13, PROPERNOUN_H13, PROPERNOUN_D13),
        ("typos-heldout13.jsonl", "typos-dev13.jsonl"),
        (MISSPELL_H14, COMMON_H14 + PROPERNOUN_H14),
        (MISSPELL_D14, COMMON_D14 + PROPERNOUN_D14),
        target == "heldout14",
    )


# Round 35 (heldout15, and dev15 from the other half): what plead's users write — the motion
# papers and the trial court's decisions of six matters of the Supreme Court of the State of
# New York (the trial-level court: Commercial Division of New York County, and Nassau County),
# and the briefs of one of them on appeal to the Appellate Division, Second Department, as the
# public GitHub repository milchas65/motion_writing_development keeps their NYSCEF PDFs
# (commit f161aca): memoranda of law in support and in opposition, attorneys' affirmations and
# affidavits, letters to the court, notices of motion, orders to show cause, a complaint, the
# court's decisions and orders, and the appellant's and respondent's briefs. Read with
# pdftotext (poppler-utils). No licence file: the decisions are government edicts (public
# domain); the filings are public court records, of which single sentences are quoted. Only
# the filings are read, never the repository's own notes and instructions (its .md files), and
# none of its code is copied. No earlier set, corpus, training split or precision sample reads
# this repository (round 34's briefs came from justinseger015-ctrl/CaseStrainer). The filings
# are split in two by a hash of their name (salt r35).
ROUND35 = ("heldout15", "dev15")
MWD_COMMIT = "f161aca9e65c3624c756ecbc6b632c628e3de14a"
# Left out: exhibits (contracts, e-mails, deposition pages: no one's legal drafting), hearing
# transcripts (speech), the joint record on appeal (a copy of the motion papers) and the
# page-range chunks of the appellate briefs (copies of the whole briefs, which are read).
MWD_LEFT_OUT = re.compile(r"EXHIBIT|TRANSCRIPT_OF_PROCE|JOINT_RECORD_ON_APP|_brief_chunks/")
# The NYSCEF stamp each page carries (filing clerk, document and index number, receipt date;
# a re-filed decision carries two, run together), a page's "N of M" and a bare page number.
NYSCEF_STAMP = re.compile(r"(?:FILED:|NYSCEF DOC\. NO\.|INDEX NO\.|RECEIVED NYSCEF:|\d+ of \d+$|[0-9ivx]{1,4}$)")


def mwd_id(path):
    return "mwd-" + re.sub(r"[^A-Za-z0-9_.-]", "", path.rsplit("/", 1)[1][: -len(".pdf")].replace(" ", "_"))


def mwd_texts(target, repo):
    import tempfile
    listing = subprocess.run(["git", "--git-dir", repo, "ls-tree", "-r", MWD_COMMIT],
                             capture_output=True, text=True, check=True).stdout.splitlines()
    by_id, blobs_seen = {}, set()
    for line in sorted(listing, key=lambda l: l.split("\t", 1)[1]):
        meta, path = line.split("\t", 1)
        blob = meta.split()[2]
        # A filing uploaded twice (the same blob under two names) is read once.
        if not path.lower().endswith(".pdf") or MWD_LEFT_OUT.search(path) or blob in blobs_seen:
            continue
        blobs_seen.add(blob)
        by_id[mwd_id(path)] = path
    for doc in half_for(target, sorted(by_id), "r35"):
        pdf = subprocess.run(["git", "--git-dir", repo, "show", f"{MWD_COMMIT}:{by_id[doc]}"], capture_output=True)
        if pdf.returncode != 0:
            continue  # a file the snapshot lists but does not hold
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf.stdout)
            f.flush()
            raw = subprocess.run(["pdftotext", "-enc", "UTF-8", f.name, "-"], capture_output=True).stdout.decode("utf-8", errors="replace")
        # Each page without its stamp and number; the pages joined by a line break only, so
        # that a sentence running over a page break stays whole (calif_paragraphs then ends a
        # paragraph at a blank line or a heading).
        pages = []
        for page in raw.split("\f"):
            lines = [l for l in page.split("\n") if not NYSCEF_STAMP.match(l.strip())]
            pages.append("\n".join(lines).strip("\n"))
        yield doc, calif_paragraphs("\n".join(pages))


# The legal-conventions confusables no earlier held-out set took first (heldout14 took advice,
# liable, rationale, whether), then those.
_TAKEN_H15 = _TAKEN_H14 + ("advice>", "liable>", "rationale>", "whether>")
CONFUSABLE_R35 = ([r for r in CONFUSABLE_R32 if not r[0].startswith(_TAKEN_H15)]
                  + [r for r in CONFUSABLE_R32 if r[0].startswith(_TAKEN_H15)])
# Misspellings that leave a lowercase name plead's word list holds only capitalized (Sid, Jon,
# Hans, Gary, Len, Denny, Moore, Mich, Lon, Gail, Hel, Ida, Vic, Dave, Mae): a dropped, doubled,
# neighbouring or swapped letter each; none of an earlier round's (wrong, right) pairs (the
# check turned down judge>jude, idea>ida, said>sid and join>jon, taken before).
PROPERNOUN_H15 = [
    ("deny>denny", r"\b(deny)\b", "denny", 1),
    ("more>moore", r"\b(more) (?:than|likely|difficult|important|specific|detailed)\b", "moore", 1),
    ("much>mich", r"\b(much) (?:more|less|of|as|like|greater|lower)\b", "mich", 1),
    ("side>sid", r"\b(?:other|either|each|one|opposing|losing|winning) (side)\b", "sid", 1),
    ("hand>hans", r"\b(?:other|one) (hand)\b", "hans", 1),
    ("job>jon", r"\b(?:the|his|her|a|their|its) (job)\b", "jon", 1),
    ("vary>gary", r"\b(vary)\b", "gary", 1),
    ("lend>len", r"\b(lend)\b", "len", 1),
]
PROPERNOUN_D15 = [
    ("long>lon", r"\bas (long) as\b", "lon", 1),
    ("make>mae", r"\bto (make) (?:a|an|the|any)\b", "mae", 1),
    ("fail>gail", r"\b(fail) to\b", "gail", 1),
    ("held>hel", r"\b(held) (?:that|in|on|a)\b", "hel", 1),
    ("save>dave", r"\b(save)\b", "dave", 1),
    ("lien>len", r"\b(?:the|a|its|any|tax|mechanic's) (lien)\b", "len", 1),
    ("hands>hans", r"\b(?:the|his|her|their|its|clean) (hands)\b", "hans", 1),
    ("gray>gary", r"\b(gray)\b", "gary", 1),
    ("aid>ida", r"\b(?:financial|legal|in|to) (aid)\b", "ida", 1),
    ("vice>vic", r"\bhac (vice)\b", "vic", 1),
]
# Slips of common words that stay words, as a lawyer types a brief: one letter of a short word
# dropped, added or struck next door (with -> wit, could -> cold, made -> mad, first -> fist,
# every -> very, party -> part, relief -> relied, motion -> notion), or two swapped (there ->
# three). Each pattern keeps the slip ungrammatical or plainly wrong in its sentence. No pair of
# an earlier list, labeled set (heldout14 and dev14 included) or data table (novel_pairs_r35);
# the two lists disjoint.
COMMON_H15 = [
    ("for>or", r"\b(?:moved|moves|move|motion|motions|basis|reason|reasons|grounds|liable|responsible|account|asks|asked|seeks|sought) (for)\b", "or", 1),
    ("to>two", r"\b(?:seeks|sought|failed|fails|refused|declined|attempts|attempted|unable|able|required|entitled|intends|intended|continues|continued) (to)\b", "two", 1),
    ("be>he", r"\b(?:should|must|would|could|may|might|will|shall|cannot|not) (be) (?:granted|denied|dismissed|required|entitled|held|liable|sanctioned|stricken|precluded|enjoined)\b", "he", 1),
    ("not>hot", r"\b(?:does|did|do|is|was|are|were|could|would|should|may|will|need|has|have|had) (not)\b", "hot", 1),
    ("or>our", r"\b[a-z]+ (or) (?:any|otherwise|in|by|on|to)\b", "our", 1),
    ("are>area", r"\b(?:they|which|that|who|there) (are) (?:not|also|entitled|bound|required|no|unable|likely)\b", "area", 1),
    ("may>my", r"\b(?:[Cc]ourt|defendant|plaintiff|party|it|he|she|they) (may) (?:not|be|have|also|only)\b", "my", 1),
    ("must>just", r"\b(?:[Cc]ourt|defendant|plaintiff|party|it|he|she|they|movant|[Pp]laintiffs|[Dd]efendants) (must) (?:be|show|establish|demonstrate|prove|allege|also|first)\b", "just", 1),
    ("shall>hall", r"\b(shall) (?:be|not|have|pay|provide|remain|include)\b", "hall", 1),
    ("they>hey", r"\b(they) (?:are|were|have|had|did|do|cannot|could|would|should|must|may|also)\b", "hey", 1),
    ("now>how", r"\b(now) (?:argues|contends|asserts|claims|seeks|moves|appeals|holds|hold|conclude|turn|address)\b", "how", 1),
    ("sought>ought", r"\b(?:[Pp]laintiffs?|[Dd]efendants?|it|he|she|they|[A-Z][a-z]+) (sought) (?:to|a|an|the)\b", "ought", 1),
    ("failed>filed", r"\b(failed) to\b", "filed", 1),
    ("least>east", r"\bat (least)\b", "east", 1),
    ("fact>act", r"\b(?:issues?|questions?|findings?|matter) of (fact)\b", "act", 1),
    ("right>eight", r"\b(?:the|a|no|any|its|his|her|their) (right) to\b", "eight", 1),
    ("into>info", r"\b(?:entered|enter|enters|entering|came|come|comes|put|placed|converted) (into)\b", "info", 1),
    ("time>tie", r"\bat the (time)\b", "tie", 1),
    ("does>dies", r"\b(does) not\b", "dies", 1),
    ("have>gave", r"\b(?:would|could|should|must|may|might|not) (have) (?:been|had|made|known|done)\b", "gave", 1),
    ("in>is", r"\b(in) (?:the|this|light|support|opposition|addition|accordance|connection)\b", "is", 1),
    ("such>much", r"\b(such) (?:a|an)\b", "much", 1),
    ("no>not", r"\b(?:is|was|are|were|had|has|have) (no) (?:evidence|basis|reason|merit|dispute|indication|authority|showing|doubt|question)\b", "not", 1),
    ("by>buy", r"\b(?:filed|signed|made|caused|submitted|brought|owned|held|issued|entered|supported|required|governed|barred|represented) (by)\b", "buy", 1),
]
COMMON_D15 = [
    ("even>eve", r"\b(even) (?:if|though|assuming|when|where)\b", "eve", 1),
    ("parties>parities", r"\bthe (parties)\b", "parities", 1),
    ("hold>holt", r"\b(?:courts|[Cc]ourts) (hold)\b", "holt", 1),
    ("know>knot", r"\b(?:not|did|does|to) (know)\b", "knot", 1),
    ("own>owe", r"\b(?:its|his|her|their|our) (own) (?:[a-z]+)\b", "owe", 1),
    ("under>ender", r"\b(under) (?:the|a|an|its|this|that|these|New)\b", "ender", 1),
    ("into>onto", r"\b(?:entered|enter|enters|entering) (into)\b", "onto", 1),
    ("also>alto", r"\b(also) (?:argues|contends|seeks|asserts|claims|failed|fails|noted|has|had|was|is)\b", "alto", 1),
    ("what>hat", r"\b(what) (?:is|was|the|it|he|she|they|extent)\b", "hat", 1),
    ("prior>prier", r"\b(prior) to\b", "prier", 1),
    ("basis>bass", r"\b(?:no|a|the|any) (basis)\b", "bass", 1),
    ("filed>files", r"\b(?:was|were|been|be) (filed)\b", "files", 1),
    ("did>dig", r"\b(did) not\b", "dig", 1),
    ("agreed>angered", r"\b(?:parties|they|he|she|it|[A-Z][a-z]+) (agreed)\b", "angered", 1),
    ("and>hand", r"\b[a-z]+ (and) (?:the|its|his|her|their)\b", "hand", 1),
    ("is>his", r"\b(?:[Tt]his|which|that|[Tt]here|[Ii]t) (is) (?:not|clear|well|true|undisputed|settled|also|therefore)\b", "his", 1),
    ("as>was", r"\b(?:same|well|insofar|inasmuch|known|serve|serves|served) (as)\b", "was", 1),
    ("had>head", r"\b(?:he|she|it|they|[Dd]efendant|[Pp]laintiff|which|who) (had) (?:been|not|no|already|never|received|failed)\b", "head", 1),
    ("have>haven", r"\b(?:[Dd]efendants|[Pp]laintiffs|they|we|parties|courts) (have) (?:not|failed|been|made|shown|also)\b", "haven", 1),
    ("party>parity", r"\b(?:either|any|each|moving|prevailing|opposing|third|non-moving) (party)\b", "parity", 1),
    ("right>tight", r"\b(?:the|a|no|any) (right) to\b", "tight", 1),
    ("more>mode", r"\b(more) than\b", "mode", 1),
    ("if>of", r"\b(?:even|only) (if)\b", "of", 1),
    ("does>doe", r"\b(does) not\b", "doe", 1),
    ("make>male", r"\bto (make) (?:a|an|the|any)\b", "male", 1),
    ("based>biased", r"\b(based) (?:on|upon)\b", "biased", 1),
    ("seeks>sees", r"\b(?:[Pp]laintiff|[Dd]efendant|[A-Z][a-z]+|it|he|she) (seeks) (?:to|a|an|the)\b", "sees", 1),
    ("shows>shoes", r"\b(?:record|evidence|complaint|affirmation|this) (shows)\b", "shoes", 1),
    ("later>alter", r"\b(later) (?:filed|moved|sought|served|amended|submitted|produced)\b", "alter", 1),
    ("many>may", r"\b(many) (?:of|courts|cases|other|years|times)\b", "may", 1),
]
# Lexical verbs for the agreement rows: verbs no earlier round's row or set names (each
# injected pair is checked again), the verbs of argument in a brief (warrants, demonstrates,
# undermines, belies, militates); as in round 34 a slip may also stand after an intervening
# phrase, a relative clause or a partitive.
_LEX35_S = ("demonstrates|warrants|supports|entitles|confirms|undermines|belies|reflects|contemplates|defeats|"
            "constitutes|obligates|necessitates|outweighs|militates|prevents|justifies|underscores|indicates|demands|"
            "invokes|submits|requests|involves|contains|lacks|exists|occurs|survives|deserves|entails|evidences|"
            "admits|represents|attests|avers|affirms|certifies|includes|means|becomes|stands|tends|seems|happens|"
            "begins|manages|employs|sells|charges|sends|performs|stores|collects|destroys|deletes|preserves|wishes|"
            "plans|expects|testifies|swears|objects|agrees|ignores|meets|engages|directs|designs|fills|signs|labels|"
            "resorts|increases|incorporates")
_LEX35_B = ("demonstrate|warrant|support|entitle|confirm|undermine|belie|reflect|contemplate|defeat|constitute|"
            "obligate|necessitate|outweigh|militate|prevent|justify|underscore|indicate|demand|invoke|submit|request|"
            "involve|contain|lack|exist|occur|survive|deserve|entail|evidence|admit|represent|attest|aver|affirm|"
            "certify|include|mean|become|stand|tend|seem|happen|begin|manage|employ|sell|charge|send|perform|store|"
            "collect|destroy|delete|preserve|wish|plan|expect|testify|swear|object|agree|ignore|meet|engage|direct|"
            "design|fill|sign|label|resort|increase|incorporate|prevail|spend|locate")
_LEX35D_S = ("presents|creates|describes|references|specifies|resolves|relates|reveals|contradicts|"
             "supplies|produces|retains|operates|extends|limits|restricts|protects|affords|grants|explains|"
             "emphasizes|depicts|bolsters|forecloses|dooms|sets|puts|calls|turns|goes|comes|makes|gives")
_LEX35D_B = ("present|create|describe|reference|specify|resolve|relate|reveal|contradict|supply|produce|"
             "retain|operate|extend|limit|restrict|protect|afford|grant|explain|emphasize|depict|bolster|foreclose|"
             "doom|set|put|call|turn|go|come|make|give")
# Subjects of motion papers besides round 33's: a party named by its initials or a camel-case
# name (QUBE, EarthLink), the agreement, the affirmation, the evidence, the memorandum, the
# request, the application.
_SING35_LEX = (r"\b(?:" + _SING33_LEX[5:-1] + r"|[A-Z]{2,6}|[A-Z][a-z]+[A-Z][a-z]+|[Tt]he (?:[a-z]+ )?(?:agreement|affirmation|evidence|memorandum|"
               r"request|application|letter|lease|injunction|decision|motion|action))")
_PLUR35_LEX = r"(?:" + _PLUR34_LEX + r"|\b[Tt]he (?:[a-z]+ )?(?:agreements|affirmations|documents|recordings|emails|communications|papers))"
AGREE_LEX_H15 = [
    ("agree:3sg>bare", _SING35_LEX + " " + _ADV34 + r"(" + _LEX35_S + r")\b", _drop_s9, 4),
    ("agree:attractor:3sg>bare", _ATTRACTOR34 + _ADV34 + r"(" + _LEX35_S + r")\b", _drop_s9, 2),
    ("agree:bare>3sg", _PLUR35_LEX + " " + _ADV34 + r"(" + _LEX35_B + r")\b", _add_s9, 2),
    ("agree:relative:bare>3sg", _RELATIVE34 + _ADV34 + r"(" + _LEX35_B + r")\b", _add_s9, 1),
    ("agree:partitive:3sg>bare", _PARTITIVE34 + _ADV34 + r"(" + _LEX35_S + r")\b", _drop_s9, 1),
]
AGREE_LEX_D15 = [
    ("agree:3sg>bare", _SING35_LEX + " " + _ADV34 + r"(" + _LEX35D_S + r")\b", _drop_s9, 4),
    ("agree:attractor:3sg>bare", _ATTRACTOR34 + _ADV34 + r"(" + _LEX35D_S + r")\b", _drop_s9, 2),
    ("agree:bare>3sg", _PLUR35_LEX + " " + _ADV34 + r"(" + _LEX35D_B + r")\b", _add_s9, 3),
    ("agree:relative:bare>3sg", _RELATIVE34 + _ADV34 + r"(" + _LEX35D_B + r")\b", _add_s9, 2),
    ("agree:partitive:3sg>bare", _PARTITIVE34 + _ADV34 + r"(" + _LEX35D_S + r")\b", _drop_s9, 2),
] + AGREE_LEX_D14 + AGREE_LEX_H14  # then the earlier lists' verbs, when the half writes too few new ones
# Misspellings of the words of motion papers: a dropped, doubled, swapped or neighbouring
# letter, and the misspellings lawyers really make (spoilation, likelyhood, persuant).
MISSPELL_H15 = [
    ("spoliation", "spoilation"), ("likelihood", "likelyhood"), ("irreparable", "irreparible"),
    ("preliminary", "preliminray"), ("affirmation", "affirmaton"), ("memorandum", "memorandun"),
    ("agreement", "agreemnet"), ("respectfully", "respectfuly"), ("merits", "merrits"), ("balance", "balence"),
    ("equities", "equties"), ("arbitration", "arbitraiton"), ("contractual", "contractural"),
    ("accordingly", "accordinlgy"), ("permanent", "permanant"), ("foreseeable", "forseeable"),
    ("entitled", "entitiled"), ("notwithstanding", "notwithstading"), ("obligations", "obligatons"),
    ("representations", "represntations"), ("business", "buisness"), ("customers", "cutsomers"),
    ("employees", "employess"), ("damages", "damagse"),
]
MISSPELL_D15 = [
    ("spoliation", "spoliaton"), ("likelihood", "likelihod"), ("pursuant", "pursaunt"), ("injunction", "injunctoin"),
    ("irreparable", "irrepairable"), ("affirmation", "afirmation"), ("memorandum", "memorandm"),
    ("discovery", "dicovery"), ("sanctions", "sanctons"), ("respectfully", "repsectfully"), ("merits", "meirts"),
    ("balance", "balnace"), ("equities", "equitise"), ("submitted", "submittted"), ("permanent", "permament"),
    ("entitled", "entiteld"), ("obligations", "obligtions"), ("representations", "representatoins"),
    ("immediately", "immediatley"), ("consistent", "consisent"), ("business", "busines"), ("customers", "customres"),
    ("employees", "empolyees"), ("recordings", "recordigns"), ("application", "applicaiton"),
    ("documents", "docuemnts"),
]
def _twice(rows):
    return [(name, pat, wrong, most * 2) for name, pat, wrong, most in rows]


PLAN_R35 = {
    "heldout15": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R35, 4),
                  ("family-propernoun", PROPERNOUN_H15, 4), ("misspell", MISSPELL_H15, 15),
                  ("agreement", AGREE_BE_R33, 4), ("agreement", AGREE_LEX_H15, 6), ("common", COMMON_H15, 15)],
    # The development set reads the confusables from the end of the list. Its half holds fewer
    # sentences (the long briefs fell to the held-out half): each family row may come round
    # twice, and after its own names and common-word slips come round 34's.
    "dev15": [("family", _twice(FAMILY_R31), 31), ("family-confusable", CONFUSABLE_R35[::-1], 6),
              ("family-propernoun", PROPERNOUN_D15 + PROPERNOUN_D14 + PROPERNOUN_H14, 6), ("misspell", MISSPELL_D15, 21),
              ("agreement", _twice(AGREE_BE_R33), 6), ("agreement", AGREE_LEX_D15, 8),
              ("common", COMMON_D15 + COMMON_D14 + COMMON_H14, 22)],
}


def novel_pairs_r35(target):
    """The (wrong, right) pairs seen before round 35 — every pair round 34 checked against, round
    34's lists (misspellings, common-word slips, names) and both round-34 labeled sets (heldout14,
    dev14) — and the pairs of the target's new lists that repeat one (heldout15: any seen pair;
    dev15: any of heldout15's, or a seen pair)."""
    return novel_pairs_after(
        novel_pairs_r34("heldout14")[0],
        (MISSPELL_H14, MISSPELL_D14),
        (COMMON_H14, COMMON_D14, PROPERNOUN_H14, PROPERNOUN_D14),
        ("typos-heldout14.jsonl", "typos-dev14.jsonl"),
        (MISSPELL_H15, COMMON_H15 + PROPERNOUN_H15),
        (MISSPELL_D15, COMMON_D15 + PROPERNOUN_D15),
        target == "heldout15",
    )


# Round 37 (heldout16, and dev16 from the other half): what plead's users write, in the Supreme
# Court: the briefs on the merits and the amicus curiae briefs filed in Grutter v. Bollinger
# (No. 02-241) and Gratz v. Bollinger (No. 02-516), the University of Michigan admissions cases
# of October Term 2002 (parties' briefs sP1, sP2, sR1, sR2; amicus briefs for the petitioners
# sAP01-19 and for the respondents sAR01-83), as the public GitHub repository
# quanteda/quanteda.corpora keeps their text (data/data_corpus_amicus.rda, an R data file of 102
# documents taken from Evans et al. 2007, J. Empirical Legal Stud. 4:1007; commit 5259da4). The
# repository's code is GPL-3 and none of it is copied; the briefs are public records of the
# Supreme Court (the United States' brief a work of the United States Government), of which single
# sentences are quoted. Reading the .rda needs the Python package `rdata` (pip install rdata).
# No earlier set, corpus, training split or precision sample reads this repository or these
# briefs. The briefs are split in two by a hash of the document name (salt r37). The text carries
# Lexis star paging ("[*16]"), removed before the sentences are split, and footnotes as
# paragraphs of their own ("n2 CAC does ..."; a footnote's first sentence starts with its
# number and is not drawn).
ROUND37 = ("heldout16", "dev16")
AMICUS_COMMIT = "5259da4dcbc90a1229d9ac9fa914ba1f869f6dfa"
AMICUS_PATH = "data/data_corpus_amicus.rda"
STAR_PAGE = re.compile(r"\s*\[\*+\d+\]\s*")


def split_docs(target, docs, salt):
    """Round 37's shared helper for a loader: `docs` maps a document id to a function that gives
    its text; the target's half of the ids (half_for, the salt of the round) in the hash order,
    each with its text. A new round's loader lists its documents and hands them to this helper."""
    for doc in half_for(target, sorted(docs), salt):
        yield doc, docs[doc]()


def amicus_texts(target, repo):
    import tempfile
    import warnings
    try:
        import rdata
    except ImportError:
        sys.exit("round 37 reads an R data file: pip install rdata")
    blob = _git_blobs(repo, [f"{AMICUS_COMMIT}:{AMICUS_PATH}"])[0]
    with tempfile.NamedTemporaryFile(suffix=".rda") as f:
        f.write(blob)
        f.flush()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = rdata.parser.parse_file(f.name)
    corpus = parsed.object.value[0]
    texts = [s.value.decode("utf-8", errors="replace") for s in corpus.value]
    names = [n.value.decode() for n in corpus.attributes.value[0].value]
    by_id = {"amicus-" + n[: -len(".txt")]: t for n, t in zip(names, texts)}

    def text_of(t):
        t = STAR_PAGE.sub(" ", t)
        t = (t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
             .replace("\u00a0", " "))
        return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in t.split("\n"))

    yield from split_docs(target, {d: (lambda t=t: text_of(t)) for d, t in by_id.items()}, "r37")


# The legal-conventions confusables no earlier held-out set took first (heldout15 took insure,
# fried, wave, waved), then those.
_TAKEN_H16 = _TAKEN_H15 + ("ensure>", "fired>", "waive>", "waived>")
CONFUSABLE_R37 = ([r for r in CONFUSABLE_R32 if not r[0].startswith(_TAKEN_H16)]
                  + [r for r in CONFUSABLE_R32 if r[0].startswith(_TAKEN_H16)])
# Misspellings that leave a lowercase name plead's word list holds only capitalized (Hugh, Abe,
# Kay, Vera, Rosa; Eva, Ira, Ada, Tess): a changed, dropped or added letter each; none of an
# earlier round's (wrong, right) pairs.
PROPERNOUN_H16 = [
    ("huge>hugh", r"\b(huge)\b", "hugh", 1),
    ("cross>ross", r"\b(cross)\b", "ross", 1),
    ("key>kay", r"\b(?:a|the|one|two|three|several) (key)\b", "kay", 1),
    ("vary>vera", r"\b(vary)\b", "vera", 1),
    ("rose>rosa", r"\b(rose) (?:to|from|by|in|dramatically|sharply|steadily)\b", "rosa", 1),
]
PROPERNOUN_D16 = [
    ("even>eva", r"\b(even) (?:if|though|when|where|assuming)\b", "eva", 1),
    ("era>ira", r"\b(?:an|the|this|that) (era)\b", "ira", 1),
    ("aid>ada", r"\b(?:financial|federal|in|to) (aid)\b", "ada", 1),
    ("tests>tess", r"\b(?:standardized|the|these|such) (tests)\b", "tess", 1),
]
# Slips of common words that stay words, as a lawyer types a brief: a key next door (race ->
# face, rather -> father, other -> otter, hold -> gold, state -> stare, can -> van, most ->
# moat, same -> sane, need -> heed), a dropped letter (through -> trough, whole -> hole, been ->
# bee, view -> vie), an added letter (each -> reach), two letters swapped (use -> sue) and a
# homophone (role -> roll, which -> witch). Each pattern keeps the slip plainly wrong in its
# sentence. No pair of an earlier list, labeled set (heldout15 and dev15 included), data table
# or confusion set (novel_pairs_r37); the two lists disjoint.
COMMON_H16 = [
    ("race>face", r"\b(?:of|on|consider|considers|considering|uses?|using|account of|basis of) (race)\b", "face", 1),
    ("hold>gold", r"\b(?:should|must|to|not|would|did) (hold) (?:that|the)\b", "gold", 1),
    ("state>stare", r"\b(?:[Tt]he|a) (state) (?:has|may|can|must|is|cannot|interest)\b", "stare", 1),
    ("one>won", r"\b(one) of the\b", "won", 1),
    ("each>beach", r"\b(each) (?:applicant|student|individual|of|year|case|person)\b", "beach", 1),
    ("most>moat", r"\b(?:the|of) (most) (?:selective|important|competitive|qualified|effective|significant)\b", "moat", 1),
    ("class>lass", r"\b(?:entering|first-year|incoming|graduating|the|a|its) (class)\b", "lass", 1),
    ("view>vie", r"\b(?:this|that|our|the|its|their|in) (view)\b", "vie", 1),
    ("goal>foal", r"\b(?:the|a|its|their|this|that) (goal)\b", "foal", 1),
    ("need>heed", r"\b(?:the|a|no|compelling) (need) (?:for|to)\b", "heed", 1),
    ("white>whit", r"\b(white) (?:students|applicants|persons|people|majority|men|women|Americans|males)\b", "whit", 1),
    ("high>nigh", r"\b(high) (?:school|schools)\b", "nigh", 1),
    ("broad>board", r"\ba (broad) (?:range|array|spectrum|variety|cross-section)\b", "board", 1),
    ("diverse>divers", r"\b(?:a|racially|ethnically|more|and) (diverse)\b", "divers", 1),
    ("can>cane", r"\b(?:[Ii]t|[Tt]hey|[Ww]e|[Uu]niversities|[Ss]chools) (can) (?:not|be|only|also|consider|take|achieve)\b", "cane", 1),
    ("body>boy", r"\bstudent (body)\b", "boy", 1),
    ("black>back", r"\b(black) (?:students|applicants|persons|people|men|women|Americans)\b", "back", 1),
]
COMMON_D16 = [
    ("show>shoe", r"\b(?:to|must|not|studies|data|evidence) (show)\b", "shoe", 1),
    ("more>mire", r"\b(more) (?:than|likely|diverse|difficult|important)\b", "mire", 1),
    ("give>hive", r"\bto (give) (?:the|a|an|any|some|weight|preference)\b", "hive", 1),
    ("take>rake", r"\b(?:to|may|can|must|not) (take) (?:into|account|race|the|a)\b", "rake", 1),
    ("years>yeas", r"\b(?:of|for|many|several|recent|five|ten|twenty|thirty) (years)\b", "yeas", 1),
    ("race>rave", r"\b(?:of|on|by) (race)\b", "rave", 1),
    ("goal>gal", r"\b(?:the|a|its|their|this|that) (goal)\b", "gal", 1),
    ("law>lawn", r"\b(?:of|the|federal|state|constitutional) (law)\b", "lawn", 1),
    ("need>knead", r"\b(?:the|a|no) (need) (?:for|to)\b", "knead", 1),
    ("weight>wait", r"\b(?:the|any|some|great|little|significant|more|less) (weight)\b", "wait", 1),
    ("by>bye", r"\b(?:taken|made|used|held|adopted|recognized|shared|required|offered) (by)\b", "bye", 1),
    ("once>ounce", r"\b(once) (?:again|the|a|it|they)\b", "ounce", 1),
    ("long>lung", r"\bso (long) as\b", "lung", 1),
    ("well>wall", r"\bas (well) as\b", "wall", 1),
    ("among>amoung", r"\b(among) (?:the|its|their|other|students)\b", "amoung", 1),
    ("through>threw", r"\b(through) (?:the|a|an|its|their|this)\b", "threw", 1),
    ("past>passed", r"\b(?:the|in the) (past)\b", "passed", 1),
    ("seen>scene", r"\b(?:be|been|was|were|is|are) (seen)\b", "scene", 1),
    ("right>write", r"\b(?:the|a|no|any) (right) to\b", "write", 1),
]
# Lexical verbs for the agreement rows: verbs of these briefs that no earlier round's row or set
# names (each injected pair is checked again): a university promotes, fosters, enhances,
# enrolls; a preference stigmatizes, perpetuates; studies confirm (confirm is round 35's:
# not here).
_LEX37_S = ("promotes|fosters|enhances|enrolls|admits_|stigmatizes|perpetuates|benefits|rewards|values|"
            "embraces|recruits|educates|attracts|encourages|discourages|reduces|eliminates|harms|burdens|"
            "disadvantages|assumes|measures|compares|predicts|correlates|improves|enriches|echoes|aims|strives|"
            "hopes|competes|participates|succeeds|contributes|varies|furthers|achieves|assigns|awards|rejects|"
            "prefers|selects|weighs_|sanctions|tolerates|entrenches|exacerbates|ameliorates|remedies")
_LEX37_B = ("promote|foster|enhance|enroll|stigmatize|perpetuate|benefit|reward|value|embrace|recruit|educate|"
            "attract|encourage|discourage|reduce|eliminate|harm|burden|disadvantage|assume|measure|compare|predict|"
            "correlate|improve|enrich|echo|aim|strive|hope|compete|participate|succeed|contribute|vary|further|"
            "achieve|assign|award|reject|prefer|select|sanction|tolerate|entrench|exacerbate|ameliorate|remedy")
_LEX37D_S = ("ensures|requires_|serves_|assesses|evaluates|identifies_|pursues|maintains_|grades|tracks|"
             "segregates|integrates|excludes_|disqualifies|qualifies_|obtains|retains_|loses_|earns|gains|"
             "lowers|raises_|doubles|triples|exceeds_|trails|lags|mirrors|parallels|resembles_|signals|conveys|"
             "teaches|learns|studies|graduates|matriculates|applies_")
_LEX37D_B = ("assess|evaluate|pursue|grade|track|segregate|integrate|disqualify|obtain|earn|gain|lower|double|"
             "triple|trail|lag|mirror|parallel|signal|convey|teach|learn|study|graduate|matriculate")
_LEX37_S = "|".join(v for v in _LEX37_S.split("|") if not v.endswith("_"))
_LEX37D_S = "|".join(v for v in _LEX37D_S.split("|") if not v.endswith("_"))
# Subjects of these briefs besides round 35's: the University, the Law School, the policy, the
# program; amici, universities, schools, students, minorities, preferences, policies, programs,
# studies.
_SING37_LEX = (r"\b(?:" + _SING35_LEX[5:-1] + r"|[Tt]he (?:[a-z]+ )?(?:policy|program|plan|system|university|school|"
               r"preference|consideration|approach|interest|diversity|classification|experience|study|report))")
_PLUR37_LEX = (r"(?:" + _PLUR35_LEX + r"|\b(?:[Aa]mici|[Uu]niversities|[Ss]chools|[Ss]tudents|[Mm]inorities|[Ee]mployers|"
               r"[Tt]he (?:[a-z]+ )?(?:preferences|policies|programs|studies|plans|institutions|applicants|students|"
               r"universities|schools|colleges|minorities|graduates|data)))")
AGREE_LEX_H16 = [
    ("agree:3sg>bare", _SING37_LEX + " " + _ADV34 + r"(" + _LEX37_S + r")\b", _drop_s9, 3),
    ("agree:attractor:3sg>bare", _ATTRACTOR34 + _ADV34 + r"(" + _LEX37_S + r")\b", _drop_s9, 1),
    ("agree:bare>3sg", _PLUR37_LEX + " " + _ADV34 + r"(" + _LEX37_B + r")\b", _add_s9, 2),
    ("agree:relative:bare>3sg", _RELATIVE34 + _ADV34 + r"(" + _LEX37_B + r")\b", _add_s9, 1),
    ("agree:partitive:3sg>bare", _PARTITIVE34 + _ADV34 + r"(" + _LEX37_S + r")\b", _drop_s9, 1),
]
AGREE_LEX_D16 = [
    ("agree:3sg>bare", _SING37_LEX + " " + _ADV34 + r"(" + _LEX37D_S + r")\b", _drop_s9, 4),
    ("agree:attractor:3sg>bare", _ATTRACTOR34 + _ADV34 + r"(" + _LEX37D_S + r")\b", _drop_s9, 2),
    ("agree:bare>3sg", _PLUR37_LEX + " " + _ADV34 + r"(" + _LEX37D_B + r")\b", _add_s9, 3),
    ("agree:relative:bare>3sg", _RELATIVE34 + _ADV34 + r"(" + _LEX37D_B + r")\b", _add_s9, 2),
    ("agree:partitive:3sg>bare", _PARTITIVE34 + _ADV34 + r"(" + _LEX37D_S + r")\b", _drop_s9, 2),
] + AGREE_LEX_D15 + AGREE_LEX_H15  # then the earlier lists' verbs, when the half writes too few new ones
# Misspellings of the words of these briefs: a dropped, doubled, swapped or neighbouring letter,
# and the misspellings writers really make (affirmitive, descrimination, preferrences).
MISSPELL_H16 = [
    ("admissions", "admisions"), ("diversity", "diveristy"), ("compelling", "compeling"), ("scrutiny", "scrutniy"),
    ("affirmative", "affirmitive"), ("narrowly", "narowly"), ("tailored", "tailered"), ("minority", "minortiy"),
    ("discrimination", "discriminaiton"), ("applicants", "applicnats"), ("educational", "educatonal"),
    ("constitutional", "constititional"), ("underrepresented", "underrepresnted"), ("perspectives", "perspecitves"),
    ("preferences", "preferrences"), ("institutions", "instituitons"), ("segregation", "segragation"),
    ("universities", "universites"), ("percentage", "precentage"), ("graduates", "gradutes"),
    ("selective", "selecitve"), ("integration", "intergration"),
]
MISSPELL_D16 = [
    ("admissions", "admissoins"), ("diversity", "diversty"), ("compelling", "compellng"), ("scrutiny", "scrutinty"),
    ("affirmative", "afirmative"), ("narrowly", "narrrowly"), ("tailored", "taylored"), ("minority", "minorty"),
    ("discrimination", "discrimnation"), ("applicants", "aplicants"), ("educational", "eductional"),
    ("constitutional", "constituional"), ("underrepresented", "underepresented"), ("perspectives", "perpsectives"),
    ("preferences", "preferances"), ("institutions", "institutons"), ("segregation", "segergation"),
    ("universities", "univeristies"), ("racial", "raical"), ("ethnic", "etnic"), ("students", "studnets"),
    ("experience", "expereince"), ("opportunity", "oppurtunity"),
    ("Fourteenth", "Fourteeth"), ("society", "socitey"), ("professional", "professinal"),
]

PLAN_R37 = {
    "heldout16": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R37, 4),
                  ("family-propernoun", PROPERNOUN_H16, 4), ("misspell", MISSPELL_H16, 15),
                  ("agreement", AGREE_BE_R33, 4), ("agreement", AGREE_LEX_H16, 6), ("common", COMMON_H16, 15)],
    # The development set reads the confusables from the end of the list; after its own names
    # and common-word slips come round 35's.
    "dev16": [("family", _twice(FAMILY_R31), 31), ("family-confusable", CONFUSABLE_R37[::-1], 6),
              ("family-propernoun", PROPERNOUN_D16 + PROPERNOUN_D15 + PROPERNOUN_H15, 6), ("misspell", MISSPELL_D16, 21),
              ("agreement", _twice(AGREE_BE_R33), 4), ("agreement", AGREE_LEX_D16, 6),
              ("common", COMMON_D16 + COMMON_D15 + COMMON_H15, 22)],
}



# Round 37b (heldout17, no development twin): what plead's users write, in the Supreme Court:
# four briefs of Moore v. Harper (No. 21-1271, October Term 2022, the "independent state
# legislature" case) -- the Legislative Defendants' petition for a writ of certiorari, the Harper
# respondents' brief in opposition, and the merits briefs of the non-state respondents and of the
# State respondents (North Carolina's Department of Justice) -- as the public GitHub repository
# pnwfitz/ClaudeScotus keeps their PDFs (data/terms/2022-2023/cases/21-1271_moore-v-harper/,
# commit d1c5940; the petitioners' merits brief there is an empty file). The briefs are public
# records of the Supreme Court, of which single sentences are quoted; none of the repository's
# code is copied. No earlier set, corpus, training split or precision sample reads this repository
# or these briefs. They are read with `pdftotext -layout` (poppler-utils): the layout keeps a
# paragraph's indent, its line-end hyphens and each page's number on a line of its own; a page's
# footnotes (a number, then two spaces) are paragraphs of their own, and the body runs on over the
# page break. A line-end hyphen is dropped when the two halves make a word of plead's word list
# ("Consti-" "tution") and kept otherwise ("second-" "guess"). With four documents and no twin,
# every brief is read (split_docs is not used), at most twenty-five slips a brief.
ROUND37B = ("heldout17",)
MOORE_COMMIT = "d1c5940a67f82d4fd7e28f88f71489a569d15c28"
MOORE_DIR = "data/terms/2022-2023/cases/21-1271_moore-v-harper"
MOORE_DOCS = {"moore-cert-petition": "cert_stage/cert_petition.pdf",
              "moore-brief-in-opposition": "cert_stage/cert_opposition.pdf",
              "moore-nonstate-respondents": "briefs/nonstate_respondent_brief.pdf",
              "moore-state-respondents": "briefs/state_respondent_brief.pdf"}
MOORE_PAGE_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[ivxlc]{1,6}|\([ivxlc]{1,6}\))\s*$")
MOORE_FOOTNOTE = re.compile(r"^\s{0,6}\d{1,2}\s{2,}\S")


def moore_paragraphs(raw):
    """Paragraphs of a brief's `pdftotext -layout` text (see ROUND37B)."""
    line_break_damage("")  # loads the word list
    raw = (raw.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
           .replace("\u00a0", " "))
    body, notes = [], []
    for page in raw.split("\f"):
        lines = [l.rstrip() for l in page.split("\n") if not MOORE_PAGE_NUMBER.match(l)]
        foot = next((i for i, l in enumerate(lines) if MOORE_FOOTNOTE.match(l)), len(lines))
        body += lines[:foot]
        notes.append(lines[foot:])
    paras = []
    for block in [body] + notes:
        cur = []
        for line in block:
            if not line.strip() or (re.match(r"\s{2,}\S", line) and cur) or MOORE_FOOTNOTE.match(line):
                if cur:
                    paras.append(cur)
                cur = [line.strip()] if line.strip() else []
                continue
            cur.append(line.strip())
        if cur:
            paras.append(cur)
    out = []
    for p in paras:
        text = p[0]
        for line in p[1:]:
            m = re.search(r"([A-Za-z]+)-$", text)
            if m and line[:1].islower():
                joined = (m.group(1) + re.match(r"[a-z]*", line).group(0)).lower()
                text = text[:-1] + line if joined in _WORDS else text + line
            else:
                text = text + " " + line
        out.append(re.sub(r"\s+", " ", text))
    return "\n".join(out)


def moore_texts(target, repo):
    import tempfile
    for doc in sorted(MOORE_DOCS, key=lambda d: hashlib.sha256((target + d).encode()).hexdigest()):
        pdf = _git_blobs(repo, [f"{MOORE_COMMIT}:{MOORE_DIR}/{MOORE_DOCS[doc]}"])[0]
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            raw = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", f.name, "-"],
                                 capture_output=True, check=True).stdout.decode("utf-8", errors="replace")
        yield doc, moore_paragraphs(raw)



# The legal-conventions confusables no earlier held-out set took first (heldout16 took causal,
# led, forgo, tried), then those.
_TAKEN_H17 = _TAKEN_H16 + ("causal>", "led>", "forgo>", "tried>")
CONFUSABLE_R37B = ([r for r in CONFUSABLE_R32 if not r[0].startswith(_TAKEN_H17)]
                   + [r for r in CONFUSABLE_R32 if r[0].startswith(_TAKEN_H17)])
# Misspellings that leave a lowercase name plead's word list holds only capitalized (Tim, Tex,
# Abel, Dan, Ives): a dropped, swapped or neighbouring letter each; none of an earlier round's
# (wrong, right) pairs.
PROPERNOUN_H17 = [
    ("text>tex", r"\b(?:the|its|constitutional|plain|Clause's) (text)\b", "tex", 1),
    ("can>dan", r"\b(?:[Ii]t|[Tt]hey|[Ww]e|[Cc]ourts|[Ll]egislatures|[Cc]ongress) (can) (?:not|be|only|also|enforce|review)\b", "dan", 1),
    ("gives>ives", r"\b(gives)\b", "ives", 1),
    ("half>hal", r"\b(half) (?:a|of|the)\b", "hal", 1),
    ("rare>rae", r"\b(rare)\b", "rae", 1),
    ("month>mont", r"\b(month)\b", "mont", 1),
    ("clerk>clark", r"\b(clerk)\b", "clark", 1),
    ("did>sid", r"\b(?:[Tt]hey|[Ii]t|[Pp]etitioners|[Cc]ourt) (did) not\b", "sid", 1),
]
# Slips of common words that stay words, as a lawyer types a brief on redistricting: a key next
# door (map -> nap, power -> poser, parties -> patties, seats -> sears, defer -> deter, thus ->
# thud), a dropped letter (clause -> cause, claims -> clams, reject -> eject, fair -> fir, drawn
# -> dawn, sweeping -> seeping, grant -> rant), an added letter (plan -> plane, stay -> stray) and
# two letters swapped (Framers -> Farmers, lines -> liens). Each pattern keeps the slip plainly
# wrong in its sentence; after them, slips of the briefs' own words (state -> stage, three ->
# tree, below -> blow, founding -> funding, during -> curing, pending -> lending, ...). No pair of an earlier list, labeled set (heldout16 and dev16 included),
# data table or confusion set (novel_pairs_r37b turned down the first candidates power>lower,
# rule>rile, rule>rue, since>sine, free>fee, right>fight, case>vase, would>wold, court>curt,
# bound>bond and brief>grief, taken before).
COMMON_H17 = [
    ("map>nap", r"\b(?:congressional|remedial|the|a|new|enacted|interim) (map)\b", "nap", 1),
    ("plan>plane", r"\b(?:remedial|redistricting|congressional|the|a|enacted|interim) (plan)\b", "plane", 1),
    ("clause>cause", r"\b(?:the|this|that|a) (clause)\b", "cause", 1),
    ("claims>clams", r"\b(?:gerrymandering|partisan|Respondents'|these|such|their|the) (claims)\b", "clams", 1),
    ("framers>farmers", r"\bthe (Framers)\b", "farmers", 1),
    ("parties>patties", r"\b(?:political|the|both|all) (parties)\b", "patties", 1),
    ("reject>eject", r"\b(?:to|should|must|and|not) (reject)\b", "eject", 1),
    ("lines>liens", r"\b(?:district|party|bright|partisan) (lines)\b", "liens", 1),
    ("stay>stray", r"\b(?:a|the|emergency|temporary) (stay)\b", "stray", 1),
    ("seats>sears", r"\b(?:congressional|more|of|into) (seats)\b", "sears", 1),
    ("power>poser", r"\b(?:the|legislative|its|their|no|lawmaking) (power) (?:to|of)\b", "poser", 1),
    ("fair>fir", r"\b(fair) (?:elections|and|maps|representation|opportunity)\b", "fir", 1),
    ("drawn>dawn", r"\b(?:maps|plans|lines|districts|map|plan) (drawn)\b", "dawn", 1),
    ("sweeping>seeping", r"\b(sweeping)\b", "seeping", 1),
    ("grant>rant", r"\b(?:a|the) (grant) of\b", "rant", 1),
    ("defer>deter", r"\b(defer) to\b", "deter", 1),
    ("thus>thud", r"\b(?:[Pp]etitioners|[Tt]hey|[Ii]t|[Cc]ourts|[Ll]egislature) (thus)\b", "thud", 1),
    ("state>stage", r"\b(state) (?:constitution|constitutions|courts?|law|legislatures?|constitutional)\b", "stage", 1),
    ("three>tree", r"\b(three) (?:decades|quarters|years|maps|elections|judges)\b", "tree", 1),
    ("draw>raw", r"\bto (draw)\b", "raw", 1),
    ("below>blow", r"\b(?:decision|court|courts|judgment) (below)\b", "blow", 1),
    ("founding>funding", r"\b(?:the|at the) (founding)\b", "funding", 1),
    ("during>curing", r"\b(during) (?:the|a|that|this)\b", "curing", 1),
    ("pending>lending", r"\b(pending) (?:appeal|resolution|a|the|before)\b", "lending", 1),
    ("again>gain", r"\b(?:once|yet) (again)\b", "gain", 1),
    ("well>sell", r"\bas (well) as\b", "sell", 1),
    ("take>tale", r"\b(?:to|may|can|must|not) (take) (?:the|a|this|that|any|precisely)\b", "tale", 1),
    ("but>buy", r"\b(but) (?:also|rather|instead|the|a|it|they)\b", "buy", 1),
    ("process>profess", r"\b(?:redistricting|ratification|legislative|the|political) (process)\b", "profess", 1),
    ("role>dole", r"\b(?:judicial|the|its|their|a) (role)\b", "dole", 1),
]
# Lexical verbs for the agreement rows: verbs of these briefs on what a clause, a constitution
# or a legislature does (constrains, authorizes, forbids, vests, binds); each injected pair is
# checked against the pairs seen before.
_LEX37B_S = ("constrains|authorizes|forbids|prohibits|permits|precludes|empowers|vests|confers|delegates|"
             "regulates|governs|restricts|binds|displaces|invalidates|forecloses|dictates|nullifies|overrides|"
             "undermines|contradicts|mandates|contemplates|presupposes|guarantees|protects|entrusts|divests|"
             "subjects|insulates|commits|assigns|directs|refers|leaves|treats|recognizes|acknowledges|concedes|"
             "contends|insists|asserts|argues|invokes|relies|ignores|misreads|conflates|overlooks")
_LEX37B_B = ("constrain|authorize|forbid|prohibit|permit|preclude|empower|vest|confer|delegate|regulate|govern|"
             "restrict|bind|displace|invalidate|foreclose|dictate|nullify|override|undermine|contradict|mandate|"
             "contemplate|presuppose|guarantee|protect|entrust|divest|subject|insulate|commit|assign|direct|refer|"
             "leave|treat|recognize|acknowledge|concede|contend|insist|assert|argue|invoke|rely|ignore|misread|"
             "conflate|overlook")
# Subjects of these briefs besides round 37's: the Elections Clause, the Constitution, the
# legislature, the General Assembly, Congress; Petitioners, Respondents, legislatures, the
# Framers, state courts, state constitutions.
_SING37B_LEX = (r"\b(?:" + _SING37_LEX[5:-1] + r"|Congress|[Tt]he (?:[A-Za-z]+ )?(?:Clause|Constitution|legislature|"
                r"General Assembly|constitution|doctrine|theory|statute|provision|court|decision|holding|argument))")
_PLUR37B_LEX = (r"(?:" + _PLUR37_LEX + r"|\b(?:Petitioners|Respondents|[Ll]egislatures|[Cc]ourts|[Tt]he Framers|"
                r"[Ss]tate (?:courts|constitutions|legislatures)|[Tt]he (?:[a-z]+ )?(?:provisions|constitutions|clauses|"
                r"legislatures|courts|decisions|cases|arguments)))")
AGREE_LEX_H17 = [
    ("agree:3sg>bare", _SING37B_LEX + " " + _ADV34 + r"(" + _LEX37B_S + r")\b", _drop_s9, 3),
    ("agree:attractor:3sg>bare", _ATTRACTOR34 + _ADV34 + r"(" + _LEX37B_S + r")\b", _drop_s9, 1),
    ("agree:bare>3sg", _PLUR37B_LEX + " " + _ADV34 + r"(" + _LEX37B_B + r")\b", _add_s9, 2),
    ("agree:relative:bare>3sg", _RELATIVE34 + _ADV34 + r"(" + _LEX37B_B + r")\b", _add_s9, 1),
    ("agree:partitive:3sg>bare", _PARTITIVE34 + _ADV34 + r"(" + _LEX37B_S + r")\b", _drop_s9, 1),
]
# Misspellings of the words of these briefs: a dropped, swapped or neighbouring letter, and the
# misspellings writers really make (partisian, substantitive, interpertation).
MISSPELL_H17 = [
    ("legislature", "legilsature"), ("redistricting", "redistricing"), ("congressional", "congresional"),
    ("judicial", "judical"), ("gerrymandering", "gerrymandring"), ("partisan", "partisian"),
    ("federalism", "federelism"), ("interpretation", "interpertation"),
    ("provisions", "provsions"), ("substantive", "substantitive"), ("ratification", "ratificaiton"),
    ("remedial", "remedail"), ("legislative", "legislaitve"), ("restrictions", "restricitons"),
    ("elections", "elecitons"), ("democracy", "democarcy"), ("explicitly", "explicity"),
    ("ordinary", "ordinairy"), ("certiorari", "certiori"),
    ("legislatures", "legislatrues"), ("constitution", "constitutoin"), ("dilution", "diluton"),
    ("sovereignty", "sovreignty"), ("enumerated", "enumarated"), ("authority", "authortiy"),
]

# Be/have agreement: round 33's rows, then the subjects of these briefs (the Clause, the
# Constitution, Petitioners' theory; Petitioners, Respondents, state courts and legislatures).
AGREE_BE_R37B = AGREE_BE_R33 + [
    ("agree:is>are", r"\b(?:[Tt]he (?:Elections |Free Elections )?Clause|[Tt]he Constitution|Petitioners' (?:theory|argument|"
     r"position|reading|interpretation)) (is)\b", "are", 2),
    ("agree:has>have", r"\b(?:[Tt]he (?:Elections )?Clause|[Tt]his Court|Congress|[Tt]he General Assembly|[Tt]he legislature) "
     r"(has)\b", "have", 2),
    ("agree:are>is", r"\b(?:Petitioners|Respondents|[Ss]tate (?:courts|legislatures|constitutions)) (are)\b", "is", 2),
    ("agree:have>has", r"\b(?:Petitioners|Respondents|[Ss]tate (?:courts|legislatures|constitutions)) (have)\b", "has", 2),
]

PLAN_R37B = {
    "heldout17": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R37B, 4),
                  ("family-propernoun", PROPERNOUN_H17, 4), ("misspell", MISSPELL_H17, 15),
                  ("agreement", AGREE_BE_R37B, 4), ("agreement", AGREE_LEX_H17, 6), ("common", COMMON_H17, 15)],
}


def _confusion_general_pairs():
    """Both orders of each pair of data/confusion_sets_general.txt (round 37 checks them too)."""
    import itertools
    out = set()
    for line in open("crates/plead-core/data/confusion_sets_general.txt"):
        if not line.startswith("#"):
            out.update(itertools.permutations(line.split(), 2))
    return out


def novel_pairs_r37(target):
    """The (wrong, right) pairs seen before round 37 — every pair round 35 checked against, round
    35's lists (misspellings, common-word slips, names), both round-35 labeled sets (heldout15,
    dev15) and the pairs of data/confusion_sets_general.txt — and the pairs of the target's new
    lists that repeat one (heldout16: any seen pair; dev16: any of heldout16's, or a seen pair)."""
    seen, clash = novel_pairs_after(
        novel_pairs_r35("heldout15")[0] | _confusion_general_pairs(),
        (MISSPELL_H15, MISSPELL_D15),
        (COMMON_H15, COMMON_D15, PROPERNOUN_H15, PROPERNOUN_D15),
        ("typos-heldout15.jsonl", "typos-dev15.jsonl"),
        (MISSPELL_H16, COMMON_H16 + PROPERNOUN_H16),
        (MISSPELL_D16, COMMON_D16 + PROPERNOUN_D16),
        target == "heldout16",
    )
    return seen, clash



def novel_pairs_r37b(target="heldout17"):
    """The (wrong, right) pairs seen before round 37b — every pair round 37 checked against,
    round 37's lists (misspellings, common-word slips, names of heldout16 and dev16) and both
    round-37 labeled sets — and the pairs of heldout17's new lists that repeat one."""
    return novel_pairs_after(
        novel_pairs_r37("heldout16")[0],
        (MISSPELL_H16, MISSPELL_D16),
        (COMMON_H16, COMMON_D16, PROPERNOUN_H16, PROPERNOUN_D16),
        ("typos-heldout16.jsonl", "typos-dev16.jsonl"),
        (MISSPELL_H17, COMMON_H17 + PROPERNOUN_H17),
        ((), ()),
        True,
    )


# Round 38 (heldout18, no development twin): what plead's users write, in the federal district
# courts: the argument sections of twenty motion briefs -- ten pairs of a moving brief and the
# response to it (motions for a preliminary injunction, to dismiss, to compel arbitration; a
# pipeline's runoff on landowners' farms, a RESPA servicing claim, a police officer's qualified
# immunity, a receiver's insurance coverage, a watchmaker's copyrights, a bank's conversion claim,
# an employee's discharge, a city's ordinance) -- as the data set of the Stanford LLM x Law
# Hackathon (2025) gives them and the public GitHub repository aceniccola/arg_link keeps it
# (data/stanford_hackathon_brief_pairs.json, commit 1e1563e; the file unchanged since e894fd1).
# Each brief is a list of argument sections (`heading`, `content`); only the `content` is read,
# one paragraph a line. The briefs are public records of the courts they were filed in, of which
# single sentences are quoted; the repository carries no licence file and none of its code is
# copied. No earlier set, corpus, training split or precision sample reads this repository, this
# data set or these briefs. With twenty briefs and no twin, every brief is read (split_docs is not
# used), at most twelve slips a brief.
ROUND38 = ("heldout18",)
HACKATHON_COMMIT = "1e1563efdf61d72677424c96018185d5baeaa12e"
HACKATHON_PATH = "data/stanford_hackathon_brief_pairs.json"


def hackathon_texts(target, repo):
    pairs = json.loads(_git_blobs(repo, [f"{HACKATHON_COMMIT}:{HACKATHON_PATH}"])[0].decode("utf-8"))
    docs = {}
    for pair in pairs:
        for side in ("moving_brief", "response_brief"):
            brief = pair[side]
            text = "\n".join(a["content"] for a in brief["brief_arguments"])
            text = (text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
                    .replace("\u00a0", " "))
            docs["brief-" + brief["brief_id"]] = "\n".join(re.sub(r"[ \t]+", " ", l).strip() for l in text.split("\n"))
    for doc in sorted(docs, key=lambda d: hashlib.sha256((target + d).encode()).hexdigest()):
        yield doc, docs[doc]


# The legal-conventions confusables no held-out set took (wanton, elude, apprised, tortious, borne,
# preceding) first, then those taken longest ago: heldout10 and heldout11's (breach, adverse,
# capital), heldout12's, heldout13's, ..., heldout17's (dual, precedent, public, alternatively) last.
_TAKEN_BY_ROUND = [("waived>", "breach>", "precedent>", "adverse>", "tried>", "dual>", "fired>", "capital>"),
                   ("public>", "complaint>", "alternatively>", "probable cause>"),
                   ("canons>", "quash>", "definitely>", "complement>"),
                   ("advice>", "liable>", "rationale>", "whether>"),
                   ("ensure>", "fired>", "waive>", "waived>"),
                   ("causal>", "led>", "forgo>", "tried>"),
                   ("dual>", "precedent>", "public>", "alternatively>")]


def _last_taken(row):
    return max((i for i, names in enumerate(_TAKEN_BY_ROUND) if row[0].startswith(names)), default=-1)


CONFUSABLE_R38 = sorted(CONFUSABLE_R32, key=_last_taken)
# Misspellings that leave a lowercase name plead's word list holds only capitalized (Simmons,
# Handel, Nobel, Medina, Yeats, Lind, Oder, Frau, Fred, Monet): a key next door (summons ->
# simmons, novel -> nobel, years -> yeats, kind -> lind, free -> fred, money -> monet), two letters
# swapped (handle -> handel, median -> medina) and a dropped letter (order -> oder, fraud -> frau);
# none of an earlier round's pairs. (marshal -> marshall was set aside by reading: "marshall" is a
# dictionary's variant of the verb.)
PROPERNOUN_H18 = [
    ("summons>simmons", r"\b(?:a|the) (summons)\b", "simmons", 1),
    ("handle>handel", r"\bto (handle) the\b", "handel", 1),
    ("novel>nobel", r"\bis (novel)\b", "nobel", 1),
    ("median>medina", r"\b(median) strips\b", "medina", 1),
    ("years>yeats", r"\b(?:many|several|two|three|five|ten) (years)\b", "yeats", 1),
    ("kind>lind", r"\bthe (kind) of\b", "lind", 1),
    ("order>oder", r"\b(?:court|stop-work|restraining|this|said) (order)\b", "oder", 1),
    ("fraud>frau", r"\bor (fraud)\b", "frau", 1),
    ("free>fred", r"\bwas (free) to\b", "fred", 1),
    ("money>monet", r"\bthe (money)\b", "monet", 1),
]
# Slips of ordinary words of these briefs that leave another word, as a lawyer types a motion
# brief: a key next door (soil -> soul, noose -> noise, employee -> employer, market -> marker,
# dollar -> collar, sign -> sigh, loan -> loam, seed -> weed, trust -> tryst, lost -> list, nearly
# -> neatly, grass -> brass, roads -> toads, rent -> tent, fines -> finds, fire -> tire, holes ->
# holds, flow -> glow, short -> shirt), a dropped letter (neutral -> neural, phrase -> phase, driver
# -> diver) and two letters swapped (wrap -> warp, silt -> slit, stakes -> steaks). Each pattern
# keeps the slip plainly wrong in its sentence; no pair of an earlier list, labeled set, data table
# or confusion set (novel_pairs_r38 turned down the first candidates breach>beach, aware>award and
# funds>finds, taken before).
COMMON_H18 = [
    ("neutral>neural", r"\bcontent (neutral)\b", "neural", 1),
    ("soil>soul", r"\bmud and (soil)\b", "soul", 1),
    ("noose>noise", r"\ba (noose)\b", "noise", 1),
    ("employee>employer", r"\bfire an (employee)\b", "employer", 1),
    ("phrase>phase", r"\bthe (phrase)\b", "phase", 1),
    ("market>marker", r"\b(?:the|competitive) (market)\b", "marker", 1),
    ("dollar>collar", r"\ba (dollar)\b", "collar", 1),
    ("sign>sigh", r"\bher (sign)\b", "sigh", 1),
    ("loan>loam", r"\b(loan) modification\b", "loam", 1),
    ("seed>weed", r"\bto (seed) them\b", "weed", 1),
    ("trust>tryst", r"\bof (trust) and\b", "tryst", 1),
    ("lost>list", r"\bCity (lost)\b", "list", 1),
    ("nearly>neatly", r"\b(nearly) uncontrolled\b", "neatly", 1),
    ("grass>brass", r"\bwith (grass)\b", "brass", 1),
    ("wrap>warp", r"\b(wrap) watches\b", "warp", 1),
    ("silt>slit", r"\bthe (silt) (?:socks|fences)\b", "slit", 1),
    ("roads>toads", r"\badjacent (roads)\b", "toads", 1),
    ("rent>tent", r"\bthe (rent) payments\b", "tent", 1),
    ("fines>finds", r"\bno (fines)\b", "finds", 1),
    ("driver>diver", r"\bthe (driver)\b", "diver", 1),
    ("stakes>steaks", r"\bby (stakes)\b", "steaks", 1),
    ("fire>tire", r"\bto (fire) (?:him|Plaintiff)\b", "tire", 1),
    ("holes>holds", r"\brepair (holes)\b", "holds", 1),
    ("flow>glow", r"\bmud-laden (flow)\b", "glow", 1),
    ("short>shirt", r"\bIn (short), ", "shirt", 1),
]
# Misspellings writers of motion briefs really make (exagerating, reccomendation, irreperable,
# tresspass, copywright, indispensible, threshhold, convenants, recievership, declaritory, ...), of
# these briefs' words; novel_pairs_r38 turned down occured, ocurred, existance, recomendation,
# irrepairable, legitamate, immediatly, immediatley, muncipal, discrimation and signficant, taken
# before.
MISSPELL_H18 = [
    ("exaggerating", "exagerating"),
    ("recommendation", "reccomendation"), ("irreparable", "irreperable"), ("trespass", "tresspass"),
    ("copyright", "copywright"), ("indispensable", "indispensible"), ("threshold", "threshhold"),
    ("covenants", "convenants"), ("receivership", "recievership"), ("declaratory", "declaritory"),
    ("legitimate", "legitimite"), ("unnecessary", "unneccessary"), ("contemporaneous", "contemporanous"),
     ("guarantee", "guarentee"),
    ("distinguishable", "distinguishible"), ("conclusory", "conclusary"), ("nuisance", "nusiance"),
    ("erosion", "errosion"), ("easements", "easments"), ("qualified", "qualifed"), ("variance", "varience"),
    ("fiduciary", "fidiciary"), ("panhandling", "panhandeling"), ("municipal", "municiple"),
    ("significant", "significent"),
]
# Agreement as it goes wrong in a brief: the verb far from its subject. Lexical verbs of these
# briefs (each injected pair checked against the pairs seen before): after a long subject whose
# prepositional phrase, participle or clause ends in another noun (The balance of equities clearly
# favor), after an appositive, in a relative clause (tenants who intends), after a partitive (Both
# of these structures obstructs) and after a plural subject with its phrase.
_ADV38 = (r"(?:(?:also|further|now|still|then|therefore|thus|here|thereby|again|likewise|similarly|only|merely|"
          r"simply|clearly|plainly|nonetheless|frequently|currently|already|arguably|purportedly|indeed|certainly|"
          r"actually) )?")
_LEX38_S = ("favors|causes|outweighs|shifts|conveys|trumps|amounts|bears|ignores|misconstrues|represents|"
            "proscribes|becomes|exceeds|holds|runs|serves|requires|establishes|emphasizes|reinforces|strains|"
            "protects|includes|casts|arises|stands|controls|applies|prohibits|supports|constitutes|means")
_LEX38_B = "constitute|come|bear|fail|satisfy|derive|obstruct|work|demonstrate|intend|say|occupy|exist|remain"
AGREE_LEX_H18 = [
    ("agree:attractor:3sg>bare", r"\b(?:[Tt]he|[Hh]is|[Ii]ts|[Aa]n?|[A-Z][a-z]+'s) (?:[a-z]+ ){0,2}(?:balance|deprivation|"
     r"harm|burden|presence|claim|party|argument|absence|request) (?:of|from|under|seeking|that|for) "
     r"(?:[A-Za-z',-]+ ){1,14}?" + _ADV38 + r"(" + _LEX38_S + r")\b", _drop_s9, 2),
    ("agree:appositive:3sg>bare", r"\b[A-Z][a-z]+'s (?:[a-z]+ ){0,2}(?:law|statute|provision|clause|agreement), the [a-z]+ "
     r"(?:[A-Za-z',]+ ){1,10}?[A-Za-z]+, " + _ADV38 + r"(" + _LEX38_S + r")\b", _drop_s9, 1),
    ("agree:relative:bare>3sg", r"\b[a-z]+[^su's]s(?: (?:by|of|from) the [A-Z][a-z]+)? (?:who|that|which) " + _ADV38
     + r"(" + _LEX38_B + r")\b", _add_s9, 1),
    ("agree:relative:3sg>bare", r"\b(?:a|an|the|any|no) (?:[a-z]+ )?(?:business|tributary|law|language in the statute|"
     r"restaurant) (?:that|which) " + _ADV38 + r"(serves|runs|holds|requires|establishes)\b", _drop_s9, 1),
    ("agree:partitive:bare>3sg", r"\b(?:[Bb]oth|[Aa]ll) of (?:the|these|those) [A-Za-z]+s " + _ADV38 + r"(" + _LEX38_B
     + r")\b", _add_s9, 1),
    ("agree:bare>3sg", r"\b(?:[Vv]iolations|[Ii]njuries|[Rr]ights|[Ww]atches|[Cc]ontrols|[Aa]verments) "
     r"(?:[A-Za-z']+ ){1,5}?" + _ADV38 + r"(" + _LEX38_B + r")\b", _add_s9, 1),
    ("agree:relative:3sg>bare", r"\b[a-z]+s (?:it|he|she) " + _ADV38 + r"(owns|seeks|claims)\b", _drop_s9, 1),
]
# be/have far from the subject: verbs joined by `and` (MVP has been unable ... and have taken), a
# singular subject whose phrase ends in a plural or in two names (the potential harm suffered by
# Plaintiffs are; the Receiver's suit against Corbishley and Bentley are), a plural subject with a
# long phrase (Damages resulting from the loss of future profits is); round 33's rows after them.
AGREE_BE_R38 = [
    ("agree:and:has>have", r"\b[A-Z][A-Za-z]+ has (?:[A-Za-z,']+ ){1,12}?and (has)\b", "have", 1),
    ("agree:attractor:is>are", r"\b(?:[Tt]he|[Aa]|[Hh]is|[A-Z][a-z]+'s) (?:[a-z]+ ){0,2}(?:harm suffered by|panhandler "
     r"soliciting|suit against|construction of|focus of) (?:[A-Za-z',]+ ){1,10}?(is)\b", "are", 1),
    ("agree:attractor:are>is", r"\b(?:[Dd]amages resulting|[Dd]ischarges|[Aa]ssessments|[Aa]rguments|[Bb]eliefs|"
     r"[Ss]ocks placed|[Ii]nterests in) (?:[A-Za-z',]+ ){1,12}?(are)\b", "is", 1),
    ("agree:attractor:has>have", r"\b(?:reliance|[Ss]ome of the ground|judgment) (?:[A-Za-z',]+ ){1,6}?(has)\b", "have", 1),
    ("agree:and:have>has", r"\b(?:[Tt]he [A-Za-z ]+s|[Pp]laintiffs|[Dd]efendants) are (?:[A-Za-z,']+ ){1,8}?and (have)\b",
     "has", 1),
    ("agree:attractor:was>were", r"\b(?:[Ee]nforcement|[Rr]unoff) (?:[A-Za-z',]+ ){1,8}?(was)\b", "were", 1),
] + AGREE_BE_R33

PLAN_R38 = {
    "heldout18": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R38, 4),
                  ("family-propernoun", PROPERNOUN_H18, 4), ("misspell", MISSPELL_H18, 15),
                  ("agreement", AGREE_BE_R38, 4), ("agreement", AGREE_LEX_H18, 6), ("common", COMMON_H18, 15)],
}


def novel_pairs_r38(target="heldout18"):
    """The (wrong, right) pairs seen before round 38 -- every pair round 37b checked against,
    heldout17's lists (misspellings, common-word slips, names), the slips of every labeled set
    (heldout17 included) and of the shared corpus, the rows of data/confusables.tsv and the pairs
    of each set of data/confusion_sets*.txt as they stand now -- and the pairs of heldout18's new
    lists that repeat one."""
    import glob
    import itertools
    seen, _ = novel_pairs_after(novel_pairs_r37b()[0], (MISSPELL_H17,), (COMMON_H17, PROPERNOUN_H17),
                                ("typos-heldout17.jsonl",), ((), ()), ((), ()), True)
    for f in glob.glob("tests/fixtures/typos*.jsonl") + ["/work/shared/corpus/labeled/typos.jsonl"]:
        # heldout19 (round 39), heldout20 (round 40) and heldout21 (round 41) are later sets, never
        # ones seen before round 38.
        if f.endswith(("typos-heldout18.jsonl", "typos-heldout19.jsonl", "typos-heldout20.jsonl",
                       "typos-heldout21.jsonl")) or not os.path.exists(f):
            continue
        for line in open(f):
            for e in json.loads(line)["expect"]:
                if e.get("span") and e.get("fix"):
                    seen.add((e["span"].lower(), e["fix"].lower()))
    for line in open("crates/plead-core/data/confusables.tsv"):
        if not line.startswith("#") and "\t" in line:
            cols = line.rstrip("\n").split("\t")
            seen.add((cols[0].lower(), cols[1].lower()))
    for f in sorted(glob.glob("crates/plead-core/data/confusion_sets*.txt")):
        for line in open(f):
            if not line.startswith("#"):
                seen.update(itertools.permutations(line.lower().split(), 2))
    new = {(w.lower(), r.lower()) for r, w in MISSPELL_H18}
    new |= {(row[2].lower(), row[0].split(">")[0].lower()) for row in COMMON_H18 + PROPERNOUN_H18}
    return seen, sorted(p for p in new if p in seen)



# Round 39 (heldout19, no development twin): four opinions of the courts of Washington that the
# public GitHub repository justinseger015-ctrl/CaseStrainer keeps as PDFs at its top level but
# that the round-34 precision sample never read (it read the briefs under downloaded_briefs/,
# static/briefs/, downloaded_briefs/supreme/ and uploads/ at commit 73370d0): Cockrum v. C.H.
# Murphy/Clark-Ullman, Inc., No. 102881-4 (Wash. May 29, 2025) (1028814.pdf, commit 5cd3237);
# John Doe P v. Thurston County, No. 102976-4 (Wash. June 12, 2025) (1029764.pdf, commit 893f78a);
# Branson v. Washington Fine Wine & Spirits, LLC, No. 103394-0 (Wash. Sept. 4, 2025), a certified
# question (1033940.pdf, commit 9e68b53); and In re Domestic Violence Protection Order for
# Montesi, No. 85858-1-I (Wash. Ct. App. Div. One) (858581.pdf, commit 65dec82). The repository has
# no licence file; the opinions are edicts of government, public domain, of which single
# sentences are quoted, and none of the repository's code is copied. The fifth PDF there (Park v.
# Kim, 2d Cir.) is a scan and is not read. No earlier set, corpus, training split or precision
# sample reads these four opinions (the precision sample read other files of the repository).
# Unlike rounds 35 to 38 this is court-written text (the round's helper found no unused
# born-digital briefs in time); the slips injected are still the ones a drafter makes. The PDFs
# are read with `pdftotext -layout` and moore_paragraphs (a page's number and footnotes apart,
# line-end hyphens joined when the halves make a word). With four documents and no twin, every
# opinion is read (split_docs is not used), at most forty slips an opinion (inject_r31).
ROUND39 = ("heldout19",)
WA_DOCS = {"wa-cockrum-102881-4": ("5cd32372bd5db67042a445941e79dde157b1aa08", "1028814.pdf"),
           "wa-doe-p-v-thurston-102976-4": ("893f78ae553f13bf936aa950c4bc28e5f61b744f", "1029764.pdf"),
           "wa-branson-103394-0": ("9e68b53e37470f7f5475aca73cbdd90eca1f99d6", "1033940.pdf"),
           "wa-ctapp-montesi-85858-1": ("65dec8203740cf830ade4eb7939543a7fbe79448", "858581.pdf")}


def wa_texts(target, repo):
    import tempfile
    for doc in sorted(WA_DOCS, key=lambda d: hashlib.sha256((target + d).encode()).hexdigest()):
        commit, path = WA_DOCS[doc]
        pdf = _git_blobs(repo, [f"{commit}:{path}"])[0]
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            raw = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", f.name, "-"],
                                 capture_output=True, check=True).stdout.decode("utf-8", errors="replace")
        yield doc, wa_paragraphs(raw)


WA_FOOTNOTE_NUMBER = re.compile(r"^\s{0,10}\d{1,2}$")


def wa_paragraphs(raw):
    """Paragraphs of a Washington opinion's `pdftotext -layout` text: the body is double-spaced
    (a blank line after every line), so blank lines do not end a paragraph; an indented line
    starts one. Each page's running head (the case name and its number, before the first blank
    line) and page number are dropped; the footnotes (a number alone on its line, then the note)
    are paragraphs of their own. A line-end hyphen is joined as moore_paragraphs joins it."""
    line_break_damage("")  # loads the word list
    raw = (raw.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
           .replace("\u00a0", " "))
    paras = []
    for n, page in enumerate(raw.split("\f")):
        lines = [l.rstrip() for l in page.split("\n")]
        if n > 0:
            while lines and lines[0].strip():
                lines.pop(0)
        lines = [l for l in lines if not MOORE_PAGE_NUMBER.match(l)]
        foot = next((i for i, l in enumerate(lines) if WA_FOOTNOTE_NUMBER.match(l)), len(lines))
        cur = []
        for line in lines[:foot]:
            if not line.strip():
                continue
            if re.match(r"\s{3,}\S", line) and cur:
                paras.append(cur)
                cur = []
            cur.append(line.strip())
        if cur:
            paras.append(cur)
        cur = []
        for line in lines[foot:]:
            if WA_FOOTNOTE_NUMBER.match(line) or not line.strip():
                if cur:
                    paras.append(cur)
                cur = []
                continue
            cur.append(line.strip())
        if cur:
            paras.append(cur)
    out = []
    for p in paras:
        text = p[0]
        for line in p[1:]:
            m = re.search(r"([A-Za-z]+)-$", text)
            if m and line[:1].islower():
                joined = (m.group(1) + re.match(r"[a-z]*", line).group(0)).lower()
                text = text[:-1] + line if joined in _WORDS else text + line
            else:
                text = text + " " + line
        out.append(re.sub(r"\s+", " ", text))
    return "\n".join(out)


# The legal-conventions confusables in the order of round 38 with heldout18's four (wanton,
# elude, apprised, tortious, as its table puts them first) moved last.
_TAKEN_H19 = ("wanton>", "elude>", "apprised>", "tortious>")
CONFUSABLE_R39 = ([r for r in CONFUSABLE_R38 if not r[0].startswith(_TAKEN_H19)]
                  + [r for r in CONFUSABLE_R38 if r[0].startswith(_TAKEN_H19)])
# Misspellings that leave a lowercase name plead's word list holds only capitalized (James, Gus,
# Kew, Cass): a key next door (names -> james, case -> cass) and a dropped letter (guns -> gus,
# knew -> kew); none of an earlier round's pairs (novel_pairs_r39 turned down the first
# candidates job>jon, state>tate and own>owen, taken before).
PROPERNOUN_H19 = [
    ("names>james", r"\bactual (names)\b", "james", 1),
    ("guns>gus", r"\bthe (guns) he\b", "gus", 1),
    ("knew>kew", r"\bAlcoa (knew) asbestos\b", "kew", 1),
    ("case>cass", r"\bin this (case)\b", "cass", 1),
]
# Slips of ordinary words of these opinions that leave another word: a key next door (moot ->
# moor, seal -> deal, pipe -> pope, bars -> bats, firearms -> forearms, skin -> akin, grand ->
# brand, warned -> warmed, gear -> hear, lists -> lusts, wage -> wave, bills -> bulls, pay -> pat,
# paper -> paler, wore -> wire, web -> wen), a dropped letter (harm -> ham, burns -> buns, resin ->
# rein, reap -> rap, harms -> hams, married -> marred) and an added one (nose -> noise, suits ->
# suites, fight -> fright).
# Each pattern keeps the slip plainly wrong in its sentence; novel_pairs_r39 checks every pair.
COMMON_H19 = [
    ("moot>moor", r"\bis not (moot)\b", "moor", 1),
    ("seal>deal", r"\bto (seal) court\b", "deal", 1),
    ("pipe>pope", r"\bwhere (pipe) insulation\b", "pope", 1),
    ("harm>ham", r"\bsuffered no (harm)\b", "ham", 1),
    ("bars>bats", r"\bprecedent (bars) us\b", "bats", 1),
    ("firearms>forearms", r"\bthe missing (firearms)\b", "forearms", 1),
    ("skin>akin", r"\bsevere (skin)\b", "akin", 1),
    ("burns>buns", r"\bor (burns) that\b", "buns", 1),
    ("nose>noise", r"\bdry (nose)\b", "noise", 1),
    ("grand>brand", r"\bthe (grand) compromise\b", "brand", 1),
    ("suits>suites", r"\bmost (suits)\b", "suites", 1),
    ("warned>warmed", r"\bwas (warned) that\b", "warmed", 1),
    ("gear>hear", r"\bprotective (gear)\b", "hear", 1),
    ("lists>lusts", r"\bavailable (lists)\b", "lusts", 1),
    ("wage>wave", r"\b(wage) or salary\b", "wave", 1),
    ("bills>bulls", r"\bfailed (bills)\b", "bulls", 1),
    ("pay>pat", r"\bthe (pay) and benefit\b", "pat", 1),
    ("resin>rein", r"\bchemical (resin)\b", "rein", 1),
    ("paper>paler", r"\bwearing (paper) masks\b", "paler", 1),
    ("wore>wire", r"\bworkers (wore) personal\b", "wire", 1),
    ("fight>fright", r"\bto (fight) employer\b", "fright", 1),
    ("reap>rap", r"\bto (reap) a reward\b", "rap", 1),
    ("web>wen", r"\bsearch the (web)\b", "wen", 1),
    ("harms>hams", r"\bthe anticipated (harms)\b", "hams", 1),
    ("married>marred", r"\bthey were (married)\b", "marred", 1),
]
# Misspellings of these opinions' words as drafters make them (psuedonym, absestos, siezures,
# acquiesence, dizzyness, ...); novel_pairs_r39 checks every pair against the earlier lists.
MISSPELL_H19 = [
    ("pseudonym", "psuedonym"), ("asbestos", "absestos"), ("seizures", "siezures"),
    ("acquiescence", "acquiesence"), ("dizziness", "dizzyness"), ("indistinguishable", "indistinguishible"),
    ("instrumentality", "instrumentallity"), ("dermatitis", "dermititis"), ("ventilation", "ventalation"),
    ("precautions", "precuations"), ("irritation", "iritation"), ("bifurcate", "bifercate"),
    ("mesothelioma", "mesotheleoma"), ("preliminary", "prelimenary"), ("unreasonable", "unreasonible"),
    ("supervisor", "supervisior"), ("pneumonia", "pnuemonia"), ("bronchitis", "bronchitus"),
    ("absurd", "absurb"), ("undisputed", "undisputted"), ("hypothetical", "hypothetcal"),
    ("legislature", "legistlature"),
]
# Agreement as it goes wrong in an opinion: the verb after a long subject whose phrase ends in
# another noun (the party challenging the constitutionality of a statute bear), a relative clause
# (employees who develops), a partitive (all of these cases involves), a compound subject
# (legislative history and agency interpretation confirms), a gerund subject (Determining whether
# ... is genuine lie).
AGREE_LEX_H19 = [
    ("agree:attractor:3sg>bare", r"\bthe party challenging (?:[a-z]+ ){1,6}?(bears)\b", _drop_s9, 1),
    ("agree:attractor:3sg>bare", r"\bThe evidence of continuing illness (shows)\b", _drop_s9, 1),
    ("agree:gerund:3sg>bare", r"\bis genuine (lies)\b", lambda v: "lie", 1),
    ("agree:relative:bare>3sg", r"\bemployees who (develop)\b", _add_s9, 1),
    ("agree:attractor:bare>3sg", r"\bstatements of intent (show)\b", _add_s9, 1),
    ("agree:partitive:bare>3sg", r"\ball of these cases (involve)\b", _add_s9, 1),
    ("agree:and:bare>3sg", r"\blegislative history and agency interpretation (confirm)\b", _add_s9, 1),
    ("agree:attractor:bare>3sg", r"\bdual aspects of the order (operate)\b", _add_s9, 1),
    ("agree:attractor:bare>3sg", r"\bactual names \([^)]*\) (appear)\b", _add_s9, 1),
    ("agree:possessive:3sg>bare", r"\bWashington's system (recognizes)\b", _drop_s9, 1),
    ("agree:gerund:3sg>bare", r"\babandoning a prior decision (rests)\b", _drop_s9, 1),
    ("agree:attractor:bare>3sg", r"\bjudiciary's activities (threaten)\b", _add_s9, 1),
    ("agree:attractor:bare>3sg", r"\blooking for lawsuits (fall)\b", _add_s9, 1),
    ("agree:attractor:3sg>bare", r"\bto the current statute (addresses)\b", _drop_s9, 1),
]
# be/have: a singular subject with a long phrase (the policy of providing redress ... have not),
# neither ... nor with a singular last subject (were), a plural subject attracted by a singular
# predicate noun (diseases is a risk), a plural subject with its phrase (the harms ... is), an
# or-compound (injury or injury that is ... are), a plural possessive subject (rights has).
AGREE_BE_R39 = [
    ("agree:attractor:has>have", r"\bthe policy of providing (?:[a-z]+ ){1,6}?(has) not\b", "have", 1),
    ("agree:nor:was>were", r"\bnor the employee in Walston (was)\b", "were", 1),
    ("agree:predicate:are>is", r"\bAsbestos-related diseases (are) a risk\b", "is", 1),
    ("agree:attractor:are>is", r"\bthe harms specifically articulated by (?:[A-Za-z']+ ){1,4}?(are)\b", "is", 1),
    ("agree:or:is>are", r"\bsubstantially certain (is) insufficient\b", "are", 1),
    ("agree:have>has", r"\bBrandon's rights (have) not\b", "has", 1),
    ("agree:have>has", r"\bWashington courts (have) long held\b", "has", 1),
    ("agree:has>have", r"\bOur case law (has) treated\b", "have", 1),
    ("agree:attractor:were>was", r"\bits employees (were) suffering\b", "was", 1),
]

PLAN_R39 = {
    "heldout19": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R39, 4),
                  ("family-propernoun", PROPERNOUN_H19, 4), ("misspell", MISSPELL_H19, 15),
                  ("agreement", AGREE_BE_R39, 4), ("agreement", AGREE_LEX_H19, 6), ("common", COMMON_H19, 15)],
}


def novel_pairs_r39(target="heldout19"):
    """The (wrong, right) pairs seen before round 39 -- every pair round 38 checked against,
    heldout18's lists (misspellings, common-word slips, names), the slips of every labeled set
    (heldout18 included) and of the shared corpus, the rows of data/confusables.tsv and the pairs
    of each set of data/confusion_sets*.txt as they stand now -- and the pairs of heldout19's new
    lists that repeat one."""
    import glob
    import itertools
    seen, _ = novel_pairs_after(novel_pairs_r38()[0], (MISSPELL_H18,), (COMMON_H18, PROPERNOUN_H18),
                                ("typos-heldout18.jsonl",), ((), ()), ((), ()), True)
    for f in glob.glob("tests/fixtures/typos*.jsonl") + ["/work/shared/corpus/labeled/typos.jsonl"]:
        # heldout20 (round 40) and heldout21 (round 41) are later sets, never ones seen before round 39.
        if f.endswith(("typos-heldout19.jsonl", "typos-heldout20.jsonl", "typos-heldout21.jsonl")) or not os.path.exists(f):
            continue
        for line in open(f):
            for e in json.loads(line)["expect"]:
                if e.get("span") and e.get("fix"):
                    seen.add((e["span"].lower(), e["fix"].lower()))
    for line in open("crates/plead-core/data/confusables.tsv"):
        if not line.startswith("#") and "\t" in line:
            cols = line.rstrip("\n").split("\t")
            seen.add((cols[0].lower(), cols[1].lower()))
    for f in sorted(glob.glob("crates/plead-core/data/confusion_sets*.txt")):
        for line in open(f):
            if not line.startswith("#"):
                seen.update(itertools.permutations(line.lower().split(), 2))
    new = {(w.lower(), r.lower()) for r, w in MISSPELL_H19}
    new |= {(row[2].lower(), row[0].split(">")[0].lower()) for row in COMMON_H19 + PROPERNOUN_H19}
    return seen, sorted(p for p in new if p in seen)


# Round 40 (heldout20, no development twin): what plead's users write, in the California Courts of
# Appeal and the Ninth Circuit: eight appellate briefs of one appellate lawyer (the Law Office of
# Barry M. Wolf), as the public GitHub repository gruizortega/barry2 -- the office's website --
# keeps their PDFs under content/2.briefs/ (commit 8e6719b): the appellant's opening and reply
# briefs in Green v. LAIBCO, LLC, No. B212933 (Cal. Ct. App., 2d Dist., Div. 8), a nurse's
# wrongful discharge and a new-trial order (AOB.pdf, ARB.pdf); the appellant's opening and reply
# briefs in Azer v. Los Angeles County Sheriff's Office, No. B210751 (2d Dist., Div. 1), a records
# clerk's disability claims on summary judgment (AOB_1.pdf, ARB_1.pdf); the appellants' opening
# brief in Speiginer v. Ben Bennett, Inc., No. E052730 (4th Dist., Div. 2) (Speiginer.pdf); the
# appellant's opening brief in Rivas v. Verizon Communications, No. B280101 (2d Dist., Div. 4), a
# dismissal for a lawyer's failure to appear (AOB-E.pdf); and the appellant's opening and reply
# briefs in Ma v. City of Los Angeles, No. 17-56544 (9th Cir.), an arrest under Penal Code section
# 314 (AOB-A.pdf, ARB-E.pdf). The briefs are public records of the courts they were filed in,
# which their author published on his office's site; single sentences are quoted, and the
# repository carries no licence file and none of its code is copied. A new source: no earlier
# set, corpus, training split or precision sample reads this repository, these briefs or these
# matters. The PDFs are born-digital (Corel and Acrobat), double-spaced: `pdftotext -layout` and
# brief_paragraphs (blank lines do not end a paragraph, an indented line starts one; page numbers
# and the Ninth Circuit's ECF header dropped; a page's footnotes, which start at a line `N/`,
# are paragraphs of their own). With eight briefs and no twin, every brief is read (split_docs
# is not used), at most twenty-five slips a brief.
ROUND40 = ("heldout20",)
BW_COMMIT = "8e6719b5d260bf4fefb86f06c4511d7691862a82"
BW_DOCS = {"ca-green-v-laibco-b212933-aob": "content/2.briefs/AOB.pdf",
           "ca-green-v-laibco-b212933-arb": "content/2.briefs/ARB.pdf",
           "ca-azer-v-lasd-b210751-aob": "content/2.briefs/AOB_1.pdf",
           "ca-azer-v-lasd-b210751-arb": "content/2.briefs/ARB_1.pdf",
           "ca-speiginer-v-ben-bennett-e052730-rb": "content/2.briefs/Speiginer.pdf",
           "ca-rivas-v-verizon-b280101-aob": "content/2.briefs/AOB-E.pdf",
           "9th-ma-v-los-angeles-17-56544-aob": "content/2.briefs/AOB-A.pdf",
           "9th-ma-v-los-angeles-17-56544-arb": "content/2.briefs/ARB-E.pdf"}
BW_FOOTNOTE_START = re.compile(r"^\s{0,10}\d{1,2}/$")
BW_ECF_HEADER = re.compile(r"^\s*Case: \d{2}-\d{5}, \d{2}/\d{2}/\d{4}, ID: \d+, DktEntry: \d+, Page \d+ of \d+\s*$")


def bw_texts(target, repo):
    import tempfile
    for doc in sorted(BW_DOCS, key=lambda d: hashlib.sha256((target + d).encode()).hexdigest()):
        pdf = _git_blobs(repo, [f"{BW_COMMIT}:{BW_DOCS[doc]}"])[0]
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            raw = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", f.name, "-"],
                                 capture_output=True, check=True).stdout.decode("utf-8", errors="replace")
        yield doc, brief_paragraphs(raw)


def brief_paragraphs(raw):
    """Paragraphs of a double-spaced brief's `pdftotext -layout` text, as wa_paragraphs reads an
    opinion but with no running head, and with a paragraph running on over a page break: blank
    lines and page ends do not end a paragraph, an indented line starts one; page numbers and an
    ECF header line are dropped; from a line `N/` on, a page's lines are its footnotes, each a
    paragraph of its own. A line-end hyphen is joined as moore_paragraphs joins it."""
    line_break_damage("")  # loads the word list
    raw = (raw.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
           .replace("\u00a0", " "))
    paras = []
    body = []
    for page in raw.split("\f"):
        lines = [l.rstrip() for l in page.split("\n")]
        lines = [l for l in lines if not MOORE_PAGE_NUMBER.match(l) and not BW_ECF_HEADER.match(l)]
        foot = next((i for i, l in enumerate(lines) if BW_FOOTNOTE_START.match(l)), len(lines))
        for line in lines[:foot]:
            if not line.strip():
                continue
            if re.match(r"\s{3,}\S", line) and body:
                paras.append(body)
                body = []
            body.append(line.strip())
        cur = []
        for line in lines[foot:]:
            if BW_FOOTNOTE_START.match(line):
                if cur:
                    paras.append(cur)
                cur = []
                continue
            if line.strip():
                cur.append(line.strip())
        if cur:
            paras.append(cur)
    if body:
        paras.append(body)
    out = []
    for p in paras:
        text = p[0]
        for line in p[1:]:
            m = re.search(r"([A-Za-z]+)-$", text)
            if m and line[:1].islower():
                joined = (m.group(1) + re.match(r"[a-z]*", line).group(0)).lower()
                text = text[:-1] + line if joined in _WORDS else text + line
            else:
                text = text + " " + line
        out.append(re.sub(r"\s+", " ", text))
    return "\n".join(out)


# The legal-conventions confusables never taken by a held-out set (wanton, elude, apprised,
# tortious) first; then round 39's order with heldout18's liable and the seven rows round 39 put
# first (borne ... probable cause, among which heldout19 took its four) moved last.
_FIRST_R40 = ("wanton>", "elude>", "apprised>", "tortious>")
_LAST_R40 = tuple(r[0].split(">")[0] + ">" for r in CONFUSABLE_R39[:7])
CONFUSABLE_R40 = ([r for r in CONFUSABLE_R39 if r[0].startswith(_FIRST_R40)]
                  + [r for r in CONFUSABLE_R39 if not r[0].startswith(_FIRST_R40 + _LAST_R40 + ("liable>",))]
                  + [r for r in CONFUSABLE_R39 if r[0].startswith("liable>")]
                  + CONFUSABLE_R39[:7])
# Misspellings that leave a lowercase name plead's word list holds only capitalized (Alice,
# Giles, Warner, Ringling, Golding, Shawn): a dropped letter (malice -> alice), a key next door
# (files -> giles, warned -> warner, tingling -> ringling, holding -> golding) and a vowel for a
# vowel (shown -> shawn); none of an earlier round's pairs (novel_pairs_r40 turned down the
# candidates clerk>clark, more>moore and even>evan, taken before).
PROPERNOUN_H20 = [
    ("malice>alice", r"\bfraud and (malice)\b", "alice", 1),
    ("files>giles", r"\bparty (files)\b", "giles", 1),
    ("warned>warner", r"\bthey (warned)\b", "warner", 1),
    ("tingling>ringling", r"\bnumbness and (tingling)\b", "ringling", 1),
    ("holding>golding", r"\bThe (holding) in\b", "golding", 1),
    ("shown>shawn", r"\bhave (shown)\b", "shawn", 1),
]
# Slips of ordinary words of these briefs that leave another word, as an appellate lawyer types:
# a key next door (rally -> tally, shouting -> shooting, culture -> vulture, fault -> vault,
# barrage -> garage, chanted -> changed, excuses -> excises, swelling -> dwelling, hand -> band,
# shift -> shirt, crowd -> crows), a dropped letter (officers -> offices, training -> raining,
# shingles -> singles, sword -> word, weight -> eight, wrist -> writ, breasts -> beasts, shield ->
# shied), an added one (morality -> mortality, earning -> earring, pain -> paint), two letters
# swapped (nuclear -> unclear) and a vowel for a vowel (hollow -> hallow, premises -> promises,
# staffing -> stuffing). Each pattern keeps the slip plainly wrong in its sentence;
# novel_pairs_r40 checks every pair (it turned down the first candidate lawyer>layer, taken
# before).
COMMON_H20 = [
    ("rally>tally", r"\bcampaign (rally)\b", "tally", 1),
    ("shouting>shooting", r"\bwhile (shouting) political\b", "shooting", 1),
    ("officers>offices", r"\btrains its (officers)\b", "offices", 1),
    ("morality>mortality", r"\btheir own (morality)\b", "mortality", 1),
    ("training>raining", r"\bofficers' (training)\b", "raining", 1),
    ("culture>vulture", r"\bsuch a (culture)\b", "vulture", 1),
    ("fault>vault", r"\ballocate (fault)\b", "vault", 1),
    ("nuclear>unclear", r"\bthe (nuclear) option\b", "unclear", 1),
    ("earning>earring", r"\bfuture (earning) power\b", "earring", 1),
    ("shingles>singles", r"\bpains and (shingles)\b", "singles", 1),
    ("sword>word", r"\bas a (sword)\b", "word", 1),
    ("hollow>hallow", r"\brenders (hollow)\b", "hallow", 1),
    ("weight>eight", r"\blost (weight)\b", "eight", 1),
    ("swelling>dwelling", r"\bhad (swelling)\b", "dwelling", 1),
    ("barrage>garage", r"\ba (barrage) of\b", "garage", 1),
    ("chanted>changed", r"\btopless, (chanted)\b", "changed", 1),
    ("excuses>excises", r"\bvariety of (excuses)\b", "excises", 1),
    ("wrist>writ", r"\bright (wrist)\b", "writ", 1),
    ("breasts>beasts", r"\bthat (breasts) are\b", "beasts", 1),
    ("shield>shied", r"\ba (shield) against\b", "shied", 1),
    ("pain>paint", r"\baching (pain)\b", "paint", 1),
    ("hand>band", r"\bwrist and (hand)\b", "band", 1),
    ("shift>shirt", r"\bthe day (shift)\b", "shirt", 1),
    ("crowd>crows", r"\baffront the (crowd), but\b", "crows", 1),
    ("premises>promises", r"\bleaving the (premises)\b", "promises", 1),
    ("staffing>stuffing", r"\bwere (staffing) problems\b", "stuffing", 1),
]
# Misspellings of these briefs' words as drafters make them (interactve, grievence, punative,
# retalliation, unanimus, indecient, physican, ...); novel_pairs_r40 turned down restricitons,
# predjudicial, jursidiction, credability, heresay and forfieted, taken before.
MISSPELL_H20 = [
    ("interactive", "interactve"), ("grievance", "grievence"), ("compensatory", "compensitory"),
    ("punitive", "punative"), ("retaliation", "retalliation"), ("unanimous", "unanimus"),
    ("misconstrued", "misconstued"), ("inadmissible", "inadmissable"),
    ("deficiencies", "deficiences"), ("ratification", "ratafication"), ("indecent", "indecient"),
    ("physician", "physican"), ("interrogatories", "interogatories"), ("proximity", "proximaty"),
    ("causation", "causaton"), ("obdurate", "obdurite"), ("retroactively", "retroactivley"),
    ("preoccupied", "preocupied"), ("disincentive", "disincentve"), ("sympathetic", "sympathic"),
    ("deteriorating", "detoriating"), ("specious", "specous"), ("legitimize", "legitamize"),
    ("genitals", "genitels"), ("affront", "afront"), ("plethora", "plethera"),
    ("speculative", "speculitive"), ("recklessness", "recklesness"),
    ("admissibility", "admissability"), ("substantially", "substantialy"),
]
# Agreement as it goes wrong in a brief: the verb after a long subject whose phrase ends in
# another noun (attempts to sow confusion as to the state of the law produces; the special
# verdicts on plaintiff's other theories stands), after a plural possessive (Defendants' confusion
# illustrate, plaintiffs' proffer show), a compound subject (Nadaf-Rahrov and Scotch provides)
# and a collective singular (the police department improperly train). A bare form that reads as
# a past tense (testimony ... shed no light; failure ... put its performance) is not used: it
# would leave the sentence grammatical.
AGREE_LEX_H20 = [
    ("agree:attractor:bare>3sg", r"\bas to the state of the law (produce)\b", _add_s9, 1),
    ("agree:attractor:bare>3sg", r"\bverdicts on plaintiff's other theories (stand)\b", _add_s9, 1),
    ("agree:possessive:3sg>bare", r"\bDefendants' confusion (illustrates)\b", _drop_s9, 1),
    ("agree:possessive:3sg>bare", r"\bplaintiffs' proffer (shows)\b", _drop_s9, 1),
    ("agree:and:bare>3sg", r"\bNadaf-Rahrov and Scotch (provide)\b", _add_s9, 1),
    ("agree:attractor:bare>3sg", r"\bStatement of Decision and its supplement (lack)\b", _add_s9, 1),
    ("agree:3sg>bare", r"\bpolice department improperly (trains)\b", _drop_s9, 1),
    ("agree:attractor:3sg>bare", r"\bfailure to cite such evidence (leaves)\b", _drop_s9, 1),
    ("agree:attractor:3sg>bare", r"\bambiguity in language (results)\b", _drop_s9, 1),
]
# be/have: verbs joined by `and` (he was carried out ... and have not returned), a singular
# subject whose phrase ends in a plural (The hearsay contained in the records were; The wisdom of
# exploring lesser sanctions and applying terminating sanctions sparingly are), a plural subject
# with its phrase (statutes and regulations cited by defendants is), a singular collective (The
# California legislature have), `there` with a mass noun (there are sufficient evidence), a
# plural subject after a long singular phrase (Despite the County's failure ..., defendants has)
# and a compound subject (detention and arrest ... was). Each (wrong, right) pair is taken once,
# so rows with a pair already taken fall through to the next.
AGREE_BE_R40 = [
    ("agree:and:has>have", r"\bstretcher and (has) not returned\b", "have", 1),
    ("agree:attractor:was>were", r"\bThe hearsay contained in the records (was)\b", "were", 1),
    ("agree:attractor:is>are", r"\bterminating sanctions sparingly (is)\b", "are", 1),
    ("agree:attractor:are>is", r"\bregulations cited by defendants (are)\b", "is", 1),
    ("agree:has>have", r"\bThe California legislature (has) recognized\b", "have", 1),
    ("agree:there:is>are", r"\bthere (is) sufficient evidence for a jury\b", "are", 1),
    ("agree:attractor:have>has", r"\bdefendants (have) the chutzpah\b", "has", 1),
    ("agree:and:were>was", r"\bdetention and arrest for indecent exposure (were)\b", "was", 1),
]

PLAN_R40 = {
    "heldout20": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R40, 4),
                  ("family-propernoun", PROPERNOUN_H20, 4), ("misspell", MISSPELL_H20, 15),
                  ("agreement", AGREE_BE_R40, 4), ("agreement", AGREE_LEX_H20, 6), ("common", COMMON_H20, 15)],
}


def novel_pairs_r40(target="heldout20"):
    """The (wrong, right) pairs seen before round 40 -- every pair round 39 checked against,
    heldout19's lists (misspellings, common-word slips, names), the slips of every labeled set
    (heldout19 included: only its pairs are read, into this set, and none is printed) and of the
    shared corpus, the rows of data/confusables.tsv and the pairs of each set of
    data/confusion_sets*.txt as they stand now -- and the pairs of heldout20's new lists that
    repeat one."""
    import glob
    import itertools
    seen, _ = novel_pairs_after(novel_pairs_r39()[0], (MISSPELL_H19,), (COMMON_H19, PROPERNOUN_H19),
                                ("typos-heldout19.jsonl",), ((), ()), ((), ()), True)
    for f in glob.glob("tests/fixtures/typos*.jsonl") + ["/work/shared/corpus/labeled/typos.jsonl"]:
        # heldout21 (round 41) is a later set, never one seen before round 40.
        if f.endswith(("typos-heldout20.jsonl", "typos-heldout21.jsonl")) or not os.path.exists(f):
            continue
        for line in open(f):
            for e in json.loads(line)["expect"]:
                if e.get("span") and e.get("fix"):
                    seen.add((e["span"].lower(), e["fix"].lower()))
    for line in open("crates/plead-core/data/confusables.tsv"):
        if not line.startswith("#") and "\t" in line:
            cols = line.rstrip("\n").split("\t")
            seen.add((cols[0].lower(), cols[1].lower()))
    for f in sorted(glob.glob("crates/plead-core/data/confusion_sets*.txt")):
        for line in open(f):
            if not line.startswith("#"):
                seen.update(itertools.permutations(line.lower().split(), 2))
    new = {(w.lower(), r.lower()) for r, w in MISSPELL_H20}
    new |= {(row[2].lower(), row[0].split(">")[0].lower()) for row in COMMON_H20 + PROPERNOUN_H20}
    return seen, sorted(p for p in new if p in seen)


ROUND41 = ("heldout21",)
TX01_COMMIT = "3a8dc0ac8ee2de4cf553e717875724884cd1ec4d"
TX01_DIR = "CA01_2024_Briefs"
# The first ten appellant's briefs of the folder, in the order of SHA-256("heldout21" + cause
# number), that are not Anders briefs (no "Anders" in the text), not a copy of a brief already
# taken (one brief filed under several cause numbers) and run to 3,000 words or more: ten hands.
TX01_DOCS = {"tx01-davis-01-24-00301": "01-24-00301-CR Appellant Brief.pdf",
             "tx01-bankers-ins-01-24-01008": "01-24-01008-CR Appellant Brief.pdf",
             "tx01-noguera-01-24-00338": "01-24-00338-CR Appellant Brief.pdf",
             "tx01-hatter-01-24-00483": "01-24-00483-CR Appellant Brief.pdf",
             "tx01-luna-01-24-00211": "01-24-00211-CR Appellant Brief.pdf",
             "tx01-robinson-01-24-00855": "01-24-00855-CR Appellant Brief.pdf",
             "tx01-faragoza-01-24-00522": "01-24-00522-CR Appellant Brief.pdf",
             "tx01-julian-01-24-00852": "01-24-00852-CR Appellant Brief.pdf",
             "tx01-gulley-01-24-00210": "01-24-00210-CR Appellant Brief.pdf",
             "tx01-sotelo-01-24-00562": "01-24-00562-CR Appellant Brief.pdf"}
TX01_RULE = re.compile(r"^\s*[\u23af_\-=*]{5,}\s*$")


def tx01_texts(target, repo):
    """The ten briefs' `pdftotext -layout` text, read by brief_paragraphs once the rule lines
    (a run of U+23AF or underscores) that several of them draw between parts are dropped."""
    import tempfile
    for doc in sorted(TX01_DOCS, key=lambda d: hashlib.sha256((target + d).encode()).hexdigest()):
        pdf = _git_blobs(repo, [f"{TX01_COMMIT}:{TX01_DIR}/{TX01_DOCS[doc]}"])[0]
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            raw = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", f.name, "-"],
                                 capture_output=True, check=True).stdout.decode("utf-8", errors="replace")
        raw = "\n".join(l for l in raw.split("\n") if not TX01_RULE.match(l))
        yield doc, brief_paragraphs(raw)


# Round 40's order with the four entries heldout20 took (rationale, whether, fired, waived) moved
# last.
_TAKEN_H20 = ("rationale>", "whether>", "fired>", "waived>")
CONFUSABLE_R41 = ([r for r in CONFUSABLE_R40 if not r[0].startswith(_TAKEN_H20)]
                  + [r for r in CONFUSABLE_R40 if r[0].startswith(_TAKEN_H20)])
# Slips that leave a lowercase name plead's word list holds only capitalized (Blake, Clint,
# Parker, Kipling, Tyree, Ovid, Solent): a key next door (blame -> blake, parked -> parker,
# killing -> kipling, three -> tyree), a dropped letter (client -> clint), two letters swapped
# (void -> ovid) and a vowel for a vowel (silent -> solent); novel_pairs_r41 turned down the first
# candidates jury>judy, time>tim, stand>stan, half>hal and like>ike, taken before.
PROPERNOUN_H21 = [
    ("blame>blake", r"\bpass the (blame)\b", "blake", 1),
    ("client>clint", r"\btheir (client) legally\b", "clint", 1),
    ("parked>parker", r"\bthey (parked) at\b", "parker", 1),
    ("killing>kipling", r"\ban intentional (killing) and\b", "kipling", 1),
    ("three>tyree", r"\bone of (three) ways\b", "tyree", 1),
    ("void>ovid", r"\bthis case is (void)\b", "ovid", 1),
    ("silent>solent", r"\bthe record is (silent)\b", "solent", 1),
]
# Slips of ordinary words of these briefs that leave another word, as a criminal-appeals lawyer
# types: a dropped letter (grainy -> rainy, braids -> raids, shaved -> saved, gloves -> loves,
# pipes -> pies, front -> font, theft -> heft, mouth -> moth, card -> car, tainted -> tinted), a
# key next door (swabs -> swans, beater -> heater, truck -> trick, gun -> gum, stalking ->
# stalling, text -> test, guise -> guide, foreman -> fireman), a vowel for a vowel (drunk ->
# drink, posted -> pasted, packet -> pocket, floor -> flour, letter -> litter, bed -> bad, hip ->
# hop) and an added one (sober -> somber, pace -> place). Each pattern keeps the slip plainly
# wrong in its sentence; novel_pairs_r41 checks every pair (it turned down the candidates
# driver>diver and son>sin, taken before).
COMMON_H21 = [
    ("grainy>rainy", r"\bThe videos were (grainy)\b", "rainy", 1),
    ("swabs>swans", r"\bextracted by (swabs)\b", "swans", 1),
    ("braids>raids", r"\bhaving long (braids)\b", "raids", 1),
    ("beater>heater", r"\bserial wife (beater)\b", "heater", 1),
    ("gloves>loves", r"\bmasks or (gloves)\b", "loves", 1),
    ("drunk>drink", r"\bas a (drunk), serial\b", "drink", 1),
    ("pipes>pies", r"\bexhaust (pipes)\b", "pies", 1),
    ("posted>pasted", r"\bbond was (posted)\b", "pasted", 1),
    ("truck>trick", r"\bthe wrecked (truck)\b", "trick", 1),
    ("packet>pocket", r"\bpenitentiary (packet)\b", "pocket", 1),
    ("front>font", r"\bthe (front) door\b", "font", 1),
    ("gun>gum", r"\bsaw a (gun) on\b", "gum", 1),
    ("theft>heft", r"\bretail (theft) operations\b", "heft", 1),
    ("shaved>saved", r"\bnearly (shaved) head\b", "saved", 1),
    ("stalking>stalling", r"\ba (stalking) offense\b", "stalling", 1),
    ("text>test", r"\bthe (text) messages\b", "test", 1),
    ("sober>somber", r"\bthe only (sober) one\b", "somber", 1),
    ("mouth>moth", r"\bthe child's (mouth)\b", "moth", 1),
    ("pace>place", r"\ba normal (pace)\b", "place", 1),
    ("guise>guide", r"\bthe (guise) of\b", "guide", 1),
    ("floor>flour", r"\bonly a (floor) on\b", "flour", 1),
    ("tainted>tinted", r"\beligibility (tainted) the\b", "tinted", 1),
    ("letter>litter", r"\bthe (letter) had never\b", "litter", 1),
    ("card>car", r"\breceipt (card) was\b", "car", 1),
    ("foreman>fireman", r"\bgrand-jury (foreman) was\b", "fireman", 1),
    ("bed>bad", r"\bwhere the (bed) of\b", "bad", 1),
    ("hip>hop", r"\bClareesa's (hip)\b", "hop", 1),
]
# Misspellings of these briefs' words as drafters make them (unanimaty, aquittal, severence,
# survelliance, corroberating, acomplice, extranious, ...); novel_pairs_r41 turned down the
# candidates inditement, egregous, inconsistant, descretion, liabilty, deferrence and
# interpetation, taken before.
MISSPELL_H21 = [
    ("unanimity", "unanimaty"), ("acquittal", "aquittal"), ("severance", "severence"),
    ("surveillance", "survelliance"), ("corroborating", "corroberating"), ("accomplice", "acomplice"),
    ("extraneous", "extranious"), ("forfeiture", "forfieture"), ("penitentiary", "penitentary"),
    ("confrontation", "confrontaion"), ("testimonial", "testimonal"), ("reasonableness", "reasonablness"),
    ("cumulative", "cummulative"), ("presumption", "presumtion"), ("eligible", "eligable"),
    ("misstatements", "mistatements"), ("impeachment", "impeachement"), ("impermissibly", "impermissably"),
    ("circumstantial", "circumstancial"), ("habitation", "habitaton"), ("exponentially", "exponentialy"),
    ("guarantees", "guarentees"), ("conceivable", "concievable"), ("absurdity", "absurdaty"),
    ("nullification", "nulification"), ("unreliability", "unreliablity"), ("mandatory", "mandatroy"),
    ("contemplation", "contemplaton"), ("immigration", "immigation"), ("itemization", "itemizaton"),
    ("affirmatively", "affirmativly"), ("necessity", "neccessity"),
]
# Agreement as it goes wrong in a brief: a partitive plural (Both of these factors weighs), a
# compound subject (The filing of the affidavit and the issuance of the warrant does not), a
# singular subject whose phrase ends in a plural (the bill of costs obligate; the manner in which
# this photo array was prepared and presented underscore; The fact that the county elected ...
# do not change), a possessive subject (counsel's conduct fall; The Sixth Amendment's Confrontation
# Clause guarantee), a plural subject past a parenthetical comma (Waivable rights, on the other
# hand, does not vanish) and a relative clause on a plural (errors that affects).
AGREE_LEX_H21 = [
    ("agree:partitive:bare>3sg", r"\bBoth of these factors (weigh)\b", _add_s9, 1),
    ("agree:and:bare>3sg", r"\bthe issuance of the warrant (do) not\b", lambda v: "does", 1),
    ("agree:attractor:3sg>bare", r"\bthe bill of costs (obligates)\b", _drop_s9, 1),
    ("agree:possessive:3sg>bare", r"\bcounsel's conduct (falls)\b", _drop_s9, 1),
    ("agree:attractor:3sg>bare", r"\bprepared and presented (underscores)\b", _drop_s9, 1),
    ("agree:parenthetical:bare>3sg", r"\bWaivable rights, on the other hand, (do) not\b", lambda v: "does", 1),
    ("agree:relative:bare>3sg", r"\bthose errors that (affect)\b", _add_s9, 1),
    ("agree:attractor:3sg>bare", r"\breturned to Harris County (does) not\b", lambda v: "do", 1),
    ("agree:possessive:3sg>bare", r"\bAmendment's Confrontation Clause (guarantees)\b", _drop_s9, 1),
    ("agree:attractor:3sg>bare", r"\bprobability of guilt (falls)\b", _drop_s9, 1),
    ("agree:parenthetical:3sg>bare", r"\bThe State, in arguing otherwise, (argues)\b", _drop_s9, 1),
    ("agree:3sg>bare", r"\bthe document (speaks) for itself\b", _drop_s9, 1),
    ("agree:3sg>bare", r"\bAn appellate court (reviews) de novo\b", _drop_s9, 1),
]
# be/have: a relative clause on a plural (statements which is), a compound subject (The bill of
# costs and the trial court's order is; the DNA report and testimony was), `there` before a
# plural (There is, however, many), a plural subject whose phrase ends in a singular (The rights
# of defendants in our Bill of Rights has; The First and Fifth Courts of Appeals has), a plural
# subject with a reduced relative clause (The documents Moss relied on was) and a long compound
# subject (the right to notice ... and the right to a unanimous verdict is). Each (wrong, right)
# pair is taken once, so rows with a pair already taken fall through to the next.
AGREE_BE_R41 = [
    ("agree:relative:are>is", r"\bstatements which (are) hearsay\b", "is", 1),
    ("agree:and:are>is", r"\bthe trial court's order (are) in conflict\b", "is", 1),
    ("agree:there:are>is", r"\bThere (are), however, many\b", "is", 1),
    ("agree:attractor:have>has", r"\bin our Bill of Rights (have)\b", "has", 1),
    ("agree:attractor:were>was", r"\bThe documents Moss relied on (were)\b", "was", 1),
    ("agree:and:were>was", r"\bthe DNA report and testimony (were)\b", "was", 1),
    ("agree:and:have>has", r"\bFirst and Fifth Courts of Appeals (have)\b", "has", 1),
    ("agree:and:are>is", r"\bthe right to a unanimous verdict (are)\b", "is", 1),
    ("agree:attractor:has>have", r"\bCourt of Criminal Appeals (has) recognized\b", "have", 1),
    ("agree:has>have", r"\bthis issue (has) been raised\b", "have", 1),
    ("agree:there:is>are", r"\bThere (is) equally no evidence\b", "are", 1),
    ("agree:there:is>are", r"\bThere (is) no other way\b", "are", 1),
    ("agree:there:was>were", r"\bThere (was) no non-accomplice evidence\b", "were", 1),
]

PLAN_R41 = {
    "heldout21": [("family", FAMILY_R31, 22), ("family-confusable", CONFUSABLE_R41, 4),
                  ("family-propernoun", PROPERNOUN_H21, 4), ("misspell", MISSPELL_H21, 15),
                  ("agreement", AGREE_BE_R41, 4), ("agreement", AGREE_LEX_H21, 6), ("common", COMMON_H21, 15)],
}


def novel_pairs_r41(target="heldout21"):
    """The (wrong, right) pairs seen before round 41 -- every pair round 40 checked against,
    heldout20's lists (misspellings, common-word slips, names), the slips of every labeled set
    (heldout20 included: only its pairs are read, into this set, and none is printed) and of the
    shared corpus, the rows of data/confusables.tsv and the pairs of each set of
    data/confusion_sets*.txt as they stand now -- and the pairs of heldout21's new lists that
    repeat one."""
    import glob
    import itertools
    seen, _ = novel_pairs_after(novel_pairs_r40()[0], (MISSPELL_H20,), (COMMON_H20, PROPERNOUN_H20),
                                ("typos-heldout20.jsonl",), ((), ()), ((), ()), True)
    for f in glob.glob("tests/fixtures/typos*.jsonl") + ["/work/shared/corpus/labeled/typos.jsonl"]:
        if f.endswith("typos-heldout21.jsonl") or not os.path.exists(f):
            continue
        for line in open(f):
            for e in json.loads(line)["expect"]:
                if e.get("span") and e.get("fix"):
                    seen.add((e["span"].lower(), e["fix"].lower()))
    for line in open("crates/plead-core/data/confusables.tsv"):
        if not line.startswith("#") and "\t" in line:
            cols = line.rstrip("\n").split("\t")
            seen.add((cols[0].lower(), cols[1].lower()))
    for f in sorted(glob.glob("crates/plead-core/data/confusion_sets*.txt")):
        for line in open(f):
            if not line.startswith("#"):
                seen.update(itertools.permutations(line.lower().split(), 2))
    new = {(w.lower(), r.lower()) for r, w in MISSPELL_H21}
    new |= {(row[2].lower(), row[0].split(">")[0].lower()) for row in COMMON_H21 + PROPERNOUN_H21}
    return seen, sorted(p for p in new if p in seen)


def inject_r31(target, pool):
    """Round 31's and round 32's injection: each category of the target's plan in turn. A
    held-out set takes only (wrong, right) pairs no earlier list, set or table holds outside the
    families, each once; its development twin may repeat its be/have agreement pairs."""
    pool = sorted(pool, key=lambda o: hashlib.sha256((target + "inj" + o["text"]).encode()).hexdigest())
    pool = [o for o in pool if not any(k in o["text"] for k in SKIP.get(target, []))]
    seen, _ = (novel_pairs_r41(target) if target in ROUND41 else novel_pairs_r40(target) if target in ROUND40 else novel_pairs_r39(target) if target in ROUND39 else novel_pairs_r38(target) if target in ROUND38 else novel_pairs_r37b(target) if target in ROUND37B else novel_pairs_r37(target) if target in ROUND37 else novel_pairs_r35(target) if target in ROUND35
               else novel_pairs_r34(target) if target in ROUND34
               else novel_pairs_r33b(target) if target in ROUND33B
               else novel_pairs_r33(target) if target in ROUND33
               else novel_pairs_r32(target) if target in ROUND32 else novel_pairs_r31(target))
    held = target.startswith("heldout")
    # Round 33 draws from fewer, longer documents (58 records; round 27 took six an opinion):
    # more slips each.
    per_doc_cap = (8 if held else 10) if target in ROUND33 else 2 if held else 3
    # Round 35 reads fewer, longer documents (the motion papers of six matters; a few memoranda
    # and briefs hold most of the sentences): more slips each, as in round 33.
    if target in ROUND35:
        per_doc_cap = 8 if held else 10
    # Round 37b reads four briefs and no twin: up to twenty-five slips a brief.
    if target in ROUND37B:
        per_doc_cap = 25
    # Round 38 reads twenty briefs (the argument sections of ten brief pairs), no twin: up to
    # twelve slips a brief.
    if target in ROUND38:
        per_doc_cap = 12
    # Round 39 reads four opinions, no twin, one of which (Cockrum, with its dissent) gives nearly
    # half the sentences: up to forty slips an opinion.
    if target in ROUND39:
        per_doc_cap = 40
    # Round 40 reads eight briefs, no twin, of very different lengths (the Rivas brief is a
    # quarter of the others): up to twenty-five slips a brief.
    if target in ROUND40:
        per_doc_cap = 25
    # Round 41 reads ten briefs of ten hands, no twin: up to fifteen slips a brief.
    if target in ROUND41:
        per_doc_cap = 15
    used, out, per_doc, pairs = set(), [], {}, set()

    def take(category, name, pat, wrong, check):
        for o in pool:
            if o["text"] in used or per_doc.get(o["doc"], 0) >= per_doc_cap:
                continue
            m = re.search(pat, o["text"])
            if not m:
                continue
            orig = m.group(1)
            w = wrong(orig) if callable(wrong) else wrong
            if check and held and (w.lower(), orig.lower()) in seen:
                continue
            # Outside the families, one sentence for each (wrong, right) pair (dev10's be/have
            # agreement rows may repeat theirs).
            if (not category.startswith("family") and (check or held)
                    and (w.lower(), orig.lower()) in pairs):
                continue
            if name.startswith("principle>") and orig.endswith("s"):
                w = "principals"
            if orig[0].isupper():
                w = w[0].upper() + w[1:]
            text = o["text"][: m.start(1)] + w + o["text"][m.end(1):]
            span, fix = w, orig
            if name == "do not>to not":
                span, fix = w, "do"
            if name == "probable cause>probably cause":
                span, fix = w, orig
            # Round 34: the span occurs once in its sentence, so that the label names one place
            # (heldout13 set aside a "have" that occurred twice).
            if target in ROUND34 + ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41 and len(re.findall(r"(?<![A-Za-z])" + re.escape(span) + r"(?![A-Za-z])", text, re.I)) > 1:
                continue
            used.add(o["text"])
            pairs.add((w.lower(), orig.lower()))
            per_doc[o["doc"]] = per_doc.get(o["doc"], 0) + 1
            out.append({"rule": name, "category": category, "doc": o["doc"], "text": text,
                        "expect": [{"family": "typo", "span": span, "fix": fix}]})
            return True
        return False

    for category, rows, goal in {**PLAN_R31, **PLAN_R32, **PLAN_R33, **PLAN_R33B, **PLAN_R34, **PLAN_R35, **PLAN_R37, **PLAN_R37B, **PLAN_R38, **PLAN_R39, **PLAN_R40, **PLAN_R41}[target]:
        n = 0
        if category == "misspell":
            for right, wrong in rows:
                if n < goal and take(category, "spell:" + right, r"\b(%s)\b" % right, wrong, True):
                    n += 1
            continue
        times = {row[0] + str(i): 0 for i, row in enumerate(rows)}
        while n < goal:
            before = n
            for i, (name, pat, wrong, most) in enumerate(rows):
                key = name + str(i)
                if n < goal and times[key] < most and take(category, name, pat, wrong, category != "family" and category != "family-confusable" and category != "family-propernoun" and not (category == "agreement" and not callable(wrong))):
                    times[key] += 1
                    n += 1
            if n == before:
                break
        if n < goal:
            print("%s: %s took %d of %d" % (target, category, n, goal), file=sys.stderr)
    clean = [o for o in pool if o["text"] not in used]
    return out, clean


def novel_pairs_check(rows, misspell, target="heldout7"):
    """The (wrong, right) pairs of a held-out set's new lists (heldout7's, heldout8's) that an
    earlier list, a labeled set's expectation or a data table already holds; the set is written
    only when there are none. For heldout8 the earlier lists include heldout7's, and the labeled
    sets heldout7 and dev6."""
    import glob
    import itertools
    seen = set()
    earlier_rows = REALWORD + AGREEMENT + (ROWS_H7 if target in ("heldout8", "heldout9") else []) + (
        ROWS_H8 if target == "heldout9" else [])
    for name, _pat, wrong, *_ in earlier_rows:
        if callable(wrong):
            continue  # agreement rows: their pairs are in the labeled sets read below
        right = name.split(":")[-1].split(">")[0]
        seen.add((wrong.lower(), right.split()[0].lower()))
    lists = [MISSPELL_DEV2, MISSPELL_H3, MISSPELL_DEV3, MISSPELL_H4, MISSPELL_H5, MISSPELL_H6]
    if target in ("heldout8", "heldout9"):
        lists.append(MISSPELL_H7)
    if target == "heldout9":
        lists.append(MISSPELL_H8)
    for lst in lists:
        seen.update((w.lower(), r.lower()) for r, w in lst)
    own = {"heldout7": ("typos-heldout7.jsonl", "typos-dev6.jsonl"),
           "heldout8": ("typos-heldout8.jsonl", "typos-dev7.jsonl"),
           "heldout9": ("typos-heldout9.jsonl", "typos-dev8.jsonl")}[target]
    for f in glob.glob("tests/fixtures/typos*.jsonl") + ["/work/shared/corpus/labeled/typos.jsonl"]:
        # Round 31's and round 32's own sets are never earlier sets (novel_pairs_r31 and
        # novel_pairs_r32 build on this check, and read round 31's sets themselves).
        if f.endswith(own) or f.endswith(("typos-heldout10.jsonl", "typos-dev10.jsonl", "typos-heldout11.jsonl",
                                          "typos-dev11.jsonl", "typos-heldout12.jsonl", "typos-dev12.jsonl",
                                          "typos-heldout13.jsonl", "typos-dev13.jsonl", "typos-heldout14.jsonl",
                                          "typos-dev14.jsonl", "typos-heldout15.jsonl", "typos-dev15.jsonl",
                                          "typos-heldout16.jsonl", "typos-dev16.jsonl",
                                          "typos-heldout17.jsonl", "typos-heldout18.jsonl",
                                          "typos-heldout19.jsonl", "typos-heldout20.jsonl",
                                          "typos-heldout21.jsonl")) or not os.path.exists(f):
            continue
        for line in open(f):
            for e in json.loads(line)["expect"]:
                if e.get("span") and e.get("fix"):
                    seen.add((e["span"].lower(), e["fix"].lower()))
    for line in open("crates/plead-core/data/confusables.tsv"):
        if not line.startswith("#") and "\t" in line:
            cols = line.rstrip("\n").split("\t")
            seen.add((cols[0].lower(), cols[1].lower()))
    for line in open("crates/plead-core/data/confusion_sets.txt"):
        if not line.startswith("#"):
            seen.update(itertools.permutations(line.split(), 2))
    # The heldout2 injection script's lists (its pairs are also in typos-heldout2.jsonl).
    src = open("scripts/heldout2_inject.py").read()
    seen.update((w.lower(), r.lower()) for r, w in re.findall(r"\('([A-Za-z]+)',\s*'([A-Za-z]+)'\)", src))
    clash = []
    for name, _pat, wrong, *_ in rows:
        if callable(wrong):
            continue  # agreement rows: checked on each injected pair (take)
        right = name.split(">")[0].split()[0]
        if name == "as a>at a":
            right = "as"
        if (wrong.lower(), right.lower()) in seen:
            clash.append((wrong, right))
    clash += [(w, r) for r, w in misspell if (w.lower(), r.lower()) in seen]
    return seen, clash


_WORDS = None


def line_break_damage(sentence):
    """True when the slip opinion's text lost a line-end hyphen ("Constitu tion", "juris
    diction") or ran two words together ("materialsupport"): a lowercase piece no word list
    knows, or two neighbours that join into a word while one of them is a rare word."""
    global _WORDS
    if _WORDS is None:
        _WORDS = {}
        for line in open("crates/plead-core/data/en_US-words.tsv"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[1].isdigit():
                _WORDS[parts[0]] = int(parts[1])
        for line in open("crates/plead-core/data/legal_lexicon.txt"):
            if not line.startswith("#"):
                for w in line.split():
                    _WORDS.setdefault(w.lower(), 60)
    toks = re.findall(r"[A-Za-z]+", sentence)
    for t in toks:
        if t.islower() and t not in _WORDS:
            return True
    for a, b in zip(toks, toks[1:]):
        joined = (a + b).lower()
        if b.islower() and joined in _WORDS and min(_WORDS.get(a.lower(), 0), _WORDS.get(b, 0)) < 40:
            return True
    return False


def texts(target, repo, scotus_repo):
    if target in ROUND41:
        # For this target `repo` is the markwbennett/PDR-AI-Detector git directory.
        yield from tx01_texts(target, repo)
        return
    if target in ROUND40:
        # For this target `repo` is the gruizortega/barry2 git directory.
        yield from bw_texts(target, repo)
        return
    if target in ROUND39:
        # For this target `repo` is the justinseger015-ctrl/CaseStrainer git directory.
        yield from wa_texts(target, repo)
        return
    if target in ROUND38:
        # For this target `repo` is the aceniccola/arg_link git directory.
        yield from hackathon_texts(target, repo)
        return
    if target in ROUND37B:
        # For this target `repo` is the pnwfitz/ClaudeScotus git directory.
        yield from moore_texts(target, repo)
        return
    if target in ROUND37:
        yield from amicus_texts(target, repo)
        return
    if target in ROUND35:
        # For these targets `repo` is the milchas65/motion_writing_development git directory.
        yield from mwd_texts(target, repo)
        return
    if target in ROUND34:
        # For these targets `repo` is the bohanhou14/gaze_gaps git directory.
        yield from clerc_texts(target, repo)
        return
    if target in ROUND33B:
        # For these targets `repo` is the alexmclaughlin2005/anylaw-case-database git directory.
        yield from anylaw_texts(target, repo)
        return
    if target in ROUND33:
        # For these targets `repo` is the kritiat16/tad-judicial-opinions git directory.
        yield from tad_texts(target, repo)
        return
    if target in ROUND32:
        # For these targets `repo` is the chinmusique/outcome-prediction git directory.
        yield from nm_texts(target, repo)
        return
    if target in ROUND31:
        # For these targets `repo` is the zeeshanhxider/LegalAI-Scraper git directory.
        yield from calif_texts(target, repo)
        return
    if target in ROUND29:
        # For these targets `repo` is the nomindnick/fppc-opinions-app git directory.
        yield from fppc_texts(target, repo)
        return
    if target in ROUND28:
        # For these targets `repo` is the BU-Spark/CS506-Fall2020-Projects git directory.
        yield from aao_texts(target, repo)
        return
    if target in ROUND27:
        # For these targets `repo` is the jsavelka/luima_sbd git directory.
        yield from luima_texts(target, repo)
        return
    if target in ROUND26:
        # For these targets `repo` is the jeremybmerrill/scotuslm git directory.
        yield from scotuslm_texts(target, repo)
        return
    if target in ROUND24:
        # For this target `repo` is the freelawproject/juriscraper git directory.
        yield from juriscraper_texts(repo)
        return
    if target in ROUND23:
        # For these targets `repo` is the capstone git directory.
        for p in cap_docs(target, repo):
            page = subprocess.run(["git", "--git-dir", repo, "show", f"HEAD:{p}"],
                                  capture_output=True, text=True, check=True).stdout
            yield "cap-" + p[len(CAP_DIR) + 1:-len(".html")].replace(" ", "_"), cap_text(page)
        return
    for i in docs_for(target, repo):
        d = json.loads(subprocess.run(["git", "--git-dir", repo, "show", f"HEAD:Midterm_Report/data/{i}.json"],
                                      capture_output=True, text=True, check=True).stdout)
        if d.get("html_lawbox"):
            yield "ca-" + i, tc.from_html(d["html_lawbox"])
        elif d.get("plain_text"):
            yield "ca-" + i, tc.unwrap(html.unescape(d["plain_text"]))
        elif d.get("html"):
            yield "ca-" + i, tc.from_html(d["html"])
    for i in ielab_docs(target, scotus_repo):
        d = json.loads(tc.git_show(scotus_repo, f"airs2017-collection/topic/{i}.json"))
        if d.get("plain_text"):
            yield "scotus-" + i, tc.unwrap(d["plain_text"])


def seen_elsewhere(target):
    """Whitespace-normalized text of every fixture and shared-corpus document, so that no
    sentence another measurement reads is drawn."""
    import pathlib
    chunks = []
    for root in ["tests/fixtures", "/work/shared/corpus"]:
        for f in pathlib.Path(root).rglob("*"):
            if f.is_file() and f.name != "typos-%s.jsonl" % target and f.suffix in (".txt", ".jsonl", ".md", ".json") and f.stat().st_size < 5_000_000:
                chunks.append(re.sub(r"\s+", " ", f.read_text(errors="replace")))
    return "\n".join(chunks)


def pool_for(target, repo, scotus_repo, elsewhere=None):
    elsewhere = elsewhere if elsewhere is not None else seen_elsewhere(target)
    existing = set()
    for f in ["typos", "typos-dev", "typos-heldout", "typos-heldout2"]:
        for line in open(f"tests/fixtures/{f}.jsonl"):
            existing.add(json.loads(line)["text"])
    out = []
    for i, t in texts(target, repo, scotus_repo):
        for para in t.split("\n"):
            para = re.sub(r"\s+", " ", para).strip()
            # An AAO text's footnote numbers stand between a sentence and the next: "evidence. 2 We".
            split_at = r"(?<=[a-z]\.) (?:\d{1,2} )?(?=[A-Z])" if target in ROUND28 else r"(?<=[a-z]\.) (?=[A-Z])"
            if target in ROUND33 + ROUND33B + ROUND34 + ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41:
                # A sentence that ends in a citation's parenthesis or a quotation ends there too
                # (it is left out itself; the next one is freed).
                split_at = r"(?:(?<=[a-z]\.)|(?<=\)\.)|(?<=\.\")) (?=[A-Z])"
            prev = ""
            for s in re.split(split_at, para):
                # Round 33: a piece that follows an abbreviation is the tail of a sentence cut
                # there ("Mr. Hirschman", "v. Sprogis"), a hyphen before a space is a word the
                # PDF text broke ("Rodriguez- Guzman"), and a space before a comma or colon
                # is an italic name's lost markup ("Pliler , calculating"): all stay out.
                cut = target in ROUND33 + ROUND33B + ROUND34 + ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41 and (re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|v|vs|No|Nos|Inc|Co|Corp|Ltd|Gen|"
                                                         r"Rev|Stat|Gov|Gen|Art|Sec|Ch|Cl|Cf|Fed|App|Supp|[A-Z])\.$", prev)
                                              or "- " in s or re.search(r" [,;:]", s))
                prev = s
                if cut:
                    continue
                # Round 33b: a sentence that ends in a short capitalized word and its period is
                # one cut at an abbreviation ("pursuant to Wis.", "relief pursuant to Crim.").
                if target in ROUND33B + ROUND34 + ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41 and re.search(r"\b[A-Z][a-z]{0,4}\.$", s):
                    continue
                w = s.split()
                # Round 35: a brief writes longer sentences than an opinion; up to 45 words.
                if not (10 <= len(w) <= (45 if target in ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41 else 35 if target in ROUND31 + ROUND32 + ROUND33B + ROUND34 else 40)):
                    continue
                # Round 31: no digits (citations, footnote and page numbers) and no quotation in
                # single quotes.
                if target in ROUND31 + ROUND32 + ROUND33 + ROUND33B + ROUND34 + ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41 and (re.search(r"[0-9]", s) or SINGLE_QUOTE.search(s)):
                    continue
                if not re.fullmatch(r"[A-Z][A-Za-z0-9 ,;:'\-()$%]+[a-z]\.", s):
                    continue
                # Round 35: motion papers name parties and statutes by their initials (QUBE, HIPAA,
                # the DOH, FIs): an all-caps word stays, but not a heading's run of them.
                caps = (r"\b(?:[A-Z]{2,}\W+){3}" if target in ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41 else r"\b[A-Z]{2,}\b")
                if re.search(caps + r"|\bv\b|\bId\b|\bSee\b|\bn\b|\bat\b [A-Z]|\bCir\b", s):
                    continue
                # AAO decisions capitalize their parties and officers (the Petitioner, the
                # Beneficiary, the Director, the Act): up to five capitalized words there.
                # Federal opinions name the Government, the Court, Congress: up to four there.
                if sum(1 for x in w[1:] if x[0].isupper()) > (5 if target in ROUND28 + ROUND29 else 6 if target in ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41 else 4 if target in ROUND33 + ROUND33B + ROUND34 else 3):
                    continue
                if s in existing or s.endswith(("Mr.", "Dr.", "Rep.", "Ms.")) or s in elsewhere:
                    continue
                if target in ROUND26 + ROUND27 + ROUND28 + ROUND29 + ROUND31 + ROUND32 + ROUND33 + ROUND33B + ROUND34 + ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41 and line_break_damage(s):
                    continue
                if target in ROUND28 + ROUND29 and OCR_DAMAGE.search(s):
                    continue
                existing.add(s)
                out.append({"doc": i, "text": s})
    return out


def inject(target, pool):
    if target in ROUND31 + ROUND32 + ROUND33 + ROUND33B + ROUND34 + ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41:
        return inject_r31(target, pool)
    pool = sorted(pool, key=lambda o: hashlib.sha256((target + "inj" + o["text"]).encode()).hexdigest())
    pool = [o for o in pool if not any(k in o["text"] for k in SKIP[target])]
    col = 3 if target.startswith("dev") or target in ROUND27 + ROUND28 + ROUND29 else 4
    # dev7 is tuned on: it takes every earlier list (the issue's kinds and heldout7's new pairs).
    rows = {"heldout7": ROWS_H7, "heldout8": ROWS_H8, "heldout9": ROWS_H9, "dev7": REALWORD + AGREEMENT + ROWS_H7,
            "dev8": ROWS_H8 + ROWS_H7}.get(target, REALWORD + AGREEMENT)
    seen_pairs = (novel_pairs_check(ROWS_H9, MISSPELL_H9, "heldout9")[0] if target == "heldout9"
                  else novel_pairs_check(ROWS_H7, MISSPELL_H7)[0] if target == "heldout7"
                  else novel_pairs_check(ROWS_H8, MISSPELL_H8, "heldout8")[0] if target == "heldout8" else None)
    used, out, per_doc = set(), [], {}
    # A summary is a paragraph or two: at most two slips each, where an opinion took five.
    # An AAO text is a decision's first page: two slips each, as for the summaries.
    per_doc_cap = 2 if target in ROUND24 + ROUND26 + ("heldout8",) + ROUND29 else 4 if target == "dev7" else 6 if target == "heldout7" else 10 if target == "dev6" else 5

    def take(name, pat, wrong, times, flags=0):
        n = 0
        for o in pool:
            if n >= times:
                return
            if o["text"] in used or per_doc.get(o["doc"], 0) >= per_doc_cap:
                continue
            m = re.search(pat, o["text"], flags)
            if not m:
                continue
            orig = m.group(1)
            w = wrong(orig) if callable(wrong) else wrong
            if seen_pairs is not None and (w.lower(), orig.lower()) in seen_pairs:
                continue
            if name.startswith("principle>") and orig.endswith("s"):
                w = "principals"
            if orig[0].isupper():
                w = w[0].upper() + w[1:]
            text = o["text"][: m.start(1)] + w + o["text"][m.end(1):]
            span, fix = w, orig
            if name == "do not>to not":
                span, fix = "to", "do"
            used.add(o["text"])
            per_doc[o["doc"]] = per_doc.get(o["doc"], 0) + 1
            out.append({"rule": name, "doc": o["doc"], "text": text,
                        "expect": [{"family": "typo", "span": span, "fix": fix}]})
            n += 1

    for row in rows:
        take(row[0], row[1], row[2], row[col])
    goal = 100 if target.startswith("dev") else 70
    if target == "heldout7":
        # Misspellings take about a third of the set, as in heldout6; the rest is filled below
        # with real-word and agreement slips.
        goal = len(out) + 22
    if target == "heldout8":
        # About fifteen misspellings, as the brief asks; the rest real-word and agreement slips.
        goal = len(out) + 15
    if target == "dev7":
        goal = len(out) + 20
    if target in ROUND29:
        goal = len(out) + (15 if target == "heldout9" else 20)
    for right, wrong in MISSPELL[target]:
        # The summaries' large pool finds a sentence for every slip; heldout5 stops at the
        # set's size like the earlier sets, whose smaller pools stopped them.
        if target in ROUND24 + ROUND26 + ROUND27 + ROUND28 + ROUND29 and len(out) >= goal:
            break
        take("spell:" + right, r"\b(%s)\b" % right, wrong, 1)
    # Fill up to the set's size with one more of each slip in turn: the common words (from,
    # their, whether, its, than, trial) come round most, as in real drafts.
    goal = 100 if target.startswith("dev") else 70
    while len(out) < goal:
        before = len(out)
        for row in rows:
            if len(out) < goal and row[col] > 0:
                take(row[0], row[1], row[2], 1)
        if len(out) == before:
            break
    clean = [o for o in pool if o["text"] not in used]
    return out, clean


def main():
    repo, scotus_repo, target = sys.argv[1], sys.argv[2], sys.argv[3]
    elsewhere = seen_elsewhere(target)
    pool = pool_for(target, repo, scotus_repo, elsewhere)
    if target == "dev2":
        # Two records of the source can hold the same opinion (a Supreme Court case under two
        # topics): no opinion that gives the held-out set a sentence gives the development set one.
        frozen = {o["text"] for o in pool_for("heldout3", repo, scotus_repo, elsewhere)}
        shared_docs = {o["doc"] for o in pool if o["text"] in frozen}
        pool = [o for o in pool if o["doc"] not in shared_docs]
    if target == "dev4":
        # The development set takes only summaries the frozen held-out set drew nothing from.
        held_pool = pool_for("heldout5", repo, scotus_repo, elsewhere)
        held_err, held_clean = inject("heldout5", held_pool)
        held_docs = {o["doc"] for o in held_err + held_clean[:60]}
        pool = [o for o in pool if o["doc"] not in held_docs]
    if target == "dev7":
        # No sentence of the frozen held-out half (AAO decisions repeat their boilerplate).
        frozen = {o["text"] for o in pool_for("heldout8", repo, scotus_repo, elsewhere)}
        pool = [o for o in pool if o["text"] not in frozen]
    if target == "dev8":
        # No sentence of the frozen held-out half (advice letters repeat their boilerplate).
        frozen = {o["text"] for o in pool_for("heldout9", repo, scotus_repo, elsewhere)}
        pool = [o for o in pool if o["text"] not in frozen]
    if target == "dev10":
        # No sentence of the frozen held-out half (opinions repeat their boilerplate).
        frozen = {o["text"] for o in pool_for("heldout10", repo, scotus_repo, elsewhere)}
        pool = [o for o in pool if o["text"] not in frozen]
    if target == "dev12":
        # No sentence of the frozen held-out half.
        frozen = {o["text"] for o in pool_for("heldout12", repo, scotus_repo, elsewhere)}
        pool = [o for o in pool if o["text"] not in frozen]
    if target == "dev13":
        # No sentence of the frozen held-out half (opinions quote one another).
        frozen = {o["text"] for o in pool_for("heldout13", repo, scotus_repo, elsewhere)}
        pool = [o for o in pool if o["text"] not in frozen]
    if target == "dev14":
        # No sentence of the frozen held-out half (opinions quote one another).
        frozen = {o["text"] for o in pool_for("heldout14", repo, scotus_repo, elsewhere)}
        pool = [o for o in pool if o["text"] not in frozen]
    if target == "dev15":
        # No sentence of the frozen held-out half (motion papers repeat one another).
        frozen = {o["text"] for o in pool_for("heldout15", repo, scotus_repo, elsewhere)}
        pool = [o for o in pool if o["text"] not in frozen]
    if target == "dev16":
        # No sentence of the frozen held-out half (Gratz and Grutter briefs of one amicus repeat
        # each other).
        frozen = {o["text"] for o in pool_for("heldout16", repo, scotus_repo, elsewhere)}
        pool = [o for o in pool if o["text"] not in frozen]
    if target == "dev11":
        # No sentence of the frozen held-out half (opinions repeat their boilerplate).
        frozen = {o["text"] for o in pool_for("heldout11", repo, scotus_repo, elsewhere)}
        pool = [o for o in pool if o["text"] not in frozen]
    if target in ROUND31 + ROUND32 + ROUND33 + ROUND33B + ROUND34 + ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41:
        clash = (novel_pairs_r41 if target in ROUND41 else novel_pairs_r40 if target in ROUND40 else novel_pairs_r39 if target in ROUND39 else novel_pairs_r38 if target in ROUND38 else novel_pairs_r37b if target in ROUND37B else novel_pairs_r37 if target in ROUND37 else novel_pairs_r35 if target in ROUND35 else novel_pairs_r34 if target in ROUND34
                 else novel_pairs_r33b if target in ROUND33B
                 else novel_pairs_r33 if target in ROUND33
                 else novel_pairs_r32 if target in ROUND32 else novel_pairs_r31)(target)[1]
        print("%s lists: %d pairs seen before" % (target, len(clash)), clash, file=sys.stderr)
        if clash:
            sys.exit("%s's lists repeat a pair they must not" % target)
    print(len(pool), "sentences", len({o["doc"] for o in pool}), "opinions", file=sys.stderr)
    err, clean = inject(target, pool)
    if target in ("heldout7", "heldout8"):
        rows, miss = (ROWS_H7, MISSPELL_H7) if target == "heldout7" else (ROWS_H8, MISSPELL_H8)
        clash = novel_pairs_check(rows, miss, target)[1]
        print("%s lists: %d pairs seen before" % (target, len(clash)), clash, file=sys.stderr)
        if clash:
            sys.exit("%s's lists repeat a pair of an earlier list or table" % target)
    if "--write" in sys.argv:
        clean_n = 60
        with open(f"tests/fixtures/typos-{target}.jsonl", "w") as f:
            for o in err:
                f.write(json.dumps({"text": o["text"], "expect": o["expect"]}) + "\n")
            for o in clean[:clean_n]:
                f.write(json.dumps({"text": o["text"], "expect": []}) + "\n")
        if target in ROUND31 + ROUND32 + ROUND33 + ROUND33B + ROUND34 + ROUND35 + ROUND37 + ROUND37B + ROUND38 + ROUND39 + ROUND40 + ROUND41:
            # The category of each line (a parallel file: the labeled file keeps its format).
            with open(f"tests/fixtures/typos-{target}.categories.tsv", "w") as f:
                f.write("# line\tcategory\trule\tspan\tfix\tdocument\n")
                for n, o in enumerate(err, 1):
                    e = o["expect"][0]
                    f.write("%d\t%s\t%s\t%s\t%s\t%s\n" % (n, o["category"], o["rule"], e["span"], e["fix"], o["doc"]))
                for n, o in enumerate(clean[:clean_n], len(err) + 1):
                    f.write("%d\tclean\t-\t-\t-\t%s\n" % (n, o["doc"]))
            from collections import Counter
            print("categories:", dict(Counter(o["category"] for o in err)), file=sys.stderr)
        docs = sorted({o["doc"] for o in err} | {o["doc"] for o in clean[:clean_n]})
        print(len(err), "errors", clean_n, "clean; opinions:", " ".join(docs), file=sys.stderr)
    else:
        json.dump({"err": err, "clean": clean[:90]}, sys.stdout, indent=0)


if __name__ == "__main__":
    main()
