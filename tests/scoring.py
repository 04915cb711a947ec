"""Scores an events table against a hand-made gold table: recall and precision over violent events.

A system event matches a gold row of the same file when the type family agrees (strike or
ground), the date is within the gold row's precision and the place is within 50 km (or the
names agree, or the gold row gives no coordinates and the governorate agrees or no place).
Gold rows with core=no may match but are not counted as misses.
"""
from __future__ import annotations

import csv
import math
import re
from datetime import date, timedelta

from pipeline import schema

STRIKE, GROUND = set(schema.STRIKE_TYPES), set(schema.GROUND_TYPES)
_WINDOW = {"day": 1, "week": 10, "month": 31, "year": 366}


def family(t: str) -> str:
    return "strike" if t in STRIKE else "ground" if t in GROUND else "other"


def _date(s) -> date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(s or ""))
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _float(s) -> float | None:
    try:
        v = float(s)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def _km(a, b) -> float:
    p = math.pi / 180
    h = math.sin((b[0] - a[0]) * p / 2) ** 2 + math.cos(a[0] * p) * math.cos(b[0] * p) * math.sin((b[1] - a[1]) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _simple(s) -> str:
    s = re.sub(r"\b(al|el|ad|as|an|ar)[- ]", "", str(s or "").lower())
    return re.sub(r"[^a-z0-9]", "", s)


def date_ok(gold: dict, got: date | None) -> bool:
    prec, g = gold["date_precision"], _date(gold["event_date"])
    if prec == "unknown" or g is None:
        return True
    if got is None:
        return False
    if prec == "month":
        return (got.year, got.month) == (g.year, g.month) or abs(got - g) <= timedelta(days=20)
    if prec == "year":
        return got.year == g.year
    return abs((got - g).days) <= _WINDOW[prec]


def place_ok(gold: dict, ev: dict) -> bool:
    glat, glon = _float(gold["latitude"]), _float(gold["longitude"])
    slat, slon = _float(ev.get("latitude")), _float(ev.get("longitude"))
    if glat is not None and slat is not None and _km((glat, glon), (slat, slon)) <= 50:
        return True
    gname, sname = _simple(gold["location"]), _simple(ev.get("location"))
    if gname and sname and len(min(gname, sname, key=len)) >= 4 and (gname in sname or sname in gname):
        return True
    if glat is None:
        gov, sgov = _simple(gold.get("governorate")), _simple(ev.get("admin1"))
        if gov and sgov and (gov in sgov or sgov in gov):
            return True
        return not gname
    return False


def load_gold(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def score(events: list[dict], gold: list[dict]) -> dict:
    files = {g["file"] for g in gold}
    violent = [g for g in gold if family(g["event_type"]) != "other"]
    core = [g for g in violent if (g.get("core") or "yes") != "no"]
    sys_ev = [e for e in events if family(e["event_type"]) != "other"
              and set(str(e["sources"]).split(";")) & files]
    # the largest one-to-one assignment (a merged event may match once in each of its sources), core rows
    # first: a greedy pass would let one event take the row another event alone could fill
    order = sorted(violent, key=lambda g: (g.get("core") == "no"))

    def fits(g, i):
        e = sys_ev[i]
        return (g["file"] in str(e["sources"]).split(";") and family(e["event_type"]) == family(g["event_type"])
                and date_ok(g, _date(e.get("event_date"))) and place_ok(g, e))
    adj = [[i for i in range(len(sys_ev)) if fits(g, i)] for g in order]
    owner: dict[tuple[int, str], int] = {}  # (event, file) -> gold index

    def augment(k, seen):
        for i in adj[k]:
            key = (i, order[k]["file"])
            if key not in seen:
                seen.add(key)
                if key not in owner or augment(owner[key], seen):
                    owner[key] = k
                    return True
        return False
    for k in range(len(order)):
        augment(k, set())
    got = set(owner.values())
    used = set(owner)
    matched = sum(1 for k in got if (order[k].get("core") or "yes") != "no")
    missed = [g for k, g in enumerate(order) if k not in got and (g.get("core") or "yes") != "no"]
    recall = matched / len(core) if core else 0.0
    hit_events = {i for i, _ in used}
    precision = len(hit_events) / len(sys_ev) if sys_ev else 0.0
    false_pos = [e for i, e in enumerate(sys_ev) if i not in hit_events]
    return {"gold": len(core), "system": len(sys_ev), "matched": matched, "recall": round(recall, 3),
            "precision": round(precision, 3), "missed": missed, "false_positives": false_pos}
