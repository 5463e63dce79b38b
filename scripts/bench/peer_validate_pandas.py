#!/usr/bin/env python3
"""The data-quality check a user would write with pandas instead of validate-data, for the files of
gen_drift_data.py and the rules of validate_schema.yml beside this file.

usage: peer_validate_pandas.py DATA.csv   -> counts per rule, as JSON

Rules: every column present; numbers that do not parse counted; no missing values except income (at most
5%); age an integer in [18, 89]; income >= 0; color and region from their allowed sets; no duplicate rows.
"""
import json
import sys

import pandas as pd

NUMBERS = [f"num_{i}" for i in range(8)] + ["income", "age"]
ALLOWED = {"color": {"red", "green", "blue", "yellow"}, "region": {"north", "south", "east", "west", "central"}}


def number_rules(name: str, column: pd.Series) -> dict:
    parsed = pd.to_numeric(column, errors="coerce")
    counts = {"not_a_number": int((parsed.isna() & column.notna()).sum())}
    if name == "age":
        counts["not_an_integer"] = int(((parsed % 1) != 0).sum())
        counts["out_of_range"] = int(((parsed < 18) | (parsed > 89)).sum())
    if name == "income":
        counts["out_of_range"] = int((parsed < 0).sum())
        counts["missing_share_over_limit"] = bool(column.isna().mean() > 0.05)
    return counts


if __name__ == "__main__":
    frame = pd.read_csv(sys.argv[1])
    result = {"rows": len(frame), "columns": {}}
    for name in NUMBERS + list(ALLOWED):
        if name not in frame.columns:
            result["columns"][name] = {"missing_column": True}
            continue
        column = frame[name]
        counts = {"missing": int(column.isna().sum())}
        if name in NUMBERS:
            counts.update(number_rules(name, column))
        else:
            counts["not_allowed"] = int((~column.isin(ALLOWED[name]) & column.notna()).sum())
        result["columns"][name] = counts
    result["duplicate_rows"] = int(frame.duplicated().sum())
    print(json.dumps(result, indent=1))
