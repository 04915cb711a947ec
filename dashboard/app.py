"""Streamlit dashboard of the PMU–US confrontation events: `streamlit run dashboard/app.py [-- --data DIR --input DIR]`.
Page config, the access gate, data loading (first run builds the tables), filters from the sidebar and the URL,
then the tabs. It reads only its data folder; nothing on the page names a file or folder to open."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

try:
    from dashboard import data  # noqa: F401  (installed with `pip install -e .`)
except ImportError:  # `streamlit run dashboard/app.py` from a checkout that is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

from dashboard import data, filters, gate, layout, style
from dashboard.views import editor_nav, sidebar_view

logger = logging.getLogger(__name__)

# A local image: an icon given by name (emoji or ':material/…:') makes the browser fetch it from the internet.
PAGE_ICON = Path(__file__).resolve().parent / "assets" / "icon.png"
st.set_page_config(page_title="PMU – US confrontation in Iraq", page_icon=str(PAGE_ICON),
                   layout="wide", initial_sidebar_state="expanded")


def main() -> None:
    f_url, v_url = filters.from_query(st.query_params.to_dict())
    briefing = v_url.briefing
    style.apply(briefing)
    access = gate.require()  # stops here with the sign-in page until the visitor may pass
    editor_nav.remember(access)
    tables = layout.ensure_tables()
    data.freeze_long_lived()
    opts = sidebar_view.options(tables)
    if not st.session_state.get("_init") or st.session_state.pop("_reset", False):
        if st.session_state.get("_init"):  # Reset: defaults, but keep the view
            f_url = filters.Filters()
        sidebar_view.init_state(f_url, v_url, opts)
        st.session_state["_init"] = True
    if briefing:
        layout.briefing_page(tables, f_url, v_url, opts)
    else:
        f, v = sidebar_view.render(opts)
        layout.data_panel(tables, access)
        gate.account(access)
        if not editor_nav.render(tables, access):  # an editor's Add article or Review page, else the dashboard
            layout.main_page(tables, f, v, opts)


data.configure(sys.argv[1:])
try:
    main()
except Exception:  # last line of defence: log the traceback, never show it
    logger.exception("dashboard error")
    st.error("Something went wrong while drawing this page. The details are in the server log. "
             f"If the tables are damaged, rebuild them with `{data.BUILD_COMMAND}`.")
