"""One-off: convert Natural Earth country outlines (shipped inside pyogrio) for Iraq and its neighbours
to dashboard/assets/borders.geojson, so the map draws borders with no internet and no map token; and
draw the page icon dashboard/assets/icon.png (an icon given by name, emoji or Material, would make the
browser fetch it from the internet).

Run: python -m dashboard.make_assets   (Natural Earth data is public domain.)
"""
from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)

COUNTRIES = ("IRQ", "SYR", "TUR", "IRN", "KWT", "SAU", "JOR", "LBN", "ISR", "PSE", "ARM", "AZE", "GEO")
OUT = Path(__file__).resolve().parent / "assets" / "borders.geojson"
ICON = Path(__file__).resolve().parent / "assets" / "icon.png"
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
    make_icon()
    main()
