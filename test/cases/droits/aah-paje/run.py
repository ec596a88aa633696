"""AAH and prime à la naissance vectors computed by OpenFisca-France.

usage: python3 run.py households.json > vectors.json   (households.json from gen.py; env as ../../../../README:
PYTHONPATH = the oracle's shims, openfisca-core and openfisca-france clones, see README.md)
One simulation per calendar year N of M; every input is given for every person over Jan N-2 .. Dec N (an input
given for some people only would become the default of the others). `aah` is never an input: OpenFisca computes it.
"""
import json
import logging
import sys
import warnings

logging.disable(logging.WARNING)
warnings.filterwarnings("ignore")

from openfisca_core.simulation_builder import SimulationBuilder  # noqa: E402
from openfisca_france import FranceTaxBenefitSystem  # noqa: E402


def window(N):
    return [f"{y:04d}-{m:02d}" for y in (N - 2, N - 1, N) for m in range(1, 13)]


def extend(series, months, M):
    last = series.get(M, 0.0)
    return {m: float(series.get(m, last if m > M else 0.0)) for m in months}


def person(birth, W, net=None, taxable=None, rate=0.0, rsdae=False):
    zero = {m: 0.0 for m in W}
    taxable = taxable or zero
    return {
        "date_naissance": {"ETERNITY": birth},
        "salaire_net": net or zero,
        "salaire_imposable": taxable,
        "chomage_imposable": zero, "chomage_net": zero, "retraite_nette": zero, "pensions_invalidite": zero,
        "pensions_alimentaires_percues": zero,
        "activite": {m: ("actif" if taxable[m] > 0 else "inactif") for m in W},
        "taux_incapacite": {m: float(rate) for m in W},
        "aah_restriction_substantielle_durable_acces_emploi": {m: bool(rsdae) for m in W},
    }


def of_inputs(h):
    M = h["month"]
    W = window(int(M[:4]))
    ind, parents, enfants = {}, [], []
    for i, a in enumerate(h["adults"]):
        pid = f"{h['id']}_adult{i}"
        parents.append(pid)
        ind[pid] = person(a["birthDate"], W, extend(a["netEarningsByMonth"], W, M),
                          extend(a["taxableEarningsByMonth"], W, M), a["incapacityRate"], a["rsdae"])
    kids = [c["birthDate"] for c in h["children"]] + ([h["expectedBirthDate"]] if h["expectedBirthDate"] else [])
    for j, b in enumerate(kids):
        cid = f"{h['id']}_child{j}"
        enfants.append(cid)
        ind[cid] = person(b, W)
    fam = {"parents": parents, "enfants": enfants, "rsa": {m: 0.0 for m in W}}
    foy = {"declarants": parents, "personnes_a_charge": enfants}
    men = {"personne_de_reference": parents[:1], "conjoint": parents[1:], "enfants": enfants,
           "statut_occupation_logement": {m: "proprietaire" for m in W}}
    return {"individus": ind, "familles": {f"{h['id']}_famille": fam},
            "foyers_fiscaux": {f"{h['id']}_foyer": foy}, "menages": {f"{h['id']}_menage": men}}


FAM = ["paje_naissance", "af_nbenf", "prestations_familiales_base_ressources", "en_couple", "biactivite"]
IND = ["aah", "aah_eligible", "aah_base_ressources_deconjugalisee", "aah_plafond_ressources_deconjugalise", "age"]


def num(x, k):
    v = x[k]
    return bool(v) if x.dtype == bool else round(float(v), 2)


def run_group(tbs, hh, out):
    situ = {"individus": {}, "familles": {}, "foyers_fiscaux": {}, "menages": {}}
    for h in hh:
        for k, v in of_inputs(h).items():
            situ[k].update(v)
    sim = SimulationBuilder().build_from_entities(tbs, situ)
    fidx = {f: i for i, f in enumerate(sim.populations["famille"].ids)}
    iidx = {p: i for i, p in enumerate(sim.populations["individu"].ids)}
    for M in sorted({h["month"] for h in hh}):
        fam = {v: sim.calculate(v, M) for v in FAM}
        ind = {v: sim.calculate(v, M) for v in IND}
        for h in (x for x in hh if x["month"] == M):
            k = fidx[f"{h['id']}_famille"]
            f = {v: num(a, k) for v, a in fam.items()}
            adults = []
            for i in range(len(h["adults"])):
                p = iidx[f"{h['id']}_adult{i}"]
                adults.append({v: num(a, p) for v, a in ind.items()})
            out[h["id"]] = {"expected": {"aah": [a["aah"] for a in adults], "primeNaissance": f["paje_naissance"]},
                            "intermediate": {**{v: f[v] for v in FAM if v != "paje_naissance"},
                                             "adults": [{k2: v2 for k2, v2 in a.items() if k2 != "aah"} for a in adults]}}


def main():
    hh = json.load(open(sys.argv[1]))
    tbs = FranceTaxBenefitSystem()
    out = {}
    for N in sorted({int(h["month"][:4]) for h in hh}):
        run_group(tbs, [h for h in hh if int(h["month"][:4]) == N], out)
    rows = [{**h, **out[h["id"]]} for h in hh]
    sys.stdout.write("[\n" + ",\n".join(json.dumps(x, ensure_ascii=False) for x in rows) + "\n]\n")


if __name__ == "__main__":
    main()
