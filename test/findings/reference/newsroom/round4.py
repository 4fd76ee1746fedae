#!/usr/bin/python3
"""Reference values for the fourth-round corpus (whole articles as pasted: a Reuters wire in text with a
tab table, an FT page as HTML, a newsletter in Markdown), computed from the source CSVs with the Python
standard library only (independent of capgap): returns from the close of the first date to the close of
the second (the last close on or before each date). Run: python3 test/findings/reference/newsroom/round4.py"""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
P = os.path.join(HERE, '..', '..', '..', '..', '..', 'shared', 'data', 'prices')
FILES = {  # the files the embedded data are built from (data/PROVENANCE.md)
    '^RUT': ('yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv', 'Close'),
    'IWM': ('yfinance_autoadjusted_alitalbi_storage_data_fy/IWM.csv', 'Close'),
    'SPY': ('yfinance_autoadjusted_alitalbi_storage_data_fy/SPY.csv', 'Close'),
    '^GSPC': ('yfinance_YoussefKh200_slow_turtle/^GSPC.csv', 'Close'),
}
def closes(i):
    f, c = FILES[i]
    rows = list(csv.DictReader(open(os.path.join(P, f))))
    return sorted((r['Date'], float(r[c])) for r in rows if r[c] not in ('', 'null'))
C = {i: closes(i) for i in FILES}
def at(i, d): return [c for (x, c) in C[i] if x <= d][-1]
def ret(i, a, b): return (at(i, b) / at(i, a) - 1) * 100
def show(label, v): print(f'{label:52s} {v:+.4f}')
def block(title, pairs, ids=('^RUT', '^GSPC', 'IWM', 'SPY')):
    print(f'# {title}')
    for label, a, b in pairs:
        for i in ids: show(f'{i} {label} ({a} -> {b})', ret(i, a, b))
block('Reuters wire, dated 2016-11-10 (Thursday)', [
    ('Thursday', '2016-11-09', '2016-11-10'), ('since the election', '2016-11-08', '2016-11-10'),
    ('month to date', '2016-10-31', '2016-11-10'), ('week so far', '2016-11-04', '2016-11-10'),
    ('year to date', '2015-12-31', '2016-11-10'), ('week ended 11-11 (after the article)', '2016-11-04', '2016-11-11')])
print('# IWM one-session moves around 2016-11-10 (is "0.6 pct on the day" another convention?)')
for a, b in [('2016-11-07', '2016-11-08'), ('2016-11-08', '2016-11-09'), ('2016-11-10', '2016-11-11'), ('2016-11-11', '2016-11-14')]:
    show(f'IWM {a} -> {b}', ret('IWM', a, b))
print('# SPY year to date ending up to two sessions earlier or later ("+7.1" in the table)')
for b in ('2016-11-08', '2016-11-09', '2016-11-11', '2016-11-14'): show(f'SPY 2015-12-31 -> {b}', ret('SPY', '2015-12-31', b))
block('FT page, dated 2016-06-27 (Monday; the vote 2016-06-23, results overnight)', [
    ('Friday', '2016-06-23', '2016-06-24'), ('Monday', '2016-06-24', '2016-06-27'),
    ('since the vote', '2016-06-23', '2016-06-27'), ('last week (ended 06-24)', '2016-06-17', '2016-06-24'),
    ('this year', '2015-12-31', '2016-06-27')])
print('# IWM since the vote ending earlier or later ("-6.0" in the table)')
for b in ('2016-06-24', '2016-06-28', '2016-06-29'): show(f'IWM 2016-06-23 -> {b}', ret('IWM', '2016-06-23', b))
R = os.path.join(HERE, '..', '..', '..', 'fixtures', 'regions', 'Europe_3_Factors_Daily_vintage202603.csv')
for r in csv.reader(open(R)):
    if r and r[0].strip() == '20160624':
        print(f'Europe 2016-06-24 (French, USD): Mkt-RF {r[1].strip()} RF {r[4].strip()} -> market {float(r[1]) + float(r[4]):+.2f}%')
block('Small-Cap Weekly, dated 2016-12-09 (Friday)', [
    ('this week', '2016-12-02', '2016-12-09'), ('last week', '2016-11-25', '2016-12-02'),
    ('Q4 to date', '2016-09-30', '2016-12-09'), ('year to date', '2015-12-31', '2016-12-09'),
    ('month to date', '2016-11-30', '2016-12-09'), ('since the election', '2016-11-08', '2016-12-09')])
print('# SPY year to date ending up to two sessions earlier ("+14.8%" in the table)')
for b in ('2016-12-07', '2016-12-08', '2016-12-12', '2016-12-13'): show(f'SPY 2015-12-31 -> {b}', ret('SPY', '2015-12-31', b))
block('Terminal paste, dated 2020-11-06 (Friday; the election 2020-11-03)', [
    ('Friday', '2020-11-05', '2020-11-06'), ('this week', '2020-10-30', '2020-11-06'),
    ('since the election', '2020-11-03', '2020-11-06'), ('2020-11-04', '2020-11-03', '2020-11-04'),
    ('Q4 to date', '2020-09-30', '2020-11-06'), ('year to date', '2019-12-31', '2020-11-06')])
