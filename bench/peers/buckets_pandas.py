"""Benchmark runner: the size-bucket task in pandas (see bench/buckets-common.ts for the task).

Run with Debian's python3-pandas: /usr/bin/python3 bench/peers/buckets_pandas.py panel.csv stocks.csv
Prints one JSON line: engine, computeMs, loadMs, peakMb, results {"day:bucket": [equal, value]}.
The panel is SYNTHETIC (src/portfolios/synthetic.ts), written to CSV by bench/buckets.ts.
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd

panel_csv, stocks_csv = sys.argv[1], sys.argv[2]
t = time.perf_counter()
df = pd.read_csv(panel_csv, dtype={"stock": "int32", "day": "int32", "price": "float64", "cap": "float64"})
stocks = pd.read_csv(stocks_csv)
load_ms = (time.perf_counter() - t) * 1000

t = time.perf_counter()
df.loc[~(df["price"] > 0), "price"] = np.nan
observed = df.pivot(index="day", columns="stock", values="price")
price = observed.ffill()
cap = df.pivot(index="day", columns="stock", values="cap").where(lambda c: c > 0).ffill()
days = price.index.to_numpy()
dates = pd.to_datetime(days, unit="D")
month = dates.month.to_numpy()
is_form = np.zeros(len(days), dtype=bool)
is_form[:-1] = (month[:-1] != month[1:]) & (month[:-1] == 6)
form_idx = np.flatnonzero(is_form)
common = stocks.set_index("stock")["security_type"].reindex(price.columns).eq("common").to_numpy()
cuts = np.arange(10, 100, 10, dtype=float)
P = price.to_numpy()
C = cap.to_numpy()
O = observed.notna().to_numpy()
results = {}
for i, f in enumerate(form_idx):
    end = form_idx[i + 1] if i + 1 < len(form_idx) else len(days) - 1
    elig = O[f] & (C[f] > 0) & common
    cols = np.flatnonzero(elig)
    capf = C[f, cols]
    v = np.sort(capf)
    n = len(v)
    h = (n - 1) * cuts / 100
    j = np.floor(h).astype(int)
    bp = np.where(j + 1 < n, v[j] + (h - j) * (v[np.minimum(j + 1, n - 1)] - v[j]), v[n - 1])
    bucket = np.searchsorted(bp, capf, side="left")  # number of breakpoints strictly below the cap
    p = price.iloc[f : end + 1, cols]
    r = (p / p.shift(1) - 1).iloc[1:]
    w = (p.iloc[:-1] / p.iloc[0]).mul(capf, axis=1)
    w.index = r.index
    g = pd.Series(bucket, index=p.columns)
    ew = r.T.groupby(g).mean().T
    vw = (w * r).T.groupby(g).sum().T / w.T.groupby(g).sum().T
    ew[10] = r.mean(axis=1)
    vw[10] = (w * r).sum(axis=1) / w.sum(axis=1)
    for day, erow, vrow in zip(r.index, ew.itertuples(index=False), vw.itertuples(index=False)):
        for b, e, val in zip(ew.columns, erow, vrow):
            results[f"{day}:{b}"] = [e, val]
compute_ms = (time.perf_counter() - t) * 1000
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"engine": "pandas", "computeMs": compute_ms, "loadMs": load_ms, "peakMb": peak_mb, "results": results}))
