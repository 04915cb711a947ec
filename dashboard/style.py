"""The page's CSS: legend, article highlights, event card codes, and the briefing layout."""
from __future__ import annotations

import logging

import streamlit as st

logger = logging.getLogger(__name__)

BASE = """
<style>
.block-container {padding: 1.6rem 2rem 1rem 2rem; max-width: 100%;}
h1.app-title {font-size: 1.35rem; margin: 0; padding: 0; color: #444; font-weight: 600;}
.headline {font-size: 1.45rem; font-weight: 700; line-height: 1.3; margin: .15rem 0 .3rem 0; color: #1B1F24;}
.directions {font-size: 1.05rem; font-weight: 600; color: #333; margin: 0 0 .2rem 0;}
.muted, .asof {color: #667; font-size: .85rem;}
.legend {font-size: .85rem; line-height: 1.5; margin: .3rem 0;}
.legend.compact {font-size: .8rem; line-height: 1.35; margin: 0 0 .2rem 0;}
.legend .lg-title {font-weight: 600; color: #444; margin-top: .2rem;}
.legend .lg-items {display: flex; flex-wrap: wrap; gap: .15rem .9rem;}
.lg-item {white-space: nowrap; display: inline-flex; align-items: center; gap: .3rem; max-width: 100%;}
.lg-item.lg-long {white-space: normal;}  /* a sentence wraps in a narrow column instead of running off it */
.lg-dot {display: inline-block; width: 11px; height: 11px; border-radius: 50%; vertical-align: middle;}
.lg-hollow {background: transparent; border: 2.2px solid #555; width: 11px; height: 11px; box-sizing: border-box;}
.lg-n {color: #778; font-size: .78rem;}
.article {font-family: Georgia, serif; font-size: .95rem; line-height: 1.55; max-height: 420px; overflow-y: auto;
          padding: .4rem .8rem; background: #FAFAF7; border: 1px solid #E3E3DC; border-radius: 6px;}
.article.reader {max-height: 640px;}
mark.evidence {background: #FFE08A; padding: 0 .1rem; box-shadow: 0 0 0 2px #E69F00;}
mark.hl-actor {background: #F9D3BE;}  /* vermillion tint */
mark.hl-place {background: #C7E3F5;}  /* sky tint */
mark.hl-date {background: #CFEBDD;}   /* green tint */
mark.hl-trigger {background: transparent; border-bottom: 2px solid #D55E00; padding: 0;}
blockquote.evidence-quote {border-left: 4px solid #E69F00; margin: .2rem 0 .6rem 0; padding: .3rem .8rem;
                           background: #FFF8E6; font-size: 1rem;}
.facts-row {display: flex; flex-wrap: wrap; gap: .2rem 1.6rem; font-size: 1rem; margin: .1rem 0 .3rem 0;}
.facts-row b {font-size: 1.15rem;}
.codes {display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: .85rem; color: #333; margin-bottom: .4rem;}
table.facts {font-size: .9rem; border-collapse: collapse;} table.facts th {text-align: left; color: #556;
  font-weight: 600; padding: .15rem .8rem .15rem 0; vertical-align: top; border: none;}
table.facts td {padding: .15rem 0; border: none;}
ul.sources {margin: .2rem 0 .5rem 1rem; font-size: .9rem;}
</style>
"""

BRIEFING = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"] {display: none !important;}
.block-container {padding: .8rem 1.6rem .4rem 1.6rem !important;}
.headline {font-size: 1.6rem;}
.brief-foot {font-size: .8rem; color: #556; line-height: 1.4;}
/* the map fills the slide's height whatever the screen: 16:9 at 1920x1080 or 1366x768 */
[data-testid="stElementContainer"]:has([data-testid="stDeckGlJsonChart"]),
[data-testid="stFullScreenFrame"]:has(> [data-testid="stDeckGlJsonChart"]),
[data-testid="stDeckGlJsonChart"], [data-testid="stDeckGlJsonChart"] > div {height: calc(100vh - 175px) !important;
  flex: 0 0 calc(100vh - 175px) !important;
  min-height: 420px;}
.brief-foot ol {margin: 0 0 0 1.1rem; padding: 0;}
/* slide-clean: no zoom buttons, chart toolbars or full-screen buttons */
[data-testid="stElementToolbar"], .modebar, .modebar-container, [data-testid="stDeckGlJsonChart"] button,
.mapboxgl-ctrl, .maplibregl-ctrl {display: none !important;}
</style>
"""


def apply(briefing: bool = False) -> None:
    st.markdown(BASE + (BRIEFING if briefing else ""), unsafe_allow_html=True)
