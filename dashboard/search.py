"""The evidence search: alias-aware and tolerant of spelling. Both the query and the text are normalised
(lower case, accents and apostrophes dropped, the article 'al-'/'el-' dropped, doubled letters made single),
and a query that names a place of the gazetteer or an actor of actors.csv also finds every alias of it and
the events placed there or done by or to it: 'Ain al-Asad' finds 'Al-Assad air base' and 'Asad airbase'."""
from __future__ import annotations

import functools
import logging
import re
import unicodedata
import weakref

import numpy as np
import pandas as pd

from pipeline import config

logger = logging.getLogger(__name__)

_ARTICLE = re.compile(r"\b(?:al|el|ar|as|ad|an|at|az)\s+(?=\w)")  # Arabic article with its sun-letter forms
_DOUBLE = re.compile(r"([a-z])\1+")
_NON_WORD = re.compile(r"[^a-z0-9]+")
PART_OF_NAME = 0.6  # 'ain asad' stands for 'ain asad air base'; 'air' does not
MIN_ALIAS = 3  # shorter aliases ('US', 'IS') match too much inside other words' text to be expanded to


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


_NORM_CACHE: dict[tuple[int, str], tuple[weakref.ref, object]] = {}


def _norm_arrow(values: pd.Series):
    """norm() of a text column in Arrow's string kernels (RE2): about a second for 200,000 sentences, once."""
    import pyarrow as pa
    import pyarrow.compute as pc
    a = pa.array(values.astype(object).where(values.notna(), ""), type=pa.string())
    a = pc.replace_substring_regex(pc.utf8_normalize(a, "NFKD"), r"\p{Mn}", "")
    a = pc.replace_substring_regex(pc.utf8_lower(a), "['’ʿ`]", "")
    a = pc.replace_substring(a, "-", " ")
    a = pc.replace_substring_regex(a, r"\b(?:al|el|ar|as|ad|an|at|az)\s+", "")
    for ch in "abcdefghijklmnopqrstuvwxyz":  # RE2 has no back-references: one pass a letter
        a = pc.replace_substring_regex(a, ch + "{2,}", ch)
    return pc.replace_substring_regex(a, r"[^a-z0-9]+", " ")


def _normalised(df: pd.DataFrame, col: str):
    """_norm_arrow(df[col]), remembered per table object (the unfiltered table is the same object each rerun)."""
    hit = _NORM_CACHE.get((id(df), col))
    if hit is not None and hit[0]() is df:
        return hit[1]
    out = _norm_arrow(df[col])
    for k in [k for k, (ref, _) in list(_NORM_CACHE.items()) if ref() is None]:
        del _NORM_CACHE[k]
    try:
        _NORM_CACHE[(id(df), col)] = (weakref.ref(df), out)
    except TypeError:
        pass
    return out


def mask(df: pd.DataFrame, query: str) -> pd.Series:
    """Rows whose evidence, place or actors match the query (see the module docstring)."""
    import pyarrow.compute as pc
    names, forms = expand(query)
    forms = sorted({f.strip() for f in forms if f.strip()}, key=len, reverse=True)
    if not forms:
        return pd.Series(True, index=df.index)
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
    return pd.Series(hit, index=df.index)
