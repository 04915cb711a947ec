"""The caches that keep dashboard reruns fast do not go stale: rebuilt tables (even with the same number of rows)
show their new data, a changed filter changes the map, the timeline and the search, and going back to an earlier
filter state gives the same page as before. Also: the fast search normalisation and date texts equal the plain ones."""
from __future__ import annotations

import gc
import re
import threading
import time
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

try:
    from tests import dashboard_support as ds
except ImportError:  # tests/ is not a package
    import dashboard_support as ds
from dashboard import display, filters, layout, search
from dashboard.views import timeline_view
from pipeline import schema

N = 120


def run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    return at


headline = ds.app_headline


def expected_headline_numbers(folder, at: AppTest | None = None) -> tuple[int, int]:
    """Events and killed of the folder's table under the filters of at's page (its URL), else the defaults."""
    f = filters.from_query(dict(at.query_params))[0] if at is not None else filters.Filters()
    ev = schema.conform(pd.read_parquet(folder / "events.parquet"), "events")
    shown = filters.apply(ev, f, None)
    return len(shown), int(shown["fatalities"].fillna(0).sum())


def shown_numbers(at: AppTest) -> tuple[int, int]:
    hit = re.search(r": ([\d,]+) events?, ([\d,]+) killed", headline(at))
    return int(hit.group(1).replace(",", "")), int(hit.group(2).replace(",", ""))


def specs(at: AppTest) -> tuple[str, str]:
    """The map's deck JSON and the timeline's plotly JSON on the page."""
    return at.get("deck_gl_json_chart")[0].proto.json, at.get("plotly_chart")[0].proto.spec


def test_rebuilt_tables_with_the_same_row_count_show_the_new_data(tmp_path, monkeypatch):
    folder = ds.write_synthetic(tmp_path / "d", n=N, seed=1)
    monkeypatch.setenv("PMU_DATA", str(folder))
    at = run(AppTest.from_file(str(ds.APP), default_timeout=60))
    first = expected_headline_numbers(folder)
    assert shown_numbers(at) == first
    before = specs(at)
    ds.write_synthetic(folder, n=N, seed=2)  # same number of events, other events
    second = expected_headline_numbers(folder)
    assert second != first  # the check below can tell the two sets apart
    run(at)  # the same session reruns (keeping its date range): nothing remembered from the old tables is shown
    assert shown_numbers(at) == expected_headline_numbers(folder, at)
    assert specs(at)[0] != before[0] and specs(at)[1] != before[1]
    fresh = run(AppTest.from_file(str(ds.APP), default_timeout=60))  # a new visitor
    assert shown_numbers(fresh) == second


def test_a_changed_filter_changes_the_page_and_going_back_restores_it(tmp_path, monkeypatch):
    folder = ds.write_synthetic(tmp_path / "d", n=N, seed=3)
    monkeypatch.setenv("PMU_DATA", str(folder))
    at = run(AppTest.from_file(str(ds.APP), default_timeout=60))
    start_numbers, start_specs = shown_numbers(at), specs(at)
    at.sidebar.multiselect(key="f_govs").select(at.sidebar.multiselect(key="f_govs").options[0])
    run(at)
    assert shown_numbers(at) != start_numbers
    assert specs(at)[0] != start_specs[0] and specs(at)[1] != start_specs[1]
    at.sidebar.radio(key="v_color").set_value("type")
    run(at)  # a new colouring of the same filtered events: the dots keep their places, the colours change
    recoloured = specs(at)
    assert recoloured[1] != start_specs[1]
    at.sidebar.button[0].click()  # Reset: back to the landing view, which the caches hold
    run(at)
    at.sidebar.radio(key="v_color").set_value("side")
    run(at)
    assert shown_numbers(at) == start_numbers
    assert specs(at) == start_specs


def test_memo_drops_the_least_recently_used_but_never_the_pinned_entry():
    tables = SimpleNamespace(derived={})
    calls = []

    def value(k):
        return lambda: calls.append(k) or f"value of {k}"

    layout.memo(tables, ("home",), value("home"), store="s", limit=2, pinned=("home",))
    layout.memo(tables, ("a",), value("a"), store="s", limit=2, pinned=("home",))
    layout.memo(tables, ("b",), value("b"), store="s", limit=2, pinned=("home",))  # drops a, keeps home
    assert layout.memo(tables, ("home",), value("home"), store="s", limit=2, pinned=("home",)) == "value of home"
    assert layout.memo(tables, ("a",), value("a"), store="s", limit=2, pinned=("home",)) == "value of a"
    assert calls == ["home", "a", "b", "a"]
    layout.memo(tables, ("c",), value("c"), limit=1)  # another store: its own entries
    assert set(tables.derived) == {"s", "memo"}


def _table(evidence: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"evidence": evidence, "location": "Erbil", "actor1": "unknown", "actor2": "US forces",
                         "admin1": "Erbil"})


def test_a_new_table_is_searched_afresh_even_with_the_same_length():
    old = _table(["a drone struck the base", "rockets hit the base"])
    assert search.mask(old, "drone").tolist() == [True, False]
    del old
    gc.collect()  # the new table may now get the old one's id
    new = _table(["rockets hit the base", "a drone struck the base"])
    assert search.mask(new, "drone").tolist() == [False, True]
    assert search.mask(new, "rockets").tolist() == [True, False]  # another query on the same table


def test_the_background_normalisation_gives_the_search_the_same_answer():
    texts = ["Drones struck Ain al-Asad air base.", "Rockets hit the Al-Assad airbase.", "A Shi'ite militia."]
    warmed = _table(texts * (search.WARM_ABOVE // 3 + 1))
    search.warm(warmed)
    for t in [t for t in threading.enumerate() if t.name == "search-warm"]:
        t.join(timeout=60)
    plain = search.mask(_table(texts), "Ain al-Asad").tolist()
    assert plain == [True, True, False]
    assert search.mask(warmed, "Ain al-Asad").tolist()[:3] == plain


def test_a_failed_background_normalisation_neither_hangs_nor_breaks_the_search(monkeypatch):
    real, calls, go = search._norm_arrow, [], threading.Event()

    def fails_first(values):
        if values.name == "evidence":
            calls.append(1)
            if len(calls) == 1:
                go.wait(timeout=30)  # the background thread fails only once a search waits for it
                raise ValueError("simulated failure")
        return real(values)

    monkeypatch.setattr(search, "_norm_arrow", fails_first)
    table = _table(["a drone struck the base", "rockets hit the base"] * (search.WARM_ABOVE // 2))
    search.warm(table)
    result = {}
    searching = threading.Thread(target=lambda: result.setdefault("drone", search.mask(table, "drone")))
    searching.start()
    time.sleep(0.3)
    go.set()
    searching.join(timeout=60)
    assert not searching.is_alive()  # no deadlock between the waiting search and the failing thread
    assert result["drone"].tolist()[:2] == [True, False]
    assert len(calls) == 2  # the search tried again itself
    assert search.mask(table, "rockets").tolist()[:2] == [False, True]


@pytest.mark.parametrize("text", [
    "Ain al-Assad", "Kata’ib Hizballah", "", "aa", "  zz--zz  ", "naïve café — ‘quoted’", "ÉCOLE  d'été",
    "مرحبا بالعالم", "Mosul,,, Ninewa!!", "abba", "ll", "x\x00y", "Al-Qa'im  and   al-Hillah",
])
def test_the_column_normalisation_equals_norm(text):
    values = pd.Series(["before", text, None, "after"])
    got = search._norm_arrow(values).to_pylist()
    assert got[1].strip() == search.norm(text).strip()  # the column form is searched with word boundaries: no padding
    assert got[2] == "" and got[0] == "before" and got[3] == "after"


def test_date_texts_equal_the_single_date_text():
    dates = pd.Series(pd.to_datetime(["2020-01-03", "1999-12-31", None, "2024-02-29", "2021-07-01", "2022-05-05"]))
    precision = pd.Series(["day", "week", "day", "month", "year", None])
    want = [display._date_text(None if pd.isna(d) else d, p) for d, p in zip(dates, precision)]
    assert display._date_texts(dates, precision).tolist() == want
    assert want[:2] == ["3 Jan 2020", "31 Dec 1999 (± week)"] and want[2] == "date unknown"


def test_timeline_dots_follow_the_filtered_set():
    ev = schema.conform(pd.read_parquet(ds.write_synthetic(__import__("pathlib").Path(
        __import__("tempfile").mkdtemp()) / "d", n=N, seed=4) / "events.parquet"), "events")
    a, b = ev.iloc[: N // 2], ev.iloc[N // 2:]
    empty = ev.iloc[0:0]
    first = timeline_view.dot_data(a, empty)
    assert timeline_view.dot_data(a, empty) is first  # the same set: reused
    other = timeline_view.dot_data(b, empty)
    assert set(other["dots"].index) <= set(b.index) and not set(other["dots"].index) & set(a.index)
    assert np.array_equal(first["ids"], a.loc[first["dots"].index, "event_id"].astype(str).to_numpy())
