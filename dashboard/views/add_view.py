"""The editors' *Add article* page: upload a file, paste a text, or give a URL (when fetching is enabled); the
article goes through the same pipeline (an incremental build) with a progress bar, then the page says how many
events it added, with buttons that open their cards."""
from __future__ import annotations

import logging

import streamlit as st

from dashboard import articles, building, data, display, gate

logger = logging.getLogger(__name__)


def _secrets():
    try:
        return st.secrets.to_dict()
    except Exception:  # noqa: BLE001 - no secrets file: fetching stays off
        return {}


def _candidate(mode: str) -> articles.Candidate | None:
    """The article the editor gave in this mode, once they press its button."""
    if mode == "upload":
        up = st.file_uploader("Article file (.txt, .md or .html)", type=list(articles.UPLOAD_TYPES), key="add_file")
        if st.button("Add this file", key="add_upload_go", type="primary", disabled=up is None):
            return articles.from_upload(up.name, up.getvalue())
        return None
    if mode == "paste":
        title = st.text_input("Title", key="add_title")
        c1, c2 = st.columns(2)
        source = c1.text_input("Source (outlet)", key="add_source")
        url = c2.text_input("URL", key="add_url", placeholder="https://…")
        published = st.date_input("Published", value=None, key="add_published", format="YYYY-MM-DD")
        text = st.text_area("Text of the article", key="add_text", height=260)
        if st.button("Add this text", key="add_paste_go", type="primary"):
            return articles.from_paste(text, title, source, url, published)
        return None
    url = st.text_input("Address of the article", key="add_fetch_url", placeholder="https://…")
    if st.button("Fetch and add", key="add_fetch_go", type="primary"):
        with st.spinner("Fetching the page…"):
            return articles.fetch(url)
    return None


def render(tables: data.Tables, access: gate.Access) -> None:
    st.markdown("### Add an article")
    if not access.editor:
        st.warning("Only editors may add articles.")
        return
    modes = {"upload": "Upload a file", "paste": "Paste the text"}
    fetching = articles.fetch_allowed(_secrets())
    if fetching:
        modes["fetch"] = "Fetch a URL"
    mode = st.radio("How", list(modes), format_func=modes.get, horizontal=True, key="add_mode",
                    label_visibility="collapsed")
    if not fetching:
        st.caption("Fetching by URL is off; an administrator can enable it with `[articles] allow_fetch = true` "
                   "in `.streamlit/secrets.toml`.")
    try:
        cand = _candidate(mode)
        if cand is None:
            _last_result(tables)
            _added_list(tables, access)
            return
        src = data.input_dir(tables.data_dir)
        added = articles.add(cand, tables.data_dir, access.user or access.role,
                             lambda: building.build_with_progress(src, tables.data_dir, force=True))
    except articles.AddError as exc:
        st.error(str(exc), icon=":material/error:")
        return
    except data.DataError as exc:
        st.error(f"The article was not added: {exc}", icon=":material/error:")
        return
    st.session_state["add_result"] = added.file
    st.rerun()


def _last_result(tables: data.Tables) -> None:
    """After the rerun that loads the new tables: the events the article added, each with a button to its card."""
    file = st.session_state.get("add_result")
    if not file:
        return
    evs = articles.events_of(tables.events, file)
    n = len(evs)
    st.success(f"**{n} event{'s' if n != 1 else ''} added** from {file}.", icon=":material/check_circle:")
    if n == 0:
        st.caption("The pipeline read the article but found no event in it; it is listed under *Sources & articles*.")
    for _, r in evs.iterrows():
        label = (f"{display.fmt_date(r['event_date'], r['date_precision'])} · {r['event_type'].replace('_', ' ')} · "
                 f"{display.place_text(r)}")
        if st.button(label, key=f"add_open_{r['event_id']}", icon=":material/open_in_new:",
                     help="Open its card on the map"):
            st.session_state.update(event=r["event_id"], page="", tab="map", add_result="")
            st.rerun()


def _added_list(tables: data.Tables, access: gate.Access) -> None:
    """The articles added here, newest last, each with a button that takes it out again (after a confirmation)."""
    from pipeline import store  # the store is opened only on this page
    if not store.exists(tables.data_dir):
        return
    added = store.Store(tables.data_dir).added_articles()
    if not added:
        return
    st.markdown("#### Articles added here")
    for a in added:
        n = len(articles.events_of(tables.events, a["file"]))
        c1, c2, c3 = st.columns([6, 2, 2], vertical_alignment="center")
        c1.markdown(f"**{display.esc(a['title'] or a['file'])}** · {display.esc(a['source'] or 'no source')} · "
                    f"{n} event{'s' if n != 1 else ''} · added by {display.esc(a['added_by'] or '?')} "
                    f"<code>{display.esc(a['file'])}</code>", unsafe_allow_html=True)
        sure = c2.checkbox("I am sure", key=f"remove_ok_{a['file']}")
        if c3.button("Remove", key=f"remove_{a['file']}", icon=":material/delete:", disabled=not sure,
                     help="Take the article and its events out of the data (corrections on them become orphaned)"):
            src = data.input_dir(tables.data_dir)
            try:
                articles.remove(a["file"], tables.data_dir, access.user or access.role,
                                lambda: building.build_with_progress(src, tables.data_dir, force=True))
            except (articles.AddError, data.DataError) as exc:
                st.error(f"The article was not removed: {exc}", icon=":material/error:")
                return
            st.session_state["add_result"] = ""
            st.toast(f"Removed {a['file']} and its events.")
            st.rerun()
