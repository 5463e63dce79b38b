#!/usr/bin/env python3
"""Goldens for packages/fairness: per-group rates from scikit-learn's confusion_matrix and regression
metrics, and Fairlearn's disparities (between_groups: max - min and min / max; to_overall: max |g - overall|
and min of min(g / overall, overall / g); equalized odds = the worse of the TPR and FPR disparities), written
out here because Fairlearn is not packaged in Debian. Undefined rates (empty denominators) are NaN and left
out of a disparity, as pandas' min/max skip NaN. With a score column, the prediction is score >= 0.5, and
ROC-AUC (roc_auc_score; undefined for a group of one class) and the calibration gap (mean score - base
rate) join the rates, overall too.
usage: python3 scripts/goldens/fairness_goldens.py > packages/fairness/goldens/fairness.json"""
import json
import math
import numpy as np
from sklearn.metrics import confusion_matrix, mean_absolute_error, mean_squared_error, roc_auc_score

rng = np.random.default_rng(20261204)


def rate(a, b):
    return float(a / b) if b else float("nan")


def rates(t, p):
    tn, fp, fn, tp = confusion_matrix(t, p, labels=[0, 1]).ravel()
    n = len(t)
    return {"base_rate": rate(tp + fn, n), "selection_rate": rate(tp + fp, n),
            "true_positive_rate": rate(tp, tp + fn), "false_positive_rate": rate(fp, fp + tn),
            "false_negative_rate": rate(fn, tp + fn), "precision": rate(tp, tp + fp),
            "accuracy": rate(tp + tn, n)}


def regression_rates(t, p):
    return {"mean_absolute_error": float(mean_absolute_error(t, p)),
            "root_mean_squared_error": float(math.sqrt(mean_squared_error(t, p))),
            "mean_prediction": float(np.mean(p))}


def difference(values, overall, method):
    v = np.array([x for x in values if not math.isnan(x)])
    if len(v) == 0:
        return float("nan")
    if method == "between_groups":
        return float(v.max() - v.min())
    return float(np.max(np.abs(v - overall))) if not math.isnan(overall) else float("nan")


def ratio(values, overall, method):
    v = np.array([x for x in values if not math.isnan(x)])
    if len(v) == 0:
        return float("nan")
    if method == "between_groups":
        return float(v.min() / v.max()) if v.max() != 0 else float("nan")
    r = [x / overall if overall != 0 else (float("nan") if x == 0 else float("inf")) for x in v]
    r = [1 / x if x > 1 else x for x in r if not math.isnan(x)]
    return float(min(r)) if r else float("nan")


def worst(parts, kind):
    d = [x for x in parts if not math.isnan(x)]
    if not d:
        return float("nan")
    return max(d) if kind == "difference" else min(d)


CLASSIFICATION = {
    "demographic_parity_difference": (["selection_rate"], "difference"),
    "demographic_parity_ratio": (["selection_rate"], "ratio"),
    "equalized_odds_difference": (["true_positive_rate", "false_positive_rate"], "difference"),
    "equalized_odds_ratio": (["true_positive_rate", "false_positive_rate"], "ratio"),
    "equal_opportunity_difference": (["true_positive_rate"], "difference"),
    "equal_opportunity_ratio": (["true_positive_rate"], "ratio"),
    "false_positive_rate_difference": (["false_positive_rate"], "difference"),
    "false_positive_rate_ratio": (["false_positive_rate"], "ratio"),
    "false_negative_rate_difference": (["false_negative_rate"], "difference"),
    "accuracy_difference": (["accuracy"], "difference"),
    "precision_difference": (["precision"], "difference"),
}
REGRESSION = {
    "mean_absolute_error_difference": (["mean_absolute_error"], "difference"),
    "mean_absolute_error_ratio": (["mean_absolute_error"], "ratio"),
    "root_mean_squared_error_difference": (["root_mean_squared_error"], "difference"),
    "root_mean_squared_error_ratio": (["root_mean_squared_error"], "ratio"),
    "mean_prediction_difference": (["mean_prediction"], "difference"),
    "mean_prediction_ratio": (["mean_prediction"], "ratio"),
}


def score_rates(t, s):
    auc = float(roc_auc_score(t, s)) if len(set(t)) == 2 else float("nan")
    return {"roc_auc": auc, "calibration_gap": float(np.mean(s) - np.mean(t))}


SCORED = {
    "roc_auc_difference": (["roc_auc"], "difference"),
    "calibration_gap_difference": (["calibration_gap"], "difference"),
}


def case(name, columns, sensitive, label, prediction, method, task="classification", score=None):
    keys = list(zip(*[columns[c] for c in sensitive]))
    names = sorted(set(keys))
    if score is not None:
        prediction = [int(x >= 0.5) for x in score]
    t_all, p_all = np.array(label), np.array(prediction)
    base = rates if task == "classification" else regression_rates

    def fn(mask):
        measured = base(t_all[mask], p_all[mask])
        return measured if score is None else {**measured, **score_rates(t_all[mask], np.array(score)[mask])}

    groups = {}
    for k in names:
        mask = np.array([x == k for x in keys])
        label_name = k[0] if len(sensitive) == 1 else ", ".join(f"{c}={v}" for c, v in zip(sensitive, k))
        groups[label_name] = {"n": int(mask.sum()), **fn(mask)}
    overall = fn(np.full(len(keys), True))
    metrics = dict(CLASSIFICATION if task == "classification" else REGRESSION)
    if score is not None:
        metrics.update(SCORED)
    disparities = {}
    for metric, (rate_names, kind) in metrics.items():
        measure = difference if kind == "difference" else ratio
        disparities[metric] = worst(
            [measure([g[r] for g in groups.values()], overall[r], method) for r in rate_names], kind)
    scored = {} if score is None else {"score": [float(x) for x in score]}
    return {"name": name, "task": task, "method": method, "sensitive": sensitive,
            "columns": {c: list(v) for c, v in columns.items()}, "label": [float(x) for x in label],
            "prediction": [float(x) for x in prediction], **scored, "groups": groups, "overall": overall,
            "disparities": disparities}


def classification_data(n, sexes, races):
    sex = list(rng.choice(sexes, n))
    race = list(rng.choice(races, n))
    label = (rng.random(n) < 0.4).astype(int)
    prediction = np.where(rng.random(n) < 0.75, label, 1 - label)
    return {"sex": sex, "race": race}, list(label), list(prediction)


cases = []
cols, y, p = classification_data(400, ["F", "M", "X"], ["r1", "r2", "r3"])
cases.append(case("between_groups", cols, ["sex"], y, p, "between_groups"))
cases.append(case("to_overall", cols, ["sex"], y, p, "to_overall"))
cases.append(case("intersectional", cols, ["sex", "race"], y, p, "between_groups"))
cases.append(case("intersectional_to_overall", cols, ["sex", "race"], y, p, "to_overall"))
# Tiny and empty-denominator groups: T has one row (a negative, predicted negative: TPR, FNR, precision
# undefined); U has only positives predicted positive (FPR undefined); V has two rows.
tiny = {"sex": ["T", "U", "U", "U", "V", "V"] + cols["sex"][:60]}
cases.append(case("tiny_groups", tiny, ["sex"], [0, 1, 1, 1, 0, 1] + y[:60], [0, 1, 1, 1, 1, 0] + p[:60],
                  "between_groups"))
cases.append(case("tiny_groups_to_overall", tiny, ["sex"], [0, 1, 1, 1, 0, 1] + y[:60],
                  [0, 1, 1, 1, 1, 0] + p[:60], "to_overall"))
n = 300
reg_cols = {"sex": list(rng.choice(["F", "M"], n)), "race": list(rng.choice(["r1", "r2", "r3"], n))}
truth = rng.normal(50, 10, n)
pred = truth + rng.normal(0, 4, n) + np.where(np.array(reg_cols["sex"]) == "F", 3.0, 0.0)
cases.append(case("regression", reg_cols, ["sex"], list(truth), list(pred), "between_groups", "regression"))
cases.append(case("regression_intersectional_to_overall", reg_cols, ["sex", "race"], list(truth), list(pred),
                  "to_overall", "regression"))
# Scores with ties (two decimals), a group of one class (W: negatives only, its ROC-AUC undefined).
n = 360
score_cols = {"sex": list(rng.choice(["F", "M", "X"], n)) + ["W"] * 5}
score_label = list((rng.random(n) < 0.45).astype(int)) + [0] * 5
score = [round(float(np.clip(0.3 + 0.35 * y + rng.normal(0, 0.2), 0, 1)), 2) for y in score_label]
for method in ["between_groups", "to_overall"]:
    cases.append(case(f"scores_{method}", score_cols, ["sex"], score_label, None, method, score=score))


def clean(x):
    if isinstance(x, float) and math.isnan(x):
        return None
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, list):
        return [clean(v) for v in x]
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, (np.floating,)):
        return clean(float(x))
    if isinstance(x, np.str_):
        return str(x)
    return x


print(json.dumps({"generator": "scripts/goldens/fairness_goldens.py", "cases": clean(cases)}, indent=1))
