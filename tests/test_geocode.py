"""Geocoding through geopy's interface: offline gazetteer by default, an online service only when asked,
rate-limited and cached on disk. No test touches the network."""
import json

from geopy.exc import GeocoderUnavailable
from geopy.location import Location
from geopy.point import Point

from pipeline.geocode import CachedGeocoder, GazetteerGeocoder, geocode
from pipeline.model import Event


class FakeService:
    """Stands in for Nominatim: answers one name, counts calls."""

    def __init__(self, fail=False):
        self.calls, self.fail = [], fail

    def geocode(self, query, **kwargs):
        self.calls.append(query)
        if self.fail:
            raise GeocoderUnavailable("offline")
        if query == "Wadi Qasrayn":
            return Location("Wadi Qasrayn, Iraq", Point(33.1, 42.9), {})
        return None


def test_gazetteer_geocoder_is_a_geopy_geocoder(kb):
    g = GazetteerGeocoder(kb)
    loc = g.geocode("Ain al-Assad")
    assert loc is not None and abs(loc.latitude - 33.79) < 0.05
    assert g.geocode("the Al-Karma area").address == "Al-Karma"
    assert g.geocode("Atlantis") is None


def test_online_lookup_is_cached_and_used_once(tmp_path):
    service = FakeService()
    cached = CachedGeocoder(service, tmp_path / "cache.json", min_delay_seconds=0)
    assert cached.lookup("Wadi Qasrayn")["latitude"] == 33.1
    assert cached.lookup("Wadi Qasrayn")["latitude"] == 33.1
    assert cached.lookup("Nowhere") is None
    assert service.calls == ["Wadi Qasrayn", "Nowhere"]
    again = CachedGeocoder(service, tmp_path / "cache.json", min_delay_seconds=0)
    again.lookup("Wadi Qasrayn")
    assert service.calls == ["Wadi Qasrayn", "Nowhere"]
    assert "Wadi Qasrayn" in json.loads((tmp_path / "cache.json").read_text())


def test_unreachable_service_leaves_name_unresolved(kb, tmp_path):
    ev = Event("airstrike", "x", "a.txt", location_text="Wadi Qasrayn")
    how = geocode([ev], kb, CachedGeocoder(FakeService(fail=True), tmp_path / "c.json", min_delay_seconds=0))
    assert how == {"Wadi Qasrayn": "unresolved"} and ev.latitude is None


def test_default_is_offline(kb):
    ev = Event("airstrike", "x", "a.txt", location_text="Wadi Qasrayn")
    assert geocode([ev], kb) == {"Wadi Qasrayn": "unresolved"}
    known = Event("airstrike", "x", "a.txt", location_text="Tuz Khormato")
    geocode([known], kb)
    assert known.location == "Tuz Khurmatu" and known.latitude is not None
