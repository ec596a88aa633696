"""Trim run.py's output to what the rules read, so that the tests run without ../shared:
net pay of M-9..M, the N-2 taxable pay as one yearly sum. usage: python3 trim.py vectors-full.json > vectors.json"""
import json
import sys


def add_months(m, n):
    i = int(m[:4]) * 12 + int(m[5:7]) - 1 + n
    return f"{i // 12:04d}-{i % 12 + 1:02d}"


rows = []
for v in json.load(open(sys.argv[1])):
    M, y = v["month"], str(int(v["month"][:4]) - 2)
    keep = {add_months(M, -k) for k in range(10)}
    for a in v["adults"]:
        a["netEarningsByMonth"] = {m: x for m, x in a["netEarningsByMonth"].items() if m in keep}
        a["taxableIncomeByYear"] = {y: round(sum(x for m, x in a.pop("taxableEarningsByMonth").items() if m.startswith(y)), 2)}
    rows.append(v)
sys.stdout.write("[\n" + ",\n".join(json.dumps(x, ensure_ascii=False) for x in rows) + "\n]\n")
