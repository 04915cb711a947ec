"""Incremental builds: add one article to a built corpus and time the rebuild, next to the full build.
Prints the figures; asserts nothing (it is not a test). Goal: <= 2 s for the one article.

The corpus is bench_pipeline.make_corpus's (seed sentences recombined with other dates, places and factions),
10,000 articles by default. Timed, in this process (knowledge files and spaCy loaded before the clock):

1. the full build into an empty data folder (every article extracted; the store filled);
2. a rebuild with nothing changed;
3. a rebuild after adding one article (it alone is extracted; the records of unchanged chunks are read in one
   go from records.pkl and their part files kept; geocoding, de-duplication, corrections and the tables run over
   everything), split into its stages from the build's own log (pipeline.run logs `stage <name>: <s> s`);
4. `--full` on the same corpus, for comparison with 1 (every article extracted again, the store already there).

    python benchmarks/bench_incremental.py [--articles 10000] [--skip-full-again]
"""
from __future__ import annotations

import argparse
import logging
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_pipeline import make_corpus  # noqa: E402
from pipeline import config, resources, run  # noqa: E402

NEW_ARTICLE = """Rocket attack on Balad Air Base

BALAD, Iraq, March 9, 2023 — Three rockets struck Balad Air Base north of Baghdad on Thursday night, wounding two \
Iraqi soldiers, security officials said. Kataib Sayyid al-Shuhada denied any role in the attack.
"""


class Stages(logging.Handler):
    """Collects the build's `stage <name>: <seconds> s` log lines (pipeline.run logs one per stage)."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.seen: list[tuple[str, float, float]] = []

    def emit(self, record: logging.LogRecord) -> None:
        m = re.match(r"stage (.+): ([\d.]+) s \(([\d.]+) s CPU", record.getMessage())
        if m:
            self.seen.append((m.group(1), float(m.group(2)), float(m.group(3))))


def timed(label: str, fn, split: bool = False) -> tuple[float, object]:
    stages = Stages()
    run_log = logging.getLogger("pipeline.run")
    run_log.addHandler(stages)
    run_log.setLevel(logging.INFO)
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        r = fn()
    finally:
        run_log.removeHandler(stages)
    s, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"{label}: {s:.2f} s ({cpu:.2f} s CPU)" + (f" ({r.extracted} extracted, {r.reused} from the cache, "
                                                   f"{sum(r.events_by_type.values())} events)" if r is not None else ""))
    if split:
        print("   stages, wall / CPU: " + "; ".join(f"{name} {w:.2f} / {c:.2f} s" for name, w, c in stages.seen))
    return s, r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000, help="corpus size (default 10000)")
    ap.add_argument("--skip-full-again", action="store_true", help="skip step 4 (a second full build)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    resources.load(str(config.RESOURCES))
    from pipeline.extract import parse
    parse.parse_many(["Warm the parser up."])
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "data"
        corpus.mkdir()
        t0 = time.perf_counter()
        words = make_corpus(corpus, args.articles)
        print(f"corpus: {args.articles:,} articles, {words:,} words, generated in {time.perf_counter() - t0:.1f} s")
        full, _ = timed("1. full build (empty store)        ", lambda: run.build(corpus, out))
        same, _ = timed("2. rebuild, nothing changed        ", lambda: run.build(corpus, out), split=True)
        (corpus / "zz_added.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        one, _ = timed("3. rebuild after adding 1 article  ", lambda: run.build(corpus, out), split=True)
        if not args.skip_full_again:
            timed("4. --full (every article again)    ", lambda: run.build(corpus, out, full=True))
        size = sum(p.stat().st_size for p in out.glob("pmu.sqlite*")) / 2**20
        parts = sum(p.stat().st_size for p in out.glob("parts/*")) / 2**20
        records = (out / "records.pkl").stat().st_size / 2**20
        print(f"store: {size:.0f} MB of SQLite in the data folder; texts and mentions in parts/: {parts:.0f} MB; "
              f"records.pkl: {records:.1f} MB")
        print(f"one article into {args.articles:,}: {one:.2f} s incremental vs {full:.1f} s full "
              f"({full / one:.0f}x faster; goal <= 2 s: {'met' if one <= 2 else 'NOT met'})")


if __name__ == "__main__":
    main()
