"""Benchmark of the dashboard on a 200,000-event synthetic table: time to first render and per-filter rerun
(Streamlit AppTest), and the time until the map is drawn in headless chromium. Prints the figures.

Run: python benchmarks/bench_dashboard.py [--rows 200000]
"""
from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

logger = logging.getLogger(__name__)


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def bench_apptest(folder: Path) -> dict[str, float]:
    from streamlit.testing.v1 import AppTest

    os.environ["PMU_DATA"] = str(folder)
    app = str(ROOT / "dashboard" / "app.py")
    out: dict[str, float] = {}
    at = AppTest.from_file(app, default_timeout=300)
    out["first render, cold (read + validate tables)"] = timed(at.run)
    assert not at.exception, at.exception
    at2 = AppTest.from_file(app, default_timeout=300)
    out["first render, new session (tables cached)"] = timed(at2.run)
    steps = [
        ("faction = Kataib Hezbollah", lambda: at2.sidebar.multiselect(key="f_factions").select("Kataib Hezbollah").run()),
        ("role = perpetrator", lambda: at2.sidebar.radio(key="f_role").set_value("perpetrator").run()),
        ("umbrella = Popular Mobilization Units", lambda: at2.sidebar.multiselect(key="f_factions")
         .unselect("Kataib Hezbollah").select("Popular Mobilization Units").run()),
        ("governorate = Anbar", lambda: at2.sidebar.multiselect(key="f_govs").select("Anbar").run()),
        ("minimum killed = 2", lambda: at2.sidebar.number_input(key="f_minkilled").set_value(2).run()),
        ("text search 'drone'", lambda: at2.sidebar.text_input(key="f_text").input("drone").run()),
        ("preset = all events", lambda: at2.sidebar.selectbox(key="f_preset").set_value("all").run()),
        ("hide imprecise places", lambda: at2.sidebar.checkbox(key="f_exactplaces").check().run()),
        ("reset filters (all 200k strikes again)", lambda: at2.sidebar.button[0].click().run()),
        ("colour by type", lambda: at2.sidebar.radio(key="v_color").set_value("type").run()),
    ]
    reruns = []
    for name, step in steps:
        dt = timed(step)
        assert not at2.exception, at2.exception
        out[f"rerun: {name}"] = dt
        reruns.append(dt)
    out["rerun median"] = statistics.median(reruns)
    out["rerun max"] = max(reruns)
    return out


def bench_browser(folder: Path, tag: str = "") -> dict[str, float]:
    import dashboard_support as ds

    out: dict[str, float] = {}
    tag = f" [{tag}]" if tag else ""
    with ds.streamlit_server(folder, timeout=120) as url, ds.browser() as b:
        for label in ("cold server (tables read on first visit)", "warm (tables cached)"):
            page = b.new_page(viewport={"width": 1920, "height": 1080})
            t0 = time.perf_counter()
            page.goto(url + "/")
            page.wait_for_selector("#headline", timeout=180_000)
            out[f"browser{tag}: headline on screen, {label}"] = time.perf_counter() - t0
            ds.wait_map(page, timeout=180_000)
            out[f"browser{tag}: map canvas on screen, {label}"] = time.perf_counter() - t0
            page.wait_for_selector(".js-plotly-plot .scatterlayer .point", timeout=180_000)
            out[f"browser{tag}: timeline drawn, {label}"] = time.perf_counter() - t0
            page.close()
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--no-browser", action="store_true")
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    from benchmarks import synth

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        t = timed(lambda: synth.write(folder, n=a.rows, seed=11, csv=False))
        print(f"generated {a.rows:,} synthetic events in {t:.1f} s")
        res = bench_apptest(folder)
        if not a.no_browser:
            res.update(bench_browser(folder, f"{a.rows:,} events"))
            small = Path(tmp) / "small"
            synth.write(small, n=300, seed=11, csv=False)
            res.update(bench_browser(small, "300 events, for reference"))
    width = max(map(len, res))
    print(f"\nDashboard benchmark, {a.rows:,} events (targets: first render <= 3 s, rerun <= 0.3 s)")
    for k, v in res.items():
        print(f"  {k:<{width}}  {v * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
