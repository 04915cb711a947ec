"""The embedded store on SQLite and on a real PostgreSQL; incremental builds; stable event ids; corrections that
survive re-extraction, and orphaned ones listed."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from pipeline import config, corrections, run, store
from pipeline.store import Store

try:
    from tests import pg_support
except ImportError:  # tests/ is not a package
    import pg_support

ROOT = Path(__file__).resolve().parents[1]

NEW_ARTICLE = """Drone hits convoy near Al-Qaim

AL-QAIM, Iraq, June 12, 2022 — A drone struck a convoy of Kataib Hezbollah fighters near Al-Qaim on Sunday, \
killing three of them, security sources said.

The group blamed US forces for the strike. A coalition spokesman declined to comment.
"""


@pytest.fixture(scope="session")
def pg_url():
    with pg_support.postgres() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """A fresh store on each backend (PostgreSQL: a fresh database on the session's server)."""
    if request.param == "sqlite":
        yield Store(tmp_path)
        return
    base = request.getfixturevalue("pg_url")
    name = f"t_{abs(hash(request.node.nodeid)) % 10**9}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
        c.execute(sa.text(f"CREATE DATABASE {name}"))
    url = base.rsplit("/", 1)[0] + "/" + name
    yield Store(tmp_path, url=url)
    store._engines.pop(url).dispose()
    with admin.connect() as c:
        c.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
    admin.dispose()


def _anchor(text="Rockets hit the base.", h="a" * 64, start=10):
    return store.anchor_of(h, start, text, "missile_or_rocket_attack")


# ---- the store on both backends ---------------------------------------------------------------------------
def test_store_is_versioned(db):
    assert db.version() == store.SCHEMA_VERSION
    Store(db.data_dir, url=db.url)  # opening again migrates nothing and keeps the version
    assert db.version() == store.SCHEMA_VERSION


def test_registry_and_extraction_cache(db):
    t = store.now()
    db.register([{"file": "a.txt", "content_hash": "h1", "meta_hash": "m", "size": 5, "mtime_ns": 7, "title": "A",
                  "source": "", "url": "", "published": "2020-01-02", "status": "ok", "seen_at": t}])
    assert db.documents()["a.txt"]["content_hash"] == "h1"
    assert db.find_content("h1") == "a.txt" and db.find_content("h2") is None
    db.put_extractions("kb", "v1", [("h1", "m", {"events": [1, 2]})])
    db.put_extractions("kb", "v1", [("h1", "m", {"events": [3]})])  # the same key replaces, never duplicates
    assert db.cached("kb", "v1", [("h1", "m")])[("h1", "m")][0] == {"events": [3]}
    assert db.cached("kb2", "v1", [("h1", "m")]) == {}  # another knowledge base: a miss
    assert db.cached("kb", "v2", [("h1", "m")]) == {}  # another extractor: a miss
    assert db.cached("kb", "v1", [("h1", "other-manifest-row")]) == {}
    assert db.extraction_count() == 1


def test_corrections_history_undo_and_csv_round_trip(db, kb, tmp_path):
    cid = db.add_correction(_anchor(), "fatalities", "2", "3", reason="the ministry said three", user="ana")
    db.add_correction(_anchor(), "event_type", "shelling", "drone_strike", user="ana")
    assert db.undo(cid, user="ben") and not db.undo(cid, user="ben")  # undone once; it stays in the history
    rows = db.corrections()
    assert [r["field"] for r in rows] == ["fatalities", "event_type"]
    assert rows[0]["undone_by"] == "ben" and rows[0]["undone_at"] is not None
    assert [r["field"] for r in db.corrections(active_only=True)] == ["event_type"]
    text = corrections.export_csv(db)
    other = Store(tmp_path / "other")
    assert corrections.import_csv(other, text, kb) == (2, [])
    assert corrections.import_csv(other, text, kb) == (0, [])  # importing twice adds nothing
    assert [(r["field"], r["after"], r["undone_by"]) for r in other.corrections()] == \
        [("fatalities", "3", "ben"), ("event_type", "drone_strike", "")]


def test_import_names_the_bad_lines(db, kb):
    text = corrections.export_csv(db) + "h,f.txt,0,5,s,shelling,EV1,event_type,shelling,laser_attack,,u,,,\n"
    added, problems = corrections.import_csv(db, text, kb)
    assert added == 0 and problems == ["line 2: unknown event type 'laser_attack'"]
    assert corrections.import_csv(db, "a,b\n1,2\n", kb)[1][0].startswith("the file lacks the column(s)")


def test_sqlite_store_uses_wal_in_the_data_folder(tmp_path):
    s = Store(tmp_path)
    assert (tmp_path / store.DB_FILE).exists()
    with s.engine.connect() as c:
        assert c.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"


def test_one_writer_at_a_time(tmp_path):
    from filelock import FileLock, Timeout
    s = Store(tmp_path)
    with s.writing():
        with pytest.raises(Timeout):
            FileLock(tmp_path / store.WRITER_LOCK).acquire(timeout=0.1)


def test_a_newer_store_is_refused(tmp_path):
    s = Store(tmp_path)
    with s.engine.begin() as c:
        c.execute(store.version_table.update().values(version=store.SCHEMA_VERSION + 1))
    with pytest.raises(store.StoreError, match="newer than this code"):
        Store(tmp_path)


def test_postgres_url_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("PMU_DB_URL", "postgresql://u:secret@db.example.org/pmu")
    assert store.url_for(tmp_path) == "postgresql+psycopg://u:secret@db.example.org/pmu"
    monkeypatch.delenv("PMU_DB_URL")
    assert store.url_for(tmp_path) == f"sqlite:///{tmp_path.resolve() / store.DB_FILE}"


# ---- incremental builds ------------------------------------------------------------------------------------
@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "articles"
    shutil.copytree(config.SEEDS, src)
    return src


@pytest.fixture
def counted(monkeypatch):
    """How many articles the extractor is given."""
    seen = []
    real = run.process_articles

    def counting(arts, *a, **kw):
        seen.extend(x.file for x in arts)
        return real(arts, *a, **kw)
    monkeypatch.setattr(run, "process_articles", counting)
    return seen


def _events(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "events.parquet")


def test_an_incremental_build_extracts_only_the_new_article(corpus, tmp_path, counted):
    out = tmp_path / "data"
    first = run.build(corpus, out)
    assert len(counted) == first.extracted == 5
    (corpus / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    counted.clear()
    second = run.build(corpus, out)
    assert counted == ["zz_new.txt"] and (second.extracted, second.reused) == (1, 5)
    ev = _events(out)
    assert ev["sources"].str.contains("zz_new.txt").any()
    counted.clear()
    (corpus / "zz_new.txt").write_text(NEW_ARTICLE.replace("three", "four"), encoding="utf-8")
    assert run.build(corpus, out).extracted == 1 and counted == ["zz_new.txt"]  # a changed article only
    counted.clear()
    full = run.build(corpus, out, full=True)
    assert full.extracted == 6 and len(counted) == 6


def test_incremental_and_full_builds_write_the_same_tables(corpus, tmp_path):
    out = tmp_path / "data"
    run.build(corpus, out)
    (corpus / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    run.build(corpus, out)
    inc = _events(out).drop(columns=["last_modified"])
    run.build(corpus, out, full=True)
    pd.testing.assert_frame_equal(inc, _events(out).drop(columns=["last_modified"]))


def test_the_csv_reads_back_with_corrected_and_last_modified(corpus, tmp_path):
    from pipeline import schema
    out = tmp_path / "data"
    run.build(corpus, out)
    csv = pd.read_csv(out / "events.csv", dtype=str, keep_default_na=False, na_values=[""])
    assert set(csv["corrected"]) == {"False"} and csv["last_modified"].str.endswith("Z").all()
    back = schema.conform(csv, "events")
    pq = _events(out)
    assert back["corrected"].tolist() == pq["corrected"].tolist()
    assert (back["last_modified"] == pq["last_modified"]).all()


def test_event_ids_are_stable_across_rebuilds_and_an_unrelated_article(corpus, tmp_path):
    out = tmp_path / "data"
    run.build(corpus, out)
    before = _events(out).set_index("event_id")["evidence"]
    (corpus / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    run.build(corpus, out, full=True)
    after = _events(out).set_index("event_id")["evidence"]
    assert len(after) == len(before) + 1
    assert after.reindex(before.index).tolist() == before.tolist()  # every old id, with the same evidence


def test_a_build_on_postgresql(corpus, tmp_path, monkeypatch, pg_url):
    monkeypatch.setenv("PMU_DB_URL", pg_url.replace("postgresql+psycopg://", "postgresql://"))
    out = tmp_path / "data"
    with Store(out).engine.begin() as c:  # a clean slate on the shared server
        for t in reversed(store.meta.sorted_tables):
            c.execute(t.delete())
        c.execute(store.version_table.insert().values(version=store.SCHEMA_VERSION))
    assert run.build(corpus, out).extracted == 5
    assert not (out / store.DB_FILE).exists()  # the store lives on the server
    assert run.build(corpus, out).reused == 5


# ---- corrections through rebuilds ---------------------------------------------------------------------------
def _correct(out: Path, event_id: str, field: str, after: str, user: str = "ana") -> None:
    anchors = pd.read_parquet(out / "anchors.parquet")
    a = anchors[anchors["event_id"] == event_id].iloc[0]
    ev = _events(out).set_index("event_id").loc[event_id]
    Store(out).add_correction(store.Anchor(a["content_hash"], int(a["start"]), int(a["end"]), a["sentence_hash"],
                                           a["event_type"]), field, str(ev.get(field, "")), after,
                              reason="checked the source", user=user, event_id=event_id, file=a["file"])


def _new_event(out: Path) -> pd.Series:
    ev = _events(out)
    return ev[ev["sources"].str.contains("zz_new.txt")].iloc[0]


def test_corrections_survive_a_full_rebuild_and_a_changed_knowledge_file(corpus, tmp_path, monkeypatch):
    (corpus / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    out = tmp_path / "data"
    run.build(corpus, out)
    eid = _new_event(out)["event_id"]
    _correct(out, eid, "fatalities", "4")
    _correct(out, eid, "actor1", "unknown")
    _correct(out, eid, "note", "Local officials gave four deaths.")
    run.build(corpus, out, full=True)
    row = _new_event(out)
    assert (row["event_id"], row["fatalities"], row["actor1"]) == (eid, 4, "unknown")
    assert bool(row["corrected"]) and row["notes"].endswith("Note: Local officials gave four deaths.")
    assert not _events(out).query("event_id != @eid")["corrected"].any()
    # a knowledge file changes: every article is extracted again, and no correction is orphaned
    res = tmp_path / "res"
    shutil.copytree(config.RESOURCES, res)
    with open(res / "gazetteer.csv", "a", encoding="utf-8") as f:
        f.write("# a comment line: the file's hash changes, its places do not\n")
    monkeypatch.setattr(config, "RESOURCES", res)
    report = run.build(corpus, out)
    assert report.extracted == 6 and report.orphaned == [] and report.corrections_applied == 3
    assert _new_event(out)["fatalities"] == 4


def test_not_an_event_undo_and_orphans(corpus, tmp_path):
    (corpus / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    out = tmp_path / "data"
    run.build(corpus, out)
    eid = _new_event(out)["event_id"]
    n = len(_events(out))
    _correct(out, eid, "not_event", "true")
    run.build(corpus, out)
    assert len(_events(out)) == n - 1 and eid not in set(_events(out)["event_id"])
    s = Store(out)
    s.undo(s.corrections()[0]["id"], user="ben")
    run.build(corpus, out)
    assert eid in set(_events(out)["event_id"])
    _correct(out, eid, "fatalities", "5")
    (corpus / "zz_new.txt").write_text(NEW_ARTICLE.replace("A drone struck", "A missile hit"), encoding="utf-8")
    report = run.build(corpus, out)  # the evidence sentence is gone: orphaned, listed, kept
    assert [c["after"] for c in report.orphaned] == ["5"]
    assert len(Store(out).corrections()) == 2


def test_merging_two_rows(corpus, tmp_path):
    out = tmp_path / "data"
    run.build(corpus, out)
    ev = _events(out)
    a, b = ev["event_id"].iloc[0], ev["event_id"].iloc[1]
    anchors = pd.read_parquet(out / "anchors.parquet").set_index("event_id")
    t = anchors.loc[b]
    t = t.iloc[0] if isinstance(t, pd.DataFrame) else t
    target = corrections.merge_target(store.Anchor(t["content_hash"], int(t["start"]), int(t["end"]),
                                                   t["sentence_hash"], t["event_type"]))
    _correct(out, a, "merge", target)
    run.build(corpus, out, full=True)
    after = _events(out)
    assert len(after) == len(ev) - 1 and b not in set(after["event_id"])
    row = after.set_index("event_id").loc[a]
    assert bool(row["corrected"]) and set(ev.set_index("event_id").loc[b, "sources"].split(";")) <= set(row["sources"].split(";"))
