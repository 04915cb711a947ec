"""Publishes one build's files as one set, so that a reader sees the previous set or the new one, never a mix.

Every file of a build is written into a new folder `builds/<id>/` inside the output folder, with
`build_info.json` last (it lists each file with its row count and size); then the link `current` is
switched to that folder by renaming a new link over it, which is atomic. Links beside it
(`events.csv -> current/events.csv`, ...) keep the old flat paths working. After the switch the
previous set is kept for readers that opened it a moment ago; older and unfinished builds are deleted.

Layout of an output folder:

    builds/<id>/          events.csv, events.parquet, ..., build_info.json
    current -> builds/<id>
    events.csv -> current/events.csv   (one link per file of the set)
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from pipeline import lock

log = logging.getLogger(__name__)

BUILDS = "builds"
CURRENT = "current"
INFO = "build_info.json"
TMP_SUFFIX = ".tmp"
PAUSE_ENV = "PMU_TEST_PAUSE_AT"  # test hook: the name of a point (see pause) where the writer stops
PAUSE_SECONDS = 120.0  # how long the test hook holds the writer: far longer than a test needs to kill it

Writer = Callable[[Path], int]  # writes one file at the path it is given and returns its row count


def published(folder: Path) -> Path:
    """The folder holding the published set: where `folder/current` points, resolved once so that every
    file is then read from the same build; `folder` itself when it has no `current` (a build folder
    opened directly, or tables written by an older version or by hand)."""
    folder = Path(folder)
    link = folder / CURRENT
    if link.is_symlink() or link.is_dir():
        return Path(os.path.realpath(link))
    return folder.resolve() if folder.exists() else folder


def pause(point: str) -> None:
    """Test hook: with PMU_TEST_PAUSE_AT set, log every point reached and hold the writer at the named one,
    so a test can kill the build at a known moment. Does nothing otherwise. The points, in order: `start`
    (new folder made), `write:<file>` before each file, `write:build_info.json`, `switch` (the set is
    complete, `current` not yet switched), `cleanup` (switched; links and old builds not yet done)."""
    wanted = os.environ.get(PAUSE_ENV)
    if not wanted:
        return
    log.warning("pause point %s", point)
    if wanted == point:
        time.sleep(PAUSE_SECONDS)


def publish(out: Path, files: dict[str, Writer], info: dict) -> Path:
    """Write files (name -> writer) and build_info.json into a new build folder of out, then make it the
    published set. Returns the new build folder. On any failure the new folder is removed and the
    published set stays as it was."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with lock.build_lock(out):  # re-entrant: run.build holds it already; clean-up never meets a live build
        build = _new_build_folder(out)
        try:
            pause("start")
            listing = {}
            for name, writer in files.items():
                pause(f"write:{name}")
                rows = writer(build / name)
                listing[name] = {"rows": int(rows), "bytes": (build / name).stat().st_size}
            pause(f"write:{INFO}")
            _write_info(build / INFO, {**info, "build": build.name, "files": listing})
            _sync(build, [*listing, INFO])
            pause("switch")
            previous = _target(out) or _adopt_copied_current(out)
            _link(out / CURRENT, f"{BUILDS}/{build.name}")
        except BaseException:
            shutil.rmtree(build, ignore_errors=True)
            raise
        _sync_dir(out)
        pause("cleanup")
        names = [*listing, INFO]
        for name in names:
            if not _links_to(out / name, f"{CURRENT}/{name}"):
                _link(out / name, f"{CURRENT}/{name}")
        _clean(out, keep={build.name, previous}, names={CURRENT, *names})
    return build


def read_info(folder: Path) -> dict:
    """build_info.json of a build folder; {} when absent. Raises ValueError when it is not a JSON object."""
    p = Path(folder) / INFO
    if not p.exists():
        return {}
    info = json.loads(p.read_text(encoding="utf-8"))
    if not isinstance(info, dict):
        raise ValueError(f"{INFO} is not a JSON object")
    return info


def _new_build_folder(out: Path) -> Path:
    """A fresh, empty builds/<UTC time> folder (its name sorts by time, for people reading the folder)."""
    root = out / BUILDS
    root.mkdir(exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
    for n in range(1000):
        path = root / (stamp if n == 0 else f"{stamp}-{n}")
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue
    raise FileExistsError(f"cannot make a new build folder in {root}")


def _write_info(path: Path, info: dict) -> None:
    def default(o):
        return o.isoformat() if hasattr(o, "isoformat") else str(o)
    path.write_text(json.dumps(info, indent=1, default=default), encoding="utf-8")


def _sync(folder: Path, names: list[str]) -> None:
    """Flush the files and the folder to disk before the switch, so that after a power cut the link
    never points at a folder whose files were still in memory."""
    for name in names:
        fd = os.open(folder / name, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    _sync_dir(folder)


def _sync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # some systems cannot open a folder; its entries are then flushed with the files
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        log.debug("cannot fsync %s: %s", folder, exc)
    finally:
        os.close(fd)


def _target(out: Path) -> str | None:
    """The build name `current` points to now, if it points into builds/."""
    link = out / CURRENT
    if not link.is_symlink():
        return None
    target = Path(os.readlink(link))
    return target.name if target.parent.name == BUILDS else None


def _adopt_copied_current(out: Path) -> str | None:
    """When `current` is a real folder (the output folder was copied by a tool that follows links), move it
    into builds/ as the previous set, so that the link can take its place. Its name, or None."""
    link = out / CURRENT
    if link.is_symlink() or not link.is_dir():
        return None
    target = out / BUILDS / f"{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S.%fZ')}-copied"
    os.rename(link, target)
    return target.name


def _links_to(path: Path, target: str) -> bool:
    return path.is_symlink() and os.readlink(path) == target


def _link(path: Path, target: str) -> None:
    """Make path a symbolic link to target in one step: a new link under a temporary name renamed over it
    (replacing a link, or a file left by an older version that wrote the tables flat)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}{TMP_SUFFIX}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(target, tmp)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _clean(out: Path, keep: set[str | None], names: set[str]) -> None:
    """Delete the build folders not in keep (older sets, and unfinished ones of killed runs), the temporary
    files of killed runs (ours and the per-file ones of older versions: `.<name>.<anything>.tmp`) and links
    to files the new set lacks. Runs under the build lock, so nothing here is still being written."""
    root = out / BUILDS
    for path in root.iterdir() if root.is_dir() else ():
        if path.name not in keep:
            _remove(path)
    for path in out.iterdir():
        n = path.name
        if n.startswith(".") and n.endswith(TMP_SUFFIX) and any(n.startswith(f".{name}.") for name in names):
            _remove(path)
        elif path.is_symlink() and os.readlink(path).startswith(f"{CURRENT}/") and not path.exists():
            path.unlink()


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def verify(folder: Path) -> list[str]:
    """What is wrong with the set in folder against its build_info.json: files missing, or whose size or
    (Parquet) row count differs from the listing. Empty when the set is whole, and for a folder written
    by an older version (no listing to check against)."""
    folder = Path(folder)
    is_build = folder.parent.name == BUILDS
    try:
        info = read_info(folder)
    except (OSError, ValueError) as exc:
        return [f"{INFO} cannot be read ({exc})"]
    listing = info.get("files")
    if not isinstance(listing, dict):
        return [f"{INFO} is missing or lists no files"] if is_build else []
    problems = []
    for name, meta in listing.items():
        problem = _check_file(folder / name, meta if isinstance(meta, dict) else {})
        if problem:
            problems.append(f"{name} {problem}")
    return problems


def _check_file(path: Path, meta: dict) -> str | None:
    """Why the file does not match its listing, or None."""
    if not path.is_file():
        return "is missing"
    if path.suffix == ".parquet" and meta.get("rows") is not None:  # the row count is in the file's footer
        import pyarrow.parquet as pq
        try:
            rows = pq.read_metadata(path).num_rows
        except (OSError, ValueError) as exc:  # pyarrow's errors subclass these
            return f"cannot be read ({type(exc).__name__})"
        if rows != meta["rows"]:
            return f"has {rows:,} rows, {INFO} lists {meta['rows']:,}"
    size = path.stat().st_size  # a CSV's rows would take a full read to count: its size shows a change
    if meta.get("bytes") is not None and size != meta["bytes"]:
        return f"has {size:,} bytes, {INFO} lists {meta['bytes']:,}"
    return None
