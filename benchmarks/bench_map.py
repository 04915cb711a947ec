"""Benchmark of the map alone in headless chromium: a page that draws only the dashboard's map (the deck of the
default filter on a synthetic table, made once), loaded several times. Prints per load the time until the map's
canvas is on screen and the main-thread time blocked by long tasks from the canvas's creation on (deck.gl
creating its WebGL device, compiling shaders, building font atlases: the cost of the layers, not of the data),
then the medians. The whole-page figures, where the timeline's plotly charts share the main thread, are in
bench_dashboard.py.

Run: python benchmarks/bench_map.py [--rows 200000] [--loads 5]
"""
from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

logger = logging.getLogger(__name__)

APP = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, os.environ["PMU_ROOT"])
    import streamlit as st
    from dashboard import data, display, filters
    from dashboard.views import map_view

    @st.cache_resource
    def deck():
        tables = data.load(os.environ["PMU_DATA"])
        ev = filters.apply(tables.slim, filters.Filters(), tables.parents)
        keys, colors = display.color_keys(ev, "side", tables.events)
        on_map = map_view.sited(ev)
        if len(ev) > map_view.AGGREGATE_ABOVE:
            points = map_view.aggregate_frame(ev, keys, colors)
        else:
            shown = ev[on_map]
            points = map_view.cluster_frame(map_view.point_frame(shown, keys, colors, "side"), shown)
        pts = ev[on_map]
        center, zoom = map_view.fit_view(pts["latitude"].to_numpy(float), pts["longitude"].to_numpy(float), 430)
        return map_view.build_deck(points, zoom=zoom, center=center), len(points)

    d, n = deck()
    st.markdown(f"<div id='headline'>{n} circles</div>", unsafe_allow_html=True)
    st.pydeck_chart(d, height=430)
""")

# marks when the deck's canvas is created, and records the page's long tasks
PAGE_INIT = """
window.__canvasAt = null; window.__long = [];
new MutationObserver(() => {
  if (window.__canvasAt === null && document.querySelector('[data-testid=stDeckGlJsonChart] canvas'))
    window.__canvasAt = performance.now();
}).observe(document, {subtree: true, childList: true});
new PerformanceObserver(l => l.getEntries().forEach(e => window.__long.push([e.startTime, e.duration])))
  .observe({type: 'longtask', buffered: true});
"""
SETTLE_MS = 2000  # after the canvas is visible, for the long tasks that follow it to be recorded


def bench(folder: Path, loads: int) -> list[tuple[float, float]]:
    import dashboard_support as ds

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "map_only.py"
        app.write_text(APP)
        real_app, ds.APP = ds.APP, app
        try:
            with ds.streamlit_server(folder, timeout=120, env={"PMU_ROOT": str(ROOT)}) as url, ds.browser() as b:
                for i in range(loads + 1):  # the first load warms the server's cache and is not counted
                    page = b.new_page(viewport={"width": 1366, "height": 768})
                    page.add_init_script(PAGE_INIT)
                    t0 = time.perf_counter()
                    page.goto(url + "/")
                    ds.wait_map(page, timeout=180_000)
                    visible = time.perf_counter() - t0
                    page.wait_for_timeout(SETTLE_MS)
                    at = page.evaluate("() => window.__canvasAt") or 0.0
                    blocked = sum(d for s, d in page.evaluate("() => window.__long") if s + d >= at) / 1000
                    if i:
                        out.append((visible, blocked))
                    page.close()
        finally:
            ds.APP = real_app
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--loads", type=int, default=5)
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    from benchmarks import synth

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        synth.write(folder, n=a.rows, seed=11, csv=False)
        os.environ["PMU_DATA"] = str(folder)
        res = bench(folder, a.loads)
    print(f"\nMap alone in chromium, {a.rows:,} events, {a.loads} loads (load: canvas on screen / main thread "
          f"blocked from the canvas on)")
    for visible, blocked in res:
        print(f"  {visible * 1000:8.0f} ms  {blocked * 1000:8.0f} ms")
    print(f"  median: canvas on screen {statistics.median(r[0] for r in res) * 1000:.0f} ms, "
          f"blocked {statistics.median(r[1] for r in res) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
