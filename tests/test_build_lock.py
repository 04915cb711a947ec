"""One build at a time per data folder: two sessions starting the first-run build of one empty folder make
one build and both find the tables; a command-line build waits for a running one; the lock holds across
processes and is released when its holder ends."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dashboard import data
from pipeline import lock
from pipeline import run as pipeline_run

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = {
    "b1.txt": "BAGHDAD, June 2, 2021 — Two rockets landed inside Baghdad airport's perimeter on Tuesday night, "
              "police said. No casualties were reported.\n",
    "b2.txt": "MOSUL, August 15, 2022 — Gunmen attacked a supply convoy of the US-led coalition near Mosul on "
              "Monday, security sources said. Asaib Ahl al-Haq praised the attack.\n",
}


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_two_sessions_on_an_empty_folder_make_one_build(articles, tmp_path, monkeypatch):
    out = tmp_path / "data"
    builds = []
    real = pipeline_run.build

    def counted(*args, **kwargs):
        builds.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline_run, "build", counted)
    start = threading.Barrier(2)
    results: dict[str, object] = {}

    def session(name: str) -> None:
        start.wait()
        try:
            results[name] = data.build(articles, out)
            results[name + " tables"] = data.load(out)
        except Exception as exc:  # noqa: BLE001 - reported by the asserts below
            results[name] = exc

    threads = [threading.Thread(target=session, args=(n,), name=n) for n in ("one", "two")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert len(builds) == 1, builds
    assert sorted([results["one"], results["two"]]) == [False, True], results
    assert not data.missing_tables(out)
    for name in ("one", "two"):
        tables = results[name + " tables"]
        assert len(tables.documents) == len(ARTICLES) and set(tables.documents["file"]) == set(ARTICLES)
    assert data.read_build_info(out)["documents"] == len(ARTICLES)


def test_a_command_line_build_waits_for_a_running_one(articles, tmp_path, monkeypatch):
    out = tmp_path / "data"
    started = threading.Event()
    real = pipeline_run._build

    def noted(*args, **kwargs):
        started.set()
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline_run, "_build", noted)
    with lock.build_lock(out) as waited:
        assert waited is False
        t = threading.Thread(target=pipeline_run.build, args=(articles, out))
        t.start()
        assert not started.wait(1.0)  # blocked on the lock: the build has not begun
    t.join(300)
    assert started.is_set() and not data.missing_tables(out)


def test_the_dashboard_waits_then_loads_instead_of_building(articles, tmp_path, monkeypatch):
    out = tmp_path / "data"
    pipeline_run.build(articles, out)
    waits = []

    class Spinner:
        def __enter__(self):
            waits.append(time.monotonic())

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(pipeline_run, "build", lambda *a, **k: pytest.fail("built again"))
    release = threading.Event()

    def other_build() -> None:
        with lock.build_lock(out):
            release.wait(30)

    t = threading.Thread(target=other_build)
    t.start()
    time.sleep(0.2)
    threading.Timer(0.5, release.set).start()
    assert data.build(articles, out, on_wait=Spinner, force=True) is False  # waited: that build's tables stand
    t.join(30)
    assert len(waits) == 1


def test_the_lock_holds_across_processes(tmp_path):
    out = tmp_path / "data"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pathlib import Path; from pipeline import lock\n"
         f"with lock.build_lock(Path({str(out)!r})):\n    print('held', flush=True); sys.stdin.read()"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(lock.BuildLockTimeout, match="data/"):
            with lock.build_lock(out, timeout=0.3):
                pass
    finally:
        holder.stdin.close()
        holder.wait(30)
    with lock.build_lock(out, timeout=5) as waited:  # released when its holder ended
        assert waited is False


def test_lock_is_reentrant_within_a_thread(tmp_path):
    with lock.build_lock(tmp_path) as outer, lock.build_lock(tmp_path, timeout=0.1) as inner:
        assert outer is False and inner is False
