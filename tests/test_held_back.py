"""Rows held back from the events table: a strike dated to its day with no place at all goes to a side table."""
from datetime import date

import pandas as pd

from pipeline import run
from pipeline.model import Event



def _article(folder, name, title, body):
    (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    with open(folder / "manifest.csv", "a", encoding="utf-8") as fh:
        if fh.tell() == 0:
            fh.write("file,title,source,url,published\n")
        fh.write(f"{name},{title},Test Wire,https://example.org/{name},2024-02-08\n")


def test_a_strike_with_no_place_is_held_back_not_lost(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    _article(src, "a.txt", "Rockets hit Ain al-Asad",
             "Rockets struck Ain al-Asad air base on Tuesday, wounding two soldiers, officials said.")
    _article(src, "b.txt", "A strike somewhere",
             "Officials said on Wednesday that US aircraft had struck again, without saying where.")
    run.build(src, out)
    events = pd.read_csv(out / "current" / "events.csv")
    held = pd.read_parquet(out / "current" / f"{run.HELD_BACK}.parquet")
    assert list(events["location"]) == ["Ain al-Asad Air Base"]
    assert len(held) == 1 and list(held["location"].fillna("")) == [""] and list(held["sources"]) == ["b.txt"]
    assert list(held.columns) == list(events.columns)  # the same columns: a row can be moved back as it is


def test_background_rows_and_corrected_rows_stay():
    day = Event(event_type="airstrike", evidence="x", file="a.txt", event_date=date(2024, 2, 7), date_precision="day")
    month = Event(event_type="assassination", evidence="y", file="a.txt", event_date=date(2020, 1, 1),
                  date_precision="month")
    corrected = Event(event_type="airstrike", evidence="z", file="a.txt", event_date=date(2024, 2, 7),
                      date_precision="day", corrected=True)
    threat = Event(event_type="threat", evidence="w", file="a.txt", event_date=date(2024, 2, 7), date_precision="day")
    keep, held = run.held_back([day, month, corrected, threat])
    assert held == [day] and keep == [month, corrected, threat]
