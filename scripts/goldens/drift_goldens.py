#!/usr/bin/env python3
"""Goldens for packages/drift, computed with Debian's scikit-learn, scipy and pandas.

usage: /usr/bin/python3 scripts/goldens/drift_goldens.py   (from the repository root)

Writes
  packages/drift/goldens/performance.json  inputs and scikit-learn values of accuracy_score, f1_score
                                           (binary and macro), roc_auc_score (scores with ties),
                                           mean_absolute_error and the root of mean_squared_error.
  packages/drift/goldens/baseline-data.json  the 2,000-row reference/current pair made by
                                           scripts/bench/gen_drift_data.py, as compact JSON columns (missing
                                           cells as null), so the tests need neither Python nor a CSV reader.
  packages/drift/goldens/baseline.json     what scripts/bench/peer_drift_scipy.py prints for that pair,
                                           plus the normed Wasserstein distance (distance / population std of
                                           the reference) and scipy's asymptotic KS p-value.
Deterministic: fixed seeds; rerunning rewrites identical files.
"""
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.metrics import accuracy_score, f1_score, mean_absolute_error, mean_squared_error, roc_auc_score

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "packages", "drift", "goldens")
BENCH = os.path.join(ROOT, "scripts", "bench")


def write(name, payload, compact=False):
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        if compact:
            json.dump(payload, f, separators=(",", ":"), allow_nan=False)
        else:
            json.dump(payload, f, indent=1, allow_nan=False)
        f.write("\n")
    print(f"wrote {os.path.relpath(path, ROOT)} ({os.path.getsize(path):,} bytes)")


def performance_cases():
    rng = np.random.default_rng(20240601)
    cases = []

    # Binary 0/1 labels with a score rounded to one decimal, so many scores tie.
    n = 400
    y = rng.integers(0, 2, n)
    score = np.clip(0.35 * y + rng.normal(0.35, 0.2, n), 0, 1).round(1)
    label = (score >= 0.5).astype(int)
    cases.append({
        "name": "binary-scores-with-ties",
        "target": y.tolist(), "prediction": score.tolist(), "positive": "1",
        "accuracy": accuracy_score(y, label), "f1": f1_score(y, label), "roc_auc": roc_auc_score(y, score),
    })

    # Binary text labels; the positive class is "yes" (scikit-learn's pos_label).
    n = 300
    truth = rng.choice(["no", "yes"], n, p=[0.7, 0.3])
    flip = rng.random(n) < 0.2
    pred = np.where(flip, np.where(truth == "yes", "no", "yes"), truth)
    cases.append({
        "name": "binary-text-labels",
        "target": truth.tolist(), "prediction": pred.tolist(), "positive": "yes",
        "accuracy": accuracy_score(truth, pred), "f1": f1_score(truth, pred, pos_label="yes"),
    })

    # Multiclass; the predictions include a class the truth never has, which macro F1 counts (as 0).
    n = 500
    truth = rng.choice(["a", "b", "c"], n, p=[0.5, 0.3, 0.2])
    noise = rng.random(n)
    pred = np.where(noise < 0.7, truth, rng.choice(["a", "b", "c", "d"], n))
    cases.append({
        "name": "multiclass-with-unseen-prediction",
        "target": truth.tolist(), "prediction": pred.tolist(),
        "accuracy": accuracy_score(truth, pred), "f1_macro": f1_score(truth, pred, average="macro"),
    })

    # Regression.
    n = 350
    y = rng.normal(50, 10, n).round(3)
    yhat = (y + rng.normal(0, 3, n)).round(3)
    cases.append({
        "name": "regression",
        "target": y.tolist(), "prediction": yhat.tolist(),
        "mae": mean_absolute_error(y, yhat), "rmse": math.sqrt(mean_squared_error(y, yhat)),
    })
    return cases


def column_values(series):
    if pd.api.types.is_numeric_dtype(series):
        return [None if pd.isna(v) else float(v) for v in series]
    return [None if pd.isna(v) else str(v) for v in series]


def baseline():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(BENCH, "gen_drift_data.py"), "2000", tmp], check=True)
        ref_path, cur_path = os.path.join(tmp, "reference.csv"), os.path.join(tmp, "current.csv")
        printed = subprocess.run(
            [sys.executable, os.path.join(BENCH, "peer_drift_scipy.py"), ref_path, cur_path],
            check=True, capture_output=True, text=True,
        ).stdout
        expected = json.loads(printed)
        ref, cur = pd.read_csv(ref_path), pd.read_csv(cur_path)
    for name, entry in expected.items():
        if entry["kind"] == "numeric":
            a = ref[name].dropna().values
            entry["wasserstein_normed"] = float(entry["wasserstein"] / np.std(a))
            # scipy's exact and asymptotic KS p-values, for the methods ks2samp can be asked for.
            entry["ks_p_asymp"] = float(stats.ks_2samp(a, cur[name].dropna().values, method="asymp").pvalue)
    data = {
        "generator": "scripts/bench/gen_drift_data.py 2000",
        "reference": {c: column_values(ref[c]) for c in ref.columns},
        "current": {c: column_values(cur[c]) for c in cur.columns},
    }
    return data, {"generator": data["generator"], "script": "scripts/bench/peer_drift_scipy.py", "columns": expected}


def main():
    os.makedirs(OUT, exist_ok=True)
    write("performance.json", {"cases": performance_cases()})
    data, expected = baseline()
    write("baseline-data.json", data, compact=True)
    write("baseline.json", expected)


if __name__ == "__main__":
    main()
