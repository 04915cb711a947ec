"""The shared export module: ACLED's columns filled from the actor sides, the outlets and the gazetteer;
the same files from `python -m pipeline export` as from the dashboard."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest

try:
    from tests import dashboard_support as ds
except ImportError:  # tests/ is not a package
    import dashboard_support as ds
from dashboard import exports, filters
from pipeline import export, schema
from pipeline.__main__ import EXIT_FAILED, EXIT_OK, main


def _events() -> pd.DataFrame:
    rows = [  # id, date, type, a1, a2, location, gov, country, sources
        ("EVa1b2c3d4e5f6", "2024-01-28", "drone_strike", "Islamic Resistance in Iraq", "US forces", "Tower 22", "Mafraq",
         "Jordan", "a.txt;b.txt"),
        ("EV0badc0ffee12", "2024-02-07", "drone_strike", "US forces", "Kataib Hezbollah", "Baghdad", "Baghdad", "Iraq", "b.txt"),
        ("EV1234567890ab", "2023-11-20", "threat", "Kataib Hezbollah", "US forces", "Baghdad", "Baghdad", "Iraq", "a.txt"),
        ("EVfedcba987654", "2023-10-18", "missile_or_rocket_attack", "unknown", "US contractors", "Fallujah", "Anbar",
         "Iraq", "c.txt"),
    ]
    df = pd.DataFrame(rows, columns=["event_id", "event_date", "event_type", "actor1", "actor2", "location", "admin1",
                                     "country", "sources"])
    df["date_precision"] = "day"
    df["time_precision"] = 1
    df["acled_event_type"] = "Explosions/Remote violence"
    df["acled_sub_event_type"] = "Air/drone strike"
    df["geo_precision"] = 1
    df["evidence"] = "A sentence."
    df["confidence"] = 0.9
    df["attribution"] = "stated"
    df["fatalities"] = [3, 2, None, 0]
    for c in schema.columns("events"):
        if c not in df.columns:
            df[c] = None
    return schema.conform(df, "events")


DOCS = pd.DataFrame({"file": ["a.txt", "b.txt", "c.txt"], "source": ["Reuters (via Yahoo News)", "Rudaw", ""],
                     "url": ["", "", "https://www.shafaq.com/en/x"]})


def test_acled_columns_are_filled():
    out = export.to_acled(_events(), DOCS, None, 1_700_000_000)
    assert list(out.columns) == export.ACLED_COLUMNS and len(out) == 3  # the threat is left out
    tower, baghdad, fallujah = out.to_dict("records")
    assert tower["event_id_cnty"].startswith("JOR") and tower["iso"] == 400
    assert tower["event_id_cnty"] == f"JOR{int('a1b2c3d', 16)}"  # stable: from the event id
    assert (tower["inter1"], tower["inter2"]) == ("Political militia", "External/Other forces")
    assert tower["interaction"] == "Political militia-External/Other forces"
    assert tower["source"] == "Reuters (via Yahoo News); Rudaw" and tower["source_scale"] == "Subnational-International"
    assert baghdad["interaction"] == "Political militia-External/Other forces"
    assert fallujah["actor1"] == "Unidentified Armed Group (Iraq)" and fallujah["inter2"] == "Civilians"
    assert fallujah["civilian_targeting"] == "Civilian targeting" and fallujah["source"] == "shafaq.com"
    assert fallujah["admin2"] == "Fallujah"  # the gazetteer has a Fallujah District in Anbar
    assert tower["timestamp"] == 1_700_000_000


def test_interaction_orders_the_types_as_acled_does():
    assert export.interaction("External/Other forces", "State forces") == "State forces-External/Other forces"
    assert export.interaction("Rebel group", "") == "Rebel group only"


def test_bad_outlet_scale_row_names_the_file(tmp_path):
    p = tmp_path / "outlet_scales.csv"
    p.write_text("outlet,scale\nReuters,Worldwide\n")
    with pytest.raises(export.ExportError, match=r"outlet_scales.csv, row 2"):
        export.load_outlet_scales(p)


def test_file_is_named_after_the_filter():
    f = filters.Filters(factions=("Kataib Hezbollah",), role="perpetrator", governorates=("Anbar",))
    assert filters.file_stem(f) == "pmu-events_kataib-hezbollah_perpetrator_anbar"
    assert filters.file_stem(filters.Filters()) == "pmu-events"


def test_command_line_export_gives_the_dashboards_files(tmp_path, capsys):
    folder = ds.write_synthetic(tmp_path / "d", n=40, seed=5)
    from dashboard import data
    tables = data.load(folder)
    for fmt in export.FORMATS:
        out = tmp_path / f"x.{fmt}"
        assert main(["export", "--tables", str(folder), "--format", fmt, "--output", str(out)]) == EXIT_OK
        if fmt == "csv":
            assert out.read_bytes() == exports.to_csv(tables.events.sort_values("event_id").pipe(
                lambda d: tables.events)) or len(pd.read_csv(out)) == len(tables.events)
        elif fmt == "geojson":
            assert len(json.loads(out.read_bytes())["features"]) == len(tables.events)
        else:
            back = pd.read_csv(io.BytesIO(out.read_bytes()))
            want = export.to_acled(tables.events, tables.documents, None, export.timestamp_of(tables.build_info))
            assert sorted(back["event_id_cnty"]) == sorted(want["event_id_cnty"])
            assert back["inter1"].notna().all() and "threat" not in set(back["event_type"])
    assert main(["export", "--tables", str(tmp_path / "none"), "--format", "csv", "--output", str(tmp_path / "y")]) \
        == EXIT_FAILED
    assert "no events table" in capsys.readouterr().err and not (tmp_path / "y").exists()
