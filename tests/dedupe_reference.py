"""The de-duplication as it was before blocking: every event against every earlier kept event in a sliding
window of dates. Quadratic in the window's density, so kept here only as the reference the blocked
`pipeline.dedupe.dedupe` must equal (tests and benchmarks/bench_dedupe.py), never in the product code."""
from __future__ import annotations

from datetime import date

from pipeline.dedupe import _ORDER, _WINDOW, _WINDOW_YEAR, _merge, evidence_rank, same_event, settle_tolls
from pipeline.model import Event


def dedupe_reference(events: list[Event], parents: dict[str, str] | None = None,
                     persons: set[str] | None = None) -> list[Event]:
    """One event per real-world event. Events are compared within a sliding window of dates."""
    ordered = sorted(events, key=lambda e: (e.event_date or date.min, _ORDER[e.date_precision], -e.confidence))
    out: list[Event] = []
    ranks = {id(e): evidence_rank(e) for e in events}
    tolls: dict[int, list[int]] = {}
    for ev in ordered:
        target = None
        window = _WINDOW_YEAR if ev.date_precision == "year" else _WINDOW
        for cand in reversed(out):
            if cand.event_date and ev.event_date and (ev.event_date - cand.event_date).days > window:
                break
            if same_event(cand, ev, parents, persons):
                target = cand
                break
        if target is None:
            out.append(ev)
        else:
            _merge(target, ev, ranks, tolls)
    settle_tolls(out, tolls)
    return out
