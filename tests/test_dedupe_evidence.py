"""A merged event quotes the most precise report: its place first, then its date, then the confidence."""
from __future__ import annotations

from datetime import date

from pipeline.dedupe import dedupe
from pipeline.model import Event


def _ev(file, evidence, geo, conf, location="Ain al-Asad Air Base", lat=33.7856, lon=42.4412):
    return Event(event_type="drone_strike", evidence=evidence, file=file, event_date=date(2024, 1, 20),
                 date_precision="day", actor2="US forces", location=location, admin1="Anbar", country="Iraq",
                 latitude=lat, longitude=lon, geo_precision=geo, confidence=conf, sources=[file])


def test_the_most_precise_report_gives_the_evidence():
    vague = _ev("a.txt", "Drones targeted US forces in Anbar, a spokesman said.", 3, 0.95, "Anbar", 33.3, 42.0)
    vague.feature_type = "governorate"
    precise = _ev("b.txt", "A drone struck Ain al-Asad air base on Saturday.", 1, 0.7)
    out = dedupe([vague, precise])
    assert len(out) == 1
    assert out[0].evidence == precise.evidence and out[0].file == "b.txt"
    assert sorted(out[0].sources) == ["a.txt", "b.txt"]
