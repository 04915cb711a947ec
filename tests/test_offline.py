"""Nothing is fetched from the internet at run time: a build and the dashboard (script, briefing image)
work with the network cut off, and the page the browser loads asks only the local server for anything."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

try:
    from tests import dashboard_support as ds
except ImportError:  # tests/ is not a package
    import dashboard_support as ds

ROOT = Path(__file__).resolve().parents[1]
RUN_TIMEOUT = 600  # seconds for a build, a dashboard run and a briefing image on a slow machine


def _unshare_works() -> bool:
    """Whether this machine lets us run a process in a network namespace of its own (no interfaces up)."""
    try:
        return subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


# Run in a child process: every connection to a host other than this one is refused and recorded (which
# catches attempts that a library would swallow), and where the machine allows it the child has no network.
CHILD = textwrap.dedent("""
    import json, socket, sys
    from pathlib import Path
    attempts = []
    LOCAL = ("127.0.0.1", "::1", "localhost")

    def guard(real):
        def connect(self, address, *a):
            if self.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in LOCAL:
                attempts.append(repr(address))
                raise OSError("network use refused by the test")
            return real(self, address, *a)
        return connect
    socket.socket.connect = guard(socket.socket.connect)
    socket.socket.connect_ex = guard(socket.socket.connect_ex)
    real_gai = socket.getaddrinfo
    def getaddrinfo(host, *a, **k):
        if host not in LOCAL and host is not None:
            attempts.append("lookup " + str(host))
        return real_gai(host, *a, **k)
    socket.getaddrinfo = getaddrinfo

    import kaleido._page_generator as pg
    pages = []
    real_index = pg.PageGenerator.generate_index
    def generate_index(self):
        page = real_index(self)
        pages.append(page)
        return page
    pg.PageGenerator.generate_index = generate_index

    out = Path(sys.argv[1])
    from pipeline.run import build
    report = build(Path("seeds"), out)
    import os
    os.environ["PMU_DATA"] = str(out)
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file("dashboard/app.py", default_timeout=120)
    at.run()
    from dashboard import briefing, data
    t = data.load(out)
    png = briefing.png(t.events, t.events.iloc[:0], data.key_events(), t.events, "faction", "test", "now")
    print(json.dumps({"events": len(report.tables["events"]), "exceptions": [str(e.value) for e in at.exception],
                      "errors": [e.value for e in at.error], "png": png[:4] == b"\\x89PNG",
                      "attempts": attempts, "page_urls": [p for p in pages if "http://" in p or "https://" in p]}))
""")


def test_build_and_dashboard_run_without_network(tmp_path):
    cmd = [sys.executable, "-c", CHILD, str(tmp_path / "out")]
    isolated = _unshare_works()
    if isolated:
        cmd = ["unshare", "-rn", *cmd]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    assert r.returncode == 0, r.stderr[-3000:]
    got = json.loads(r.stdout.strip().splitlines()[-1])
    assert got["events"] > 0
    assert got["exceptions"] == [] and got["errors"] == []
    assert got["png"], "the briefing image was not drawn"
    assert got["attempts"] == [], f"tried the network: {got['attempts']}"
    assert got["page_urls"] == [], "kaleido's page loads a script from the internet"


def test_the_browser_asks_only_the_local_server(tmp_path):
    ds.check_chromium()  # fail (not skip) with a clear message when chromium is missing
    folder = ds.write_synthetic(tmp_path / "d", n=120, seed=4)
    with ds.streamlit_server(folder) as url, ds.browser() as b:
        page = b.new_page(viewport={"width": 1600, "height": 1000})
        requests: list[str] = []
        page.on("request", lambda req: requests.append(req.url))
        page.goto(url + "/")
        ds.wait_app(page)
        ds.wait_map(page)
        for label in ("Events & evidence", "Factions", "Places", "Sources & articles"):
            page.get_by_role("tab", name=label).click()
            ds.wait_app(page)
        page.wait_for_timeout(1500)  # late requests: fonts, images
        # headless chromium does not load favicons: read the icon's address from the page instead
        icons = page.eval_on_selector_all("link[rel~='icon']", "links => links.map(l => l.href)")
        outside = sorted({u for u in requests + icons if not u.startswith((url, "data:", "blob:"))})
    assert requests and icons, "no request or page icon was recorded"
    assert outside == [], f"the page fetched from elsewhere: {outside}"
