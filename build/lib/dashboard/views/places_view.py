"""Places: the gazetteer entries the pipeline resolved, with their event counts."""
from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from dashboard import data

logger = logging.getLogger(__name__)


def render(events: pd.DataFrame, tables: data.Tables) -> None:
    loc = tables.locations.copy()
    shown = events["location"].value_counts()
    loc.insert(1, "filtered_events", loc["location"].map(shown).fillna(0).astype(int))
    loc = loc.sort_values(["filtered_events", "events"], ascending=False)
    st.dataframe(loc, hide_index=True, height=460, placeholder="—", column_config={
        "location": st.column_config.TextColumn("Place"),
        "filtered_events": st.column_config.NumberColumn("Events (filtered)", help="Events at this place that pass the filters"),
        "events": st.column_config.NumberColumn("Events (all)"),
        "mentions": st.column_config.NumberColumn("Mentions"),
        "latitude": st.column_config.NumberColumn("Lat", format="%.3f"),
        "longitude": st.column_config.NumberColumn("Lon", format="%.3f"),
        "admin1": st.column_config.TextColumn("Governorate"),
        "country": st.column_config.TextColumn("Country"),
        "aliases_seen": st.column_config.TextColumn("Spellings seen"),
        "feature_type": st.column_config.TextColumn("Kind"),
        "resolved_by": st.column_config.TextColumn("Resolved by"),
    })
    unresolved = int((tables.locations["resolved_by"] == "unresolved").sum())
    if unresolved:
        st.caption(f"{unresolved} place(s) could not be located and have no coordinates.")
