"""Events and evidence: the sortable table of the filtered events, the card of the selected event,
and the downloads (CSV, GeoJSON, ACLED-style CSV)."""
from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from dashboard import data, exports, palette
from dashboard.views import card_view

logger = logging.getLogger(__name__)

TABLE_KEY = "events_table"
MAX_ROWS = 5_000
COLUMNS = ["event_date", "event_type", "actor1", "actor2", "location", "fatalities", "evidence", "confidence",
           "geo_precision", "date_precision", "admin1", "sources", "event_id"]


def column_config() -> dict:
    cc = st.column_config
    return {
        "event_date": cc.DateColumn("Date", format="D MMM YYYY", help="First day of the period when the date is coarser than a day"),
        "event_type": cc.TextColumn("Type"),
        "actor1": cc.TextColumn("Perpetrator"),
        "actor2": cc.TextColumn("Target"),
        "location": cc.TextColumn("Place"),
        "admin1": cc.TextColumn("Governorate"),
        "fatalities": cc.NumberColumn("Killed", format="%d", help="Deaths stated in the text; empty when not given"),
        "geo_precision": cc.NumberColumn("Place prec.", format="%d", help="1 = that place, 2 = nearby/district, 3 = governorate or wider", width="small"),
        "date_precision": cc.TextColumn("Date prec.", width="small"),
        "confidence": cc.ProgressColumn("Confidence", min_value=0.0, max_value=1.0, format="percent", width="small"),
        "evidence": cc.TextColumn("Evidence", width="large"),
        "sources": cc.TextColumn("Sources"),
        "event_id": cc.TextColumn("Id", width="small"),
    }


def _on_select() -> None:
    state = st.session_state.get(TABLE_KEY)
    try:
        rows = state["selection"]["rows"]
    except (KeyError, TypeError):
        return
    ids = st.session_state.get("_table_ids", [])
    if rows and rows[0] < len(ids):
        st.session_state["event"] = ids[rows[0]]


def default_selection(table: pd.DataFrame, event_id: str) -> dict | None:
    """The open card's row, selected when the table first appears (e.g. a shared link with ?event=ID);
    None when no card is open or its event is not among the listed rows."""
    if not event_id:
        return None
    hit = (table["event_id"] == event_id).to_numpy(dtype=bool, na_value=False)
    rows = hit.nonzero()[0]
    return {"selection": {"rows": [int(rows[0])]}} if len(rows) else None


def table_frame(events: pd.DataFrame) -> pd.DataFrame:
    t = events.sort_values("event_date", ascending=False, na_position="last").head(MAX_ROWS)[COLUMNS].copy()
    t["event_type"] = t["event_type"].map(palette.type_label)
    return t.reset_index(drop=True)


def downloads(events: pd.DataFrame, stem: str, full: pd.DataFrame | None = None,
              tables: data.Tables | None = None) -> None:
    """Download buttons; each file is made on click, from the full table's rows of the filtered events."""
    rows = events.index
    source = full if full is not None else events

    def pick() -> pd.DataFrame:
        return source.loc[rows]

    c = st.columns(3)
    c[0].download_button("Events (CSV)", data=lambda: exports.to_csv(pick()), file_name=f"{stem}.csv",
                         mime="text/csv", on_click="ignore", icon=":material/download:", key="dl_csv")
    c[1].download_button("Events (GeoJSON)", data=lambda: exports.to_geojson(pick()), file_name=f"{stem}.geojson",
                         mime="application/geo+json", on_click="ignore", icon=":material/download:", key="dl_geojson")
    docs = tables.documents if tables is not None else None
    stamp = exports.timestamp_of(tables.build_info) if tables is not None else None
    c[2].download_button("ACLED-style CSV", data=lambda: exports.to_acled_csv(pick(), docs, None, stamp),
                         file_name=f"{stem}-acled.csv",
                         mime="text/csv", on_click="ignore", icon=":material/download:", key="dl_acled",
                         help="ACLED's 31 columns (actor types, outlets and their scale, ISO-coded ids); threats "
                              "are left out, as ACLED does not code them.")


def render(events: pd.DataFrame, tables: data.Tables, event_id: str, stem: str = "pmu-events") -> None:
    t = table_frame(events)
    st.session_state["_table_ids"] = t["event_id"].tolist()
    if len(events) > MAX_ROWS:
        st.caption(f"The table lists the {MAX_ROWS:,} most recent of {len(events):,} events; the downloads hold all of them.")
    st.dataframe(t, column_config=column_config(), hide_index=True, height=420, key=TABLE_KEY,
                 on_select=_on_select, selection_mode="single-row", placeholder="—",
                 selection_default=default_selection(t, event_id))
    st.caption("Click a row's checkbox to open its card. Click a column header to sort.")
    downloads(events, stem, tables.events, tables)
    if event_id:
        card_view.render(event_id, tables, key="card_events", visible_ids=events["event_id"])
