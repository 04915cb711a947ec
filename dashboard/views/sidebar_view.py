"""Sidebar controls: the filters (initialised once from the URL) and the view options; returns
the Filters and View that the widgets now hold."""
from __future__ import annotations

import logging
from datetime import date

import pandas as pd
import streamlit as st

from dashboard import data, filters, palette
from dashboard.filters import PRESETS, Filters, View

logger = logging.getLogger(__name__)

ROLE_LABELS = {"either": "Either side", "perpetrator": "Perpetrator", "target": "Target"}
KEYS = ("f_factions", "f_role", "f_preset", "f_types", "f_dates", "f_govs", "f_minkilled", "f_sources",
        "f_text", "f_exactdates", "f_exactplaces")


class Options:
    """Choices offered by the widgets, from the tables."""

    def __init__(self, tables: data.Tables):
        ev = tables.events
        counts = pd.concat([ev["actor1"], ev["actor2"]]).dropna().value_counts()
        tree = filters.descendants(tables.parents)
        self.umbrellas = sorted(tree, key=lambda u: -sum(int(counts.get(c, 0)) for c in tree[u]))
        self.tree = tree
        named = [a for a in counts.index if a not in ("unknown", "") and a not in self.umbrellas]
        self.factions = self.umbrellas + named
        self.govs = ev["admin1"].dropna().value_counts().index.tolist()
        self.sources = tables.documents["file"].dropna().tolist()
        self.titles = dict(zip(tables.documents["file"], tables.documents["title"].fillna("")))
        d = ev["event_date"].dropna()
        self.dmin: date = (d.min() if len(d) else pd.Timestamp("2014-01-01")).date()
        self.dmax: date = (d.max() if len(d) else pd.Timestamp.today()).date()

    def faction_label(self, name: str) -> str:
        if name in self.tree:
            return f"{name} (all {len(self.tree[name])} member groups)"
        return name


def options(tables: data.Tables) -> Options:
    """Options of tables, computed once per loaded tables (they are cached until a file changes)."""
    o = tables.derived.get("options")
    if o is None:
        o = tables.derived["options"] = Options(tables)
    return o


def _clamp(d: date, o: Options) -> date:
    return min(max(d, o.dmin), o.dmax)


def init_state(f: Filters, v: View, o: Options) -> None:
    """Put the URL's filters into the widgets once per session (and after Reset)."""
    ss = st.session_state
    ss["f_factions"] = [x for x in f.factions if x in o.factions]
    ss["f_role"] = f.role
    ss["f_preset"] = f.preset
    ss["f_types"] = list(f.types)
    lo = _clamp(f.date_from, o) if f.date_from else o.dmin
    hi = _clamp(f.date_to, o) if f.date_to else o.dmax
    ss["f_dates"] = (min(lo, hi), max(lo, hi))
    ss["f_govs"] = [g for g in f.governorates if g in o.govs]
    ss["f_minkilled"] = int(f.min_fatalities)
    ss["f_sources"] = [s for s in f.sources if s in o.sources]
    ss["f_text"] = f.text
    ss["f_exactdates"] = f.exact_dates
    ss["f_exactplaces"] = f.exact_places
    ss["v_color"] = v.color_by
    ss["v_basemap"] = v.basemap
    ss["event"] = v.event
    ss["doc"] = v.doc
    ss["profile"] = v.faction
    ss["tab"] = v.tab


def reset() -> None:
    for k in KEYS:
        st.session_state.pop(k, None)
    st.session_state["_reset"] = True
    st.session_state["event"] = ""


def set_dates(a: date, b: date) -> None:
    """Called by the timeline's box selection."""
    st.session_state["f_dates"] = (a, b)


def _preset_changed() -> None:
    p = st.session_state.get("f_preset")
    if p in PRESETS and p != "custom":
        st.session_state["f_types"] = list(PRESETS[p][1])


def _types_changed() -> None:
    chosen = set(st.session_state.get("f_types", []))
    for k, (_label, types) in PRESETS.items():
        if k != "custom" and set(types) == chosen:
            st.session_state["f_preset"] = k
            return
    st.session_state["f_preset"] = "custom"


def render(o: Options) -> tuple[Filters, View]:
    ss = st.session_state
    if "f_dates" in ss:  # keep a remembered range inside the data's range (the tables may have changed)
        dd = ss["f_dates"]
        if isinstance(dd, (tuple, list)) and len(dd) == 2:
            ss["f_dates"] = (_clamp(dd[0], o), _clamp(dd[1], o))
    sb = st.sidebar
    sb.markdown("### Filters")
    sb.multiselect("Factions", o.factions, key="f_factions", format_func=o.faction_label,
                   placeholder="All actors", help="Choosing an umbrella body selects all of its member groups.")
    sb.radio("…as", list(ROLE_LABELS), key="f_role", format_func=ROLE_LABELS.get, horizontal=True,
             help="Perpetrator = actor1, target = actor2.")
    sb.selectbox("Event types", list(PRESETS), key="f_preset", format_func=lambda k: PRESETS[k][0],
                 on_change=_preset_changed)
    with sb.expander(f"Types in this selection ({len(ss.get('f_types', []))})"):
        st.multiselect("Types", list(filters.schema.EVENT_TYPES), key="f_types", format_func=palette.type_label,
                       on_change=_types_changed, label_visibility="collapsed")
    sb.date_input("Dates", min_value=o.dmin, max_value=o.dmax, key="f_dates", format="DD/MM/YYYY")
    sb.multiselect("Governorate", o.govs, key="f_govs", placeholder="All governorates")
    sb.number_input("Minimum killed", min_value=0, step=1, key="f_minkilled")
    sb.multiselect("Source article", o.sources, key="f_sources", placeholder="All articles",
                   format_func=lambda f: f"{f} — {o.titles.get(f, '')[:50]}")
    sb.text_input("Search the evidence", key="f_text", placeholder="e.g. drone, Ain al-Asad")
    sb.checkbox("Hide imprecise dates (coarser than a day)", key="f_exactdates")
    sb.checkbox("Hide imprecise places (governorate level)", key="f_exactplaces")
    sb.button("Reset filters", on_click=reset, icon=":material/restart_alt:")
    sb.markdown("### Display")
    sb.radio("Colour by", list(filters.COLOR_BY), key="v_color", horizontal=True,
             format_func={"side": "Side", "faction": "Perpetrator", "type": "Event type"}.get,
             help="Side: the perpetrator's side (PMU and its fronts, US and coalition, …). Perpetrator: front "
                  "groups are counted under the faction they front for.")
    sb.toggle("Basemap tiles (needs internet and a Carto key)", key="v_basemap")

    dates = ss.get("f_dates") or (o.dmin, o.dmax)
    if isinstance(dates, (tuple, list)) and len(dates) == 2:
        d0, d1 = dates
    elif isinstance(dates, (tuple, list)) and len(dates) == 1:
        d0, d1 = dates[0], o.dmax
    else:
        d0, d1 = o.dmin, o.dmax
    preset = ss.get("f_preset", filters.DEFAULT_PRESET)
    f = Filters(
        factions=tuple(ss.get("f_factions", [])), role=ss.get("f_role", "either"), preset=preset,
        types=tuple(ss.get("f_types", [])), date_from=d0 if d0 > o.dmin else None,
        date_to=d1 if d1 < o.dmax else None, governorates=tuple(ss.get("f_govs", [])),
        min_fatalities=int(ss.get("f_minkilled") or 0), sources=tuple(ss.get("f_sources", [])),
        text=ss.get("f_text", "") or "", exact_dates=bool(ss.get("f_exactdates")),
        exact_places=bool(ss.get("f_exactplaces")),
    )
    v = View(color_by=ss.get("v_color", "side"), basemap=bool(ss.get("v_basemap")))
    return f, v
