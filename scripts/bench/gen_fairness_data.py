#!/usr/bin/env python3
"""Benchmark data for fairness-gate: a model's predictions with true labels and three sensitive attributes,
with a planted disparity (sex F and races r4, r5 are selected less; r2 has a higher base rate).

usage: gen_fairness_data.py ROWS OUT.csv
Columns: id, sex (F/M/X), race (r1..r5), age_band (4 bands), label (0/1), score (0..1), prediction (0/1).
Deterministic: numpy's default_rng(20261203).
"""
import sys

import numpy as np
import pandas as pd


def evaluation_set(rows: int) -> pd.DataFrame:
    rng = np.random.default_rng(20261203)
    sex = rng.choice(["F", "M", "X"], rows, p=[0.48, 0.50, 0.02])
    race = rng.choice(["r1", "r2", "r3", "r4", "r5"], rows, p=[0.55, 0.2, 0.15, 0.07, 0.03])
    age_band = rng.choice(["18-25", "26-40", "41-65", "65+"], rows, p=[0.15, 0.4, 0.35, 0.1])
    label = (rng.random(rows) < 0.3 + 0.05 * (race == "r2")).astype(np.int8)
    noise = rng.normal(0, 1.1, rows)
    logit = 2.2 * (label - 0.5) + noise - 0.45 * (sex == "F") - 0.6 * np.isin(race, ["r4", "r5"])
    score = 1 / (1 + np.exp(-logit))
    return pd.DataFrame({"id": np.arange(rows), "sex": sex, "race": race, "age_band": age_band, "label": label,
                         "score": np.round(score, 6), "prediction": (score >= 0.5).astype(np.int8)})


if __name__ == "__main__":
    evaluation_set(int(sys.argv[1])).to_csv(sys.argv[2], index=False)
