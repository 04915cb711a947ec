"""Offline geography for the maps: Natural Earth borders of Iraq and its neighbours (assets/borders.geojson),
governorate boundaries inside Iraq (assets/governorates.geojson), the main city labels, governorate label points
(from the pipeline's gazetteer) and country label points."""
from __future__ import annotations

import functools
import json
import logging
from pathlib import Path

logger = logging.getLogger(__name__)

BORDERS = Path(__file__).resolve().parent / "assets" / "borders.geojson"
GOVERNORATES = Path(__file__).resolve().parent / "assets" / "governorates.geojson"
GOVERNORATE_COUNTRY = "Iraq"  # the gazetteer also lists Syrian governorates; the map labels Iraq's only
# lon/lat frame of the map: Iraq plus a margin.
BOUNDS = (38.0, 28.6, 49.4, 37.9)
CENTER = (33.2, 43.7)  # lat, lon

CITIES = [  # name, lat, lon
    ("Baghdad", 33.3152, 44.3661), ("Mosul", 36.3450, 43.1450), ("Basra", 30.5085, 47.7804),
    ("Erbil", 36.1911, 44.0092), ("Kirkuk", 35.4681, 44.3922), ("Najaf", 32.0259, 44.3462),
    ("Karbala", 32.6160, 44.0249), ("Ramadi", 33.4206, 43.3078), ("Fallujah", 33.3500, 43.7833),
    ("Tikrit", 34.6071, 43.6782), ("Sulaymaniyah", 35.5613, 45.4306), ("Al-Qaim", 34.3797, 41.0939),
    ("Nasiriyah", 31.0439, 46.2573), ("Amarah", 31.8356, 47.1440), ("Kut", 32.5128, 45.8182),
    ("Samarra", 34.1959, 43.8857), ("Baqubah", 33.7466, 44.6437), ("Duhok", 36.8669, 42.9503),
    ("Hillah", 32.4637, 44.4196), ("Rutba", 33.0381, 40.2848),
]
# where a city's label goes relative to its dot, so that neighbours do not overlap
LABEL_SIDE = {"Fallujah": "below", "Ramadi": "left", "Baghdad": "right", "Baqubah": "right", "Hillah": "right",
              "Karbala": "left", "Samarra": "left", "Erbil": "right", "Kirkuk": "right", "Mosul": "left",
              "Najaf": "below", "Tikrit": "left", "Sulaymaniyah": "right"}
COUNTRY_LABELS = [  # name, lat, lon (Iraq's in the empty southwestern desert, clear of the city labels)
    ("IRAQ", 31.75, 41.9), ("SYRIA", 35.4, 39.4), ("TURKEY", 37.6, 40.5), ("IRAN", 33.6, 47.9),
    ("SAUDI ARABIA", 29.4, 42.0), ("JORDAN", 31.9, 38.75), ("KUWAIT", 29.25, 47.7),
]


@functools.lru_cache(maxsize=1)
def borders() -> dict:
    """GeoJSON FeatureCollection of country outlines (empty when the asset is missing)."""
    try:
        return json.loads(BORDERS.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("no border outlines (%s); run python -m dashboard.make_assets", exc)
        return {"type": "FeatureCollection", "features": []}


@functools.lru_cache(maxsize=1)
def governorates() -> dict:
    """GeoJSON FeatureCollection of governorate boundary lines inside Iraq (empty when the asset is missing)."""
    try:
        return json.loads(GOVERNORATES.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("no governorate boundaries (%s); see dashboard/make_assets.py", exc)
        return {"type": "FeatureCollection", "features": []}


@functools.lru_cache(maxsize=1)
def governorate_labels() -> tuple[tuple[str, float, float], ...]:
    """(name, lat, lon) of Iraq's governorates as the pipeline's gazetteer places them (empty if it lists none)."""
    import pandas as pd

    from pipeline import config
    try:
        g = pd.read_csv(config.GAZETTEER, comment="#", dtype=str, keep_default_na=False)
    except (OSError, ValueError) as exc:
        logger.warning("no governorate labels (%s)", exc)
        return ()
    g = g[(g["feature_type"] == "governorate") & (g["country"] == GOVERNORATE_COUNTRY) & (g["admin1"] != "")]
    lat = pd.to_numeric(g["latitude"], errors="coerce")
    lon = pd.to_numeric(g["longitude"], errors="coerce")
    return tuple((n, float(a), float(b)) for n, a, b in zip(g["admin1"], lat, lon) if a == a and b == b)


def outline_lines() -> tuple[list[float | None], list[float | None]]:
    """Border outlines as lon/lat polylines separated by None (for plotly line traces)."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    for feat in borders()["features"]:
        geom = feat["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        for poly in polys:
            for ring in poly:
                xs.extend(p[0] for p in ring)
                ys.extend(p[1] for p in ring)
                xs.append(None)
                ys.append(None)
    return xs, ys


def iraq_polygons() -> list[list[list[float]]]:
    """Outer rings of Iraq (for shading it in plotly)."""
    out = []
    for feat in borders()["features"]:
        if feat["properties"].get("iso_a3") != "IRQ":
            continue
        geom = feat["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        out.extend(poly[0] for poly in polys)
    return out
