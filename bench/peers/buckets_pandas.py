"""Benchmark runner: the size-bucket task (bench/buckets-common.ts) in pandas, vectorised.

Run with Debian's python3-pandas: /usr/bin/python3 bench/peers/buckets_pandas.py DIR
DIR holds the panel as raw little-endian columns (stock.i32, day.i32, price.f64, cap.f64, written by
bench/panel-files.ts; the panel is SYNTHETIC, src/portfolios/synthetic.ts) and stocks.csv.
Prints one JSON line: engine, computeMs, cpuMs, loadMs, peakMb, results {"day:bucket": [equal, value]}.

The timer covers the long panel in memory (a DataFrame, rows in file order, unsorted) to the bucket
series, sorting included; as for every engine. Written the way a pandas user would: no dense grid, no
loop over formations:
- formation days = last trading day of each June; holding days mapped to formations by merge_asof;
- members = valid bars on a formation day of common stocks, cap = last cap > 0 on or before it (merge_asof
  by stock); breakpoints by the type-7 rule as capgap states it (h = (n-1)*p/100 on each formation's sorted
  caps), bucket = breakpoints strictly below the cap;
- carry-forward: groupby('stock').shift() on valid bars sorted by (stock, day);
- buy-and-hold drift: groupby([formation, bucket]).cumsum() of the daily value changes.
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd


def buckets(df: pd.DataFrame, stocks: pd.DataFrame) -> pd.DataFrame:
    days = np.unique(df["day"].to_numpy())
    month = pd.to_datetime(days, unit="D").month.to_numpy()
    is_form = np.zeros(len(days), dtype=bool)
    is_form[:-1] = (month[:-1] == 6) & (month[1:] != 6)
    fdays = days[is_form]
    forms = pd.DataFrame({"fday": fdays, "end_day": np.append(fdays[1:], days[-1])})

    valid = df.loc[df["price"] > 0, ["stock", "day", "price"]]
    common = stocks.loc[stocks["security_type"] == "common", "stock"]
    formed = valid[valid["day"].isin(fdays) & valid["stock"].isin(common)].rename(columns={"day": "fday", "price": "pf"})
    caps = df.loc[df["cap"] > 0, ["stock", "day", "cap"]].sort_values("day")
    members = pd.merge_asof(formed.sort_values("fday"), caps, left_on="fday", right_on="day", by="stock")
    members = members.dropna(subset=["cap"]).rename(columns={"cap": "capf"})

    cuts = np.arange(10, 100, 10, dtype=float)

    def breakpoints(caps: pd.Series) -> np.ndarray:
        v = np.sort(caps.to_numpy())
        n = len(v)
        h = (n - 1) * cuts / 100
        j = np.floor(h).astype(np.int64)
        j1 = np.minimum(j + 1, n - 1)
        return np.where(j + 1 < n, v[j] + (h - j) * (v[j1] - v[j]), v[n - 1])

    bps = members.groupby("fday")["capf"].apply(breakpoints)
    members["bucket"] = 0
    for fday, idx in members.groupby("fday").groups.items():  # one searchsorted per formation (about 10)
        members.loc[idx, "bucket"] = np.searchsorted(bps[fday], members.loc[idx, "capf"].to_numpy(), side="left")
    members["scale"] = members["capf"] / members["pf"]
    sizes = members.groupby(["fday", "bucket"]).agg(n=("stock", "size"), cap0=("capf", "sum")).reset_index()

    held = pd.merge_asof(
        pd.DataFrame({"day": days}), forms, left_on="day", right_on="fday", allow_exact_matches=False
    ).dropna()
    held = held[held["day"] <= held["end_day"]][["day", "fday"]].astype({"fday": days.dtype})

    moves = valid.sort_values(["stock", "day"], kind="stable")
    moves = moves.assign(prev=moves.groupby("stock")["price"].shift())
    moves = moves.merge(held, on="day").merge(members[["fday", "stock", "bucket", "scale"]], on=["fday", "stock"])
    moves["sr"] = moves["price"] / moves["prev"] - 1
    moves["sv"] = (moves["price"] - moves["prev"]) * moves["scale"]
    sums = moves.groupby(["fday", "day", "bucket"])[["sr", "sv"]].sum().reset_index()

    cells = held.merge(sizes, on="fday").merge(sums, on=["fday", "day", "bucket"], how="left").fillna({"sr": 0.0, "sv": 0.0})
    cells = cells.sort_values(["fday", "bucket", "day"])
    g = cells.groupby(["fday", "bucket"])["sv"]
    cells["vden"] = cells["cap0"] + g.cumsum() - cells["sv"]
    by_bucket = pd.DataFrame(
        {"day": cells["day"], "bucket": cells["bucket"], "equal": cells["sr"] / cells["n"], "value": cells["sv"] / cells["vden"]}
    )
    m = cells.groupby("day")[["sr", "sv", "n", "vden"]].sum().reset_index()
    market = pd.DataFrame({"day": m["day"], "bucket": 10, "equal": m["sr"] / m["n"], "value": m["sv"] / m["vden"]})
    return pd.concat([by_bucket, market], ignore_index=True)


if __name__ == "__main__":
    d = sys.argv[1]
    t = time.perf_counter()
    df = pd.DataFrame(
        {
            "stock": np.fromfile(f"{d}/stock.i32", dtype="<i4"),
            "day": np.fromfile(f"{d}/day.i32", dtype="<i4"),
            "price": np.fromfile(f"{d}/price.f64", dtype="<f8"),
            "cap": np.fromfile(f"{d}/cap.f64", dtype="<f8"),
        }
    )
    stocks = pd.read_csv(f"{d}/stocks.csv", dtype={"stock": "int32"})
    load_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    c = time.process_time()
    out = buckets(df, stocks)
    compute_ms = (time.perf_counter() - t) * 1000
    cpu_ms = (time.process_time() - c) * 1000
    results = {f"{day}:{b}": [e, v] for day, b, e, v in zip(out["day"], out["bucket"], out["equal"], out["value"])}
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"engine": "pandas", "computeMs": compute_ms, "cpuMs": cpu_ms, "loadMs": load_ms, "peakMb": peak_mb, "results": results}))
