#!/usr/bin/env python3
"""The drift check a data scientist would write instead of check-drift: pandas and scipy.

usage: peer_drift_scipy.py REFERENCE.csv CURRENT.csv   -> one JSON object, by column

Numeric columns: scipy.stats.ks_2samp, PSI on the reference's deciles (outer edges open, shares floored at
1e-4) and scipy.stats.wasserstein_distance. Other columns: scipy.stats.chi2_contingency on the two
columns' counts over their categories, and the Jensen-Shannon distance (base 2) of their shares.
Missing values are dropped first.
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial.distance import jensenshannon


def psi(a: np.ndarray, b: np.ndarray) -> float:
    edges = np.unique(np.quantile(a, np.linspace(0, 1, 11)))
    edges[0], edges[-1] = -np.inf, np.inf
    share_a = np.clip(np.histogram(a, edges)[0] / len(a), 1e-4, None)
    share_b = np.clip(np.histogram(b, edges)[0] / len(b), 1e-4, None)
    return float(np.sum((share_b - share_a) * np.log(share_b / share_a)))


def numeric(a: np.ndarray, b: np.ndarray) -> dict:
    ks = stats.ks_2samp(a, b)
    return {"kind": "numeric", "ks_stat": float(ks.statistic), "ks_p": float(ks.pvalue), "psi": psi(a, b),
            "wasserstein": float(stats.wasserstein_distance(a, b))}


def categorical(a: pd.Series, b: pd.Series) -> dict:
    categories = sorted(set(a.unique()) | set(b.unique()))
    counts_a = a.value_counts().reindex(categories, fill_value=0).values
    counts_b = b.value_counts().reindex(categories, fill_value=0).values
    chi = stats.chi2_contingency(np.vstack([counts_a, counts_b]))
    return {"kind": "categorical", "chi2": float(chi[0]), "chi2_p": float(chi[1]),
            "js": float(jensenshannon(counts_a / counts_a.sum(), counts_b / counts_b.sum(), base=2))}


if __name__ == "__main__":
    reference, current = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
    result = {}
    for name in reference.columns:
        a, b = reference[name].dropna(), current[name].dropna()
        result[name] = numeric(a.values, b.values) if pd.api.types.is_numeric_dtype(a) else categorical(a, b)
    print(json.dumps(result, indent=1))
