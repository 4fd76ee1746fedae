#!/usr/bin/env python3
"""Independent reference for the lead asked with a news timing other than its set's (test/server/lead.test.ts,
test/server/page-timing.test.ts): the Lo 10 - Hi 10 gap over days 0 to 2 when day 0 is the event day itself
(news before the open or during the session: the base is the previous row's close), computed with nothing but
Python's csv module from French's daily value-weighted size file in ../shared/data.
Run: /usr/bin/python3 test/server/reference/lead-timing.py
Printed 2026-12-01 (vintage 202505):
2016-11-08 t0 20161108 .. 20161110 small 5.4145 large 1.7467 gap 3.6678
2024-12-18 t0 20241218 .. 20241220 small -3.1183 large -2.0485 gap -1.0698
"""
import csv
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

for event in ['2016-11-08', '2024-12-18']:
    day = event.replace('-', '')
    i = next(k for k, x in enumerate(rows) if x[0] >= day)
    s = l = 1.0
    for k in range(i, i + 3):
        s *= 1 + rows[k][1] / 100
        l *= 1 + rows[k][2] / 100
    print(event, 't0', rows[i][0], '..', rows[i + 2][0], 'small', round((s - 1) * 100, 4),
          'large', round((l - 1) * 100, 4), 'gap', round((s - l) * 100, 4))
