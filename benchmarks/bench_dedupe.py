"""De-duplication alone on synthetic events: seconds and peak memory of the blocked `pipeline.dedupe.dedupe`
for 25,000, 100,000 and 1,000,000 events, next to the old walk (tests/dedupe_reference.py) where it is
affordable. Prints the figures; asserts nothing (it is not a test).

The events come from benchmarks/synth_events.py: real-world events told by one to four articles each, with
coarser dates, missing or coarser places and unnamed actors, spread over 2014-2025 (so the larger sets are
also the denser ones: 1,000,000 events are about 230 a day). Each measurement runs in its own subprocess of
this script (`--phase`), so each peak RSS (ru_maxrss: interpreter, knowledge files and
the events included) is its own; "events" is the RSS once the events are built, before the clock starts.
De-duplication is single-threaded; on a shared machine the wall clock moves with the load, the process's
CPU time much less, so both are printed. The walk's phase then runs the blocked version on a fresh copy
of the same events and says whether the two results are equal (not timed).

    python benchmarks/bench_dedupe.py [--sizes 25000 100000 1000000] [--walk-max 25000]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synth_events import SPAN_DAYS, knowledge, make_events  # noqa: E402
from pipeline.dedupe import _canonical, dedupe  # noqa: E402

SEED = 7
GOAL_SECONDS = 60  # issue 10: 1,000,000 events de-duplicated in under a minute


def _rss_now_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def phase(kind: str, n: int) -> dict:
    """Time one de-duplication of n synthetic events: 'blocked' or 'walk' (then compared with blocked)."""
    kb, parents, persons = knowledge()
    events = make_events(n, seed=SEED, kb=kb)
    spare = [_copy(e) for e in events] if kind == "walk" else None
    rss0 = _rss_now_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    if kind == "walk":
        from tests.dedupe_reference import dedupe_reference
        kept = dedupe_reference(_canonical(events), parents, persons)
    else:
        kept = dedupe(events, parents, persons)
    res = {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "peak_mb": _peak_rss_mb(),
           "events_mb": rss0, "kept": len(kept)}
    if kind == "walk":
        res["equal"] = dedupe(spare, parents, persons) == kept
    return res


def _copy(e):
    from dataclasses import replace
    return replace(e, assoc_actors=list(e.assoc_actors), sources=list(e.sources))


def spawn(kind: str, n: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", kind, "--n", str(n)]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        sys.stdout.write(proc.stdout)
        raise SystemExit(f"phase {kind} n={n} failed (exit code {proc.returncode})")
    return json.loads(lines[-1][len("RESULT "):])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[25_000, 100_000, 1_000_000])
    ap.add_argument("--walk-max", type=int, default=25_000, help="time the old walk up to this size")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        print("RESULT " + json.dumps(phase(args.phase, args.n)), flush=True)
        return
    print(f"synthetic events over {SPAN_DAYS} days (2014-2025), seed {SEED}; each run in its own process; "
          "seconds = wall clock (cpu = process time); RSS: once the events are built / peak")
    for n in args.sizes:
        r = spawn("blocked", n)
        line = (f"{n:>9,} events ({n / SPAN_DAYS:,.0f} a day): blocked {r['seconds']:7.1f} s (cpu {r['cpu']:.1f} s), "
                f"RSS {r['events_mb']:,.0f} / {r['peak_mb']:,.0f} MB, {r['kept']:,} kept")
        if n >= 1_000_000:
            line += f"  [goal: 1,000,000 in < {GOAL_SECONDS} s: {'met' if r['seconds'] < GOAL_SECONDS else 'NOT met'}]"
        print(line, flush=True)
        if n <= args.walk_max:
            w = spawn("walk", n)
            print(f"{'':>9}   old walk {w['seconds']:7.1f} s (cpu {w['cpu']:.1f} s), RSS {w['events_mb']:,.0f} / "
                  f"{w['peak_mb']:,.0f} MB, {w['kept']:,} kept; {w['seconds'] / r['seconds']:.0f}x the blocked time; "
                  f"results equal: {w['equal']}", flush=True)


if __name__ == "__main__":
    main()
