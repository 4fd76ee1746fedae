#!/usr/bin/python3
"""Independent reference values for the five sentences of issue 11 (event 2016-11-08, news after the
close; article date 2016-11-15, as test/fixtures/articles/ft-2016-election.yaml gives it).

Reads the real fixture CSVs directly with the csv module (no capgap code):
  test/fixtures/flows/yahoo/^RUT.csv, ^GSPC.csv   (yahoo_xjcarter_data, Date,Open,...,Close,Adj Close)
  test/fixtures/flows/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned_2016-11.csv
Conventions, written out again here: t0 = first session after the event date; "since" runs from the
close of the last session before t0 to the close of --to; an index's return is close_end / base - 1
where base is that close, the open of the event day, the open of t0 or the close of t0; the end may move
-2..+2 sessions. French returns are compounded: prod(1 + r/100) - 1 over the sessions after the base.
A search's best match has the fewest changed conventions, then the value nearest the stated one; the
nearest non-match is the one least outside [stated - half unit, stated + half unit).
French's market is Mkt-RF + RF from test/fixtures/report/factors-daily-2016.csv (F-F daily, vintage 202505).
Prints JSON; test/fixtures/articles/five-sentences-reference.json is its output.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, '..', '..', 'fixtures', 'flows')
EVENT, TO = '2016-11-08', '2016-11-15'


def bars(name):
    with open(os.path.join(FIX, 'yahoo', name)) as f:
        return [(r['Date'], float(r['Open']), float(r['Close'])) for r in csv.DictReader(f)]


def french():
    with open(os.path.join(FIX, 'Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned_2016-11.csv')) as f:
        rows = list(csv.DictReader(f))
    out = {}
    for r in rows:
        d = r['Date']
        out['%s-%s-%s' % (d[:4], d[4:6], d[6:])] = {k: float(v) for k, v in r.items() if k != 'Date'}
    return out


def index_values(rows):
    """Every (base, shift) value of a 'since EVENT through TO' return, with the number of changed conventions."""
    days = [r[0] for r in rows]
    t0 = next(i for i, d in enumerate(days) if d > EVENT)
    end = max(i for i, d in enumerate(days) if d <= TO)
    event_day = next(i for i, d in enumerate(days) if d >= EVENT)
    bases = {
        'close-before': (t0 - 1, False),
        'open-event': (event_day, True),
        'open-t0': (t0, True),
        'close-t0': (t0, False),
    }
    out = []
    for name, (b, is_open) in bases.items():
        for shift in (0, -1, 1, -2, 2):
            e = end + shift
            start = rows[b][1] if is_open else rows[b][2]
            if e < b or (e == b and not is_open):
                continue
            out.append({'base': name, 'endShift': shift, 'value': (rows[e][2] / start - 1) * 100,
                        'changes': (name != 'close-before') + (shift != 0)})
    return out


def judge(values, stated, half):
    lo, hi = stated - half, stated + half
    default = next(v for v in values if v['changes'] == 0)
    alts = [v for v in values if v['changes'] > 0]
    inside = [v for v in alts if lo <= v['value'] < hi]
    res = {'default': default['value']}
    if lo <= default['value'] < hi:
        res['verdict'] = 'supported'
    elif inside:
        best = min(inside, key=lambda v: (v['changes'], abs(v['value'] - stated)))
        res['verdict'] = 'supported under another convention'
        res['match'] = best
    else:
        def dist(v):
            return lo - v['value'] if v['value'] < lo else v['value'] - hi
        res['verdict'] = 'not supported'
        res['nearest'] = min(alts, key=lambda v: (dist(v), v['changes']))
    return res


def factors():
    """French's daily market (Mkt-RF + RF, percent) by ISO date: test/fixtures/report/factors-daily-2016.csv."""
    with open(os.path.join(HERE, '..', '..', 'fixtures', 'report', 'factors-daily-2016.csv')) as f:
        return {r['date']: float(r['Mkt-RF']) + float(r['RF']) for r in csv.DictReader(f)}


def compounded(fr, col, days):
    g = 1.0
    for d in days:
        g *= 1 + fr[d][col] / 100
    return g - 1


def main():
    rut, gspc = bars('^RUT.csv'), bars('^GSPC.csv')
    fr = french()
    days = sorted(d for d in fr if EVENT < d <= TO)
    spread10 = (compounded(fr, 'Lo 10', days) - compounded(fr, 'Hi 10', days)) * 100
    spread30 = (compounded(fr, 'Lo 30', days) - compounded(fr, 'Hi 30', days)) * 100
    mkt = factors()
    after = sorted(d for d in fr if d > EVENT)

    def excess(col, n):
        """A French group minus the French market, each compounded over the n sessions after the event."""
        g = m = 1.0
        for d in after[:n]:
            g *= 1 + fr[d][col] / 100
            m *= 1 + mkt[d] / 100
        return ((g - 1) - (m - 1)) * 100

    out = {
        'event': EVENT,
        'lo30_vs_market_3_sessions': excess('Lo 30', 3),
        'hi20_vs_market_4_sessions': excess('Hi 20', 4),
        'to': TO,
        'spread_lo10_hi10_vw': spread10,
        'spread_lo30_hi30_vw': spread30,
        'rut': judge(index_values(rut), 7.2, 0.05),
        'gspc': judge(index_values(gspc), 1.6, 0.05),
    }
    json.dump(out, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write('\n')


main()
