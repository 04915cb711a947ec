"""The evidence search: alias-aware and tolerant of spelling. Both the query and the text are normalised
(lower case, accents and apostrophes dropped, the article 'al-'/'el-' dropped, doubled letters made single),
and a query that names a place of the gazetteer or an actor of actors.csv also finds every alias of it and
the events placed there or done by or to it: 'Ain al-Asad' finds 'Al-Assad air base' and 'Asad airbase'."""
from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
import weakref
from concurrent.futures import Future

import numpy as np
import pandas as pd

from pipeline import config

logger = logging.getLogger(__name__)

_ARTICLE = re.compile(r"\b(?:al|el|ar|as|ad|an|at|az)\s+(?=\w)")  # Arabic article with its sun-letter forms
_DOUBLE = re.compile(r"([a-z])\1+")
_NON_WORD = re.compile(r"[^a-z0-9]+")
PART_OF_NAME = 0.6  # 'ain asad' stands for 'ain asad air base'; 'air' does not
MIN_ALIAS = 3  # shorter aliases ('US', 'IS') match too much inside other words' text to be expanded to
MASK_ENTRIES = 16  # searches remembered (one boolean per event each: 200 KB at 200,000 events)
WARM_ABOVE = 20_000  # events from which the evidence is normalised ahead, in the background; fewer take < 0.1 s


def norm(s: str) -> str:
    """'Ain al-Assad' -> 'ain asad'; 'Kata’ib Hizballah' -> 'kataib hizbalah'."""
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace("'", "").replace("’", "").replace("ʿ", "").replace("`", "")
    s = _ARTICLE.sub("", s.replace("-", " "))
    s = _DOUBLE.sub(r"\1", s)
    return " " + _NON_WORD.sub(" ", s).strip() + " "


def _norm_series(s: pd.Series) -> pd.Series:
    """norm() for a column, once per distinct value."""
    codes, uniq = pd.factorize(s.astype("string").fillna(""), use_na_sentinel=False)
    vals = np.asarray([norm(u) for u in uniq], dtype=object)
    return pd.Series(vals[codes], index=s.index, dtype=object)


@functools.lru_cache(maxsize=1)
def entries() -> list[tuple[str, tuple[str, ...]]]:
    """(canonical name, normalised names and aliases) of every gazetteer place and actor."""
    out = []
    for path in (config.GAZETTEER, config.ACTORS):
        try:
            df = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
        except (OSError, ValueError) as exc:
            logger.warning("search without the aliases of %s: %s", path, exc)
            continue
        for name, aliases in zip(df["name"], df["aliases"]):
            forms = {norm(re.sub(r"\s*\(.*\)$", "", name))} | {norm(a) for a in aliases.split("|") if a.strip()}
            out.append((name, tuple(forms)))
    return out


def expand(query: str) -> tuple[set[str], set[str]]:
    """(names the query stands for, normalised forms to look for in the text)."""
    q = norm(query)
    names, forms = set(), {q}
    for name, fs in entries():
        if any(q == f or (len(q.strip()) >= MIN_ALIAS and q in f and len(q) >= len(f) * PART_OF_NAME) for f in fs):
            names.add(name)
            forms |= {f for f in fs if len(f.strip()) >= MIN_ALIAS}
    return names, forms


def _norm_arrow(values: pd.Series):
    """norm() of a text column: the Unicode steps in Arrow's string kernels (RE2), the last two (doubled letters
    made single, other characters made one space) on the UTF-8 bytes of all the strings at once (_squeeze)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    a = pa.array(values, type=pa.string(), from_pandas=True)  # an Arrow-backed column without a copy through Python
    if isinstance(a, pa.ChunkedArray):
        a = a.combine_chunks()
    a = pc.fill_null(a, "")
    a = pc.replace_substring_regex(pc.utf8_normalize(a, "NFKD"), r"\p{Mn}", "")
    a = pc.replace_substring_regex(pc.utf8_lower(a), "['’ʿ`]", "")
    a = pc.replace_substring(a, "-", " ")
    a = pc.replace_substring_regex(a, r"\b(?:al|el|ar|as|ad|an|at|az)\s+", "")
    return _squeeze(a)


def _squeeze(a):
    """A string array with each run of a repeated letter a-z made one letter and each run of characters other
    than a-z and 0-9 made one space, as _DOUBLE then _NON_WORD do, in one numpy pass over the bytes of all the
    strings (RE2 has no back-references: a regular expression needs a pass per letter, ~3 s for 200,000
    sentences). Exact on UTF-8: every byte of a non-ASCII character is >= 0x80, so neither a letter nor a digit;
    and dropping a repeated letter keeps the run's first, so what sits next to a space does not change."""
    import pyarrow as pa
    n = len(a)
    offs = np.frombuffer(a.buffers()[1], np.int32)[a.offset:a.offset + n + 1].astype(np.int64)
    data = a.buffers()[2]
    b = np.frombuffer(data, np.uint8)[offs[0]:offs[-1]] if data is not None else np.zeros(0, np.uint8)
    offs = offs - offs[0]
    letter = (b >= ord("a")) & (b <= ord("z"))
    other = ~(letter | ((b >= ord("0")) & (b <= ord("9"))))
    drop = np.zeros(len(b), bool)
    drop[1:] = (letter[1:] & (b[1:] == b[:-1])) | (other[1:] & other[:-1])
    first = offs[:-1]
    drop[first[first < len(b)]] = False  # a string's first byte continues no run of the string before it
    kept = np.flatnonzero(~drop)
    out = np.where(other[kept], np.uint8(ord(" ")), b[kept])
    new_offs = np.searchsorted(kept, offs).astype(np.int32)  # bytes kept before each string's start
    return pa.StringArray.from_buffers(n, pa.py_buffer(new_offs), pa.py_buffer(out))


_NORM_CACHE: dict[tuple[int, str], tuple[weakref.ref, Future]] = {}
_NORM_LOCK = threading.Lock()


def _normalised(df: pd.DataFrame, col: str):
    """_norm_arrow(df[col]), remembered per table object (the unfiltered table is the same object each rerun).
    Computed once: a call while another thread computes it (warm) waits for that result."""
    key = (id(df), col)
    with _NORM_LOCK:
        hit = _NORM_CACHE.get(key)
        pending = hit[1] if hit is not None and hit[0]() is df else None
        if pending is None:
            for k in [k for k, (ref, _) in list(_NORM_CACHE.items()) if ref() is None]:
                del _NORM_CACHE[k]
            fut: Future = Future()
            try:
                _NORM_CACHE[key] = (weakref.ref(df), fut)
            except TypeError:
                pass
    if pending is not None:
        try:
            return pending.result()  # waited for outside the lock: the thread computing it may need the lock
        except Exception as exc:  # that computation failed (and left the cache): this search does it itself
            logger.warning("normalising %s failed in another thread (%s); trying again", col, exc)
            return _norm_arrow(df[col])
    try:
        fut.set_result(_norm_arrow(df[col]))
    except BaseException as exc:
        with _NORM_LOCK:
            _NORM_CACHE.pop(key, None)  # a later search tries again
        fut.set_exception(exc)
    return fut.result()


def warm(df: pd.DataFrame) -> None:
    """Start normalising df's evidence in a background thread (once per table object), so that the first search
    does not wait the second or so it takes at 200,000 events; Arrow and numpy release the GIL meanwhile."""
    if "evidence" not in df.columns or len(df) < WARM_ABOVE:
        return
    with _NORM_LOCK:
        hit = _NORM_CACHE.get((id(df), "evidence"))
        if hit is not None and hit[0]() is df:
            return
    threading.Thread(target=_warm, args=(weakref.ref(df),), name="search-warm", daemon=True).start()


def _warm(ref: weakref.ref) -> None:
    df = ref()
    if df is None:
        return
    try:
        _normalised(df, "evidence")
    except Exception:  # the search computes it again, and reports, when it is used
        logger.exception("normalising the evidence for the search failed")


_MASK_CACHE: dict[tuple[int, str], tuple[weakref.ref, np.ndarray]] = {}


def mask(df: pd.DataFrame, query: str) -> pd.Series:
    """Rows whose evidence, place or actors match the query (see the module docstring). Remembered per table
    object and query (the least recently used dropped first): matching 200,000 sentences takes ~0.2 s, and the
    same search stays on while other filters change."""
    key = (id(df), query)
    with _NORM_LOCK:
        hit = _MASK_CACHE.pop(key, None)
        if hit is not None and hit[0]() is df:
            _MASK_CACHE[key] = hit  # most recently used last
            return pd.Series(hit[1], index=df.index)
    found = _match(df, query)
    with _NORM_LOCK:
        for k in [k for k, (ref, _) in list(_MASK_CACHE.items()) if ref() is None]:
            del _MASK_CACHE[k]
        while len(_MASK_CACHE) >= MASK_ENTRIES:
            _MASK_CACHE.pop(next(iter(_MASK_CACHE)))
        try:
            _MASK_CACHE[key] = (weakref.ref(df), found)
        except TypeError:
            pass
    return pd.Series(found, index=df.index)


def _match(df: pd.DataFrame, query: str) -> np.ndarray:
    """mask() computed: a boolean array over df's rows."""
    import pyarrow.compute as pc
    names, forms = expand(query)
    forms = sorted({f.strip() for f in forms if f.strip()}, key=len, reverse=True)
    if not forms:
        return np.ones(len(df), dtype=bool)
    pattern = r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b"
    hit = pc.match_substring_regex(_normalised(df, "evidence"), pattern).to_numpy(zero_copy_only=False).copy()
    for col in ("location", "actor1", "actor2", "admin1"):
        if col not in df.columns:
            continue
        c = df[col]
        if isinstance(c.dtype, pd.CategoricalDtype):  # once per category
            cats = pd.Series(c.cat.categories.astype(str))
            ok = (cats.map(norm).str.contains(pattern, regex=True) | cats.isin(names)).to_numpy(bool)
            codes = c.cat.codes.to_numpy()
            hit |= np.where(codes >= 0, ok[np.maximum(codes, 0)], False)
        else:
            hit |= pc.match_substring_regex(_normalised(df, col), pattern).to_numpy(zero_copy_only=False)
            if names:
                hit |= c.isin(names).to_numpy(bool, na_value=False)
    hit.flags.writeable = False  # shared by the reruns that repeat this search
    return hit
