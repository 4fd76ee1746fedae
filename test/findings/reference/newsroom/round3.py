#!/usr/bin/python3
"""Reference values for the third-round corpus files (live blog, fund selector, Fed day, year-end review),
computed from the source CSVs with the Python standard library only (independent of capgap).
Run from anywhere: python3 test/findings/reference/newsroom/round3.py"""
import csv, datetime as dt, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', '..', 'shared', 'data')
P = os.path.join(D, 'prices')
FILES = {  # id: (file, close column) -- the files the embedded data are built from (data/PROVENANCE.md)
    '^RUT': ('yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv', 'Close'),
    'IWM': ('yfinance_autoadjusted_alitalbi_storage_data_fy/IWM.csv', 'Close'),
    'SPY': ('yfinance_autoadjusted_alitalbi_storage_data_fy/SPY.csv', 'Close'),
    '^GSPC': ('yfinance_YoussefKh200_slow_turtle/^GSPC.csv', 'Close'),
    'IJR': ('alphavantage_tareqalyousef_backtester/IJR.csv', 'adjusted_close'),
    'VB': ('alphavantage_tareqalyousef_backtester/VB.csv', 'adjusted_close'),
    'VTWO': ('yahoo_sabriaouani_top10_index_funds/VTWO.csv', 'Adj Close'),
}
def closes(i):
    f, c = FILES[i]
    rows = list(csv.DictReader(open(os.path.join(P, f))))
    k = 'Date' if 'Date' in rows[0] else 'timestamp'
    return sorted((r[k], float(r[c])) for r in rows if r[c] not in ('', 'null'))
C = {i: closes(i) for i in FILES}
def at(i, d):  # the last close on or before d
    return [c for (x, c) in C[i] if x <= d][-1]
def ret(i, a, b): return (at(i, b) / at(i, a) - 1) * 100
def show(label, v): print(f'{label:58s} {v:+.2f}')
FR = list(csv.reader(open(os.path.join(D, 'kenfrench_data_library', 'Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv'))))
H = [h.strip() for h in FR[0]]
def french(col, a, b):  # compounded over the days after a through b (base-day return excluded)
    j = H.index(col); g = 1.0
    for r in FR[1:]:
        d = r[0].strip(); d = f'{d[:4]}-{d[4:6]}-{d[6:]}'
        if a < d <= b: g *= 1 + float(r[j]) / 100
    return (g - 1) * 100
def daily(i): return [(d, c / p - 1) for (_, p), (d, c) in zip(C[i], C[i][1:])]
def weekly(i):
    last = {}
    for d, c in C[i]: y, w, _ = dt.date.fromisoformat(d).isocalendar(); last[(y, w)] = (d, c)
    ks = sorted(last); return [(last[k][0], last[k][1] / last[p][1] - 1) for p, k in zip(ks, ks[1:])]
def rank_within(series, day, start, low=False):
    xs = [(d, v) for d, v in series if start <= d <= day]; v = dict(xs)[day]
    better = sum(1 for d, x in xs if (x < v if low else x > v))
    return f'{better + 1} of {len(xs)} (value {v*100:+.2f}%)'
print('# live blog, 2016-11-08 close -> 2016-11-09 close')
for i in ('^RUT', '^GSPC', 'IWM'): show(f'{i} 11-08 -> 11-09', ret(i, '2016-11-08', '2016-11-09'))
show('^RUT - ^GSPC 11-09 (pp)', ret('^RUT', '2016-11-08', '2016-11-09') - ret('^GSPC', '2016-11-08', '2016-11-09'))
for c in ('Lo 10', 'Hi 10', 'Lo 30'): show(f'French daily VW {c} 11-09', french(c, '2016-11-08', '2016-11-09'))
show('Lo 30 - ^GSPC 11-09 (pp)', french('Lo 30', '2016-11-08', '2016-11-09') - ret('^GSPC', '2016-11-08', '2016-11-09'))
print('# fund selector, article 2016-11-30')
for i in ('IWM', 'IJR', 'VB', 'VTWO', 'SPY'): show(f'{i} Nov 2016 (10-31 -> 11-30)', ret(i, '2016-10-31', '2016-11-30'))
for i in ('IJR', 'VB', 'SPY'): show(f'{i} 11-08 -> 11-30', ret(i, '2016-11-08', '2016-11-30'))
show('IJR - SPY 11-08 -> 11-30 (pp)', ret('IJR', '2016-11-08', '2016-11-30') - ret('SPY', '2016-11-08', '2016-11-30'))
show('VB - IJR 11-08 -> 11-30 (pp)', ret('VB', '2016-11-08', '2016-11-30') - ret('IJR', '2016-11-08', '2016-11-30'))
show('IWM 2015-12-31 -> 2016-11-30', ret('IWM', '2015-12-31', '2016-11-30'))
print('# Fed decision day, 2016-12-14 (intraday news: the day = 12-13 close -> 12-14 close)')
for i in ('^RUT', '^GSPC', 'IWM'): show(f'{i} 12-13 -> 12-14', ret(i, '2016-12-13', '2016-12-14'))
show('^RUT - ^GSPC 12-14 (pp)', ret('^RUT', '2016-12-13', '2016-12-14') - ret('^GSPC', '2016-12-13', '2016-12-14'))
show('^RUT 11-30 -> 12-14 (month to date)', ret('^RUT', '2016-11-30', '2016-12-14'))
show('^RUT 11-08 -> 12-14', ret('^RUT', '2016-11-08', '2016-12-14'))
show('^GSPC 12-12 -> 12-13 (Tuesday)', ret('^GSPC', '2016-12-12', '2016-12-13'))
print('IWM 12-14 daily rank (worst first) among 2016 days:', rank_within(daily('IWM'), '2016-12-14', '2016-01-01', low=True))
print('# year-end review, article 2016-12-30')
for i in ('^RUT', '^GSPC', 'IWM'): show(f'{i} 2015-12-31 -> 2016-12-30', ret(i, '2015-12-31', '2016-12-30'))
show('^RUT - ^GSPC 2016 (pp)', ret('^RUT', '2015-12-31', '2016-12-30') - ret('^GSPC', '2015-12-31', '2016-12-30'))
show('French daily VW Lo 10 2016', french('Lo 10', '2015-12-31', '2016-12-30'))
show('^RUT 2015-12-31 -> 2016-06-30 (first half)', ret('^RUT', '2015-12-31', '2016-06-30'))
show('^RUT 11-08 -> 12-30', ret('^RUT', '2016-11-08', '2016-12-30'))
show('^RUT 2014-12-31 -> 2015-12-31', ret('^RUT', '2014-12-31', '2015-12-31'))
show('^RUT week ended 2016-12-02 (11-25 -> 12-02)', ret('^RUT', '2016-11-25', '2016-12-02'))
show('^RUT 11-30 -> 12-30 (December)', ret('^RUT', '2016-11-30', '2016-12-30'))
print('^RUT week ended 2016-11-11 rank among 2016 weeks:', rank_within(weekly('^RUT'), '2016-11-11', '2016-01-01'))
print('^RUT week ended 2016-12-09 rank among 2016 weeks:', rank_within(weekly('^RUT'), '2016-12-09', '2016-01-01'))
ys = {}
for d, c in C['^RUT']: ys[d[:4]] = c
yr = sorted(ys); ann = [(y, ys[y] / ys[p] - 1) for p, y in zip(yr, yr[1:])]
v16 = dict(ann)['2016']; prev = [y for y, v in ann if y < '2016' and v >= v16]
print(f'^RUT 2016 annual {v16*100:+.2f}%, largest since {prev[-1] if prev else None}')
print('# more digits where a stated number sits near a rounding edge')
for i, a, b in (('^GSPC', '2016-12-12', '2016-12-13'), ('IWM', '2016-12-13', '2016-12-14'), ('^RUT', '2016-11-25', '2016-12-02'),
                ('^RUT', '2016-11-08', '2016-12-30'), ('^RUT', '2016-11-30', '2016-12-14'), ('^RUT', '2016-11-30', '2016-12-30')):
    print(f'{i} {a} -> {b}: {ret(i, a, b):+.4f}')
print(f"French daily VW Lo 30 - Hi 30 2016: {french('Lo 30', '2015-12-31', '2016-12-30'):+.2f} - {french('Hi 30', '2015-12-31', '2016-12-30'):+.2f}")
print(f"French daily VW Lo 30 12-14: {french('Lo 30', '2016-12-13', '2016-12-14'):+.4f} (minus ^GSPC: {french('Lo 30', '2016-12-13', '2016-12-14') - ret('^GSPC', '2016-12-13', '2016-12-14'):+.2f} pp)")
print('# research note, 2016-11-08 close -> 2016-11-15 close (five sessions)')
for i in ('^RUT', '^GSPC', 'IWM'): show(f'{i} 11-08 -> 11-15', ret(i, '2016-11-08', '2016-11-15'))
show('^RUT - ^GSPC 11-08 -> 11-15 (pp)', ret('^RUT', '2016-11-08', '2016-11-15') - ret('^GSPC', '2016-11-08', '2016-11-15'))
for c in ('Lo 10', 'Hi 10', 'Lo 30', 'Hi 30'): show(f'French daily VW {c} 11-08 -> 11-15', french(c, '2016-11-08', '2016-11-15'))
for b in ('2016-11-14', '2016-11-16', '2016-11-17'): show(f'French daily VW Hi 10 11-08 -> {b} (end shifted)', french('Hi 10', '2016-11-08', b))
print('# UK election 2019-12-12 (polls closed 10 p.m. UK time, after the US close): the day after = 12-13')
for i in ('^RUT', 'IWM', '^GSPC'):
    for b in ('2019-12-11', '2019-12-13', '2019-12-16', '2019-12-17'):
        print(f'{i} 2019-12-12 -> {b}: {ret(i, "2019-12-12", b):+.4f}' if b > '2019-12-12' else f'{i} 2019-12-11 -> 2019-12-13: {ret(i, b, "2019-12-13"):+.4f}')
EU = [r for r in csv.reader(open(os.path.join(D, 'kenfrench_data_library', 'international', 'Europe_3_Factors_Daily_vintage202603.csv'))) if r and r[0].strip().isdigit()]
for r in EU:
    if r[0].strip() == '20191213':
        mkt, smb, rf = float(r[1]), float(r[2]), float(r[4])
        print(f'Europe 2019-12-13 (French, percent, US dollars): market = Mkt-RF + RF = {mkt + rf:+.2f}%, SMB {smb:+.2f}')
