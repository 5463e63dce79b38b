#!/usr/bin/env python3
"""The fairness check a user would run instead of fairness-gate, computed as Fairlearn's MetricFrame does
(Fairlearn itself is not packaged for Debian): scikit-learn metric functions on each intersectional
group's rows; between-group differences (max - min) and ratios (min / max) over the groups whose rate is
defined; 95% percentile bootstrap intervals by resampling the rows of the whole set (numpy's
default_rng(0)) and recomputing everything.

usage: peer_fairness_fairlearn_style.py DATA.csv SENSITIVE[,SENSITIVE...] N_BOOT   -> JSON
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, confusion_matrix


def ratio(numerator, denominator) -> float:
    return float(numerator / denominator) if denominator else float("nan")


def cells(y_true, y_pred):
    """tn, fp, fn, tp, as Fairlearn's rate metrics read them."""
    return confusion_matrix(y_true, y_pred, labels=[0, 1]).ravel()


def true_positive_rate(y_true, y_pred) -> float:
    _, _, fn, tp = cells(y_true, y_pred)
    return ratio(tp, tp + fn)


def false_positive_rate(y_true, y_pred) -> float:
    tn, fp, _, _ = cells(y_true, y_pred)
    return ratio(fp, fp + tn)


def precision(y_true, y_pred) -> float:
    _, fp, _, tp = cells(y_true, y_pred)
    return ratio(tp, tp + fp)


METRICS = {
    "count": lambda t, p: float(len(t)),
    "selection_rate": lambda t, p: float(np.mean(p == 1)),
    "true_positive_rate": true_positive_rate,
    "false_positive_rate": false_positive_rate,
    "precision": precision,
    "accuracy": lambda t, p: float(accuracy_score(t, p)),
}


def between_groups(groups: dict, metric: str):
    values = np.array([g[metric] for g in groups.values()], dtype=float)
    values = values[~np.isnan(values)]
    difference = float(values.max() - values.min())
    return difference, float(values.min() / values.max()) if values.max() > 0 else float("nan")


def metric_frame(frame: pd.DataFrame, sensitive: list):
    groups = {}
    for key, rows in frame.groupby(sensitive, sort=True):
        name = "|".join(map(str, key if isinstance(key, tuple) else (key,)))
        t, p = rows["label"].to_numpy(), rows["prediction"].to_numpy()
        groups[name] = {metric: f(t, p) for metric, f in METRICS.items()}
    selection = between_groups(groups, "selection_rate")
    tpr = between_groups(groups, "true_positive_rate")
    fpr = between_groups(groups, "false_positive_rate")
    disparities = {
        "demographic_parity_difference": selection[0], "demographic_parity_ratio": selection[1],
        "equal_opportunity_difference": tpr[0], "equal_opportunity_ratio": tpr[1],
        "equalized_odds_difference": max(tpr[0], fpr[0]), "equalized_odds_ratio": min(tpr[1], fpr[1]),
    }
    return groups, disparities


if __name__ == "__main__":
    path, sensitive, resamples = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3])
    frame = pd.read_csv(path, usecols=sensitive + ["label", "prediction"])
    groups, disparities = metric_frame(frame, sensitive)
    result = {"groups": groups, "disparities": disparities}
    if resamples:
        rng = np.random.default_rng(0)
        draws = {name: [] for name in disparities}
        for _ in range(resamples):
            _, resampled = metric_frame(frame.iloc[rng.integers(0, len(frame), len(frame))], sensitive)
            for name, value in resampled.items():
                draws[name].append(value)
        result["intervals_95"] = {name: [float(np.nanquantile(v, 0.025)), float(np.nanquantile(v, 0.975))]
                                  for name, v in draws.items()}
    print(json.dumps(result, indent=1))
