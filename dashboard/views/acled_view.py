"""ACLED as a second layer: the sidebar's upload of an ACLED export, its points on the map, and the
comparison with the extracted events (matches, ACLED events the articles missed, extracted events ACLED lacks)."""
from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from dashboard.filters import Filters
from pipeline import acled_import

logger = logging.getLogger(__name__)

LAYER_KEY = "acled_layer"  # session state: the parsed ACLED rows
NAME_KEY = "acled_layer_name"
ROWS_SHOWN = 200  # the tables under the map list this many rows; the counts cover all


def uploader() -> None:
    """Sidebar: load an ACLED CSV (kept for the session) or drop it."""
    with st.sidebar.expander("ACLED layer", expanded=LAYER_KEY in st.session_state):
        up = st.file_uploader("ACLED export (CSV)", type=["csv"], key="acled_upload",
                              help="An export from acleddata.com, dates as 2023-02-16, 16-02-2023 or 16 February 2023. "
                                   "It is compared with the extracted events and drawn on the map.")
        if up is not None and st.session_state.get(NAME_KEY) != up.name:
            try:
                st.session_state[LAYER_KEY] = acled_import.read(up.getvalue(), up.name)
                st.session_state[NAME_KEY] = up.name
            except acled_import.AcledError as exc:
                st.error(str(exc))
        if LAYER_KEY in st.session_state:
            st.caption(f"{len(st.session_state[LAYER_KEY]):,} ACLED events from {st.session_state.get(NAME_KEY, 'the file')}.")
            if st.button("Remove the ACLED layer", key="acled_drop"):
                st.session_state.pop(LAYER_KEY, None)
                st.session_state.pop(NAME_KEY, None)
                st.rerun()


def layer(f: Filters) -> pd.DataFrame | None:
    """The loaded ACLED rows inside the filter's dates, or None."""
    df = st.session_state.get(LAYER_KEY)
    if df is None:
        return None
    d = df["event_date"]
    keep = pd.Series(True, index=df.index)
    if f.date_from is not None:
        keep &= d >= pd.Timestamp(f.date_from)
    if f.date_to is not None:
        keep &= d < pd.Timestamp(f.date_to) + pd.Timedelta(days=1)
    return df[keep]


def render(events: pd.DataFrame, full: pd.DataFrame, acled: pd.DataFrame) -> None:
    """The comparison of the filtered events (rows of full, which has the ACLED event types) with acled."""
    cmp = acled_import.compare(full.loc[events.index], acled)
    title = (f"Compared with ACLED: {len(cmp.matches):,} matched · {len(cmp.missed):,} ACLED events the articles "
             f"missed · {len(cmp.lacking):,} extracted events ACLED lacks")
    with st.expander(title, expanded=True):
        st.caption(f"A match: the same ACLED event type, within {acled_import.MATCH_DAYS} day and "
                   f"{acled_import.MATCH_KM:g} km; each event matches once, nearest first.")
        tabs = st.tabs(["Matched", "ACLED only (missed by the articles)", "Extracted only (ACLED lacks)"])
        ev = full.loc[events.index].set_index("event_id", drop=False)
        with tabs[0]:
            m = cmp.matches.merge(acled[["event_id_cnty", "event_date", "location", "notes"]], on="event_id_cnty")
            m["extracted evidence"] = m["event_id"].map(ev["evidence"])
            st.dataframe(m.head(ROWS_SHOWN), hide_index=True, width="stretch")
        with tabs[1]:
            st.dataframe(cmp.missed[["event_id_cnty", "event_date", "event_type", "actor1", "actor2", "location",
                                     "fatalities", "notes"]].head(ROWS_SHOWN), hide_index=True, width="stretch")
        with tabs[2]:
            st.dataframe(cmp.lacking[["event_id", "event_date", "event_type", "actor1", "actor2", "location",
                                      "fatalities", "evidence"]].head(ROWS_SHOWN), hide_index=True, width="stretch")
