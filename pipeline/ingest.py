"""Reads an input folder into Articles: text, HTML boilerplate removal, manifest metadata.

The only stage that reads files. Every entry of the folder becomes an Article; one that cannot be
read (a folder, a link out of the folder, an unknown extension, an empty, binary or too-large file,
a page nested too deep to parse) gets a 'skipped: <reason>' status, so the rest of the corpus goes on
and the documents table says why. Reading is bounded: at most max_bytes per file, a linear scan
before any HTML is parsed, and manifest.csv read one line at a time.
"""
from __future__ import annotations

import codecs
import csv
import errno
import logging
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterator

from pipeline import wrapping
from pipeline.model import Article
from pipeline.segment import MAX_LINE
from pipeline.text import HEADER_ITEM_SPLIT

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
MAX_BYTES = 5 * 1024 * 1024
MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ["file", "title", "source", "url", "published"]
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # a row is a few hundred bytes: this is some 200,000 articles
MANIFEST_FIELD_LIMIT = 1_000_000  # characters; csv's default (131,072) rejects a long data: URL, a longer field is a broken row
SNIFF_BYTES = 8192  # the head of a file that decides whether it is text or binary
BINARY_CONTROL_SHARE = 0.05  # more control characters than this in the head: a binary file, not text
META_CHARSET_BYTES = 1024  # where a page declares its charset: the HTML standard's prescan reads this far
MAX_HTML_DEPTH = 256  # libxml2's own default limit; news pages nest under 60, and lexbor's work per tag grows with depth

_SUFFIX_LIST = ", ".join(sorted(ARTICLE_SUFFIXES))


class ManifestError(ValueError):
    """manifest.csv cannot be used at all (unreadable, or no 'file' column)."""


class HtmlTooDeep(ValueError):
    """A page nests elements deeper than MAX_HTML_DEPTH: parsing it would take time that grows with depth."""


# --- manifest -------------------------------------------------------------------------------------

@dataclass
class ManifestIssue:
    """A row of manifest.csv that could not be used as written."""
    line: int
    reason: str
    file: str = ""  # the document the row names, when it names one

    def __str__(self) -> str:
        return f"{MANIFEST} line {self.line}: {self.reason}"


@dataclass
class Manifest:
    """The usable rows of manifest.csv, by file name, and what was wrong with the others."""
    rows: dict[str, dict] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # the line each file's row is on
    issues: list[ManifestIssue] = field(default_factory=list)

    def get(self, name: str, default: dict | None = None) -> dict | None:
        return self.rows.get(name, default)

    def __contains__(self, name: str) -> bool:
        return name in self.rows

    def __len__(self) -> int:
        return len(self.rows)


def read_manifest(folder: Path) -> Manifest:
    """manifest.csv line by line: a bad row is an issue naming its line, and the good rows still apply.

    One physical line is one row, so an unclosed quote spoils its own row only instead of swallowing
    the rows after it. Raises ManifestError when the file cannot be used at all."""
    path = Path(folder) / MANIFEST
    if not os.path.lexists(path):
        return Manifest()
    problem = _entry_problem(path, Path(folder).resolve(), check_suffix=False)
    if problem:
        raise ManifestError(f"{MANIFEST}: {problem}")
    try:
        raw = _read_bounded(path, MAX_MANIFEST_BYTES)
    except OSError as exc:
        raise ManifestError(f"{MANIFEST}: cannot read ({exc.strerror or exc})") from exc
    if raw is None:
        raise ManifestError(f"{MANIFEST}: too large (the limit is {MAX_MANIFEST_BYTES // 2**20} MB)")
    if looks_binary(raw):
        raise ManifestError(f"{MANIFEST}: a binary file, not CSV")
    text, _note = decode(raw)
    return _parse_manifest(normalise_newlines(text).split("\n"))


def _parse_manifest(lines: list[str]) -> Manifest:
    csv.field_size_limit(MANIFEST_FIELD_LIMIT)
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]
    if not numbered:
        return Manifest()
    head_line, head = numbered[0]
    try:
        columns = [c.strip().lower() for c in _csv_line(head)]
    except csv.Error as exc:
        raise ManifestError(f"{MANIFEST} line {head_line}: cannot read the header ({exc})") from exc
    if "file" not in columns:
        raise ManifestError(f"{MANIFEST}: the header (line {head_line}) has no 'file' column; "
                            f"it needs {','.join(MANIFEST_COLUMNS)}")
    manifest = Manifest()
    unknown = [c for c in columns if c not in MANIFEST_COLUMNS]
    if unknown:
        manifest.issues.append(ManifestIssue(head_line, f"unknown column(s) {', '.join(map(repr, unknown))} ignored"))
    for n, line in numbered[1:]:
        _add_row(manifest, n, line, columns)
    return manifest


def _csv_line(line: str) -> list[str]:
    return next(csv.reader([line], strict=True))


def _add_row(manifest: Manifest, n: int, line: str, columns: list[str]) -> None:
    """Validate one row and add it, or record why it is left out (or what part of it is)."""
    file_at = columns.index("file")
    try:
        fields = _csv_line(line)
    except csv.Error as exc:
        reason = ("a quote opened in this row is not closed" if "end of data" in str(exc)
                  else f"not valid CSV ({exc})")
        name = line.split(",")[file_at].strip().strip('"') if line.count(",") >= file_at else ""
        manifest.issues.append(ManifestIssue(n, f"{reason}; row ignored", name))
        return
    name = fields[file_at].strip() if len(fields) > file_at else ""
    if len(fields) != len(columns):
        manifest.issues.append(ManifestIssue(
            n, f"{len(fields)} fields where the header has {len(columns)}; row ignored", name))
        return
    if not name:
        manifest.issues.append(ManifestIssue(n, "no file name; row ignored"))
        return
    if name in manifest.rows:
        manifest.issues.append(ManifestIssue(
            n, f"{name} is listed again (first on line {manifest.lines[name]}); this row is ignored", name))
        return
    row = {c: "" for c in MANIFEST_COLUMNS}
    row.update({c: v.strip() for c, v in zip(columns, fields) if c in row})
    if row["published"] and parse_iso(row["published"]) is None:
        manifest.issues.append(ManifestIssue(
            n, f"published {row['published'][:40]!r} is not a date (YYYY-MM-DD); the date is read from the text", name))
        row["published"] = ""
    manifest.rows[name], manifest.lines[name] = row, n


def parse_iso(s: str) -> date | None:
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", s or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# --- the folder -----------------------------------------------------------------------------------

@dataclass
class Entry:
    """One entry of the input folder: its name as shown in the tables, its path, and why it is not read."""
    name: str
    path: Path
    problem: str = ""


def display_name(name: str) -> str:
    """A file name that can be written to the tables: bytes that are not UTF-8 become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def scan_inputs(folder: Path) -> list[Entry]:
    """Every entry of the folder except manifest.csv, by name, each with the reason it is not read (or none)."""
    folder = Path(folder)
    root = folder.resolve()
    with os.scandir(folder) as it:
        names = sorted(e.name for e in it if e.name != MANIFEST)
    return [Entry(display_name(n), folder / n, _entry_problem(folder / n, root)) for n in names]


def list_inputs(folder: Path) -> list[Path]:
    """The articles of the folder that will be read."""
    return [e.path for e in scan_inputs(folder) if not e.problem]


def _entry_problem(path: Path, root: Path, check_suffix: bool = True) -> str:
    """Why this folder entry is not an article to read, or ''. Never follows a link out of the folder."""
    try:
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode):
            try:
                target = path.resolve(strict=True)
            except RuntimeError:
                return "symbolic link loop"
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    return "symbolic link loop"
                if exc.errno == errno.ENOENT:
                    return "dangling symbolic link (its target does not exist)"
                return f"cannot follow symbolic link ({exc.strerror or exc})"
            if not target.is_relative_to(root):
                return "symbolic link to a path outside the input folder, not followed"
            st = target.stat()
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"
    if stat.S_ISDIR(st.st_mode):
        return "a folder, not a file (subfolders are not read)"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a device, pipe or socket)"
    suffix = path.suffix.lower()
    if check_suffix and suffix not in ARTICLE_SUFFIXES:
        kind = f"unknown extension {suffix!r}" if suffix else "no extension"
        return f"{kind}; articles are {_SUFFIX_LIST}"
    return ""


def _read_bounded(path: Path, max_bytes: int) -> bytes | None:
    """The file's bytes, or None if it holds more than max_bytes. Never reads more than max_bytes + 1."""
    with open(path, "rb") as f:
        raw = f.read(max_bytes + 1)
    return None if len(raw) > max_bytes else raw


# --- bytes to text --------------------------------------------------------------------------------

_BOMS = [(codecs.BOM_UTF8, "utf-8", "UTF-8"),
         (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
         (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16")]
_META_CHARSET = re.compile(rb"<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
# labels the HTML standard reads as Windows-1252, and as UTF-8 when no byte-order mark says UTF-16
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252", "latin-1": "cp1252",
                   "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8"}
_NAMES = {"cp1252": "Windows-1252", "utf-8": "UTF-8", "utf_8": "UTF-8", "utf_16": "UTF-16", "utf_16_le": "UTF-16",
          "utf_16_be": "UTF-16", "utf_32": "UTF-32", "utf_32_le": "UTF-32", "utf_32_be": "UTF-32"}


def decode(raw: bytes) -> tuple[str, str]:
    """Return (text, note). The order is the HTML standard's: a byte-order mark, then a <meta charset>,
    then UTF-8, then charset-normalizer's guess; the note says which, when it is not plain UTF-8."""
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            text = raw[len(bom):].decode(codec, errors="replace")
            return text, _notes("" if codec == "utf-8" else f"{name} (byte-order mark)", _replaced(text))
    declared = _meta_charset(raw)
    if declared:
        try:
            text = raw.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration is wrong: detect instead
        else:
            plain = declared == "utf-8" or raw.isascii()
            return text, "" if plain else f"decoded as {_NAMES.get(declared, declared)} (<meta charset>)"
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    codec = detect(raw)
    if codec is None:
        text = raw.decode("cp1252", errors="replace")
        return text, _notes("not UTF-8, decoded as Windows-1252 (encoding not recognised)", _replaced(text))
    text = raw.decode(codec, errors="replace")
    return text, _notes(f"not UTF-8, decoded as {_NAMES.get(codec, codec)}", _replaced(text))


def _notes(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _replaced(text: str) -> str:
    return "some bytes could not be decoded and were replaced" if "\ufffd" in text else ""


def _meta_charset(raw: bytes) -> str:
    """The Python codec a page's <meta charset> (or http-equiv content type) names in its head, or ''."""
    m = _META_CHARSET.search(raw[:META_CHARSET_BYTES])
    if not m:
        return ""
    try:
        codec = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return ""
    return _WHATWG_ALIASES.get(codec, codec)


def detect(raw: bytes) -> str | None:
    """charset-normalizer's best guess, preferring Windows-1252 when it decodes the bytes the same way
    (the usual legacy encoding of English news), or None when nothing fits."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return None
    return "cp1252" if "cp1252" in best.could_be_from_charset else best.encoding


def normalise_newlines(text: str) -> str:
    """CR LF and lone CR become LF: the stages split lines on LF only."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def looks_binary(raw: bytes) -> bool:
    head = raw[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and control / len(head) > BINARY_CONTROL_SHARE


def _binary_text(text: str) -> bool:
    """A decoded text that is mostly control characters was not text (a wrong guess of UTF-16)."""
    head = text[:SNIFF_BYTES]
    return bool(head) and len(_CONTROL_CHARS.findall(head)) / len(head) > BINARY_CONTROL_SHARE


def bytes_to_text(raw: bytes) -> tuple[str | None, str]:
    """(text, note), or (None, reason) for a binary file. UTF-16 and UTF-32 are text, with or without a
    byte-order mark, though half their bytes are zero."""
    if any(raw.startswith(bom) for bom, _c, _n in _BOMS):
        text, note = decode(raw)
    elif looks_binary(raw):
        codec = detect(raw) if b"\x00" in raw[:SNIFF_BYTES] else None
        if not codec or not codec.startswith(("utf_16", "utf_32")):
            return None, "binary file, not text"
        text = raw.decode(codec, errors="replace")
        note = _notes(f"{_NAMES.get(codec, codec)} without a byte-order mark (detected)", _replaced(text))
    else:
        text, note = decode(raw)
    if _binary_text(text):
        return None, "binary file, not text"
    return normalise_newlines(text), note


# --- HTML -----------------------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)|<!--")
_VOID = frozenset("area base basefont bgsound br col embed frame hr img input keygen link meta param source "
                  "track wbr".split())
# the parser closes these itself when the next one opens, or never nests them: they add no depth
_SELF_CLOSING = frozenset("p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp rtc "
                          "a button nobr html head body".split())
# their content is text (or foreign markup with self-closed tags) up to their end tag
_SKIP_TO_END = frozenset("script style textarea title xmp iframe noembed noframes svg math".split())
_END_TAGS: dict[str, re.Pattern] = {}


def nesting_depth(html: str, limit: int = MAX_HTML_DEPTH) -> int:
    """How deep the page's elements nest, read from its tags alone in one pass, stopping once past limit.

    An approximation of the parser's stack of open elements: an end tag closes everything opened
    after its start tag (as the parser does), and tags the parser closes by itself are not counted.
    Linear in the page's length, so it can run before the parser, whose work on a page of N open
    elements grows as N squared."""
    stack: list[str] = []
    open_count: Counter = Counter()
    deepest, pos = 0, 0
    while (m := _TAG.search(html, pos)) is not None:
        pos = m.end()
        if m.group(0) == "<!--":
            end = html.find("-->", pos)
            if end < 0:
                break
            pos = end + 3
            continue
        name = m.group(2).lower()
        if m.group(1):
            if open_count[name]:
                while (top := stack.pop()) != name:
                    open_count[top] -= 1
                open_count[name] -= 1
            continue
        if name == "plaintext":
            break
        if name in _SKIP_TO_END:
            end_tag = _END_TAGS.setdefault(name, re.compile(f"</{name}", re.I)).search(html, pos)
            if end_tag is None:
                break
            pos = end_tag.end()
            continue
        if name in _VOID or name in _SELF_CLOSING:
            continue
        stack.append(name)
        open_count[name] += 1
        if len(stack) > deepest:
            deepest = len(stack)
            if deepest > limit:
                break
    return deepest


_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "figure figcaption", "template")
_WRITTEN_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b|"
                           r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b")
DATE_LINE_MAX = 60  # characters: a page's date stamp is short ('15/03/2020 18.42', 'Updated 5 Jan 2024, 10:02 GMT')
_FURNITURE_CLASS = re.compile(r"related|recommend|popular|most-?read|trending|newsletter|share|social|comment|"
                              r"promo|sidebar|widget|advert|cookie|breadcrumb|subscribe|tags?\b|byline-social|"
                              r"read-?more|more-?stories|outbrain|taboola")
FURNITURE_MAX_SHARE = 0.5  # of the page's text: a block holding more is the article itself, whatever its class
SIBLING_ENTRY_SHARE = 0.25  # of the first <article>'s text: a sibling <article> this long is another entry of the
# page (a statement in an archive, a post of a live page), not a teaser card
# says (a message 'widget' on a channel's web preview, a 'promo' wrapper round the story)
_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre"})


def html_to_text(html: str, max_depth: int = MAX_HTML_DEPTH) -> tuple[str, dict]:
    """Main text of a saved web page, one paragraph per line, and the metadata found in its head.

    Raises HtmlTooDeep, before parsing, for a page nested deeper than max_depth."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    depth = nesting_depth(html, max_depth)
    if depth > max_depth:
        raise HtmlTooDeep(f"HTML nested more than {max_depth} elements deep (a broken or hostile page); not parsed")
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
    meta["date_line"] = ""  # a page header's visible date ('<time>15/03/2020 18.42</time>'), kept for the text
    for node in tree.css("time, [class*=date], [class*=time], [itemprop=datePublished]"):
        stamp = re.sub(r"\s+", " ", node.text(strip=True))
        if len(stamp) <= DATE_LINE_MAX and re.search(r"(?:19|20)\d\d", stamp):
            meta["date_line"] = stamp
            break
    for node in [] if meta["date_line"] else tree.css("header"):
        # 'Wednesday, August 7, 2024 | Kingstown | E-Paper': a masthead's date among its other items
        parts = HEADER_ITEM_SPLIT.split(re.sub(r"\s+", " ", node.text(separator=" | ", strip=True)))
        stamp = next((x.strip() for x in parts if len(x.strip()) <= DATE_LINE_MAX and _WRITTEN_DATE.search(x)), "")
        if stamp:
            meta["date_line"] = stamp
            break
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    page = tree.body or tree.root
    page_chars = len(page.text(separator=" ", strip=True)) if page is not None else 0
    for node in tree.css("[class], [id]"):
        label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
        if _FURNITURE_CLASS.search(label) and \
                len(node.text(separator=" ", strip=True)) <= FURNITURE_MAX_SHARE * page_chars:
            node.decompose()  # 'Related stories', 'Most read', share bars: other articles' headlines
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    lines = []
    for entry in _entries(root):
        lines += _block_lines(entry) or [re.sub(r"[ \t]+", " ", s).strip()
                                         for s in entry.text(separator="\n").splitlines()]
    text = "\n\n".join(line for line in lines if line)
    if meta["date_line"] and meta["date_line"] not in text:
        text = meta["date_line"] + "\n\n" + text  # the page header that held it was dropped as furniture
    if meta["title"] and not text.startswith(meta["title"]):
        text = meta["title"] + "\n\n" + text
    return text, meta


def _entries(root) -> list:
    """The page's main block, and after a first <article> the sibling <article>s long enough to be entries of their
    own: an archive of statements or a live page (teaser cards beside a story are much shorter than it)."""
    if root is None:
        return []
    if root.tag != "article" or root.parent is None:
        return [root]
    size = len(root.text(separator=" ", strip=True))
    return [root] + [node for node in root.parent.css("article") if node.mem_id != root.mem_id
                     and node.parent is not None and node.parent.mem_id == root.parent.mem_id
                     and len(node.text(separator=" ", strip=True)) >= SIBLING_ENTRY_SHARE * size]


# elements that end a line of text that is in no paragraph-like block ('a<br>b', '<div>a</div><div>b</div>')
_LINE_BREAKS = frozenset("br hr div section article main header ul ol dl dt dd table tr td th figure h5 h6 "
                         "address center details summary".split())


def _block_lines(root) -> list[str]:
    """The text of each paragraph-like block (p, h1-h4, li, blockquote, pre) once, in reading order,
    and the text between blocks, broken into lines at <br> and <div>s (an old CMS's paragraphs).

    A block inside a block is a line of its own, and the outer block's text around it makes lines
    before and after it, so no text is repeated: nested blocks cost time in proportion to the page.
    Walks the tree with its own stack, so depth never reaches Python's recursion limit."""
    lines: list[str] = []
    seen: set[str] = set()
    open_blocks: list[list[str]] = [[]]  # text pieces of the root and of each open block, innermost last

    def emit(parts: list[str]) -> None:
        text = re.sub(r"\s+", " ", " ".join(parts)).strip()
        if text and text not in seen:
            seen.add(text)
            lines.append(text)

    def line_break() -> None:
        emit(open_blocks[-1])
        open_blocks[-1] = []

    todo = [(root, False)]
    while todo:
        node, leaving = todo.pop()
        if leaving:
            if node.tag in _BLOCK_TAGS:
                emit(open_blocks.pop())
            else:
                line_break()
            continue
        if node.is_text_node:
            open_blocks[-1].append(node.text_content or "")
            continue
        if not node.is_element_node:
            continue
        if node.tag in _BLOCK_TAGS:
            line_break()
            open_blocks.append([])
            todo.append((node, True))
        elif node.tag in _LINE_BREAKS and node is not root:
            line_break()
            todo.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append((child, False))
            child = child.next
        todo.extend(reversed(children))
    emit(open_blocks[0])
    return lines


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"^[ \t]{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))|\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", re.M)


_MD_NOTE_MARK = re.compile(r"<sup\b[^>]*>.*?</sup>|\[\^[^\]\s]+\](?!:)", re.I | re.S)  # a footnote mark: '<sup>45</sup>', '[^3]'
_MD_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")  # inline HTML, which Markdown allows: the tag goes, its words stay
_MD_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]*-[\s:|-]*\|?\s*$")  # '|---|:---:|'


def markdown_to_text(md: str) -> str:
    """Plain text of a Markdown article: links keep their words, heading and emphasis marks go, and each row
    of a table becomes a line ('| 15 February | Erbil | Rockets struck ... |' -> '15 February, Erbil: Rockets
    struck ...'); a table's header row, the one above its rule, goes."""
    lines = md.split("\n")
    out = []
    for n, line in enumerate(lines):
        row = line.lstrip().startswith("|") and line.rstrip().endswith("|") and line.count("|") >= 3
        if "|" in line and _MD_TABLE_RULE.match(line):
            if out and n and lines[n - 1].lstrip().startswith("|"):
                out.pop()  # the header row: column names, not text
            continue
        if row:
            cells = [c.strip() for c in line.strip().strip("|").split("|") if c.strip()]
            line = (", ".join(cells[:-1]) + ": " + cells[-1]) if len(cells) > 1 else "".join(cells)
        out.append(line)
    text = _MD_TAG.sub(lambda m: " " if m.group(0)[1:3].lower() == "br" else "", _MD_NOTE_MARK.sub("", "\n".join(out)))  # ('... to infrastructure.<sup>45</sup> An armed
    # AC-130 ...': the mark would join two sentences)
    return _MD_MARKS.sub("", _MD_LINK.sub(r"\1", text))


# --- one article, one folder ----------------------------------------------------------------------

def read_article(path: Path, manifest_row: dict | None = None, max_bytes: int = MAX_BYTES) -> Article:
    path = Path(path)
    art = Article(file=display_name(path.name), text="")
    row = manifest_row or {}
    art.title, art.source, art.url = row.get("title", ""), row.get("source", ""), row.get("url", "")
    if row.get("published"):
        art.published = parse_iso(row["published"])
        if art.published:
            art.date_method = "manifest"
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            art.status = "skipped: not a regular file"
            return art
        if st.st_size == 0:
            art.status = "skipped: empty file"
            return art
        raw = _read_bounded(path, max_bytes) if st.st_size <= max_bytes else None
    except OSError as exc:
        art.status = f"skipped: cannot read ({exc.strerror or exc})"
        return art
    if raw is None:
        art.status = f"skipped: too large ({max(st.st_size, max_bytes + 1) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)"
        return art
    text, note = bytes_to_text(raw)
    if text is None:
        art.status = f"skipped: {note}"
        return art
    if path.suffix.lower() in (".html", ".htm") or re.match(r"\s*(<!doctype html|<html)", text[:200], re.I):
        try:
            text, meta = html_to_text(text)
        except HtmlTooDeep as exc:
            art.status = f"skipped: {exc}"
            return art
        art.title = art.title or meta.get("title", "")
        art.url = art.url or meta.get("url", "")
        art.source = art.source or meta.get("source", "")
        if art.published is None and parse_iso(meta.get("published", "")):
            art.published = parse_iso(meta["published"])
            art.date_method = "html_meta"
        note = (note + "; " if note else "") + "HTML page, boilerplate removed"
    else:
        text = wrapping.unwrap(text)  # a hard-wrapped text's lines joined into paragraphs
    if path.suffix.lower() == ".md":
        text = markdown_to_text(text)
    longest = max(map(len, text.split("\n")), default=0)
    if longest > MAX_LINE:
        note = _notes(note, f"a line of {longest:,} characters, read in pieces")
    if not text.strip():
        art.status = "skipped: no text" + (f" ({note})" if note else "")
        return art
    art.text = text
    if note:
        art.status = f"ok: {note}"
    return art


def read_folder(folder: Path, manifest: Manifest | None = None, max_bytes: int = MAX_BYTES,
                entries: list[Entry] | None = None) -> Iterator[Article]:
    """Every entry of the folder as an Article, in name order, then one for each manifest row whose file
    is missing. A manifest issue about a document is added to its status; read_article's own failures
    become a status too, so one file never stops the corpus."""
    manifest = manifest if manifest is not None else Manifest()
    entries = scan_inputs(folder) if entries is None else entries
    for entry in entries:
        if entry.problem:
            art = Article(file=entry.name, text="", status=f"skipped: {entry.problem}")
        else:
            try:
                art = read_article(entry.path, manifest.get(entry.name), max_bytes)
            except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop the corpus
                log.exception("cannot read %s", entry.name)
                art = Article(file=entry.name, text="", status=f"skipped: cannot read ({type(exc).__name__}: {exc})")
        yield with_issues(art, manifest)
    for art in missing_files(manifest, {e.name for e in entries}):
        yield with_issues(art, manifest)


def with_issues(art: Article, manifest: Manifest) -> Article:
    """The article with the manifest issues about it appended to its status."""
    issues = [str(i) for i in manifest.issues if i.file == art.file]
    if issues:
        sep = "; " if ":" in art.status else ": "
        art.status = art.status + sep + "; ".join(issues)
    return art


def document_issues(manifest: Manifest, files: set[str]) -> list[str]:
    """The manifest issues that concern no document of the corpus, for the build summary."""
    return [str(i) for i in manifest.issues if i.file not in files]


def ingest(folder: Path, max_bytes: int = MAX_BYTES) -> list[Article]:
    """Every entry of the folder as an Article, plus a skipped entry for each manifest row whose file is missing."""
    return list(read_folder(folder, read_manifest(folder), max_bytes))


def missing_files(manifest: Manifest | dict, present: set[str]) -> list[Article]:
    """A skipped entry for each manifest row whose file is not in the folder."""
    rows = manifest.rows if isinstance(manifest, Manifest) else manifest
    lines = manifest.lines if isinstance(manifest, Manifest) else {}
    return [Article(file=name, text="", title=row.get("title", ""), source=row.get("source", ""),
                    url=row.get("url", ""),
                    status="skipped: listed in manifest.csv but the file is missing"
                           + (f" (line {lines[name]})" if name in lines else ""))
            for name, row in sorted(rows.items()) if name not in present]
