"""Real-browser test: `streamlit run dashboard/app.py` on 127.0.0.1 against synthetic tables, driven by
headless chromium through Playwright: map and timeline render, a faction filter changes the view,
a shared link reopens the view, briefing mode hides the controls. Screenshots go to tests/artifacts/."""
from __future__ import annotations

import io
import math
import re
import time

import pytest

try:
    from tests import dashboard_support as ds
except ImportError:  # tests/ is not a package
    import dashboard_support as ds


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    ds.check_chromium()  # fail (not skip) with a clear message when chromium is missing
    folder = ds.write_synthetic(tmp_path_factory.mktemp("browser"), n=300, seed=7)
    with ds.streamlit_server(folder) as url:
        yield url, folder


def _default_view(folder):
    """The centre and zoom the map fits to the default filter's events (as map_view.render does)."""
    from dashboard import data, filters, layout
    from dashboard.views import map_view
    tables = data.load(folder)
    ev = filters.apply(tables.slim, filters.Filters(), tables.parents)
    pts = ev[map_view.sited(ev)]
    return map_view.fit_view(pts["latitude"].to_numpy(float), pts["longitude"].to_numpy(float), layout.MAP_HEIGHT)


def _count(text: str) -> int:
    return int(re.search(r": ([\d,]+) events?,", text).group(1).replace(",", ""))


def _pixel(lat: float, lon: float, box: dict, center=None, zoom: float | None = None) -> tuple[float, float]:
    """Screen position of lat/lon on the deck.gl map (web mercator, 512-px tiles)."""
    from dashboard import geo
    from dashboard.views import map_view
    center = center or geo.CENTER
    zoom = zoom if zoom is not None else map_view.DEFAULT_ZOOM
    scale = 512 * 2 ** zoom

    def merc(la, lo):
        return ((lo + 180) / 360 * scale,
                (1 - math.log(math.tan(math.radians(la)) + 1 / math.cos(math.radians(la))) / math.pi) / 2 * scale)

    cx, cy = merc(*center)
    px, py = merc(lat, lon)
    return box["x"] + box["width"] / 2 + px - cx, box["y"] + box["height"] / 2 + py - cy


def _canvas_colours(page) -> int:
    from PIL import Image
    png = page.locator("[data-testid='stDeckGlJsonChart']").first.screenshot()
    img = Image.open(io.BytesIO(png)).convert("RGB").resize((200, 160))
    return len(set(img.tobytes()[i:i + 3] for i in range(0, len(img.tobytes()), 3)))


def test_dashboard_in_chromium(server):
    server, folder = server
    ds.ARTIFACTS.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    with ds.browser() as b:
        page = b.new_page(viewport={"width": 1920, "height": 1080})
        page.goto(server + "/")
        ds.wait_app(page)
        ds.wait_map(page)
        first = ds.headline(page)
        total = _count(first)
        assert total > 0, first
        # the timeline has dots and bars
        page.wait_for_selector(".js-plotly-plot .scatterlayer .point", timeout=30_000)
        assert page.locator(".js-plotly-plot .scatterlayer .point").count() >= 50
        page.wait_for_timeout(1500)
        assert _canvas_colours(page) > 30, "the map canvas looks blank"
        page.screenshot(path=str(ds.ARTIFACTS / "browser_main_1920.png"))

        # clicking a point on the map opens its event card (Basra: a lone place in the synthetic data)
        box = page.locator("[data-testid='stDeckGlJsonChart']").first.bounding_box()
        center, zoom = _default_view(folder)
        x, y = _pixel(30.5085, 47.7804, box, center, zoom)
        page.mouse.move(x, y)
        page.wait_for_timeout(500)
        page.mouse.click(x, y)
        page.wait_for_selector(".evidence-quote", timeout=30_000)
        assert "Basra" in page.locator(".evidence-quote").first.inner_text()
        page.wait_for_function("() => location.search.includes('event=')", timeout=10_000)
        page.screenshot(path=str(ds.ARTIFACTS / "browser_card_1920.png"))

        # change the faction filter in the sidebar
        box = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
        box.click()
        page.keyboard.type("Kataib Hezbollah")
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        page.wait_for_function(
            "(old) => { const h = document.querySelector('#headline'); return h && h.innerText !== old; }",
            arg=first, timeout=30_000)
        ds.wait_app(page)
        after = ds.headline(page)
        assert "Kataib Hezbollah" in after and _count(after) < total, after
        page.wait_for_function("() => location.search.includes('faction=')", timeout=10_000)
        shared = page.url
        assert "faction=Kataib+Hezbollah" in shared or "faction=Kataib%20Hezbollah" in shared
        page.screenshot(path=str(ds.ARTIFACTS / "browser_filtered_1920.png"))

        # the Share popover offers the link of this view
        page.get_by_text("Share & export").first.click()
        page.wait_for_selector("[data-testid='stPopoverBody'] [data-testid='stCode']", timeout=10_000)
        link = page.locator("[data-testid='stPopoverBody'] [data-testid='stCode']").first.inner_text()
        assert "faction=Kataib+Hezbollah" in link and link.startswith("http://127.0.0.1"), link
        page.screenshot(path=str(ds.ARTIFACTS / "browser_share_1920.png"))
        page.keyboard.press("Escape")

        # clicking a dot on the timeline opens its card (a point selection)
        page.goto(re.sub(r"[?&]event=[^&]*", "", shared))
        ds.wait_app(page)
        page.wait_for_selector(".js-plotly-plot .scatterlayer .point", timeout=30_000)
        assert "event=" not in page.url and page.locator(".evidence-quote").count() == 0
        dot = page.locator(".js-plotly-plot .scatterlayer .point").nth(3)
        dot.scroll_into_view_if_needed()
        db = dot.bounding_box()
        page.mouse.move(db["x"] + db["width"] / 2 + 1, db["y"] + db["height"] / 2)
        page.wait_for_timeout(300)
        page.mouse.click(db["x"] + db["width"] / 2, db["y"] + db["height"] / 2)
        page.wait_for_function("() => location.search.includes('event=')", timeout=30_000)
        page.wait_for_selector(".evidence-quote", timeout=30_000)
        page.screenshot(path=str(ds.ARTIFACTS / "browser_timeline_click_1920.png"))

        # with Box Select chosen in the chart's toolbar, dragging across the timeline filters the view to those dates
        plot = page.locator(".js-plotly-plot .nsewdrag").first
        plot.scroll_into_view_if_needed()
        plot.hover()
        page.locator(".js-plotly-plot .modebar-btn[data-val='select']").first.click()
        bb = plot.bounding_box()
        y = bb["y"] + bb["height"] * 0.5
        page.mouse.move(bb["x"] + bb["width"] * 0.55, y)
        page.mouse.down()
        page.mouse.move(bb["x"] + bb["width"] * 0.7, y, steps=6)
        page.mouse.move(bb["x"] + bb["width"] * 0.85, y, steps=6)
        page.mouse.up()
        page.wait_for_function("() => location.search.includes('from=')", timeout=30_000)
        ds.wait_app(page)
        dated = ds.headline(page)
        assert _count(dated) < _count(after), dated
        page.screenshot(path=str(ds.ARTIFACTS / "browser_timeline_selection_1920.png"), full_page=True)
        shared_dated = page.url

        # the shared link reopens the same view in a fresh session
        other = b.new_page(viewport={"width": 1366, "height": 768})
        other.goto(shared_dated)
        ds.wait_app(other)
        ds.wait_map(other)
        assert ds.headline(other) == dated
        other.wait_for_timeout(1000)
        other.screenshot(path=str(ds.ARTIFACTS / "browser_shared_1366.png"))

        # briefing mode: no sidebar, headline, legend, sources, data-as-of stamp
        brief = b.new_page(viewport={"width": 1920, "height": 1080})
        brief.goto(shared_dated + "&briefing=1")
        ds.wait_app(brief)
        ds.wait_map(brief)
        assert ds.headline(brief) == dated
        assert brief.locator("[data-testid='stSidebar']").count() == 0 or not brief.locator("[data-testid='stSidebar']").is_visible()
        body = brief.locator("body").inner_text()
        assert "Colour: perpetrator" in body and "Sources" in body and "Data as of" in body
        brief.wait_for_selector(".js-plotly-plot .scatterlayer .point", timeout=30_000)
        brief.wait_for_timeout(1500)
        brief.screenshot(path=str(ds.ARTIFACTS / "browser_briefing_1920.png"))
    assert time.time() - t0 < 180  # a loose bound on a hang, not a speed figure: the page is loaded four times


def test_briefing_image_is_rendered_on_the_server(tmp_path):
    """The 'download briefing image' PNG: map and timeline drawn by kaleido with the system chromium."""
    ds.check_chromium()
    from PIL import Image

    from dashboard import briefing, data, filters
    folder = ds.write_synthetic(tmp_path / "d", n=120, seed=3)
    tables = data.load(folder)
    f = filters.Filters()
    events = filters.apply(tables.slim, f, tables.parents)
    talk = filters.apply(tables.slim, filters.talk_filters(f), tables.parents)
    png = briefing.png(events, talk, data.key_events(), tables.slim, "faction", "Strikes and attacks: test", "Data as of now")
    img = Image.open(io.BytesIO(png))
    assert img.format == "PNG" and img.size == (briefing.WIDTH * briefing.SCALE, briefing.HEIGHT * briefing.SCALE)
    small = img.convert("RGB").resize((192, 108))
    assert len(set(small.tobytes()[i:i + 3] for i in range(0, len(small.tobytes()), 3))) > 50
    ds.ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ds.ARTIFACTS / "briefing_image.png").write_bytes(png)


def test_briefing_pdf_is_one_page_with_the_sources(tmp_path):
    """The one-page PDF: the briefing image, the deadliest events with their sources, the caveats."""
    ds.check_chromium()
    from dashboard import briefing, data, filters
    folder = ds.write_synthetic(tmp_path / "d", n=120, seed=3)
    tables = data.load(folder)
    f = filters.Filters()
    events = filters.apply(tables.events, f, tables.parents)
    talk = filters.apply(tables.slim, filters.talk_filters(f), tables.parents)
    blob = briefing.pdf(events, talk, data.key_events(), tables.slim, tables.documents, "side", "Strikes: test",
                        "Data as of now", "3 attacks on US forces (0 killed)")
    assert blob.startswith(b"%PDF") and re.search(rb"/Count (\d+)", blob).group(1) == b"1"  # one page
    table = briefing.top_events(events, tables.documents)
    assert len(table) == briefing.PDF_TOP_EVENTS and not table["Sources"].str.contains(r"\.txt").any()
    ds.ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ds.ARTIFACTS / "briefing.pdf").write_bytes(blob)
