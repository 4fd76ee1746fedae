#!/usr/bin/python3
"""event_rank.py SERIES EVENT week|N [LAST]: the same window after every US presidential election up to EVENT
(or up to the year LAST: the whole set, as capgap's own reports rank it)
(election day: the Tuesday after the first Monday of November, every fourth year from 1928; news after the
close), computed independently of capgap from the closes ./round9/articles.py reads, ranked best first.
- week: the week (Monday to Friday) holding t0, the first session after election day: from the last close
  before that Monday to the last close on or before that Friday;
- N: N sessions from t0: from election day's close (the session before t0) to the close of t0 + N - 1.
SERIES 'Lo 10 - Hi 10': French's daily VW size portfolios compounded over the N sessions, the difference (pp).
An election whose window the data do not cover is left out. Prints JSON [[year, percent], ...], best first."""
import datetime, json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'round9'))
import articles as A  # noqa: E402


def election_day(y):
    d = datetime.date(y, 11, 2)
    while d.weekday() != 1:  # Tuesday, on or after Nov 2 = the Tuesday after the first Monday
        d += datetime.timedelta(days=1)
    return d.isoformat()


def value(c, days, event, window):
    after = [i for i, d in enumerate(days) if d > event]
    if not after or after[0] == 0:
        return None
    t0 = after[0]
    if window == 'week':
        fri = A.friday(days[t0])
        mon = (datetime.date.fromisoformat(fri) - datetime.timedelta(days=4)).isoformat()
        base = max(i for i, d in enumerate(days) if d < mon)
        end = max(i for i, d in enumerate(days) if d <= fri)
    else:
        base, end = t0 - 1, t0 + int(window) - 1
        if end >= len(days):
            return None
    return (c[end][1] / c[base][1] - 1) * 100


def french_days():
    import csv
    rows = list(csv.reader(open(os.path.join(A.D, 'kenfrench_data_library/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv'))))
    return [f'{r[0][:4]}-{r[0][4:6]}-{r[0][6:]}' for r in rows[1:]]


series, event, window = sys.argv[1:4]
last = int(sys.argv[4]) if len(sys.argv) > 4 else int(event[:4])
out = []
if ' - ' in series:
    # 'Lo 10 - Hi 10': French's daily VW portfolios compounded over the window, the difference in pp.
    lo, hi = series.split(' - ')
    days = french_days()
    c = [(d, 1.0) for d in days]
    for y in range(1928, last + 1, 4):
        e = election_day(y)
        after = [i for i, d in enumerate(days) if d > e]
        if not after or after[0] + int(window) - 1 >= len(days):
            continue
        t0 = after[0]
        _, a, b = A.french_values(lo, hi, days[t0 - 1], days[t0 + int(window) - 1])
        out.append([y, a - b])
else:
    c = A.closes(series)
    days = [d for d, _ in c]
    for y in range(1928, last + 1, 4):
        v = value(c, days, election_day(y), window)
        if v is not None:
            out.append([y, v])
out.sort(key=lambda x: -x[1])
print(json.dumps(out))
