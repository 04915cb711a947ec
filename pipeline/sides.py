"""Sides and directions: which side of the confrontation each actor is on (the `side` column of
pipeline/resources/actors.csv), front groups rolled up to their parent faction, and the headline's split
of the events by direction (attacks on US forces, US strikes on PMU targets, …).

Everything is decided once per distinct actor name (the tables' actor columns are categoricals), so a
200,000-row table costs a few milliseconds."""
from __future__ import annotations

import functools
import logging
import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from pipeline import config

logger = logging.getLogger(__name__)

UNKNOWN = "unknown"
SIDE_LABELS = {
    "pmu": "PMU & fronts", "us_coalition": "US & coalition", "iraqi_state": "Iraqi state", "iran": "Iran",
    "israel": "Israel", "isis": "Islamic State", "kurdish": "Kurdish forces", "syria": "Syrian state",
    "houthis": "Houthis (Yemen)", "other": "Other actors", UNKNOWN: "Unknown perpetrator",
}
SIDE_ORDER = tuple(SIDE_LABELS)
SIDE_COLORS = {  # Okabe-Ito and Tol, the two sides of the confrontation in the strongest contrast
    "pmu": "#D55E00", "us_coalition": "#0072B2", "iraqi_state": "#999933", "iran": "#E69F00",
    "israel": "#44AA99", "isis": "#882255", "kurdish": "#009E73", "syria": "#CC79A7",
    "houthis": "#AA4499", "other": "#5F6368", UNKNOWN: "#BBBBBB",
}
# The umbrella bodies a faction is not rolled up into: Kataib Hezbollah stays itself, not 'PMU'.
UMBRELLA_TYPES = ("umbrella body",)
ROLLED_TYPES = ("front group", "person")  # the actor types shown under the faction they front for or lead
# When actors.csv does not know a name (tables from elsewhere), a keyword decides; order matters.
_KEYWORD_SIDES = [
    (r"coalition|cjtf|inherent resolve|nato|united states|\bus\b|u\.s\.|american|pentagon", "us_coalition"),
    (r"israel|idf", "israel"),
    (r"islamic state|isis|isil|daesh", "isis"),
    (r"kataib|kata.?ib|hezbollah|hizbollah|asa.?ib|nujaba|badr|hashd|popular mobili|islamic resistance|saraya|"
     r"liwa|harakat", "pmu"),
    (r"iraqi|peshmerga|counter.?terrorism service", "iraqi_state"),
    (r"iran|irgc|revolutionary guard|quds force", "iran"),
]


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(name).lower().replace("'", "").replace("’", "")).strip()


@functools.lru_cache(maxsize=1)
def knowledge() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """From actors.csv: ({name: side}, {alias key: name}, {name: parent}, {name: actor_type})."""
    from pipeline import resources
    try:
        actors, _index, aliases_of = resources.load_actors(config.ACTORS)
    except (OSError, resources.ResourceError) as exc:
        logger.warning("no actor sides (%s): every actor is 'other'", exc)
        return {}, {}, {}, {}
    side = {n: a.side for n, a in actors.items()}
    parent = {n: a.parent or a.affiliation for n, a in actors.items() if a.parent or a.affiliation}
    kind = {n: a.actor_type for n, a in actors.items()}
    alias = {}
    for n, names in aliases_of.items():
        for a in names:
            alias.setdefault(_key(a), n)
    return side, alias, parent, kind


def canonical(name: str) -> str | None:
    """The actors.csv name for name (itself or one of its aliases), or None."""
    side, alias, _p, _k = knowledge()
    if name in side:
        return name
    return alias.get(_key(name))


@functools.lru_cache(maxsize=4096)
def side_of(name: str, table_parent: str = "") -> str:
    """The side of one actor name: actors.csv (by name or alias), then its parent or affiliation in the
    tables, then a keyword; 'unknown' for the unnamed perpetrator."""
    if not name or name == UNKNOWN:
        return UNKNOWN
    side, _a, _p, _k = knowledge()
    for cand in (name, table_parent):
        c = canonical(cand) if cand else None
        if c:
            return side[c]
    low = name.lower()
    for pat, s in _KEYWORD_SIDES:
        if re.search(pat, low):
            return s
    return "other"


def rollup_of(name: str, parents: Mapping[str, str]) -> str:
    """The faction a front group answers to: a front group (or a person) goes up the parent chain (the
    tables' parents, then actors.csv) until an actor that is neither. 'Ashab al-Kahf' -> 'Kataib Hezbollah';
    KH stays KH (its parent, the PMU, is an umbrella); state forces are never rolled up."""
    _s, _a, csv_parent, kind = knowledge()
    seen = {name}
    cur = name
    while kind.get(canonical(cur) or cur) in ROLLED_TYPES:
        up = parents.get(cur) or csv_parent.get(canonical(cur) or cur)
        if not up or up in seen or kind.get(canonical(up) or up) in UMBRELLA_TYPES:
            return cur
        seen.add(up)
        cur = up
    return cur


def _per_category(s: pd.Series, fn) -> pd.Series:
    """fn applied once per distinct value of s (a categorical or strings), spread to every row; NaN -> fn('')."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        cats = [fn(str(c)) for c in s.cat.categories] + [fn("")]
        codes = s.cat.codes.to_numpy()
        arr = np.asarray(cats, dtype=object)[np.where(codes < 0, len(cats) - 1, codes)]
        return pd.Series(arr, index=s.index, dtype=object)
    codes, uniq = pd.factorize(s, use_na_sentinel=True)
    vals = np.asarray([fn(str(u)) for u in uniq] + [fn("")], dtype=object)
    return pd.Series(vals[np.where(codes < 0, len(uniq), codes)], index=s.index, dtype=object)


def sides(s: pd.Series, parents: Mapping[str, str] | None = None) -> pd.Series:
    """Side per row of an actor column."""
    parents = parents or {}
    return _per_category(s, lambda n: side_of(n, parents.get(n, "")))


def rolled(s: pd.Series, parents: Mapping[str, str] | None = None) -> pd.Series:
    """Rolled-up faction per row of an actor column ('unknown' for none)."""
    parents = parents or {}
    return _per_category(s, lambda n: rollup_of(n, parents) if n and n != UNKNOWN else UNKNOWN)


@functools.lru_cache(maxsize=1)
def fronts() -> dict[str, int]:
    """fronts_of actors.csv alone, computed once (the legend asks for every key on every rerun)."""
    return fronts_of({})


def fronts_of(parents: Mapping[str, str]) -> dict[str, int]:
    """{faction: how many front groups roll up into it} (for 'Kataib Hezbollah incl. fronts')."""
    _s, _a, csv_parent, kind = knowledge()
    out: dict[str, int] = {}
    for name in set(parents) | set(csv_parent):
        if kind.get(canonical(name) or name) != "front group":
            continue
        top = rollup_of(name, parents)
        if top != name:
            out[top] = out.get(top, 0) + 1
    return out


# ---------------------------------------------------------------- directions
DIRECTIONS = (  # (key, label, actor1 side or None for any, actor2 side or None for any)
    ("on_us", "attacks on US forces", None, "us_coalition"),
    ("us_on_pmu", "US strikes on PMU targets", "us_coalition", "pmu"),
    ("unknown_on_pmu", "strikes on PMU targets by an unnamed perpetrator", UNKNOWN, "pmu"),
)
OTHER_DIRECTION = "other events"


def direction_counts(events: pd.DataFrame, parents: Mapping[str, str] | None = None) -> list[tuple[str, int, int]]:
    """[(label, events, killed)] per direction with events, the rest last as 'other events'."""
    if events.empty:
        return []
    s1 = sides(events["actor1"], parents).to_numpy()
    s2 = sides(events["actor2"], parents).to_numpy()
    killed = events["fatalities"].to_numpy(float, na_value=0)
    left = np.ones(len(events), dtype=bool)
    out = []
    for _key_, label, a, b in DIRECTIONS:
        m = left.copy()
        if a is not None:
            m &= s1 == a
        if b is not None:
            m &= s2 == b
        left &= ~m
        if m.any():
            out.append((label, int(m.sum()), int(killed[m].sum())))
    if left.any():
        out.append((OTHER_DIRECTION, int(left.sum()), int(killed[left].sum())))
    return out


def direction_text(events: pd.DataFrame, parents: Mapping[str, str] | None = None) -> str:
    """'24 attacks on US forces (3 killed) · 9 US strikes on PMU targets (31 killed) · 4 other events (0 killed)'."""
    return " · ".join(f"{n:,} {label} ({k:,} killed)" for label, n, k in direction_counts(events, parents))
