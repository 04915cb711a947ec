"""Helpers for the dashboard tests and benchmark: synthetic data folders, a Streamlit server subprocess
on 127.0.0.1, and a headless chromium (Playwright) with the flags this environment needs."""
from __future__ import annotations

import contextlib
import logging
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("PMU_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

logger = logging.getLogger(__name__)

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def write_synthetic(folder: Path, n: int = 300, seed: int = 7) -> Path:
    from benchmarks import synth
    return synth.write(folder, n=n, seed=seed)


def seeds_and_synthetic(folder: Path, events: int, seed: int, docs: int) -> Path:
    """The seed articles, `docs` invented articles (benchmarks/synth.py) and one empty file that a build skips."""
    import shutil
    from benchmarks import synth
    for p in (ROOT / "seeds").iterdir():
        shutil.copy(p, folder / p.name)
    for name, text in synth.make_tables(events, seed=seed, n_docs=docs)["_articles"].items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "doc_empty.txt").write_bytes(b"")
    return folder


def app_headline(at) -> str:
    """The headline sentence of a dashboard page run by AppTest (headline() reads it in a browser page)."""
    import re
    for m in at.markdown:
        hit = re.search(r"id='headline'>([^<]*)<", m.value)
        if hit:
            return hit.group(1)
    raise AssertionError("no headline on the page")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def streamlit_bin() -> str:
    cand = Path(sys.executable).parent / "streamlit"
    return str(cand) if cand.exists() else "streamlit"


@contextlib.contextmanager
def streamlit_server(data_dir: Path, port: int | None = None, timeout: float = 60.0, env: dict | None = None):
    """Run `streamlit run dashboard/app.py` on 127.0.0.1 against data_dir; yield its base URL."""
    port = port or free_port()
    # PYTHONPATH: this checkout's packages, even where another checkout is installed in the venv (pip -e)
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    full_env = {**os.environ, "PMU_DATA": str(data_dir), "PYTHONUNBUFFERED": "1", "PYTHONPATH": path, **(env or {})}
    cmd = [streamlit_bin(), "run", str(APP), "--server.address", "127.0.0.1", "--server.port", str(port),
           "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS / f"streamlit-{port}.log"
    log = open(log_path, "w")  # noqa: SIM115
    proc = subprocess.Popen(cmd, cwd=ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + timeout
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited early: {log_path.read_text()[-2000:]}")
            if time.time() > deadline:
                raise TimeoutError("streamlit did not start")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def check_chromium() -> None:
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"chromium not found at {CHROMIUM}: install it (apt-get install chromium) "
                           "or set PMU_CHROMIUM to its path; the browser test cannot run without it.")


@contextlib.contextmanager
def browser():
    check_chromium()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def wait_app(page, timeout: float = 45_000) -> None:
    """Wait until the script has finished running and the headline is on the page."""
    page.wait_for_selector("#headline, [data-testid='stAlert']", timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout)


def wait_map(page, timeout: float = 45_000) -> None:
    page.wait_for_selector("[data-testid='stDeckGlJsonChart'] canvas", timeout=timeout)


def headline(page) -> str:
    return page.locator("#headline").first.inner_text()
