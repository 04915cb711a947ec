"""Analysts' corrections, re-applied to the events after every build.

A correction is anchored to its evidence, not to a row: the source text's hash plus the evidence sentence's
offsets and hash (pipeline.store.Anchor). After each build it finds the event whose evidence is that sentence,
whatever id or fields a newer extractor gave it. A correction whose sentence is no longer the evidence of any
event is orphaned: listed in the build's report and the review view, never dropped.
"""
from __future__ import annotations

import csv
import io
import logging
from datetime import date, datetime

from pipeline import dedupe, schema
from pipeline.model import Event
from pipeline.store import Anchor, Store

log = logging.getLogger(__name__)

# What an editor may change; each value is a string in the store and in the CSV exchange file.
FIELDS = ("event_type", "date", "place", "actor1", "actor2", "attribution", "fatalities", "not_event", "merge", "note")
CSV_COLUMNS = ("content_hash", "file", "sent_start", "sent_end", "sentence_hash", "extracted_type", "event_id",
               "field", "before", "after", "reason", "user", "created_at", "undone_at", "undone_by")


class CorrectionError(ValueError):
    """A correction's value cannot be applied (a type, date or place that does not exist)."""


def merge_target(anchor: Anchor) -> str:
    """How a merge correction names the other row: its evidence anchor."""
    return f"{anchor.content_hash}|{anchor.sentence_hash}|{anchor.start}|{anchor.event_type}"


def _anchor_of(c: dict) -> Anchor:
    return Anchor(c["content_hash"], c["sent_start"], c["sent_end"], c["sentence_hash"], c["extracted_type"])


def _find(events: list[Event], a: Anchor) -> Event | None:
    """The event whose evidence is the anchor's sentence: the same extracted type first, then the nearest offset."""
    best, score = None, None
    for ev in events:
        for b in ev.anchors:
            if b.content_hash != a.content_hash or b.sentence_hash != a.sentence_hash:
                continue
            s = (b.event_type != a.event_type, abs(b.start - a.start))
            if score is None or s < score:
                best, score = ev, s
    return best


def validate(field: str, value: str, kb) -> str:
    """value, checked for field; raises CorrectionError with the reason."""
    value = (value or "").strip()
    if field not in FIELDS:
        raise CorrectionError(f"unknown field {field!r}")
    if field == "event_type" and value not in schema.EVENT_TYPES:
        raise CorrectionError(f"unknown event type {value!r}")
    if field == "attribution" and value not in schema.ATTRIBUTIONS:
        raise CorrectionError(f"unknown attribution {value!r}")
    if field == "date":
        d, _, prec = value.partition("|")
        try:
            date.fromisoformat(d)
        except ValueError as exc:
            raise CorrectionError(f"not a date (YYYY-MM-DD): {d!r}") from exc
        if prec not in schema.DATE_PRECISIONS:
            raise CorrectionError(f"unknown date precision {prec!r}")
    if field == "place":
        if value not in kb.places:
            try:
                lat, lon = (float(x) for x in value.split(","))
            except ValueError as exc:
                raise CorrectionError(f"{value!r} is neither a gazetteer place nor 'latitude,longitude'") from exc
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise CorrectionError(f"coordinates out of range: {value!r}")
    if field == "fatalities" and value and not (value.isdigit()):
        raise CorrectionError(f"fatalities must be a whole number or empty, not {value!r}")
    if field in ("actor1", "actor2") and not value:
        raise CorrectionError("an actor cannot be empty (use 'unknown')")
    return value


def _set(ev: Event, field: str, value: str, kb) -> None:
    if field == "event_type":
        ev.event_type = value
    elif field == "date":
        d, _, prec = value.partition("|")
        ev.event_date, ev.date_precision = date.fromisoformat(d), prec
    elif field == "place":
        if value in kb.places:
            ev.place_at(kb.places[value], ev.location_text or value, 1)
        else:
            lat, lon = (float(x) for x in value.split(","))
            ev.latitude, ev.longitude, ev.geo_precision = lat, lon, 1
    elif field in ("actor1", "actor2", "attribution"):
        setattr(ev, field, value)
    elif field == "fatalities":
        n = int(value) if value else None
        ev.fatalities = ev.fatalities_low = ev.fatalities_high = n
    elif field == "note":
        ev.note = value


def apply(events: list[Event], rows: list[dict], kb) -> tuple[list[Event], list[dict], int]:
    """The events with the active corrections applied (in the order they were made), the orphaned corrections,
    and how many applied. Merges first (a later correction of the absorbed row then finds the merged one),
    then field changes, then 'not an event' removals."""
    active = [c for c in rows if c.get("undone_at") is None]
    events = list(events)
    orphaned, applied, dropped = [], 0, set()
    order = sorted(active, key=lambda c: (c["field"] != "merge", c["created_at"], c.get("id") or 0))
    for c in order:
        ev = _find(events, _anchor_of(c))
        if ev is None:
            orphaned.append(c)
            continue
        if c["field"] == "merge":
            h, sh, start, typ = (c["after"].split("|") + ["", "", "0", ""])[:4]
            other = _find(events, Anchor(h, int(start or 0), 0, sh, typ))
            if other is None:
                orphaned.append(c)
                continue
            if other is not ev:
                dedupe._merge(ev, other)
                events.remove(other)
        elif c["field"] == "not_event":
            if c["after"] == "true":
                dropped.add(id(ev))
            else:
                dropped.discard(id(ev))
        else:
            try:
                _set(ev, c["field"], c["after"], kb)
            except (CorrectionError, ValueError, KeyError) as exc:
                log.warning("correction %s cannot apply: %s", c.get("id"), exc)
                orphaned.append(c)
                continue
        applied += 1
        ev.corrected = True
        stamp = c["created_at"]
        if ev.last_modified is None or stamp > ev.last_modified:
            ev.last_modified = stamp
    return [e for e in events if id(e) not in dropped], orphaned, applied


# ---- sharing: CSV export and import ---------------------------------------------------------------------------
def _fmt(v) -> str:
    if v is None:
        return ""
    return v.isoformat(sep=" ") if isinstance(v, datetime) else str(v)


def export_csv(store: Store) -> str:
    """Every correction, undone ones included (the history travels with them)."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for c in store.corrections():
        w.writerow([_fmt(c[k]) for k in CSV_COLUMNS])
    return out.getvalue()


def import_csv(store: Store, text: str, kb) -> tuple[int, list[str]]:
    """Add the corrections of a CSV written by export_csv; those already in the store (same anchor, field, value
    and time) are skipped. Returns (added, problems), each problem naming its line."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        return 0, [f"the file lacks the column(s) {', '.join(missing)}"]
    have = {(c["content_hash"], c["sentence_hash"], c["field"], c["after"], _fmt(c["created_at"]))
            for c in store.corrections()}
    added, problems = 0, []
    for line, r in enumerate(reader, start=2):
        try:
            if r["field"] != "merge":
                validate(r["field"], r["after"], kb) if r["field"] not in ("not_event",) else None
            created = datetime.fromisoformat(r["created_at"]) if r["created_at"] else None
            undone = datetime.fromisoformat(r["undone_at"]) if r["undone_at"] else None
            anchor = Anchor(r["content_hash"], int(r["sent_start"]), int(r["sent_end"]), r["sentence_hash"],
                            r["extracted_type"])
        except (CorrectionError, ValueError, KeyError) as exc:
            problems.append(f"line {line}: {exc}")
            continue
        key = (r["content_hash"], r["sentence_hash"], r["field"], r["after"], _fmt(created))
        if key in have:
            continue
        have.add(key)
        store.add_correction(anchor, r["field"], r["before"], r["after"], r["reason"], r["user"], r["event_id"],
                             r["file"], created_at=created, undone_at=undone, undone_by=r["undone_by"])
        added += 1
    return added, problems
