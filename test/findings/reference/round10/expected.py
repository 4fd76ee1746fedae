#!/usr/bin/python3
"""Every computed number of the tenth round's held-out articles (test/fixtures/articles/, the files in FILES),
independently of capgap, with the functions of ../round9/articles.py (Python over the same files the embedded
data are built from: ../shared/data). For each claim reading: the value under the default convention (news
timing: the file's `event_timing`, else after the close), in the claim's unit; for a record, the period the
run goes back to (`since`). Conventions written out again:
- a return: close(base) -> close(end), closes as in articles.py; `since` E: after the close, the base is E's
  close; intraday, the close of the session before E; `dates` F..T: the last session on or before F -> the
  last on or before T; `sessions` K: t0 the first session after E (on E intraday), base t0 - 1, end t0 + K - 1;
  `week` ending Friday W: the last close of the week before -> the last close on or before W; `month` M: the
  last close of the month before -> the month's last close; `month-to-date` M to T: the same base, end on T;
- a spread of two indices or funds: the difference of their returns; of two French groups (Lo 10/Hi 10,
  Lo 30/Hi 30): each compounded from French's daily VW file over the sessions after the base through the end;
- a sector: its Select Sector SPDR; a rank: its place among them (1 = the end the sentence names);
- a distance: the close of the window's last session over the highest (lowest) close in the claim's
  `extreme` range, minus 1;
- a record: the latest earlier day or Friday-ending week at least as extreme in the value's direction (for
  a spread of two series, their weekly return difference); flows are not computed (no flow data).
Prints JSON: one entry per claim reading, in file order. Run: /usr/bin/python3 expected.py"""
import datetime, json, os, sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'round9'))
import articles as A  # noqa: E402

CORPUS = os.path.join(HERE, '..', '..', '..', 'fixtures', 'articles')
FILES = ['barrons-2015-12-19-fed-liftoff.yaml', 'cnbc-2008-11-05-tv-copy.yaml',
         'morningstar-2018-12-21-fed-hike.yaml', 'newsletter-2012-11-30-month-wrap.yaml',
         'terminal-2008-12-16-headline-stack.yaml', 'guardian-2019-12-13-uk-election.yaml']
SECTOR_ETF = {'Utilities': 'XLU', 'Financials': 'XLF', 'Industrials': 'XLI', 'Health Care': 'XLV',
              'Energy': 'XLE', 'Real Estate': 'XLRE', 'Consumer Staples': 'XLP', 'Information Technology': 'XLK',
              'Materials': 'XLB', 'Consumer Discretionary': 'XLY'}
FRENCH = {'Lo 10', 'Hi 10', 'Lo 30', 'Hi 30'}


def series(s):
    return SECTOR_ETF[s.split(':')[1]] if s.startswith('sector:') else s


def days(s='^GSPC'):
    return [d for d, _ in A.closes(s)]


def span(w, intraday, ds):
    """(base, end) session dates of a window."""
    last = lambda x: max(d for d in ds if d <= x)
    k = w['kind']
    if k == 'since':
        e = str(w['event'])
        return (max(d for d in ds if d < e) if intraday else last(e)), last(str(w['to']))
    if k == 'dates':
        return last(str(w['from'])), last(str(w['to']))
    if k == 'sessions':
        e = str(w['event'])
        t0 = ds.index(min(d for d in ds if (d >= e if intraday else d > e)))
        return ds[t0 - 1], ds[t0 + int(w['sessions']) - 1]
    if k == 'week':
        fri = str(w['weekEnd'])
        mon = (datetime.date.fromisoformat(fri) - datetime.timedelta(days=4)).isoformat()
        return max(d for d in ds if d < mon), last(fri)
    if k in ('month', 'month-to-date'):
        first = str(w['month']) + '-01'
        end = str(w['to']) if k == 'month-to-date' else max(d for d in ds if d.startswith(str(w['month'])))
        return max(d for d in ds if d < first), last(end)
    raise ValueError(w)


def value(subjects, c, intraday):
    w = c['window']
    if c['metric'] == 'distance':
        # The close of the window's last session against the highest (lowest) close of the extreme's range.
        x = c['extreme']
        _, end = span(w, intraday, days(subjects[0]))
        cl = dict(A.closes(subjects[0]))
        ref = [v for d, v in cl.items() if str(x.get('from', '')) <= d <= min(str(x.get('to', end)), end)]
        return (cl[end] / (max(ref) if x['side'] == 'high' else min(ref)) - 1) * 100
    if c['metric'] == 'rank':
        base, end = span(w, intraday, days('XLF'))
        names = [line.split()[1] for line in A.ranks(base, end).split('\n')]
        place = names.index(series(subjects[0])) + 1
        return place if c['stated_bottom'] is False else len(names) - place + 1
    if subjects[0] in FRENCH:
        base, end = span(w, intraday, days())
        _, a, b = A.french_values(subjects[0], subjects[1], base, end)
        return a - b
    s = [series(x) for x in subjects]
    base, end = span(w, intraday, days(s[0]))
    v = A.ret(s[0], base, end)
    return v - A.ret(s[1], base, end) if len(s) == 2 else v


def record_since(subjects, c, intraday):
    base, end = span(c['window'], intraday, days(series(subjects[0])))
    if c['window']['kind'] == 'week':
        if len(subjects) == 2:
            def weekly(x):
                last = {}
                for d, v in A.closes(x):
                    last[A.friday(d)] = v
                ks = sorted(last)
                return {ks[i]: (last[ks[i]] / last[ks[i - 1]] - 1) * 100 for i in range(1, len(ks))}
            a, b = weekly(subjects[0]), weekly(subjects[1])
            keys = sorted(set(a) & set(b))
            line = A.standing(keys, [a[k] - b[k] for k in keys], keys.index(A.friday(end)), 'weeks')
        else:
            line = A.week(series(subjects[0]), A.friday(end))
    else:
        line = A.day(series(subjects[0]), end)
    return line.split(' since ')[1].split(',')[0]


def main():
    out = []
    for f in FILES:
        doc = yaml.safe_load(open(os.path.join(CORPUS, f)))
        intraday = doc.get('event_timing') == 'intraday'
        sents = doc.get('sentences') or [s for p in doc['paragraphs'] for s in p]
        for sent in sents:
            for i, c in enumerate(sent.get('claims') or []):
                if c['metric'] == 'flow' or c.get('expected_verdict') == 'cannot check':
                    continue
                c = dict(c, stated_bottom='declines' in sent['text'])
                for r in c.get('readings') or [c['subjects']]:
                    e = {'file': f, 'text': sent['text'], 'claim': i, 'subjects': r, 'metric': c['metric']}
                    if c['metric'] != 'record':
                        e['value'] = value(r, c, intraday)
                    if c.get('record'):
                        e['since'] = record_since(r, c, intraday)
                    out.append(e)
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write('\n')


main()
