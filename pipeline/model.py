"""Typed objects passed between stages: Article, Sentence, Mention, Event, Report."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


@dataclass
class Article:
    file: str
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: date | None = None
    # manifest, dateline, issue_line, inferred or none
    date_method: str = "none"
    # day or month: how exact `published` is
    published_precision: str = "day"
    status: str = "ok"


class Token(NamedTuple):
    norm: str  # lowercased, accents and apostrophes removed
    start: int
    end: int
    upper: bool  # the original is all capitals (an acronym such as KH or U.S.)
    title: bool  # the original starts with a capital letter


@dataclass
class Sentence:
    text: str
    start: int  # character offset in the article text
    end: int
    paragraph: int
    index: int
    is_title: bool = False


@dataclass
class Mention:
    """A span of the article recognised as something: a place, actor, date, trigger or number."""
    text: str
    start: int  # character offsets in the article text
    end: int
    label: str  # PLACE, ACTOR, DATE, TRIGGER, UNPLACED
    canonical: str = ""
    tok_start: int = 0  # token indices within the sentence
    tok_end: int = 0
    # label-specific facts: for DATE the resolved date and precision, for PLACE the
    # gazetteer row and geo_precision, for TRIGGER the event type and voice
    info: dict = field(default_factory=dict)


@dataclass
class Event:
    event_type: str
    evidence: str
    file: str
    event_date: date | None = None
    date_precision: str = "unknown"
    date_text: str = ""
    actor1: str = "unknown"
    actor2: str = "unknown"
    assoc_actors: list[str] = field(default_factory=list)
    location: str = ""
    location_text: str = ""
    admin1: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    feature_type: str = ""
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injuries: int | None = None
    confidence: float = 0.5
    sources: list[str] = field(default_factory=list)
    sentence_start: int = 0  # character offset of the evidence in the article
    sentence_index: int = 0
    attribution: str = "unknown"  # stated, claimed, alleged, denied, unknown
    disrupted: bool = False  # an attack stopped on its way ('shot down a drone'): ACLED's disrupted weapons use

    def place_at(self, place, text: str, geo: int) -> None:
        """Locate the event at a gazetteer place (a resources.Place), as worded in the text."""
        self.location, self.location_text, self.admin1, self.country = place.name, text, place.admin1, place.country
        self.latitude, self.longitude, self.feature_type = place.latitude, place.longitude, place.feature_type
        self.geo_precision = geo

    def near(self, other: "Event") -> None:
        """Locate the event near another one's place (geo precision 2 at best)."""
        for f in ("location", "admin1", "country", "latitude", "longitude", "feature_type"):
            setattr(self, f, getattr(other, f))
        self.geo_precision = max(2, other.geo_precision)


@dataclass
class Report:
    """What a build did: counts for the summary, per-document status and the unplaced names."""
    documents: int = 0
    ok: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    events_by_type: dict[str, int] = field(default_factory=dict)
    actors: int = 0
    places: int = 0
    unplaced: dict[str, int] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)  # documents read with a caveat
    no_events: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # problems that concern no one document (manifest rows)
    written: bool = False  # the tables were written (not when no article could be read)
    output_dir: str = ""
    seconds: float = 0.0
    tables: dict = field(default_factory=dict, repr=False)
