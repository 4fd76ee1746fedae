#!/usr/bin/python3
# on_track.py DAILY_VW MONTHLY LO HI ASOF: "on track" as capgap judges it (docs/report.md, "Record claims"),
# computed independently of capgap. The month of ASOF so far: French's daily value-weighted LO and HI returns
# compounded from the month's first session through ASOF (sessions on or before it), spread = LO − HI; then
# placed against every earlier FULL month of French's monthly VW file: the latest month at least as wide
# (the one that breaks the run) and its spread, the would-be rank (1 + the full months strictly wider) of how
# many, and the first and last full month (the history the month is placed in).
# Example: on_track.py Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv \
#   Portfolios_Formed_on_ME_monthly_vintage202602.CSV 'Lo 10' 'Hi 10' 2016-11-15
import csv, sys

daily_f, monthly_f, lo, hi, asof = sys.argv[1:6]
ym = asof[:7].replace('-', '')
rows = list(csv.reader(open(daily_f)))
h = rows[0]
a = b = 1.0
n = 0
last = None
for r in rows[1:]:
    d = r[0]
    if d[:6] == ym and d <= asof.replace('-', ''):
        a *= 1 + float(r[h.index(lo)]) / 100
        b *= 1 + float(r[h.index(hi)]) / 100
        n += 1
        last = d
mtd = (a - 1) - (b - 1)

months = []
section = False
for line in open(monthly_f, encoding='latin-1'):
    if 'Average Value Weight Returns -- Monthly' in line:
        section = True
        continue
    if section:
        cells = [c.strip() for c in line.split(',')]
        if cells[0] == '':
            header = cells
            continue
        if not cells[0].isdigit():
            break
        months.append((cells[0], float(cells[header.index(lo)]) - float(cells[header.index(hi)])))
full = [(m, s) for m, s in months if m < ym]
wider_or_equal = [m for m, s in full if s >= mtd * 100 - 1e-12]
strictly = sum(1 for m, s in full if s > mtd * 100 + 1e-12)
print(f'{asof[:7]} to date through {last} ({n} sessions): {lo} {(a-1)*100:.4f}%, {hi} {(b-1)*100:.4f}%, '
      f'spread {mtd*100:.4f} pp; widest since {wider_or_equal[-1] if wider_or_equal else None}; '
      f'so far {strictly + 1} against the {len(full)} full months before it; '
      f'that month {dict(full)[wider_or_equal[-1]]:.4f} pp; full months {full[0][0]} to {full[-1][0]}'
      if wider_or_equal else '')
