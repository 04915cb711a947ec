"""Exports of an events table: CSV, GeoJSON and ACLED's format. One module for the dashboard's downloads
and for `python -m pipeline export`, so both give the same files.

ACLED rules (documented in the README):
- Threats are left out: ACLED codes what happened, not what was threatened. Political statements stay, as
  Strategic developments.
- `inter1`/`inter2` use ACLED's current actor-type strings, from the actor's side (actors.csv): PMU factions
  and other militias are 'Political militia', Islamic State a 'Rebel group'; a state's forces are 'State
  forces' in their own country and 'External/Other forces' abroad. An unnamed perpetrator is ACLED's
  'Unidentified Armed Group (<country>)', a political militia. `interaction` joins the two types in ACLED's
  order ('State forces-Political militia'), or '<type> only' with one actor.
- `source` lists the outlets of the articles, `source_scale` their scales (pipeline/resources/outlet_scales.csv),
  joined with '-' as ACLED does ('National-International').
- `event_id_cnty` is the country's ISO alpha-3 code and a number derived from the stable event_id; an event
  with no place keeps an empty country and the prefix UNK.
- `admin2` is the district when the gazetteer knows it: the place is a district, or the gazetteer has a
  district of the same name in the same governorate.
- `timestamp` is the Unix time of the build the table comes from.
"""
from __future__ import annotations

import csv
import json
import logging
import re
import zlib
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from pipeline import config, sides

logger = logging.getLogger(__name__)

CSV_ENCODING = "utf-8-sig"  # with a byte-order mark, like the pipeline's tables: Excel then reads curly quotes right
FORMATS = ("csv", "geojson", "acled")
OUTLET_SCALES = config.RESOURCES / "outlet_scales.csv"
SCALES = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp"]
# ISO 3166 numeric and alpha-3 codes of the countries the events fall in (a standard table, not knowledge
# about articles).
ISO = {"Iraq": (368, "IRQ"), "Syria": (760, "SYR"), "Jordan": (400, "JOR"), "Iran": (364, "IRN"),
       "Kuwait": (414, "KWT"), "Turkey": (792, "TUR"), "Saudi Arabia": (682, "SAU"), "Israel": (376, "ISR"),
       "Lebanon": (422, "LBN"), "Yemen": (887, "YEM"), "Bahrain": (48, "BHR"), "Qatar": (634, "QAT"),
       "United Arab Emirates": (784, "ARE"), "United States": (840, "USA")}
REGION = {"Iraq": "Middle East"}  # every country above is in ACLED's 'Middle East' region
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Strategic developments": "Strategic developments",
            "Riots": "Political violence; Demonstrations", "Protests": "Demonstrations"}
EVENT_NUMBER_HEX = 7  # 7 hex digits: numbers below 268 million, unlikely to collide within 200,000 events
UNPLACED_CODE = "UNK"  # event_id_cnty prefix of an event whose country the articles do not give
LEFT_OUT_TYPES = ("threat",)  # not events in ACLED's sense (see the module docstring)
# ACLED's actor types in its own order (the old numeric codes 1-8), which also orders 'interaction'.
INTER = ("State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters",
         "Civilians", "External/Other forces")
SIDE_INTER = {"pmu": "Political militia", "isis": "Rebel group", "houthis": "Rebel group",
              "kurdish": "Political militia", "other": "Political militia"}
SIDE_HOME = {"iraqi_state": "Iraq", "us_coalition": "United States", "iran": "Iran", "israel": "Israel",
             "syria": "Syria"}  # a state side's own country: 'State forces' there, 'External/Other forces' abroad
CIVILIAN_WORDS = re.compile(r"\bcivilians?\b|\bcontractors?\b|\bresidents?\b|\bfarmers?\b|\bjournalists?\b",
                            re.IGNORECASE)


class ExportError(ValueError):
    """An export cannot be made; the message names the file and the reason."""


# ---------------------------------------------------------------- plain formats
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


# ---------------------------------------------------------------- ACLED
def load_outlet_scales(path: Path = OUTLET_SCALES) -> dict[str, str]:
    """{outlet (lower case): ACLED source scale} from outlet_scales.csv; a bad row is an error naming its line."""
    if not Path(path).exists():
        return {}
    out: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for n, r in enumerate(rows, start=2):
            outlet, scale = (r.get("outlet") or "").strip(), (r.get("scale") or "").strip()
            if not outlet or scale not in SCALES:
                raise ExportError(f"{Path(path).name}, row {n}: needs an outlet and a scale of {', '.join(SCALES)}")
            out[outlet.lower()] = scale
    return out


def _inter(side: str, name: str, country: str) -> str:
    if not name:
        return ""
    if CIVILIAN_WORDS.search(name):
        return "Civilians"
    home = SIDE_HOME.get(side)
    if home:
        return "State forces" if home == country else "External/Other forces"
    return SIDE_INTER.get(side, "Political militia")


def interaction(a: str, b: str) -> str:
    """ACLED's interaction string: the two types in ACLED's order, or '<type> only'."""
    types = [t for t in (a, b) if t]
    if not types:
        return ""
    if len(types) == 1:
        return f"{types[0]} only"
    types.sort(key=lambda t: INTER.index(t) if t in INTER else len(INTER))
    return "-".join(types)


def event_number(event_id: str) -> int:
    """A stable number for an event id: its hexadecimal hash part ('EVa1b2…' -> a1b2…), else a CRC-32."""
    m = re.search(r"[0-9a-f]+$", str(event_id).lower())
    hexpart = m.group(0) if m else ""
    return int(hexpart[:EVENT_NUMBER_HEX], 16) if len(hexpart) >= EVENT_NUMBER_HEX else zlib.crc32(str(event_id).encode())


def district_names() -> dict[tuple[str, str], str]:
    """{(place, governorate): district} for the places whose district the gazetteer knows."""
    return _gazetteer_districts()


def _gazetteer_districts() -> dict[tuple[str, str], str]:
    try:
        g = pd.read_csv(config.GAZETTEER, comment="#", dtype=str, keep_default_na=False)
    except (OSError, ValueError) as exc:
        logger.warning("no districts from the gazetteer: %s", exc)
        return {}
    dist = g[(g["feature_type"] == "district") & g["name"].str.endswith(" District")]
    out = {}
    for name, gov in zip(dist["name"], dist["admin1"]):
        short = name[: -len(" District")]
        out[(name, gov)] = short
        out[(short, gov)] = short
    return out


def outlet_names(documents: pd.DataFrame | None) -> dict[str, str]:
    """{file: outlet} from the documents table; the URL's host where the outlet is not known."""
    out: dict[str, str] = {}
    if documents is None or documents.empty:
        return out
    for f, o, u in zip(documents["file"], documents["source"], documents["url"]):
        if isinstance(o, str) and o.strip():
            out[str(f)] = o.strip()
        elif isinstance(u, str) and u.startswith(("http://", "https://")):
            out[str(f)] = re.sub(r"^www\.", "", u.split("/")[2])
    return out


def _outlets(files: str, outlet_of: Mapping[str, str]) -> list[str]:
    seen: list[str] = []
    for f in str(files or "").split(";"):
        o = outlet_of.get(f.strip()) or ""
        if o and o not in seen:
            seen.append(o)
    return seen


def outlet_key(outlet: str) -> str:
    """The outlet's name without its bracketed note, lower case: 'Reuters (via Yahoo News)' -> 'reuters'."""
    return str(outlet).split(" (")[0].strip().lower()


def _scale_text(outlets: list[str], scales: Mapping[str, str]) -> str:
    found = sorted({scales[k] for k in map(outlet_key, outlets) if k in scales}, key=SCALES.index)
    return "-".join(found)


def to_acled(events: pd.DataFrame, documents: pd.DataFrame | None = None, locations: pd.DataFrame | None = None,
             timestamp: int | None = None, parents: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The events in ACLED's 31 columns, threats left out (see the module docstring for every rule)."""
    e = events[~events["event_type"].isin(LEFT_OUT_TYPES).to_numpy(bool)]
    country = e["country"].astype("string").fillna("").astype(object)
    a1 = e["actor1"].astype("string").fillna("unknown").astype(object)
    a2 = e["actor2"].astype("string").fillna("unknown").astype(object)
    s1 = sides.sides(e["actor1"], parents).to_numpy()
    s2 = sides.sides(e["actor2"], parents).to_numpy()
    actor1 = [f"Unidentified Armed Group ({c})" if n == "unknown" else n for n, c in zip(a1, country)]
    actor2 = ["" if n == "unknown" else n for n in a2]
    inter1 = ["Political militia" if n == "unknown" else _inter(s, n, c) for n, s, c in zip(a1, s1, country)]
    inter2 = [_inter(s, n, c) for n, s, c in zip(actor2, s2, country)]
    outlet_of = outlet_names(documents)
    scales = load_outlet_scales()
    outlets = [_outlets(s, outlet_of) for s in e["sources"].to_numpy(dtype=object)]
    districts = district_names()
    admin2 = [districts.get((loc, gov), "") if isinstance(loc, str) else ""
              for loc, gov in zip(e["location"].to_numpy(dtype=object), e["admin1"].to_numpy(dtype=object))]
    iso = [ISO.get(c, (None, UNPLACED_CODE)) for c in country]
    ts = "" if timestamp is None else int(timestamp)
    dates = pd.to_datetime(e["event_date"])
    out = pd.DataFrame({
        "event_id_cnty": [f"{code}{event_number(i)}" for (_n, code), i in zip(iso, e["event_id"].astype(str))],
        "event_date": dates.dt.strftime("%d %B %Y"),
        "year": dates.dt.year.astype("Int64"),
        "time_precision": e["time_precision"],
        "disorder_type": e["acled_event_type"].map(DISORDER).fillna(""),
        "event_type": e["acled_event_type"], "sub_event_type": e["acled_sub_event_type"],
        "actor1": actor1, "assoc_actor_1": e["assoc_actors"].fillna("").str.replace(";", "; ", regex=False),
        "inter1": inter1, "actor2": actor2, "assoc_actor_2": "", "inter2": inter2,
        "interaction": [interaction(x, y) for x, y in zip(inter1, inter2)],
        "civilian_targeting": ["Civilian targeting" if t == "Civilians" else "" for t in inter2],
        "iso": pd.array([n for n, _c in iso], dtype="Int64"), "region": "Middle East",
        "country": country, "admin1": e["admin1"], "admin2": admin2, "admin3": "",
        "location": e["location"], "latitude": e["latitude"], "longitude": e["longitude"],
        "geo_precision": e["geo_precision"],
        "source": ["; ".join(o) for o in outlets],
        "source_scale": [_scale_text(o, scales) for o in outlets],
        "notes": e["evidence"], "fatalities": e["fatalities"].fillna(0).astype("Int64"),
        "tags": "", "timestamp": ts,
    }, index=e.index)
    return out[ACLED_COLUMNS].reset_index(drop=True)


def to_acled_csv(events: pd.DataFrame, documents: pd.DataFrame | None = None, locations: pd.DataFrame | None = None,
                 timestamp: int | None = None) -> bytes:
    return to_acled(events, documents, locations, timestamp).to_csv(index=False).encode(CSV_ENCODING)


def render(events: pd.DataFrame, fmt: str, documents: pd.DataFrame | None = None,
           locations: pd.DataFrame | None = None, timestamp: int | None = None) -> bytes:
    """The bytes of one export format."""
    if fmt == "csv":
        return to_csv(events)
    if fmt == "geojson":
        return to_geojson(events)
    if fmt == "acled":
        return to_acled_csv(events, documents, locations, timestamp)
    raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def file_stem(parts: list[str], base: str = "pmu-events") -> str:
    """A file name from the filter's words: 'pmu-events_kataib-hezbollah_anbar_2023-10-17_2024-02-01'."""
    words = [re.sub(r"[^a-z0-9]+", "-", str(p).lower()).strip("-") for p in parts if p]
    return "_".join([base] + [w[:40] for w in words if w])


def write_atomic(path: Path, blob: bytes) -> None:
    """Write blob to path through a temporary file and a rename: never a half-written export."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(blob)
    tmp.replace(path)


def timestamp_of(build_info: Mapping) -> int | None:
    for k in ("build", "finished", "started"):
        v = build_info.get(k) if isinstance(build_info, Mapping) else None
        if v:
            t = pd.to_datetime(v, errors="coerce", utc=True)
            if not pd.isna(t):
                return int(t.timestamp())
    return None



def read_set(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """(events, documents, build_info) of the published table set in folder; ExportError when missing."""
    from pipeline import schema, tableset
    build = tableset.published(Path(folder))
    frames = {}
    for name in ("events", "documents"):
        p = next((build / f"{name}.{ext}" for ext in ("parquet", "csv") if (build / f"{name}.{ext}").exists()), None)
        if p is None:
            raise ExportError(f"{Path(folder)}: no {name} table (build it with python -m pipeline build)")
        raw = pd.read_parquet(p) if p.suffix == ".parquet" else pd.read_csv(p, dtype=str, keep_default_na=False,
                                                                              na_values=[""])
        frames[name] = schema.conform(raw, name)
    try:
        info = tableset.read_info(build)
    except (OSError, ValueError):
        info = {}
    return frames["events"], frames["documents"], info


def export_tables(folder: Path, fmt: str, output: Path) -> int:
    """Write folder's events to output in fmt; the number of rows written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    events, documents, info = read_set(folder)
    blob = render(events, fmt, documents, None, timestamp_of(info))
    write_atomic(output, blob)
    return len(events) if fmt != "acled" else int((~events["event_type"].isin(LEFT_OUT_TYPES)).sum())
