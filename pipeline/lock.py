"""One build at a time per data folder: an exclusive lock on `<folder>/.build.lock`, held for a whole build by
the command line and by the dashboard alike, so that two builds never write the same tables at once. The
operating system releases the lock when its process dies, so a crashed build never leaves it stuck."""
from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from filelock import FileLock, Timeout

log = logging.getLogger(__name__)

LOCK_NAME = ".build.lock"
WAIT_SECONDS = 4 * 3600.0  # longer than a full build of the largest corpus we expect; a lock held longer is stuck

_held = threading.local()  # folders whose lock this thread holds: a nested build_lock of one of them is a no-op


class BuildLockTimeout(TimeoutError):
    """Another build held the folder's lock for longer than we were willing to wait."""


def _key(folder: Path) -> str:
    return str(Path(folder).resolve())


def _held_here() -> set[str]:
    if not hasattr(_held, "folders"):
        _held.folders = set()
    return _held.folders


@contextlib.contextmanager
def build_lock(folder: Path, timeout: float = WAIT_SECONDS,
               on_wait: Callable[[], AbstractContextManager] | None = None) -> Iterator[bool]:
    """Hold folder's build lock for the with-block; yields True when another build held it and we waited
    for that build to finish (the caller may then find the tables already built). on_wait gives a context
    manager (e.g. a spinner) that is open while we wait. Raises BuildLockTimeout after timeout seconds.
    Re-entrant within a thread, so a caller holding the lock can call pipeline.run.build."""
    key = _key(folder)
    if key in _held_here():
        yield False
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    lock = FileLock(Path(folder) / LOCK_NAME)
    waited = False
    try:
        lock.acquire(timeout=0)
    except Timeout:
        waited = True
        log.warning("another build of %s is running; waiting for it to finish", folder)
        with on_wait() if on_wait else contextlib.nullcontext():
            try:
                lock.acquire(timeout=timeout)
            except Timeout as exc:
                raise BuildLockTimeout(f"another build of {Path(folder).name}/ has held {LOCK_NAME} for more than "
                                       f"{timeout:.0f} s; is it stuck?") from exc
    _held_here().add(key)
    try:
        yield waited
    finally:
        _held_here().discard(key)
        lock.release()

