"""Display helpers shared by the views: colour keys, readable labels and tooltip strings for events."""
from __future__ import annotations

import html
import logging

import numpy as np
import pandas as pd

from dashboard import palette

logger = logging.getLogger(__name__)

MAX_KEYS = 10  # colours on the legend; rarer perpetrators are grouped as 'Other'
GEO_PRECISION = {1: "exact place", 2: "near the place / district", 3: "governorate or wider region"}
DATE_PRECISION = {"day": "exact day", "week": "within a week", "month": "month only", "year": "year only",
                  "unknown": "unknown"}


def as_text(s: pd.Series, na: str = "unknown") -> pd.Series:
    """Plain-string copy of s; for a categorical, done on its categories (fast on large tables)."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        cats = np.append(np.asarray(s.cat.categories.astype(str), dtype=object), na)
        codes = s.cat.codes.to_numpy()
        return pd.Series(cats[np.where(codes < 0, len(cats) - 1, codes)], index=s.index, dtype=object)
    return s.astype("string").fillna(na).astype(object)


def color_keys(events: pd.DataFrame, color_by: str, all_events: pd.DataFrame | None = None) -> tuple[pd.Series, dict[str, str]]:
    """Per event the legend key (perpetrator or event type) and {key: hex colour}.

    Factions are ranked on all_events (the unfiltered table) so colours do not jump when filtering.
    """
    if color_by == "type":
        keys = as_text(events["event_type"], "other")
        return keys, {k: palette.type_color(k) for k in schema_types()}
    base = all_events if all_events is not None else events
    ranked = base["actor1"].value_counts()
    top = [str(k) for k in ranked.index if ranked[k] > 0 and k != "unknown"][:MAX_KEYS]
    keys = as_text(events["actor1"], "unknown")
    keys = keys.where(keys.isin(top + ["unknown"]), palette.OTHER)
    colors = palette.faction_colors(list(top) + ["unknown"])
    return keys, colors


def schema_types() -> tuple[str, ...]:
    from pipeline import schema
    return schema.EVENT_TYPES


def legend_label(key: str, color_by: str) -> str:
    if color_by == "type":
        return palette.type_label(key)
    return "Unknown perpetrator" if key == "unknown" else key


def fmt_date(d, precision: str | None = None) -> str:
    if d is None or pd.isna(d):
        return "date unknown"
    ts = pd.Timestamp(d)
    if precision == "month":
        return ts.strftime("%B %Y")
    if precision == "year":
        return ts.strftime("%Y")
    s = ts.strftime("%d %b %Y").lstrip("0")
    return s + (" (± week)" if precision == "week" else "")


def fmt_int(v) -> str:
    return "not stated" if v is None or pd.isna(v) else f"{int(v):,}"


def actors_text(row) -> str:
    a1 = row.get("actor1")
    a2 = row.get("actor2")
    a1 = None if a1 is None or pd.isna(a1) or str(a1) in ("", "unknown") else str(a1)
    a2 = None if a2 is None or pd.isna(a2) or str(a2) in ("", "unknown") else str(a2)
    if a1 and a2:
        return f"{a1} → {a2}"
    if a1:
        return f"{a1} (target not stated)"
    if a2:
        return f"Unknown perpetrator → {a2}"
    return "Actors not stated"


def place_text(row) -> str:
    loc = row.get("location")
    loc = "unknown place" if loc is None or pd.isna(loc) else str(loc)
    gov = row.get("admin1")
    if gov is not None and not pd.isna(gov) and str(gov) != loc:
        loc += f", {gov}"
    return loc


def esc(v) -> str:
    return html.escape("" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v))


def shorten(s: str, n: int = 260) -> str:
    s = str(s)
    return s if len(s) <= n else s[: n - 1].rsplit(" ", 1)[0] + "…"


def _esc_series(x: pd.Series) -> pd.Series:
    return (x.astype(str).str.replace("&", "&amp;", regex=False).str.replace("<", "&lt;", regex=False)
            .str.replace(">", "&gt;", regex=False).str.replace('"', "&quot;", regex=False)
            .str.replace("'", "&#x27;", regex=False))


def event_strings(df: pd.DataFrame, evidence_chars: int = 300) -> pd.DataFrame:
    """HTML-escaped display strings per event (date, type, actors, place, killed, evidence), vectorised."""
    from dashboard import palette  # local: palette imports nothing from here, but keep the module light

    df = df.astype({c: "string" for c in df.columns if isinstance(df[c].dtype, pd.CategoricalDtype)})
    d = df["event_date"]
    date = d.dt.strftime("%d %b %Y").str.lstrip("0")
    prec = df["date_precision"].fillna("day")
    date = date.where(prec != "month", d.dt.strftime("%B %Y")).where(prec != "year", d.dt.strftime("%Y"))
    date = date.where(prec != "week", date + " (± week)").fillna("date unknown")
    typ = df["event_type"].map(palette.type_label).astype(str)
    a1 = df["actor1"].fillna("unknown").replace("", "unknown")
    a2 = df["actor2"].fillna("unknown").replace("", "unknown")
    actors = a1.where(a1 != "unknown", "Unknown perpetrator") + (" → " + a2).where(a2 != "unknown", "")
    actors = actors.where((a1 != "unknown") | (a2 != "unknown"), "Actors not stated")
    loc = df["location"].fillna("unknown place")
    gov = df["admin1"].fillna("")
    place = loc + (", " + gov).where((gov != "") & (gov != df["location"].fillna("")), "")
    killed = df["fatalities"].astype("Float64").round().astype("Int64").astype("string").fillna("not stated")
    full = df["evidence"].fillna("")
    ev = full.str.slice(0, evidence_chars)
    ev = ev.where(full.str.len() <= evidence_chars, ev + "…")
    return pd.DataFrame({"date": _esc_series(date), "type": _esc_series(typ), "actors": _esc_series(actors),
                         "place": _esc_series(place), "killed": killed.astype(str), "evidence": _esc_series(ev)},
                        index=df.index)
