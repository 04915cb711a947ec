"""One-off: convert Natural Earth country outlines (shipped inside pyogrio) for Iraq and its neighbours
to dashboard/assets/borders.geojson, so the map draws borders with no internet and no map token.

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


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
