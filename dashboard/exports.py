"""Downloads of the filtered events: CSV, GeoJSON, and CSV with ACLED's column names."""
from __future__ import annotations

import json
import logging

import pandas as pd

logger = logging.getLogger(__name__)

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp"]
ISO = {"Iraq": 368, "Syria": 760, "Jordan": 400, "Iran": 364, "Kuwait": 414, "Turkey": 792, "Saudi Arabia": 682}
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Strategic developments": "Strategic developments",
            "Riots": "Political violence; Demonstrations", "Protests": "Demonstrations"}


CSV_ENCODING = "utf-8-sig"  # with a byte-order mark, like the pipeline's tables: Excel then reads curly quotes right


def to_csv(events: pd.DataFrame) -> bytes:
    return events.to_csv(index=False, date_format="%Y-%m-%d").encode(CSV_ENCODING)


def _clean(v):
    if v is None or (not isinstance(v, (list, dict, str)) and pd.isna(v)):
        return None
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat()
    if hasattr(v, "item"):
        return v.item()
    return v


def to_geojson(events: pd.DataFrame) -> bytes:
    feats = []
    for r in events.to_dict("records"):
        lat, lon = r.get("latitude"), r.get("longitude")
        geom = None if lat is None or lon is None or pd.isna(lat) or pd.isna(lon) else \
            {"type": "Point", "coordinates": [float(lon), float(lat)]}
        props = {k: _clean(v) for k, v in r.items() if k not in ("latitude", "longitude")}
        feats.append({"type": "Feature", "geometry": geom, "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False).encode("utf-8")


def to_acled(events: pd.DataFrame) -> pd.DataFrame:
    """The events under ACLED's column names (columns the pipeline cannot fill are left empty)."""
    e = events
    assoc = e["assoc_actors"].fillna("").str.replace(";", "; ", regex=False)
    out = pd.DataFrame({
        "event_id_cnty": "IRQ" + e["event_id"].astype(str),
        "event_date": e["event_date"].dt.strftime("%d %B %Y"),
        "year": e["event_date"].dt.year.astype("Int64"),
        "time_precision": e["time_precision"],
        "disorder_type": e["acled_event_type"].map(DISORDER).fillna(""),
        "event_type": e["acled_event_type"], "sub_event_type": e["acled_sub_event_type"],
        "actor1": e["actor1"], "assoc_actor_1": assoc, "inter1": "",
        "actor2": e["actor2"].fillna(""), "assoc_actor_2": "", "inter2": "", "interaction": "",
        "civilian_targeting": "", "iso": e["country"].map(ISO).astype("Int64"), "region": "Middle East",
        "country": e["country"], "admin1": e["admin1"], "admin2": "", "admin3": "",
        "location": e["location"], "latitude": e["latitude"], "longitude": e["longitude"],
        "geo_precision": e["geo_precision"], "source": e["sources"].fillna("").str.replace(";", "; ", regex=False),
        "source_scale": "", "notes": e["evidence"], "fatalities": e["fatalities"].fillna(0).astype("Int64"),
        "tags": "", "timestamp": "",
    })
    return out[ACLED_COLUMNS]


def to_acled_csv(events: pd.DataFrame) -> bytes:
    return to_acled(events).to_csv(index=False).encode(CSV_ENCODING)
