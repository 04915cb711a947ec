"""Extraction on a Dask cluster (`--jobs`, `--scheduler`) gives the same tables as one process: same rows, same
event_ids, same order, also when an incremental build mixes cached and new articles."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from distributed import LocalCluster

try:
    from tests import dashboard_support as ds
except ImportError:  # tests/ is not a package
    import dashboard_support as ds
from pipeline import chunks, run
from pipeline.parallel import LOOPBACK_HTTP
from pipeline.__main__ import EXIT_OK, main

ROOT = Path(__file__).parents[1]
COMPARED = ("events", "actors", "locations", "documents", "anchors")
PER_DOCUMENT = ("mentions", "texts")  # written chunk by chunk (pipeline.chunks), read back whole here
BUILD_TIME = ("last_modified",)  # the time of the build that extracted the row: differs between any two builds


@pytest.fixture(scope="module")
def cluster():
    """A real scheduler with two single-threaded worker processes, on the loopback interface."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, scheduler_kwargs=LOOPBACK_HTTP) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds, ~60 invented articles (benchmarks/synth.py) and one empty file that is skipped."""
    return ds.seeds_and_synthetic(tmp_path_factory.mktemp("corpus"), events=300, seed=11, docs=60)


def tables(folder: Path) -> dict[str, pd.DataFrame]:
    out = {n: pd.read_parquet(folder / f"{n}.parquet").drop(columns=list(BUILD_TIME), errors="ignore")
           for n in COMPARED}
    return {**out, **{n: chunks.read_all(folder, n) for n in PER_DOCUMENT}}


def assert_same(a: Path, b: Path) -> None:
    ta, tb = tables(a), tables(b)
    assert len(ta["events"]) > 100 and ta["events"]["event_id"].is_unique
    for name in (*COMPARED, *PER_DOCUMENT):
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)


def test_cluster_build_equals_one_process(cluster, corpus, tmp_path):
    one = run.build(corpus, tmp_path / "one", jobs=1)
    many = run.build(corpus, tmp_path / "many", scheduler=cluster.scheduler_address)
    assert many.extracted == one.extracted == 65 and many.skipped == one.skipped != []
    assert_same(tmp_path / "one", tmp_path / "many")
    assert list(tables(tmp_path / "many")["events"]["event_id"]) == list(tables(tmp_path / "one")["events"]["event_id"])


def test_incremental_cluster_build_extracts_only_new_articles_in_order(cluster, corpus, tmp_path):
    """New articles whose names fall between cached ones: the queue keeps the one-process order."""
    folder = tmp_path / "in"
    shutil.copytree(corpus, folder)
    run.build(folder, tmp_path / "one", jobs=1)
    run.build(folder, tmp_path / "many", scheduler=cluster.scheduler_address)
    for i, src in enumerate(["doc_003.txt", "doc_020.txt", "doc_041.txt"]):
        text = (folder / src).read_text(encoding="utf-8").replace("Synthetic report", "Follow-up report")
        (folder / f"doc_0{10 * i + 5:02d}b.txt").write_text(text.replace("2023", "2022"), encoding="utf-8")
    one = run.build(folder, tmp_path / "one", jobs=1)
    many = run.build(folder, tmp_path / "many", scheduler=cluster.scheduler_address)
    assert (one.extracted, one.reused) == (many.extracted, many.reused) == (3, 65)
    assert_same(tmp_path / "one", tmp_path / "many")


def test_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    from pipeline import parallel
    monkeypatch.setattr(parallel, "CLUSTER_START_TIMEOUT", "1s")
    with pytest.raises(run.PipelineError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        run.build(ROOT / "seeds", tmp_path / "o", scheduler="tcp://127.0.0.1:9")
    assert not (tmp_path / "o" / "events.parquet").exists()


def test_cli_jobs_2_equals_jobs_1(tmp_path, capsys):
    assert main(["build", "--input", str(ROOT / "seeds"), "--output", str(tmp_path / "one"), "--jobs", "1"]) == EXIT_OK
    assert main(["build", "--input", str(ROOT / "seeds"), "--output", str(tmp_path / "two"), "--jobs", "2"]) == EXIT_OK
    assert "Read 5 of 5 documents" in capsys.readouterr().out
    ta, tb = tables(tmp_path / "one"), tables(tmp_path / "two")
    for name in (*COMPARED, *PER_DOCUMENT):
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)


def test_cli_rejects_zero_jobs(tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["build", "--input", str(ROOT / "seeds"), "--output", str(tmp_path), "--jobs", "0"])
    assert exc.value.code == 2


class _Failed:
    def __init__(self, exc):
        self.exc = exc

    def result(self):
        raise self.exc


def test_a_cluster_failure_is_named_and_the_work_own_errors_pass_through():
    from pipeline import parallel
    done = []
    ordered = parallel.Ordered(lambda payload, result: done.append(payload), (run.PipelineError,))
    ordered.add("cached")
    ordered.add("batch", _Failed(OSError("worker lost")))
    with pytest.raises(parallel.ClusterError, match="extraction on the Dask cluster failed: OSError: worker lost"):
        ordered.drain(0)
    assert done == ["cached"]
    ordered.add("batch", _Failed(run.PipelineError("gazetteer.csv line 3: bad")))
    with pytest.raises(run.PipelineError, match="gazetteer.csv line 3"):
        ordered.drain(0)


def test_steps_finish_in_the_order_added_and_at_most_limit_batches_wait():
    from pipeline import parallel

    class Ready:
        def __init__(self, value):
            self.value = value

        def result(self):
            return self.value

    done = []
    ordered = parallel.Ordered(lambda payload, result: done.append((payload, result)))
    ordered.add("a", Ready(1))
    ordered.add("b")
    ordered.drain(1)
    assert done == [] and ordered.pending == 1  # the batch may still run; the cached step waits behind it
    ordered.add("c", Ready(3))
    ordered.drain(1)
    assert done == [("a", 1), ("b", None)] and ordered.pending == 1
    ordered.drain(0)
    assert done == [("a", 1), ("b", None), ("c", 3)]
