#!/usr/bin/python3
"""The ninth round's articles (test/fixtures/articles/*-round9-*.yaml), computed independently of capgap from
the same files the embedded data are built from (../shared/data; data/PROVENANCE.md names each):

  articles.py ret SERIES BASE END       close(BASE) -> close(END), percent
  articles.py spread A B BASE END       ret A - ret B, percentage points
  articles.py day SERIES DATE           the day's close-to-close return; the latest earlier day at least as
                                        extreme in its direction (the one that breaks the run) and its value;
                                        its rank to then; the first day of the history
  articles.py week SERIES FRIDAY        the week ending FRIDAY (last close of the week over the last close of
                                        the week before); the same standing among weeks
  articles.py year SERIES YEAR          the calendar year (last close of the year over the last close of the
                                        year before); the same standing among years
  articles.py weekto SERIES FRIDAY ASOF  the week ending FRIDAY so far (through ASOF), placed against every
                                        earlier full week: the latest at least as large, the rank it would take
  articles.py french LO HI BASE END     French's daily VW size portfolios compounded over the sessions after
                                        BASE through END: LO, HI and LO - HI in pp
  articles.py ranks BASE END            the Select Sector SPDRs ranked by return BASE close -> END close

SERIES: ^GSPC (yfinance_YoussefKh200_slow_turtle, Close), ^RUT and IWM SPY XL* (yfinance auto-adjusted,
Close), IJR IWN VB MDY (Alpha Vantage adjusted_close)."""
import csv, datetime, os, sys

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../../shared/data')
YF = 'prices/yfinance_autoadjusted_alitalbi_storage_data_fy'
AV = 'prices/alphavantage_tareqalyousef_backtester/data' if os.path.isdir(os.path.join(D, 'prices/alphavantage_tareqalyousef_backtester/data')) else 'prices/alphavantage_tareqalyousef_backtester'


def closes(series):
    if series == '^GSPC':
        path, col = 'prices/yfinance_YoussefKh200_slow_turtle/^GSPC.csv', 4
    elif series in ('IJR', 'IWN', 'VB', 'MDY'):
        path, col = f'{AV}/{series}.csv', 5
    else:
        path, col = f'{YF}/{series}.csv', 1
    rows = list(csv.reader(open(os.path.join(D, path))))[1:]
    out = sorted((r[0][:10], float(r[col])) for r in rows if len(r) > col and r[col] not in ('', 'null'))
    return out


def ret(series, base, end):
    c = dict(closes(series))
    return (c[end] / c[base] - 1) * 100


def standing(keys, vals, at, noun):
    v = vals[at]
    sign = 1 if v > 0 else -1
    prev = [k for k, x in zip(keys[:at], vals[:at]) if sign * x >= sign * v]
    better = sum(1 for x in vals[:at] if sign * x > sign * v)
    since = prev[-1] if prev else 'on record (since %s)' % keys[0]
    # The period that breaks the run, with its value, and where the history starts (the tenth round's lines).
    broke = f'; it was {vals[keys.index(prev[-1])]:+.6f}%' if prev else ''
    return f'{keys[at]} {v:+.4f}%: {"best" if sign > 0 else "worst"} since {since}, {better + 1} of {at + 1} {noun} to then; from {keys[0]}{broke}'


def day(series, date):
    c = closes(series)
    keys = [d for d, _ in c[1:]]
    vals = [(c[i][1] / c[i - 1][1] - 1) * 100 for i in range(1, len(c))]
    return standing(keys, vals, keys.index(date), 'days')


def friday(d):
    x = datetime.date.fromisoformat(d)
    return (x + datetime.timedelta(days=(4 - x.weekday()) % 7)).isoformat()


def week(series, fri):
    last = {}
    for d, v in closes(series):
        last[friday(d)] = v
    ks = sorted(last)
    keys = ks[1:]
    vals = [(last[ks[i]] / last[ks[i - 1]] - 1) * 100 for i in range(1, len(ks))]
    return standing(keys, vals, keys.index(fri), 'weeks')


def year(series, y):
    last = {}
    for d, v in closes(series):
        last[d[:4]] = v
    ks = sorted(last)
    keys = ks[1:]
    vals = [(last[ks[i]] / last[ks[i - 1]] - 1) * 100 for i in range(1, len(ks))]
    return standing(keys, vals, keys.index(y), 'years')


def weekto(series, fri, asof):
    last = {}
    for d, v in closes(series):
        if d <= asof:
            last[friday(d)] = v
    ks = sorted(last)
    full = [(ks[i], (last[ks[i]] / last[ks[i - 1]] - 1) * 100) for i in range(1, len(ks)) if ks[i] < fri]
    v = (last[fri] / last[ks[ks.index(fri) - 1]] - 1) * 100
    prev = [k for k, x in full if x >= v]
    better = sum(1 for _, x in full if x > v)
    return f'week ending {fri} through {asof} {v:+.4f}%: best since {prev[-1] if prev else None}, so far {better + 1} against {len(full)} full weeks'


def french(lo, hi, base, end):
    n, a, b = french_values(lo, hi, base, end)
    return f'{n} sessions: {lo} {a:+.4f}%, {hi} {b:+.4f}%, spread {a - b:+.4f} pp'


def french_values(lo, hi, base, end):
    """(sessions, LO %, HI %) compounded over the sessions after BASE through END."""
    rows = list(csv.reader(open(os.path.join(D, 'kenfrench_data_library/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv'))))
    h = rows[0]
    a = b = 1.0
    n = 0
    for r in rows[1:]:
        d = f'{r[0][:4]}-{r[0][4:6]}-{r[0][6:]}'
        if base < d <= end:
            a *= 1 + float(r[h.index(lo)]) / 100
            b *= 1 + float(r[h.index(hi)]) / 100
            n += 1
    return n, (a - 1) * 100, (b - 1) * 100


def ranks(base, end):
    out = []
    for t in ['XLB', 'XLC', 'XLE', 'XLF', 'XLI', 'XLK', 'XLP', 'XLRE', 'XLU', 'XLV', 'XLY']:
        c = dict(closes(t))
        if base in c and end in c:
            out.append((c[end] / c[base] - 1, t))
    out.sort(reverse=True)
    n = len(out)
    return '\n'.join(f'{i + 1:2d}. {t:5s} {v * 100:+.2f}% (from the bottom: {n - i})' for i, (v, t) in enumerate(out))


if __name__ == '__main__':
    cmd, *a = sys.argv[1:]
    if cmd == 'ret':
        print(f'{a[0]} {a[1]} -> {a[2]}: {ret(*a):+.4f}%')
    elif cmd == 'spread':
        x, y = ret(a[0], a[2], a[3]), ret(a[1], a[2], a[3])
        print(f'{a[0]} {x:+.4f}% - {a[1]} {y:+.4f}% = {x - y:+.4f} pp')
    elif cmd == 'day':
        print(day(*a))
    elif cmd == 'week':
        print(week(*a))
    elif cmd == 'year':
        print(year(*a))
    elif cmd == 'weekto':
        print(weekto(*a))
    elif cmd == 'french':
        print(french(*a))
    elif cmd == 'ranks':
        print(ranks(*a))
