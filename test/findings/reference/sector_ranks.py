#!/usr/bin/python3
# sector_ranks.py BASE END: the Select Sector SPDRs ranked by total return from the close of BASE to the close
# of END, independently of capgap (yfinance auto-adjusted closes, column 2 of
# ../shared/data/prices/yfinance_autoadjusted_alitalbi_storage_data_fy/XL*.csv). A fund counts when it has
# both closes (XLRE from 2015-10, XLC from 2018-06).
import csv, os, sys

D = os.path.join(os.path.dirname(__file__), '../../../../shared/data/prices/yfinance_autoadjusted_alitalbi_storage_data_fy')
base, end = sys.argv[1], sys.argv[2]
out = []
for t in ['XLB', 'XLC', 'XLE', 'XLF', 'XLI', 'XLK', 'XLP', 'XLRE', 'XLU', 'XLV', 'XLY']:
    closes = {r[0]: float(r[1]) for r in list(csv.reader(open(os.path.join(D, t + '.csv'))))[1:] if r[1]}
    if base in closes and end in closes:
        out.append((closes[end] / closes[base] - 1, t))
out.sort(reverse=True)
print(f'{base} close -> {end} close, {len(out)} funds')
for i, (v, t) in enumerate(out):
    print(f'{i + 1:2d}. {t:5s} {v * 100:+.2f}%  (from the bottom: {len(out) - i})')
