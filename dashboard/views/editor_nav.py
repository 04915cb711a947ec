"""The editors' pages beside the dashboard: *Add article* and *Review corrections*, chosen in the sidebar."""
from __future__ import annotations

import streamlit as st

from dashboard import corrections, data, gate
from dashboard.views import add_view, review_view

PAGES = {"add": ("Add article", ":material/note_add:"), "review": ("Review corrections", ":material/fact_check:")}


def remember(access: gate.Access) -> None:
    """Keep the session's access where the event card's correction panel finds it."""
    st.session_state[corrections.ACCESS_STATE] = access


def render(tables: data.Tables, access: gate.Access) -> bool:
    """Sidebar buttons for editors; draws the chosen page and returns True, or False for the dashboard."""
    if not access.editor:
        st.session_state["page"] = ""
        return False
    with st.sidebar.container(key="editor_nav"):
        st.caption("Editing")
        for page, (label, icon) in PAGES.items():
            if st.button(label, icon=icon, key=f"nav_{page}", width="stretch"):
                st.session_state["page"] = page
        if st.session_state.get("page") and st.button("Back to the dashboard", icon=":material/arrow_back:",
                                                      key="nav_back", width="stretch"):
            st.session_state["page"] = ""
    page = st.session_state.get("page", "")
    if page == "add":
        add_view.render(tables, access)
    elif page == "review":
        review_view.render(tables, access)
    return page in PAGES
