"""The tables of one build are one set: a build killed at any point leaves the previous set or the new one
whole (never a mix), later builds clean up after killed ones, the dashboard reports a damaged set, and
files are written with the user's umask and CSVs with a byte-order mark."""
from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

from pipeline import schema, tables, tableset

try:
    from tests import dashboard_support as ds
except ImportError:  # tests/ is not a package
    import dashboard_support as ds

ROOT = Path(__file__).resolve().parents[1]
SET_FILES = {f"{t}.{ext}" for t in schema.TABLES for ext in ("parquet", "csv")} | {"parts.parquet", "anchors.parquet",
                                                                                 "held_back.parquet"}
MARKER = "pause point "
BUILD_TIMEOUT = 180  # seconds a seed build may take on a slow, busy machine before the test gives up

# (name, pause point, seconds to wait after reaching it before SIGKILL, what a reader must see after the kill).
# With a point that matches nothing the writer does not stop: the delay then lands somewhere in the writing
# of the files (mid-file, between files, at the switch or after it), so either set is acceptable.
NAMED = [
    ("at start", "start", 0.0, "old"),
    ("after the first file", "write:events.csv", 0.0, "old"),
    ("mid-set", "write:documents.parquet", 0.0, "old"),
    ("before build_info", f"write:{tableset.INFO}", 0.0, "old"),
    ("before the switch", "switch", 0.0, "old"),
    ("after the switch", "cleanup", 0.0, "new"),
]
STAGGERED = [(f"{d * 1000:g} ms into the writing", "write:events.parquet", d, "either")
             for d in (0.01, 0.03, 0.05, 0.08, 0.12)]


def _build_cmd(out: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", "build", "--input", "seeds", "--output", str(out)]


def _kill_at(out: Path, point: str, delay: float, stop: bool) -> int:
    """Run a real build into out, SIGKILL it `delay` s after it reaches point (held there when stop). Returns
    the exit status (-9 when killed; 0 when it finished first)."""
    env = {**os.environ, tableset.PAUSE_ENV: point if stop else "no-such-point"}
    proc = subprocess.Popen(_build_cmd(out), cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if line.strip().endswith(MARKER + point):
                break
        else:
            raise AssertionError(f"the build never reached {point!r}")
        if delay:
            time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        return proc.wait(BUILD_TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(BUILD_TIMEOUT)
        proc.stderr.close()


def _read_back(out: Path) -> tuple[str, dict]:
    """Read every file of the published set and check it against build_info.json: (build name, info)."""
    build = tableset.published(out)
    info = tableset.read_info(build)
    assert set(info["files"]) == SET_FILES
    for name, meta in info["files"].items():
        path = build / name
        df = pd.read_parquet(path) if name.endswith(".parquet") else pd.read_csv(path)
        assert len(df) == meta["rows"], f"{name}: {len(df)} rows, build_info.json says {meta['rows']}"
        assert path.stat().st_size == meta["bytes"]
        # the flat path users open goes through the same pointer
        assert (out / name).resolve() == path.resolve()
    assert tableset.verify(build) == []
    return build.name, info


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> tuple[Path, str]:
    """A folder with one complete set, built by the command line."""
    out = tmp_path_factory.mktemp("tableset") / "base"
    r = subprocess.run(_build_cmd(out), cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    assert r.returncode == 0, r.stderr
    return out, tableset.published(out).name


@pytest.fixture(scope="module")
def killed(baseline, tmp_path_factory) -> dict[str, tuple[Path, int]]:
    """Each scenario's output folder (a copy of the baseline) after its build was killed, and the exit status.
    Run three at a time: each is a separate process and they do not share a folder."""
    base, _name = baseline
    root = tmp_path_factory.mktemp("killed")
    scenarios = [(n, p, d, True) for n, p, d, _e in NAMED] + [(n, p, d, False) for n, p, d, _e in STAGGERED]

    def run(scenario):
        name, point, delay, stop = scenario
        out = root / name.replace(" ", "_")
        shutil.copytree(base, out, symlinks=True)
        return name, (out, _kill_at(out, point, delay, stop))

    with ThreadPoolExecutor(max_workers=3) as pool:
        return dict(pool.map(run, scenarios))


@pytest.mark.parametrize("name, point, delay, expect", NAMED + STAGGERED)
def test_a_killed_build_leaves_one_whole_set(killed, baseline, name, point, delay, expect):
    from dashboard import data
    out, status = killed[name]
    _base, old = baseline
    if expect != "either":
        assert status == -signal.SIGKILL, f"the build was not killed at {point}"
    shown, info = _read_back(out)
    if expect == "old":
        assert shown == old
    elif expect == "new":
        assert shown != old
    loaded = data.load(out)
    assert loaded.problems == []
    assert len(loaded.events) == info["files"]["events.parquet"]["rows"]


def test_a_killed_first_build_leaves_no_set(tmp_path):
    from dashboard import data
    out = tmp_path / "fresh"
    assert _kill_at(out, "switch", 0.0, stop=True) == -signal.SIGKILL
    assert not (out / tableset.CURRENT).exists()
    assert data.missing_tables(out) == list(schema.TABLES)
    with pytest.raises(data.DataError) as err:
        data.load(out)
    assert err.value.missing


def _tiny_tables() -> dict[str, pd.DataFrame]:
    return {name: schema.empty(name) for name in schema.TABLES}


def test_the_next_build_clears_what_killed_builds_left(killed, baseline, tmp_path):
    _base, old = baseline
    out = tmp_path / "out"
    switched, _ = killed["after the switch"]  # published a new set, then died before clearing
    shutil.copytree(switched, out, symlinks=True)
    unfinished = tableset.published(killed["before the switch"][0]).parent  # the builds/ of that folder
    stray = [p for p in unfinished.iterdir() if p.name != old]
    assert len(stray) == 1, "the build killed before the switch left its unfinished folder"
    shutil.copytree(stray[0], out / tableset.BUILDS / stray[0].name)
    (out / ".events.csv.k3j9x.tmp").write_text("half a table from an older version")
    os.symlink("builds/nowhere", out / ".current.4242.tmp")
    before = tableset.published(out).name
    new = tables.write(_tiny_tables(), out, {}, {"input_dir": "x"})
    assert tableset.published(out) == new.resolve()
    assert {p.name for p in (out / tableset.BUILDS).iterdir()} == {new.name, before}  # the new and the previous
    assert not [p for p in os.listdir(out) if p.endswith(".tmp")]
    assert not (out / "mentions.parquet").exists() and not (out / "mentions.parquet").is_symlink()  # not in this set


def test_a_failed_write_keeps_the_published_set(tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = tables.write(_tiny_tables(), out, {}, {})

    def boom(*_a, **_k):
        raise OSError("disk full")
    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(OSError):
        tables.write(_tiny_tables(), out, {}, {})
    assert tableset.published(out) == first.resolve()
    assert [p.name for p in (out / tableset.BUILDS).iterdir()] == [first.name]


def test_a_flat_folder_of_an_older_version_becomes_a_set(tmp_path):
    out = tmp_path / "old"
    out.mkdir()
    (out / "events.csv").write_text("stale")
    (out / "build_info.json").write_text("{}")
    tables.write(_tiny_tables(), out, {}, {})
    assert (out / "events.csv").is_symlink() and (out / "events.csv").read_text(encoding="utf-8-sig").startswith("event_id,")
    assert tableset.read_info(out)["files"]["events.csv"]["rows"] == 0


def test_a_folder_copied_without_its_links_takes_a_new_set(tmp_path):
    first = tmp_path / "first"
    tables.write(_tiny_tables(), first, {}, {})
    copy = tmp_path / "copy"
    shutil.copytree(first, copy)  # follows the links: `current` and events.csv, ... become real
    assert (copy / tableset.CURRENT).is_dir() and not (copy / tableset.CURRENT).is_symlink()
    new = tables.write(_tiny_tables(), copy, {}, {})
    assert tableset.published(copy) == new.resolve() and (copy / "events.csv").is_symlink()
    kept = {p.name for p in (copy / tableset.BUILDS).iterdir()} - {new.name}
    assert len(kept) == 1 and kept.pop().endswith("-copied")  # the copied set, kept as the previous one


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_files_follow_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        build = tables.write(_tiny_tables(), tmp_path / "out", {"texts": pd.DataFrame({"file": ["a"], "text": ["b"]})}, {})
    finally:
        os.umask(old)
    for p in build.iterdir():
        assert p.stat().st_mode & 0o777 == 0o666 & ~umask, p.name
    assert build.stat().st_mode & 0o777 == 0o777 & ~umask


# ------------------------------------------------------------------ the dashboard's check
@pytest.fixture
def synth(tmp_path):
    return ds.write_synthetic(tmp_path / "d", n=40, seed=3)


def _break_rows(folder: Path) -> str:
    """Replace events.parquet by one with a row fewer, through the link, as a hand edit would."""
    p = folder / "events.parquet"
    pd.read_parquet(p).iloc[:-1].to_parquet(p, index=False)
    return "events.parquet"


@pytest.mark.parametrize("damage, message", [
    (lambda f: (tableset.published(f) / "actors.csv").unlink(), "actors.csv is missing"),
    (lambda f: (f / "events.csv").write_text("event_id\nEV1\n", encoding="utf-8"), "events.csv has"),
    (_break_rows, "events.parquet has"),
])
def test_the_loader_reports_a_broken_set(synth, damage, message):
    from dashboard import data
    assert data.load(synth).problems == []
    damage(synth)
    problems = data.load(synth).problems
    assert problems and any(message in p for p in problems), problems


def test_the_dashboard_warns_about_a_broken_set(synth, monkeypatch):
    from streamlit.testing.v1 import AppTest
    _break_rows(synth)
    monkeypatch.setenv("PMU_DATA", str(synth))
    at = AppTest.from_file(str(ds.APP), default_timeout=60)
    at.run()
    assert not at.exception and not at.error
    warnings = [w.value for w in at.warning]
    assert any("do not match their build record" in w and "events.parquet has 39 rows" in w for w in warnings), warnings
    assert at.tabs  # the page still draws


# ------------------------------------------------------------------ CSV with a byte-order mark
def test_csv_tables_carry_a_bom_and_read_back(baseline):
    out, _ = baseline
    raw = (out / "events.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfevent_id,")
    assert list(pd.read_csv(out / "events.csv").columns) == schema.columns("events")
    with open(out / "events.csv", newline="", encoding="utf-8-sig") as f:
        first = next(csv.DictReader(f))
    assert first["event_id"].startswith("EV")


def test_dashboard_downloads_carry_a_bom(synth):
    from dashboard import data, exports
    ev = data.load(synth).events.head(5)
    for blob in (exports.to_csv(ev), exports.to_acled_csv(ev)):
        assert blob.startswith(b"\xef\xbb\xbf")
        back = pd.read_csv(io.BytesIO(blob))
        assert len(back) == 5 and not back.columns[0].startswith("\ufeff")
