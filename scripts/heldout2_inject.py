#!/usr/bin/env python3
# Injects one error per chosen sentence (step 2 of 2; see tests/fixtures/TYPOS-SOURCES.md).
# The labeled file keeps the 70 injected sentences except rule "their>they're" (its label would
# be two words) and the first 60 clean ones, sorted by SHA-256 of the text.
import json, re, hashlib
pool = json.load(open('target/heldout2/pool.json'))
pool.sort(key=lambda o: hashlib.sha256(('inj'+o['text']).encode()).hexdigest())
# (name, pattern with one group = the word to replace, wrong form)
R = [
 ('their>there', r"\b(their) (?!own)[a-z]+", 'there'),
 ('their>there2', r"\b(their) [a-z]+ [a-z]+", 'there'),
 ('their>they\'re', r"\b(they are) [a-z]+ing\b", "their"),
 ('its>it\'s', r"\b(its) [a-z]+", "it's"),
 ('its>it\'s2', r"\b(its) [a-z]+ [a-z]+", "it's"),
 ('it is>its', r"\b(it is) (?:clear|not|well|true|undisputed|evident|apparent|unnecessary)\b", "its"),
 ('than>then', r"\b(?:more|less|rather|other|greater|fewer) (than)\b", 'then'),
 ('then>than', r"\b(then)\b", 'than'),
 ('effect>affect', r"\b(?:the|no|any|an|in|adverse|practical) (effect)\b", 'affect'),
 ('affect>effect', r"\b(affect)\b", 'effect'),
 ('affected>effected', r"\b(affected)\b", 'effected'),
 ('principle>principal', r"\b(principle)\b", 'principal'),
 ('principal>principle', r"\b(principal)\b", 'principle'),
 ('statute>statue', r"\b(statute)\b", 'statue'),
 ('statute>statue2', r"\b(statute)\b", 'statue'),
 ('trial>trail', r"\b(trial)\b", 'trail'),
 ('trial>trail2', r"\b(trial)\b", 'trail'),
 ('counsel>council', r"\b(counsel)\b", 'council'),
 ('from>form', r"\b(from)\b", 'form'),
 ('from>form2', r"\b(from)\b", 'form'),
 ('cited>sited', r"\b(cite[sd]?)\b", 'site'),
 ('whose>who\'s', r"\b(whose)\b", "who's"),
 ('lose>loose', r"\b(lose)\b", 'loose'),
 ('accept>except', r"\b(accept(?:ed)?)\b", 'except'),
 ('bear>bare', r"\b(bears?)\b", 'bare'),
 ('perform>preform', r"\b(perform(?:ed)?)\b", 'preform'),
 ('elicit>illicit', r"\b(elicit(?:ed)?)\b", 'illicit'),
 ('discrete>discreet', r"\b(discrete)\b", 'discreet'),
 ('waive>wave', r"\b(waive[sd]?)\b", 'wave'),
 ('breach>breech', r"\b(breach)\b", 'breech'),
 ('precedent>precedence', r"\b(precedent)\b", 'precedence'),
 ('public>pubic', r"\b(public)\b", 'pubic'),
 ('causal>casual', r"\b(causal)\b", 'casual'),
 ('led>lead', r"\b(led)\b", 'lead'),
 ('do not>to not', r"\b(?:we|they|[a-z]+s) (do) not\b", 'to'),
 ('whether>weather', r"\b(whether)\b", 'weather'),
 ('filed>filled', r"\b(filed)\b", 'filled'),
 ('denied>denies', r"\b(?:was|were|is|be|been) (denied)\b", 'denies'),
 ('agree:have>has', r"\b[a-z]+s (have)\b", 'has'),
 ('agree:were>was', r"\b[a-z]+s (were)\b", 'was'),
 ('agree:are>is', r"\b[a-z]+s (are)\b", 'is'),
 ('agree:has>have', r"\b(?:court|defendant|plaintiff|petitioner|government|appellant|jury) (has)\b", 'have'),
 ('agree:was>were', r"\b(?:court|defendant|plaintiff|petitioner|government|appellant|jury) (was)\b", 'were'),
 ('agree:is>are', r"\b(?:statute|rule|claim|evidence|record|argument) (is)\b", 'are'),
 ('the the', r"\b(the)\b", 'the the'),
 ('a>an', r"\b(a) [bcdfgjklmnpqrstvwz][a-z]+", 'an'),
]
M = [('defendant','defendent'),('jurisdiction','jurisdicton'),('evidence','evidance'),('sufficient','sufficent'),
     ('received','recieved'),('occurred','occured'),('separate','seperate'),('privilege','priviledge'),
     ('government','goverment'),('relevant','relevent'),('admissible','admissable'),('independent','independant'),
     ('necessary','neccessary'),('conviction','convicton'),('negligence','negligance'),('prosecutor','prosecuter'),
     ('statutory','statuatory'),('existence','existance'),('appellant','appelant'),('committed','commited'),
     ('testimony','testimoney'),('judgment','judgmnet'),('determination','determiniation'),('constitutional','consitutional'),
     ('plaintiffs','plantiffs'),('substantial','substantail'),('district','distrcit'),('sentence','sentance'),
     ('arbitrator','arbitrater'),('liability','liablity'),('proceedings','proceedigns'),('amendment','ammendment')]
SKIP = ["suggest more than", "they are resisting", "classified information public", "Keep in mind, however", "Wilson's memoir", "Amendment rights, we will",
 "Ramos-Cotto's neck", "Because it was a cruel act", "Wilson as classified", "differentiating what Dr", "You have a very large restitution", "Maldonado and Gotay-Colon liable", "Wilson's role in the public", "Tumolo's negligence in failing"]
pool = [o for o in pool if not any(k in o['text'] for k in SKIP) and not o['text'].endswith(('Mr.','Dr.','Rep.'))]
used = set(); out = []
for name, pat, wrong in R:
    for o in pool:
        if o['text'] in used: continue
        m = re.search(pat, o['text'])
        if not m: continue
        a, b = m.span(1)
        w = wrong
        orig = m.group(1)
        if orig[0].isupper(): w = w[0].upper()+w[1:]
        if name.startswith(('cited','accept','perform','elicit','waive')):
            suf = orig[len(re.match(r"[a-z]+?(?=s$|d$|ed$|$)", orig).group(0)):] if False else ''
            # keep inflection
            base = {'cited>sited':'cite','accept>except':'accept','perform>preform':'perform','elicit>illicit':'elicit','waive>wave':'waive'}[name]
            suf = orig[len(base):]
            if base=='waive' and suf in ('s','d'): w = 'wave'+suf
            elif base=='cite': w = 'site'+suf
            else: w = wrong+suf
        if name.startswith('bear'): w = 'bare' + orig[4:]
        text = o['text'][:a] + w + o['text'][b:]
        span = w; fix = orig
        if name=='the the': span='the the'; fix='the'
        if name=='a>an': span='an'; fix='a'
        if name=='do not>to not': span='to'; fix='do'
        used.add(o['text'])
        out.append({'rule':name,'doc':o['doc'],'text':text,'expect':[{'family':'typo','span':span,'fix':fix}]})
        break
for right, wrong in M:
    for o in pool:
        if o['text'] in used: continue
        m = re.search(r"\b(%s)\b" % right, o['text'], re.I)
        if not m: continue
        orig = m.group(1); w = wrong if orig[0].islower() else wrong[0].upper()+wrong[1:]
        text = o['text'][:m.start(1)] + w + o['text'][m.end(1):]
        used.add(o['text'])
        out.append({'rule':'spell:'+right,'doc':o['doc'],'text':text,'expect':[{'family':'typo','span':w,'fix':orig}]})
        break
clean = [o for o in pool if o['text'] not in used]
json.dump({'err':out,'clean':clean[:80]}, open('target/heldout2/cand.json','w'), indent=0)
print(len(out))
for o in out: print(o['rule'], '|', o['text'])
