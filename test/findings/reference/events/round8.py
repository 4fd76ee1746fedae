#!/usr/bin/python3
"""Reference values for the eighth-round corpus (three whole articles on events other than the 2016
election: the 2020 election, the Fed's March 2022 increase, the Brexit vote), computed from the source
CSVs with the Python standard library only (independent of capgap): returns from the close of the first
date to the close of the second (the last close on or before each date); French's daily value-weighted
size portfolios compounded over the days after the first date; ranks of daily, weekly (Friday-to-Friday
closes) and monthly (month-end closes) returns. Run: python3 test/findings/reference/events/round8.py"""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, '..', '..', '..', '..', '..', 'shared', 'data')
P = os.path.join(D, 'prices')
FILES = {  # the files the embedded data are built from (data/PROVENANCE.md)
    '^RUT': ('yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv', 'Close'),
    'IWM': ('yfinance_autoadjusted_alitalbi_storage_data_fy/IWM.csv', 'Close'),
    'SPY': ('yfinance_autoadjusted_alitalbi_storage_data_fy/SPY.csv', 'Close'),
    '^GSPC': ('yfinance_YoussefKh200_slow_turtle/^GSPC.csv', 'Close'),
}
for s in ('XLF', 'XLE', 'XLK', 'XLU', 'XLI', 'XLV', 'XLP', 'XLY', 'XLB', 'XLRE', 'XLC'):
    FILES[s] = (f'yfinance_autoadjusted_alitalbi_storage_data_fy/{s}.csv', 'Close')
def closes(i):
    f, c = FILES[i]
    rows = list(csv.DictReader(open(os.path.join(P, f))))
    return sorted((r['Date'], float(r[c])) for r in rows if r[c] not in ('', 'null'))
C = {i: closes(i) for i in FILES}
def at(i, d): return [c for (x, c) in C[i] if x <= d][-1]
def ret(i, a, b): return (at(i, b) / at(i, a) - 1) * 100
def show(label, v): print(f'{label:60s} {v:+.4f}')
FR = os.path.join(D, 'kenfrench_data_library', 'Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv')
FRENCH = {}
if os.path.exists(FR):
    rows = list(csv.reader(open(FR)))
    head = [h.strip() for h in rows[0]]
    for r in rows[1:]:
        if r and r[0].strip().isdigit():
            d = r[0].strip(); FRENCH[f'{d[:4]}-{d[4:6]}-{d[6:]}'] = {h: float(v) for h, v in zip(head[1:], r[1:])}
def french(col, a, b):
    g = 1.0
    for d in sorted(FRENCH):
        if a < d <= b: g *= 1 + FRENCH[d][col] / 100
    return (g - 1) * 100
def daily(i):
    c = C[i]; return [(c[k][0], (c[k][1] / c[k - 1][1] - 1) * 100) for k in range(1, len(c))]
def last_at_least(series, d, v, sign=1):
    """The latest earlier period whose return is at least as large (sign=1) or as low (sign=-1)."""
    for x, r in reversed([p for p in series if p[0] < d]):
        if sign * r >= sign * v: return x, r
    return None
def weekly(i):
    import datetime
    c = C[i]; wk = {}
    for d, v in c:
        y, w, _ = datetime.date.fromisoformat(d).isocalendar(); wk[(y, w)] = (d, v)
    ks = sorted(wk); return [(wk[ks[k]][0], (wk[ks[k]][1] / wk[ks[k - 1]][1] - 1) * 100) for k in range(1, len(ks))]
def monthly(i):
    c = C[i]; m = {}
    for d, v in c: m[d[:7]] = (d, v)
    ks = sorted(m); return [(m[ks[k]][0], (m[ks[k]][1] / m[ks[k - 1]][1] - 1) * 100) for k in range(1, len(ks))]
def block(title, pairs, ids=('^RUT', '^GSPC', 'IWM', 'SPY')):
    print(f'# {title}')
    for label, a, b in pairs:
        for i in ids: show(f'{i} {label} ({a} -> {b})', ret(i, a, b))
        if FRENCH and b <= max(FRENCH):
            lo, hi = french('Lo 30', a, b), french('Hi 30', a, b)
            show(f'French VW Lo 30 {label}', lo); show(f'French VW Hi 30 {label}', hi); show(f'  Lo 30 - Hi 30 (pp)', lo - hi)
def standing(series, d, sign=1, provisional_value=None):
    """The period ending d (or, provisional, a value placed among the periods before d): its value, the
    latest earlier period at least as large (sign=1) or as low (sign=-1), and its rank among the periods to then."""
    before = [p for p in series if p[0] < d]
    v = provisional_value if provisional_value is not None else [r for x, r in series if x == d][0]
    since = last_at_least(series, d, v, sign)
    rank = 1 + sum(1 for _, r in before if sign * r > sign * v)
    n = len(before) + (0 if provisional_value is not None else 1)
    return f'{v:+.4f}; latest earlier at least as {"large" if sign > 0 else "low"}: {since[0] if since else "none (a record)"}; rank {rank} of {n}'
if __name__ == '__main__':
    block('Bloomberg-style, dated 2020-11-13 (Friday; the election 2020-11-03)', [
        ('since the election', '2020-11-03', '2020-11-13'), ('Monday 11-09', '2020-11-06', '2020-11-09'),
        ('this week', '2020-11-06', '2020-11-13'), ('month to date', '2020-10-30', '2020-11-13')])
    for s in ('XLE', 'XLF', 'XLK', 'XLI', 'XLV', 'XLRE', 'XLP', 'XLY', 'XLB', 'XLU', 'XLC'):
        show(f'{s} since the election (2020-11-03 -> 2020-11-13)', ret(s, '2020-11-03', '2020-11-13'))
    print('^RUT week to 2020-11-13:', standing(weekly('^RUT'), '2020-11-13'))
    print('^RUT Nov 2020 to date (through 11-13), among completed months:',
          standing(monthly('^RUT'), '2020-11-01', 1, ret('^RUT', '2020-10-30', '2020-11-13')))
    print('^RUT Nov 2020 whole month:', standing(monthly('^RUT'), '2020-11-30'))
    block('WSJ-style, dated 2022-03-18 (Friday; the Fed raised rates 2022-03-16 at 2 p.m.)', [
        ('Wednesday', '2022-03-15', '2022-03-16'), ('this week', '2022-03-11', '2022-03-18'),
        ('this year', '2021-12-31', '2022-03-18')])
    for s in ('XLY', 'XLK', 'XLF', 'XLB', 'XLI', 'XLV', 'XLRE', 'XLP', 'XLU', 'XLE', 'XLC'):
        show(f'{s} Wednesday (2022-03-15 -> 2022-03-16)', ret(s, '2022-03-15', '2022-03-16'))
    print('^GSPC day 2022-03-16:', standing(daily('^GSPC'), '2022-03-16'))
    print('^GSPC day 2022-03-17:', standing(daily('^GSPC'), '2022-03-17'))
    print('^GSPC week to 2022-03-18:', standing(weekly('^GSPC'), '2022-03-18'))
    block('FT-style, dated 2016-06-24 (Friday; the Brexit vote 2016-06-23, results after the US close)', [
        ('Friday', '2016-06-23', '2016-06-24'), ('this week', '2016-06-17', '2016-06-24'),
        ('month to date', '2016-05-31', '2016-06-24')])
    for s in ('XLF', 'XLB', 'XLI', 'XLK', 'XLY', 'XLE', 'XLV', 'XLP', 'XLRE', 'XLU'):
        show(f'{s} Friday (2016-06-23 -> 2016-06-24)', ret(s, '2016-06-23', '2016-06-24'))
    print('^RUT day 2016-06-24:', standing(daily('^RUT'), '2016-06-24', -1))
    print('^GSPC day 2016-06-24:', standing(daily('^GSPC'), '2016-06-24', -1))
    print('^RUT week to 2016-06-24:', standing(weekly('^RUT'), '2016-06-24', -1))
