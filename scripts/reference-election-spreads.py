#!/usr/bin/env python3
"""Independent reference for the page's lead sentence (test/server/lead.test.ts): the Lo 10 - Hi 10
spread over the first three sessions after every US presidential election 1928-2024, ranked, computed
with nothing but Python's csv module from French's daily value-weighted size file in ../shared/data.
t0 = the first row after election day (results arrive after the close); the spread compounds each
decile over t0, t0+1, t0+2 and differences them. Run: /usr/bin/python3 scripts/reference-election-spreads.py
Printed 2026-11-30 (vintage 202505): 1 2016 7.058, ..., 12 2024 0.405, ..., 25 2020 -4.336.
"""
import csv
import datetime
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else (
    '../shared/data/kenfrench_data_library/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv')
rows = []
with open(PATH) as f:
    r = csv.reader(f)
    h = [x.strip() for x in next(r)]
    lo, hi = h.index('Lo 10'), h.index('Hi 10')
    for x in r:
        rows.append((x[0].strip(), float(x[lo]), float(x[hi])))


def election_day(y):
    d = datetime.date(y, 11, 1)
    while d.weekday() != 0:
        d += datetime.timedelta(1)
    return (d + datetime.timedelta(1)).strftime('%Y%m%d')


res = []
for y in range(1928, 2025, 4):
    i = next(k for k, x in enumerate(rows) if x[0] > election_day(y))
    s = l = 1.0
    for k in range(i, i + 3):
        s *= 1 + rows[k][1] / 100
        l *= 1 + rows[k][2] / 100
    res.append((s - l, y))
res.sort(reverse=True)
for k, (v, y) in enumerate(res):
    print(k + 1, y, round(v * 100, 3))
