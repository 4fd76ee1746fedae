#!/usr/bin/python3
"""Reference values for the sixth-round corpus (a Brexit-referendum wire with a dateline without a year; a
Fed-week note with a stacked-header table), computed from the source CSVs with the Python standard library
only (independent of capgap): returns from the close of the first date to the close of the second (the last
close on or before each date); French's daily value-weighted size portfolios compounded over the sessions
after the first date through the second. Run: python3 test/findings/reference/newsroom/round6.py"""
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
def closes(i):
    f, c = FILES[i]
    rows = list(csv.DictReader(open(os.path.join(P, f))))
    return sorted((r['Date'][:10], float(r[c])) for r in rows if r[c] not in ('', 'null'))
C = {i: closes(i) for i in FILES}
def at(i, d): return [c for (x, c) in C[i] if x <= d][-1]
def ret(i, a, b): return (at(i, b) / at(i, a) - 1) * 100
F = list(csv.reader(open(os.path.join(D, 'kenfrench_data_library', 'Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv'))))
FH = [x.strip() for x in F[0]]
def french(col, a, b):
    i = FH.index(col); g = 1.0
    for row in F[1:]:
        d = row[0].strip().replace('-', '')
        if a.replace('-', '') < d <= b.replace('-', ''): g *= 1 + float(row[i]) / 100
    return (g - 1) * 100
def show(label, v): print(f'{label:60s} {v:+.4f}')
def block(title, pairs, ids=('^RUT', '^GSPC', 'IWM', 'SPY')):
    print(f'# {title}')
    for label, a, b in pairs:
        for i in ids: show(f'{i} {label} ({a} -> {b})', ret(i, a, b))
block('Brexit wire, dated 2016-06-28 (Tuesday; the referendum 2016-06-23, results overnight)', [
    ('Friday', '2016-06-23', '2016-06-24'), ('Monday', '2016-06-24', '2016-06-27'),
    ('Tuesday', '2016-06-27', '2016-06-28'), ('two sessions after the vote', '2016-06-23', '2016-06-27'),
    ('since the vote', '2016-06-23', '2016-06-28'), ('year to date', '2015-12-31', '2016-06-28')])
print('# French daily VW, two sessions after the vote (2016-06-23 excl. -> 2016-06-27)')
for col in ('Lo 30', 'Hi 30', 'Lo 10', 'Hi 10'): show(f'{col} 2016-06-23 -> 2016-06-27', french(col, '2016-06-23', '2016-06-27'))
print('# shifted ends for "on Friday" claims (end one session later or earlier)')
for i in ('^RUT', '^GSPC'): show(f'{i} 2016-06-23 -> 2016-06-27', ret(i, '2016-06-23', '2016-06-27'))
block('Fed-week note, dated 2016-12-16 (Friday; the Fed raised rates 2016-12-14)', [
    ('Wednesday', '2016-12-13', '2016-12-14'), ('Thursday', '2016-12-14', '2016-12-15'),
    ('Friday', '2016-12-15', '2016-12-16'), ('week ended 12-16', '2016-12-09', '2016-12-16'),
    ('1W (past five sessions)', '2016-12-09', '2016-12-16'), ('1M (from 11-16)', '2016-11-16', '2016-12-16'),
    ('3M (from 09-16)', '2016-09-16', '2016-12-16'), ('YTD', '2015-12-31', '2016-12-16'),
    ('52-week (364 days, from 2015-12-18)', '2015-12-18', '2016-12-16'), ('since 11/8', '2016-11-08', '2016-12-16'),
    ('month to date', '2016-11-30', '2016-12-16')])
print('# French daily VW over the week ended 2016-12-16 (2016-12-09 excl. -> 2016-12-16)')
for col in ('Lo 30', 'Hi 30'): show(f'{col} 2016-12-09 -> 2016-12-16', french(col, '2016-12-09', '2016-12-16'))
print('# 52-week high (max Close, 2015-12-18 .. 2016-12-16; a level: the table prints it, capgap does not check it)')
for i in FILES:
    d, c = max(((x, c) for (x, c) in C[i] if '2015-12-18' <= x <= '2016-12-16'), key=lambda t: t[1])
    print(f'{i:6s} {c:,.2f} on {d}')
