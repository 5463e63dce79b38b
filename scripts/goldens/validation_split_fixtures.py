"""Writes packages/validation/test-data/{wine,breast_cancer}.csv: real data no one here wrote, for the test
that a schema inferred from one random half of a dataset accepts the other half (infer.test.ts).

wine: all 13 measurements and the class label (0/1/2). breast_cancer: the label and the ten measurements
whose other half overshoots the inferred half's range the most (heavy right tails), the hard case.
Run with /usr/bin/python3 (python3-sklearn); the CSVs it writes are committed.
"""

from pathlib import Path

import numpy as np
from sklearn import datasets

OUT = Path(__file__).resolve().parents[2] / "packages" / "validation" / "test-data"


def header_name(name: str) -> str:
    return name.replace(" ", "_").replace("/", "_")


def write(path: Path, names: list[str], columns: list[np.ndarray]) -> None:
    lines = [",".join(names)]
    for row in zip(*columns):
        lines.append(",".join(repr(v.item()) for v in row))
    path.write_text("\n".join(lines) + "\n")


def largest_overshoot(X: np.ndarray, splits: int, seed: int) -> np.ndarray:
    """Per column, the largest overshoot of one random half beyond the other's range, in spans."""
    rng = np.random.default_rng(seed)
    n = len(X)
    worst = np.zeros(X.shape[1])
    for _ in range(splits):
        order = rng.permutation(n)
        a, b = X[order[: n // 2]], X[order[n // 2 :]]
        span = a.max(0) - a.min(0)
        over = np.maximum(a.min(0) - b.min(0), b.max(0) - a.max(0)) / np.where(span > 0, span, 1)
        worst = np.maximum(worst, over)
    return worst


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    wine = datasets.load_wine()
    names = [header_name(n) for n in wine.feature_names] + ["class"]
    write(OUT / "wine.csv", names, [wine.data[:, j] for j in range(wine.data.shape[1])] + [wine.target])

    cancer = datasets.load_breast_cancer()
    worst = largest_overshoot(cancer.data, 2000, 1)
    picked = sorted(np.argsort(worst)[-10:])
    names = [header_name(cancer.feature_names[j]) for j in picked] + ["malignant"]
    # scikit-learn's target is 0 = malignant; write 1 = malignant, an integer label.
    columns = [cancer.data[:, j] for j in picked] + [1 - cancer.target]
    write(OUT / "breast_cancer.csv", names, columns)
    for j in picked:
        print(f"{cancer.feature_names[j]}: largest overshoot {worst[j]:.3f} spans")


if __name__ == "__main__":
    main()
