#!/usr/bin/env python3
"""Turns a JMH JSON result file (-rf json) into the Markdown tables of BENCHMARKS.md.

    python3 ptce-bench/scripts/table.py results.json
"""
import json
import sys

results = json.load(open(sys.argv[1]))
rows = {}
for r in results:
    name = r['benchmark'].split('.')[-2] + '.' + r['benchmark'].split('.')[-1]
    size = r.get('params', {}).get('members', '')
    m = r['primaryMetric']
    alloc = r['secondaryMetrics'].get('gc.alloc.rate.norm', {}).get('score')
    rows[(name, size)] = (m['score'], m['scoreError'], m['scoreUnit'], alloc, r['mode'])


def fmt(v):
    return f"{v:,.0f}" if v >= 100 else f"{v:,.1f}" if v >= 10 else f"{v:,.2f}"


print("| benchmark | members | score ± error (99.9 %) | allocated per op |")
print("| --- | ---: | ---: | ---: |")
for (name, size), (score, err, unit, alloc, mode) in sorted(rows.items(), key=lambda kv: (kv[0][0], int(kv[0][1] or 0))):
    a = "" if alloc is None else (f"{alloc / 1024:,.1f} KB" if alloc < 10 * 1024 * 1024 else f"{alloc / 1048576:,.1f} MB")
    e = "" if err != err else f" ± {fmt(err)}"  # NaN for single-shot runs
    print(f"| {name} | {size} | {fmt(score)}{e} {unit} | {a} |")

print()
print("Ratios (same run, mean / mean):")
print()
print("| ratio | 30 | 300 | 3,000 |")
print("| --- | ---: | ---: | ---: |")
pairs = [
    ("engineArt9 / handWrittenArt9", "engineArt9", "handWrittenArt9"),
    ("engineDecree / handWrittenDecree", "engineDecree", "handWrittenDecree"),
    ("ruleListArt9 / handWrittenArt9", "ruleListArt9", "handWrittenArt9"),
    ("easyRulesArt9 / handWrittenArt9", "easyRulesArt9", "handWrittenArt9"),
    ("easyRulesDecree / handWrittenDecree", "easyRulesDecree", "handWrittenDecree"),
    ("easyRulesMvelArt9 / handWrittenArt9", "easyRulesMvelArt9", "handWrittenArt9"),
    ("easyRulesMvelDecree / handWrittenDecree", "easyRulesMvelDecree", "handWrittenDecree"),
    ("easyRulesArt9 / engineArt9", "easyRulesArt9", "engineArt9"),
    ("easyRulesMvelArt9 / engineArt9", "easyRulesMvelArt9", "engineArt9"),
    ("easyRulesMvelDecree / engineDecree", "easyRulesMvelDecree", "engineDecree"),
    ("easyRulesDecree / engineDecree", "easyRulesDecree", "engineDecree"),
    ("validateThenArt9 / validate", "validateThenArt9", "validate"),
    ("validateThenOverview / validate", "validateThenOverview", "validate"),
    ("validateThenEvaluate / validate", "validateThenEvaluate", "validate"),
]
for label, a, b in pairs:
    cells = []
    for size in ("30", "300", "3000"):
        x = rows.get(("EngineBenchmark." + a, size))
        y = rows.get(("EngineBenchmark." + b, size))
        cells.append(f"{x[0] / y[0]:.2f}" if x and y else "")
    if any(cells):
        print(f"| {label} | " + " | ".join(cells) + " |")
growth = []
for name in ("engineArt9", "engineDecree", "overview", "engineCatalogue"):
    s = [rows.get(("EngineBenchmark." + name, n)) for n in ("30", "300", "3000")]
    if all(s):
        growth.append(f"| {name} | {s[1][0] / s[0][0]:.1f} | {s[2][0] / s[1][0]:.1f} |")
if growth:
    print()
    print("Growth (time at 300 / at 30, at 3,000 / at 300; 10 = linear):")
    print()
    print("| benchmark | 30 → 300 | 300 → 3,000 |")
    print("| --- | ---: | ---: |")
    print("\n".join(growth))
batch = rows.get(("BatchBenchmark.jsonToJsonReports", ""))
if batch:
    seconds = batch[0] / 1000 if batch[2] == "ms/op" else batch[0]
    print()
    print(f"Batch: 10,000 clusters in {seconds:.2f} s → {10000 / seconds:,.0f} clusters/s "
          f"(error ± {batch[1] / batch[0] * 100:.0f} %).")
