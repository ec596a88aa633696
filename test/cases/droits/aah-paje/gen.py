"""Seeded households for the AAH and prime à la naissance vectors (OpenFisca-France oracle).

usage: python3 gen.py N SEED > households.json
Plain facts only (run.py maps them to OpenFisca). The AAH adults' earnings follow one of three regimes where the
law's resource rules are settled without facts the household does not give: no pay at all from January N-2 to M
(the annual evaluation on N-2 gives 0), pay every month of the window (the quarterly evaluation of R821-4-1 on
M-3..M-1, never a start or a resumption, so D821-9 1° and R821-4-4 do not apply), or a partner's pay only
(deconjugalisation: it must not count). Pay that stopped or resumed is left out: OpenFisca models neither
D821-9 1° nor R821-4-4 (see README.md).
"""
import json
import random
import sys

MONTHS = [f"{y:04d}-{m:02d}" for y in range(2024, 2027) for m in range(1, 13) if "2024-01" <= f"{y:04d}-{m:02d}" <= "2026-09"]
TAXABLE_OVER_NET = 1.037
PARTIAL_CEILING = {2024: (27833, 11188), 2025: (29169, 11725), 2026: (29694, 11936)}  # aim only


def add_months(m, n):
    i = int(m[:4]) * 12 + int(m[5:7]) - 1 + n
    return f"{i // 12:04d}-{i % 12 + 1:02d}"


def age_at(birth, month):
    y, mo = int(month[:4]), int(month[5:7])
    by, bm, bd = int(birth[:4]), int(birth[5:7]), int(birth[8:10])
    return y - by - ((mo, 1) < (bm, bd))


def birth_for(rng, month, age):
    start = add_months(month, -12 * (age + 1))
    b = f"{add_months(start, rng.randint(1, 12))}-{rng.randint(1, 28):02d}"
    while age_at(b, month) != age:
        b = f"{add_months(b[:7], 1 if age_at(b, month) > age else -1)}{b[7:]}"
    return b


def disability(rng):
    r = rng.random()
    if r < 0.12:
        return 0.0, False
    if r < 0.40:
        return rng.choice([0.5, 0.6, 0.7, 0.79]), True
    if r < 0.50:
        return rng.choice([0.5, 0.6, 0.79]), False  # 50–79 % without the RSDAE: no AAH
    return rng.choice([0.8, 0.85, 0.9, 1.0]), False


def household(rng, hid):
    month = rng.choice(MONTHS)
    N = int(month[:4])
    first = f"{N - 2}-01"
    window = [add_months(first, i) for i in range(40) if add_months(first, i) <= month]
    n_adults = 1 if rng.random() < 0.55 else 2
    adults = []
    for i in range(n_adults):
        rate, rsdae = disability(rng) if i == 0 or rng.random() < 0.25 else (0.0, False)
        r = rng.random()
        age = rng.choice([16, 17, 18, 19, 20, 21]) if r < 0.08 else rng.randint(60, 70) if r < 0.14 else rng.randint(22, 59)
        if rsdae and age > 59:
            age = rng.randint(22, 59)  # the RSDAE's end at the retirement age is not in the vectors (README)
        regime = rng.choice(["none", "none", "steady", "varying"]) if rate > 0 else rng.choice(["none", "steady", "varying"])
        if regime == "none":
            net = {m: 0.0 for m in window}
        else:
            lv = rng.choice([rng.uniform(80, 560), rng.uniform(560, 1500), rng.uniform(1500, 3200)])
            net = {m: round(lv if regime == "steady" else lv * rng.uniform(0.6, 1.4), 2) for m in window}
        adults.append({"birthDate": birth_for(rng, month, age), "netEarningsByMonth": net,
                       "taxableEarningsByMonth": {m: round(x * TAXABLE_OVER_NET, 2) for m, x in net.items()},
                       "incapacityRate": rate, "rsdae": rsdae})
    n_children = rng.choices([0, 1, 2, 3, 4], [30, 25, 25, 12, 8])[0]
    children = [{"birthDate": birth_for(rng, month, rng.randint(0, 21))} for _ in range(n_children)]
    # an expected child, born (in the data) one to three months after M: the prime is due at M+2 only
    expected = None
    if rng.random() < 0.45:
        expected = f"{add_months(month, rng.choice([1, 2, 2, 2, 3]))}-{rng.randint(1, 28):02d}"
        # aim N-2 resources near the partial-rate ceiling for some households
        if rng.random() < 0.4:
            base, raise_ = PARTIAL_CEILING[N]
            nb = sum(1 for c in children if age_at(c["birthDate"], month) < 20) + 1
            ceil = base * (1 + 0.25 * min(nb, 2) + 0.3 * max(nb - 2, 0)) + (raise_ if n_adults == 1 else 0)
            target = ceil + rng.uniform(-1500, 1500)
            monthly = round(target / 0.9 / 12 / n_adults, 2)
            for a in adults:
                a["taxableEarningsByMonth"] = {m: monthly for m in window}
                a["netEarningsByMonth"] = {m: round(monthly / TAXABLE_OVER_NET, 2) for m in window}
    return {"id": hid, "month": month, "adults": adults, "children": children, "expectedBirthDate": expected}


def main():
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    json.dump([household(rng, f"{seed}-{i:03d}") for i in range(n)], sys.stdout)


if __name__ == "__main__":
    main()
