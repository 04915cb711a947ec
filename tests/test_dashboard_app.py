"""Streamlit AppTest of dashboard/app.py on synthetic tables: filters change the counts, the URL state
round-trips, briefing mode hides the controls, the event card shows the evidence, empty and broken states."""
from __future__ import annotations

import json
import re
from datetime import date

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

try:
    from tests import dashboard_support as ds
except ImportError:  # tests/ is not a package
    import dashboard_support as ds
from dashboard import data, filters, layout
from dashboard.views import timeline_view

N = 300


@pytest.fixture(scope="module")
def synth_dir(tmp_path_factory):
    return ds.write_synthetic(tmp_path_factory.mktemp("synth"), n=N, seed=7)


@pytest.fixture
def env(synth_dir, monkeypatch):
    monkeypatch.setenv("PMU_DATA", str(synth_dir))
    monkeypatch.delenv("PMU_INPUT", raising=False)
    return synth_dir


@pytest.fixture(scope="module")
def events(synth_dir):
    return pd.read_parquet(synth_dir / "events.parquet")


def run_app(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ds.APP), default_timeout=60)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


headline = ds.app_headline


def count(at: AppTest) -> int:
    return int(re.search(r": ([\d,]+) events?,", headline(at)).group(1).replace(",", ""))


def expected(events: pd.DataFrame, f: filters.Filters) -> int:
    from pipeline import schema
    ev = schema.conform(events, "events")
    return len(filters.apply(ev, f, PARENTS))


PARENTS = {"Kataib Hezbollah": "Popular Mobilization Units", "Asaib Ahl al-Haq": "Popular Mobilization Units",
           "Harakat al-Nujaba": "Popular Mobilization Units", "Badr Organization": "Popular Mobilization Units",
           "Kataib Sayyid al-Shuhada": "Popular Mobilization Units", "Ashab al-Kahf": "Islamic Resistance in Iraq"}


def test_first_render_shows_all_strikes(env, events):
    at = run_app()
    assert count(at) == expected(events, filters.Filters()) > 0
    assert headline(at).startswith("Strikes and attacks, ")
    assert len(at.sidebar.multiselect) >= 3  # controls are there
    assert not at.error


def test_filters_change_the_counts(env, events):
    at = run_app()
    total = count(at)
    at.sidebar.multiselect(key="f_factions").select("Kataib Hezbollah").run()
    kh = count(at)
    assert kh == expected(events, filters.Filters(factions=("Kataib Hezbollah",))) and 0 < kh < total
    at.sidebar.radio(key="f_role").set_value("perpetrator").run()
    assert count(at) == expected(events, filters.Filters(factions=("Kataib Hezbollah",), role="perpetrator")) < kh
    assert headline(at).startswith("Strikes by Kataib Hezbollah")
    at.sidebar.number_input(key="f_minkilled").set_value(2).run()
    assert count(at) == expected(events, filters.Filters(factions=("Kataib Hezbollah",), role="perpetrator",
                                                         min_fatalities=2))


def test_umbrella_selects_its_factions(env, events):
    at = run_app()
    at.sidebar.multiselect(key="f_factions").select("Popular Mobilization Units").run()
    at.sidebar.radio(key="f_role").set_value("perpetrator").run()
    n = count(at)
    members = tuple(k for k, v in PARENTS.items() if v == "Popular Mobilization Units") + ("Popular Mobilization Units",)
    assert n == expected(events, filters.Filters(factions=members, role="perpetrator")) > 0


def test_preset_types_text_and_precision(env, events):
    at = run_app()
    at.sidebar.selectbox(key="f_preset").set_value("all").run()
    assert count(at) == expected(events, filters.Filters(preset="all", types=filters.PRESETS["all"][1]))
    at.sidebar.text_input(key="f_text").input("Erbil").run()
    f = filters.Filters(preset="all", types=filters.PRESETS["all"][1], text="Erbil")
    assert count(at) == expected(events, f)
    at.sidebar.checkbox(key="f_exactplaces").check().run()
    at.sidebar.checkbox(key="f_exactdates").check().run()
    f = filters.Filters(preset="all", types=filters.PRESETS["all"][1], text="Erbil", exact_dates=True, exact_places=True)
    assert count(at) == expected(events, f)


def test_timeline_date_selection_filters(env, events):
    at = run_app()
    state = {"selection": {"box": [{"x": ["2023-10-01 00:00:00", "2024-02-15 12:00"], "y": [0, 1]}], "points": []}}
    a, b = timeline_view.selection_range(state)
    at.session_state["f_dates"] = (a.date(), b.date())  # what the selection callback does
    at.run()
    assert count(at) == expected(events, filters.Filters(date_from=date(2023, 10, 1), date_to=date(2024, 2, 15)))
    assert at.query_params["from"] in ("2023-10-01", ["2023-10-01"])


def test_url_state_round_trips(env, events):
    at = run_app()
    at.sidebar.multiselect(key="f_factions").select("Asaib Ahl al-Haq").run()
    at.sidebar.radio(key="f_role").set_value("perpetrator").run()
    at.sidebar.multiselect(key="f_govs").select("Baghdad").run()
    at.sidebar.radio(key="v_color").set_value("type").run()
    q = {k: (v if isinstance(v, str) else v[0]) for k, v in at.query_params.items()}
    assert q["faction"] == "Asaib Ahl al-Haq" and q["role"] == "perpetrator" and q["gov"] == "Baghdad"
    assert q["color"] == "type"
    again = run_app(q)
    assert headline(again) == headline(at)
    assert again.sidebar.multiselect(key="f_factions").value == ["Asaib Ahl al-Haq"]
    assert again.sidebar.radio(key="v_color").value == "type"
    assert {k: (v if isinstance(v, str) else v[0]) for k, v in again.query_params.items()} == q


def test_briefing_mode_hides_controls(env, events):
    at = run_app({"briefing": "1", "faction": "Kataib Hezbollah"})
    assert len(at.sidebar) == 0 or not any(True for _ in at.sidebar.multiselect)
    assert not at.tabs
    assert headline(at).startswith("Strikes and attacks involving Kataib Hezbollah")
    page = " ".join(m.value for m in at.markdown)
    assert "Colour: perpetrator" in page and "Sources" in page and "Data as of" in page
    assert "Exit briefing mode" not in page  # slide-clean: no controls, not even a link out
    assert page.count("Data as of") == 1


def test_event_card_shows_evidence(env, events):
    row = events[events["event_type"] == "drone_strike"].iloc[0]
    at = run_app({"event": row["event_id"]})
    page = " ".join(m.value for m in at.markdown)
    assert "evidence-quote" in page
    evidence = row["evidence"].replace("'", "&#x27;")
    assert "<mark class='evidence'>" + evidence + "</mark>" in page.replace("&#x27;", "&#x27;")
    assert "Confidence <b>" in page
    assert "Place precision" in page and "Date precision" in page
    assert f"Attribution <b>{row['attribution']}</b>" in page
    at2 = run_app({"event": row["event_id"], "view": "events"})
    assert len(at2.dataframe) >= 1


def test_shared_event_link_preselects_its_row(env, events):
    row = events[events["event_type"] == "drone_strike"].iloc[0]
    at = run_app({"event": row["event_id"], "view": "events"})
    table = at.dataframe[0]
    default = json.loads(table.proto.selection_default)
    (pos,) = default["selection"]["rows"]
    assert table.value.iloc[pos]["event_id"] == row["event_id"]
    at_none = run_app({"view": "events"})
    assert not at_none.dataframe[0].proto.selection_default


def test_other_tabs_render(env):
    for view in ("actors", "places", "sources"):
        at = run_app({"view": view})
        assert not at.error


def test_no_events_match(env):
    at = run_app({"q": "no such words anywhere"})
    assert at.warning and "No events match" in at.warning[0].value
    assert not at.tabs


def test_missing_tables_name_the_command(tmp_path, monkeypatch):
    monkeypatch.setenv("PMU_DATA", str(tmp_path / "nothing"))
    monkeypatch.setenv("PMU_INPUT", str(tmp_path / "no-articles"))
    at = run_app()
    assert at.error and data.BUILD_COMMAND in at.error[0].value
    assert not at.tabs


def test_corrupt_tables_name_the_command(tmp_path, monkeypatch):
    folder = ds.write_synthetic(tmp_path / "d", n=30)
    (folder / "events.parquet").write_bytes(b"this is not parquet")
    monkeypatch.setenv("PMU_DATA", str(folder))
    at = run_app()
    assert at.error and data.BUILD_COMMAND in at.error[0].value
    assert "events.parquet" in at.error[0].value


def test_schema_violation_is_reported(tmp_path, monkeypatch):
    folder = ds.write_synthetic(tmp_path / "d", n=30)
    ev = pd.read_parquet(folder / "events.parquet").drop(columns=["evidence"])
    ev.to_parquet(folder / "events.parquet")
    monkeypatch.setenv("PMU_DATA", str(folder))
    at = run_app()
    assert at.error and "evidence" in at.error[0].value and data.BUILD_COMMAND in at.error[0].value


def test_reload_when_tables_change(tmp_path, monkeypatch):
    folder = ds.write_synthetic(tmp_path / "d", n=40, seed=1)
    monkeypatch.setenv("PMU_DATA", str(folder))
    first = data.load(folder)
    ds.write_synthetic(folder, n=80, seed=2)
    second = data.load(folder)
    assert len(second.events) != len(first.events)
    assert data.load(folder) is second  # cached while unchanged


def test_share_link_holds_the_filters():
    link = layout.share_link({"faction": "Kataib Hezbollah", "from": "2020-01-01"})
    assert "faction=Kataib+Hezbollah" in link and "from=2020-01-01" in link


def test_first_run_builds_the_tables(tmp_path, monkeypatch):
    from pipeline import config
    out = tmp_path / "fresh"
    monkeypatch.setenv("PMU_DATA", str(out))
    monkeypatch.setenv("PMU_INPUT", str(config.SEEDS))
    at = AppTest.from_file(str(ds.APP), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert not data.missing_tables(out)  # the pipeline wrote the four tables
    at.run()  # the page after the build's rerun
    assert not at.error, [e.value for e in at.error]
    assert count(at) >= 0 and headline(at)


def test_display_options_and_reset(env, events):
    at = run_app({"faction": "Kataib Hezbollah", "color": "type", "basemap": "1"})
    assert not at.error
    page = " ".join(m.value for m in at.markdown)
    assert "Colour: event type" in page
    assert at.sidebar.toggle(key="v_basemap").value is True
    at.sidebar.button[0].click().run()  # Reset filters
    assert count(at) == expected(events, filters.Filters())
    assert at.sidebar.multiselect(key="f_factions").value == []


def test_types_follow_the_preset(env, events):
    at = run_app()
    at.sidebar.selectbox(key="f_preset").set_value("violence").run()
    assert set(at.sidebar.multiselect(key="f_types").value) == set(filters.PRESETS["violence"][1])
    at.sidebar.multiselect(key="f_types").unselect("arrest").run()
    assert at.sidebar.selectbox(key="f_preset").value == "custom"
    f = filters.Filters(preset="custom", types=tuple(t for t in filters.PRESETS["violence"][1] if t != "arrest"))
    assert count(at) == expected(events, f)
    assert "types" in at.query_params


def test_article_text_comes_only_from_the_saved_texts(tmp_path):
    folder = ds.write_synthetic(tmp_path / "d", n=30)
    assert data.article_text(folder, "doc_000.txt").startswith("Synthetic report")
    pd.DataFrame({"file": ["doc_000.txt"], "text": ["saved copy"]}).to_parquet(folder / "texts.parquet")
    assert data.article_text(folder, "doc_000.txt") == "saved copy"  # not the file in articles/
    for name in ("doc_001.txt", "articles/doc_000.txt", "../d/build_info.json", "build_info.json",
                 str(folder / "articles" / "doc_000.txt"), "/etc/passwd"):
        assert data.article_text(folder, name) is None, name
    assert data.article_text(tmp_path / "elsewhere", "doc_000.txt") is None


def test_large_tables_are_aggregated_on_the_map(tmp_path, monkeypatch):
    folder = ds.write_synthetic(tmp_path / "big", n=6000, seed=5)
    monkeypatch.setenv("PMU_DATA", str(folder))
    at = run_app({"preset": "all"})
    notes = " ".join(c.value for c in at.caption)
    assert "grouped on a" in notes and "events or fewer to see single events" in notes
    assert "Dots show 2,000 of" in notes


def test_reader_leaves_out_site_furniture_and_keeps_highlights():
    from dashboard.views import sources_view

    text = "Skip to main content\n\nMenu\nMilitia strikes base\n\nKataib Hezbollah fired rockets at Ain al-Asad."
    a = text.index("Kataib Hezbollah")
    spans = [(a, a + len("Kataib Hezbollah"), "actor", "Kataib Hezbollah")]
    shown, moved = sources_view.without_furniture(text, spans)
    assert shown.startswith("Militia strikes base")
    (s, e, _, _), = moved
    assert shown[s:e] == "Kataib Hezbollah"
    assert "Skip to" not in sources_view.highlight(shown, moved)
    # a leading line that carries a mention stays, and so does everything from the first real line on
    assert sources_view.without_furniture(text, [(0, 4, "actor", "x")]) == (text, [(0, 4, "actor", "x")])
    assert data.furniture_end("Title\nSkip to main content\n") == 0
    assert data.furniture_end("Skip to Content\n\n\n\nJanuary 3, 2020\n") == len("Skip to Content\n\n\n\n")


def test_card_excerpt_starts_below_site_furniture():
    from dashboard.views import card_view

    text = "Skip to Content\n\nA paragraph.\n\nThe evidence sentence.\n\nMore."
    a = text.index("The evidence")
    span = (a, a + len("The evidence sentence."))
    out = card_view.highlighted_excerpt(text, span, top=data.furniture_end(text, [a]))
    assert "Skip to" not in out and out.startswith("<div class='article'><p>A paragraph.")
    assert "<mark class='evidence'>The evidence sentence.</mark>" in out


def test_headline_is_split_by_direction_and_colours_by_side(env):
    at = run_app()
    page = "\n".join(m.value for m in at.markdown)
    assert re.search(r"id='directions'>[\d,]+ attacks on US forces \(\d+ killed\)", page), page[:2000]
    assert "Colour: perpetrator&#x27;s side" in page or "Colour: perpetrator's side" in page
    assert "PMU &amp; fronts" in page or "PMU & fronts" in page


def test_acled_layer_is_compared_with_the_extracted_events(env, events):
    from pipeline import acled_import
    ev = events[events["event_type"].isin(["airstrike", "drone_strike"])].head(3)
    rows = [{"event_id_cnty": f"IRQ{i}", "event_date": d.strftime("%d %B %Y"), "event_type": "Explosions/Remote violence",
             "latitude": lat, "longitude": lon, "actor1": "Military Forces of the United States", "location": "x",
             "fatalities": 0, "notes": "n"} for i, (d, lat, lon) in enumerate(zip(ev["event_date"], ev["latitude"], ev["longitude"]))]
    rows.append({"event_id_cnty": "IRQ99", "event_date": "01-01-2001", "event_type": "Battles", "latitude": 30.5,
                 "longitude": 47.8, "actor1": "x", "location": "y", "fatalities": 1, "notes": "n"})
    acled = acled_import.read(pd.DataFrame(rows).to_csv(index=False).encode())
    at = AppTest.from_file(str(ds.APP), default_timeout=60)
    at.session_state["acled_layer"] = acled
    at.run()
    assert not at.exception, at.exception
    label = next(e.label for e in at.expander if e.label.startswith("Compared with ACLED"))
    matched, missed = re.search(r"(\d+) matched · (\d+) ACLED events the articles missed", label).groups()
    assert int(matched) == 3 and int(missed) == 1, label


def test_card_lists_the_other_sources_of_a_merged_event(env, events):
    multi = events[events["sources"].str.count(";") >= 1].iloc[0]
    files = multi["sources"].split(";")
    at = run_app({"event": multi["event_id"]})
    page = " ".join(m.value for m in at.markdown)
    assert "**Quoted from**" in page
    assert f"**Also reported by** ({len(files) - 1})" in page
    quoted, also = page.split("**Also reported by**", 1)
    assert sum(f in also for f in files) == len(files) - 1  # every other source is listed under it, once
    single = events[~events["sources"].str.contains(";")].iloc[0]
    page = " ".join(m.value for m in run_app({"event": single["event_id"]}).markdown)
    assert "Also reported by" not in page
