"""Builds the four output tables from events, mentions and articles, and writes them as one set.

The only stage that writes files. Each table is checked against pipeline.schema; all files of a
build go into a new folder that replaces the previous set in one step (pipeline.tableset), so a
killed run leaves the previous tables intact and never a mix of old and new files.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from pipeline import schema, tableset
from pipeline.dedupe import family
from pipeline.model import Article, Event, MentionRow
from pipeline.resources import Knowledge

CSV_ENCODING = "utf-8-sig"  # UTF-8 with a byte-order mark: without it Excel reads the file as Windows-1252


def event_id(ev: Event) -> str:
    """A hash of the evidence: the first of the event's anchors (source text hash and sentence hash) and its
    type family, so the same evidence keeps its id when the extractor changes the date, place or actors, and
    adding other articles changes nothing. Without anchors (tests on literal text): date, family, place, actors."""
    if ev.anchors:
        a = min(ev.anchors, key=lambda a: (a.content_hash, a.sentence_hash, a.start))
        key = "|".join([a.content_hash, a.sentence_hash, family(a.event_type or ev.event_type)])
    else:
        key = "|".join([ev.event_date.isoformat() if ev.event_date else "", family(ev.event_type),
                        ev.location or ev.admin1, ev.actor1, ev.actor2])
    return "EV" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10].upper()


def _notes(ev: Event) -> str:
    what = ev.event_type.replace("_", " ")
    who = ev.actor1 if ev.actor1 != "unknown" else "Unknown perpetrator"
    on = f" on {ev.actor2}" if ev.actor2 != "unknown" else ""
    where = f" at {ev.location}" if ev.location else ""
    when = f" ({ev.event_date.isoformat()}, {ev.date_precision})" if ev.event_date else ""
    toll = f"; {ev.fatalities} killed" if ev.fatalities else ""
    note = f". Note: {ev.note}" if ev.note else ""
    return f"{who}: {what}{on}{where}{when}{toll}{note}"


def _id_order(ev: Event) -> tuple:
    """Events that share an id hash are numbered in the order of their evidence, not of the build's lists."""
    a = min(ev.anchors, key=lambda a: (a.content_hash, a.sentence_hash, a.start)) if ev.anchors else None
    return (a.content_hash, a.start, a.event_type) if a else ("", ev.sentence_start, ev.event_type)


def events_table(events: list[Event], kb: Knowledge, urls: dict[str, str]) -> pd.DataFrame:
    """Built column by column: a list per column holds a reference per row, where a dict per row would hold a
    hash table per row (several times the memory on a large corpus)."""
    names = schema.columns("events")
    cols: dict[str, list] = {c: [] for c in names}
    seen = Counter()
    for ev in sorted(events, key=_id_order):
        eid = event_id(ev)
        seen[eid] += 1
        if seen[eid] > 1:
            eid = f"{eid}-{seen[eid]}"
        ev.event_id = eid
        for c, v in zip(names, _event_row(ev, eid, kb, urls, names)):
            cols[c].append(v)
    df = pd.DataFrame(cols, columns=names) if events else schema.empty("events")
    df = schema.conform(df, "events")
    return df.sort_values(["event_date", "event_id"], na_position="last").reset_index(drop=True)


def _event_row(ev: Event, eid: str, kb: Knowledge, urls: dict[str, str], names: list[str]) -> tuple:
    """One row's values, in the order of schema.columns('events')."""
    acled_type, acled_sub = kb.acled[ev.event_type]
    if ev.disrupted and acled_type == schema.DISRUPTED[0]:
        acled_sub = schema.DISRUPTED[1]
    row = {
        "event_id": eid, "event_date": ev.event_date, "date_precision": ev.date_precision,
        "time_precision": schema.TIME_PRECISION_CODE[ev.date_precision], "event_type": ev.event_type,
        "acled_event_type": acled_type, "acled_sub_event_type": acled_sub,
        "actor1": ev.actor1, "attribution": ev.attribution, "actor2": ev.actor2, "assoc_actors": ";".join(ev.assoc_actors),
        "location": ev.location, "location_text": ev.location_text, "admin1": ev.admin1,
        "country": ev.country, "latitude": ev.latitude, "longitude": ev.longitude,
        "geo_precision": ev.geo_precision, "fatalities": ev.fatalities, "fatalities_low": ev.fatalities_low,
        "fatalities_high": ev.fatalities_high, "injuries": ev.injuries, "sources": ";".join(ev.sources),
        "source_urls": ";".join(urls.get(s, "") for s in ev.sources),
        "evidence": ev.evidence, "date_text": ev.date_text, "confidence": ev.confidence, "notes": _notes(ev),
        "corrected": ev.corrected, "last_modified": ev.last_modified,
    }
    return tuple(row[c] for c in names)


class MentionTally:
    """The mentions of many articles counted by (label, canonical): how many, the words they were written in and,
    for actors, the first and last publication date of the articles naming them. What the actors and locations
    tables need of the mentions, kept in place of the mentions themselves (which go to disk chunk by chunk)."""

    def __init__(self):
        self.counts: Counter = Counter()
        self.seen: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.first: dict[str, object] = {}
        self.last: dict[str, object] = {}

    def add(self, ms: list[MentionRow], published) -> None:
        """One article's mention rows; published is its date (None when unknown)."""
        for text, _start, _end, label, canonical in ms:
            key = (label, canonical)
            self.counts[key] += 1
            self.seen[key].add(text)
            if label == "ACTOR" and published is not None:
                self._stamp(canonical, published, published)

    def merge(self, other: MentionTally) -> None:
        self.counts.update(other.counts)
        for key, names in other.seen.items():
            self.seen[key] |= names
        for name, d in other.first.items():
            self._stamp(name, d, other.last[name])

    def _stamp(self, name: str, first, last) -> None:
        self.first[name] = min(self.first.get(name, first), first)
        self.last[name] = max(self.last.get(name, last), last)

    def of(self, label: str) -> tuple[Counter, dict[str, set[str]]]:
        """Counts and words seen by canonical name, for one label."""
        counts = Counter({c: n for (lb, c), n in self.counts.items() if lb == label})
        return counts, {c: s for (lb, c), s in self.seen.items() if lb == label}


def actors_table(events: list[Event], tally: MentionTally, kb: Knowledge) -> pd.DataFrame:
    first, last, ev_counts = {}, {}, Counter()

    def stamp(name, d):
        if d is None:
            return
        first[name] = min(first.get(name, d), d)
        last[name] = max(last.get(name, d), d)

    for ev in events:
        for name in {ev.actor1, ev.actor2} - {"unknown"}:
            ev_counts[name] += 1
            stamp(name, ev.event_date)
    counts, seen_as = tally.of("ACTOR")
    for name in counts:
        if not ev_counts[name] and name in tally.first:  # no event of its own: when articles mention it
            first[name], last[name] = tally.first[name], tally.last[name]
    names = sorted(set(counts) | set(ev_counts))
    rows = []
    for name in names:
        a = kb.actors.get(name)
        rows.append({
            "actor": name, "actor_type": a.actor_type if a else "other",
            "aliases_seen": ";".join(sorted(seen_as.get(name, ()))),
            "parent": a.parent if a else "", "affiliation": a.affiliation if a else "",
            "mentions": counts[name], "events": ev_counts[name], "first_seen": first.get(name),
            "last_seen": last.get(name),
        })
    df = pd.DataFrame(rows, columns=schema.columns("actors")) if rows else schema.empty("actors")
    return schema.conform(df, "actors")


def locations_table(events: list[Event], tally: MentionTally, kb: Knowledge,
                    resolved: dict[str, str], unplaced: Counter) -> pd.DataFrame:
    ev_counts = Counter()
    counts, seen_as = tally.of("PLACE")
    first_event = {}
    for ev in events:
        if ev.location:
            ev_counts[ev.location] += 1
            first_event.setdefault(ev.location, ev)
    rows = []
    for name in sorted(set(counts) | set(ev_counts)):
        p = kb.places.get(name)
        ev = first_event.get(name)
        rows.append({
            "location": name, "aliases_seen": ";".join(sorted(seen_as.get(name, ()))),
            "latitude": p.latitude if p else (ev.latitude if ev else None),
            "longitude": p.longitude if p else (ev.longitude if ev else None),
            "admin1": p.admin1 if p else (ev.admin1 if ev else ""), "country": p.country if p else (ev.country if ev else ""),
            "feature_type": p.feature_type if p else "area",
            "resolved_by": "gazetteer" if p else resolved.get(name, "geocoder service"),
            "mentions": counts[name], "events": ev_counts[name],
        })
    for name, n in sorted(unplaced.items()):
        if name not in counts and name not in ev_counts:
            rows.append({"location": name, "aliases_seen": name, "latitude": None, "longitude": None, "admin1": "",
                         "country": "", "feature_type": "area", "resolved_by": "unresolved", "mentions": n,
                         "events": 0})
    df = pd.DataFrame(rows, columns=schema.columns("locations")) if rows else schema.empty("locations")
    return schema.conform(df, "locations")


def documents_table(articles: list[Article], per_doc_events: Counter, words: dict[str, int] | None = None
                    ) -> pd.DataFrame:
    """words: each file's word count, counted before its text left memory (else counted from the text)."""
    words = words or {}
    rows = [{
        "file": a.file, "title": a.title, "source": a.source, "url": a.url, "published": a.published,
        "date_method": a.date_method, "words": words.get(a.file, len(a.text.split())),
        "events_extracted": per_doc_events[a.file],
        "status": a.status,
    } for a in articles]
    df = pd.DataFrame(rows, columns=schema.columns("documents")) if rows else schema.empty("documents")
    return schema.conform(df, "documents")


ANCHOR_COLUMNS = ["event_id", "file", "content_hash", "start", "end", "sentence_hash", "event_type"]


def anchors_table(events: list[Event], events_df: pd.DataFrame) -> pd.DataFrame:
    """Where each row's evidence is (pipeline.store.Anchor), one line per merged report: what the dashboard
    anchors a correction to."""
    rows = []  # tuples, not dicts: a large corpus has tens of thousands
    for ev in events:
        for a in ev.anchors:
            file = ev.file if a.content_hash == ev.anchors[0].content_hash else ""
            rows.append((ev.event_id, file, a.content_hash, a.start, a.end, a.sentence_hash, a.event_type))
    return pd.DataFrame(rows, columns=ANCHOR_COLUMNS)


def _parquet(df: pd.DataFrame) -> tableset.Writer:
    def write(path: Path) -> int:
        df.to_parquet(path, index=False)
        return len(df)
    return write


def _csv(df: pd.DataFrame, name: str) -> tableset.Writer:
    """Dates as YYYY-MM-DD; UTF-8 with a byte-order mark, which Excel needs to read curly quotes and accents
    (pandas skips the mark; Python's csv module needs the file opened with encoding='utf-8-sig')."""
    def write(path: Path) -> int:
        out = df.copy()
        for c in schema.TABLES[name]:
            if c.dtype == "date":
                out[c.name] = out[c.name].dt.strftime("%Y-%m-%d")
            elif c.dtype == "datetime":
                out[c.name] = out[c.name].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        out.to_csv(path, index=False, encoding=CSV_ENCODING)
        return len(df)
    return write


def write(tables: dict[str, pd.DataFrame], out_dir: Path, extra: dict[str, pd.DataFrame], info: dict,
          csv: bool = True, files: dict[str, tableset.Writer] | None = None) -> Path:
    """Write every table as Parquet and CSV (side tables as Parquet only), and any other files (name -> writer),
    as one set (pipeline.tableset): a killed run leaves the previous set whole. Returns the folder of the new set."""
    others, files = files or {}, {}
    for name, df in tables.items():
        schema.conform(df, name)
        files[f"{name}.parquet"] = _parquet(df)
        if csv:
            files[f"{name}.csv"] = _csv(df, name)
    for name, df in extra.items():
        files[f"{name}.parquet"] = _parquet(df)
    files.update(others)
    return tableset.publish(Path(out_dir), files, info)
