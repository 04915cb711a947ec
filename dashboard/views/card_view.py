"""The event card: the evidence sentence highlighted inside its article, the sources with their links,
the date and place precision codes and the extraction's confidence; for editors, the corrections panel."""
from __future__ import annotations

import html
import logging
import re

import pandas as pd
import streamlit as st

from dashboard import data, display, palette

logger = logging.getLogger(__name__)


def find_sentence(text: str, sentence: str) -> tuple[int, int] | None:
    """Span of sentence in text, tolerant of whitespace and quote differences."""
    if not text or not sentence:
        return None
    i = text.find(sentence)
    if i >= 0:
        return i, i + len(sentence)
    words = [re.escape(w) for w in re.findall(r"\w+", sentence)]
    if not words:
        return None
    m = re.search(r"\W+".join(words), text, flags=re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def highlighted_excerpt(text: str, span: tuple[int, int], context: int = 900, top: int = 0) -> str:
    """The paragraphs around span with span marked; nothing before top (where the article proper starts)."""
    a, b = span
    lo = max(0, text.rfind("\n\n", 0, max(0, a - context)) if a > context else 0)
    lo = max(lo, min(top, a))
    hi = text.find("\n\n", min(len(text), b + context))
    hi = len(text) if hi < 0 else hi
    before, mid, after = text[lo:a], text[a:b], text[b:hi]
    body = (("… " if lo > min(top, a) else "") + html.escape(before) + "<mark class='evidence'>" + html.escape(mid)
            + "</mark>" + html.escape(after) + (" …" if hi < len(text) else ""))
    return "<div class='article'>" + body.replace("\n\n", "</p><p>").join(["<p>", "</p>"]) + "</div>"


def evidence_source(tables: data.Tables, files: list[str], sentence: str) -> str:
    """The report the evidence sentence is quoted from (the first whose saved text holds it), else ''."""
    for fn in files:
        text = data.article_text(tables.data_dir, fn)
        if text and find_sentence(text, sentence):
            return fn
    return ""


def _short(v) -> str:
    return "—" if v is None or pd.isna(v) else f"{int(v):,}"


def render(event_id: str, tables: data.Tables, key: str = "card",
           visible_ids: pd.Series | None = None) -> None:
    ev = tables.events
    rows = ev[ev["event_id"] == event_id]
    if rows.empty:
        st.info("The event in the link is not in the current tables.")
        return
    r = rows.iloc[0].to_dict()
    with st.container(border=True, key=f"{key}_box"):
        top = st.columns([3, 1], vertical_alignment="center")
        top[0].markdown(f"#### {palette.type_label(r['event_type'])} · {display.esc(display.fmt_date(r['event_date'], r['date_precision']))}")
        if top[1].button("Close", key=f"{key}_close", icon=":material/close:", type="tertiary",
                         help="Close this event card"):
            st.session_state["event"] = ""
            st.rerun()
        if visible_ids is not None and not bool((visible_ids == event_id).any()):
            st.caption("This event is outside the current filters.")
        st.markdown(f"**{display.esc(display.actors_text(r))}** — {display.esc(display.place_text(r))}")
        files = data.split_list(r["sources"])
        ev_file = evidence_source(tables, files, str(r["evidence"]))
        st.markdown(f"<blockquote class='evidence-quote'>{display.esc(r['evidence'])}</blockquote>",
                    unsafe_allow_html=True)
        gp = int(r["geo_precision"]) if pd.notna(r["geo_precision"]) else None
        tp = int(r["time_precision"]) if pd.notna(r["time_precision"]) else None
        conf = f"{float(r['confidence']):.0%}" if pd.notna(r["confidence"]) else "—"
        rng = ""
        if pd.notna(r["fatalities_low"]) and pd.notna(r["fatalities_high"]) and r["fatalities_low"] != r["fatalities_high"]:
            rng = f" ({int(r['fatalities_low'])}–{int(r['fatalities_high'])})"
        st.markdown(
            "<div class='facts-row'>"
            f"<span title='Deaths stated in the text; — = no number given'>Killed <b>{_short(r['fatalities'])}{rng}</b></span>"
            f"<span title='Injuries stated in the text'>Injured <b>{_short(r['injuries'])}</b></span>"
            f"<span title='0–100 %: how sure the extraction is (trigger strength, actors, date, place)'>"
            f"Confidence <b>{conf}</b></span></div>"
            f"<div class='codes'><span>Date precision <b>{tp}</b>: {display.esc(display.DATE_PRECISION.get(r['date_precision'], r['date_precision']))}"
            f"{' — from “' + display.esc(r['date_text']) + '”' if isinstance(r['date_text'], str) and r['date_text'] else ''}</span>"
            f"<span>Place precision <b>{gp}</b>: {display.esc(display.GEO_PRECISION.get(gp, '?'))}"
            f"{' — “' + display.esc(r['location_text']) + '”' if isinstance(r['location_text'], str) and r['location_text'] else ''}</span>"
            f"<span>ACLED: {display.esc(r['acled_event_type'])} / {display.esc(r['acled_sub_event_type'])}</span>"
            f"<span title='How the text ties the perpetrator to the event: stated, claimed by the group, alleged by "
            f"others, denied by the accused (then named among the associated actors), or unknown'>"
            f"Attribution <b>{display.esc(r.get('attribution') or 'unknown')}</b></span>"
            f"<span>Event id <code>{display.esc(r['event_id'])}</code></span></div>", unsafe_allow_html=True)
        raw_urls = str(r["source_urls"]).split(";") if isinstance(r["source_urls"], str) else []
        docs = tables.documents.set_index("file") if len(tables.documents) else None
        lines = []
        for i, fn in enumerate(files):
            url = raw_urls[i].strip() if i < len(raw_urls) else ""
            title, outlet = fn, ""
            if docs is not None and fn in docs.index:
                d = docs.loc[fn]
                if isinstance(d, pd.DataFrame):
                    d = d.iloc[0]
                title = d["title"] if isinstance(d["title"], str) and d["title"] else fn
                outlet = d["source"] if isinstance(d["source"], str) else ""
                if not url and isinstance(d["url"], str):
                    url = d["url"]
            label = display.esc(title) + (f" — {display.esc(outlet)}" if outlet else "") + f" <code>{display.esc(fn)}</code>"
            lines.append(f"<li><a href='{html.escape(url, quote=True)}' target='_blank' rel='noopener'>{label}</a></li>"
                         if url.startswith(("http://", "https://")) else f"<li>{label} (no URL in the manifest)</li>")
        order = sorted(range(len(files)), key=lambda i: files[i] != ev_file)  # the quoted report first
        first, rest = [lines[i] for i in order[:1]], [lines[i] for i in order[1:]]
        st.markdown("**Quoted from**<ul class='sources'>" + "".join(first) + "</ul>"
                    + (f"**Also reported by** ({len(rest)})<ul class='sources'>" + "".join(rest) + "</ul>" if rest else ""),
                    unsafe_allow_html=True)
        if files:
            shown = ev_file or files[0]
            if len(files) > 1:
                choices = [files[i] for i in order]
                shown = st.selectbox("Show the evidence in", choices, key=f"{key}_doc")
            text = data.article_text(tables.data_dir, shown)
            if text is None:
                st.caption(f"No saved text of {shown} in the data folder's texts table; rebuilding the tables "
                           "saves the texts of the articles they are built from.")
            else:
                span = find_sentence(text, str(r["evidence"]))
                with st.expander("Evidence in the article", expanded=True):
                    top = data.furniture_end(text, [span[0]] if span else [])  # "Skip to main content" and the like
                    if span is None:
                        st.caption("The sentence is not found verbatim in this article; the whole text follows.")
                        st.markdown("<div class='article'>" + html.escape(text[top:top + 6000]) + "</div>",
                                    unsafe_allow_html=True)
                    else:
                        st.markdown(highlighted_excerpt(text, span, top=top), unsafe_allow_html=True)
        from dashboard import corrections as corrections_ui  # here: it imports layout, which imports this module
        corrections_ui.panel(r, tables, key)
