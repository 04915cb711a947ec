"""Display helpers shared by the views: colour keys, readable labels and tooltip strings for events."""
from __future__ import annotations

import html
import logging
import weakref

import numpy as np
import pandas as pd

from dashboard import palette
from pipeline import sides

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
    """Per event the legend key (perpetrator's side, perpetrator with its fronts rolled up, or event type) and
    {key: hex colour}.

    Factions are ranked on all_events (the unfiltered table) so colours do not jump when filtering; a faction
    of the filtered events that the overall ranking leaves out still gets its own colour (up to MAX_KEYS)."""
    if color_by == "type":
        keys = as_text(events["event_type"], "other")
        return keys, {k: palette.type_color(k) for k in schema_types()}
    if color_by == "side":
        keys = sides.sides(events["actor1"])
        return keys, dict(sides.SIDE_COLORS)
    rolled = sides.rolled(events["actor1"])
    top = top_perpetrators(all_events if all_events is not None else events)
    present = [k for k in rolled.value_counts().index if k != "unknown"]
    ranked = [k for k in top if k in set(present)] + [k for k in present if k not in set(top)]
    shown = set(ranked[:MAX_KEYS]) | {"unknown"}
    here = [k for k in present if k not in set(top)]
    keys = rolled.where(rolled.isin(list(shown)), palette.OTHER)
    colors = palette.faction_colors(list(top) + here[:MAX_KEYS] + ["unknown"])
    return keys, colors


_TOP_CACHE: dict[int, tuple[weakref.ref, list[str]]] = {}


def top_perpetrators(base: pd.DataFrame) -> list[str]:
    """The MAX_KEYS commonest perpetrators of base's attacks (threats and statements left out; fronts rolled
    up to their faction; not 'unknown'), remembered per table object: the unfiltered table is the same object
    on every rerun, and counting its 200,000 names each time costs ~10 ms."""
    hit = _TOP_CACHE.get(id(base))
    if hit is not None and hit[0]() is base:
        return hit[1]
    from pipeline import schema
    acts = base[~base["event_type"].isin(schema.TALK_TYPES).to_numpy(bool)]
    ranked = sides.rolled(acts["actor1"]).value_counts()
    top = [str(k) for k in ranked.index if ranked[k] > 0 and k != "unknown"][:MAX_KEYS]
    for k in [k for k, (ref, _) in list(_TOP_CACHE.items()) if ref() is None]:
        del _TOP_CACHE[k]
    try:
        _TOP_CACHE[id(base)] = (weakref.ref(base), top)
    except TypeError:  # not weak-referenceable: do not remember
        pass
    return top


def schema_types() -> tuple[str, ...]:
    from pipeline import schema
    return schema.EVENT_TYPES


def legend_label(key: str, color_by: str) -> str:
    if color_by == "type":
        return palette.type_label(key)
    if color_by == "side":
        return sides.SIDE_LABELS.get(key, key)
    if key == "unknown":
        return "Unknown perpetrator"
    return f"{key} incl. fronts" if key in sides.fronts() else key


LEGEND_TITLES = {"side": "Colour: perpetrator's side", "faction": "Colour: perpetrator (fronts under their faction)",
                 "type": "Colour: event type"}


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


def unique_rows(df: pd.DataFrame, cols: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(position of one row per distinct combination of cols, each row's combination number).

    Lets row-wise string formatting run once per distinct value instead of once per row."""
    code = np.zeros(len(df), dtype=np.int64)
    for c in cols:
        k, u = pd.factorize(df[c], use_na_sentinel=True)
        code = code * (len(u) + 1) + (k + 1)
    _, first, inv = np.unique(code, return_index=True, return_inverse=True)
    return first, inv.reshape(-1)


def _per_unique(df: pd.DataFrame, cols: list[str], fn) -> np.ndarray:
    """fn(*values) (None for a missing value) evaluated once per distinct combination of cols, spread to every row."""
    if df.empty:
        return np.array([], dtype=object)
    first, inv = unique_rows(df, cols)
    columns = []
    for c in cols:
        vals = df[c].iloc[first].to_numpy(dtype=object)
        columns.append([None if v is None or v is pd.NaT or (not isinstance(v, str) and pd.isna(v)) else v
                        for v in vals])
    out = np.empty(len(first), dtype=object)
    out[:] = [fn(*row) for row in zip(*columns)]
    return out[inv]


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _date_text(d, precision) -> str:
    """Like fmt_date, HTML-escaped: '3 Jan 2020', 'January 2020', '2020', '3 Jan 2020 (± week)'."""
    if d is None:
        return "date unknown"
    d = pd.Timestamp(d)
    if precision == "month":
        return f"{MONTHS[d.month - 1]} {d.year:04d}"
    if precision == "year":
        return f"{d.year:04d}"
    s = f"{d.day} {MONTHS[d.month - 1][:3]} {d.year:04d}"
    return html.escape(s + " (± week)" if precision == "week" else s)


def _date_texts(dates: pd.Series, precision: pd.Series) -> np.ndarray:
    """_date_text for every row, the day, month and year taken from the datetime64 values with numpy (making a
    Timestamp per distinct date costs ~5 µs each, a third of the hover texts of 2,000 dots)."""
    d = pd.to_datetime(dates).to_numpy(dtype="datetime64[ns]")
    years, months = d.astype("datetime64[Y]"), d.astype("datetime64[M]")
    y = years.astype(np.int64) + 1970
    m = (months - years.astype("datetime64[M]")).astype(np.int64)
    day = (d.astype("datetime64[D]") - months.astype("datetime64[D]")).astype(np.int64) + 1
    prec = precision.to_numpy(dtype=object, na_value=None)
    out = np.empty(len(d), dtype=object)
    out[:] = ["date unknown" if nat else f"{MONTHS[mi]} {yi:04d}" if p == "month" else f"{yi:04d}" if p == "year"
              else f"{di} {MONTHS[mi][:3]} {yi:04d}" + (" (± week)" if p == "week" else "")
              for nat, yi, mi, di, p in zip(np.isnat(d).tolist(), y.tolist(), m.tolist(), day.tolist(), prec)]
    return out


def _actors_text(a1, a2) -> str:
    a1 = a1 if a1 else "unknown"
    a2 = a2 if a2 else "unknown"
    if a1 == "unknown" and a2 == "unknown":
        return "Actors not stated"
    out = a1 if a1 != "unknown" else "Unknown perpetrator"
    return html.escape(out + (" → " + a2 if a2 != "unknown" else ""))


def _place_text(loc, gov) -> str:
    s = loc if loc is not None else "unknown place"
    if gov and gov != (loc if loc is not None else ""):
        s += ", " + gov
    return html.escape(s)


def _killed_text(v) -> str:
    return "not stated" if v is None else str(int(round(float(v))))


def _evidence_strings(values: pd.Series, n: int) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = [html.escape(s[:n]) + ("…" if len(s) > n else "") if isinstance(s, str) else ""
              for s in values.to_numpy(dtype=object)]
    return out


def event_strings(df: pd.DataFrame, evidence_chars: int = 300) -> pd.DataFrame:
    """HTML-escaped display strings per event (date, type, actors, place, killed, evidence).

    Each column is formatted once per distinct value (dates, actor pairs, places…), so a few thousand
    events take milliseconds; only the evidence is per row."""
    return pd.DataFrame({
        "date": _date_texts(df["event_date"], df["date_precision"]),
        "type": _per_unique(df, ["event_type"], lambda t: html.escape(palette.type_label(pd.NA if t is None else t))),
        "actors": _per_unique(df, ["actor1", "actor2"], _actors_text),
        "place": _per_unique(df, ["location", "admin1"], _place_text),
        "killed": _per_unique(df, ["fatalities"], _killed_text),
        "evidence": _evidence_strings(df["evidence"], evidence_chars),
    }, index=df.index)
