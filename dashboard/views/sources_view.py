"""Sources: the documents with their extraction status, and an article reader that highlights the
dates, places and actors the pipeline recognised (read per document, else the tables' aliases)."""
from __future__ import annotations

import html
import logging
import re

import pandas as pd
import streamlit as st

from dashboard import data

logger = logging.getLogger(__name__)

KINDS = ("actor", "place", "date", "trigger")


def _kind(label: str) -> str:
    l = str(label).lower()
    if "trigger" in l or "event" in l:
        return "trigger"
    if any(k in l for k in ("date", "time")):
        return "date"
    if any(k in l for k in ("loc", "gpe", "place", "fac")):
        return "place"
    return "actor"


def alias_spans(text: str, tables: data.Tables) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, canonical) from the actor and place aliases plus a date regex."""
    spans: list[tuple[int, int, str, str]] = []
    for kind, df, col in (("actor", tables.actors, "actor"), ("place", tables.locations, "location")):
        names: dict[str, str] = {}
        for canon, aliases in zip(df[col], df["aliases_seen"]):
            for n in [canon, *data.split_list(aliases)]:
                if isinstance(n, str) and len(n) >= 3:
                    names.setdefault(n, canon)
        if not names:
            continue
        pat = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")
        spans += [(m.start(), m.end(), kind, names.get(m.group(1), m.group(1))) for m in pat.finditer(text)]
    spans += [(m.start(), m.end(), "date", m.group(0)) for m in data.DATE_RE.finditer(text)]
    return spans


def mention_spans(file: str, tables: data.Tables) -> list[tuple[int, int, str, str]] | None:
    rows = data.article_mentions(tables, file)
    if rows is None:
        return None
    return [(int(r.start), int(r.end), _kind(r.label), str(r.canonical)) for r in rows.itertuples()]


def without_furniture(text: str, spans: list[tuple[int, int, str, str]]) -> tuple[str, list[tuple[int, int, str, str]]]:
    """The text without the site furniture at its top ("Skip to main content"…), spans shifted to match;
    lines that carry a mention are never left out."""
    cut = data.furniture_end(text, (s[0] for s in spans))
    if not cut:
        return text, spans
    return text[cut:], [(a - cut, b - cut, kind, canon) for a, b, kind, canon in spans if a >= cut]


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    spans = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))
    out, pos = [], 0
    for a, b, kind, canon in spans:
        if a < pos or b > len(text) or a >= b:
            continue
        out.append(html.escape(text[pos:a]))
        out.append(f"<mark class='hl-{kind}' title='{html.escape(kind + ': ' + canon, quote=True)}'>{html.escape(text[a:b])}</mark>")
        pos = b
    out.append(html.escape(text[pos:]))
    body = "".join(out)
    return "<div class='article reader'><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></div>"


def render(tables: data.Tables, selected: str) -> str:
    """The documents table and the reader. selected (the link's doc=…) is only ever compared with the
    documents' names; the text shown comes from the saved texts table, never from a file it names."""
    docs = tables.documents
    st.dataframe(docs, hide_index=True, height=260, placeholder="—", column_config={
        "file": st.column_config.TextColumn("File"),
        "title": st.column_config.TextColumn("Title", width="large"),
        "url": st.column_config.LinkColumn("URL", display_text="open"),
        "published": st.column_config.DateColumn("Published", format="D MMM YYYY"),
        "status": st.column_config.TextColumn("Extraction status"),
        "events_extracted": st.column_config.NumberColumn("Events"),
        "source": st.column_config.TextColumn("Outlet"),
        "date_method": st.column_config.TextColumn("Date from", help="How the publication date was found"),
        "words": st.column_config.NumberColumn("Words"),
    })
    skipped = int((~docs["status"].fillna("").str.startswith("ok")).sum())
    st.caption(f"{len(docs):,} documents, {skipped} skipped. The reader shows the texts the pipeline saved "
               f"in {data.shown_path(data.texts_location(tables), tables.data_dir)}.")
    files = docs["file"].tolist()
    if not files:
        return selected
    unknown = bool(selected) and selected not in files
    if unknown:
        st.warning("The link asks for an article that is not in the documents table, so nothing is shown. "
                   "Choose an article from the list.", icon=":material/link_off:")
    titles = dict(zip(docs["file"], docs["title"].fillna("")))
    fn = st.selectbox("Read an article", files, index=None if unknown else files.index(selected) if selected else 0,
                      key="reader_pick", placeholder="Choose an article",
                      format_func=lambda f: f"{f} — {titles.get(f, '')}")
    if fn is None:
        return ""
    text = data.article_text(tables.data_dir, fn)
    if text is None:
        st.warning(f"No saved text of {fn} in the texts table of this data folder. Rebuilding the tables saves "
                   "the texts of the articles they are built from.", icon=":material/description:")
        return fn
    spans = mention_spans(fn, tables)
    how = "the pipeline's recorded mentions"
    if spans is None:
        spans = alias_spans(text, tables)
        how = "the actor and place names in the tables and a date pattern"
    text, spans = without_furniture(text, spans)
    counts = pd.Series([s[2] for s in spans]).value_counts() if spans else pd.Series(dtype=int)
    st.markdown(
        "<div class='legend compact'><span class='lg-item'><mark class='hl-actor'>actor</mark> "
        f"{int(counts.get('actor', 0))}</span><span class='lg-item'><mark class='hl-place'>place</mark> "
        f"{int(counts.get('place', 0))}</span><span class='lg-item'><mark class='hl-date'>date</mark> "
        f"{int(counts.get('date', 0))}</span>"
        + (f"<span class='lg-item'><mark class='hl-trigger'>event word</mark> {int(counts.get('trigger', 0))}</span>"
           if counts.get("trigger", 0) else "") + "</div>", unsafe_allow_html=True)
    st.caption(f"Highlights from {how}.")
    st.markdown(highlight(text, spans), unsafe_allow_html=True)
    return fn
