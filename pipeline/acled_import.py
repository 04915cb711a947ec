"""An ACLED export as a second layer: read its CSV (any of the three date formats ACLED has used) and compare
it with the extracted events. An extracted event matches an ACLED event of the same family (ACLED event type)
within MATCH_DAYS and MATCH_KM; each event matches at most once, nearest first. What is left over on either
side is what the articles missed, or what ACLED lacks."""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

logger = logging.getLogger(__name__)

MATCH_DAYS = 1  # ACLED dates an event by the day it happened; articles often date it by the day it was reported
MATCH_KM = 25.0  # a base and the town beside it, or a city and its outskirts, are coded apart by the two sources
REQUIRED = ("event_date", "event_type", "latitude", "longitude")
# The three ways ACLED exports have written event_date: 2023-02-16, 16-02-2023, 16 February 2023.
DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d %B %Y")
KEEP = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location",
        "latitude", "longitude", "fatalities", "source", "notes")


class AcledError(ValueError):
    """The file is not an ACLED export; the message names the file and the reason."""


@dataclass
class Comparison:
    matches: pd.DataFrame  # event_id, event_id_cnty, km, days
    missed: pd.DataFrame  # ACLED rows no extracted event matches
    lacking: pd.DataFrame  # extracted events no ACLED row matches


def parse_dates(values: pd.Series) -> pd.Series:
    """ACLED's event_date in any of its three formats (each value tried in turn); NaT where none fits."""
    s = values.astype("string").str.strip()
    out = pd.Series(pd.NaT, index=s.index, dtype="datetime64[ns]")
    for fmt in DATE_FORMATS:
        todo = out.isna()
        if not todo.any():
            break
        out[todo] = pd.to_datetime(s[todo], format=fmt, errors="coerce")
    return out


def read(data: bytes | str | Path, name: str = "") -> pd.DataFrame:
    """The rows of an ACLED CSV (bytes or a path); rows without a readable date or place are dropped with a log line.
    Raises AcledError naming the file when it is not a CSV with ACLED's columns."""
    name = name or (Path(data).name if isinstance(data, (str, Path)) else "the uploaded file")
    try:
        src = io.BytesIO(data) if isinstance(data, bytes) else data
        df = pd.read_csv(src, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8-sig")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise AcledError(f"{name} cannot be read as CSV ({exc})") from exc
    missing = [c for c in REQUIRED if c not in df.columns]
    if missing:
        raise AcledError(f"{name} is not an ACLED export: no {', '.join(missing)} column(s)")
    for c in KEEP:
        if c not in df.columns:
            df[c] = None
    df = df[list(KEEP)].copy()
    df["event_date"] = parse_dates(df["event_date"])
    df["latitude"] = pd.to_numeric(df["latitude"], errors="coerce")
    df["longitude"] = pd.to_numeric(df["longitude"], errors="coerce")
    df["fatalities"] = pd.to_numeric(df["fatalities"], errors="coerce").astype("Int64")
    bad = df["event_date"].isna() | df["latitude"].isna() | df["longitude"].isna()
    if bad.any():
        logger.warning("%s: %d rows without a readable date or coordinates left out", name, int(bad.sum()))
    df = df[~bad].reset_index(drop=True)
    df["event_id_cnty"] = df["event_id_cnty"].fillna(pd.Series([f"row{i + 2}" for i in range(len(df))]))
    return df


def _km(lat1, lon1, lat2, lon2) -> np.ndarray:
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def compare(events: pd.DataFrame, acled: pd.DataFrame) -> Comparison:
    """Match the extracted events (with acled_event_type) to the ACLED rows; see the module docstring."""
    ev = events.dropna(subset=["event_date", "latitude", "longitude"])
    ev = pd.DataFrame({"event_id": ev["event_id"].astype(str), "family": ev["acled_event_type"].astype(str),
                       "d": pd.to_datetime(ev["event_date"]).dt.normalize(),
                       "lat": ev["latitude"].astype(float), "lon": ev["longitude"].astype(float)})
    ac = pd.DataFrame({"event_id_cnty": acled["event_id_cnty"].astype(str), "family": acled["event_type"].astype(str),
                       "d": acled["event_date"].dt.normalize(), "alat": acled["latitude"], "alon": acled["longitude"]})
    shifted = pd.concat([ac.assign(d=ac["d"] + pd.Timedelta(days=k), days=abs(k))
                         for k in range(-MATCH_DAYS, MATCH_DAYS + 1)])
    pairs = ev.merge(shifted, on=["family", "d"])
    pairs["km"] = _km(pairs["lat"].to_numpy(), pairs["lon"].to_numpy(), pairs["alat"].to_numpy(float),
                      pairs["alon"].to_numpy(float))
    pairs = pairs[pairs["km"] <= MATCH_KM].sort_values(["km", "days"], kind="stable")
    used_e: set[str] = set()
    used_a: set[str] = set()
    rows = []
    for e_id, a_id, km, days in zip(pairs["event_id"], pairs["event_id_cnty"], pairs["km"], pairs["days"]):
        if e_id in used_e or a_id in used_a:
            continue
        used_e.add(e_id)
        used_a.add(a_id)
        rows.append((e_id, a_id, round(float(km), 1), int(days)))
    matches = pd.DataFrame(rows, columns=["event_id", "event_id_cnty", "km", "days"])
    missed = acled[~acled["event_id_cnty"].astype(str).isin(used_a)]
    lacking = events[~events["event_id"].astype(str).isin(used_e)]
    return Comparison(matches=matches, missed=missed, lacking=lacking)
