"""The build in chunks (pipeline.chunks): the chunk size changes nothing in the tables; one document's text and
mentions read on demand equal the whole table's rows; an incremental build re-extracts only what changed, keeps the
part files of unchanged chunks and gives the tables of a full build."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

try:
    from tests import dashboard_support as ds
except ImportError:  # tests/ is not a package
    import dashboard_support as ds
from dashboard import data
from pipeline import chunks, run, tableset

ROOT = Path(__file__).parents[1]
TABLES = ("events", "actors", "locations", "documents", "anchors")
BUILD_TIME = ("last_modified",)  # the time of the build that extracted the row
ADDED = ("Drone strike near Al-Qaim\n\nAL-QAIM, Iraq, May 4, 2024 — A drone struck a vehicle of Kataib Hezbollah "
         "near Al-Qaim on Saturday, killing two fighters, security officials said.\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds, 40 invented articles and one empty file (skipped)."""
    return ds.seeds_and_synthetic(tmp_path_factory.mktemp("corpus"), events=200, seed=3, docs=40)


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    run.build(corpus, out)
    return out


def tables(folder: Path) -> dict[str, pd.DataFrame]:
    out = {n: pd.read_parquet(folder / f"{n}.parquet").drop(columns=list(BUILD_TIME), errors="ignore")
           for n in TABLES}
    return {**out, "texts": chunks.read_all(folder, "texts"), "mentions": chunks.read_all(folder, "mentions")}


def assert_same(a: Path, b: Path) -> None:
    ta, tb = tables(a), tables(b)
    assert len(ta["events"]) > 50 and len(ta["texts"]) == 46
    for name in ta:
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)


def parts(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in (folder / chunks.PARTS).iterdir()}


def test_small_chunks_give_the_tables_of_one_chunk(corpus, built, tmp_path, monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_MEAN", 1)  # every document closes its chunk
    run.build(corpus, tmp_path / "small")
    assert len(parts(tmp_path / "small")) == 2 * 46
    monkeypatch.setattr(chunks, "CHUNK_MEAN", 10**9)
    monkeypatch.setattr(chunks, "CHUNK_MAX", 10**9)
    run.build(corpus, tmp_path / "one")
    assert len(parts(tmp_path / "one")) == 2
    assert_same(tmp_path / "small", tmp_path / "one")
    assert_same(tmp_path / "one", built)


def test_one_document_read_on_demand_equals_the_whole_table(built):
    texts, mentions = chunks.read_all(built, "texts"), chunks.read_all(built, "mentions")
    loaded = data._load(tableset.published(built), built)
    assert loaded.mentions is None  # nothing loads every mention with the tables
    for file, text in zip(texts["file"], texts["text"]):
        assert data.article_text(built, file) == text
        mine = data.article_mentions(loaded, file).reset_index(drop=True)
        whole = mentions[mentions["file"] == file].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, whole, check_dtype=False, obj=file)
    assert len(mentions) > 100 and mentions["file"].nunique() > 30
    assert data.article_text(built, "not_there.txt") is None and data.article_mentions(loaded, "x.txt") is None


def test_adding_an_article_extracts_it_alone_and_equals_a_full_build(corpus, built, tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(corpus, folder)
    shutil.copytree(built, out, symlinks=True)
    before = parts(out)
    (folder / "zz_added.txt").write_text(ADDED, encoding="utf-8")
    report = run.build(folder, out)
    assert (report.extracted, report.reused) == (1, 45)
    after = parts(out)
    assert all(after.get(n) == t for n, t in before.items())  # no part rewritten (the previous set keeps its own)
    assert len(set(after) - set(before)) == 2  # the last chunk, which the new name joins: its texts and mentions
    assert data.article_text(out, "zz_added.txt") == ADDED
    full = run.build(folder, tmp_path / "fresh")
    assert full.extracted == 46
    assert_added = tables(out)
    assert "zz_added.txt" in set(assert_added["events"]["sources"].str.split(";").explode())
    pd.testing.assert_frame_equal(assert_added["events"], tables(tmp_path / "fresh")["events"])
    pd.testing.assert_frame_equal(assert_added["texts"], tables(tmp_path / "fresh")["texts"])


def test_removing_an_article_drops_its_events_and_text(corpus, built, tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(corpus, folder)
    shutil.copytree(built, out, symlinks=True)
    gone = "doc_007.txt"
    assert gone in set(tables(out)["events"]["sources"].str.split(";").explode())
    (folder / gone).unlink()
    report = run.build(folder, out)
    assert report.extracted == 0 and report.reused == 44
    t = tables(out)
    assert gone not in set(t["events"]["sources"].str.split(";").explode()) and gone not in set(t["texts"]["file"])
    assert data.article_text(out, gone) is None
    run.build(folder, tmp_path / "fresh")
    pd.testing.assert_frame_equal(t["events"], tables(tmp_path / "fresh")["events"])


def test_a_lost_records_file_is_rebuilt_from_the_store(corpus, built, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    os.remove(out / chunks.RECORDS)
    report = run.build(corpus, out)
    assert (report.extracted, report.reused) == (0, 45) and (out / chunks.RECORDS).exists()
    assert_same(out, built)


def test_a_damaged_records_file_is_a_warning_and_the_build_goes_on(corpus, built, tmp_path, caplog):
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    (out / chunks.RECORDS).write_bytes(b"not a pickle")
    report = run.build(corpus, out)
    assert (report.extracted, report.reused) == (0, 45)
    assert any("records.pkl" in r.getMessage() and "unreadable" in r.getMessage() for r in caplog.records)
    assert_same(out, built)
    assert chunks.load_records(out)  # written again whole
