"""Adding an article from the dashboard: checks, fetching by URL, and the incremental build that extracts it.

The article is kept in the store (pipeline.store, `added_articles`), read by the same ingest as a file of the
article folder, and extracted by the same pipeline (incremental: only it is new). Bad input gets one clear
message and changes nothing stored.
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from pipeline import ingest, run, store

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 2 * 1024 * 1024  # a long news article is under 200 KB of text; a saved page with its markup under 2 MB
FETCH_TIMEOUT_SECONDS = 15.0  # a news site answers within seconds; longer holds the editor's page for nothing
FETCH_MAX_BYTES = MAX_UPLOAD_BYTES  # the same limit as an upload: a fetched page is a saved page
UPLOAD_TYPES = ("txt", "md", "html", "htm")
SLUG_CHARS = 40  # enough of the title to recognise the file in the sources list


class AddError(ValueError):
    """The article cannot be added; the message says why, for the editor."""


@dataclass
class Candidate:
    """An article ready to add: the bytes as a file would hold them, the name's extension, and its metadata."""
    content: bytes
    suffix: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: str = ""
    label: str = ""  # how the editor gave it: the upload's name, 'pasted text', the URL


@dataclass
class Added:
    file: str
    events: pd.DataFrame = field(default_factory=pd.DataFrame)


def fetch_allowed(secrets: Mapping | None = None) -> bool:
    """Fetching by URL is off unless `[articles] allow_fetch = true` in secrets.toml (or PMU_ALLOW_FETCH=1)."""
    if os.environ.get("PMU_ALLOW_FETCH", "").strip() in ("1", "true", "yes"):
        return True
    section = (secrets or {}).get("articles", {}) if secrets is not None else {}
    return bool(section.get("allow_fetch", False)) if hasattr(section, "get") else False


def check_bytes(raw: bytes, name: str, limit: int = MAX_UPLOAD_BYTES) -> None:
    if not raw or not raw.strip():
        raise AddError(f"{name} is empty.")
    if len(raw) > limit:
        raise AddError(f"{name} is too large ({len(raw) / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB).")
    if ingest.looks_binary(raw):
        raise AddError(f"{name} is a binary file, not text: upload a .txt, .md or .html article.")


def from_upload(name: str, raw: bytes) -> Candidate:
    suffix = Path(name).suffix.lower()
    if suffix.lstrip(".") not in UPLOAD_TYPES:
        raise AddError(f"{name}: only .txt, .md and .html files can be added.")
    check_bytes(raw, name)
    return Candidate(raw, suffix, label=name)


def from_paste(text: str, title: str, source: str, url: str, published: date | None) -> Candidate:
    if not (text or "").strip():
        raise AddError("The pasted text is empty.")
    body = text.strip()
    if title.strip() and not body.startswith(title.strip()):
        body = title.strip() + "\n\n" + body  # the title line, as in the article files
    raw = body.encode("utf-8")
    check_bytes(raw, "The pasted text")
    if url.strip() and not url.strip().startswith(("http://", "https://")):
        raise AddError("The URL must start with http:// or https://.")
    return Candidate(raw, ".txt", title=title.strip(), source=source.strip(), url=url.strip(),
                     published=published.isoformat() if published else "", label="pasted text")


def fetch(url: str, timeout: float = FETCH_TIMEOUT_SECONDS, limit: int = FETCH_MAX_BYTES) -> Candidate:
    """The page at url, read with a timeout and a size limit (streamed: a larger page is cut off and refused)."""
    import httpx
    url = (url or "").strip()
    if not url.startswith(("http://", "https://")):
        raise AddError("The URL must start with http:// or https://.")
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": "pmu-events (article import)"}) as r:
            if r.status_code >= 400:
                raise AddError(f"Fetching the page failed: the server answered {r.status_code}.")
            chunks, size = [], 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise AddError(f"The page is too large (over {limit / 1e6:.0f} MB).")
                chunks.append(chunk)
            kind = r.headers.get("content-type", "")
    except httpx.HTTPError as exc:
        raise AddError(f"Fetching the page failed ({type(exc).__name__}).") from exc
    raw = b"".join(chunks)
    check_bytes(raw, "The page")
    suffix = ".txt" if kind.startswith("text/plain") else ".html"
    return Candidate(raw, suffix, url=url, label=url)


def read(c: Candidate, name: str = "article") -> tuple[str, object]:
    """(content hash of the text, the ingested Article), through the same ingest as the article folder."""
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / f"{name}{c.suffix}"
        p.write_bytes(c.content)
        row = {"title": c.title, "source": c.source, "url": c.url, "published": c.published}
        art = ingest.read_article(p, row, MAX_UPLOAD_BYTES)
    if not art.status.startswith("ok"):
        raise AddError(f"{c.label or 'The article'} cannot be read: {art.status.removeprefix('skipped: ')}.")
    return store.sha(art.text), art


def file_name(c: Candidate, title: str, content_hash: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", (title or c.label or "article").lower()).strip("-")[:SLUG_CHARS].strip("-")
    return f"added-{content_hash[:10]}-{slug or 'article'}{c.suffix}"


def add(c: Candidate, data_dir: Path, user: str, rebuild: Callable[[], object]) -> Added:
    """Check c, keep it in the store, run rebuild (the incremental build), and return its events. A duplicate
    (the same text as an article already there) is refused; if the build fails the article is taken out again."""
    content_hash, art = read(c)
    st = store.Store(data_dir)
    dup = st.find_content(content_hash)
    if dup:
        raise AddError(f"This article is already in the data: it has the same text as {dup}.")
    name = file_name(c, c.title or art.title, content_hash)
    if any(a["file"] == name for a in st.added_articles()):
        raise AddError(f"This article was already added as {name}.")
    st.add_article(name, c.content, title=c.title, source=c.source, url=c.url, published=c.published, user=user)
    try:
        rebuild()
    except Exception:
        st.remove_article(name)
        raise
    return Added(name)


def remove(file: str, data_dir: Path, user: str, rebuild: Callable[[], object]) -> None:
    """Take an article added from the dashboard out of the data: out of the store and its copy under <data>/added/,
    then rebuild. Its events go with it; corrections anchored to it are listed as orphaned, not lost. If the
    build fails the article is put back."""
    st = store.Store(data_dir)
    kept = next((a for a in st.added_articles() if a["file"] == file), None)
    if kept is None:
        raise AddError(f"{file} is not an article added from the dashboard; articles in the input folder are "
                       "removed by deleting the file there.")
    st.remove_article(file)
    try:
        rebuild()
    except Exception:
        st.add_article(file, kept["content"], title=kept["title"], source=kept["source"], url=kept["url"],
                       published=kept["published"], user=kept["added_by"])
        raise
    copy = Path(data_dir) / run.ADDED_DIR / file
    copy.unlink(missing_ok=True)
    logger.info("%s removed the added article %s", user or "someone", file)


def events_of(events: pd.DataFrame, file: str) -> pd.DataFrame:
    """The rows that the article is a source of."""
    srcs = events["sources"].fillna("").str.split(";")
    return events[srcs.map(lambda s: file in s)]
