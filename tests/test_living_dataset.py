"""The dashboard's editors' pages: adding an article (upload, paste, URL from a local server), the messages for bad
input, correcting an event in its card, and the correction still applied after a full rebuild; the review view."""
from __future__ import annotations

import http.server
import shutil
import threading
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

try:
    from tests import dashboard_support as ds
except ImportError:  # tests/ is not a package
    import dashboard_support as ds
from dashboard import articles
from pipeline import config, run, store, tableset

PASTED = ("Two rockets landed inside Camp Taji north of Baghdad on the evening of May 3, 2021, wounding one "
          "contractor, the coalition said. No group claimed the attack.")
PAGE = """<!doctype html><html><head><title>Blast hits supply convoy</title>
<meta property="article:published_time" content="2021-08-02T09:00:00Z"><meta property="og:site_name" content="Test Wire">
</head><body><nav>Home | World</nav><article><h1>Blast hits supply convoy</h1>
<p>A roadside bomb struck a convoy carrying supplies for US-led coalition forces near Nasiriyah on August 1, 2021,
damaging one truck, police said.</p></article></body></html>"""


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A data folder built from a copy of the seeds, and the dashboard pointed at both (open, local: editor)."""
    src = tmp_path / "articles"
    shutil.copytree(config.SEEDS, src)
    out = tmp_path / "data"
    run.build(src, out)
    monkeypatch.setenv("PMU_DATA", str(out))
    monkeypatch.setenv("PMU_INPUT", str(src))
    return src, out


def app() -> AppTest:
    return AppTest.from_file(str(ds.APP), default_timeout=180)


def go(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    return at


def events(out: Path) -> pd.DataFrame:
    return pd.read_parquet(tableset.published(out) / "events.parquet")


def test_add_a_pasted_article_correct_it_and_keep_the_correction_through_a_full_rebuild(site):
    src, out = site
    at = go(app())
    at.sidebar.button(key="nav_add").click()
    go(at)
    at.radio(key="add_mode").set_value("paste")
    go(at)
    at.text_input(key="add_title").input("Rockets hit Camp Taji")
    at.text_input(key="add_source").input("Test Wire")
    at.text_area(key="add_text").input(PASTED)
    at.button(key="add_paste_go").click()
    go(at)
    ok = [s.value for s in at.success]
    assert ok and "1 event added" in ok[0], [e.value for e in at.error] + ok
    ev = events(out)
    new = ev[ev["sources"].str.startswith("added-")].iloc[0]
    assert new["location"] == "Camp Taji"
    # open its card from the result, and correct its fatalities
    at.button(key=f"add_open_{new['event_id']}").click()
    go(at)
    key = "card_map"
    at.selectbox(key=f"{key}_field").set_value("fatalities")
    go(at)
    at.text_input(key=f"{key}_v_fat").input("1")
    at.text_input(key=f"{key}_reason").input("the coalition later said the contractor died")
    at.button(key=f"{key}_save").click()
    go(at)
    assert any("Correction saved" in s.value for s in at.success)
    row = events(out).set_index("event_id").loc[new["event_id"]]
    assert row["fatalities"] == 1 and bool(row["corrected"])
    # the command line's full rebuild: every article extracted again, the correction applied again
    report = run.build(src, out, full=True)
    assert report.extracted == 6 and report.orphaned == []
    row = events(out).set_index("event_id").loc[new["event_id"]]
    assert row["fatalities"] == 1 and bool(row["corrected"]) and pd.notna(row["last_modified"])
    # the review view lists it with its history, and undoes it
    at.sidebar.button(key="nav_review").click()
    go(at)
    table = at.dataframe[0].value
    assert list(table["reason"]) == ["the coalition later said the contractor died"]
    assert "0 orphaned" in " ".join(m.value for m in at.markdown)
    at.button(key="review_undo").click()
    go(at)
    row = events(out).set_index("event_id").loc[new["event_id"]]
    assert pd.isna(row["fatalities"]) and not bool(row["corrected"])
    assert store.Store(out).corrections()[0]["undone_at"] is not None  # kept in the history


def test_an_added_article_can_be_removed_again(site):
    src, out = site
    added = articles.add(articles.from_upload("taji.txt", ("Rockets hit Camp Taji\n\n" + PASTED).encode()), out,
                         "ana", lambda: run.build(src, out))
    assert len(articles.events_of(events(out), added.file)) == 1
    at = go(app())
    at.sidebar.button(key="nav_add").click()
    go(at)
    remove = at.button(key=f"remove_{added.file}")
    assert remove.disabled  # not before the editor confirms
    at.checkbox(key=f"remove_ok_{added.file}").check()
    go(at)
    at.button(key=f"remove_{added.file}").click()
    go(at)
    assert store.Store(out).added_articles() == []
    assert articles.events_of(events(out), added.file).empty
    assert not (out / run.ADDED_DIR / added.file).exists()
    with pytest.raises(articles.AddError, match="not an article added from the dashboard"):
        articles.remove(sorted(src.glob("*.txt"))[0].name, out, "ana", lambda: None)


@pytest.mark.parametrize("name, raw, message", [
    ("empty.txt", b"  \n", "empty.txt is empty."),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "photo.txt is a binary file, not text"),
    ("huge.txt", b"word " * (articles.MAX_UPLOAD_BYTES // 5 + 10), "huge.txt is too large"),
    ("notes.pdf", b"%PDF-1.4 text", "only .txt, .md and .html files can be added"),
])
def test_bad_uploads_get_a_clear_message(name, raw, message):
    with pytest.raises(articles.AddError, match=message.replace(".", r"\.")):
        articles.from_upload(name, raw)


def test_a_duplicate_is_refused_and_nothing_stored_is_lost(site):
    src, out = site
    seed = sorted(src.glob("*.txt"))[0]
    before = events(out)
    called = []
    with pytest.raises(articles.AddError, match=f"same text as {seed.name}"):
        articles.add(articles.from_upload("copy.txt", seed.read_bytes()), out, "ana", lambda: called.append(1))
    assert not called and store.Store(out).added_articles() == []
    pd.testing.assert_frame_equal(before, events(out))


def test_an_uploaded_file_is_added_once(site):
    src, out = site
    cand = articles.from_upload("taji.txt", ("Rockets hit Camp Taji\n\n" + PASTED).encode())
    added = articles.add(cand, out, "ana", lambda: run.build(src, out))
    assert len(articles.events_of(events(out), added.file)) == 1
    with pytest.raises(articles.AddError, match="already in the data"):
        articles.add(cand, out, "ana", lambda: run.build(src, out))


@pytest.fixture
def local_site(tmp_path):
    """An HTTP server on 127.0.0.1 serving PAGE at /story.html, a 404 elsewhere, and a page too large."""
    root = tmp_path / "www"
    root.mkdir()
    (root / "story.html").write_text(PAGE, encoding="utf-8")
    (root / "big.html").write_bytes(b"<p>" + b"x" * (articles.FETCH_MAX_BYTES + 10) + b"</p>")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(root), **kw)

        def log_message(self, *a):  # keep the test output clean
            pass
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_add_an_article_by_url_from_a_local_server(site, local_site, monkeypatch):
    src, out = site
    monkeypatch.setenv("PMU_ALLOW_FETCH", "1")
    at = go(app())
    at.sidebar.button(key="nav_add").click()
    go(at)
    at.radio(key="add_mode").set_value("fetch")
    go(at)
    at.text_input(key="add_fetch_url").input(local_site + "/story.html")
    at.button(key="add_fetch_go").click()
    go(at)
    assert any("1 event added" in s.value for s in at.success), [e.value for e in at.error]
    docs = pd.read_parquet(tableset.published(out) / "documents.parquet")
    doc = docs[docs["file"].str.startswith("added-")].iloc[0]
    assert doc["title"] == "Blast hits supply convoy" and doc["source"] == "Test Wire"
    ev = articles.events_of(events(out), doc["file"]).iloc[0]
    assert ev["location"] == "Nasiriyah"


def test_fetch_failures_get_a_clear_message(local_site):
    with pytest.raises(articles.AddError, match="server answered 404"):
        articles.fetch(local_site + "/missing.html")
    with pytest.raises(articles.AddError, match="too large"):
        articles.fetch(local_site + "/big.html")
    with pytest.raises(articles.AddError, match="Fetching the page failed"):
        articles.fetch("http://127.0.0.1:9/nothing-listens-here", timeout=2)


def test_fetching_is_off_unless_enabled(site, monkeypatch):
    monkeypatch.delenv("PMU_ALLOW_FETCH", raising=False)
    assert not articles.fetch_allowed({}) and articles.fetch_allowed({"articles": {"allow_fetch": True}})
    at = go(app())
    at.sidebar.button(key="nav_add").click()
    go(at)
    assert [o for o in at.radio(key="add_mode").options] == ["Upload a file", "Paste the text"]


def test_viewers_see_no_editing(site, monkeypatch):
    from argon2 import PasswordHasher
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    at = app()
    at.secrets["gate"] = {"password_hash": cheap.hash("viewer words here")}
    go(at)
    at.text_input[0].input("viewer words here")
    at.button[0].click()
    go(at)
    assert "nav_add" not in [b.key for b in at.sidebar.button]
