"""Merges one real-world event reported by several articles into one row.

Within one article the extractor's article layer has already decided which mentions are one event,
so two events that share a source are never merged here.

Two events are one when they are of the same family (strike, ground, talk), their dates
agree within the coarser precision, their places agree (same place, within 25 km, or one
is a region that holds the other) and their actors do not contradict each other. The
merged event keeps the most exact date and place and lists every source.
"""
from __future__ import annotations

import math
from datetime import date

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
    coarse = max(a.date_precision, b.date_precision, key=lambda p: _ORDER[p])
    gap = abs((a.event_date - b.event_date).days)
    if coarse == "month":
        return _month_contains(a, b)
    if coarse == "year":
        return a.event_date.year == b.event_date.year
    return gap <= _TOLERANCE[coarse]


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
    if set(a.sources) & set(b.sources):
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


def _merge(keep: Event, other: Event, ranks: dict[int, tuple] | None = None) -> Event:
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


def dedupe(events: list[Event], parents: dict[str, str] | None = None, persons: set[str] | None = None) -> list[Event]:
    """One event per real-world event. Events are compared within a sliding window of dates."""
    ordered = sorted(events, key=lambda e: (e.event_date or date.min, _ORDER[e.date_precision], -e.confidence))
    out: list[Event] = []
    ranks = {id(e): evidence_rank(e) for e in events}  # each kept event's rank is that of the report its evidence is from
    for ev in ordered:
        target = None
        window = _WINDOW_YEAR if ev.date_precision == "year" else _WINDOW
        for cand in reversed(out):
            if cand.event_date and ev.event_date and (ev.event_date - cand.event_date).days > window:
                break
            if same_event(cand, ev, parents, persons):
                target = cand
                break
        if target is None:
            out.append(ev)
        else:
            _merge(target, ev, ranks)
    return out
