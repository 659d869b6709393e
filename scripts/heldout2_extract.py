#!/usr/bin/env python3
# Draws the sentences of tests/fixtures/typos-heldout2.jsonl (step 1 of 2; see tests/fixtures/TYPOS-SOURCES.md).
# Run from the repository root: mkdir -p target/heldout2 && python3 scripts/heldout2_extract.py
import sys, json, hashlib, re, subprocess, html
sys.path.insert(0, 'scripts')
import typo_corpus as tc
import heldout_wrapped as hw
repo = '/work/.mirror/chansooligans+Federal-Appellate-Court-Opinions-Text-Analysis/repo'
names = subprocess.run(['git','--git-dir',repo,'ls-tree','--name-only','HEAD','Midterm_Report/data/'],capture_output=True,text=True).stdout.split()
ids = [n.split('/')[-1][:-5] for n in names if n.endswith('.json')]
ids = [i for i in ids if i not in tc.EXCLUDED['chansooligans'] and i not in hw.HELD_OUT and i not in hw.SHARED and tc.split_of('ca-'+i)=='heldout']
ids.sort(key=lambda i: hashlib.sha256(('h2'+i).encode()).hexdigest())
print(len(ids), file=sys.stderr)
existing = set()
for f in ['typos','typos-dev','typos-heldout']:
    for l in open(f'./tests/fixtures/{f}.jsonl'):
        existing.add(json.loads(l)['text'])
out = []
for i in ids:
    d = json.loads(subprocess.run(['git','--git-dir',repo,'show',f'HEAD:Midterm_Report/data/{i}.json'],capture_output=True,text=True).stdout)
    if d.get('html_lawbox'): t = tc.from_html(d['html_lawbox'])
    elif d.get('plain_text'): t = tc.unwrap(html.unescape(d['plain_text']))
    elif d.get('html'): t = tc.from_html(d['html'])
    else: continue
    for para in t.split('\n'):
        para = re.sub(r'\s+',' ',para).strip()
        for s in re.split(r'(?<=[a-z]\.) (?=[A-Z])', para):
            w = s.split()
            if not (10 <= len(w) <= 32): continue
            if not re.fullmatch(r"[A-Z][A-Za-z ,;:'\-()]+[a-z]\.", s): continue
            if re.search(r"\b[A-Z]{2,}\b|\bv\b|\bId\b|\bSee\b|\bn\b|\bat\b [A-Z]|\bCir\b", s): continue
            if sum(1 for x in w[1:] if x[0].isupper()) > 2: continue
            if s in existing: continue
            out.append({'doc': i, 'url': d.get('absolute_url',''), 'text': s})
json.dump(out, open('target/heldout2/pool.json','w'))
print(len(out), len(set(o['doc'] for o in out)), file=sys.stderr)
