"""Tokenising and normalising text for dictionary matching, keeping character offsets."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.model import Token

# An acronym with dots (U.S., U.K.) or a run of letters/digits with inner apostrophes (Kata'ib).
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['’ʿ`][^\W_]+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
HEADER_ITEM_SPLIT = re.compile(r"\s+[|·•]\s+")  # between a masthead's items ('Issue 147 · April 2021 · Free')
_APOSTROPHES = re.compile(r"['’ʿ`.]")


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lowercase, strip accents and apostrophes: 'Kata’ib' -> 'kataib'."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", s.lower())


@lru_cache(maxsize=65536)
def _token_facts(raw: str) -> tuple[int, str, bool, bool]:
    """(length kept, norm, upper, title) of one raw token: possessive 's dropped, accents folded."""
    kept = raw
    if len(raw) > 3 and _POSSESSIVE.search(raw):
        kept = _POSSESSIVE.sub("", raw)
    letters = kept.replace(".", "")
    upper = letters.isupper() and (len(letters) > 1 or letters.isalpha())
    return len(kept), fold(kept), upper, kept[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    toks = []
    for m in _TOKEN.finditer(text):
        length, norm, upper, title = _token_facts(m.group(0))
        start = m.start() + offset
        toks.append(Token(norm=norm, start=start, end=start + length, upper=upper, title=title))
    return toks


def norm_phrase(phrase: str) -> tuple[str, ...]:
    """The token key under which a dictionary phrase is stored."""
    return tuple(t.norm for t in tokenize(phrase))


def is_acronym(phrase: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", phrase)
    return phrase.strip() == phrase.strip().upper() and 1 < len(letters) <= 4


_PARTICLES = {"al", "el", "ad", "as", "an", "ar", "at", "az", "ash", "ath", "ibn", "bin", "bani", "abu", "um", "umm", "ain",
              "ayn", "the"}


def _capitalised(toks: list[Token]) -> bool:
    """A proper name: its first word that is not a particle ('al-', 'the') starts with a capital."""
    for t in toks:
        if t.norm in _PARTICLES and not t.title:
            continue
        return t.title
    return toks[0].title


class PhraseIndex:
    """Longest-match lookup of many phrases over a token list, in O(tokens x longest phrase).

    Acronyms (all capitals, at most four letters) match only all-capital tokens, so
    'IS' is not 'is' and 'US' is not 'us'. Phrases marked `proper` must start with a
    capitalised token.
    """

    def __init__(self):
        self._map: dict[tuple[str, ...], tuple[object, bool, bool]] = {}
        self._lengths: dict[str, list[int]] = {}  # first word -> phrase lengths, longest first
        self.max_len = 1

    def add(self, phrase: str, value: object, proper: bool = False, lead: int = 0) -> tuple[str, ...] | None:
        """`lead`: leading words of a proper name that may be written in lower case ('the camp Taji' for 'Camp
        Taji'): the capital is looked for after them."""
        key = norm_phrase(phrase)
        if not key:
            return None
        self._map[key] = (value, is_acronym(phrase), proper, lead)
        self.max_len = max(self.max_len, len(key))
        lengths = self._lengths.setdefault(key[0], [])
        if len(key) not in lengths:
            lengths.append(len(key))
            lengths.sort(reverse=True)
        return key

    def get(self, phrase: str):
        hit = self._map.get(norm_phrase(phrase))
        return hit[0] if hit else None

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return key in self._map

    def find(self, toks: list[Token], proper_ok=None) -> list[tuple[int, int, object]]:
        """Return (first token, last token + 1, value) for each longest non-overlapping match."""
        out = []
        norms = [t.norm for t in toks]
        i, n = 0, len(toks)
        lengths_of = self._lengths
        while i < n:
            hit = None
            for length in lengths_of.get(norms[i], ()):
                j = i + length
                if j > n:
                    continue
                entry = self._map.get(tuple(norms[i:j]))
                if entry is None:
                    continue
                value, acronym, proper, lead = entry
                if acronym and not all(t.upper for t in toks[i:j]):
                    continue
                if proper and not _capitalised(toks[i + lead:j]):
                    continue
                if proper and proper_ok is not None and not proper_ok(i, j):
                    continue
                hit = (i, j, value)
                break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out


class KindIndex:
    """Several phrase lists (one per kind) matched in a single pass over the tokens.

    The result is the same as running a PhraseIndex per kind: for each kind, longest
    non-overlapping matches from left to right.
    """

    def __init__(self):
        self._map: dict[tuple[str, ...], list[tuple[str, object, bool]]] = {}
        self._lengths: dict[str, list[int]] = {}
        self.kinds: set[str] = set()

    def add(self, phrase: str, kind: str, value: object) -> None:
        key = norm_phrase(phrase)
        if not key:
            return
        entries = self._map.setdefault(key, [])
        if any(k == kind for k, _v, _a in entries):
            return
        entries.append((kind, value, is_acronym(phrase)))
        self.kinds.add(kind)
        lengths = self._lengths.setdefault(key[0], [])
        if len(key) not in lengths:
            lengths.append(len(key))
            lengths.sort(reverse=True)

    def find_all(self, toks: list[Token], kinds: set[str] | None = None) -> dict[str, list[tuple[int, int, object]]]:
        wanted = self.kinds if kinds is None else kinds
        out: dict[str, list[tuple[int, int, object]]] = {k: [] for k in wanted}
        free = {k: 0 for k in wanted}  # per kind: the first token a new match may start at
        norms = [t.norm for t in toks]
        n = len(toks)
        for i in range(n):
            lengths = self._lengths.get(norms[i])
            if not lengths:
                continue
            done: set[str] = set()
            for length in lengths:
                j = i + length
                if j > n:
                    continue
                entries = self._map.get(tuple(norms[i:j]))
                if not entries:
                    continue
                for kind, value, acronym in entries:
                    if kind not in wanted or kind in done or i < free[kind]:
                        continue
                    if acronym and not all(t.upper for t in toks[i:j]):
                        continue
                    out[kind].append((i, j, value))
                    free[kind] = j
                    done.add(kind)
        return out
