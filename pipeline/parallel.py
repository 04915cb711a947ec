"""Extraction of article batches in other processes, on a Dask cluster (a local one, or one given by address).

The build hands batches here in order and takes the results back in the same order, so the output is the same
whatever the number of workers and whichever finishes first. `--jobs 1` never imports Dask.
"""
from __future__ import annotations

import logging
from collections import deque
from typing import Callable

from pipeline.model import Article, MentionRow

log = logging.getLogger(__name__)

IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: one running, one ready, so no worker waits and memory stays flat
CLUSTER_START_TIMEOUT = "60s"  # spawning workers that import spaCy takes seconds on a loaded machine

# The scheduler serves health checks over HTTP even with the dashboard off: on a free loopback port, not on 8787
LOOPBACK_HTTP = {"dashboard_address": "127.0.0.1:0"}

RowResult = tuple[list, list[MentionRow], list[str]]  # events, mention rows, unplaced names


def extract_batch(work: Callable, arts: list[Article], resources_dir: str, ner: bool, parse: bool
                  ) -> tuple[list[Article], list[RowResult]]:
    """Run in a worker: one batch's extraction by `work` (the build's batch function, sent by reference).
    The knowledge files and the spaCy models load once per worker process (resources.load and the parser are
    cached at module level). The articles come back too, since describing them sets their title, date and status."""
    from pipeline import resources
    from pipeline.model import mention_row
    kb = resources.load(resources_dir)
    results = work(arts, kb, ner, parse)
    return arts, [(evs, [mention_row(m) for m in ms], un) for evs, ms, un in results]


class ClusterError(RuntimeError):
    """The Dask cluster cannot be started or reached."""


class Engine:
    """A Dask client over a LocalCluster of `jobs` single-threaded worker processes, or over the cluster at
    `scheduler`. Started on first use, so a build with nothing to extract starts no processes."""

    def __init__(self, jobs: int, scheduler: str | None = None):
        self.jobs, self.scheduler = jobs, scheduler
        self.client = self.cluster = None

    def start(self) -> None:
        if self.client is not None:
            return
        from distributed import Client, LocalCluster
        try:
            if self.scheduler:
                self.client = Client(self.scheduler, timeout=CLUSTER_START_TIMEOUT)
            else:
                self.cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                            host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR,
                                            scheduler_kwargs=LOOPBACK_HTTP)
                self.client = Client(self.cluster, timeout=CLUSTER_START_TIMEOUT)
        except (OSError, RuntimeError, TimeoutError, ValueError) as exc:
            self.close()
            where = f"the Dask scheduler at {self.scheduler}" if self.scheduler else "a local Dask cluster"
            raise ClusterError(f"cannot reach {where}: {type(exc).__name__}: {exc}") from exc

    def workers(self) -> int:
        """How many workers the cluster has (at least one, so that work is queued while workers join)."""
        self.start()
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def submit(self, work: Callable, arts: list[Article], resources_dir: str, ner: bool, parse: bool):
        self.start()
        return self.client.submit(extract_batch, work, arts, resources_dir, ner, parse, pure=False)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None


class Ordered:
    """A first-in first-out queue of steps whose results may be computed elsewhere. `add` appends a step done
    at once (a cached article) or a submitted batch; `drain(limit)` runs the steps in the order they were
    added while no more than `limit` batches are left pending, so the build sees the same order as with
    one process and the memory held is a few batches."""

    def __init__(self, finish: Callable[[object, object], None], own_errors: tuple[type[Exception], ...] = ()):
        self.finish = finish  # (payload, result of the future, or None for a step done at once)
        self.own_errors = own_errors  # raised by the work itself: passed on as they are
        self.queue: deque = deque()
        self.pending = 0

    def add(self, payload, future=None) -> None:
        self.queue.append((payload, future))
        self.pending += future is not None

    def drain(self, limit: int = 0) -> None:
        while self.queue and (self.queue[0][1] is None or self.pending > limit):
            payload, future = self.queue.popleft()
            if future is not None:
                self.pending -= 1
                self.finish(payload, self.result(future))
            else:
                self.finish(payload, None)

    def result(self, future):
        """The future's result; a failure of the cluster itself (a lost worker, a worker or scheduler that
        cannot import `pipeline`) becomes a ClusterError saying so."""
        try:
            return future.result()
        except self.own_errors:
            raise
        except Exception as exc:  # noqa: BLE001 - anything else is the cluster's, not an article's
            raise ClusterError(f"extraction on the Dask cluster failed: {type(exc).__name__}: {exc}") from exc
