"""Sources: the documents with their extraction status, and an article reader that highlights the
dates, places and actors the pipeline recognised (data/mentions.parquet, else the tables' aliases)."""
from __future__ import annotations

import html
import logging
import re
from pathlib import Path

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
    m = tables.mentions
    if m is None:
        return None
    rows = m[m["file"] == file]
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


def render(tables: data.Tables, article_dir: Path, selected: str) -> str:
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
    st.caption(f"{len(docs):,} documents, {skipped} skipped. Articles are read from {article_dir}.")
    files = docs["file"].tolist()
    if not files:
        return selected
    idx = files.index(selected) if selected in files else 0
    fn = st.selectbox("Read an article", files, index=idx, key="reader_pick",
                      format_func=lambda f: f"{f} — {docs.set_index('file').loc[f, 'title'] if f in set(files) else ''}")
    text = data.article_text(article_dir, fn, tables.data_dir)
    if text is None:
        st.warning(f"{fn} is not in the article folder {article_dir}. Set the folder in the sidebar (Data).")
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
