"""Synthetic extracted events, as the extraction stage hands them to de-duplication, for tests and benchmarks.

Real-world events are drawn first (a type, a day, a place of the gazetteer, a faction and a US-side target);
each is then told by one to four articles, every telling a little different the way outlets differ: a
coarser date (week, month, year, or a date of unknown precision), no date at all, no place, the governorate
or the country instead of the town, a place nearby, an unnamed perpetrator or target, a kindred type, its
own confidence. Articles often tell several events, so events of one article share a source. Places,
actors and their parents come from the knowledge files, so blocks are as many and as full as in a build.
"""
from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

try:
    from pipeline import config, resources, schema
except ImportError:  # run as a script from a checkout that is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from pipeline import config, resources, schema
from pipeline.model import Event

FIRST_DAY = date(2014, 1, 1)
SPAN_DAYS = 12 * 365  # 2014-2025, the years the seed articles and the pipeline benchmark cover
TYPE_WEIGHTS = {"airstrike": 10, "drone_strike": 12, "missile_or_rocket_attack": 22, "shelling": 6,
                "ied_or_bombing": 10, "armed_clash": 5, "assassination": 3, "confrontation_or_blockade": 3,
                "arrest": 3, "threat": 14, "political_action": 8, "other": 4}
KIN = {t: sorted(k - {t})[0] for k in schema.STRIKE_KIN for t in k}
# how often a telling's date is: exact, within a week, a month, a year, of unknown precision, or missing
DATE_TELLING = {"day": 78, "week": 7, "month": 8, "year": 2, "unknown": 2, None: 3}
# how often a telling's place is: the event's own, none, its governorate, the country, or a place nearby
PLACE_TELLING = {"own": 68, "none": 12, "governorate": 8, "country": 4, "nearby": 8}
US_SIDE = ["United States", "Global Coalition"]


def knowledge(kb: resources.Knowledge | None = None) -> tuple[resources.Knowledge, dict[str, str], set[str]]:
    """The knowledge base, and the actor parents and persons as pipeline.run gives them to dedupe."""
    kb = kb or resources.load(str(config.RESOURCES))
    parents = {a.name: a.parent or a.affiliation for a in kb.actors.values() if a.parent or a.affiliation}
    persons = {a.name for a in kb.actors.values() if a.actor_type == "person"}
    return kb, parents, persons


def make_events(n: int, seed: int = 7, span_days: int = SPAN_DAYS,
                kb: resources.Knowledge | None = None) -> list[Event]:
    """About n extracted events (exactly n) from fewer real-world events, over span_days from FIRST_DAY."""
    rng = random.Random(seed)
    kb, _parents, _persons = knowledge(kb)
    places = sorted(kb.places.values(), key=lambda p: p.name)
    sites = [p for p in places if p.feature_type not in ("governorate", "region", "country")]
    governorates = {p.admin1: p for p in places if p.feature_type == "governorate"}
    countries = {p.country: p for p in places if p.feature_type == "country"}
    by_admin1: dict[str, list] = {}
    for p in sites:
        by_admin1.setdefault(p.admin1, []).append(p)
    factions = sorted(a.name for a in kb.actors.values() if a.side == "pmu")
    persons = sorted(a.name for a in kb.actors.values() if a.actor_type == "person")
    types, weights = list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values())
    out: list[Event] = []
    article = 0
    while len(out) < n:
        etype = rng.choices(types, weights)[0]
        day = FIRST_DAY + timedelta(days=rng.randrange(span_days))
        site = rng.choice(sites)
        pmu, us = rng.choice(factions), rng.choice(US_SIDE)
        actor1, actor2 = (us, pmu) if etype in ("airstrike", "drone_strike") else (pmu, us)
        person = rng.choice(persons) if rng.random() < 0.05 else None
        for _ in range(min(n - len(out), 1 + int(rng.expovariate(1.2)))):
            if rng.random() < 0.6:
                article += 1  # else the next telling is in the same article as the last one
            ev = Event(event_type=KIN.get(etype, etype) if rng.random() < 0.1 else etype,
                       evidence=f"telling {len(out)}", file=f"art_{article:07d}.txt",
                       actor1="unknown" if rng.random() < 0.15 else actor1,
                       actor2="unknown" if rng.random() < 0.1 else actor2,
                       confidence=round(rng.uniform(0.45, 0.98), 2), sentence_start=rng.randrange(2000),
                       fatalities=rng.choice([None, None, 0, 1, 2, 5]))
            ev.sources = [ev.file]
            ev.assoc_actors = [a for a in ("Iraqi Security Forces", person) if a and rng.random() < 0.3]
            _tell_date(ev, day, rng)
            _tell_place(ev, site, rng, governorates, countries, by_admin1)
            out.append(ev)
    return out


def _tell_date(ev: Event, day: date, rng: random.Random) -> None:
    precision = rng.choices(list(DATE_TELLING), list(DATE_TELLING.values()))[0]
    if precision is None:
        return
    ev.date_precision = precision
    if precision == "day":
        ev.event_date = day + timedelta(days=rng.choice([0, 0, 0, 1]))  # told the next day
    elif precision == "week":
        ev.event_date = day - timedelta(days=rng.randrange(7))
    elif precision == "month":
        ev.event_date = day.replace(day=1)
    elif precision == "year":
        ev.event_date = day.replace(month=1, day=1)
    else:
        ev.event_date = day
    ev.date_text = ev.event_date.isoformat()


def _tell_place(ev: Event, site, rng: random.Random, governorates: dict, countries: dict, by_admin1: dict) -> None:
    how = rng.choices(list(PLACE_TELLING), list(PLACE_TELLING.values()))[0]
    if how == "none":
        return
    place, geo = site, site.precision
    if how == "governorate" and site.admin1 in governorates:
        place, geo = governorates[site.admin1], 3
    elif how == "country" and site.country in countries:
        place, geo = countries[site.country], 3
    elif how == "nearby":
        place, geo = rng.choice(by_admin1[site.admin1]), 2
    ev.place_at(place, place.name, geo)
