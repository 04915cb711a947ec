"""Sides, front groups rolled up to their faction, and the headline's split by direction."""
from __future__ import annotations

import pandas as pd

from dashboard import display, palette
from pipeline import sides


def _events(rows):
    return pd.DataFrame(rows, columns=["actor1", "actor2", "event_type", "fatalities"])


def test_sides_come_from_the_actor_file_and_its_aliases():
    assert sides.side_of("Kataib Hezbollah") == "pmu"
    assert sides.side_of("Saraya Awliya al-Dam") == "pmu"
    assert sides.side_of("US forces") == "us_coalition"
    assert sides.side_of("Iran") == "iran"
    assert sides.side_of("unknown") == "unknown"


def test_front_groups_roll_up_to_their_faction_but_factions_not_to_the_pmu():
    assert sides.rollup_of("Ashab al-Kahf", {}) == "Kataib Hezbollah"
    assert sides.rollup_of("Kataib Hezbollah", {}) == "Kataib Hezbollah"
    assert sides.rollup_of("Iraqi Security Forces", {}) == "Iraqi Security Forces"
    assert display.legend_label("Kataib Hezbollah", "faction") == "Kataib Hezbollah incl. fronts"


def test_a_rare_faction_chosen_alone_keeps_its_colour():
    base = _events([("Islamic State", "Iraqi Security Forces", "armed_clash", 0)] * 30
                   + [(f"Group {i}", "US forces", "shelling", 0) for i in range(12) for _ in range(3)]
                   + [("Saraya Awliya al-Dam", "US forces", "drone_strike", 0)]
                   + [("Iran", "US forces", "threat", 0)] * 50)
    chosen = base[base["actor1"] == "Saraya Awliya al-Dam"]
    keys, colors = display.color_keys(chosen, "faction", base)
    assert list(keys) == ["Kataib Hezbollah"] and colors["Kataib Hezbollah"] != palette.OTHER_COLOR
    assert "Iran" not in display.top_perpetrators(base)  # threats do not rank


def test_side_colouring_is_the_default_and_separates_the_sides():
    ev = _events([("Kataib Hezbollah", "US forces", "drone_strike", 0), ("US forces", "Kataib Hezbollah", "airstrike", 4)])
    keys, colors = display.color_keys(ev, "side", ev)
    assert list(keys) == ["pmu", "us_coalition"] and colors["pmu"] != colors["us_coalition"]
    from dashboard.filters import View
    assert View().color_by == "side"


def test_the_headline_splits_by_direction():
    ev = _events([("Kataib Hezbollah", "US forces", "drone_strike", 1), ("Ashab al-Kahf", "US forces", "shelling", 2),
                  ("US forces", "Kataib Hezbollah", "airstrike", 10), ("unknown", "Kataib Hezbollah", "drone_strike", 5),
                  ("Islamic State", "Iraqi Security Forces", "armed_clash", None)])
    text = sides.direction_text(ev)
    assert text == ("2 attacks on US forces (3 killed) · 1 US strikes on PMU targets (10 killed) · "
                    "1 strikes on PMU targets by an unnamed perpetrator (5 killed) · 1 other events (0 killed)")


def test_weekly_attacks_by_group_and_two_periods():
    from datetime import date

    from dashboard.views import trend_view
    ev = pd.DataFrame({
        "event_date": pd.to_datetime(["2023-10-18", "2023-10-19", "2023-10-30", "2023-10-10", "2023-10-20"]),
        "event_type": ["drone_strike", "missile_or_rocket_attack", "drone_strike", "drone_strike", "airstrike"],
        "actor1": ["Ashab al-Kahf", "unknown", "Kataib Hezbollah", "Kataib Hezbollah", "US forces"],
        "actor2": ["US forces", "US forces", "US forces", "US forces", "Kataib Hezbollah"],
        "fatalities": [0, 1, 0, 0, 3],
    })
    table = trend_view.weekly_by_group(ev)
    assert [d.strftime("%Y-%m-%d") for d in table.index] == ["2023-10-09", "2023-10-16", "2023-10-23", "2023-10-30"]
    assert table.loc["2023-10-16", "Kataib Hezbollah"] == 1 and table.loc["2023-10-16", "Unclaimed"] == 1
    assert table.loc["2023-10-23"].sum() == 0  # an empty week is a zero, not a gap
    cmp = trend_view.compare_periods(ev, date(2023, 10, 17)).set_index("")
    assert list(cmp.loc["Attacks on US forces"].iloc[:2]) == [1, 3]
    assert cmp.loc["US strikes"].iloc[1] == 1 and cmp.loc["Attacks on US forces", "change"] == "+2"
