#!/usr/bin/python3
"""Every computed number of the ninth round's articles (test/fixtures/articles/*-round9.yaml), independently
of capgap, with the functions of ./articles.py (the same files the embedded data are built from). For each
claim: the value under the default convention (news timing: the file's `event_timing`, else after the close)
and under the other timing (`alt`), in the claim's unit; for a record, the period the run goes back to
(`since`). Conventions written out again:
- a return: close(base) -> close(end); `since` E: after the close, the base is E's close; intraday, the close
  of the session before E; `dates` F..T: last session on or before F -> on or before T; `sessions` K: t0 the
  first session after E (on E intraday), base t0 - 1, end t0 + K - 1; `week` ending Friday W: the last close
  of the week before -> the last close on or before W (a week "of" E: the week holding t0);
- a spread of two indices or funds: the difference of their returns; of French's Lo 10 and Hi 10: each
  compounded from French's daily VW file over the sessions after the base through the end;
- a rank: the sector's place among the Select Sector SPDRs (1 = the end the claim names);
- a record: the latest earlier day or Friday-ending week at least as extreme (./articles.py standing), its
  value (`sinceValue`, percent) and the history's first period (`historyStart`).
Prints JSON: one entry per claim, in file order."""
import datetime, glob, json, os, sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import articles as A  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', '..', '..', 'fixtures', 'articles')
SECTOR_ETF = {'Utilities': 'XLU', 'Financials': 'XLF', 'Industrials': 'XLI', 'Health Care': 'XLV',
              'Energy': 'XLE', 'Real Estate': 'XLRE', 'Consumer Staples': 'XLP', 'Information Technology': 'XLK'}


def sessions(series='^GSPC'):
    return [d for d, _ in A.closes(series)]


def span(w, intraday, days):
    """(base, end) session dates of a window."""
    last = lambda x: max(d for d in days if d <= x)
    if w['kind'] == 'since':
        e = str(w['event'])
        base = max(d for d in days if d < e) if intraday else last(e)
        return base, last(str(w['to']))
    if w['kind'] == 'dates':
        return last(str(w['from'])), last(str(w['to']))
    if w['kind'] == 'sessions':
        e = str(w['event'])
        t0 = days.index(min(d for d in days if (d >= e if intraday else d > e)))
        return days[t0 - 1], days[t0 + int(w['sessions']) - 1]
    if w['kind'] == 'week':
        if 'weekEnd' in w:
            fri = str(w['weekEnd'])
        else:
            e = str(w['event'])
            fri = A.friday(min(d for d in days if (d >= e if intraday else d > e)))
        mon = (datetime.date.fromisoformat(fri) - datetime.timedelta(days=4)).isoformat()
        return max(d for d in days if d < mon), last(fri)
    raise ValueError(w)


def value(c, intraday):
    s, w = c['subjects'], c['window']
    if c['metric'] == 'rank':
        base, end = span(w, intraday, sessions('XLF'))
        order = [t for t in A.ranks(base, end).split('\n')]
        names = [line.split()[1] for line in order]
        etf = SECTOR_ETF[s[0].split(':')[1]]
        place = names.index(etf) + 1
        return place if c['bottom'] is False else len(names) - place + 1
    if s == ['Lo 10', 'Hi 10']:
        base, end = span(w, intraday, sessions())
        _, a, b = A.french_values('Lo 10', 'Hi 10', base, end)
        return a - b
    base, end = span(w, intraday, sessions(s[0]))
    v = A.ret(s[0], base, end)
    return v - A.ret(s[1], base, end) if len(s) == 2 else v


def main():
    out = []
    for path in sorted(glob.glob(os.path.join(CORPUS, '*-round9.yaml'))):
        doc = yaml.safe_load(open(path))
        intraday = doc.get('event_timing') == 'intraday'
        for para in doc['paragraphs']:
            for sent in para:
                for i, c in enumerate(sent.get('claims') or []):
                    c = dict(c, bottom=('declines' in sent['text'] and 'led the declines' in sent['text'] and
                                        c['subjects'][0] != 'sector:Health Care'))
                    e = {'file': os.path.basename(path), 'text': sent['text'], 'claim': i,
                         'value': value(c, intraday), 'alt': value(c, not intraday)}
                    if c.get('record'):
                        base, end = span(c['window'], intraday, sessions(c['subjects'][0]))
                        if c['window']['kind'] == 'week':
                            st = A.week(c['subjects'][0], A.friday(end))
                        else:
                            st = A.day(c['subjects'][0], end)
                        e['since'] = st.split(' since ')[1].split(',')[0]
                        # The history's first period and the value of the period that breaks the run.
                        e['historyStart'] = st.split('; from ')[1].split(';')[0]
                        if '; it was ' in st:
                            e['sinceValue'] = float(st.split('; it was ')[1].rstrip('%'))
                    out.append(e)
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write('\n')


main()
