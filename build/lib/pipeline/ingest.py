"""Reads an input folder into Articles: text, HTML boilerplate removal, manifest metadata.

The only stage that reads files. A file that cannot be read becomes an Article with a
'skipped: <reason>' status, so the rest of the corpus goes on.
"""
from __future__ import annotations

import csv
import logging
import re
from datetime import date
from pathlib import Path

from pipeline.model import Article

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
MAX_BYTES = 5 * 1024 * 1024
MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ["file", "title", "source", "url", "published"]


class ManifestError(ValueError):
    """manifest.csv is unreadable or lacks its columns."""


def list_inputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def read_manifest(folder: Path) -> dict[str, dict]:
    path = folder / MANIFEST
    if not path.exists():
        return {}
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            if "file" not in (reader.fieldnames or []):
                raise ManifestError(f"{path}: needs the columns {','.join(MANIFEST_COLUMNS)}")
            rows = {}
            for r in reader:
                name = (r.get("file") or "").strip()
                if name:
                    rows[name] = {k: (r.get(k) or "").strip() for k in MANIFEST_COLUMNS}
            return rows
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ManifestError(f"{path}: cannot read ({exc})") from exc


def parse_iso(s: str) -> date | None:
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", s or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def decode(raw: bytes) -> tuple[str, str]:
    """Return (text, note). Non-UTF-8 text is decoded as Windows-1252 and says so."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "not UTF-8, decoded as Windows-1252"


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


def looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if b"\x00" in head:
        return True
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and control / len(head) > 0.05


_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "figure figcaption", "template")
_FURNITURE_CLASS = re.compile(r"related|recommend|popular|most-?read|trending|newsletter|share|social|comment|"
                              r"promo|sidebar|widget|advert|cookie|breadcrumb|subscribe|tags?\b|byline-social|"
                              r"read-?more|more-?stories|outbrain|taboola")


def html_to_text(html: str) -> tuple[str, dict]:
    """Main text of a saved web page, one paragraph per line, and the metadata found in its head."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    meta = {}

    def first_attr(selectors, attr):
        for sel in selectors:
            node = tree.css_first(sel)
            if node is not None and node.attributes.get(attr):
                return node.attributes[attr].strip()
        return ""

    meta["title"] = first_attr(['meta[property="og:title"]', 'meta[name="twitter:title"]'], "content")
    if not meta["title"]:
        t = tree.css_first("title") or tree.css_first("h1")
        meta["title"] = t.text(strip=True) if t is not None else ""
    meta["published"] = first_attr(['meta[property="article:published_time"]', 'meta[name="date"]',
                                    'meta[name="pubdate"]', 'meta[itemprop="datePublished"]',
                                    "time[datetime]"], "content") or first_attr(["time[datetime]"], "datetime")
    meta["url"] = first_attr(['link[rel="canonical"]'], "href") or first_attr(['meta[property="og:url"]'], "content")
    meta["source"] = first_attr(['meta[property="og:site_name"]'], "content")
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for node in tree.css("[class], [id]"):
        label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
        if _FURNITURE_CLASS.search(label):
            node.decompose()  # 'Related stories', 'Most read', share bars: other articles' headlines
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    lines = []
    if root is not None:
        blocks = root.css("p, h1, h2, h3, h4, li, blockquote, pre")
        if blocks:
            seen = set()
            for node in blocks:
                text = re.sub(r"\s+", " ", node.text(separator=" ")).strip()
                if text and text not in seen:
                    seen.add(text)
                    lines.append(text)
        else:
            lines = [re.sub(r"[ \t]+", " ", s).strip() for s in root.text(separator="\n").splitlines()]
    text = "\n\n".join(line for line in lines if line)
    if meta["title"] and not text.startswith(meta["title"]):
        text = meta["title"] + "\n\n" + text
    return text, meta


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))|\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", re.M)


def markdown_to_text(md: str) -> str:
    """Plain text of a Markdown article: links keep their words, heading and emphasis marks go."""
    return _MD_MARKS.sub("", _MD_LINK.sub(r"\1", md))


def read_article(path: Path, manifest_row: dict | None = None, max_bytes: int = MAX_BYTES) -> Article:
    art = Article(file=path.name, text="")
    row = manifest_row or {}
    art.title, art.source, art.url = row.get("title", ""), row.get("source", ""), row.get("url", "")
    if row.get("published"):
        art.published = parse_iso(row["published"])
        if art.published:
            art.date_method = "manifest"
    try:
        size = path.stat().st_size
        if size == 0:
            art.status = "skipped: empty file"
            return art
        if size > max_bytes:
            art.status = f"skipped: too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)"
            return art
        raw = path.read_bytes()
    except OSError as exc:
        art.status = f"skipped: cannot read ({exc.strerror or exc})"
        return art
    if looks_binary(raw):
        art.status = "skipped: binary file, not text"
        return art
    text, note = decode(raw)
    if path.suffix.lower() in (".html", ".htm") or re.match(r"\s*(<!doctype html|<html)", text[:200], re.I):
        text, meta = html_to_text(text)
        art.title = art.title or meta.get("title", "")
        art.url = art.url or meta.get("url", "")
        art.source = art.source or meta.get("source", "")
        if art.published is None and parse_iso(meta.get("published", "")):
            art.published = parse_iso(meta["published"])
            art.date_method = "html_meta"
        note = (note + "; " if note else "") + "HTML page, boilerplate removed"
    if path.suffix.lower() == ".md":
        text = markdown_to_text(text)
    if not text.strip():
        art.status = "skipped: no text" + (f" ({note})" if note else "")
        return art
    art.text = text
    if note:
        art.status = f"ok: {note}"
    return art


def ingest(folder: Path, max_bytes: int = MAX_BYTES) -> list[Article]:
    """Every article in the folder, plus a skipped entry for each manifest row whose file is missing."""
    manifest = read_manifest(folder)
    paths = list_inputs(folder)
    articles = [read_article(p, manifest.get(p.name), max_bytes) for p in paths]
    return articles + missing_files(manifest, {p.name for p in paths})


def missing_files(manifest: dict[str, dict], present: set[str]) -> list[Article]:
    """A skipped entry for each manifest row whose file is not in the folder."""
    return [Article(file=name, text="", title=row.get("title", ""), source=row.get("source", ""),
                    url=row.get("url", ""), status="skipped: listed in manifest.csv but the file is missing")
            for name, row in sorted(manifest.items()) if name not in present]
