"""Page layout: loading the tables (building them on the first run), the header with the filter headline
and the share link, the main tabs, the briefing page, and the empty and broken states."""
from __future__ import annotations

import html
import logging
import threading
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from dashboard import data, filters, gate, search
from dashboard.building import build_with_progress
from pipeline import sides
from dashboard.filters import Filters, View
from dashboard.views import (acled_view, actors_view, card_view, events_view, map_view, places_view, sidebar_view,
                             sources_view, timeline_view, trend_view)
from pipeline import schema

logger = logging.getLogger(__name__)

TAB_LABELS = {"map": "Map & timeline", "events": "Events & evidence", "actors": "Factions",
              "places": "Places", "sources": "Sources & articles"}
LABEL_TABS = {v: k for k, v in TAB_LABELS.items()}
TITLE = "PMU – US confrontation in Iraq"
SET_PROBLEMS_SHOWN = 3
MAP_HEIGHT = 430  # px: with the header, map and timeline fit a 1366x768 screen
TIMELINE_HEIGHT = 360
CARD_HEIGHT = 330
BRIEF_TIMELINE_HEIGHT = 380  # beside the map on one 16:9 slide, with the legend and the sources  # the first few differences say enough; the server log has them all


# ------------------------------------------------------------------ data
def _data_error(exc: Exception) -> None:
    st.error(f"**The event tables cannot be loaded.** {exc}\n\n"
             f"Build them from the articles with `{data.BUILD_COMMAND}` (in the project folder), then reload this page.",
             icon=":material/database:")
    st.stop()


def first_run_build(src: Path, out: Path) -> None:
    st.info(f"No event tables in {data.shown_path(out)} yet: building them from the articles in "
            f"{data.shown_path(src, out)}. This happens once; later runs load the saved tables.", icon=":material/build:")
    build_with_progress(src, out)
    st.rerun()


def broken_set_warning(tables: data.Tables) -> None:
    """Say so when the files differ from their build record: shown above the page, which still draws."""
    if not tables.problems:
        return
    shown = "; ".join(tables.problems[:SET_PROBLEMS_SHOWN])
    more = len(tables.problems) - SET_PROBLEMS_SHOWN
    st.warning(f"**These tables do not match their build record** ({shown}{f'; and {more} more' if more > 0 else ''}). "
               f"They may have been edited or damaged since the build. Rebuild them with `{data.BUILD_COMMAND}`.",
               icon=":material/warning:")


def data_panel(tables: data.Tables, access: gate.Access) -> None:
    """Sidebar: which data folder the page reads, and for editors a rebuild from the configured article
    folder (configuration, never a folder typed on the page)."""
    src = data.input_dir(tables.data_dir)
    with st.sidebar.expander("Data"):
        st.caption(f"Tables and article texts from {data.shown_path(tables.data_dir)}, "
                   f"built from {data.shown_path(src, tables.data_dir)}.")
        if access.editor and st.button("Rebuild the tables", icon=":material/refresh:", key="rebuild",
                                       help="Read the configured article folder again and rewrite the tables."):
            try:
                build_with_progress(src, tables.data_dir, force=True)
            except data.DataError as exc:
                st.error(str(exc))
                return
            st.rerun()


def ensure_tables() -> data.Tables:
    folder = data.data_dir()
    try:
        tables = data.load(folder)
        broken_set_warning(tables)
        search.warm(tables.slim if tables.slim is not None else tables.events)  # what filtered_sets searches
        return tables
    except data.DataError as exc:
        if exc.missing and not st.session_state.get("_build_tried"):
            st.session_state["_build_tried"] = True
            src = data.input_dir(folder)
            if src.is_dir() and any(src.glob("*")):
                try:
                    first_run_build(src, folder)
                except data.DataError as build_exc:
                    _data_error(build_exc)
        _data_error(exc)
    raise AssertionError("unreachable")  # _data_error stops the script


# ------------------------------------------------------------------ state
def current_view(v: View) -> View:
    ss = st.session_state
    tab = LABEL_TABS.get(ss.get("tab_ui"), ss.get("tab", "map"))
    return replace(v, tab=tab if tab in TAB_LABELS else "map", event=ss.get("event", "") or "",
                   doc=ss.get("doc", "") or "", faction=ss.get("profile", "") or "")


def sync_url(f: Filters, v: View) -> dict[str, str]:
    q = filters.to_query(f, v)
    if st.query_params.to_dict() != q:
        st.query_params.from_dict(q)
    return q


def share_link(q: dict[str, str]) -> str:
    base = None
    try:
        base = st.context.url
    except (AttributeError, RuntimeError) as exc:
        logger.debug("no context url: %s", exc)
    base = (base or "http://localhost:8501/").split("?")[0]
    return base + ("?" + urlencode(q) if q else "")


# ------------------------------------------------------------------ pieces


def cache_key(tables: data.Tables, f: Filters) -> str:
    """Identifies the filtered data: the tables' files and the filters."""
    return repr((data.signature(tables.data_dir), sorted(filters.to_query(f).items()),
                 data.signature_of_key_events()))


def headline_of(f: Filters, events: pd.DataFrame, opts: sidebar_view.Options) -> str:
    killed = int(events["fatalities"].fillna(0).sum())
    return filters.headline(f, len(events), killed, opts.dmin, opts.dmax)


_MEMO_LOCK = threading.Lock()
MEMO_ENTRIES = 16  # results kept per loaded tables: a few filter states back and forth
FRAME_MEMO_ENTRIES = 8  # filtered sets kept: each up to ~40 MB at 200,000 events, so fewer than the small results


def memo(tables: data.Tables, key: tuple, fn, store: str = "memo", limit: int = MEMO_ENTRIES, pinned: tuple | None = None):
    """fn() remembered on the tables for key (the filters' cache key): a rerun that changes no filter
    (opening a card, switching tabs) does not recompute it. The least recently used entry goes first, never
    the pinned one. The tables are cached per file version, so a rebuilt table starts with an empty memo."""
    with _MEMO_LOCK:  # sessions rerun in their own threads
        entries = tables.derived.setdefault(store, {})
        if key in entries:
            entries[key] = value = entries.pop(key)  # most recently used last
            return value
    value = fn()  # outside the lock: two sessions may compute the same value once each, neither waits
    with _MEMO_LOCK:
        while len(entries) >= limit:
            entries.pop(next((k for k in entries if k != pinned), next(iter(entries))))
        entries[key] = value
    return value


def filtered_sets(tables: data.Tables, f: Filters) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The filtered events and the timeline's lane of threats and statements, remembered on the tables for the
    filters: a rerun that changes no filter (colouring, a card, a tab) or goes back to an earlier filter state
    (Reset) does not filter 200,000 rows again. The landing view (no filters) is never dropped."""
    def compute() -> tuple[pd.DataFrame, pd.DataFrame]:
        ev = tables.slim if tables.slim is not None else tables.events
        return filters.apply_with_talk(ev, f, tables.parents, talk=not set(schema.TALK_TYPES) <= set(f.types))
    return memo(tables, ("filtered", cache_key(tables, f)), compute, store="frames", limit=FRAME_MEMO_ENTRIES,
                pinned=("filtered", cache_key(tables, Filters())))


def directions_html(events: pd.DataFrame, tables: data.Tables | None = None, key: str = "") -> str:
    """The headline's split by direction (attacks on US forces, US strikes on PMU targets, …)."""
    text = (memo(tables, ("directions", key), lambda: sides.direction_text(events)) if tables is not None and key
            else sides.direction_text(events))
    return f"<div class='directions' id='directions'>{html.escape(text)}</div>" if text else ""


def as_of_text(tables: data.Tables) -> str:
    src = tables.build_info.get("input_dir")
    return f"Data as of {tables.as_of:%d %b %Y %H:%M}" + (f" · built from {Path(src).name}/" if src else "")


def header(tables: data.Tables, hl: str, q: dict[str, str], events: pd.DataFrame, talk: pd.DataFrame,
           f: Filters, v: View) -> None:
    left, right = st.columns([5, 1.2], vertical_alignment="top")
    with left:
        st.markdown(f"<h1 class='app-title'>{TITLE}</h1><div class='headline' id='headline'>{html.escape(hl)}</div>"
                    f"{directions_html(events, tables, cache_key(tables, f))}<div class='asof'>{html.escape(as_of_text(tables))}</div>",
                    unsafe_allow_html=True)
    with right:
        with st.popover("Share & export", icon=":material/share:", width="stretch"):
            st.markdown("**Link to this view** (filters, tab and open event) — copy with the icon:")
            st.code(share_link(q), language=None, wrap_lines=True)
            st.markdown("**Briefing mode** (no controls, fits a 16:9 slide):")
            st.code(share_link({**q, "briefing": "1"}), language=None, wrap_lines=True)
            st.link_button("Open briefing view", share_link({**q, "briefing": "1"}), icon=":material/slideshow:")
            briefing_download(tables, hl, events, talk, v, filters.file_stem(f).replace("pmu-events", "pmu-briefing", 1))


def briefing_download(tables: data.Tables, hl: str, events: pd.DataFrame, talk: pd.DataFrame, v: View,
                      stem: str = "pmu-briefing") -> None:
    def make() -> bytes:
        from dashboard import briefing
        return briefing.png(events, talk, data.key_events(), tables.events, v.color_by, hl, as_of_text(tables),
                            briefing.sources_line(events, tables.documents), sides.direction_text(events))

    def make_pdf() -> bytes:
        from dashboard import briefing
        return briefing.pdf(events, talk, data.key_events(), tables.events, tables.documents, v.color_by, hl,
                            as_of_text(tables), sides.direction_text(events))

    st.download_button("Download briefing image (PNG)", data=make, file_name=f"{stem}.png", mime="image/png",
                       on_click="ignore", icon=":material/image:", key="dl_briefing",
                       help="Map, timeline, legend and sources rendered on the server as one 1920×1080 image "
                            "(takes a few seconds).")
    st.download_button("Download one-page briefing (PDF)", data=make_pdf, file_name=f"{stem}.pdf",
                       mime="application/pdf", on_click="ignore", icon=":material/picture_as_pdf:", key="dl_pdf",
                       help="Title, headline, map, timeline, the deadliest events with their sources and the caveats.")


def empty_state() -> None:
    st.warning("**No events match these filters.** Widen the date range, choose more event types or factions, "
               "or press *Reset filters* in the sidebar.", icon=":material/filter_alt_off:")
    st.stop()


# ------------------------------------------------------------------ pages
def main_page(tables: data.Tables, f: Filters, v: View, opts: sidebar_view.Options) -> None:
    events, talk = filtered_sets(tables, f)
    v = current_view(v)
    q = sync_url(f, v)
    hl = headline_of(f, events, opts)
    header(tables, hl, q, events, talk, f, v)
    if events.empty:
        empty_state()
    acled_view.uploader()
    acled = acled_view.layer(f)
    tabs = st.tabs(list(TAB_LABELS.values()), key="tab_ui", default=TAB_LABELS.get(v.tab, TAB_LABELS["map"]),
                   on_change="rerun")
    t_map, t_events, t_actors, t_places, t_sources = tabs
    with t_map:
        if t_map.open is not False:
            # map and timeline side by side: both on screen at 1366x768 without scrolling
            left, right = st.columns([1, 1])
            key = cache_key(tables, f)
            with left:
                map_view.render(events, tables.events, v.color_by, v.basemap, height=MAP_HEIGHT, acled=acled,
                                cache_key=key)
            with right:
                st.markdown(memo(tables, ("legend", key, v.color_by), lambda: map_view.legend_html(
                    *map_view.display.color_keys(events, v.color_by, tables.events), v.color_by, compact=True)),
                    unsafe_allow_html=True)
                if v.event:
                    with st.container(height=CARD_HEIGHT, border=False):
                        card_view.render(v.event, tables, key="card_map", visible_ids=events["event_id"])
                timeline_view.render(events, talk, data.key_events(), tables.events, v.color_by,
                                     on_range=sidebar_view.set_dates, height=TIMELINE_HEIGHT, legend=False,
                                     cache_key=key)  # the legend above holds its colours
            trend_view.render(events, key)
            if acled is not None:
                acled_view.render(events, tables.events, acled)
    with t_events:
        if t_events.open is not False:
            events_view.render(events, tables, v.event, stem=filters.file_stem(f))
    with t_actors:
        if t_actors.open is not False:
            st.session_state["profile"] = actors_view.render(tables.events, tables, v.faction)
    with t_places:
        if t_places.open is not False:
            places_view.render(events, tables)
    with t_sources:
        if t_sources.open is not False:
            st.session_state["doc"] = sources_view.render(tables, v.doc)
    sync_url(f, current_view(v))


def briefing_page(tables: data.Tables, f: Filters, v: View, opts: sidebar_view.Options) -> None:
    events, talk = filtered_sets(tables, f)
    hl = headline_of(f, events, opts)
    st.markdown(f"<h1 class='app-title'>{TITLE}<span class='asof' style='float:right'>{html.escape(as_of_text(tables))}"
                f"</span></h1><div class='headline' id='headline'>{html.escape(hl)}</div>{directions_html(events)}",
                unsafe_allow_html=True)
    if events.empty:
        empty_state()
    left, right = st.columns([1.05, 1], gap="medium")
    with left:
        map_view.render(events, tables.events, v.color_by, v.basemap, height=640, selectable=False, list_unsited=False)
    with right:
        keys, colors = map_view.display.color_keys(events, v.color_by, tables.events)
        st.markdown(map_view.legend_html(keys, colors, v.color_by, compact=True), unsafe_allow_html=True)
        timeline_view.render(events, talk, data.key_events(), tables.events, v.color_by, on_range=None,
                             height=BRIEF_TIMELINE_HEIGHT, selectable=False, legend=False, cache_key=cache_key(tables, f))
        st.markdown(sources_footer(tables, events, limit=4), unsafe_allow_html=True)


def sources_footer(tables: data.Tables, events: pd.DataFrame, limit: int = 5) -> str:
    files = events["sources"].fillna("").str.split(";").explode().str.strip()
    counts = files[files != ""].value_counts()
    docs = tables.documents.drop_duplicates("file").set_index("file")
    items = []
    for fn, n in counts.head(limit).items():
        title = fn
        if fn in docs.index:
            d = docs.loc[fn]
            title = f"{d['title']} — {d['source']}" if isinstance(d["title"], str) and isinstance(d["source"], str) else (d["title"] if isinstance(d["title"], str) else fn)
            if isinstance(d["url"], str) and d["url"].startswith("http"):
                title = f"<a href='{html.escape(d['url'], quote=True)}'>{html.escape(title)}</a>"
            else:
                title = html.escape(title)
        items.append(f"<li>{title} ({n} events)</li>")
    n = len(counts)
    lead = (f"{n} articles; the {min(limit, n)} reporting most of these events:" if n > limit
            else f"{n} article{'s' if n != 1 else ''}:")
    return f"<div class='brief-foot'><b>Sources</b> — {lead}<ol>{''.join(items)}</ol></div>"
