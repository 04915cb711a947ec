"""Load the pipeline's four tables (Parquet, else CSV), validate them with pipeline.schema and cache
them keyed on the files' mtimes, so the app reloads when the pipeline rewrites them.

The tables are read from the published set (the folder `<data>/current` points to, resolved once per
load, so the files all come from one build) and checked against its build_info.json."""
from __future__ import annotations

import argparse
import gc
import logging
import os
import re
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd
import streamlit as st

from pipeline import chunks, config, schema, tableset

logger = logging.getLogger(__name__)

BUILD_COMMAND = "python -m pipeline build --input seeds --output data"
TEXTS_FILE = "texts.parquet"  # the article texts the pipeline saved beside the tables: all the reader shows
MENTION_COLUMNS = ("file", "start", "end", "label", "text", "canonical")
# The columns the map, timeline, table and filters use; low-cardinality ones become categoricals so that
# filtering and row selection stay fast on large tables. Exports and the card read the full table.
SLIM_COLUMNS = ("event_id", "event_date", "date_precision", "event_type", "actor1", "actor2", "location", "admin1",
                "latitude", "longitude", "geo_precision", "fatalities", "sources", "evidence", "confidence")
CATEGORICAL = ("date_precision", "event_type", "actor1", "actor2", "location", "admin1")


class DataError(RuntimeError):
    """The tables are missing or cannot be read; the message says what to run."""

    def __init__(self, message: str, missing: bool = False):
        super().__init__(message)
        self.missing = missing


@dataclass
class Tables:
    events: pd.DataFrame
    actors: pd.DataFrame
    locations: pd.DataFrame
    documents: pd.DataFrame
    mentions: pd.DataFrame | None
    build_info: dict
    data_dir: Path  # the data folder (PMU_DATA): what the page names, and where a rebuild writes
    as_of: datetime
    parents: dict[str, str] = field(default_factory=dict)
    slim: pd.DataFrame | None = None  # events[SLIM_COLUMNS] with categoricals, same index as events
    derived: dict = field(default_factory=dict, repr=False, compare=False)  # memo of things computed from the tables
    problems: list[str] = field(default_factory=list)  # how the files differ from build_info.json (empty: whole)
    set_dir: Path | None = None  # the folder the files were read from: data_dir's published set (pipeline.tableset)


def data_dir() -> Path:
    """PMU_DATA (read now, so tests can point it at a tmp folder) or config.DATA."""
    env = os.environ.get("PMU_DATA")
    return Path(env) if env else Path(config.DATA)


def configure(argv: list[str]) -> None:
    """`streamlit run dashboard/app.py -- --data DIR --input DIR`: the server's own arguments set PMU_DATA and
    PMU_INPUT for the process (the same for every session). Other arguments are left alone."""
    ap = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    ap.add_argument("--data")
    ap.add_argument("--input")
    known, _ = ap.parse_known_args(argv)
    if known.data:
        os.environ["PMU_DATA"] = str(Path(known.data).expanduser().resolve())
    if known.input:
        os.environ["PMU_INPUT"] = str(Path(known.input).expanduser().resolve())


def read_build_info(folder: Path) -> dict:
    """build_info.json of the published set in folder; {} when absent or unreadable."""
    build = tableset.published(folder)
    try:
        return tableset.read_info(build)
    except (OSError, ValueError) as exc:
        logger.warning("cannot read %s: %s", build / tableset.INFO, exc)
        return {}


def input_dir(folder: Path | None = None) -> Path:
    """The folder the dashboard builds the tables from (first run, Rebuild): configuration only, never
    what a user types: PMU_INPUT, else where the tables were built from (build_info.json), else seeds/."""
    if os.environ.get("PMU_INPUT"):
        return Path(os.environ["PMU_INPUT"])
    info = read_build_info(folder or data_dir())
    if info.get("input_dir"):
        p = Path(info["input_dir"])
        if not p.is_absolute():
            p = Path(config.ROOT) / p
        return p
    return Path(config.SEEDS)


def shown_path(path: Path, folder: Path | None = None) -> str:
    """How a page names a server path: relative to the data folder when inside it, else the last name only,
    so that no page reveals where the server keeps its files."""
    path, folder = Path(path), Path(folder or data_dir())
    try:
        rel = path.resolve().relative_to(folder.resolve())
        return f"{folder.name}/{rel}" if str(rel) != "." else f"{folder.name}/"
    except ValueError:
        return f"{path.name}/" if path.is_dir() or not path.suffix else path.name


def without_paths(message: str, folder: Path) -> str:
    """message (a library's error) with folder's server path cut down to what shown_path shows."""
    for form in {str(Path(folder).resolve()), str(folder)}:
        message = message.replace(form.rstrip("/") + "/", "").replace(form, shown_path(folder, folder))
    return message


def table_path(folder: Path, name: str) -> Path | None:
    for ext in ("parquet", "csv"):
        p = Path(folder) / f"{name}.{ext}"
        if p.exists():
            return p
    return None


def missing_tables(folder: Path) -> list[str]:
    """The tables the published set in folder lacks."""
    build = tableset.published(folder)
    return [t for t in config.TABLE_NAMES if table_path(build, t) is None]


SET_FILES = (*(f"{t}.{ext}" for t in config.TABLE_NAMES for ext in ("parquet", "csv")), "mentions.parquet", "anchors.parquet",
             "texts.parquet", chunks.INDEX, tableset.INFO)


def signature(folder: Path) -> tuple:
    """The published set's folder and (file, mtime_ns, size) of each of its files, read or checked: the cache
    key, which changes when a build switches the set."""
    folder = tableset.published(folder)
    sig: list[tuple] = [(str(folder),)]
    for name in SET_FILES:
        try:
            s = (Path(folder) / name).stat()
        except OSError:
            continue
        sig.append((name, s.st_mtime_ns, s.st_size))
    return tuple(sig)


def _read(path: Path) -> pd.DataFrame:
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])


@st.cache_resource(show_spinner=False, max_entries=3)
def _load_cached(folder: str, sig: tuple, data_folder: str) -> Tables:
    return _load(Path(folder), Path(data_folder))


def _load(folder: Path, data_folder: Path | None = None) -> Tables:
    """The tables of the set in folder (a build folder, or a flat folder of tables); data_folder is the data
    folder it was found in (default: folder itself)."""
    data_folder = Path(data_folder or folder)
    frames, read_from = {}, {}
    for name in config.TABLE_NAMES:
        p = table_path(folder, name)
        if p is None:
            raise DataError(f"The {name} table is missing from {shown_path(folder, data_folder)}.", missing=True)
        read_from[name] = p.name
        try:
            frames[name] = schema.conform(_read(p), name)
        except schema.SchemaError as exc:
            raise DataError(f"{p.name} does not match the declared schema: {exc}") from exc
        except (OSError, ValueError, TypeError, KeyError) as exc:  # pyarrow errors subclass these
            raise DataError(f"{p.name} cannot be read ({type(exc).__name__}: "
                            f"{without_paths(str(exc), data_folder)}).") from exc
    mentions = None
    mp = Path(folder) / "mentions.parquet"
    if mp.exists():
        try:
            m = pd.read_parquet(mp)
            if set(MENTION_COLUMNS) <= set(m.columns):
                mentions = m[list(MENTION_COLUMNS)].copy()
        except (OSError, ValueError) as exc:
            logger.warning("ignoring unreadable %s: %s", mp, exc)
    frames["documents"] = without_bidi(frames["documents"], ("title", "source", "url"))
    ev = frames["events"]
    ev = ev.sort_values("event_date", kind="stable", na_position="last").reset_index(drop=True)
    actors = frames["actors"]
    parents = {a: p for a, p in zip(actors["actor"], actors["parent"]) if isinstance(p, str) and p}
    mtimes = [p.stat().st_mtime for n in config.TABLE_NAMES if (p := table_path(folder, n))]
    slim = ev[list(SLIM_COLUMNS)].astype({c: "category" for c in CATEGORICAL})
    info = read_build_info(folder)
    return Tables(events=ev, slim=slim, actors=actors, locations=frames["locations"], documents=frames["documents"],
                  mentions=mentions, build_info=info, data_dir=data_folder, set_dir=Path(folder),
                  as_of=datetime.fromtimestamp(max(mtimes)), parents=parents,
                  problems=set_problems(folder, info, {read_from[n]: len(f) for n, f in frames.items()}))


# Bidirectional controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM): in a title or an outlet
# they reverse or reorder the text around them on the page ("Trojan Source"), so the page never shows them.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def without_bidi(df: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """df with the bidirectional control characters removed from columns (the metadata the page displays)."""
    df = df.copy()
    for c in columns:
        if c in df.columns:
            df[c] = df[c].astype("string").str.replace(BIDI_CONTROLS, "", regex=True)
    return df


def set_problems(folder: Path, info: dict, rows_read: dict[str, int]) -> list[str]:
    """How the set in folder differs from its build_info.json: the files' listing (pipeline.tableset.verify:
    present, same size, same Parquet row count) and the rows of the tables just read (which covers a CSV
    read in place of a missing Parquet file)."""
    problems = tableset.verify(folder)
    listing = info.get("files") if isinstance(info.get("files"), dict) else {}
    for file, n in rows_read.items():
        meta = listing.get(file)
        want = meta.get("rows") if isinstance(meta, dict) else None
        if want is not None and n != want and not any(p.startswith(f"{file} ") for p in problems):
            problems.append(f"{file} has {n:,} rows, {tableset.INFO} lists {want:,}")
    for p in problems:
        logger.warning("table set in %s: %s", folder, p)
    return problems


@st.cache_resource(show_spinner=False)
def freeze_long_lived() -> bool:
    """Once per process, after the first load: collect, then move every object alive (the imported libraries,
    the cached tables) out of the cyclic garbage collector's view (gc.freeze). Otherwise each full collection
    walks the ~135,000 objects of streamlit, plotly and pandas, which takes 60-70 ms and lands on some rerun."""
    gc.collect()
    gc.freeze()
    return True


def load(folder: Path | None = None) -> Tables:
    """The validated tables of folder's published set (cached until a file changes). Raises DataError."""
    folder = Path(folder or data_dir())
    build = tableset.published(folder)
    missing = missing_tables(build)
    if missing:
        raise DataError(f"No {', '.join(missing)} table(s) in {shown_path(folder)}.", missing=True)
    return _load_cached(str(build), signature(build), str(folder.resolve()))


def build(input_folder: Path, output_folder: Path, progress: Callable[[int, int, str], None] | None = None,
          on_wait: Callable[[], AbstractContextManager] | None = None, force: bool = False) -> bool:
    """Run the pipeline (pipeline.run.build) under output_folder's build lock, unless the tables are there:
    a session that had to wait for another build (or finds the tables complete once it holds the lock)
    loads what that build wrote instead of building again; force (Rebuild) builds unless it waited.
    True when this call built. Raises DataError when the pipeline is not available or fails."""
    try:
        from pipeline import lock
        from pipeline import run as pipeline_run
    except ImportError as exc:
        raise DataError(f"The extraction pipeline is not installed here ({exc}). "
                        f"Build the tables with `{BUILD_COMMAND}`.", missing=True) from exc
    if not Path(input_folder).is_dir():
        raise DataError(f"The article folder {shown_path(input_folder)} does not exist.", missing=True)
    try:
        with lock.build_lock(Path(output_folder), on_wait=on_wait) as waited:
            if not missing_tables(Path(output_folder)) and (waited or not force):
                return False
            pipeline_run.build(Path(input_folder), Path(output_folder), progress=progress)
            return True
    except Exception as exc:  # the pipeline may raise anything; report it (paths only in the log), do not crash
        logger.exception("pipeline build failed")
        raise DataError(f"Building the tables failed ({type(exc).__name__}); the details are in the server log.") from exc


def key_events_path() -> Path:
    return Path(os.environ.get("PMU_KEY_EVENTS", config.KEY_EVENTS))


def signature_of_key_events() -> tuple:
    p = key_events_path()
    return (str(p), p.stat().st_mtime_ns) if p.exists() else (str(p), 0)


def key_events() -> pd.DataFrame:
    """The configurable list of key events (date,label,description), or an empty table."""
    p = key_events_path()
    if not p.exists():
        return pd.DataFrame(columns=["date", "label", "description"])
    return _key_events_cached(str(p), p.stat().st_mtime_ns)


@st.cache_data(show_spinner=False, max_entries=4)
def _key_events_cached(path: str, mtime: int) -> pd.DataFrame:  # no underscore: the cache keys on it
    try:
        df = pd.read_csv(path, dtype=str).fillna("")
        df["date"] = pd.to_datetime(df["date"], errors="coerce")
        return df.dropna(subset=["date"])[["date", "label", "description"]]
    except (OSError, ValueError, KeyError) as exc:
        logger.warning("cannot read key events %s: %s", path, exc)
        return pd.DataFrame(columns=["date", "label", "description"])


def article_text(data_folder: Path, file: str) -> str | None:
    """The text the pipeline saved for the document `file`: from its chunk's part file when the set has an index of
    parts (pipeline.chunks; only that document is read), else from the set's texts table (data/texts.parquet);
    None when neither has it. Only a lookup by name: no file named by a user or a link is opened."""
    build = tableset.published(data_folder)
    if not file:
        return None
    if (build / chunks.INDEX).exists():
        try:
            part = chunks.part_of(build, str(file))
            return None if part is None else chunks.read_text(data_folder, part, str(file))
        except (OSError, ValueError) as exc:  # pyarrow errors subclass these
            logger.warning("cannot read the saved text of %s: %s", file, exc)
            return None
    tp = build / TEXTS_FILE
    if not tp.exists():
        return None
    stat = tp.stat()
    return _saved_texts(str(tp), (stat.st_mtime_ns, stat.st_size)).get(str(file))


def texts_location(tables: Tables) -> Path:
    """Where the set's article texts are: the part files (sets written in chunks), else texts.parquet."""
    build = tables.set_dir or tableset.published(tables.data_dir)
    return tables.data_dir / chunks.PARTS if (build / chunks.INDEX).exists() else tables.data_dir / TEXTS_FILE


def article_mentions(tables: Tables, file: str) -> pd.DataFrame | None:
    """The mentions the pipeline recorded in the document `file` (MENTION_COLUMNS): from its chunk's part file
    (only that document is read), else from the set's mentions table; None when the set records none."""
    build = tables.set_dir or tableset.published(tables.data_dir)
    if (build / chunks.INDEX).exists():
        try:
            part = chunks.part_of(build, str(file))
            return None if part is None else chunks.read_mentions(tables.data_dir, part, str(file))
        except (OSError, ValueError) as exc:
            logger.warning("cannot read the mentions of %s: %s", file, exc)
            return None
    m = tables.mentions
    return None if m is None else m[m["file"] == file]


@st.cache_resource(show_spinner=False, max_entries=2)
def _saved_texts(path: str, version: tuple[int, int]) -> dict[str, str]:  # version (no underscore) keys the cache
    try:
        t = pd.read_parquet(path, columns=["file", "text"])
        return dict(zip(t["file"].astype(str), t["text"].astype(str)))
    except (OSError, ValueError, KeyError) as exc:
        logger.warning("ignoring unreadable %s: %s", path, exc)
        return {}


# Lines of site furniture that scraped articles start with ("Skip to main content", "Menu", …).
FURNITURE_RE = re.compile(
    r"(?:skip(?: to| navigation)\b.*|jump to(?: main)? content|toggle navigation|(?:main )?menu|search|sign in|"
    r"log ?in|subscribe(?: now)?|advertisement|share(?: this(?: article| story)?)?|close)", re.IGNORECASE)


def furniture_end(text: str, keep: Iterable[int] = ()) -> int:
    """Offset where an article's text starts once the site furniture at its top is left out: leading lines
    such as 'Skip to main content' and the blank lines around them. Stops at the first other line, and at a
    line where one of the keep offsets (e.g. a highlighted mention) starts, so offsets into text stay valid."""
    first_kept = min(keep, default=len(text) + 1)
    pos = end = 0
    for line in text.splitlines(keepends=True):
        nxt = pos + len(line)
        if not line.strip():
            if end:
                end = nxt
        elif first_kept < nxt or not FURNITURE_RE.fullmatch(line.strip()):
            break
        else:
            end = nxt
        pos = nxt
    return end


def split_list(value) -> list[str]:
    """'a;b; c' -> ['a', 'b', 'c'] (empty for NA)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return []
    return [x.strip() for x in str(value).split(";") if x.strip()]


DATE_RE = re.compile(
    r"\b(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
