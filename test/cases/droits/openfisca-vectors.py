import json, sys
src = '/work/shared/facts/droits/openfisca/'
def prev(m):
    y, mo = map(int, m.split('-'))
    return f'{y - 1}-12' if mo == 1 else f'{y}-{mo - 1:02d}'

def add_stops(i):
    # The generator made every income stop in month M in a quarter of the RSA households, a stop
    # for good (README of the vectors): state it with the fact R262-13 needs.
    m, p = i['month'], prev(i['month'])
    for a in i['adults']:
        stops = []
        for f, reason in [('earnings', 'endOfContract'), ('otherIncome', 'endOfUnemploymentRights')]:
            mm = a.get(f, {})
            if mm.get(p, 0) > 0 and mm.get(m, 0) == 0:
                stops.append({'income': f, 'since': m, 'reason': reason})
        if stops: a['stopped'] = stops

# Where we hold OpenFisca wrong on our input's meaning: our reading (computed by hand from the
# law), the article, and OpenFisca's amount, which the test checks we still differ from.
SUBSTITUTE = ('R262-13 CASF, 1st paragraph: earnings that stop are not counted when the person "ne peut prétendre à un revenu de substitution". '
    'The household resource otherResources (alimony…) is no substitute for adult 0\'s earnings; OpenFisca receives it as adult 0\'s chomage_net '
    '(README of the vectors) and so keeps the earnings.')
DISAGREEMENTS = {
    ('rsa', 274): (211.01, SUBSTITUTE + ' By hand: MF 646.52 × 1.8 = 1163.736; resources 166.89 + 593.82 + forfait logement 646.52 × 1.8 × 0.165 = 192.016; 1163.736 − 952.726 = 211.01.'),
    ('rsa', 420): (711.66, SUBSTITUTE + ' By hand: MF 646.52 × 1.8 = 1163.736, minus otherResources 452.08 = 711.66 (both earnings neutralised).'),
}

for kind, path in [('ppa', 'primeActivite.montant'), ('rsa', 'rsa.montant')]:
    lines = [json.loads(l) for l in open(src + f'vectors-{kind}.jsonl')]
    head = {
        "title": f"OpenFisca-France 176.0.7, {kind.upper()} of {len(lines)} random households (aligned reference months)",
        "url": "../shared/facts/droits/openfisca/vectors-%s.jsonl" % kind,
        "note": "Copied from the project's shared facts (vectors-%s.jsonl, README there): OpenFisca-France 176.0.7 with openfisca-core 44.6.0, run with the reference months of Décret 2025-185 everywhere ('aligned'); amounts rounded to the cent, OpenFisca computes in 32-bit floats. Vectors marked 'disagreement' are cases where we hold OpenFisca wrong: the test checks that we still differ and the article is cited (README, droits section). RSA inputs: where an income is paid in M-1 and not in M (the generator's 'every income stops in month M', a stop for good), the input states it as adults[].stopped (earnings: endOfContract; otherIncome, OpenFisca's chomage_net: endOfUnemploymentRights), the fact R262-13 CASF needs." % kind,
    }
    out = ['{', ' "source": ' + json.dumps(head, ensure_ascii=False) + ',', ' "scenarios": [']
    rows = []
    for v in lines:
        if kind == 'rsa': add_stops(v['input'])
        s = {"name": f"{kind}-{v['id']}", "input": v['input'], "expected": {path: v['expected'][kind]}, "tolerance": {"abs": 0.01}}
        d = DISAGREEMENTS.get((kind, v['id']))
        if d:
            s['expected'] = {path: d[0]}
            s['disagreement'] = {'openfisca': v['expected'][kind], 'article': d[1].split(':')[0], 'why': d[1]}
        rows.append('  ' + json.dumps(s, ensure_ascii=False))
    out.append(',\n'.join(rows))
    out += [' ]', '}']
    open(f'test/cases/droits/openfisca-vectors-{kind}.json', 'w').write('\n'.join(out) + '\n')
