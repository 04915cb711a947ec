"""Clauses of a sentence: triggers grouped into one anchor per event, each with its region of tokens
and its modality (real, threat, hypothetical, negated)."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline import schema
from pipeline.extract.lexicon import Matches, TriggerHit

SPECIFIC = set(schema.EVENT_TYPES) - {"other", "threat", "political_action"}
TALK = set(schema.TALK_TYPES)
SCOPE_BREAK = {"after", "before", "following", "since", "when", "while", "but", "because", "as", "despite",
               "amid", "which", "who", "that"}
NOT_ENUMERATED = {"time", "times", "day", "days", "week", "month", "year", "largest", "biggest", "deadliest",
                  "most", "such", "of", "half", "round", "wave", "phase"}


@dataclass
class Anchor:
    hits: list[TriggerHit]
    start_chunk: int
    region: tuple[int, int] = (0, 0)  # token range
    event_type: str = ""
    start_tok: int | None = None  # where the anchor's region starts when it shares a clause


def modality(m: Matches, trig: TriggerHit, triggers: list[TriggerHit], question: bool) -> str:
    """real, threat, irrealis or negated: read from the cues just before the trigger in its clause."""
    if question:
        return "irrealis"
    chunk = m.chunk_of[trig.i]
    if any(m.toks[k].norm in ("if", "unless") for k in range(0, trig.i)):
        return "irrealis"
    earlier = [t for t in triggers if t.j <= trig.i]
    prev = earlier[-1] if earlier else None
    if prev is not None and prev.modality != "real" and m.chunk_of[prev.i] == chunk and trig.i - prev.j <= 8 \
            and not any(m.toks[k].norm in SCOPE_BREAK for k in range(prev.j, trig.i)):
        return prev.modality
    lo = max(trig.i - 7, 0, prev.j if prev is not None else 0)
    for k in range(trig.i - 1, lo - 1, -1):
        if m.chunk_of[k] != chunk or m.toks[k].norm in SCOPE_BREAK:
            lo = k + 1
            break
    found = "real"
    for kind, label in (("negation", "negated"), ("irrealis", "irrealis"), ("threat", "threat")):
        for i, j, _ in m.cues[kind]:
            if lo <= i and j <= trig.i:
                if kind == "negation" and trig.i - j > 2:
                    continue
                if found == "real" or (found == "irrealis" and label == "threat"):
                    found = label
    return found


def specificity(t: TriggerHit) -> tuple:
    et = t.trigger.event_type
    return (et in SPECIFIC, et == "bombing", et == "attack", t.trigger.strength)


def group(m: Matches, triggers: list[TriggerHit]) -> list[Anchor]:
    """One anchor per event the sentence states: triggers in one clause, or clauses with no date or
    place of their own, are one event; an enumerator ('another') always starts a new one."""
    anchors: list[Anchor] = []
    date_chunks = m.date_chunks
    place_chunks = {m.chunk_of[p.i] for p in m.places if p.place.feature_type != "country"}
    for t in triggers:
        c = m.chunk_of[t.i]
        is_talk = t.trigger.event_type in TALK or t.modality == "threat"
        if anchors:
            prev = anchors[-1]
            prev_talk = any(h.trigger.event_type in TALK or h.modality == "threat" for h in prev.hits)
            own = (c in date_chunks or c in place_chunks) and c != prev.start_chunk
            brk = _dated_reference(m, prev.hits[-1].j, t.i)
            if brk is not None and not t.enumerator:
                anchors.append(Anchor([t], c, start_tok=brk))  # '... shelling since the killing in March 2021'
                continue
            if not t.enumerator and is_talk == prev_talk and (c == prev.start_chunk or not own):
                prev.hits.append(t)
                continue
        anchors.append(Anchor([t], c))
    return anchors


def after_reference_word(m: Matches, tok: int) -> bool:
    """The date sits after 'since'/'after' in its clause: it dates the event referred to, not this one."""
    c = m.chunk_of[tok]
    return any(m.toks[k].norm in ("since", "after", "following", "before")
               for k in range(tok - 1, -1, -1) if m.chunk_of[k] == c)


def _dated_reference(m: Matches, lo: int, hi: int) -> int | None:
    """Token where 'since/after/following/before' opens a reference to another, dated event."""
    for k in range(lo, hi):
        if m.toks[k].norm in ("since", "after", "following", "before") and m.chunk_of[k] == m.chunk_of[hi]:
            for start, end in m.date_tokens:
                if end == k:
                    return start  # 'came a day after a drone struck ...': the date phrase ends in 'after'
                if k < start <= hi + 6 and m.chunk_of[start] == m.chunk_of[hi]:
                    return k  # '... since the killing in March 2021'
    return None


def regions(m: Matches, anchors: list[Anchor]) -> None:
    n = len(m.toks)
    starts = []
    for a in anchors:
        first = a.hits[0].i
        while first > 0 and m.chunk_of[first - 1] == m.chunk_of[a.hits[0].i]:
            first -= 1
        starts.append(a.start_tok if a.start_tok is not None else first)
    starts[0] = 0
    for k, a in enumerate(anchors):
        a.region = (starts[k], starts[k + 1] if k + 1 < len(anchors) else n)


def anaphoric(m: Matches, anchor: Anchor) -> bool:
    """'The attack ...', 'the strike': the trigger refers back to an event already told."""
    t = anchor.hits[0]
    return t.i > 0 and m.toks[t.i - 1].norm in ("the", "this", "that", "saturdays", "fridays", "thursdays",
                                                 "wednesdays", "tuesdays", "mondays", "sundays")


def generic(m: Matches, anchor: Anchor) -> bool:
    lo, hi = anchor.region
    return any(lo <= i < hi for i, _j, _v in m.cues["generic"])


def plural(anchor: Anchor) -> bool:
    """'attacks', 'strikes': a plural trigger with no exact date usually sums up a campaign.
    'a salvo of rockets' is one event: the head noun decides."""
    best = max(anchor.hits, key=specificity)
    words = best.text.lower().split()
    head = words[0] if len(words) > 2 and words[1] == "of" else words[-1]
    return best.trigger.voice == "noun" and head.endswith("s") and not head.endswith(("ss", "us")) or \
        head in ("attacks", "strikes", "raids", "airstrikes")
