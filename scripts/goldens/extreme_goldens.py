#!/usr/bin/python3
"""Golden values for packages/stats on values near the ends of the double range (1e154 .. 1.8e308).

usage: /usr/bin/python3 scripts/goldens/extreme_goldens.py   (writes packages/stats/goldens/extreme-values.json)

numpy and scipy overflow here themselves: np.std squares deviations beyond 1e154 (inf, so the normed
Wasserstein distance becomes 0 or nan), and np.histogram_bin_edges over [-1e308, 1e308] takes max - min
(inf, so the edges are nan). The goldens therefore apply scipy/numpy to the values divided by a power of
two s, which is exact, and scale back where the quantity has units:
  wasserstein_distance(a, b) = s * wasserstein_distance(a / s, b / s)
  normed = wasserstein_distance(a / s, b / s) / max(np.std(a / s), 0.001 / s)     (s cancels)
  histogram_bin_edges(concat(a, b), bins) = 2 * histogram_bin_edges(concat(a, b) / 2, bins)
These identities hold exactly in real arithmetic; what is checked is that the TypeScript gets them without
overflowing.
"""
import json
import math
import os
import sys

import numpy as np
import scipy
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stats_goldens import OUT, lcg, materialise  # noqa: E402


def power_of_two_scale(*samples):
    largest = max(float(np.max(np.abs(s))) for s in samples)
    return 2.0 ** min(max(math.floor(math.log2(largest)), -1022), 1023)


def wasserstein_cases():
    pairs = [
        ("sum4 at 1e300", lcg(80, 500, "sum4", scale=1e300), lcg(81, 400, "sum4", scale=1.2e300, shift=1e299)),
        ("uniform at 2e154 (the squares overflow)", lcg(82, 300, "uniform", scale=2e154),
         lcg(83, 300, "uniform", scale=2e154, shift=1e153)),
        ("straddling the range", [-1e308, -5e307, 0.0, 1e308, 1.7e308], [-1.7e308, 1e307, 2e307, 1.5e308]),
        ("one huge outlier", [0.0, 1.0, 2.0, 3.0, 1e300], [0.5, 1.5, 2.5, 3.5, 4.5]),
    ]
    cases = []
    for name, a, b in pairs:
        x, y = materialise(a), materialise(b)
        s = power_of_two_scale(x, y)
        scaled = stats.wasserstein_distance(x / s, y / s)
        normed = scaled / max(np.std(x / s), 0.001 / s)
        cases.append({"name": name, "a": a, "b": b, "distance": float(scaled * s), "normed": float(normed)})
    return cases


def bin_edge_cases():
    cases = []
    for a, b, bins in [
        ([-1e308, 0.0, 1e308], [-5e307, 1e307, 1.7e308], "sturges"),
        ([-1e308, 0.0, 1e308], [-5e307, 1e307, 1.7e308], 10),
        ([-1.7976931348623157e308], [1.7976931348623157e308], 4),
        (materialise(lcg(84, 200, "sum4", scale=8e307)).tolist(), [1.0], "sturges"),
    ]:
        concat = np.concatenate([np.array(a), np.array(b)])
        edges = 2.0 * np.histogram_bin_edges(concat / 2.0, bins)
        cases.append({"a": a, "b": b, "bins": bins, "edges": [float(e) for e in edges]})
    return cases


if __name__ == "__main__":
    doc = {
        "generatedBy": "scripts/goldens/extreme_goldens.py",
        "reference": f"scipy {scipy.__version__}, numpy {np.__version__}",
        "note": "scipy.stats.wasserstein_distance, np.std and np.histogram_bin_edges on values divided by a "
                "power of two, scaled back (see the script): the unscaled calls overflow",
        "cases": {"wasserstein": wasserstein_cases(), "binEdges": bin_edge_cases()},
    }
    path = os.path.join(OUT, "extreme-values.json")
    with open(path, "w") as f:
        json.dump(doc, f, allow_nan=False, separators=(",", ":"))
        f.write("\n")
    print(f"{path}: {os.path.getsize(path)} bytes")
