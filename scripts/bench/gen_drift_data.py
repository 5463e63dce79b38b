#!/usr/bin/env python3
"""Benchmark data for check-drift and validate-data: a reference and a shifted current table.

usage: gen_drift_data.py ROWS OUTDIR   -> OUTDIR/reference.csv, OUTDIR/current.csv

Twelve columns, deterministic (numpy's default_rng, seeds 1 and 2): num_0..num_7 normal (the current
file shifts num_0..num_2 by 0.1 and widens num_3), income log-normal with 1% missing, age an integer in
[18, 90), color from four categories (uniform in the current file) and region from five.
"""
import sys

import numpy as np
import pandas as pd

COLORS = np.array(["red", "green", "blue", "yellow"])
REGIONS = np.array(["north", "south", "east", "west", "central"])


def table(rows: int, seed: int, shift: float) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    columns = {}
    for i in range(8):
        mean = shift if i < 3 else 0.0
        spread = 1.0 + (0.3 * shift if i == 3 else 0)
        columns[f"num_{i}"] = rng.normal(loc=mean, scale=spread, size=rows).round(6)
    columns["income"] = rng.lognormal(10, 0.5 + 0.1 * shift, size=rows).round(2)
    columns["age"] = rng.integers(18, 90, size=rows)
    color_shares = [0.4, 0.3, 0.2, 0.1] if shift == 0 else [0.25, 0.25, 0.25, 0.25]
    columns["color"] = COLORS[rng.choice(4, size=rows, p=np.array(color_shares))]
    columns["region"] = REGIONS[rng.integers(0, 5, size=rows)]
    frame = pd.DataFrame(columns)
    frame.loc[rng.random(rows) < 0.01, "income"] = np.nan
    return frame


if __name__ == "__main__":
    rows, out = int(sys.argv[1]), sys.argv[2]
    table(rows, 1, 0.0).to_csv(f"{out}/reference.csv", index=False)
    table(rows, 2, 0.1).to_csv(f"{out}/current.csv", index=False)
