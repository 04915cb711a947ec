"""ACLED as a second layer: the three date formats ACLED has used, and the matching of extracted events
to ACLED rows (same family, within a day, within 25 km)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline import acled_import

SAMPLE = Path(__file__).parent / "data" / "acled_sample.csv"


def _extracted() -> pd.DataFrame:
    return pd.DataFrame({
        "event_id": ["EVkh", "EVtower", "EVerbil"],
        "event_date": pd.to_datetime(["2024-02-07", "2024-01-28", "2024-01-20"]),
        "acled_event_type": ["Explosions/Remote violence"] * 3,
        "latitude": [33.31, 33.33, 36.24], "longitude": [44.40, 38.73, 43.96],
    })


def test_three_date_formats_are_read_and_a_bad_row_is_left_out():
    df = acled_import.read(SAMPLE)
    assert list(df["event_date"].dt.strftime("%Y-%m-%d")) == ["2024-02-08", "2024-01-29", "2024-03-03"]


def test_a_file_without_acled_columns_is_named(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text("date,place\n2024-01-01,Baghdad\n")
    with pytest.raises(acled_import.AcledError, match="mine.csv is not an ACLED export: no event_date"):
        acled_import.read(p)


def test_matches_missed_and_lacking():
    cmp = acled_import.compare(_extracted(), acled_import.read(SAMPLE))
    assert sorted(zip(cmp.matches["event_id"], cmp.matches["event_id_cnty"])) == [("EVkh", "IRQ9001"),
                                                                                   ("EVtower", "IRQ9002")]
    assert cmp.matches.set_index("event_id").loc["EVkh", "days"] == 1
    assert list(cmp.missed["event_id_cnty"]) == ["IRQ9003"]  # ACLED has it, the articles do not
    assert list(cmp.lacking["event_id"]) == ["EVerbil"]  # the articles have it, ACLED does not


def test_too_far_or_another_family_does_not_match():
    ev = _extracted().iloc[[0]].copy()
    ev["latitude"] = 33.70  # ~45 km north of the ACLED point
    assert acled_import.compare(ev, acled_import.read(SAMPLE)).matches.empty
    ev = _extracted().iloc[[0]].copy()
    ev["acled_event_type"] = "Battles"
    assert acled_import.compare(ev, acled_import.read(SAMPLE)).matches.empty
