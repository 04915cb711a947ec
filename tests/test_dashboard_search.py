"""The evidence search: alias-aware, tolerant of 'al-' and doubled letters; text escaped once; no bidi controls."""
from __future__ import annotations

import pandas as pd

from dashboard import data, search
from dashboard.views import map_view


def _events() -> pd.DataFrame:
    return pd.DataFrame({
        "evidence": ["Drones struck Ain al-Asad air base.", "Rockets hit the Al-Assad airbase in Anbar.",
                     "Two drones were downed near Asad Air Base.", "A Shi'ite militia attacked Erbil.",
                     "Kata'ib Hizballah fighters were hit."],
        "location": ["Ain al-Asad Air Base", "Ain al-Asad Air Base", "Ain al-Asad Air Base", "Erbil", "Jurf al-Sakhar"],
        "actor1": ["unknown", "unknown", "unknown", "Kataib Hezbollah", "US forces"],
        "actor2": ["US forces", "US forces", "US forces", "US forces", "Kataib Hezbollah"],
        "admin1": ["Anbar", "Anbar", "Anbar", "Erbil", "Babil"],
    })


def test_a_place_is_found_under_all_its_spellings():
    assert search.mask(_events(), "Ain al-Asad").tolist() == [True, True, True, False, False]
    assert search.mask(_events(), "ain al assad").tolist() == [True, True, True, False, False]


def test_an_actor_is_found_by_alias_and_misspelling():
    assert search.mask(_events(), "Kataib Hezbolah").tolist() == [False, False, False, True, True]
    assert search.mask(_events(), "KH").tolist()[3:] == [True, True]  # an alias: the events of that actor


def test_plain_words_still_work():
    assert search.mask(_events(), "drones").tolist() == [True, False, True, False, False]


def test_map_tooltip_text_is_escaped_once():
    ev = _events().assign(event_id=["a", "b", "c", "d", "e"], event_date=pd.Timestamp("2024-01-01"),
                          date_precision="day", event_type="drone_strike", latitude=33.0, longitude=44.0,
                          geo_precision=1, fatalities=0)
    keys = pd.Series("pmu", index=ev.index)
    pts = map_view.point_frame(ev, keys, {"pmu": "#D55E00"}, "side")
    assert "Shi'ite" in pts.loc[3, "t_evidence"] and "&#x27;" not in pts.loc[3, "t_evidence"]


def test_bidi_controls_are_stripped_from_displayed_metadata():
    docs = pd.DataFrame({"title": ["\u202eevil\u202c title"], "source": ["Out\u2067let\u2069"], "url": [""]})
    clean = data.without_bidi(docs, ("title", "source", "url"))
    assert clean.loc[0, "title"] == "evil title" and clean.loc[0, "source"] == "Outlet"


def test_events_at_one_place_are_one_circle_with_their_count_and_coarse_ones_are_listed():
    ev = _events().assign(event_id=["a", "b", "c", "d", "e"],
                          event_date=pd.to_datetime(["2024-01-01", "2024-01-05", "2024-01-03", "2024-01-02", "2024-01-04"]),
                          date_precision="day", event_type="drone_strike", fatalities=0,
                          latitude=[33.7856, 33.7856, 33.7856, 36.19, 33.3],
                          longitude=[42.4412, 42.4412, 42.4412, 44.01, 42.0], geo_precision=[1, 1, 1, 1, 3])
    on_map = map_view.sited(ev)
    assert on_map.tolist() == [True, True, True, True, False]
    shown = ev[on_map]
    pts = map_view.cluster_frame(map_view.point_frame(shown, pd.Series("pmu", index=shown.index), {"pmu": "#D55E00"},
                                                      "side"), shown)
    assert sorted(pts["count"]) == ["", "3"]
    asad = pts[pts["count"] == "3"].iloc[0]
    assert asad["event_id"] == "b" and asad["t_head"].startswith("3 events at this place")  # the latest opens


def test_the_view_fits_the_events():
    (lat, lon), z = map_view.fit_view([33.0, 33.5], [44.0, 44.5], 520)
    assert abs(lat - 33.25) < 0.01 and abs(lon - 44.25) < 0.01 and z > 6.5
    (_, _), wide = map_view.fit_view([30.5, 36.3], [41.0, 47.8], 520)
    assert wide < 6
