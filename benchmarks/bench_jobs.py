"""Throughput of `--jobs 1` against `--jobs 2` (and more) on the same generated corpus. Prints the figures and
asserts only that the tables are the same (it is not a test).

The corpus is bench_pipeline.make_corpus (the seeds' sentences recombined with other dates, places and
factions). Each build is a full build into a new output folder (no extraction cache). Three runs:

1. `build(jobs=1)`: extraction in this process (knowledge files and parser loaded before the clock);
2. `build(jobs=N)` end to end, as the command line runs it: starting the LocalCluster and its workers'
   models is inside the clock;
3. `build(scheduler=...)` on a LocalCluster of N workers started and warmed before the clock (the
   throughput a long-lived cluster gives, e.g. one started with `dask scheduler` / `dask worker`).

    python benchmarks/bench_jobs.py [--articles 1000] [--jobs 2]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_pipeline import make_corpus  # noqa: E402
from pipeline import config, resources  # noqa: E402
from pipeline.parallel import LOOPBACK_HTTP  # noqa: E402


def warm() -> str:
    """Run on each worker: load the knowledge files and the parser, as the first batch would."""
    from pipeline import config, resources
    from pipeline.extract import parse
    resources.load(str(config.RESOURCES))
    parse.nlp()
    return "ok"


def timed(label: str, n: int, fn) -> float:
    t0 = time.perf_counter()
    report = fn()
    secs = time.perf_counter() - t0
    print(f"{label}: {secs:.1f} s, {n / secs:.1f} articles/s ({report.ok} documents read, "
          f"{sum(report.events_by_type.values())} events)", flush=True)
    return secs


def same_tables(a: Path, b: Path) -> bool:
    import pandas as pd
    for name in ("events", "actors", "locations", "documents"):
        x = pd.read_parquet(a / f"{name}.parquet").drop(columns=["last_modified"], errors="ignore")
        y = pd.read_parquet(b / f"{name}.parquet").drop(columns=["last_modified"], errors="ignore")
        if not x.equals(y):
            return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    from distributed import Client, LocalCluster

    from pipeline.extract import parse
    from pipeline.run import build
    n, jobs = args.articles, args.jobs
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        words = make_corpus(corpus, n)
        print(f"corpus: {n} articles, {words:,} words; {os.cpu_count()} CPUs, load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
        resources.load(str(config.RESOURCES))
        parse.nlp()
        s1 = timed("--jobs 1                            ", n, lambda: build(corpus, Path(tmp) / "j1", jobs=1))
        s2 = timed(f"--jobs {jobs} (cluster start included)  ", n,
                   lambda: build(corpus, Path(tmp) / "j2", jobs=jobs))
        t0 = time.perf_counter()
        with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, scheduler_kwargs=LOOPBACK_HTTP) as cluster, Client(cluster) as client:
            client.run(warm)
            print(f"   starting and warming a {jobs}-worker LocalCluster: {time.perf_counter() - t0:.1f} s")
            s3 = timed(f"--jobs {jobs} (cluster already running)", n,
                       lambda: build(corpus, Path(tmp) / "j3", scheduler=cluster.scheduler_address))
        print(f"speed-up: {s1 / s2:.2f}x end to end, {s1 / s3:.2f}x on a running cluster (goal: >= 1.7x)")
        print(f"tables equal to --jobs 1: {same_tables(Path(tmp) / 'j1', Path(tmp) / 'j2')} (end to end), "
              f"{same_tables(Path(tmp) / 'j1', Path(tmp) / 'j3')} (running cluster)")


if __name__ == "__main__":
    main()
