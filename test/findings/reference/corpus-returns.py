#!/usr/bin/python3
"""Independent default values for the corpus claims that carry an expected verdict and are index or fund
returns, or moves of an index in points (test/fixtures/articles/*.yaml): read with PyYAML and the csv
module, no capgap code.

Data: ../shared/data/prices/yahoo_xjcarter_data/{^RUT,^GSPC,IWM}.csv (Date,Open,High,Low,Close,Adj Close).
Conventions, written out again: an index's return is Close_end / Close_base - 1; a fund's uses Adj Close
(total return); an index's move in points is Close_end - Close_base. News after the close: t0 is the first session after the event date, the base is the last
session before t0; a file with `event_timing: intraday` (a Fed decision at 14:00, written in the file by hand)
has t0 on the event date itself, the base the session before it. Windows: since (base -> last session on or before `to`), sessions K (base -> t0+K-1),
dates (last session on or before `from` -> last session on or before `to`), month (last session of the
previous month -> last session of the month). A claim marked `rate: annual` is the compound annual rate,
(1 + R) ** (365.25 / d) - 1 over the d calendar days between the two closes. Prints JSON: one entry per claim,
in corpus order.
"""
import csv
import glob
import json
import os
import sys
from datetime import date

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', '..', 'fixtures', 'articles')
PRICES = os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data', 'prices', 'yahoo_xjcarter_data')
IDS = {'^RUT', '^GSPC', 'IWM'}


def series(ident):
    with open(os.path.join(PRICES, ident + '.csv')) as f:
        col = 'Close' if ident.startswith('^') else 'Adj Close'
        rows = [(r['Date'], r[col]) for r in csv.DictReader(f)]
    return [(d, float(v)) for d, v in rows if v not in ('', 'null')]


def on_or_before(rows, date):
    return max(i for i, (d, _) in enumerate(rows) if d <= date)


def value(rows, w, intraday=False, points=False, annual=False):
    kind = w['kind']
    # A window ending after the file's last day (the 2024 election, for these files) has no value here.
    if str(w.get('to', w.get('event', ''))) > rows[-1][0] or str(w.get('event', '')) >= rows[-1][0]:
        return None
    # Nor one whose base is before the file's first day (these files start on 2000-01-03: 1999's close is not here).
    if str(w.get('from', w.get('event', rows[0][0]))) < rows[0][0]:
        return None
    if kind in ('since', 'sessions'):
        t0 = next(i for i, (d, _) in enumerate(rows) if (d >= str(w['event']) if intraday else d > str(w['event'])))
        base = t0 - 1
        end = on_or_before(rows, str(w['to'])) if kind == 'since' else t0 + int(w['sessions']) - 1
    elif kind == 'dates':
        base, end = on_or_before(rows, str(w['from'])), on_or_before(rows, str(w['to']))
    elif kind == 'month':
        y, m = map(int, str(w['month']).split('-'))
        first = '%04d-%02d-01' % (y, m)
        nxt = '%04d-%02d-01' % (y + (m == 12), m % 12 + 1)
        if nxt > rows[-1][0]:  # a month the file does not reach to its end has no value here
            return None
        base = max(i for i, (d, _) in enumerate(rows) if d < first)
        end = max(i for i, (d, _) in enumerate(rows) if d < nxt)
    else:
        return None
    if points:
        return rows[end][1] - rows[base][1]
    r = rows[end][1] / rows[base][1]
    if annual:  # a compound annual rate over the calendar days between the two closes' dates
        days = (date.fromisoformat(rows[end][0]) - date.fromisoformat(rows[base][0])).days
        return (r ** (365.25 / days) - 1) * 100
    return (r - 1) * 100


def main():
    out = []
    cache = {}
    for path in sorted(glob.glob(os.path.join(CORPUS, '*.yaml'))):
        doc = yaml.safe_load(open(path))
        # A whole article as pasted (the fourth round) lists its sentences flat.
        for para in doc.get('paragraphs') or [doc['sentences']]:
            for s in para:
                for i, c in enumerate(s.get('claims') or []):
                    subj = c.get('subjects') or []
                    if 'expected_verdict' not in c or len(subj) != 1 or subj[0] not in IDS:
                        continue
                    points = c['metric'] == 'points' and subj[0].startswith('^')
                    if c['metric'] != 'return' and not points:
                        continue
                    rows = cache.setdefault(subj[0], series(subj[0]))
                    v = value(rows, c['window'], doc.get('event_timing') == 'intraday', points, c.get('rate') == 'annual')
                    if v is not None:
                        out.append({'file': os.path.basename(path), 'text': s['text'], 'claim': i, 'value': v})
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write('\n')


main()
