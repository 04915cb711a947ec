"""Blocked de-duplication (pipeline.dedupe.dedupe) against the walk it replaces (tests/dedupe_reference.py).

The blocked version must give exactly the walk's result: the same kept events, with the same field values,
in the same order. The walk is given its input in the blocked version's canonical order, which breaks ties
of date, precision and confidence by article and sentence; the blocked version must give that result
whatever the order of its own input, as long as the events of one sentence keep the extractor's order.
"""
from __future__ import annotations

import copy
import random
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.synth_events import knowledge, make_events
from pipeline import config, dedupe as dedupe_mod, schema
from pipeline.dedupe import _canonical, dedupe
from pipeline.model import Event
from pipeline.run import build
from tests import dedupe_reference as reference_mod
from tests.dedupe_reference import dedupe_reference


@pytest.fixture(scope="module")
def kin(kb):
    """The knowledge base with the actor parents and persons that pipeline.run passes to dedupe."""
    return knowledge(kb)


def _shuffled(events: list[Event], seed: int) -> list[Event]:
    """A random interleaving of the events in which those of one sentence keep their order."""
    queues: dict[tuple, list[Event]] = {}
    for e in copy.deepcopy(events):
        queues.setdefault((e.file, e.sentence_start, e.sentence_index), []).append(e)
    picks = [k for k, q in queues.items() for _ in q]
    random.Random(seed).shuffle(picks)
    return [queues[k].pop(0) for k in picks]


def _both(events: list[Event], parents=None, persons=None) -> tuple[list[Event], list[Event]]:
    """The blocked result on a copy of events, and the walk's on a copy in canonical order."""
    blocked = dedupe(copy.deepcopy(events), parents, persons)
    walked = dedupe_reference(_canonical(copy.deepcopy(events)), parents, persons)
    return blocked, walked


@pytest.mark.parametrize("n, days", [(3000, 90), (3000, 730)])
def test_blocked_equals_the_walk_on_synthetic_events(kin, n, days):
    """3,000 tellings in three months (dense: many merges, many near misses) and in two years."""
    kb, parents, persons = kin
    events = make_events(n, seed=n + days, span_days=days, kb=kb)
    assert {e.date_precision for e in events} == set(schema.DATE_PRECISIONS)
    assert any(e.event_date is None for e in events) and any(not e.location for e in events)
    assert {"country", "governorate"} <= {e.feature_type for e in events}
    blocked, walked = _both(events, parents, persons)
    assert len(walked) < 0.9 * n  # the set has merges to get right
    assert blocked == walked


def test_merging_does_not_depend_on_the_input_order(kin):
    kb, parents, persons = kin
    events = make_events(3000, seed=11, span_days=90, kb=kb)
    first = dedupe(copy.deepcopy(events), parents, persons)
    for seed in (1, 2, 3):
        shuffled = _shuffled(events, seed)
        assert shuffled != events
        assert dedupe(shuffled, parents, persons) == first


def test_blocked_compares_few_candidates_where_the_walk_compares_many(kin, monkeypatch):
    """The point of blocking: on a dense set the walk calls same_event for most of a 40-day window, the
    blocked version for a handful of candidates per event."""
    kb, parents, persons = kin
    events = make_events(3000, seed=5, span_days=90, kb=kb)
    calls = {"blocked": 0, "walk": 0}

    def counting(name, real):
        def same_event(*args):
            calls[name] += 1
            return real(*args)
        return same_event

    monkeypatch.setattr(dedupe_mod, "same_event", counting("blocked", dedupe_mod.same_event))
    monkeypatch.setattr(reference_mod, "same_event", counting("walk", reference_mod.same_event))
    blocked, walked = _both(events, parents, persons)
    assert blocked == walked
    assert calls["walk"] > 50 * len(events)
    assert calls["blocked"] < 2 * len(events)


def test_equal_on_the_seed_articles(monkeypatch, tmp_path):
    """The seeds' extracted events, as the build hands them over, give the walk's result, in the build's
    own order (not only in canonical order)."""
    seen = []
    real = dedupe_mod.dedupe

    def capture(events, parents=None, persons=None):
        seen.append((copy.deepcopy(events), parents, persons))
        return real(events, parents, persons)

    monkeypatch.setattr(dedupe_mod, "dedupe", capture)
    build(config.SEEDS, tmp_path / "out", write=False)
    assert len(seen) == 1
    events, parents, persons = seen[0]
    assert len(events) > 20
    walked = dedupe_reference(copy.deepcopy(events), parents, persons)
    assert len(walked) < len(events)
    assert dedupe(copy.deepcopy(events), parents, persons) == walked


def test_places_across_grid_cells_merge_as_km_says():
    """Two tellings of a strike 24 km apart merge and 26 km apart do not, wherever the grid's cells fall:
    at the equator, near a pole and across the date line."""
    for lat, lon in ((0.0, 0.0), (33.3, 44.4), (89.9, 10.0), (10.0, 179.99), (-45.0, -179.9)):
        for dist, merged in ((24.0, True), (26.0, False)):
            step = dist / 111.19  # degrees of latitude
            a = _strike("a.txt", lat if lat < 89 else lat - step, lon)
            b = _strike("b.txt", (lat if lat < 89 else lat - step) + step, lon, location="Elsewhere")
            assert (dedupe_mod.km((a.latitude, a.longitude), (b.latitude, b.longitude)) <= 25) is merged
            assert len(dedupe([a, b])) == (1 if merged else 2)
        east = _strike("a.txt", 10.0, 179.95)
        west = _strike("b.txt", 10.0, -179.95, location="Elsewhere")
        assert len(dedupe([east, west])) == 1  # 11 km apart across the date line


@pytest.mark.parametrize("tolls, best", [((10, 25, 10), 10), ((25, 10, 10), 10), ((1, 10), 10), ((10, 1), 10),
                                         ((None, 4), 4), ((3, None, 5, 8), 5)])
def test_the_toll_of_several_reports_is_their_median_whatever_their_order(tolls, best):
    """Reports of one strike with different tolls: the median (the higher middle one of an even count) is the
    best figure, the lowest and highest stay the range."""
    reports = []
    for n, toll in enumerate(tolls):
        ev = _strike(f"{n}.txt", 33.3, 44.4)
        ev.fatalities = ev.fatalities_low = ev.fatalities_high = toll
        reports.append(ev)
    for order in (reports, reports[::-1]):
        merged = dedupe(copy.deepcopy(order))
        assert len(merged) == 1
        assert merged[0].fatalities == best
        told = [t for t in tolls if t is not None]
        assert (merged[0].fatalities_low, merged[0].fatalities_high) == (min(told), max(told))


def _strike(source: str, lat: float, lon: float, location: str = "Somewhere") -> Event:
    return Event(event_type="airstrike", evidence="x", file=source, event_date=date(2020, 1, 3),
                 date_precision="day", actor1="United States", actor2="Kataib Hezbollah", location=location,
                 admin1="Nowhere", country="Iraq", latitude=lat, longitude=lon, geo_precision=1,
                 feature_type="town", sources=[source])


# ---- random event sets ------------------------------------------------------------------------------------

PARENTS = {"Kataib Hezbollah": "Popular Mobilization Units", "Abu Fadak": "Popular Mobilization Units"}
PERSONS = {"Abu Fadak"}
ACTORS = ["unknown", "", "United States", "Kataib Hezbollah", "Popular Mobilization Units", "Abu Fadak",
          "Asaib Ahl al-Haq"]
# name, admin1, country, feature_type, latitude, longitude: sites 10-30 km apart, a governorate, a country,
# places with no coordinates, and an empty admin1
PLACES = [
    ("Baghdad", "Baghdad", "Iraq", "city", 33.3152, 44.3661),
    ("Camp Taji", "Baghdad", "Iraq", "base", 33.5196, 44.2563),
    ("Abu Ghraib", "Baghdad", "Iraq", "town", 33.2920, 44.0650),
    ("Baghdad Governorate", "Baghdad", "Iraq", "governorate", 33.3, 44.4),
    ("Iraq", "", "Iraq", "country", 33.0, 44.0),
    ("Anbar", "Anbar", "Iraq", "region", None, None),
    ("Ramadi", "Anbar", "Iraq", "city", 33.4206, 43.3078),
    ("Unplaced market", "", "Iraq", "landmark", None, None),
    ("Al-Tanf", "Homs", "Syria", "base", 33.4968, 38.6180),
    ("Syria", "", "Syria", "country", 35.0, 38.5),
]


@st.composite
def events_strategy(draw) -> list[Event]:
    """Up to 40 events over four months, with few sources, actors, places and confidences, so that dates,
    confidences and places collide, and every branch of same_event and _merge is reached."""
    n = draw(st.integers(0, 40))
    out = []
    for _ in range(n):
        precision = draw(st.sampled_from(schema.DATE_PRECISIONS))
        day = draw(st.one_of(st.none(), st.integers(0, 120).map(lambda k: date(2020, 1, 1) + timedelta(days=k))))
        place = draw(st.one_of(st.none(), st.sampled_from(PLACES)))
        sources = draw(st.lists(st.sampled_from("abcdef"), min_size=1, max_size=2, unique=True))
        sentence = draw(st.integers(0, 2))  # several events of one sentence tie on date and confidence
        ev = Event(event_type=draw(st.sampled_from(schema.EVENT_TYPES)), evidence=draw(st.sampled_from("xyz")),
                   file=sources[0] + ".txt", event_date=day, date_precision=precision,
                   actor1=draw(st.sampled_from(ACTORS)), actor2=draw(st.sampled_from(ACTORS)),
                   assoc_actors=draw(st.lists(st.sampled_from(ACTORS[2:]), max_size=2, unique=True)),
                   confidence=draw(st.sampled_from([0.5, 0.7, 0.9])),
                   fatalities=draw(st.sampled_from([None, 0, 2])), sources=[s + ".txt" for s in sources],
                   sentence_start=100 * sentence, sentence_index=sentence,
                   attribution=draw(st.sampled_from(["stated", "denied"])), disrupted=draw(st.booleans()))
        if place:
            name, admin1, country, ftype, lat, lon = place
            if lat is not None:  # a telling may place it a little off (km 0-20 from the site)
                lat += draw(st.sampled_from([0.0, 0.05, 0.18]))
            ev.location, ev.location_text, ev.admin1, ev.country = name, name, admin1, country
            ev.feature_type, ev.latitude, ev.longitude = ftype, lat, lon
            ev.geo_precision = draw(st.integers(1, 3))
        out.append(ev)
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=events_strategy(), seed=st.integers(0, 1000))
def test_blocked_equals_the_walk_on_random_event_sets(events, seed):
    blocked, walked = _both(events, PARENTS, PERSONS)
    assert blocked == walked
    assert dedupe(_shuffled(events, seed), PARENTS, PERSONS) == blocked


def test_two_unnamed_pairs_merge_when_one_also_names_an_associate():
    """Found by the random sets above: two placeless strikes on one day whose actor1 and actor2 are both '' are
    one event for the walk (the same actors), also when one of them names an associated actor."""
    base = dict(event_type="airstrike", evidence="x", event_date=date(2020, 1, 1), date_precision="day",
                actor1="", actor2="", confidence=0.5)
    events = [Event(file="a.txt", sources=["a.txt"], **base),
              Event(file="b.txt", sources=["b.txt"], assoc_actors=["United States"], **base)]
    blocked, walked = _both(events, PARENTS, PERSONS)
    assert len(walked) == 1 and blocked == walked
