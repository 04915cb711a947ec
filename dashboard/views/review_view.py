"""The editors' review view: every correction with its history (who, when, why, before and after), which are
orphaned (their evidence sentence is no longer any row's evidence), undo, and CSV export and import."""
from __future__ import annotations

import logging

import streamlit as st

from dashboard import corrections as corr_ui
from dashboard import building, data, gate
from pipeline import corrections, store

logger = logging.getLogger(__name__)


def orphaned_ids(rows: list[dict], anchors) -> set[int]:
    """Active corrections whose evidence (source text hash and sentence hash) no row of the tables has."""
    have = set(zip(anchors["content_hash"], anchors["sentence_hash"]))
    return {c["id"] for c in rows if c["undone_at"] is None and (c["content_hash"], c["sentence_hash"]) not in have}


def render(tables: data.Tables, access: gate.Access) -> None:
    st.markdown("### Review corrections")
    if not access.editor:
        st.warning("Only editors may review corrections.")
        return
    st_ = store.Store(tables.data_dir)
    rows = st_.corrections()
    orphans = orphaned_ids(rows, corr_ui.anchors(tables.data_dir))
    active = sum(c["undone_at"] is None for c in rows)
    st.markdown(f"{len(rows)} correction{'s' if len(rows) != 1 else ''}: {active} active, "
                f"{len(rows) - active} undone, **{len(orphans)} orphaned**.", help=(
                    "Orphaned: the sentence the correction is anchored to is no longer the evidence of any row "
                    "(the article changed or the extractor no longer finds an event there). It is kept, not dropped."))
    if rows:
        df = corr_ui.history_frame(rows)
        df.insert(1, "event (then)", [c["event_id"] for c in rows])
        df.insert(2, "article", [c["file"] for c in rows])
        df["status"] = [("orphaned" if c["id"] in orphans else s) for c, s in zip(rows, df["status"])]
        st.dataframe(df, hide_index=True, width="stretch", key="review_table")
        undoable = [c["id"] for c in rows if c["undone_at"] is None]
        if undoable:
            c1, c2 = st.columns([2, 1], vertical_alignment="bottom")
            cid = c1.selectbox("Correction to undo", undoable, key="review_undo_id",
                               format_func=lambda i: f"#{i}")
            if c2.button("Undo", key="review_undo", icon=":material/undo:"):
                st_.undo(int(cid), access.user or access.role)
                if not _rebuilt(tables, "Undone"):
                    return
                st.session_state["review_msg"] = f"Correction #{cid} undone."
                st.rerun()
    if st.session_state.get("review_msg"):
        st.success(st.session_state.pop("review_msg"))
    st.markdown("**Share corrections**")
    st.download_button("Export corrections (CSV)", data=corrections.export_csv(st_), file_name="pmu-corrections.csv",
                       mime="text/csv", icon=":material/download:", key="review_export")
    up = st.file_uploader("Import corrections (a CSV exported here)", type=["csv"], key="review_import")
    if up is not None and st.button("Import", key="review_import_go", icon=":material/upload:"):
        try:
            text = up.getvalue().decode("utf-8-sig")
        except UnicodeDecodeError:
            st.error(f"{up.name} is not UTF-8 text.")
            return
        added, problems = corrections.import_csv(st_, text, corr_ui.kb())
        for p in problems[:10]:
            st.error(f"{up.name}: {p}")
        if added and not _rebuilt(tables, "Imported"):
            return
        st.session_state["review_msg"] = f"{added} correction{'s' if added != 1 else ''} imported from {up.name}."
        st.rerun()


def _rebuilt(tables: data.Tables, done: str) -> bool:
    """Rebuild after a change to the corrections; False (with the reason shown) when the tables could not be."""
    try:
        building.rebuild(tables.data_dir)
    except data.DataError as exc:
        st.error(f"{done}, but the tables could not be rebuilt: {exc}")
        return False
    return True
