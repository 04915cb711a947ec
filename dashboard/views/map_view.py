"""Map of the filtered events (pydeck): offline borders, city labels, points coloured by faction or type,
sized by fatalities, hollow when the place is only known to governorate level; aggregated when large."""
from __future__ import annotations

import functools
import html
import json
import logging

import numpy as np
import pandas as pd
import pydeck as pdk
import streamlit as st

from dashboard import display, geo, palette

logger = logging.getLogger(__name__)

AGGREGATE_ABOVE = 3_000  # one circle per event with its own tooltip up to this many; grid cells above
GRID_DEG = 0.1
ACLED_RADIUS = 7  # px: a thin black ring around the extracted event it matches, or alone where the articles missed it
SEA = [222, 233, 243, 255]
MAP_KEY = "map_select"
DEFAULT_ZOOM = 5.0  # all of Iraq in a 590-px-wide map (1366x768 screen with the sidebar open)
FONT = "'\"Source Sans Pro\", \"Source Sans 3\", Helvetica, Arial, sans-serif'"


def radius(fatalities: pd.Series) -> np.ndarray:
    f = pd.to_numeric(fatalities, errors="coerce").fillna(0).to_numpy(dtype=float)
    return np.clip(4.0 + 3.0 * np.sqrt(f), 4.0, 24.0)


def _rgb_map(colors: dict[str, str], alpha: int) -> dict[str, list[int]]:
    return {k: palette.rgb(v, alpha) for k, v in colors.items()} | {palette.OTHER: palette.rgb(palette.OTHER_COLOR, alpha)}


def point_frame(events: pd.DataFrame, keys: pd.Series, colors: dict[str, str], color_by: str) -> pd.DataFrame:
    ev = events.dropna(subset=["latitude", "longitude"])
    keys = keys.loc[ev.index]
    d = pd.DataFrame({
        "event_id": ev["event_id"].astype(str),
        "lon": ev["longitude"].astype(float), "lat": ev["latitude"].astype(float),
        "radius": radius(ev["fatalities"]),
        "color": keys.map(_rgb_map(colors, 230)).to_numpy(),
        "imprecise": (ev["geo_precision"] == 3).fillna(False).to_numpy(),
    }, index=ev.index)
    t = display.event_strings(ev, 220).map(html.unescape)  # the map's tooltip escapes the values itself
    approx = np.where(d["imprecise"].to_numpy(), " (approximate)", "")
    d["t_head"] = (t["date"] + " · " + t["type"]).to_numpy()
    d["t_actors"] = t["actors"].to_numpy()
    d["t_place"] = t["place"].to_numpy() + approx
    d["t_killed"] = t["killed"].to_numpy()
    d["t_evidence"] = t["evidence"].to_numpy()
    return d


CLUSTER_DIGITS = 3  # events within ~100 m (the same base or town point of the gazetteer) are one place
CLUSTER_LISTED = 6  # a place's tooltip lists its most recent events up to this many


def cluster_frame(points: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """One circle per place: where several events share a point, the most recent one stands for them (a click
    opens its card), the circle grows with their number, shows it, and its tooltip lists them."""
    if points.empty:
        return points.assign(count="")
    key = (points["lat"].round(CLUSTER_DIGITS).astype(str) + "," + points["lon"].round(CLUSTER_DIGITS).astype(str)).to_numpy()
    dates = events.loc[points.index, "event_date"]
    order = np.lexsort((dates.to_numpy().astype("datetime64[ns]").astype(np.int64), key))
    pts = points.iloc[order]
    k = key[order]
    last = np.r_[k[1:] != k[:-1], True]  # the most recent event of each place comes last in its run
    starts = np.r_[True, k[1:] != k[:-1]]
    run = np.cumsum(starts) - 1
    n = np.bincount(run)
    out = pts[last].copy()
    counts = n[run[last]]
    out["radius"] = np.maximum(out["radius"].to_numpy(), np.clip(5.0 + 3.0 * np.sqrt(counts), 5.0, 26.0))
    out["count"] = np.where(counts > 1, counts.astype(str), "")
    many = np.flatnonzero(counts > 1)
    if len(many):
        groups = np.split(np.arange(len(pts)), np.flatnonzero(starts)[1:])
        heads, lists = out["t_head"].to_numpy(dtype=object).copy(), out["t_evidence"].to_numpy(dtype=object).copy()
        for i in many:
            g = groups[i][::-1][:CLUSTER_LISTED]
            items = "\n".join(pts["t_head"].iloc[g])  # the tooltip escapes its values: line breaks, not <br>
            more = f"\n… and {counts[i] - len(g)} more" if counts[i] > len(g) else ""
            heads[i] = f"{counts[i]} events at this place; a click opens the latest"
            lists[i] = items + more
        out["t_head"], out["t_evidence"] = heads, lists
    return out


def _day_text(values: np.ndarray) -> list[str]:
    """'3 Jan 2020' per datetime64 value, '?' for NaT."""
    return ["?" if pd.isna(d) else f"{d.day} {display.MONTHS[d.month - 1][:3]} {d.year:04d}"
            for d in pd.DatetimeIndex(values)]


def _first_positions(codes: np.ndarray, size: int) -> np.ndarray:
    """For each code 0..size-1 the first position where it occurs in codes (len(codes) where it does not)."""
    pos = np.full(size, len(codes), dtype=np.int64)
    np.minimum.at(pos, codes, np.arange(len(codes), dtype=np.int64))
    return pos


def aggregate_frame(events: pd.DataFrame, keys: pd.Series, colors: dict[str, str]) -> pd.DataFrame:
    """One circle per grid cell, sized by the number of events, coloured by the cell's commonest key; cells in
    order of first appearance. Vectorised: integer cell codes and bincounts instead of groupbys."""
    lat = events["latitude"].to_numpy(float, na_value=np.nan)
    lon = events["longitude"].to_numpy(float, na_value=np.nan)
    ok = ~(np.isnan(lat) | np.isnan(lon))
    rows = np.flatnonzero(ok)  # positions of the placed events (no copy of the table)
    m = len(rows)
    ilat = np.round(lat[rows] / GRID_DEG)
    ilon = np.round(lon[rows] / GRID_DEG)
    if m:
        span = ilon.max() - ilon.min() + 1
        cell, _ = pd.factorize(((ilat - ilat.min()) * span + (ilon - ilon.min())).astype(np.int64))
    else:
        cell = np.zeros(0, dtype=np.int64)
    n_cells = int(cell.max()) + 1 if m else 0
    first_pos = _first_positions(cell, n_cells)  # codes follow first appearance, so do these positions
    n = np.bincount(cell, minlength=n_cells)
    killed = np.bincount(cell, weights=events["fatalities"].to_numpy(float, na_value=0)[rows], minlength=n_cells)
    imprecise = (events["geo_precision"].to_numpy(float, na_value=0) == 3)[rows]
    all_imprecise = np.bincount(cell, weights=~imprecise, minlength=n_cells) == 0
    dates = pd.Series(events["event_date"].to_numpy()[rows], index=cell).groupby(level=0).agg(["min", "max"])
    dates = dates.reindex(range(n_cells))
    if not keys.index.equals(events.index):
        keys = keys.loc[events.index]
    key_codes, key_names = pd.factorize(keys.to_numpy()[rows])
    k = max(1, len(key_names))
    combo = cell.astype(np.int64) * k + key_codes
    counts = np.bincount(combo, minlength=n_cells * k)
    combo_pos = _first_positions(combo, n_cells * k)
    seen = np.flatnonzero(combo_pos < m)
    seen = seen[np.argsort(combo_pos[seen], kind="stable")]  # (cell, key) pairs in order of first appearance, as groupby(sort=False)
    # the commonest key per cell, ties resolved exactly as sort_values(ascending=False) + drop_duplicates did
    ranked = seen[pd.Series(counts[seen]).sort_values(ascending=False).index.to_numpy()]
    pick = _first_positions(ranked // k, n_cells)
    top_combo = ranked[pick]  # per cell code 0..n_cells-1
    top_n = counts[top_combo].astype(float)
    top_key = np.asarray(key_names, dtype=object)[top_combo % k]
    place = display.as_text(events["location"].iloc[rows[first_pos]], "").to_numpy(dtype=object)
    share = np.round(top_n / np.maximum(n, 1) * 100).astype(int)
    rgb = _rgb_map(colors, 215)
    return pd.DataFrame({
        "event_id": "", "lon": ilon[first_pos] * GRID_DEG, "lat": ilat[first_pos] * GRID_DEG,
        "radius": np.clip(3.0 + 2.2 * np.log2(1 + n.astype(float)), 3, 26),
        "color": pd.Series(top_key, dtype=object).map(rgb).to_numpy(),
        "imprecise": all_imprecise,
        "t_head": [f"{x:,} events" for x in n],
        "t_actors": [f"mostly {key} ({p} %)" for key, p in zip(top_key, share)],
        "t_place": [f"around {p}" for p in place],
        "t_killed": [f"{int(x):,}" for x in killed],
        "t_evidence": [f"{a} – {b}" for a, b in zip(_day_text(dates["min"].to_numpy()), _day_text(dates["max"].to_numpy()))],
    })


class FastDeck(pdk.Deck):
    """A Deck whose layers' rows are spliced into pydeck's JSON: the events' DataFrames written by pandas' C JSON
    writer, the fixed layers from JSON made once (pydeck's json.dumps of thousands of records costs ~0.1 s per rerun).
    frames maps the placeholder a layer was given as data to a DataFrame or to ready JSON."""

    def __init__(self, *args, frames: dict[str, pd.DataFrame | str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._frames = frames or {}

    def to_json(self) -> str:
        frames = self.__dict__.pop("_frames", {})
        try:
            spec = super().to_json()
        finally:
            self._frames = frames
        for token, rows in frames.items():
            js = rows if isinstance(rows, str) else rows.to_json(orient="records", force_ascii=False)
            spec = spec.replace(json.dumps(token), js)
        return spec

    __repr__ = to_json


def _token(layer_id: str) -> str:
    return f"__pmu_rows_of_{layer_id}__"


CITY_PX = 12  # city label font size
GOV_PX = 11  # governorate labels: smaller and lighter than the cities', so they read as background
COUNTRY_PX = 13  # the largest: countries frame the map
LINE_HEIGHT = 1.2  # a label's box height / font size (ascenders and descenders)
GLYPH_W = {"city": 0.56, "gov": 0.52, "country": 0.72}  # mean glyph width / font size (Source Sans; capitals for countries)
LABEL_GAP_PX = 7  # from a city's dot to its label
LABEL_PAD_PX = 2  # clear space kept around each label's box
DOT_PX = 3  # half the box around a city's dot: no label is drawn over another city's dot
ZOOM_STEP = 0.25  # labels are placed once per this much zoom (rounded down: a little more room than needed)
SIDES = ("above", "right", "left", "below")  # where a city's label may go, after its preferred side
GOV_SIDES = ("center", "below", "above", "right", "left")  # near its capital's label, a governorate's name steps aside
ANCHOR = {"above": ("middle", "bottom", [0, -LABEL_GAP_PX]), "below": ("middle", "top", [0, LABEL_GAP_PX]),
          "right": ("start", "center", [LABEL_GAP_PX, 0]), "left": ("end", "center", [-LABEL_GAP_PX, 0]),
          "center": ("middle", "center", [0, 0])}


def _pixels(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    """Web-mercator pixel position at a zoom (512-px world), y growing southwards, as deck.gl draws it."""
    scale = 512 * 2 ** zoom
    return (lon + 180) / 360 * scale, (1 - float(_merc_y(np.array([lat]))[0]) / np.pi) / 2 * scale


def _box(x: float, y: float, w: float, h: float, side: str) -> tuple[float, float, float, float]:
    g = LABEL_GAP_PX
    x0, y0 = {"above": (x - w / 2, y - g - h), "below": (x - w / 2, y + g), "right": (x + g, y - h / 2),
              "left": (x - g - w, y - h / 2), "center": (x - w / 2, y - h / 2)}[side]
    return x0 - LABEL_PAD_PX, y0 - LABEL_PAD_PX, x0 + w + LABEL_PAD_PX, y0 + h + LABEL_PAD_PX


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(labels: list[dict], zoom: float, dots: list[tuple[float, float]] = ()) -> list[dict]:
    """Greedy, deterministic label placement at a zoom: labels in priority order (first = most important),
    each tried at its sides in order ('sides': e.g. preferred side first, or just 'center'); the first box that
    overlaps no label already placed and no dot (lat, lon) is kept, else the label is dropped. A label's own
    dot is not an obstacle to it. Returns the kept labels with 'side', 'anchor', 'baseline' and 'offset'."""
    dot_px = [_pixels(la, lo, zoom) for la, lo in dots]
    dot_boxes = [(x - DOT_PX, y - DOT_PX, x + DOT_PX, y + DOT_PX) for x, y in dot_px]
    placed: list[tuple[float, float, float, float]] = []
    out = []
    for lab in labels:
        x, y = _pixels(lab["lat"], lab["lon"], zoom)
        w = len(lab["name"]) * lab["size"] * GLYPH_W.get(lab.get("kind", "city"), 0.6)
        h = lab["size"] * LINE_HEIGHT
        own = [i for i, (dx, dy) in enumerate(dot_px) if abs(dx - x) < 0.5 and abs(dy - y) < 0.5]
        others = [b for i, b in enumerate(dot_boxes) if i not in own]
        for side in lab["sides"]:
            box = _box(x, y, w, h, side)
            if any(_overlaps(box, b) for b in placed) or any(_overlaps(box, b) for b in others):
                continue
            placed.append(box)
            anchor, baseline, offset = ANCHOR[side]
            out.append({**lab, "side": side, "anchor": anchor, "baseline": baseline, "offset": offset})
            break
    return out


COUNT_PX = 13  # the number on a place's circle


def declutter_counts(points: pd.DataFrame, zoom: float) -> pd.DataFrame:
    """Blank the number on a circle where it would overlap the number of a busier place at this zoom (the
    tooltip still gives it): numbers of nearby places printed over one another read as one wrong number."""
    if "count" not in points.columns or not (points["count"] != "").any():
        return points
    has = np.flatnonzero((points["count"] != "").to_numpy())
    n = pd.to_numeric(points["count"].iloc[has]).to_numpy()
    order = has[np.argsort(-n, kind="stable")]
    scale = 512 * 2 ** zoom
    x = (points["lon"].to_numpy(float) + 180) / 360 * scale
    y = (1 - _merc_y(points["lat"].to_numpy(float)) / np.pi) / 2 * scale
    half_w = points["count"].str.len().to_numpy() * COUNT_PX * GLYPH_W["city"] / 2 + LABEL_PAD_PX
    half_h = COUNT_PX * LINE_HEIGHT / 2 + LABEL_PAD_PX
    kept: list[int] = []
    blank = []
    for i in order:
        k = np.asarray(kept, dtype=int)
        if len(k) and ((np.abs(x[k] - x[i]) < half_w[k] + half_w[i]) & (np.abs(y[k] - y[i]) < 2 * half_h)).any():
            blank.append(i)
        else:
            kept.append(i)
    if not blank:
        return points
    out = points.copy()
    out.iloc[blank, out.columns.get_loc("count")] = ""
    return out


def map_labels(zoom: float) -> dict[str, list[dict]]:
    """The city, country and governorate labels that fit at this zoom: cities first (in the order geo lists them,
    largest first), then countries, then governorates, which give way to everything else. A governorate named
    as its capital is not labelled: the city's label names both."""
    cities = [{"name": n, "lat": la, "lon": lo, "size": CITY_PX, "kind": "city",
               "sides": tuple(dict.fromkeys((geo.LABEL_SIDE.get(n, "above"),) + SIDES))}
              for n, la, lo in geo.CITIES]
    countries = [{"name": n, "lat": la, "lon": lo, "size": COUNTRY_PX, "kind": "country", "sides": ("center",)}
                 for n, la, lo in geo.COUNTRY_LABELS]
    named = {n for n, _la, _lo in geo.CITIES}
    govs = [{"name": n, "lat": la, "lon": lo, "size": GOV_PX, "kind": "gov", "sides": GOV_SIDES}
            for n, la, lo in geo.governorate_labels() if n not in named]  # 'Basra' once, for the city
    kept = place_labels(cities + countries + govs, zoom, dots=[(la, lo) for _n, la, lo in geo.CITIES])
    return {kind: [{k: lab[k] for k in ("name", "lat", "lon", "anchor", "baseline", "offset")}
                   for lab in kept if lab["kind"] == kind] for kind in ("city", "country", "gov")}


LAND = [238, 237, 233, 255]
IRAQ_LAND = [253, 252, 248, 255]
BORDER = [110, 110, 110, 255]
GOV_LINE = [150, 146, 136, 150]  # lighter and thinner than the borders: a frame of reference, not a feature
LABEL_STYLE = {"city": (CITY_PX, [30, 30, 30, 255]), "country": (COUNTRY_PX, [120, 120, 120, 200]),
               "gov": (GOV_PX, [128, 120, 104, 210])}


def _segments(lines) -> list[dict]:
    """Polylines as their segments, for a LineLayer (deck.gl's PathLayer costs seconds of shader compiling on a
    software-rendered browser; 1-px segments look the same)."""
    return [{"s": a, "t": b} for line in lines for a, b in zip(line[:-1], line[1:])]


def _rings(feature: dict) -> list:
    geom = feature["geometry"]
    return geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]


@functools.lru_cache(maxsize=32)
def _static_json(zoom_step: float = DEFAULT_ZOOM) -> dict[str, str]:
    """JSON of the layers that do not change with the filters (land, borders, governorate lines, the labels placed
    for this zoom), made once per process and zoom step."""
    labels = map_labels(zoom_step)
    cities = pd.DataFrame(geo.CITIES, columns=["name", "lat", "lon"])
    land = [{"polygon": poly, "fill": IRAQ_LAND if f["properties"].get("iso_a3") == "IRQ" else LAND}
            for f in geo.borders()["features"] for poly in _rings(f)]
    outlines = [ring for f in geo.borders()["features"] for poly in _rings(f) for ring in poly]
    govs = [f["geometry"]["coordinates"] for f in geo.governorates()["features"] if f["geometry"]["type"] == "LineString"]
    text = [{**lab, "size": LABEL_STYLE[kind][0], "color": LABEL_STYLE[kind][1]}
            for kind in ("country", "gov", "city") for lab in labels[kind]]  # the cities drawn last, on top
    return {_token("land"): json.dumps(land),
            _token("borders"): json.dumps(_segments(outlines)),
            _token("governorates"): json.dumps(_segments(govs)),
            _token("city_dots"): json.dumps(cities.to_dict(orient="records")),
            _token("labels"): json.dumps(text)}


def acled_frame(acled: pd.DataFrame) -> pd.DataFrame:
    """ACLED rows as map points with the same tooltip fields as the events (plain text: the tooltip escapes it)."""
    def txt(v) -> str:
        return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)
    return pd.DataFrame({
        "event_id": "", "lon": acled["longitude"].astype(float), "lat": acled["latitude"].astype(float),
        "t_head": ["ACLED " + txt(i) + " · " + display.fmt_date(d) for i, d in zip(acled["event_id_cnty"], acled["event_date"])],
        "t_actors": [txt(a) + (" → " + txt(b) if txt(b) else "") for a, b in zip(acled["actor1"], acled["actor2"])],
        "t_place": [txt(x) for x in acled["location"]], "t_killed": [txt(x) for x in acled["fatalities"]],
        "t_evidence": [display.shorten(x, 220) if isinstance(x, str) else "" for x in acled["notes"]],
    })


def build_deck(points: pd.DataFrame, basemap: bool = False, carto_key: str | None = None,
               zoom: float = DEFAULT_ZOOM, acled: pd.DataFrame | None = None,
               center: tuple[float, float] | None = None) -> pdk.Deck:
    x0, y0, x1, y1 = geo.BOUNDS
    sea = pdk.Layer("SolidPolygonLayer", [{"polygon": [[x0 - 20, y0 - 15], [x1 + 20, y0 - 15], [x1 + 20, y1 + 15],
                                                  [x0 - 20, y1 + 15]]}],
                    id="sea", get_polygon="polygon", get_fill_color=SEA, pickable=False)
    land = pdk.Layer("SolidPolygonLayer", _token("land"), id="land", get_polygon="polygon", get_fill_color="fill",
                     pickable=False)
    borders = pdk.Layer("LineLayer", _token("borders"), id="borders", get_source_position="s",
                        get_target_position="t", get_color=BORDER, get_width=1, pickable=False)
    gov_lines = pdk.Layer("LineLayer", _token("governorates"), id="governorates", get_source_position="s",
                          get_target_position="t", get_color=GOV_LINE, get_width=1, pickable=False)
    points = declutter_counts(points, zoom).sort_values("radius", ascending=False, kind="stable")  # small on top
    precise = points[~points["imprecise"]]
    loose = points[points["imprecise"]]
    filled = pdk.Layer("ScatterplotLayer", _token("events"), id="events", get_position=["lon", "lat"],
                       get_radius="radius", radius_units="'pixels'", get_fill_color="color",
                       stroked=True, get_line_color=[255, 255, 255, 220], line_width_min_pixels=0.8,
                       pickable=True, auto_highlight=True)
    hollow = pdk.Layer("ScatterplotLayer", _token("events_imprecise"), id="events_imprecise", get_position=["lon", "lat"],
                       get_radius="radius", radius_units="'pixels'", filled=False, stroked=True,
                       get_line_color="color", line_width_min_pixels=2.2, pickable=True, auto_highlight=True)
    city_dots = pdk.Layer("ScatterplotLayer", _token("city_dots"), id="city_dots", get_position=["lon", "lat"],
                          get_radius=2.5, radius_units="'pixels'", get_fill_color=[40, 40, 40, 255], pickable=False)
    # country, governorate and city names in one layer and one font atlas (each TextLayer with its own font
    # settings builds one more, a second or so in a software-rendered browser); they differ in size and colour
    labels = pdk.Layer("TextLayer", _token("labels"), id="labels", get_position=["lon", "lat"], get_text="name",
                       get_size="size", get_color="color", get_pixel_offset="offset",
                       get_text_anchor="anchor", get_alignment_baseline="baseline", font_weight=700, font_family=FONT,
                       outline_width=3, outline_color=[255, 255, 255, 230],
                       font_settings={"sdf": True}, pickable=False)
    counts = pdk.Layer("TextLayer", _token("events"), id="event_counts", get_position=["lon", "lat"], get_text="count",
                       get_size=13, get_color=[15, 15, 15, 255], font_weight=700, font_family=FONT,
                       outline_width=4, outline_color=[255, 255, 255, 235], font_settings={"sdf": True}, pickable=False)
    # governorate lines under everything else; events above the labels: a strike on the embassy is not hidden
    # under 'Baghdad'
    layers = ([] if basemap else [sea, land]) + [gov_lines, borders, city_dots, labels, hollow, filled]
    if "count" in points.columns:
        layers.append(counts)
    fixed = _static_json(float(np.floor(zoom / ZOOM_STEP) * ZOOM_STEP))
    frames = {_token("events"): precise, _token("events_imprecise"): loose, **fixed}
    if acled is not None and len(acled):
        layers.append(pdk.Layer("ScatterplotLayer", _token("acled"), id="acled", get_position=["lon", "lat"],
                                get_radius=ACLED_RADIUS, radius_units="'pixels'", filled=False, stroked=True,
                                get_line_color=[20, 20, 20, 230], line_width_min_pixels=1.5, pickable=True))
        frames[_token("acled")] = acled_frame(acled)
    tooltip = {
        "html": "<b>{t_head}</b><br/>{t_actors}<br/>{t_place}<br/>Killed: {t_killed}"
                "<div style='margin-top:4px;font-style:italic;max-width:340px;white-space:pre-line'>{t_evidence}</div>",
        "style": {"backgroundColor": "#1B1F24", "color": "white", "fontSize": "12px", "maxWidth": "360px"},
    }
    # No basemap: map_provider None and pydeck's default map_style. (map_style=None would tell Streamlit to
    # pick a basemap to suit its theme, which it fetches from Carto's servers.)
    kwargs: dict = {"map_provider": None}
    if basemap:
        kwargs = {"map_provider": "carto", "map_style": "light"}
        if carto_key:
            kwargs["api_keys"] = {"carto": carto_key}
    lat, lon = center or geo.CENTER
    view = pdk.ViewState(latitude=lat, longitude=lon, zoom=zoom, min_zoom=3, max_zoom=12)
    return FastDeck(layers=layers, initial_view_state=view, tooltip=tooltip,
                    frames=frames, **kwargs)


def legend_html(keys: pd.Series, colors: dict[str, str], color_by: str, compact: bool = False) -> str:
    counts = keys.value_counts()
    title = display.LEGEND_TITLES.get(color_by, "Colour")
    items = []
    for k, n in counts.items():
        col = colors.get(k, palette.GREY)
        items.append(f"<span class='lg-item'><span class='lg-dot' style='background:{col}'></span>"
                     f"{display.esc(display.legend_label(k, color_by))} <span class='lg-n'>{n:,}</span></span>")
    sym = ("<span class='lg-item lg-long'><span class='lg-dot' style='background:#555;width:6px;height:6px'></span>"
           "<span class='lg-dot' style='background:#555;width:14px;height:14px'></span>size: people killed, "
           "or events at one place (their number on the circle)</span>"
           "<span class='lg-item lg-long'><span class='lg-dot lg-hollow'></span>on the timeline: place known only to a "
           "governorate or country (listed under the map, not drawn on it)</span>")
    return (f"<div class='legend{' compact' if compact else ''}'><div class='lg-title'>{title}</div>"
            f"<div class='lg-items'>{''.join(items)}</div><div class='lg-title'>Symbols</div>"
            f"<div class='lg-items'>{sym}</div></div>")


def _on_select() -> None:
    state = st.session_state.get(MAP_KEY)
    try:
        objects = state["selection"]["objects"] if state else {}
    except (KeyError, TypeError):
        return
    for layer in ("events", "events_imprecise"):
        for obj in objects.get(layer, []) or []:
            if obj.get("event_id"):
                st.session_state["event"] = obj["event_id"]
                return


FIT_WIDTH_PX = 620  # the map's width at 1366 px with the sidebar open; wider screens show more around the events
FIT_PAD = 0.25  # share of the map left around the events
FIT_ZOOM = (4.3, 7.5)  # all of Iraq and its neighbours … one province: closer shows an empty field


def _merc_y(lat: np.ndarray) -> np.ndarray:
    r = np.radians(np.clip(lat, -85, 85))
    return np.log(np.tan(r) + 1 / np.cos(r))


def fit_view(lat: np.ndarray, lon: np.ndarray, height: int, width: int = FIT_WIDTH_PX) -> tuple[tuple[float, float], float]:
    """(centre, zoom) that frame the points in a map of width x height pixels (web mercator, 512-px world)."""
    lat, lon = np.asarray(lat, float), np.asarray(lon, float)
    if not len(lat):
        return geo.CENTER, DEFAULT_ZOOM
    y = _merc_y(lat)  # once: ~2 ms per 100,000 points
    y0, y1 = y.min(), y.max()
    x_span = max(lon.max() - lon.min(), 1e-6) / 360 * 512
    y_span = max(y1 - y0, 1e-6) / (2 * np.pi) * 512
    z = np.log2(min(width * (1 - FIT_PAD) / x_span, height * (1 - FIT_PAD) / y_span))
    cy = np.degrees(np.arctan(np.sinh((y0 + y1) / 2)))
    return (float(cy), float((lon.min() + lon.max()) / 2)), float(np.clip(z, *FIT_ZOOM))


def sited(events: pd.DataFrame) -> np.ndarray:
    """Which events the map draws: those with coordinates finer than a governorate."""
    has = events["latitude"].notna().to_numpy(bool) & events["longitude"].notna().to_numpy(bool)
    return has & (events["geo_precision"].to_numpy(float, na_value=3) < 3)


def unsited_list(events: pd.DataFrame, limit: int = 40) -> None:
    """The events known only to a governorate or a country (or not placed): a list beside the map, not a dot
    at a centroid that would look like a strike there. A row's checkbox opens the event's card."""
    if events.empty:
        return
    t = display.event_strings(events.sort_values("event_date", ascending=False).head(limit), 90).map(html.unescape)
    df = pd.DataFrame({"event_id": t.index.map(events["event_id"]).astype(str), "date": t["date"], "type": t["type"],
                       "where": t["place"], "actors": t["actors"]})
    st.markdown(f"**Not on the map: {len(events):,} events known only to a governorate or country**"
                + (f" (the {limit} latest)" if len(events) > limit else ""))
    st.dataframe(df.drop(columns="event_id"), hide_index=True, height=min(200, 36 + 35 * len(df)), key="unsited",
                 on_select=_on_unsited, selection_mode="single-row", width="stretch")
    st.session_state["_unsited_ids"] = df["event_id"].tolist()


def _on_unsited() -> None:
    rows = (st.session_state.get("unsited") or {}).get("selection", {}).get("rows", [])
    ids = st.session_state.get("_unsited_ids", [])
    if rows and rows[0] < len(ids):
        st.session_state["event"] = ids[rows[0]]


def drawn(events: pd.DataFrame, all_events: pd.DataFrame, color_by: str, height: int,
          zoom: float | None) -> tuple[pd.DataFrame, str, tuple[float, float] | None, float, np.ndarray, int]:
    """What the map draws for these events: (circles, note under the map, centre, zoom, which events are
    sited, how many have no coordinates)."""
    keys, colors = display.color_keys(events, color_by, all_events)
    n = len(events)
    center = None
    on_map = sited(events)
    lat = events["latitude"].to_numpy(float, na_value=np.nan)  # two columns, not a copy of the events
    lon = events["longitude"].to_numpy(float, na_value=np.nan)
    placed = ~(np.isnan(lat) | np.isnan(lon))
    if zoom is None:
        pick = on_map if on_map.any() else placed
        center, zoom = fit_view(lat[pick], lon[pick], height)
    if n > AGGREGATE_ABOVE:
        points = aggregate_frame(events, keys, colors)
        note = (f"{n:,} events are more than the map draws one by one: they are grouped on a "
                f"{GRID_DEG}° grid ({len(points):,} circles; size = number of events, colour = the commonest "
                f"{ {'side': 'side', 'faction': 'perpetrator'}.get(color_by, 'event type')} in the cell). "
                f"Narrow the filters to {AGGREGATE_ABOVE:,} events or fewer to see single events.")
    else:
        note = ""
        shown = events[on_map]
        points = cluster_frame(point_frame(shown, keys, colors, color_by), shown)
    unplaced = n - int(placed.sum())
    return points, note, center, zoom, on_map, unplaced


@st.cache_resource(show_spinner=False, max_entries=12)
def _cached_drawn(cache_key: str, color_by: str, height: int, zoom: float | None, _events: pd.DataFrame,
                  _all_events: pd.DataFrame) -> tuple:
    """drawn() for one (tables, filters) cache key and colouring: a rerun that changes neither (a card, a tab,
    Reset to an earlier state) reuses the circles instead of grouping 200,000 events again. Read only."""
    return drawn(_events, _all_events, color_by, height, zoom)


class SharedDeck(FastDeck):
    """A deck kept in a cache and only read afterwards: its JSON, which Streamlit asks for on every rerun
    (pydeck's serialisation of the layers and the rows spliced in, ~15 ms), is made once."""

    def to_json(self) -> str:
        js = self.__dict__.get("_json_once")
        if js is None:
            js = super().to_json()
            self.__dict__["_json_once"] = js
        return js

    __repr__ = to_json


@st.cache_resource(show_spinner=False, max_entries=12)
def _cached_deck(cache_key: str, color_by: str, height: int, basemap: bool, carto_key: str | None,
                 _points: pd.DataFrame, zoom: float, center: tuple[float, float] | None) -> pdk.Deck:
    """build_deck for one (tables, filters) cache key, colouring, size and basemap (the circles come from
    _cached_drawn with the same key): made once, and pydeck's Deck() itself costs ~5 ms a rerun."""
    deck = build_deck(_points, basemap=basemap, carto_key=carto_key, zoom=zoom, center=center)
    deck.__class__ = SharedDeck  # the same deck, its JSON made once
    return deck


def render(events: pd.DataFrame, all_events: pd.DataFrame, color_by: str, basemap: bool = False,
           height: int = 560, selectable: bool = True, zoom: float | None = None,
           acled: pd.DataFrame | None = None, list_unsited: bool = True, cache_key: str | None = None) -> None:
    n = len(events)
    if cache_key is None:
        points, note, center, zoom, on_map, unplaced = drawn(events, all_events, color_by, height, zoom)
    else:
        points, note, center, zoom, on_map, unplaced = _cached_drawn(cache_key, color_by, height, zoom, events,
                                                                     all_events)
    carto_key = None
    if basemap:
        try:
            carto_key = st.secrets.get("carto_api_key") or st.secrets.get("CARTO_API_KEY")
        except (FileNotFoundError, KeyError, AttributeError) as exc:
            logger.info("no secrets: %s", exc)
        if not carto_key:
            st.caption("Basemap on, but no Carto key in .streamlit/secrets.toml (carto_api_key); "
                       "tiles need internet access.")
    if cache_key is None or acled is not None:
        deck = build_deck(points, basemap=basemap, carto_key=carto_key, zoom=zoom, acled=acled, center=center)
    else:
        deck = _cached_deck(cache_key, color_by, height, basemap, carto_key, points, zoom, center)
    if selectable and n <= AGGREGATE_ABOVE:
        st.pydeck_chart(deck, height=height, on_select=_on_select, selection_mode="single-object", key=MAP_KEY)
    else:
        st.pydeck_chart(deck, height=height)
    if note:
        st.caption(note)
    if acled is not None and len(acled):
        st.caption(f"Black rings: the {len(acled):,} ACLED events of the loaded layer in these dates.")
    if n > AGGREGATE_ABOVE:
        if unplaced:
            st.caption(f"{unplaced:,} of the events have no coordinates and are not on the map.")
    elif list_unsited:
        unsited_list(events[~on_map])
    elif (~on_map).any():
        st.caption(f"{int((~on_map).sum()):,} events known only to a governorate or country are not drawn.")
