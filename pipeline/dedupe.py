"""Merges one real-world event reported by several articles into one row.

Within one article the extractor's article layer has already decided which mentions are one event,
so two events that share a source are never merged here.

Two events are one when they are of the same family (strike, ground, talk), their dates
agree within the coarser precision, their places agree (same place, within 25 km, or one
is a region that holds the other) and their actors do not contradict each other. The
merged event keeps the most exact date and place and lists every source.
"""
from __future__ import annotations

import gc
import math
from bisect import bisect_left
from contextlib import contextmanager
from datetime import date
from functools import lru_cache

from pipeline import schema
from pipeline.model import Event

_TOLERANCE = {"day": 1, "week": 7, "month": 31, "year": 366, "unknown": 0}
_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
MERGE_KM = 25.0
# Events are compared with earlier ones no further back than this: a month-dated event sits on the
# 1st, so 40 days covers it; a year-dated one (talk only) looks back a year.
_WINDOW, _WINDOW_YEAR = 40, 366


def family(event_type: str) -> str:
    if event_type in schema.STRIKE_TYPES:
        return "strike"
    if event_type in schema.GROUND_TYPES:
        return "ground"
    if event_type in schema.TALK_TYPES:
        return "talk"
    return "other"


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = a, b
    p = math.pi / 180
    h = math.sin((la2 - la1) * p / 2) ** 2 + math.cos(la1 * p) * math.cos(la2 * p) * math.sin((lo2 - lo1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _dates_agree(a: Event, b: Event) -> bool:
    if a.event_date is None or b.event_date is None:
        return False
    coarse = a.date_precision if _ORDER[a.date_precision] >= _ORDER[b.date_precision] else b.date_precision
    if coarse == "month":
        return _month_contains(a, b)
    if coarse == "year":
        return a.event_date.year == b.event_date.year
    return abs((a.event_date - b.event_date).days) <= _TOLERANCE[coarse]


def _month_contains(a: Event, b: Event) -> bool:
    for x, y in ((a, b), (b, a)):
        if x.date_precision == "month" and (x.event_date.year, x.event_date.month) == (y.event_date.year, y.event_date.month):
            return True
    return False


def _places_agree(a: Event, b: Event) -> bool:
    if not a.location or not b.location:
        return True
    if a.location == b.location:
        return True
    if a.latitude is not None and b.latitude is not None and \
            km((a.latitude, a.longitude), (b.latitude, b.longitude)) <= MERGE_KM:
        return True
    for coarse, fine in ((a, b), (b, a)):
        if coarse.feature_type == "country" and coarse.country == fine.country:
            return True
        if coarse.feature_type in ("governorate", "region") and coarse.admin1 and coarse.admin1 == fine.admin1:
            return True
    return False


def _agree(x: str, y: str, parents: dict[str, str]) -> bool:
    return x == "unknown" or y == "unknown" or x == y or parents.get(x) == y or parents.get(y) == x


def _named(e: Event) -> set[str]:
    return ({e.actor1, e.actor2} | set(e.assoc_actors)) - {"unknown", ""}


def same_event(a: Event, b: Event, parents: dict[str, str] | None = None, persons: set[str] | None = None) -> bool:
    """Whether two extracted events are one real-world event."""
    parents = parents or {}
    if not set(a.sources).isdisjoint(b.sources):
        return False  # the article layer has already told them apart
    fam = family(a.event_type)
    if fam != family(b.event_type) or not _dates_agree(a, b):
        return False
    if not _agree(a.actor1, b.actor1, parents):
        return False
    if a.event_type != b.event_type and not any({a.event_type, b.event_type} <= kin for kin in schema.STRIKE_KIN) \
            and not (a.actor1 != "unknown" and a.actor1 == b.actor1):
        return False  # a rocket attack and an airstrike near Baghdad in one week are two events
    if fam == "talk":
        return a.actor1 == b.actor1 and a.event_type == b.event_type and _places_agree(a, b)
    if a.location and b.location:
        if not _places_agree(a, b):
            return False
        if a.location != b.location and {a.feature_type, b.feature_type} & {"country", "region", "governorate"}:
            # 'Iraq' holds every place: only the same kind of event or the same named party makes it one
            both_targets = "unknown" not in (a.actor2, b.actor2) and _agree(a.actor2, b.actor2, parents)
            return a.event_type == b.event_type or both_targets or bool(_named(a) & _named(b))
        return True
    # one has no place: only the same kind of event, with the same named person, or the same actors
    if a.event_type != b.event_type:
        return False
    shared = _named(a) & _named(b)
    if shared & (persons or set()):
        return True
    return bool(shared) and _agree(a.actor2, b.actor2, parents) or (
        a.actor1 != "unknown" and a.actor1 == b.actor1 and a.actor2 != "unknown" and a.actor2 == b.actor2)


def evidence_rank(e: Event) -> tuple:
    """Lower is better: the sentence of the most precise report states the event best (the place first, then
    the date, then the extraction's confidence). A sentence that only tells of a threat or a statement comes last."""
    return (e.event_type in schema.TALK_TYPES, e.geo_precision if e.location else 9, _ORDER[e.date_precision],
            -e.confidence)


def _merge(keep: Event, other: Event, ranks: dict[int, tuple] | None = None,
           tolls: dict[int, list[int]] | None = None) -> Event:
    if ranks is not None:
        better = ranks.get(id(other), evidence_rank(other)) < ranks.get(id(keep), evidence_rank(keep))
    else:
        better = other.confidence > keep.confidence
    if _ORDER[other.date_precision] < _ORDER[keep.date_precision]:
        keep.event_date, keep.date_precision, keep.date_text = other.event_date, other.date_precision, other.date_text
    if other.location and (not keep.location or other.geo_precision < keep.geo_precision):
        for f in ("location", "location_text", "admin1", "country", "latitude", "longitude", "geo_precision", "feature_type"):
            setattr(keep, f, getattr(other, f))
    if keep.event_type != other.event_type and other.confidence > keep.confidence:
        keep.event_type = other.event_type
    if keep.actor1 == "unknown" and other.actor1 not in (keep.actor1, keep.actor2) and keep.attribution != "denied":
        keep.actor1, keep.attribution = other.actor1, other.attribution
    if keep.actor2 == "unknown" and other.actor2 not in (keep.actor1, keep.actor2):
        keep.actor2 = other.actor2
    keep.disrupted = keep.disrupted or other.disrupted
    if tolls is not None:  # every report's toll, for settle_tolls
        told = tolls.setdefault(id(keep), [keep.fatalities] if keep.fatalities is not None else [])
        told.extend(tolls.pop(id(other), [other.fatalities] if other.fatalities is not None else []))
    for f in ("fatalities", "injuries"):
        if getattr(keep, f) is None:
            setattr(keep, f, getattr(other, f))
    lows = [x for x in (keep.fatalities_low, other.fatalities_low) if x is not None]
    highs = [x for x in (keep.fatalities_high, other.fatalities_high) if x is not None]
    keep.fatalities_low = min(lows) if lows else None
    keep.fatalities_high = max(highs) if highs else None
    if better:
        keep.evidence, keep.file, keep.sentence_start = other.evidence, other.file, other.sentence_start
        if ranks is not None:
            ranks[id(keep)] = ranks.get(id(other), evidence_rank(other))
    keep.confidence = round(min(0.99, max(keep.confidence, other.confidence) + 0.05), 2)
    for s in other.sources:
        if s not in keep.sources:
            keep.sources.append(s)
    for a in other.assoc_actors:
        if a not in keep.assoc_actors and a not in (keep.actor1, keep.actor2):
            keep.assoc_actors.append(a)
    return keep


def settle_tolls(events: list[Event], tolls: dict[int, list[int]]) -> None:
    """An event told by several reports with different tolls takes the median of them as its best figure (the
    higher middle one of an even count): a report that took another event's toll (25 for a strike that killed 10)
    is outvoted, and of two, the higher is kept, since a report that counts only the dead it names (1 of 10) is the
    commoner slip. The order the reports were merged in does not matter. Measured over the 120 sets: the higher of
    two kept two more tolls right than the first report did; the lower lost eleven."""
    for e in events:
        told = sorted(tolls.get(id(e), ()))
        if len(told) > 1:
            e.fatalities = told[len(told) // 2]


def dedupe(events: list[Event], parents: dict[str, str] | None = None, persons: set[str] | None = None) -> list[Event]:
    """One event per real-world event.

    Events are taken in date order and each is merged into the latest earlier kept event that is the
    same event, looking back no further than the first kept event dated more than a window before it
    (40 days, a year for a year-dated event). Instead of walking back through every kept event of the
    window, the kept events are filed in blocks (family, date precision, and a place, grid cell, region
    or named actor) and only the blocks that could hold the same event are read: the result is the one
    the walk gives, in time that grows with the events rather than with the window's density.
    """
    with _collector_paused():
        return _Deduper(parents, persons).run(_canonical(events))


@contextmanager
def _collector_paused():
    """The walk makes millions of small lists, sets and tuples and no reference cycles; left on, the cyclic
    garbage collector would scan every live event again and again (a fifth of the time at 50,000 events)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


# ---- blocking ---------------------------------------------------------------------------------------------

_EARTH_RADIUS_KM = 6371.0  # the sphere km() measures on (12742 = its diameter)
# Side of a grid cell on the unit sphere: two places MERGE_KM apart differ by less than this in x, y and z
# (a chord is shorter than its arc), so they lie in the same or neighbouring cells; 1 % spare for rounding.
_GRID_CELL = 1.01 * MERGE_KM / _EARTH_RADIUS_KM
_COARSE_PLACES = ("country", "governorate", "region")
_NEIGHBOURS = [(dx, dy, dz) for dx in (-1, 0, 1) for dy in (-1, 0, 1) for dz in (-1, 0, 1)]


def _canonical(events: list[Event]) -> list[Event]:
    """The events in the order the merge walks them: by date, precision and confidence, as always, then by
    article and sentence, so that the result does not depend on the order in which articles were read
    (chunks, workers). Events of one sentence that tie keep the order the extractor gave them."""
    return sorted(events, key=_order_key)


def _order_key(e: Event) -> tuple:
    return (e.event_date or date.min, _ORDER[e.date_precision], -e.confidence, e.file, e.sentence_start,
            e.sentence_index)


def _names(e: Event) -> set[str]:
    """The named actors same_event looks for in common when a place is missing. Two events whose actor1
    and actor2 are both '' match on that alone, whatever else they name, so '' stands for that pair."""
    named = _named(e)
    return named | {""} if e.actor1 == "" and e.actor2 == "" else named


# Kept events are filed apart by how exact their date is: a day-dated one agrees with a day-dated event a
# day away at most, week and unknown precision a week at most, month and year precision a whole month or year.
_DATE_CLASSES = (("day",), ("week", "unknown"), ("month", "year"))
_DATE_CLASS = {p: 2 * k for k, ps in enumerate(_DATE_CLASSES) for p in ps}  # its days' index in a block


@lru_cache(maxsize=1 << 16)
@lru_cache(maxsize=65536)  # a few hundred events share each (day, precision); the dict returned is only read
def _date_floors(day: int, precision: str) -> tuple[int, int, int, dict[str, int]]:
    """For an event on ordinal `day` with `precision`: the earliest date a kept event of each class of
    _DATE_CLASSES, and of each precision, can have and still agree on the date (_dates_agree)."""
    d = date.fromordinal(day)
    window = _WINDOW_YEAR if precision == "year" else _WINDOW
    floors = {}
    for other in _ORDER:
        coarse = other if _ORDER[other] > _ORDER[precision] else precision
        if coarse == "month":
            floors[other] = d.replace(day=1).toordinal()
        elif coarse == "year":  # older than the window would stop the walk before it anyway
            floors[other] = max(d.replace(month=1, day=1).toordinal(), day - window)
        else:
            floors[other] = day - _TOLERANCE[coarse]
    day_floor, fine_floor, coarse_floor = (min(floors[p] for p in ps) for ps in _DATE_CLASSES)
    return day_floor, fine_floor, coarse_floor, floors


class _Grid:
    """Cells of the unit sphere, each with its neighbours that hold a place of the input: every place within
    MERGE_KM of a place lies in one of them."""

    def __init__(self, events: list[Event]):
        self._cells: dict[tuple[float, float], tuple[int, int, int]] = {}
        self._occupied = {self.cell(e) for e in events if e.location}
        self._occupied.discard(None)
        self._near: dict[tuple[int, int, int], list[tuple[int, int, int]]] = {}

    def cell(self, e: Event) -> tuple[int, int, int] | None:
        lat, lon = e.latitude, e.longitude
        if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
            return None  # km() cannot put it within MERGE_KM of anything
        got = self._cells.get((lat, lon))
        if got is None:
            p, q = math.radians(lat), math.radians(lon)
            xyz = (math.cos(p) * math.cos(q), math.cos(p) * math.sin(q), math.sin(p))
            got = self._cells[(lat, lon)] = tuple(math.floor(c / _GRID_CELL) for c in xyz)
        return got

    def near(self, cell: tuple[int, int, int]) -> list[tuple[int, int, int]]:
        got = self._near.get(cell)
        if got is None:
            x, y, z = cell
            got = self._near[cell] = [c for dx, dy, dz in _NEIGHBOURS
                                      if (c := (x + dx, y + dy, z + dz)) in self._occupied]
        return got


class _Deduper:
    """The merge walk's state: the kept events in order, their current dates, and the blocks they are filed in.

    A block holds the positions of kept events in the order they were filed, with the date being processed
    when each was filed, apart for each class of _DATE_CLASSES. A kept event is filed again whenever a
    merge changes its date, precision, type, actors or place, so a block may name a position whose event
    has since changed: every candidate is checked with same_event on its current fields, and a block is
    only a way to find it. Many events share a place and actors, so the blocks of each place and of each
    type and actors are looked up once and kept.
    """

    def __init__(self, parents: dict[str, str] | None, persons: set[str] | None):
        self.parents, self.persons = parents, persons
        self.children: dict[str, set[str]] = {}
        for child, parent in (parents or {}).items():
            self.children.setdefault(parent, set()).add(child)
        self.out: list[Event] = []
        self.day: list[int | None] = []  # current date ordinal of each kept event (None: undated)
        self.precision: list[str] = []  # current date precision of each kept event
        self.actor1: list[str] = []  # current actor1 of each kept event
        self.filed_day: list[int] = []  # its date ordinal when it was kept (undated: date.min): never decreases
        self.dated_at_or_before: list[int] = []  # position of the last dated kept event up to here, or -1
        self.filed_as: list[tuple | None] = []  # (precision, date, place, actors) it was last filed with
        # block key -> filing days and positions for each class of _DATE_CLASSES, one after the other
        self.blocks: dict[tuple, list[list[int]]] = {}
        self._place_blocks_cache: dict[tuple, tuple[list, list]] = {}
        self._actor_blocks_cache: dict[tuple, tuple[list, list]] = {}
        self._agreeing_cache: dict[str, frozenset[str] | None] = {}
        self.grid: _Grid | None = None

    def run(self, ordered: list[Event]) -> list[Event]:
        self.grid = _Grid(ordered)
        self.ranks = {id(e): evidence_rank(e) for e in ordered}  # a kept event's rank is that of its quoted report
        self.tolls: dict[int, list[int]] = {}
        for ev in ordered:
            if ev.event_date is None:  # agrees with no date: kept, and never a match
                self._keep(ev, None, None, None)
                continue
            day = ev.event_date.toordinal()
            window = _WINDOW_YEAR if ev.date_precision == "year" else _WINDOW
            place, actors = self._place(ev), self._actors(ev)
            target = self._match(ev, day, place[1] + actors[1], self._last_stop(day - window))
            if target is None:
                self._keep(ev, day, place, actors)
            else:
                self._merge_into(target, ev, day)
        settle_tolls(self.out, self.tolls)
        return self.out

    def _keep(self, ev: Event, day: int | None, place: tuple | None, actors: tuple | None) -> None:
        i = len(self.out)
        self.out.append(ev)
        self.day.append(day)
        self.precision.append(ev.date_precision)
        self.actor1.append(ev.actor1)
        self.filed_day.append(date.min.toordinal() if day is None else day)
        self.dated_at_or_before.append(i if day is not None else (self.dated_at_or_before[-1] if i else -1))
        self.filed_as.append(None)
        if day is not None:
            self._file(i, day, place, actors)

    def _merge_into(self, i: int, ev: Event, day: int) -> None:
        keep = self.out[i]
        _merge(keep, ev, self.ranks, self.tolls)
        self.day[i] = keep.event_date.toordinal()
        self.precision[i] = keep.date_precision
        self.actor1[i] = keep.actor1
        self._file(i, day, self._place(keep), self._actors(keep))

    def _last_stop(self, limit: int) -> int:
        """Position of the latest kept event dated before `limit`: the walk back from the newest kept event
        stops there. Kept events are filed in date order and merges only move dates later, so only those
        kept before `limit` can be dated before it, and the latest of them nearly always still is."""
        k = bisect_left(self.filed_day, limit) - 1
        while k >= 0:
            k = self.dated_at_or_before[k]
            if k < 0 or self.day[k] < limit:
                return k
            k -= 1
        return -1

    def _match(self, ev: Event, day: int, query: list, stop: int) -> int | None:
        """Position of the latest kept event after `stop` that is the same event as ev, or None: the event
        the walk back from the newest kept event would find first."""
        day_floor, fine_floor, coarse_floor, floors = _date_floors(day, ev.date_precision)
        found: set[int] = set()
        for days, at, fine_days, fine_at, coarse_days, coarse_at in query:
            if days and days[-1] >= day_floor:
                found.update(at[bisect_left(days, day_floor):])
            if fine_days and fine_days[-1] >= fine_floor:
                found.update(fine_at[bisect_left(fine_days, fine_floor):])
            if coarse_days and coarse_days[-1] >= coarse_floor:
                found.update(coarse_at[bisect_left(coarse_days, coarse_floor):])
        if not found:
            return None
        kept_day, kept_precision, kept_actor1, out = self.day, self.precision, self.actor1, self.out
        agreeing = self._agreeing(ev.actor1)
        for i in sorted(found, reverse=True):
            if i <= stop:
                break
            if kept_day[i] >= floors[kept_precision[i]] and (agreeing is None or kept_actor1[i] in agreeing) \
                    and same_event(out[i], ev, self.parents, self.persons):
                return i
        return None

    def _agreeing(self, actor1: str) -> frozenset[str] | None:
        """The actor1 values that agree with actor1 (same_event's _agree), or None when all do: the check
        that rules out most candidates of a busy block, done before same_event's fuller one."""
        if actor1 in self._agreeing_cache:
            return self._agreeing_cache[actor1]
        got = None
        if actor1 != "unknown":
            got = frozenset({"unknown"} | set(self._filed_perpetrators(actor1)) | self.children.get(actor1, set()))
        self._agreeing_cache[actor1] = got
        return got

    def _file(self, i: int, day: int, place: tuple, actors: tuple) -> None:
        """File kept event i under its blocks, stamped with the date being processed, unless nothing they
        depend on has changed since it was last filed."""
        e = self.out[i]
        before = self.filed_as[i]
        if before is not None and before[0] == e.date_precision and before[1] == self.day[i] \
                and before[2] is place and before[3] is actors:
            return
        self.filed_as[i] = (e.date_precision, self.day[i], place, actors)
        at = _DATE_CLASS[e.date_precision]
        for block in place[0] + actors[0]:
            block[at].append(day)
            block[at + 1].append(i)

    def _block(self, *key) -> list[list[int]]:
        block = self.blocks.get(key)
        if block is None:
            block = self.blocks[key] = [[], [], [], [], [], []]
        return block

    def _actors(self, e: Event) -> tuple[list, list]:
        """The blocks an event is filed in, and those it looks in, for events with no place: they merge only
        with the same type and a shared named actor (talk: the same actor1)."""
        key = (e.event_type, bool(e.location), e.actor1, e.actor2, tuple(e.assoc_actors))
        got = self._actor_blocks_cache.get(key)
        if got is None:
            fam = family(e.event_type)
            actors = [e.actor1] if fam == "talk" else sorted(_names(e))
            anywhere = [self._block(fam, "any", e.event_type, a) for a in actors]
            placeless = [self._block(fam, "placeless", e.event_type, a) for a in actors]
            got = self._actor_blocks_cache[key] = (anywhere + placeless, anywhere) if not e.location \
                else (anywhere, placeless)
        return got

    def _place(self, e: Event) -> tuple[list, list]:
        """The blocks an event is filed in for its place, and those it looks in for places that agree
        (_places_agree): the place; the grid cells within MERGE_KM; the country and governorate it lies in,
        for events placed only in a country or governorate; its country or governorate, if it is one. A
        country holds many places, so those in it are also filed by perpetrator (actor1 and its parent),
        which must agree (_agree)."""
        key = (e.event_type, e.actor1, e.location, e.latitude, e.longitude, e.admin1, e.country, e.feature_type)
        got = self._place_blocks_cache.get(key)
        if got is None:
            got = self._place_blocks_cache[key] = self._place_blocks(e) if e.location else ([], [])
        return got

    def _place_blocks(self, e: Event) -> tuple[list, list]:
        fam, block = family(e.event_type), self._block
        own = [block(fam, "place", e.location), block(fam, "country", e.country, "*")]
        own += [block(fam, "country", e.country, a) for a in self._filed_perpetrators(e.actor1)]
        query = [block(fam, "place", e.location), block(fam, "coarse country", e.country)]
        cell = self.grid.cell(e)
        if cell is not None:
            own.append(block(fam, "cell", cell))
            query += [block(fam, "cell", c) for c in self.grid.near(cell)]
        if e.admin1:
            own.append(block(fam, "admin1", e.admin1))
            query.append(block(fam, "coarse admin1", e.admin1))
        if e.feature_type == "country":
            own.append(block(fam, "coarse country", e.country))
            query += [block(fam, "country", e.country, a) for a in self._sought_perpetrators(e.actor1)]
        elif e.feature_type in _COARSE_PLACES and e.admin1:
            own.append(block(fam, "coarse admin1", e.admin1))
            query.append(block(fam, "admin1", e.admin1))
        return own, query

    def _filed_perpetrators(self, actor1: str) -> tuple[str, ...]:
        """actor1 and its parent: a kept event is found under each."""
        parents = self.parents or {}
        return (actor1, parents[actor1]) if actor1 in parents else (actor1,)

    def _sought_perpetrators(self, actor1: str) -> tuple[str, ...]:
        """Where kept events whose actor1 agrees with actor1 (_agree) are filed: under actor1 itself (the
        same, or a child of it), its parent, or 'unknown'; '*' (every event) when actor1 is unknown."""
        if actor1 == "unknown":
            return ("*",)
        return ("unknown",) + self._filed_perpetrators(actor1)
