"""The map: governorate boundaries from the packaged asset, their converter, label placement without overlaps,
and the order of the layers (events above the labels)."""
from __future__ import annotations

import json
import struct

import pandas as pd

from dashboard import geo, make_assets
from dashboard.views import map_view


def _deck_layers(deck) -> list[dict]:
    return json.loads(deck.to_json())["layers"]


def _points(n: int = 3) -> pd.DataFrame:
    return pd.DataFrame({"event_id": [f"e{i}" for i in range(n)], "lon": 44.0, "lat": 33.0, "radius": 5.0,
                         "color": [[1, 2, 3, 255]] * n, "imprecise": False, "t_head": "", "t_actors": "",
                         "t_place": "", "t_killed": "", "t_evidence": "", "count": ""})


def test_the_governorate_asset_loads_with_lines_inside_iraq():
    gj = geo.governorates()
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) >= 15
    assert geo.GOVERNORATES.stat().st_size < 400_000  # a few hundred KB at most
    x0, y0, x1, y1 = 38.7, 29.0, 48.7, 37.4  # Iraq's extent
    for f in gj["features"]:
        for lon, lat in f["geometry"]["coordinates"]:
            assert x0 <= lon <= x1 and y0 <= lat <= y1, (lon, lat)


def test_the_map_draws_governorate_boundaries_inside_iraq():
    layers = _deck_layers(map_view.build_deck(_points()))
    gov = next(lay for lay in layers if lay["id"] == "governorates")
    assert gov["@@type"] == "LineLayer"  # the boundaries as 1-px segments (see map_view._segments)
    inside = [(seg["s"], seg["t"]) for seg in gov["data"]
              if all(38.7 <= lon <= 48.7 and 29.0 <= lat <= 37.4 for lon, lat in (seg["s"], seg["t"]))]
    assert len(inside) == len(gov["data"]) and len(inside) >= 15 * 5
    # the segments join up into the asset's lines: each line's points, in order
    first = geo.governorates()["features"][0]["geometry"]["coordinates"]
    assert [list(s) for s, _t in inside[:len(first) - 1]] == first[:-1]


def test_events_are_drawn_above_the_labels_and_boundaries():
    ids = [lay["id"] for lay in _deck_layers(map_view.build_deck(_points()))]
    assert ids.index("land") < ids.index("governorates") < ids.index("labels") < ids.index("events")
    assert ids.index("labels") < ids.index("events_imprecise") < ids.index("event_counts")


def test_the_labels_layer_holds_cities_countries_and_governorates_in_their_styles():
    layers = _deck_layers(map_view.build_deck(_points(), zoom=5.5))
    rows = next(lay for lay in layers if lay["id"] == "labels")["data"]
    by_name = {r["name"]: r for r in rows}
    assert {"Baghdad", "IRAQ", "Anbar"} <= set(by_name)
    assert by_name["Anbar"]["size"] < by_name["Baghdad"]["size"] < by_name["IRAQ"]["size"]
    assert rows[-1]["name"] in {n for n, _a, _b in geo.CITIES}  # cities drawn last, over the others
    assert len({(lay["@@type"], lay.get("fontWeight")) for lay in layers if lay["@@type"] == "TextLayer"}) == 1


def _shp(lines: list[list[tuple[float, float]]]) -> bytes:
    """A minimal .shp of one-part polylines (the layout of the ESRI shapefile specification)."""
    body = b""
    for k, line in enumerate(lines, 1):
        xs, ys = [p[0] for p in line], [p[1] for p in line]
        rec = struct.pack("<i4d2ii", 3, min(xs), min(ys), max(xs), max(ys), 1, len(line), 0)
        rec += b"".join(struct.pack("<2d", *p) for p in line)
        body += struct.pack(">ii", k, len(rec) // 2) + rec
    head = struct.pack(">7i", 9994, 0, 0, 0, 0, 0, (100 + len(body)) // 2) + struct.pack("<2i4d4d", 1000, 3, 0, 0, 0, 0,
                                                                                          0, 0, 0, 0)
    return head + body


def test_the_converter_reads_clips_and_simplifies_lines():
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0), (0.0, 0.0)]
    crossing = [(-5.0, 5.0), (2.0, 5.0), (4.0, 5.001), (6.0, 5.0), (15.0, 5.0)]  # through the square, nearly straight
    outside = [(20.0, 20.0), (30.0, 30.0)]
    stub = [(-1.0, 1.0), (0.05, 1.0)]  # grazes the outline: a neighbour's line, dropped
    inner = [(2.0, 2.0), (2.0, 3.0)]  # wholly inside, kept however short
    lines = make_assets.read_shp_lines(_shp([crossing, outside, stub, inner]))
    assert lines == [crossing, outside, stub, inner]
    gj = make_assets.governorate_lines(lines, [square], tol=0.01, min_len=0.5)
    coords = [f["geometry"]["coordinates"] for f in gj["features"]]
    assert coords == [[[0.0, 5.0], [10.0, 5.0]], [[2.0, 2.0], [2.0, 3.0]]]


def _box(lab: dict, zoom: float) -> tuple[float, float, float, float]:
    x, y = map_view._pixels(lab["lat"], lab["lon"], zoom)
    w = len(lab["name"]) * lab["size"] * map_view.GLYPH_W["city"]
    return map_view._box(x, y, w, lab["size"] * map_view.LINE_HEIGHT, lab["side"])


def test_close_labels_are_moved_or_dropped_never_overlapping():
    # four towns a few km apart, and one far away: at zoom 5 their labels would sit on one another
    towns = [("Alpha", 33.40, 43.30), ("Bravo", 33.43, 43.36), ("Charlie", 33.36, 43.25), ("Delta", 33.41, 43.33),
             ("Echo", 30.5, 47.8)]
    labels = [{"name": n, "lat": la, "lon": lo, "size": 12, "kind": "city", "sides": map_view.SIDES}
              for n, la, lo in towns]
    kept = map_view.place_labels(labels, 5.0, dots=[(la, lo) for _n, la, lo in towns])
    names = [lab["name"] for lab in kept]
    assert names[0] == "Alpha" and kept[0]["side"] == "above"  # the first (most important) keeps its preferred side
    assert "Echo" in names and len(kept) < len(towns)  # some of the close ones give way
    boxes = [_box(lab, 5.0) for lab in kept]
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            assert not map_view._overlaps(boxes[i], boxes[j]), (names[i], names[j])
    # closer in, there is room for more of them, and the placement is the same on every run
    assert len(map_view.place_labels(labels, 9.0)) > len(kept)
    assert map_view.place_labels(labels, 5.0, dots=[(la, lo) for _n, la, lo in towns]) == kept


def test_the_map_labels_do_not_overlap_at_the_fitted_zooms():
    for zoom in (4.5, 5.0, 6.0):
        labels = map_view.map_labels(zoom)
        assert len(labels["city"]) >= 15  # the main cities stay labelled
        assert labels["gov"], zoom
        boxes = []
        for kind, size in (("city", map_view.CITY_PX), ("country", map_view.COUNTRY_PX), ("gov", map_view.GOV_PX)):
            for lab in labels[kind]:
                side = {"start": "right", "end": "left"}.get(lab["anchor"]) or {
                    "bottom": "above", "top": "below"}.get(lab["baseline"], "center")
                x, y = map_view._pixels(lab["lat"], lab["lon"], zoom)
                w = len(lab["name"]) * size * map_view.GLYPH_W[kind]
                boxes.append((lab["name"], map_view._box(x, y, w, size * map_view.LINE_HEIGHT, side)))
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                assert not map_view._overlaps(boxes[i][1], boxes[j][1]), (zoom, boxes[i][0], boxes[j][0])


LEGEND_FITS = """() => [...document.querySelectorAll('.legend')].map(lg => {
    const col = lg.closest('[data-testid="stColumn"]') || lg.parentElement;
    const right = col.getBoundingClientRect().right;
    return [...lg.querySelectorAll('.lg-item')].map(it => {
        const box = it.getBoundingClientRect();  // the item's box, or its text where it runs out of the box
        return [it.innerText.slice(0, 30), Math.max(box.right, box.left + it.scrollWidth) - right];
    });
})"""


def test_the_legend_fits_its_column_at_1366_px(tmp_path):
    try:
        from tests import dashboard_support as ds
    except ImportError:  # tests/ is not a package
        import dashboard_support as ds
    ds.check_chromium()
    folder = ds.write_synthetic(tmp_path / "legend", n=300, seed=7)
    with ds.streamlit_server(folder) as url, ds.browser() as b:
        for query in ("/", "/?briefing=1"):
            page = b.new_page(viewport={"width": 1366, "height": 768})
            page.goto(url + query)
            ds.wait_app(page)
            page.wait_for_selector(".legend .lg-item")
            legends = page.evaluate(LEGEND_FITS)
            assert legends and all(legends), query
            for items in legends:
                assert len(items) >= 3
                for text, overrun in items:
                    assert overrun <= 1, (query, text, overrun)  # px past the column's right edge
            page.close()


def test_numbers_of_nearby_places_are_not_printed_over_one_another():
    pts = _points(4).assign(lon=[44.36, 44.37, 44.38, 47.78], lat=[33.31, 33.31, 33.32, 30.5],
                            count=["3", "12", "2", ""])
    out = map_view.declutter_counts(pts, 5.0)
    assert out["count"].tolist() == ["", "12", "", ""]  # the busiest place keeps its number
    assert map_view.declutter_counts(pts, 11.0)["count"].tolist() == ["3", "12", "2", ""]  # apart when zoomed in
    shown = _deck_layers(map_view.build_deck(pts, zoom=5.0))
    rows = next(lay for lay in shown if lay["id"] == "events")["data"]
    assert sorted(r["count"] for r in rows) == ["", "", "", "12"]
