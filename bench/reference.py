#!/usr/bin/env python3
"""Independent reference for partner-synergy's matrices: pandas + scipy.sparse + scikit-learn.

Reads the four CSV files bench/generate.ts writes (members, expertise, geography, sectors),
builds one sparse profile matrix per dimension with the library's default weights
(expertise level / 5; presence office 1, local_partner 0.75, programme 0.5, network 0.25;
sector strength / 5) and computes, for every pair of members, from the L1 (Manhattan) distances
and the row sums:

    sum_k min(x_ik, x_jk) = (|x_i| + |x_j| - L1(i, j)) / 2
    sum_k max(x_ik, x_jk) = (|x_i| + |x_j| + L1(i, j)) / 2

    overlap O(i, j)          = sum min / sum max                  (0 when both are empty)
    complementarity C(i<-j)  = (|x_j| - sum min) / sum max        (what j adds to i)
    context(i, j)            = 0.5 O_geography + 0.5 O_sectors
    synergy(i, j)            = context (1 - O_expertise), 0 on the diagonal
    duplication(i, j)        = context O_expertise,       0 on the diagonal

Every weight is a whole number of units over a common denominator (5, 4 and 5), and the ratios do
not depend on the denominator, so the profiles hold the units: every sum is then an exact whole
number in float64, and the ratios are correctly rounded, as in the library's exact path.

Usage:
    python3 bench/reference.py <csv-dir>                      # time the computation, print JSON
    python3 bench/reference.py <csv-dir> --check baseline.json  # and compare with a baseline
                                                               # written with --matrices full

The JSON printed on stdout: n, CPU seconds, seconds per step (imports, read, profiles,
matrices), total seconds, peak RSS (MiB) and, with --check, the number of cells compared and the number that differ after
rounding to the baseline's 4 decimals (round half up, as JavaScript's Math.round).
"""
import json
import resource
import sys
import time

T0 = time.perf_counter()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from sklearn.metrics.pairwise import manhattan_distances  # noqa: E402

IMPORTS = time.perf_counter() - T0

PRESENCE_UNITS = {"office": 4, "local_partner": 3, "programme": 2, "network": 1}


def profile(frame, ids, column, units):
    """Sparse N x categories matrix of whole weight units (duplicates of a member and category keep the largest)."""
    index = {m: i for i, m in enumerate(ids)}
    frame = frame.assign(row=frame["member"].map(index), units=units).dropna(subset=["row"])
    frame = frame.groupby(["row", column], as_index=False)["units"].max()
    cats = {c: k for k, c in enumerate(sorted(frame[column].unique()))}
    rows = frame["row"].astype(np.int64).to_numpy()
    cols = frame[column].map(cats).to_numpy()
    data = frame["units"].astype(np.float64).to_numpy()
    return sp.csr_matrix((data, (rows, cols)), shape=(len(ids), max(1, len(cats))))


def pair_matrices(x):
    """Overlap and complementarity of every pair from L1 distances and row sums."""
    l1 = manhattan_distances(x, x)
    rows = np.asarray(x.sum(axis=1)).ravel()
    total = rows[:, None] + rows[None, :]
    sum_min = (total - l1) / 2
    sum_max = total - sum_min
    with np.errstate(divide="ignore", invalid="ignore"):
        overlap = np.where(sum_max > 0, sum_min / sum_max, 0.0)
        gain = np.where(sum_max > 0, (rows[None, :] - sum_min) / sum_max, 0.0)
    return overlap, gain


def compute(directory):
    times = {}
    t = time.perf_counter()
    members = pd.read_csv(f"{directory}/members.csv", dtype=str, keep_default_na=False)
    expertise = pd.read_csv(f"{directory}/expertise.csv", dtype={"member": str, "theme": str, "level": int})
    geography = pd.read_csv(f"{directory}/geography.csv", dtype=str, keep_default_na=False)
    sectors = pd.read_csv(f"{directory}/sectors.csv", dtype={"member": str, "sector": str, "strength": int},
                          keep_default_na=False)
    ids = sorted(members["id"])  # the library orders members by id
    times["read"] = time.perf_counter() - t

    t = time.perf_counter()
    x_exp = profile(expertise, ids, "theme", expertise["level"])
    x_geo = profile(geography, ids, "country", geography["presence"].map(PRESENCE_UNITS))
    x_sec = profile(sectors, ids, "sector", sectors["strength"])
    times["profiles"] = time.perf_counter() - t

    t = time.perf_counter()
    o_exp, c_exp = pair_matrices(x_exp)
    o_geo, c_geo = pair_matrices(x_geo)
    o_sec, c_sec = pair_matrices(x_sec)
    context = 0.5 * o_geo + 0.5 * o_sec
    synergy = context * (1 - o_exp)
    duplication = context * o_exp
    np.fill_diagonal(synergy, 0)
    np.fill_diagonal(duplication, 0)
    times["matrices"] = time.perf_counter() - t
    matrices = {
        "expertise.overlap": o_exp, "expertise.complementarity": c_exp,
        "geography.overlap": o_geo, "geography.complementarity": c_geo,
        "sectors.overlap": o_sec, "sectors.complementarity": c_sec,
        "synergy": synergy, "duplication": duplication,
    }
    return ids, matrices, times


def round_half_up(values, decimals):
    f = 10.0 ** decimals
    r = np.floor(values * f + 0.5) / f
    return r + 0.0  # no -0


def check(ids, matrices, path, decimals=4):
    with open(path, encoding="utf-8") as handle:
        baseline = json.load(handle)
    compared = 0
    differ = 0
    worst = []
    for name, expected in matrices.items():
        block = baseline["matrices"][name.split(".")[0]]
        key = name.split(".")[1] if "." in name else "values"
        if key not in block:
            raise SystemExit(f"{path}: matrices.{name} is not written in full; rerun baseline with --matrices full")
        if block["ids"] != ids:
            raise SystemExit(f"{path}: matrices.{name}.ids differ from the members in the CSV files")
        got = np.asarray(block[key], dtype=np.float64)
        want = round_half_up(expected, decimals)
        diff = got != want
        compared += got.size
        differ += int(diff.sum())
        if diff.any():
            i, j = np.argwhere(diff)[0]
            worst.append(f"{name}[{ids[i]}][{ids[j]}]: baseline {got[i, j]}, reference {want[i, j]}")
    return {"cells": compared, "different": differ, "examples": worst[:8]}


def main():
    args = sys.argv[1:]
    if not args:
        raise SystemExit(__doc__)
    directory = args[0]
    ids, matrices, times = compute(directory)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out = {
        "n": len(ids),
        "cpuSeconds": usage.ru_utime + usage.ru_stime,
        "imports": IMPORTS,
        **times,
        "seconds": time.perf_counter() - T0,
        "peakRssMiB": usage.ru_maxrss / 1024,
    }
    if "--check" in args:
        out["check"] = check(ids, matrices, args[args.index("--check") + 1])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
