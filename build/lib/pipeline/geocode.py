"""Places the names the text matcher could not, through geopy's geocoder interface.

The default geocoder is the offline gazetteer. An online geocoder (Nominatim) is used only
when the user turns it on; it is rate-limited to one request a second and cached on disk,
so a name is never asked for twice.
"""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from geopy.exc import GeopyError
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from pipeline.model import Event
from pipeline.resources import Knowledge, Place
from pipeline.text import fold

log = logging.getLogger(__name__)

_NOISE = re.compile(r"\b(the|area|village|district|town|city|region|neighbou?rhood|camp|base|checkpoint)\b")


def _key(name: str) -> str:
    s = fold(name).replace("-", " ")
    s = _NOISE.sub(" ", s)
    s = re.sub(r"\b(al|el|ad|as|an|ar|at|az)\s+", "", s)
    return " ".join(s.split())


class GazetteerGeocoder(Geocoder):
    """geopy geocoder over the project's gazetteer; answers offline, tolerant of 'al-' and 'area'."""

    def __init__(self, kb: Knowledge):
        super().__init__()
        self.kb = kb
        self._by_key: dict[str, Place] = {}
        for name, aliases in kb.aliases_of_place.items():
            for alias in aliases:
                self._by_key.setdefault(_key(alias), kb.places[name])

    def place(self, query: str) -> Place | None:
        return self._by_key.get(_key(query))

    def geocode(self, query, exactly_one=True, **kwargs):
        p = self.place(str(query))
        if p is None:
            return None
        loc = Location(p.name, Point(p.latitude, p.longitude),
                       {"feature_type": p.feature_type, "admin1": p.admin1, "country": p.country})
        return loc if exactly_one else [loc]


class CachedGeocoder:
    """An online geopy geocoder behind a rate limiter and a JSON cache file."""

    def __init__(self, geocoder: Geocoder, cache_file: Path, min_delay_seconds: float = 1.0):
        from geopy.extra.rate_limiter import RateLimiter
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=0,
                                    swallow_exceptions=False)
        self.cache_file = cache_file
        try:
            self.cache = json.loads(cache_file.read_text(encoding="utf-8")) if cache_file.exists() else {}
        except (OSError, ValueError):
            self.cache = {}

    def lookup(self, query: str) -> dict | None:
        if query in self.cache:
            return self.cache[query]
        try:
            loc = self._geocode(query, country_codes=["iq", "sy"], language="en")
        except GeopyError as exc:
            log.warning("online geocoder unavailable for %r: %s", query, exc)
            return None
        hit = None if loc is None else {"name": query, "latitude": loc.latitude, "longitude": loc.longitude,
                                        "address": loc.address}
        self.cache[query] = hit
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.cache, indent=1), encoding="utf-8")
        tmp.replace(self.cache_file)
        return hit


def make_online(cache_dir: Path, user_agent: str = "pmu-events-pipeline") -> CachedGeocoder:
    from geopy.geocoders import Nominatim
    return CachedGeocoder(Nominatim(user_agent=user_agent, timeout=10), cache_dir / "nominatim.json")


def geocode(events: list[Event], kb: Knowledge, online: CachedGeocoder | None = None) -> dict[str, str]:
    """Give coordinates to events that name a place the matcher missed. Returns name -> how it was resolved."""
    offline = GazetteerGeocoder(kb)
    how: dict[str, str] = {}
    for ev in events:
        if ev.latitude is not None or not ev.location_text:
            continue
        p = offline.place(ev.location_text)
        if p is not None:
            ev.place_at(p, ev.location_text, max(p.precision, 2))
            how[p.name] = "gazetteer"
            continue
        hit = online.lookup(ev.location_text) if online else None
        if hit:
            ev.location, ev.latitude, ev.longitude = ev.location_text, hit["latitude"], hit["longitude"]
            ev.geo_precision, ev.feature_type = 2, "area"
            how[ev.location] = "geocoder service"
        else:
            ev.location = ev.location_text  # named but not placed: kept by name, without coordinates
            how[ev.location_text] = "unresolved"
    return how
