"""Events from an article's sentences: each trigger, read in its clause, with its date, place, actors and casualties.

A sentence may state several events ("two in X on 7 June, another in Y on 30 June"); a
trigger under a threat verb becomes a threat; hypotheticals, denials of the act and fears
are not events. Dates resolve against the publication date and the previous event.
"""
from __future__ import annotations

import logging
import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date

from pipeline import schema
from pipeline.extract import dates as D
from pipeline.extract.lexicon import ActorHit, Matches, PlaceHit, TriggerHit, match
from pipeline.extract.numbers import casualties
from pipeline.model import Article, Event, Mention, Sentence
from pipeline.dedupe import km
from pipeline.resources import Knowledge

log = logging.getLogger(__name__)

SPECIFIC = set(schema.EVENT_TYPES) - {"other", "threat", "political_action"}
VIOLENT = set(schema.STRIKE_TYPES) | set(schema.GROUND_TYPES)
TALK = set(schema.TALK_TYPES)
_PASSIVE_AUX = {"was", "were", "been", "being", "is", "are", "be", "got", "get"}
_ADVERBS = {"directly", "reportedly", "also", "allegedly", "repeatedly", "later", "then", "again", "heavily",
            "apparently", "subsequently", "previously", "twice", "recently", "once", "not", "never"}
_SCOPE_BREAK = {"after", "before", "following", "since", "when", "while", "but", "because", "as", "despite",
                "amid", "which", "who", "that"}
_TARGET_PREP = {"on", "against", "at", "targeting", "targeted", "hitting", "into", "toward", "towards"}
_SITE_NOUNS = {"base", "airbase", "airport", "camp", "compound", "embassy", "installation", "airfield", "garrison"}
_LIGHT_VERBS = {"launched", "launches", "launch", "carried", "carries", "conducted", "conducts", "claimed", "claims",
                "staged", "mounted", "fired", "executed", "made", "led", "ordered", "announced", "began"}
_NOT_ENUMERATED = {"time", "times", "day", "days", "week", "month", "year", "largest", "biggest", "deadliest",
                   "most", "such", "of", "half", "round", "wave", "phase"}
_IRREGULAR_PARTICIPLES = {"struck", "hit", "shot", "fought", "overrun", "blown", "slain", "stormed"}


@dataclass
class Anchor:
    hits: list[TriggerHit]
    start_chunk: int
    region: tuple[int, int] = (0, 0)  # token range
    event_type: str = ""
    start_tok: int | None = None  # where the anchor's region starts when it shares a clause


@dataclass
class ArticleState:
    """The article's timeline so far: what partial and relative dates are read against."""
    published: date | None
    published_precision: str
    last_event: Event | None = None
    last_event_sentence: int = -10
    last_event_paragraph: int = -10
    pending: Event | None = None  # a dateless event the next sentence may date
    unnamed_site: Event | None = None  # an event at "a base" the next sentences may name
    unnamed_site_sentence: int = -10
    last_date: tuple[date, str] | None = None
    last_date_sentence: int = -10
    year_hint: int | None = None
    year_hint_sentence: int = -10
    year_hint_paragraph: int = -1


@dataclass
class SentenceResult:
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


def _modality(m: Matches, trig: TriggerHit, triggers: list[TriggerHit], question: bool) -> str:
    """real, threat, irrealis or negated: read from the cues just before the trigger in its clause."""
    if question:
        return "irrealis"
    chunk = m.chunk_of[trig.i]
    if any(m.toks[k].norm in ("if", "unless") for k in range(0, trig.i)):
        return "irrealis"
    earlier = [t for t in triggers if t.j <= trig.i]
    prev = earlier[-1] if earlier else None
    if prev is not None and prev.modality != "real" and m.chunk_of[prev.i] == chunk and trig.i - prev.j <= 8 \
            and not any(m.toks[k].norm in _SCOPE_BREAK for k in range(prev.j, trig.i)):
        return prev.modality
    lo = max(trig.i - 7, 0, prev.j if prev is not None else 0)
    for k in range(trig.i - 1, lo - 1, -1):
        if m.chunk_of[k] != chunk or m.toks[k].norm in _SCOPE_BREAK:
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


def _specificity(t: TriggerHit) -> tuple:
    et = t.trigger.event_type
    return (et in SPECIFIC, et == "bombing", et == "attack", t.trigger.strength)


def _group(m: Matches, triggers: list[TriggerHit]) -> list[Anchor]:
    """One anchor per event the sentence states: triggers in one clause, or clauses with no date or
    place of their own, are one event; an enumerator ('another') always starts a new one."""
    anchors: list[Anchor] = []
    date_chunks = m.date_chunks  # type: ignore[attr-defined]
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
                anchors.append(Anchor([t], c, start_tok=brk))  # '... rocket attack since the assassination in January 2020'
                continue
            if not t.enumerator and is_talk == prev_talk and (c == prev.start_chunk or not own):
                prev.hits.append(t)
                continue
        anchors.append(Anchor([t], c))
    return anchors


def _after_reference_word(m: Matches, tok: int) -> bool:
    """The date sits after 'since'/'after' in its clause: it dates the event referred to, not this one."""
    c = m.chunk_of[tok]
    return any(m.toks[k].norm in ("since", "after", "following", "before")
               for k in range(tok - 1, -1, -1) if m.chunk_of[k] == c)


def _dated_reference(m: Matches, lo: int, hi: int) -> int | None:
    """Token where 'since/after/following/before' opens a reference to another, dated event."""
    for k in range(lo, hi):
        if m.toks[k].norm in ("since", "after", "following", "before") and m.chunk_of[k] == m.chunk_of[hi]:
            dated = any(k < d <= hi + 6 and m.chunk_of[d] == m.chunk_of[hi]
                        for d in getattr(m, "date_tokens", ()))
            if dated:
                return k
    return None


def _regions(m: Matches, anchors: list[Anchor]) -> None:
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


def _is_passive(m: Matches, t: TriggerHit) -> bool:
    k = t.i - 1
    while k >= 0 and m.toks[k].norm in _ADVERBS:
        k -= 1
    word = m.toks[t.i].norm
    participle = word.endswith("ed") or word in _IRREGULAR_PARTICIPLES
    if k >= 0 and m.toks[k].norm in _PASSIVE_AUX and participle:
        return True
    return False


def _by_actor(m: Matches, t: TriggerHit, hi: int) -> ActorHit | None:
    for k in range(t.j, min(hi, t.j + 4)):
        if k > t.j and m.toks[k].norm.endswith("ed"):
            return None  # 'infrastructure used by X': the by-phrase belongs to another verb
        if m.toks[k].norm == "by":
            return next((a for a in m.actors if k < a.i <= k + 4 and a.i < hi), None)
    return None


_TARGET_ROLES = {"activist", "commander", "leader", "official", "journalist", "cleric", "judge", "officer", "politician",
                 "lawyer", "candidate", "chief", "businessman", "protester", "blogger"}
_REPORTING = {"said", "says", "say", "told", "tells", "reported", "reports", "stated", "states", "added", "announced",
              "according", "confirmed", "claimed", "quoted", "cited", "alleged", "spokesman", "spokeswoman",
              "spokesperson", "statement"}
_VICTIM_VERBS = {"killed", "wounded", "injured", "hurt", "dead", "died"}


def _sources(m: Matches, t: TriggerHit) -> set[int]:
    """Actors who report the event rather than take part in it: 'X said', 'according to X', 'a X spokesman'."""
    out = set()
    for a in m.actors:
        lo, hi = sorted((a.j, t.i)) if a.j <= t.i else (t.j, a.i)
        between = {m.toks[k].norm for k in range(lo, hi)}
        near_after = {m.toks[k].norm for k in range(a.j, min(a.j + 3, len(m.toks)))}
        before = {m.toks[k].norm for k in range(max(0, a.i - 2), a.i)}
        if a.i < t.i and between & {"said", "says", "told", "reported", "announced", "stated", "claimed"}:
            if not between & {"it", "its", "they", "their", "we", "our"}:
                out.add(id(a))  # 'The Pentagon said an attack on ...' (but 'X said it carried out strikes')
        elif a.i > t.i and (near_after & _REPORTING or before & {"according", "to"} and "according" in before):
            out.add(id(a))  # '..., a coalition spokesman said' / 'according to X'
        elif m.chunk_of[a.i] != m.chunk_of[t.i] and a.i > t.i and any(
                m.toks[k].norm in _REPORTING for k in range(a.i, len(m.toks)) if m.chunk_of[k] == m.chunk_of[a.i]):
            out.add(id(a))  # '..., the Kurdish counter-terrorism service said.'
    return out


def _located(m: Matches, a: ActorHit) -> bool:
    """'in Jordan', 'near Iran': a country named as a location is not an actor."""
    return a.actor.actor_type == "foreign state" and a.i > 0 and m.toks[a.i - 1].norm in ("in", "near", "at", "inside")


def _victim(m: Matches, a: ActorHit) -> bool:
    """'Three US soldiers were killed': the actor that suffered the event."""
    after = [m.toks[k].norm for k in range(a.j, min(a.j + 3, len(m.toks)))]
    return bool(set(after) & _VICTIM_VERBS) and any(w in ("were", "was", "been") for w in after)


def _is_verb(m: Matches, t: TriggerHit) -> bool:
    word = m.toks[t.j - 1].norm
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES or \
        (t.i > 0 and m.toks[t.i - 1].norm in ("has", "have", "had", "to"))


def _appositive(m: Matches, chunk: int) -> bool:
    first = next((t for k, t in enumerate(m.toks) if m.chunk_of[k] == chunk), None)
    return first is not None and first.norm in ("a", "an", "the", "who", "which", "whose", "including", "known")


def _actors(m: Matches, anchor: Anchor, kb: Knowledge, place: PlaceHit | None) -> tuple[str, str, list[str]]:
    lo, hi = anchor.region
    t = max(anchor.hits, key=_specificity)
    chunk = m.chunk_of[t.i]
    talk = t.trigger.event_type in TALK or t.modality == "threat"
    sources = set() if talk else _sources(m, t)
    participants = [a for a in m.actors if id(a) not in sources and not _located(m, a)]
    left_all = [a for a in participants if lo <= a.i < t.i]
    left = [a for a in left_all if m.chunk_of[a.i] == chunk]
    if not _is_verb(m, t):
        # a noun ('the killing of', 'a US strike') takes its perpetrator from a modifier right before it
        # or from the subject of a light verb ('X launched an attack')
        left = [a for a in left if t.i - a.j <= 3
                or any(m.toks[k].norm in _LIGHT_VERBS for k in range(a.j, t.i))]
    elif not left:
        left = [a for a in left_all if not _appositive(m, m.chunk_of[a.i])]
    right = [a for a in participants if t.j <= a.i < hi]
    by = _by_actor(m, t, hi)
    a1 = a2 = None
    if _is_passive(m, t):
        a1, a2 = by, (left_all[-1] if left_all else None)
    else:
        a1 = by or (left[-1] if left else None)
        if by is not None:
            a2 = left[-1] if left else next((a for a in right if a is not by), None)
        else:
            a2 = right[0] if right else None
    if a2 is None and not talk:
        victims = next((a for a in participants if _victim(m, a)), None)
        a2 = victims if victims is not a1 else None
    if talk:
        # the speaker is the sentence's first actor; 'X will be targeted' names the target before the verb
        if left:
            a1 = left[0]
            if t.text.lower().startswith(("will be", "would be")) or _is_passive(m, t):
                a2 = left[-1] if len(left) > 1 else a2
        if a1 is not None and a2 is a1:
            a2 = right[0] if right else None
    def canon(hit):
        if hit is None:
            return "unknown"
        actor = hit.actor
        if actor.actor_type == "person" and actor.affiliation:
            return actor.affiliation
        return actor.name

    actor1, actor2 = canon(a1), canon(a2)
    if t.trigger.event_type not in TALK and t.modality != "threat":
        actor1 = _armed_branch(actor1, kb)  # 'the United States conducted airstrikes': its forces did
    if actor2 == "unknown" and place is not None and place.place.hosts and actor1 != place.place.hosts:
        actor2 = place.place.hosts
    if actor1 == actor2:
        actor2 = "unknown"
    assoc = []
    for a in m.actors:
        if lo <= a.i < hi and a is not a1 and a is not a2:
            name = a.actor.name
            if name not in (actor1, actor2) and name not in assoc:
                assoc.append(name)
    for hit in (a1, a2):
        if hit is not None and hit.actor.actor_type == "person" and hit.actor.name not in assoc:
            assoc.append(hit.actor.name)
    return actor1, actor2, assoc


def _single_victim(m: Matches, t: TriggerHit) -> bool:
    """'killed a prominent activist': one named-by-role person, the mark of a targeted killing."""
    nxt = [m.toks[k].norm for k in range(t.j, min(t.j + 4, len(m.toks)))]
    return bool(nxt) and nxt[0] in ("a", "an") and bool(set(nxt[1:]) & _TARGET_ROLES)


def _armed_branch(name: str, kb: Knowledge) -> str:
    """A government named as the perpetrator of violence stands for its armed forces."""
    actor = kb.actors.get(name)
    if actor is None or actor.actor_type != "government":
        return name
    forces = [a.name for a in kb.actors.values() if a.parent == name and a.actor_type == "state force"]
    return forces[0] if len(forces) == 1 else name


def _resolve_type(m: Matches, anchor: Anchor, actor1: str, actor2: str, kb: Knowledge,
                  place: PlaceHit | None, a2_is_person: bool) -> str:
    hits = [h for h in anchor.hits if not h.enumerator] or anchor.hits
    best = max(hits, key=_specificity)
    et = best.trigger.event_type
    if best.modality == "threat" or et == "threat":
        return "threat"
    if et == "political_action":
        return et
    lo, hi = anchor.region
    instruments = sorted(((abs(i - best.i), v) for i, j, v in m.cues["instrument"] if lo <= i < hi),
                         key=lambda x: x[0])
    inst = instruments[0][1] if instruments else None
    if et in SPECIFIC:
        if inst == "drone_strike" and et in ("airstrike", "ied_or_bombing", "shelling"):
            return "drone_strike"
        if inst and et == "ied_or_bombing" and best.trigger.strength < 0.8:
            return inst
        return et
    if et == "kill" and (a2_is_person or _single_victim(m, best)):
        return "assassination"
    if inst:
        return inst
    return _default_type(et, actor1, actor2, place, kb)


def _default_type(trigger_type: str, actor1: str, actor2: str, place: PlaceHit | None, kb: Knowledge) -> str:
    """The type of a trigger that names no weapon, from the rules in type_defaults.csv."""
    side1 = kb.actors[actor1].side if actor1 in kb.actors else "unknown"
    side2 = kb.actors[actor2].side if actor2 in kb.actors else "unknown"
    if place is None:
        where = "none"
    elif place.place.feature_type in ("base", "airport") or place.place.hosts:
        where = "base"
    else:
        where = "any"
    for r in kb.type_defaults:
        if r["trigger"] != trigger_type:
            continue
        if r["actor1_side"] not in ("*", side1) or r["actor2_side"] not in ("*", side2):
            continue
        if r["place"] not in ("*", where) and not (r["place"] == "any" and where != "none"):
            continue
        return r["event_type"]
    return "other"


def _pick_place(m: Matches, anchor: Anchor, owned: set[int]) -> PlaceHit | None:
    lo, hi = anchor.region
    cands = [p for p in m.places if lo <= p.i < hi]
    if not cands:
        cands = [p for k, p in enumerate(m.places) if k not in owned]
    if not cands:
        return None
    trig = anchor.hits[0].i

    def rank(p: PlaceHit):
        specific = p.place.feature_type in ("base", "airport", "landmark", "border_crossing")
        return (p.penalty, p.geo, p.place.feature_type == "country", p.relative, not specific, abs(p.i - trig))
    chunk = m.chunk_of[trig]
    for p in cands:
        lo_t, hi_t = sorted((p.i, trig))
        if any(m.toks[k].norm in _SCOPE_BREAK for k in range(lo_t, hi_t)):
            p.penalty = max(p.penalty, 2)  # 'strikes on US bases after warning ... Tel Aviv': another clause
        if m.chunk_of[p.i] in m.asides and m.chunk_of[p.i] != chunk:
            p.penalty = max(p.penalty, 2)  # a place inside a dash or bracket aside
    return min(cands, key=rank)


def _pick_date(m: Matches, anchor: Anchor, all_dates: list) -> tuple | None:
    """The anchor's own date, else one stated earlier in the sentence ('On 21 November, ..., X was targeted')."""
    lo, hi = anchor.region
    inside = [d for d in all_dates if lo <= d[1] < hi and d[3] is not None]
    pool = inside or [d for d in all_dates if d[1] < lo and d[3] is not None]
    if not pool:
        return None
    order = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
    return min(pool, key=lambda d: (order[d[4]], not d[0].absolute, abs(d[1] - anchor.hits[0].i)))


def _confidence(anchor: Anchor, has_date: bool, inherited: bool, place: PlaceHit | None, actor1: str) -> float:
    strength = max(h.trigger.strength for h in anchor.hits)
    c = 0.35 + 0.35 * strength
    c += 0.1 if has_date and not inherited else 0.0
    c += 0.1 if place is not None and place.geo <= 2 else 0.0
    c += 0.05 if actor1 != "unknown" else 0.0
    c -= 0.15 if inherited else 0.0
    return round(min(max(c, 0.05), 0.99), 2)


def _date_mentions(sent: Sentence, m: Matches, art: Article, st: ArticleState, res: SentenceResult) -> list:
    """Resolve the sentence's date expressions: (expr, first token, last token, date, precision)."""
    exprs = D.find_dates(sent.text)
    starts = [t.start - sent.start for t in m.toks]

    def tok_index(char_off):
        return max(0, bisect.bisect_right(starts, char_off) - 1)

    year_here = D.sentence_year(exprs)
    year_carried = D.sentence_year(exprs, carried=True)
    if year_carried:
        st.year_hint, st.year_hint_sentence, st.year_hint_paragraph = year_carried, sent.index, sent.paragraph
    recent_hint = st.year_hint if (sent.index - st.year_hint_sentence <= 2
                                   and sent.paragraph - st.year_hint_paragraph <= 1) else None
    recent = st.last_event if st.last_event and sent.index - st.last_event_sentence <= 4 else None
    ctx = D.Context(published=art.published, published_precision=art.published_precision,
                    year_hint=year_here or recent_hint,
                    anchor=recent.event_date if recent else None,
                    anchor_precision=recent.date_precision if recent else "day")
    out = []
    for e in exprs:
        if e.citation or _is_dateline(sent.text, e):
            continue
        ctx_e = ctx
        if e.kind in ("later", "anchor") and ctx.anchor is None and st.last_date and \
                sent.index - st.last_date_sentence <= 3:
            ctx_e = D.Context(art.published, art.published_precision, ctx.year_hint, st.last_date[0], st.last_date[1])
        d, prec = D.resolve(e, ctx_e)
        if d is not None and art.date_method in ("manifest", "html_meta") and ctx.latest is not None \
                and (d - ctx.latest).days > 1 and e.kind != "year":
            d, prec = None, "unknown"  # nothing reported can happen after publication
        out.append((e, tok_index(e.start), tok_index(max(e.end - 1, e.start)), d, prec))
        res.mentions.append(Mention(e.text, sent.start + e.start, sent.start + e.end, "DATE",
                                    d.isoformat() if d else "", info={"precision": prec}))
    return out


def _is_dateline(text: str, e: D.DateExpr) -> bool:
    """'CAIRO – June 19, 2018: ...' dates the report, not the event."""
    if e.start > 40:
        return False
    after = text[e.end:e.end + 3]
    before = text[:e.start]
    return bool(re.match(r"\s*[:—–]|\s+-\s", after)) or bool(re.search(r"[A-Z]{3,}\s*[—–-]\s*$", before))


def _triggers(sent: Sentence, m: Matches, res: SentenceResult) -> list[TriggerHit]:
    """Triggers that state something that happened (or a threat), in reading order."""
    question = sent.text.rstrip().endswith("?")
    out = []
    for t in m.triggers:
        if t.enumerator:
            nxt = m.toks[t.j].norm if t.j < len(m.toks) else ""
            if nxt in _NOT_ENUMERATED:
                continue
        t.modality = "real" if t.enumerator else _modality(m, t, m.triggers, question)
        if t.modality in ("negated", "irrealis"):
            continue
        out.append(t)
        res.mentions.append(Mention(t.text, m.toks[t.i].start, m.toks[t.j - 1].end, "TRIGGER",
                                    t.trigger.event_type, info={"modality": t.modality}))
    violent_seen = any(t.trigger.event_type not in TALK and t.modality == "real" and not t.enumerator for t in out)
    return [t for t in out if not t.enumerator or violent_seen]


def _anaphoric(m: Matches, anchor: Anchor) -> bool:
    """'The attack ...', 'the strike': the trigger refers back to an event already told."""
    t = anchor.hits[0]
    return t.i > 0 and m.toks[t.i - 1].norm in ("the", "this", "that", "saturdays", "fridays", "thursdays",
                                                 "wednesdays", "tuesdays", "mondays", "sundays")


def _generic(m: Matches, anchor: Anchor) -> bool:
    lo, hi = anchor.region
    return any(lo <= i < hi for i, _j, _v in m.cues["generic"])


def analyse_sentence(sent: Sentence, art: Article, kb: Knowledge, st: ArticleState) -> SentenceResult:
    res = SentenceResult()
    m = match(sent.text, sent.start, kb, sent.is_title)
    all_dates = _date_mentions(sent, m, art, st, res)
    m.date_chunks = {m.chunk_of[d[1]] for d in all_dates  # type: ignore[attr-defined]
                      if d[3] is not None and m.toks and not _after_reference_word(m, d[1])}
    m.date_tokens = [d[1] for d in all_dates if d[3] is not None]  # type: ignore[attr-defined]
    for p in m.places:
        res.mentions.append(Mention(p.name_text, p.name_start, p.name_end, "PLACE", p.place.name, info={"geo": p.geo}))
    for a in m.actors:
        res.mentions.append(Mention(a.text, a.start, a.end, "ACTOR", a.actor.name))
    res.unplaced = [u[0] for u in m.unplaced]
    # a headline restates the lead with the publication date in place of the event's: read the body
    triggers = [] if sent.is_title else _triggers(sent, m, res)
    good_dates = [d for d in all_dates if d[3] is not None]
    if good_dates:
        last = max(good_dates, key=lambda d: d[1])
        st.last_date, st.last_date_sentence = (last[3], last[4]), sent.index
    pending, st.pending = st.pending, None
    _name_unnamed_site(m, sent, st)
    if not triggers:
        if st.last_event is not None and sent.index - st.last_event_sentence == 1 and not sent.is_title:
            _continue(st.last_event, sent)  # 'There were no casualties.' right after the event
        return res

    anchors = _group(m, triggers)
    _regions(m, anchors)
    owned = set()
    for a in anchors:
        lo, hi = a.region
        owned |= {k for k, p in enumerate(m.places) if lo <= p.i < hi}
    denial = bool(m.cues["denial"])
    prev_enum: Event | None = None
    for anchor in anchors:
        lo, hi = anchor.region
        place = _pick_place(m, anchor, owned - {k for k, p in enumerate(m.places) if lo <= p.i < hi})
        actor1, actor2, assoc = _actors(m, anchor, kb, place)
        right_persons = [a for a in m.actors if lo <= a.i < hi and a.actor.actor_type == "person"
                         and a.i > anchor.hits[0].i]
        etype = _resolve_type(m, anchor, actor1, actor2, kb, place, bool(right_persons))
        prev_ev = st.last_event if st.last_event and (sent.index - st.last_event_sentence <= 2 or (
            sent.index - st.last_event_sentence <= 5 and st.last_event.event_type == etype
            and not any(d[3] is not None for d in all_dates))) else None
        if etype == "other" and prev_ev is not None and sent.paragraph - st.last_event_paragraph <= 1:
            etype = prev_ev.event_type  # 'the targeting of a warehouse' in a run of strikes is another strike
        if anchor.hits[0].enumerator and prev_enum is not None:
            etype = prev_enum.event_type
            actor1 = prev_enum.actor1 if actor1 == "unknown" else actor1
            actor2 = prev_enum.actor2 if actor2 == "unknown" else actor2
        picked = _pick_date(m, anchor, all_dates)
        compatible = prev_ev is not None and _compatible(prev_ev, actor1, actor2, kb)
        if pending is not None and picked and _anaphoric(m, anchor) and etype not in TALK:
            # "A volley of rockets hit the base ... The attack late on Monday ...": date the earlier sentence
            pending.event_date, pending.date_precision, pending.date_text = picked[3], picked[4], picked[0].text
            _refine_place(pending, place)
            _continue(pending, sent, actor1)
            if _keep(pending, None, "", False):
                res.events.append(pending)
                st.last_event, st.last_event_sentence, st.last_event_paragraph = pending, sent.index, sent.paragraph
            pending = None
            continue
        inherited = False
        if picked:
            event_date, prec, date_text = picked[3], picked[4], picked[0].text
        elif compatible and etype not in TALK and (_anaphoric(m, anchor) or place is None
                                                   or place.place.name == prev_ev.location
                                                   or (place.geo < prev_ev.geo_precision
                                                       and place.place.admin1 in ("", prev_ev.admin1))):
            # no date of its own: the sentence goes on about the previous event
            _refine_place(prev_ev, place)
            _continue(prev_ev, sent, actor1)
            continue
        elif sent.index <= 3 and art.published and art.date_method != "inferred":
            event_date, date_text = art.published, "publication date"
            prec = "day" if art.published_precision == "day" else "month"
            inherited = True
        elif compatible and etype not in TALK:
            event_date, prec, date_text = prev_ev.event_date, prev_ev.date_precision, "previous event"
            inherited = True
        elif st.last_date and sent.index - st.last_date_sentence <= 1 and not _anaphoric(m, anchor):
            (event_date, prec), date_text, inherited = st.last_date, "previous sentence", True
        else:
            event_date, prec, date_text = None, "unknown", ""
        region_text = sent.text[m.toks[lo].start - sent.start:m.toks[hi - 1].end - sent.start] \
            if len(anchors) > 1 else sent.text
        cas = casualties(region_text) if etype in VIOLENT else casualties("")
        ev = Event(event_type=etype, evidence=sent.text, file=art.file, event_date=event_date,
                   date_precision=prec, date_text=date_text, actor1=actor1, actor2=actor2, assoc_actors=assoc,
                   fatalities=cas.fatalities, fatalities_low=cas.low, fatalities_high=cas.high,
                   injuries=cas.injuries, sources=[art.file], sentence_start=sent.start,
                   sentence_index=sent.index)
        if denial and ev.actor1 != "unknown" and etype in VIOLENT:
            ev.assoc_actors.append(ev.actor1)
            ev.actor1 = "unknown"
        _set_place(ev, place, m, lo, hi)
        ev.confidence = _confidence(anchor, picked is not None, inherited, place, actor1)
        if not ev.location and etype in VIOLENT and any(m.toks[k].norm in _SITE_NOUNS for k in range(lo, hi)):
            st.unnamed_site, st.unnamed_site_sentence = ev, sent.index  # "an Iraqi military base": named later?
        if event_date is None and etype in VIOLENT and not _generic(m, anchor) and not _plural(anchor):
            st.pending = ev  # the next sentence may date it ("The attack late on Monday ...")
            continue
        summary = "generic" if _generic(m, anchor) else "plural" if _plural(anchor) else ""
        if not _keep(ev, place, summary, inherited):
            continue
        res.events.append(ev)
        prev_enum = ev
        for extra in _conjoined_places(m, anchor, place, kb):
            twin = dataclasses.replace(ev, assoc_actors=list(ev.assoc_actors), sources=list(ev.sources),
                                       fatalities=None, fatalities_low=None, fatalities_high=None, injuries=None)
            _set_place(twin, extra, m, lo, hi)
            res.events.append(twin)
        if etype in VIOLENT:
            st.last_event, st.last_event_sentence, st.last_event_paragraph = ev, sent.index, sent.paragraph
    return res


def _name_unnamed_site(m: Matches, sent: Sentence, st: ArticleState) -> None:
    """'Rockets hit a base housing US troops ... the first attack on Camp Taji': the base named next."""
    ev = st.unnamed_site
    if ev is None:
        return
    if sent.index - st.unnamed_site_sentence > 2 or ev.location:
        st.unnamed_site = None
        return
    if sent.index == st.unnamed_site_sentence:
        return
    site = next((p for p in m.places if p.place.feature_type in ("base", "airport") and not p.penalty), None)
    if site is not None:
        ev.place_at(site.place, site.text, 2)
        st.unnamed_site = None


def _keep(ev: Event, place: PlaceHit | None, generic: str, inherited: bool) -> bool:
    """Whether an event is stated precisely enough to be a row of the dataset."""
    if ev.event_type in VIOLENT or ev.event_type == "other":
        specific_place = (place is not None and place.geo <= 2 and place.penalty == 0) or \
            (place is None and ev.geo_precision <= 2 and ev.latitude is not None)
        named = ev.actor1 != "unknown" or ev.actor2 != "unknown"
        if ev.event_date is None or ev.date_precision in ("year", "unknown") or ev.event_type == "other":
            return False
        if not (ev.date_precision in ("day", "week") or specific_place or (ev.date_precision == "month" and named)):
            return False
        if generic == "generic" and (ev.date_precision != "day" or inherited):
            return False  # 'regularly come under rocket attack': a summary, not an event
        if generic == "plural" and (ev.date_precision != "day" or inherited) and not specific_place:
            return False
        return True
    return ev.event_date is not None and not (ev.actor1 == "unknown" and ev.event_type == "political_action")


def _set_place(ev: Event, place: PlaceHit | None, m: Matches, lo: int, hi: int) -> None:
    if place is None:
        near = [u for u in m.unplaced if m.toks[lo].start <= u[1] < m.toks[hi - 1].end + 1]
        if near:
            ev.location_text = near[0][0]
        return
    ev.place_at(place.place, place.text, place.geo)


def _refine_place(ev: Event, place: PlaceHit | None) -> None:
    """A follow-up sentence that names the place more exactly moves the event there."""
    if place is None or place.penalty:
        return
    if not ev.location or place.geo < ev.geo_precision or (
            place.geo == ev.geo_precision and ev.feature_type in ("country", "region", "governorate")):
        ev.place_at(place.place, place.text, place.geo)


def _conjoined_places(m: Matches, anchor: Anchor, place: PlaceHit | None, kb: Knowledge) -> list[PlaceHit]:
    """'strikes in Iraq and Syria', 'at Ain al-Asad and three bases in Syria': one event per distant place."""
    if place is None:
        return []
    lo, hi = anchor.region
    out = []
    for p in m.places:
        if p is place or not (lo <= p.i < hi) or p.penalty:
            continue
        between = [t.norm for t in m.toks[min(p.j, place.j):max(p.i, place.i)]]
        if "and" not in between or len(between) > 10:
            continue
        if km((p.place.latitude, p.place.longitude), (place.place.latitude, place.place.longitude)) > 150 \
                and p.place.country != place.place.country:
            out.append(p)
    return out


def _continue(ev: Event, sent: Sentence, actor1: str = "unknown") -> None:
    """A follow-up sentence adds what the event lacked: casualty figures, a claimed perpetrator."""
    cas = casualties(sent.text)
    if ev.fatalities is None and cas.fatalities is not None:
        ev.fatalities, ev.fatalities_low, ev.fatalities_high = cas.fatalities, cas.low, cas.high
    if ev.injuries is None and cas.injuries is not None:
        ev.injuries = cas.injuries
    if ev.actor1 == "unknown" and actor1 not in ("unknown", ev.actor2):
        ev.actor1 = actor1


def _compatible(ev: Event, actor1: str, actor2: str, kb: Knowledge) -> bool:
    """The actors of a new mention do not contradict the previous event's."""
    def same(x, y):
        if x == "unknown" or y == "unknown" or x == y:
            return True
        ax, ay = kb.actors.get(x), kb.actors.get(y)
        return bool(ax and ay and (ax.parent == y or ay.parent == x))
    if actor1 != "unknown" and actor1 == ev.actor2 and actor1 != ev.actor1:
        return False  # roles reversed: a response, not the same event
    return same(actor1, ev.actor1) and same(actor2, ev.actor2)


def _plural(anchor: Anchor) -> bool:
    """'attacks', 'strikes': a plural trigger with no exact date usually sums up a campaign.
    'a volley of rockets' is one event: the head noun decides."""
    best = max(anchor.hits, key=_specificity)
    words = best.text.lower().split()
    head = words[0] if len(words) > 2 and words[1] == "of" else words[-1]
    return best.trigger.voice == "noun" and head.endswith("s") and not head.endswith(("ss", "us")) or \
        head in ("attacks", "strikes", "raids", "airstrikes")


def extract(art: Article, sentences: list[Sentence], kb: Knowledge) -> tuple[list[Event], list[Mention], list[str]]:
    """All events an article states, the mentions recognised along the way, and the place names not in the gazetteer."""
    st = ArticleState(art.published, art.published_precision)
    events, mentions, unplaced = [], [], []
    for sent in sentences:
        r = analyse_sentence(sent, art, kb, st)
        events.extend(r.events)
        mentions.extend(r.mentions)
        unplaced.extend(r.unplaced)
    return events, mentions, unplaced
