"""Table-driven tests of dashboard.filters (pure: no Streamlit): apply, umbrella expansion, headline, URL state."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard import exports, filters
from dashboard.filters import Filters, View
from pipeline import schema


def _events() -> pd.DataFrame:
    rows = [
        # id, date, prec, type, a1, a2, gov, lat, lon, gp, killed, sources, evidence
        ("e1", "2019-12-29", "day", "airstrike", "United States", "Kataib Hezbollah", "Anbar", 34.4, 41.1, 1, 25, "a.txt", "US aircraft struck Kataib Hezbollah sites near al-Qaim."),
        ("e2", "2020-01-03", "day", "drone_strike", "United States", "Kataib Hezbollah", "Baghdad", 33.26, 44.23, 1, 10, "a.txt;b.txt", "A drone strike at Baghdad airport killed al-Muhandis."),
        ("e3", "2020-01-08", "day", "missile_or_rocket_attack", "Iran", "United States", "Anbar", 33.8, 42.4, 1, None, "b.txt", "Iranian missiles hit Ain al-Asad."),
        ("e4", "2023-10-17", "week", "drone_strike", "Islamic Resistance in Iraq", "United States", "Anbar", 33.8, 42.4, 1, 0, "c.txt", "Drones targeted Ain al-Asad air base."),
        ("e5", "2023-11-01", "month", "missile_or_rocket_attack", "Asaib Ahl al-Haq", "United States", "Erbil", 36.2, 44.0, 3, 2, "c.txt", "Rockets were fired at Erbil."),
        ("e6", "2024-01-28", "day", "threat", "Kataib Hezbollah", "United States", "Baghdad", 33.3, 44.4, 2, None, "d.txt", "Kataib Hezbollah threatened US forces."),
        ("e7", "2016-05-02", "year", "armed_clash", "Badr Organization", "Islamic State", "Diyala", 33.75, 45.0, 3, 4, "d.txt", "Badr fighters clashed with IS in Diyala."),
    ]
    cols = ["event_id", "event_date", "date_precision", "event_type", "actor1", "actor2", "admin1", "latitude",
            "longitude", "geo_precision", "fatalities", "sources", "evidence"]
    df = pd.DataFrame(rows, columns=cols)
    df["time_precision"] = df["date_precision"].map(schema.TIME_PRECISION_CODE)
    df["acled_event_type"] = "Explosions/Remote violence"
    df["acled_sub_event_type"] = "Air/drone strike"
    df["confidence"] = 0.8
    df["attribution"] = "stated"
    for c in schema.columns("events"):
        if c not in df.columns:
            df[c] = None
    return schema.conform(df, "events")


PARENTS = {"Kataib Hezbollah": "Popular Mobilization Units", "Asaib Ahl al-Haq": "Popular Mobilization Units",
           "Badr Organization": "Popular Mobilization Units", "Popular Mobilization Units": "",
           "Ashab al-Kahf": "Islamic Resistance in Iraq"}
ALL = tuple(schema.EVENT_TYPES)

CASES = [
    ("default preset = strikes and attacks", Filters(), {"e1", "e2", "e3", "e4", "e5"}),
    ("all types", Filters(preset="all", types=ALL), {"e1", "e2", "e3", "e4", "e5", "e6", "e7"}),
    ("no types", Filters(preset="custom", types=()), set()),
    ("KH either side", Filters(factions=("Kataib Hezbollah",), types=ALL), {"e1", "e2", "e6"}),
    ("KH perpetrator", Filters(factions=("Kataib Hezbollah",), role="perpetrator", types=ALL), {"e6"}),
    ("KH target", Filters(factions=("Kataib Hezbollah",), role="target", types=ALL), {"e1", "e2"}),
    ("umbrella selects its factions", Filters(factions=("Popular Mobilization Units",), role="perpetrator", types=ALL), {"e5", "e6", "e7"}),
    ("date range inclusive", Filters(date_from=date(2020, 1, 3), date_to=date(2020, 1, 8)), {"e2", "e3"}),
    ("date from only", Filters(date_from=date(2023, 1, 1)), {"e4", "e5"}),
    ("governorate", Filters(governorates=("Anbar",)), {"e1", "e3", "e4"}),
    ("min killed (unknown counts as 0)", Filters(min_fatalities=5), {"e1", "e2"}),
    ("source article in a ';' list", Filters(sources=("b.txt",)), {"e2", "e3"}),
    ("text search, case-insensitive", Filters(text="ain AL-asad"), {"e3", "e4"}),
    ("text search is literal, not a regex", Filters(text="al-Qaim."), {"e1"}),
    ("exact dates only", Filters(exact_dates=True), {"e1", "e2", "e3"}),
    ("precise places only", Filters(exact_places=True), {"e1", "e2", "e3", "e4"}),
    ("combined", Filters(factions=("United States",), role="perpetrator", governorates=("Baghdad",)), {"e2"}),
    ("talk lane", filters.talk_filters(Filters()), {"e6"}),
]


@pytest.mark.parametrize("name,f,expected", CASES, ids=[c[0] for c in CASES])
def test_apply(name, f, expected):
    ev = _events()
    before = ev.copy()
    out = filters.apply(ev, f, PARENTS)
    assert set(out["event_id"]) == expected
    pd.testing.assert_frame_equal(ev, before)  # pure


def test_apply_empty_table():
    assert filters.apply(schema.empty("events"), Filters()).empty


def test_descendants_handles_nesting_and_cycles():
    tree = filters.descendants({"a": "b", "b": "c", "c": "a", "d": "c"})
    assert tree["c"] == {"a", "b", "d"}
    assert filters.expand_factions(["b"], {"a": "b"}) == {"a", "b"}


@pytest.mark.parametrize("f,n,k,expected", [
    (Filters(factions=("Kataib Hezbollah",), role="perpetrator", date_from=date(2019, 1, 1), date_to=date(2023, 12, 31)),
     14, 63, "Strikes by Kataib Hezbollah, Jan 2019 – Dec 2023: 14 events, 63 killed"),
    (Filters(), 1, 0, "Strikes and attacks, Jun 2014 – Dec 2024: 1 event, 0 killed"),
    (Filters(factions=("A", "B", "C"), role="target", governorates=("Anbar",)), 3, 2,
     "Strikes and attacks against A, B and 1 more in Anbar, Jun 2014 – Dec 2024: 3 events, 2 killed"),
    (Filters(preset="all", types=ALL, text="drone", exact_places=True), 2, 1,
     "All events mentioning “drone”, Jun 2014 – Dec 2024 (precise places only): 2 events, 1 killed"),
])
def test_headline(f, n, k, expected):
    assert filters.headline(f, n, k, date(2014, 6, 13), date(2024, 12, 1)) == expected


URL_CASES = [
    (Filters(), View()),
    (Filters(factions=("Kataib Hezbollah", "Asaib Ahl al-Haq"), role="target"), View(tab="events", event="abc")),
    (Filters(preset="custom", types=("threat", "arrest")), View(color_by="type", basemap=True)),
    (Filters(preset="custom", types=()), View(briefing=True)),
    (Filters(date_from=date(2020, 1, 1), date_to=date(2020, 2, 1), governorates=("Anbar",), min_fatalities=3,
             sources=("a.txt",), text="Ain al-Asad & co", exact_dates=True, exact_places=True),
     View(tab="sources", doc="a.txt", faction="Badr Organization")),
    (Filters(preset="violence", types=filters.PRESETS["violence"][1]), View()),
]


@pytest.mark.parametrize("f,v", URL_CASES)
def test_url_round_trip(f, v):
    q = filters.to_query(f, v)
    assert all(isinstance(x, str) for x in q.values())
    assert filters.from_query(q) == (f, v)


def test_default_url_is_empty_and_junk_falls_back():
    assert filters.to_query(Filters(), View()) == {}
    f, v = filters.from_query({"role": "x", "preset": "nope", "from": "2020-13-45", "minkilled": "-3", "view": "zzz",
                               "color": "rainbow"})
    assert (f, v) == (Filters(), View())


def test_acled_export_columns():
    out = exports.to_acled(_events())
    for col in ("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                "assoc_actor_1", "actor2", "country", "admin1", "location", "latitude", "longitude",
                "geo_precision", "source", "notes", "fatalities"):
        assert col in out.columns
    assert out.loc[0, "event_date"] == "29 December 2019"
    assert int(out.loc[0, "year"]) == 2019


def test_geojson_export():
    import json
    gj = json.loads(exports.to_geojson(_events()))
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 7
    assert gj["features"][0]["geometry"]["coordinates"] == [41.1, 34.4]
    assert gj["features"][0]["properties"]["event_date"] == "2019-12-29"


def test_timeline_bars_span_their_periods_weekly_under_six_months():
    from dashboard.views import timeline_view
    ev = _events()
    short = ev[ev["event_date"] >= "2023-10-01"].copy()
    short = short[short["event_type"] != "threat"]
    fig = timeline_view.figure(short, short.iloc[0:0], pd.DataFrame(columns=["date", "label", "description"]), ev)
    bars = [t for t in fig.data if t.type == "bar"]
    assert fig.layout.yaxis2.title.text == "per week"
    # a bar of the week of Monday 16 Oct 2023 is centred on its Thursday noon, 3.5 days in, and spans ~the week
    x = pd.to_datetime(list(bars[0].x))
    assert all(d.weekday() == 3 and d.hour == 12 for d in x)
    assert abs(bars[0].width[0] - timeline_view.WEEK_MS * timeline_view.BAR_FILL) < 1
    assert fig.layout.xaxis2.dtick == timeline_view.WEEK_MS
    long = timeline_view.figure(ev[ev["event_type"] != "threat"], ev.iloc[0:0],
                                pd.DataFrame(columns=["date", "label", "description"]), ev)
    mb = [t for t in long.data if t.type == "bar"][0]
    assert long.layout.yaxis2.title.text == "per month"
    assert all(d.day in (15, 16) for d in pd.to_datetime(list(mb.x)))  # the middle of the month, not the 1st
    assert long.layout.clickmode == "event+select" and long.layout.dragmode == "zoom"
