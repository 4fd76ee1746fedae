#!/usr/bin/env python3
"""Independent reference for the lead of an event whose day 0 is the event day itself (news before the open
or during the session; the base is the previous row's close): test/server/lead.test.ts, page-fed.test.ts.
Computed with nothing but Python's csv module from French's daily value-weighted size file in ../shared/data:
the Lo 10 - Hi 10 gap over days 0 to 2, and the rank of 2024-12-18 among the Fed's 68 rate changes 2001-2024
(the dates of src/events/event-sets-fomc.ts, from the Fed's press releases; each is news before the open or
during the session). Run: /usr/bin/python3 test/server/reference/lead-timing.py
Printed 2026-12-01 (vintage 202505):
2016-11-08 t0 20161108 .. 20161110 small 5.4145 large 1.7467 gap 3.6678
2024-12-18 t0 20241218 .. 20241220 small -3.1183 large -2.0485 gap -1.0698
fomc 68 decisions: 2024-12-18 is 57 of 68 (1 = the widest gap in favour of small caps)
"""
import csv
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else (
    '../shared/data/kenfrench_data_library/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv')
FOMC = '2001-01-03 2001-01-31 2001-03-20 2001-04-18 2001-05-15 2001-06-27 2001-08-21 2001-09-17 2001-10-02 2001-11-06 2001-12-11 2002-11-06 2003-06-25 2004-06-30 2004-08-10 2004-09-21 2004-11-10 2004-12-14 2005-02-02 2005-03-22 2005-05-03 2005-06-30 2005-08-09 2005-09-20 2005-11-01 2005-12-13 2006-01-31 2006-03-28 2006-05-10 2006-06-29 2007-09-18 2007-10-31 2007-12-11 2008-01-22 2008-01-30 2008-03-18 2008-04-30 2008-10-08 2008-10-29 2008-12-16 2015-12-16 2016-12-14 2017-03-15 2017-06-14 2017-12-13 2018-03-21 2018-06-13 2018-09-26 2018-12-19 2019-07-31 2019-09-18 2019-10-30 2020-03-03 2020-03-15 2022-03-16 2022-05-04 2022-06-15 2022-07-27 2022-09-21 2022-11-02 2022-12-14 2023-02-01 2023-03-22 2023-05-03 2023-07-26 2024-09-18 2024-11-07 2024-12-18 '.split()
rows = []
with open(PATH) as f:
    r = csv.reader(f)
    h = [x.strip() for x in next(r)]
    lo, hi = h.index('Lo 10'), h.index('Hi 10')
    for x in r:
        rows.append((x[0].strip(), float(x[lo]), float(x[hi])))


def window(event):
    """Row of day 0 (the event day or the next session) and both legs compounded over days 0 to 2."""
    day = event.replace('-', '')
    i = next(k for k, x in enumerate(rows) if x[0] >= day)
    s = l = 1.0
    for k in range(i, i + 3):
        s *= 1 + rows[k][1] / 100
        l *= 1 + rows[k][2] / 100
    return i, s - 1, l - 1


for event in ['2016-11-08', '2024-12-18']:
    i, s, l = window(event)
    print(event, 't0', rows[i][0], '..', rows[i + 2][0], 'small', round(s * 100, 4),
          'large', round(l * 100, 4), 'gap', round((s - l) * 100, 4))
gaps = sorted(((window(d)[1] - window(d)[2], d) for d in FOMC), reverse=True)
at = [d for _, d in gaps].index('2024-12-18') + 1
print('fomc', len(gaps), 'decisions: 2024-12-18 is', at, 'of', len(gaps), '(1 = the widest gap in favour of small caps)')
