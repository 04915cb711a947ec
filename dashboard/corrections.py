"""Corrections in the event card (editors only): change a field, mark 'not an event', merge with another row,
add a note. Each is stored with the user, time, reason and the values before and after, anchored to the
evidence (pipeline.corrections), and applied by an incremental build that runs at once."""
from __future__ import annotations

import logging
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import building, data, gate
from pipeline import config, corrections, resources, schema, store, tableset

logger = logging.getLogger(__name__)

ACCESS_STATE = "_access"  # session_state: the gate.Access of this session (set by app.py)
ANCHORS_FILE = "anchors.parquet"
LABELS = {"event_type": "Type", "date": "Date and its precision", "place": "Place", "actor1": "Perpetrator (actor1)",
          "actor2": "Target (actor2)", "attribution": "Attribution", "fatalities": "Fatalities",
          "not_event": "Not an event", "merge": "Merge with another row", "note": "Note"}


def access() -> gate.Access | None:
    return st.session_state.get(ACCESS_STATE)


def anchors(data_dir: Path) -> pd.DataFrame:
    """The published set's anchors table (event id -> evidence anchors); empty when the set has none."""
    p = tableset.published(data_dir) / ANCHORS_FILE
    if not p.exists():
        return pd.DataFrame(columns=["event_id", "file", "content_hash", "start", "end", "sentence_hash", "event_type"])
    s = p.stat()
    return _anchors_cached(str(p), (s.st_mtime_ns, s.st_size))


@st.cache_data(show_spinner=False, max_entries=2)
def _anchors_cached(path: str, version: tuple[int, int]) -> pd.DataFrame:  # version keys the cache
    return pd.read_parquet(path)


def anchor_for(data_dir: Path, event_id: str) -> tuple[store.Anchor, str] | None:
    """The row's first evidence anchor and its file."""
    a = anchors(data_dir)
    rows = a[a["event_id"] == event_id]
    if rows.empty:
        return None
    r = rows.iloc[0]
    return store.Anchor(r["content_hash"], int(r["start"]), int(r["end"]), r["sentence_hash"], r["event_type"]), r["file"]


@lru_cache(maxsize=2)
def _kb(folder: str):
    return resources.load(folder)


def kb():
    return _kb(str(config.RESOURCES))


def before_value(row: dict, field: str) -> str:
    """The row's value of field as a correction stores it."""
    def s(v):
        return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)
    if field == "date":
        d = row.get("event_date")
        return (f"{pd.Timestamp(d):%Y-%m-%d}|{row.get('date_precision')}" if s(d) else f"|{row.get('date_precision')}")
    if field == "place":
        return s(row.get("location")) or (f"{row.get('latitude')},{row.get('longitude')}" if s(row.get("latitude")) else "")
    if field == "fatalities":
        return s(row.get("fatalities")).split(".")[0]
    if field == "not_event":
        return "false"
    if field in ("merge", "note"):
        return ""
    return s(row.get(field))


def save(data_dir: Path, row: dict, field: str, after: str, reason: str, user: str) -> int:
    """Validate and store one correction of the row; returns its id. Raises CorrectionError."""
    found = anchor_for(data_dir, row["event_id"])
    if found is None:
        raise corrections.CorrectionError("this row has no evidence anchor; rebuild the tables first")
    anchor, file = found
    if field == "merge":
        other = anchor_for(data_dir, after)
        if other is None or after == row["event_id"]:
            raise corrections.CorrectionError(f"no other row with the id {after!r}")
        after = corrections.merge_target(other[0])
    elif field == "not_event":
        after = "true"
    else:
        after = corrections.validate(field, after, kb())
    return store.Store(data_dir).add_correction(anchor, field, before_value(row, field), after, reason.strip(), user,
                                                event_id=row["event_id"], file=file)


def _value_input(field: str, row: dict, key: str) -> str:
    k = kb()
    if field == "event_type":
        return st.selectbox("New type", schema.EVENT_TYPES, key=f"{key}_v_type",
                            index=schema.EVENT_TYPES.index(row["event_type"]) if row["event_type"] in schema.EVENT_TYPES else 0)
    if field == "date":
        d0 = pd.Timestamp(row["event_date"]).date() if pd.notna(row["event_date"]) else date.today()
        c1, c2 = st.columns(2)
        d = c1.date_input("New date", value=d0, key=f"{key}_v_date", format="YYYY-MM-DD",
                          min_value=date(1990, 1, 1))
        p = c2.selectbox("Precision", schema.DATE_PRECISIONS[:4], key=f"{key}_v_prec")
        return f"{d.isoformat()}|{p}"
    if field == "place":
        how = st.radio("From", ["gazetteer", "coordinates"], horizontal=True, key=f"{key}_v_how")
        if how == "gazetteer":
            names = sorted(k.places)
            cur = row.get("location")
            return st.selectbox("Place", names, key=f"{key}_v_place",
                                index=names.index(cur) if isinstance(cur, str) and cur in names else 0)
        c1, c2 = st.columns(2)
        lat = c1.number_input("Latitude", value=33.3, format="%.4f", key=f"{key}_v_lat")
        lon = c2.number_input("Longitude", value=44.4, format="%.4f", key=f"{key}_v_lon")
        return f"{lat},{lon}"
    if field in ("actor1", "actor2"):
        names = ["unknown", *sorted(k.actors)]
        cur = row.get(field)
        return st.selectbox("Actor", names, key=f"{key}_v_{field}",
                            index=names.index(cur) if isinstance(cur, str) and cur in names else 0)
    if field == "attribution":
        return st.selectbox("Attribution", schema.ATTRIBUTIONS, key=f"{key}_v_attr")
    if field == "fatalities":
        return st.text_input("Deaths (a whole number; empty = not stated)", key=f"{key}_v_fat",
                             value=before_value(row, "fatalities"))
    if field == "merge":
        return st.text_input("Event id of the row to merge into this one", key=f"{key}_v_merge",
                             placeholder="EV…").strip()
    if field == "note":
        return st.text_area("Note", key=f"{key}_v_note", height=80)
    st.caption("The row will be left out of the tables (the correction can be undone in the review view).")
    return "true"


def panel(row: dict, tables: data.Tables, key: str) -> None:
    """The card's *Correct this event* expander, for editors; then this row's corrections."""
    acc = access()
    if acc is None or not acc.editor:
        return
    with st.expander("Correct this event", icon=":material/edit:"):
        field = st.selectbox("What to correct", corrections.FIELDS, format_func=LABELS.get, key=f"{key}_field")
        after = _value_input(field, row, key)
        reason = st.text_input("Reason (kept in the audit trail)", key=f"{key}_reason")
        if st.button("Save the correction", key=f"{key}_save", type="primary", icon=":material/save:"):
            try:
                save(tables.data_dir, row, field, after, reason, acc.user or acc.role)
                building.rebuild(tables.data_dir)
            except corrections.CorrectionError as exc:
                st.error(f"Not saved: {exc}.")
                return
            except data.DataError as exc:
                st.error(f"The correction is saved but the tables could not be rebuilt: {exc}")
                return
            st.session_state["correction_saved"] = row["event_id"]
            st.rerun()
        if st.session_state.get("correction_saved") == row["event_id"]:
            st.success("Correction saved and applied.", icon=":material/check:")
        history(tables.data_dir, row["event_id"])


def history(data_dir: Path, event_id: str) -> None:
    found = anchor_for(data_dir, event_id)
    if found is None:
        return
    a = found[0]
    rows = [c for c in store.Store(data_dir).corrections()
            if c["content_hash"] == a.content_hash and c["sentence_hash"] == a.sentence_hash]
    if rows:
        st.markdown("**Corrections of this event**")
        st.dataframe(history_frame(rows), hide_index=True, width="stretch")


def history_frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame([{
        "id": c["id"], "when (UTC)": c["created_at"], "who": c["user"], "field": LABELS.get(c["field"], c["field"]),
        "before": c["before"], "after": c["after"] if c["field"] != "merge" else "(another row)", "reason": c["reason"],
        "status": f"undone by {c['undone_by'] or '?'}" if c["undone_at"] else "active"} for c in rows])
