#!/usr/bin/python3
"""A random split of scikit-learn's diabetes data, scored by one model: concept drift's noise fixture.

usage: /usr/bin/python3 scripts/goldens/diabetes_split.py
writes packages/drift/src/testing/fixtures/diabetes-{reference,current}.csv (target, prediction) and
diabetes-split.json (scikit-learn's MAE and RMSE of each half).

One LinearRegression is fitted on all 442 rows (raw, unscaled features, as shipped in
sklearn/datasets/data/diabetes_*.csv.gz) and predicts every row; the rows are then split in two halves
at random. The halves are exchangeable, so the model did not get worse from one to the other: any
"drop" between them is sampling noise, and a retrain signal on them is a false alarm.

The split is numpy.random.default_rng(1).permutation: of seeds 0-9, seeds 1 and 4 give halves whose MAE
differs by more than 5% (5.7% and 5.4%), so this fixture is the kind of noise a 5% relative limit alone
would act on. It is chosen to show that, not to hide it.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_diabetes
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, mean_squared_error

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "packages", "drift", "src", "testing", "fixtures")
SEED = 1

X, y = load_diabetes(return_X_y=True, scaled=False)
prediction = LinearRegression().fit(X, y).predict(X)
order = np.random.default_rng(SEED).permutation(len(y))
halves = {"reference": order[: len(y) // 2], "current": order[len(y) // 2 :]}

summary = {"generatedBy": "scripts/goldens/diabetes_split.py", "library": f"scikit-learn {sklearn.__version__}"}
for side, rows in halves.items():
    path = os.path.join(OUT, f"diabetes-{side}.csv")
    with open(path, "w") as f:
        f.write("target,prediction\n")
        for i in rows:
            f.write(f"{y[i]!r},{prediction[i]!r}\n")
    summary[side] = {
        "rows": len(rows),
        "mae": float(mean_absolute_error(y[rows], prediction[rows])),
        "rmse": float(np.sqrt(mean_squared_error(y[rows], prediction[rows]))),
    }
    print(f"{path}: {len(rows)} rows, MAE {summary[side]['mae']:.3f}")
with open(os.path.join(OUT, "diabetes-split.json"), "w") as f:
    json.dump(summary, f, indent=1)
    f.write("\n")
