#!/usr/bin/python3
"""event_rank.py SERIES EVENT week|N: the same window after every US presidential election up to EVENT
(election day: the Tuesday after the first Monday of November, every fourth year from 1928; news after the
close), computed independently of capgap from the closes ./round9/articles.py reads, ranked best first.
- week: the week (Monday to Friday) holding t0, the first session after election day: from the last close
  before that Monday to the last close on or before that Friday;
- N: N sessions from t0: from election day's close (the session before t0) to the close of t0 + N - 1.
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


series, event, window = sys.argv[1:4]
c = A.closes(series)
days = [d for d, _ in c]
out = []
for y in range(1928, int(event[:4]) + 1, 4):
    v = value(c, days, election_day(y), window)
    if v is not None:
        out.append([y, v])
out.sort(key=lambda x: -x[1])
print(json.dumps(out))
