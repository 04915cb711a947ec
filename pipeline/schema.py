"""The four output tables, declared once: column name, type and meaning.

The pipeline checks its output against these declarations before writing, the
dashboard checks its input after reading, and the README's data dictionary is
generated from them (a test keeps the two in step).
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


class SchemaError(ValueError):
    """A table does not match its declaration."""


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # one of: string, int, float, bool, date, datetime (UTC)
    description: str
    required: bool = False  # True: never empty


EVENT_TYPES = (
    "airstrike", "drone_strike", "missile_or_rocket_attack", "shelling", "ied_or_bombing",
    "armed_clash", "assassination", "confrontation_or_blockade", "arrest", "threat",
    "political_action", "other",
)
# Event types that are violence or physical confrontation, as opposed to talk.
STRIKE_TYPES = ("airstrike", "drone_strike", "missile_or_rocket_attack", "shelling",
                "ied_or_bombing", "assassination")
GROUND_TYPES = ("armed_clash", "confrontation_or_blockade", "arrest")
# Strike types that outlets use for one another ('airstrike' and 'drone strike'; 'rockets' and 'shelling'; a
# targeted killing from the air called 'an assassination').
STRIKE_KIN = (frozenset({"airstrike", "drone_strike", "assassination"}),
              frozenset({"missile_or_rocket_attack", "shelling"}))
# Of two kin types told of one event, the one that says how it was done wins ('a flagrant assassination' retells
# 'a drone strike killed the commander': a drone strike).
MEANS_OVER = {"assassination": ("airstrike", "drone_strike")}
TALK_TYPES = ("threat", "political_action")
# stated: the text says who did it; claimed: a group claims it; alleged: someone blames a group;
# denied: the accused denies it; unknown: the text does not say.
ATTRIBUTIONS = ("stated", "claimed", "alleged", "denied", "unknown")
# ACLED's sub-event for an attack stopped on its way (a drone shot down, a rocket intercepted).
DISRUPTED = ("Explosions/Remote violence", "Disrupted weapons use")
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
# ACLED time_precision: 1 = exact day, 2 = within a week or so, 3 = month or coarser.
TIME_PRECISION_CODE = {"day": 1, "week": 2, "month": 3, "year": 3, "unknown": 3}

EVENTS = (
    Column("event_id", "string", "Stable identifier: a hash of the evidence (the source text's hash, the sentence, "
           "the type family); the same evidence keeps its id across rebuilds.", True),
    Column("event_date", "date", "ISO date; the first day of the period when the date is coarser than a day.", False),
    Column("date_precision", "string", "How exact event_date is: day, week, month, year or unknown.", True),
    Column("time_precision", "int", "ACLED time precision code: 1 = day, 2 = week, 3 = month or coarser.", True),
    Column("event_type", "string", "One of: " + ", ".join(EVENT_TYPES) + ".", True),
    Column("acled_event_type", "string", "The matching ACLED event type.", True),
    Column("acled_sub_event_type", "string", "The matching ACLED sub-event type.", True),
    Column("actor1", "string", "Perpetrator, canonical name ('unknown' when the text does not say).", True),
    Column("attribution", "string", "How the text ties actor1 to the event: " + ", ".join(ATTRIBUTIONS)
           + " (a denial keeps the event, with actor1 'unknown' and the accused in assoc_actors).", True),
    Column("actor2", "string", "Target, canonical name ('unknown' when the text does not say)."),
    Column("assoc_actors", "string", "Other actors named in the evidence, separated by ';'."),
    Column("location", "string", "Canonical place name."),
    Column("location_text", "string", "The place as the article words it, e.g. 'west of Karbala'."),
    Column("admin1", "string", "Governorate (or the foreign region)."),
    Column("country", "string", "Country of the place."),
    Column("latitude", "float", "Latitude (WGS84)."),
    Column("longitude", "float", "Longitude (WGS84)."),
    Column("geo_precision", "int", "1 = that place, 2 = near it or part of a district, 3 = governorate or larger region.", True),
    Column("fatalities", "int", "Deaths stated in the text (UCDP 'best'); empty when no number is given."),
    Column("fatalities_low", "int", "Lowest stated death count (UCDP 'low'), e.g. 'at least 5' gives 5."),
    Column("fatalities_high", "int", "Highest stated death count (UCDP 'high'), e.g. 'up to 9' gives 9."),
    Column("injuries", "int", "Injuries stated in the text; empty when no number is given."),
    Column("sources", "string", "File names of every article that reports the event, separated by ';'.", True),
    Column("source_urls", "string", "URLs of those articles where known, in the same order, separated by ';'."),
    Column("evidence", "string", "The sentence that states the event, verbatim.", True),
    Column("date_text", "string", "The date expression the date was read from."),
    Column("confidence", "float", "0-1: how sure the extraction is (trigger strength, actors, date, place).", True),
    Column("notes", "string", "One-line summary of the event, and an analyst's note after 'Note:'."),
    Column("corrected", "bool", "True when an analyst's correction applies to this row."),
    Column("last_modified", "datetime", "When the row last changed (UTC): its extraction, or its latest correction."),
)

ACTORS = (
    Column("actor", "string", "Canonical name.", True),
    Column("actor_type", "string", "state force, PMU faction, umbrella body, front group, foreign state, insurgent group, person, ...", True),
    Column("aliases_seen", "string", "Aliases found in the articles, separated by ';'."),
    Column("parent", "string", "Umbrella or parent body (Kataib Hezbollah -> Popular Mobilization Units)."),
    Column("affiliation", "string", "For a person: the group they belong to or lead."),
    Column("mentions", "int", "Number of times the actor is named across the articles.", True),
    Column("events", "int", "Number of events in which the actor is actor1 or actor2.", True),
    Column("first_seen", "date", "Earliest date of its events; for an actor with no event, the earliest publication date of an article naming it."),
    Column("last_seen", "date", "Latest date of its events; for an actor with no event, the latest publication date of an article naming it."),
)

LOCATIONS = (
    Column("location", "string", "Canonical place name.", True),
    Column("aliases_seen", "string", "Spellings found in the articles, separated by ';'."),
    Column("latitude", "float", "Latitude (WGS84)."),
    Column("longitude", "float", "Longitude (WGS84)."),
    Column("admin1", "string", "Governorate (or the foreign region)."),
    Column("country", "string", "Country."),
    Column("feature_type", "string", "city, town, base, airport, district, governorate, landmark, region, country.", True),
    Column("resolved_by", "string", "gazetteer, geocoder service, or unresolved.", True),
    Column("mentions", "int", "Number of times the place is named.", True),
    Column("events", "int", "Number of events located there.", True),
)

DOCUMENTS = (
    Column("file", "string", "File name in the input folder.", True),
    Column("title", "string", "Title from the manifest or the text."),
    Column("source", "string", "Outlet."),
    Column("url", "string", "Address of the article, where known."),
    Column("published", "date", "Publication date."),
    Column("date_method", "string", "How published was found: manifest, html_meta, dateline, issue_line, masthead, inferred, or none.", True),
    Column("words", "int", "Words in the article text after boilerplate removal.", True),
    Column("events_extracted", "int", "Events extracted from this document (before merging with other documents).", True),
    Column("status", "string", "ok, or 'skipped: <reason>'.", True),
)

TABLES = {"events": EVENTS, "actors": ACTORS, "locations": LOCATIONS, "documents": DOCUMENTS}

_PANDAS = {"string": "string", "int": "Int64", "float": "Float64"}


def columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def empty(table: str) -> pd.DataFrame:
    return conform(pd.DataFrame(columns=columns(table)), table)


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return df with exactly the declared columns, in order, with the declared types.

    Raises SchemaError when a declared column is missing, a value cannot take
    its type, or a required column has empty values.
    """
    spec = TABLES[table]
    missing = [c.name for c in spec if c.name not in df.columns]
    if missing:
        raise SchemaError(f"{table}: missing column(s) {', '.join(missing)}")
    out = pd.DataFrame(index=df.index)
    for c in spec:
        s = df[c.name]
        try:
            if c.dtype == "date":
                out[c.name] = pd.to_datetime(s, errors="raise", format="mixed").astype("datetime64[ns]")
            elif c.dtype == "datetime":  # UTC, stored without a zone ('…Z' in the CSV)
                t = pd.to_datetime(s, errors="raise", format="mixed", utc=True)
                out[c.name] = t.dt.tz_localize(None).astype("datetime64[ns]")
            elif c.dtype == "bool":
                out[c.name] = _booleans(s)
            elif c.dtype in ("int", "float"):
                out[c.name] = pd.to_numeric(s, errors="raise").astype(_PANDAS[c.dtype])
            else:
                out[c.name] = s.astype("string")
        except (ValueError, TypeError) as exc:
            raise SchemaError(f"{table}.{c.name}: cannot read as {c.dtype}: {exc}") from exc
        if c.required and out[c.name].isna().any():
            bad = int(out[c.name].isna().sum())
            raise SchemaError(f"{table}.{c.name}: {bad} empty value(s) in a required column")
    if table == "events" and len(out):
        bad_types = set(out["event_type"].dropna()) - set(EVENT_TYPES)
        if bad_types:
            raise SchemaError(f"events.event_type: unknown type(s) {sorted(bad_types)}")
        bad_attr = set(out["attribution"].dropna()) - set(ATTRIBUTIONS)
        if bad_attr:
            raise SchemaError(f"events.attribution: unknown value(s) {sorted(bad_attr)}")
        bad_prec = set(out["date_precision"].dropna()) - set(DATE_PRECISIONS)
        if bad_prec:
            raise SchemaError(f"events.date_precision: unknown value(s) {sorted(bad_prec)}")
    return out.reset_index(drop=True)


def _booleans(s: pd.Series) -> pd.Series:
    """True/False from booleans or their CSV spellings; anything else is an error."""
    if s.dtype == bool or str(s.dtype) == "boolean":
        return s.astype("boolean")
    words = {"true": True, "false": False, "1": True, "0": False}
    low = s.astype("string").str.strip().str.lower()
    bad = low.notna() & ~low.isin(list(words))
    if bad.any():
        raise ValueError(f"not true/false: {low[bad].iloc[0]!r}")
    return low.map(words, na_action="ignore").astype("boolean")


def data_dictionary_markdown() -> str:
    """The README's data dictionary, generated from the declarations above."""
    parts = []
    for table, spec in TABLES.items():
        parts.append(f"#### `{table}`\n\n| column | type | meaning |\n| --- | --- | --- |")
        parts.extend(f"| `{c.name}` | {c.dtype} | {c.description} |" for c in spec)
        parts.append("")
    return "\n".join(parts)
