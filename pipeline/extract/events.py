"""Events from an article's sentences: each trigger, read in its clause, with its date, place, actors and casualties.

A sentence may state several events ("two in X on 7 June, another in Y on 30 June"); a
trigger under a threat verb becomes a threat; hypotheticals, denials of the act and fears
are not events. Dates resolve against the publication date and the previous event.
"""
from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from dataclasses import dataclass, field
from datetime import date

from pipeline import schema
from pipeline.dedupe import km
from pipeline.extract import dates as D
from pipeline.extract.clauses import (NOT_ENUMERATED, SCOPE_BREAK, TALK, Anchor, after_reference_word, anaphoric,
                                      generic, group, modality, plural, regions)
from pipeline.extract.lexicon import Matches, PlaceHit, TriggerHit, match
from pipeline.extract.numbers import casualties
from pipeline.extract.roles import resolve_type, roles
from pipeline.model import Article, Event, Mention, Sentence
from pipeline.resources import Knowledge

log = logging.getLogger(__name__)

VIOLENT = set(schema.STRIKE_TYPES) | set(schema.GROUND_TYPES)
# words that open another clause with events of its own ('raids on the base after threats against the capital');
# a relative 'which'/'who' is not one: 'the K-1 base, which was shelled' keeps its antecedent
_CLAUSE_BREAK = SCOPE_BREAK - {"which", "who", "that", "as"}
_REPORT_VERBS = {"said", "says", "told", "reported", "announced", "stated", "confirmed", "added", "statement"}
_SITE_NOUNS = {"base", "airbase", "airport", "camp", "compound", "embassy", "installation", "airfield", "garrison"}


@dataclass
class ArticleState:
    """The article's timeline so far: what partial and relative dates are read against."""
    published: date | None
    published_precision: str
    last_event: Event | None = None
    last_event_sentence: int = -10
    last_event_paragraph: int = -10
    pending: Event | None = None  # a dateless event the next sentence may date
    waiting: Event | None = None  # the previous sentence's pending event, while this sentence is read
    fallback: tuple[date, str] | None = None  # the date a waiting lead takes if nothing dates it
    recent: list[Event] = field(default_factory=list)  # the last few violent events, oldest first
    bare_year: tuple[int, int, int] | None = None  # (year, sentence, paragraph) of the last year stated
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
        if any(m.toks[k].norm in _CLAUSE_BREAK for k in range(lo_t, hi_t)):
            p.penalty = max(p.penalty, 2)  # 'raids on the base after threats against the capital': another clause
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

    def reported(d) -> bool:  # 'police said on Tuesday': the day of the report, not of the event
        return any(m.toks[k].norm in _REPORT_VERBS for k in range(max(0, d[1] - 2), d[1]))
    return min(pool, key=lambda d: (reported(d), order[d[4]], not d[0].absolute, abs(d[1] - anchor.hits[0].i)))


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
    if recent_hint is None and st.bare_year and sent.index - st.bare_year[1] == 1 and sent.paragraph == st.bare_year[2]:
        recent_hint = st.bare_year[0]  # 'The escalation came in late 2019. After ... on December 27, ...'
    if year_here:
        st.bare_year = (year_here, sent.index, sent.paragraph)
    recent = st.last_event if st.last_event and sent.index - st.last_event_sentence <= 4 else None
    ctx = D.Context(published=art.published, published_precision=art.published_precision,
                    year_hint=year_here or recent_hint,
                    anchor=recent.event_date if recent else None,
                    anchor_precision=recent.date_precision if recent else "day")
    out = []
    local = None  # the last absolute date of this sentence: 'on December 27 ... two days later'
    for e in exprs:
        if e.citation or _is_dateline(sent.text, e):
            continue
        ctx_e = ctx
        if e.kind in ("later", "anchor") and local is not None:
            ctx_e = D.Context(art.published, art.published_precision, ctx.year_hint, local[0], local[1])
        elif e.kind in ("later", "anchor") and ctx.anchor is None and st.last_date and \
                sent.index - st.last_date_sentence <= 3:
            ctx_e = D.Context(art.published, art.published_precision, ctx.year_hint, st.last_date[0], st.last_date[1])
        d, prec = D.resolve(e, ctx_e)
        if e.kind == "later" and e.text.lower().rstrip().endswith("after") and not _trigger_follows(m, sent, e):
            d, prec = None, "unknown"  # 'a week after the election': dated from something untold
        if d is not None and art.date_method in ("manifest", "html_meta") and ctx.latest is not None \
                and (d - ctx.latest).days > 1 and e.kind != "year":
            d, prec = None, "unknown"  # nothing reported can happen after publication
        out.append((e, tok_index(e.start), tok_index(max(e.end - 1, e.start)), d, prec))
        if d is not None and e.absolute and prec in ("day", "week"):
            local = (d, prec)
        res.mentions.append(Mention(e.text, sent.start + e.start, sent.start + e.end, "DATE",
                                    d.isoformat() if d else "", info={"precision": prec}))
    return out


def _trigger_follows(m: Matches, sent: Sentence, e: D.DateExpr) -> bool:
    end = sent.start + e.end
    return any(0 <= m.toks[t.i].start - end <= 40 for t in m.triggers)


def _is_dateline(text: str, e: D.DateExpr) -> bool:
    """'AMMAN – 3 May 2021: ...' dates the report, not the event."""
    if e.start > 40:
        return False
    before = text[:e.start]
    if re.search(r"[A-Z]{3,}\s*[—–-]\s*$", before):
        return True
    # '3 May 2021 — Rockets hit ...' opens a wire story; '3 January: ...' in a timeline dates the event
    return e.year is not None and not before.strip() and bool(re.match(r"\s*[—–]|\s+-\s", text[e.end:e.end + 3]))


def _triggers(sent: Sentence, m: Matches, res: SentenceResult) -> list[TriggerHit]:
    """Triggers that state something that happened (or a threat), in reading order."""
    question = sent.text.rstrip().endswith("?")
    out = []
    for t in m.triggers:
        if t.enumerator:
            nxt = m.toks[t.j].norm if t.j < len(m.toks) else ""
            if nxt in NOT_ENUMERATED:
                continue
        t.modality = "real" if t.enumerator else modality(m, t, m.triggers, question)
        if t.modality in ("negated", "irrealis"):
            continue
        out.append(t)
        res.mentions.append(Mention(t.text, m.toks[t.i].start, m.toks[t.j - 1].end, "TRIGGER",
                                    t.trigger.event_type, info={"modality": t.modality}))
    violent_seen = any(t.trigger.event_type not in TALK and t.modality == "real" and not t.enumerator for t in out)
    return [t for t in out if not t.enumerator or violent_seen]


def analyse_sentence(sent: Sentence, art: Article, kb: Knowledge, st: ArticleState) -> SentenceResult:
    """The events one sentence states (or adds to earlier events), with the mentions it holds.

    Updates the article state: the timeline later sentences are dated against.
    """
    st.waiting, st.pending = st.pending, None
    res = _analyse(sent, art, kb, st)
    waiting, st.waiting = st.waiting, None
    if waiting is not None and waiting.date_text == "publication date":
        # a lead the next sentence did not date: it happened around publication ('Rockets have hit ...')
        waiting.event_date, waiting.date_precision = st.fallback
        if _keep(waiting, None, "", True):
            res.events.insert(0, waiting)
            _remember(st, waiting, sent)
    return res


def _analyse(sent: Sentence, art: Article, kb: Knowledge, st: ArticleState) -> SentenceResult:
    res = SentenceResult()
    m = match(sent.text, sent.start, kb, sent.is_title)
    all_dates = _date_mentions(sent, m, art, st, res)
    m.date_chunks = {m.chunk_of[d[1]] for d in all_dates
                      if d[3] is not None and m.toks and not after_reference_word(m, d[1])}
    m.date_tokens = [(d[1], d[2]) for d in all_dates if d[3] is not None]
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
    _name_unnamed_site(m, sent, st)
    if not triggers:
        if st.last_event is not None and sent.index - st.last_event_sentence == 1 and not sent.is_title:
            _continue(_victim_event(m, st) or st.last_event, sent.text)  # 'There were no casualties.' next
        return res

    anchors = group(m, triggers)
    regions(m, anchors)
    owned = set()
    for a in anchors:
        lo, hi = a.region
        owned |= {k for k, p in enumerate(m.places) if lo <= p.i < hi}
    denial = bool(m.cues["denial"])
    prev_enum: Event | None = None
    for anchor in anchors:
        lo, hi = anchor.region
        place = _pick_place(m, anchor, owned - {k for k, p in enumerate(m.places) if lo <= p.i < hi})
        actor1, actor2, assoc = roles(m, anchor, kb, place)
        right_persons = [a for a in m.actors if lo <= a.i < hi and a.actor.actor_type == "person"
                         and a.i > anchor.hits[0].i]
        etype = resolve_type(m, anchor, actor1, actor2, kb, place, bool(right_persons))
        gap = sent.index - st.last_event_sentence
        undated = not any(d[3] is not None for d in all_dates)
        prev_ev = st.last_event if st.last_event and (
            gap <= 2
            or (gap <= 5 and st.last_event.event_type == etype and undated)
            or (gap <= 10 and undated and anaphoric(m, anchor))) else None  # 'The attack was claimed by ...'
        if etype == "other" and prev_ev is not None and sent.paragraph - st.last_event_paragraph <= 1:
            etype = prev_ev.event_type  # 'the shelling of a depot' in a run of strikes is another strike
        if anchor.hits[0].enumerator and prev_enum is not None:
            etype = prev_enum.event_type
            actor1 = prev_enum.actor1 if actor1 == "unknown" else actor1
            actor2 = prev_enum.actor2 if actor2 == "unknown" else actor2
        picked = _pick_date(m, anchor, all_dates)
        compatible = prev_ev is not None and _compatible(prev_ev, actor1, actor2, kb)
        victim_of = next((e for e in reversed(st.recent) if actor2 != "unknown" and e.actor2 == actor2), None)
        if victim_of is not None and not picked and place is None and \
                all(h.trigger.event_type == "kill" for h in anchor.hits):
            # 'Kataib Hezbollah said four of its fighters were killed': the toll of a strike told before
            _continue(victim_of, _region_text(sent, m, lo, hi))
            continue
        waiting = st.waiting
        if waiting is not None and picked and anaphoric(m, anchor) and etype not in TALK:
            # "A volley of rockets hit the base ... The attack late on Monday ...": date the earlier sentence
            waiting.event_date, waiting.date_precision, waiting.date_text = picked[3], picked[4], picked[0].text
            _refine_place(waiting, place)
            _continue(waiting, _region_text(sent, m, lo, hi), actor1)
            if _keep(waiting, None, "", False):
                res.events.append(waiting)
                _remember(st, waiting, sent)
            st.waiting = None
            continue
        inherited = False
        if picked:
            event_date, prec, date_text = picked[3], picked[4], picked[0].text
        elif compatible and etype not in TALK and (anaphoric(m, anchor) or place is None
                                                   or place.place.name == prev_ev.location
                                                   or (place.geo < prev_ev.geo_precision and _within(place, prev_ev))):
            # no date of its own: the sentence goes on about the previous event
            _refine_place(prev_ev, place)
            _continue(prev_ev, _region_text(sent, m, lo, hi), actor1)
            continue
        elif sent.index <= 3 and art.published and art.date_method != "inferred":
            # a lead with no date: dated by the next sentence ('The attack late on Monday'), else around publication
            event_date, date_text = art.published, "publication date"
            prec = "day" if art.published_precision == "day" else "month"
            if etype in VIOLENT and not generic(m, anchor) and not plural(anchor):
                event_date, st.fallback = None, (art.published, prec)
            inherited = True
        elif compatible and etype not in TALK:
            event_date, prec, date_text = prev_ev.event_date, prev_ev.date_precision, "previous event"
            inherited = True
        elif st.last_date and sent.index - st.last_date_sentence <= 1 and not anaphoric(m, anchor):
            (event_date, prec), date_text, inherited = st.last_date, "previous sentence", True
        else:
            event_date, prec, date_text = None, "unknown", ""
        cas = casualties(_region_text(sent, m, lo, hi) if len(anchors) > 1 else sent.text) \
            if etype in VIOLENT else casualties("")
        ev = Event(event_type=etype, evidence=sent.text, file=art.file, event_date=event_date,
                   date_precision=prec, date_text=date_text, actor1=actor1, actor2=actor2, assoc_actors=assoc,
                   fatalities=cas.fatalities, fatalities_low=cas.low, fatalities_high=cas.high,
                   injuries=cas.injuries, sources=[art.file], sentence_start=sent.start,
                   sentence_index=sent.index)
        if denial and ev.actor1 != "unknown" and etype in VIOLENT:
            ev.assoc_actors.append(ev.actor1)
            ev.actor1 = "unknown"
        _set_place(ev, place, m, lo, hi)
        if not ev.location and picked and picked[0].kind == "anchor" and st.last_event is not None \
                and st.last_event.latitude is not None:
            # 'A coalition aircraft later struck the fleeing militants': near the event just told
            ev.near(st.last_event)
        ev.confidence = _confidence(anchor, picked is not None, inherited, place, actor1)
        if not ev.location and etype in VIOLENT and any(m.toks[k].norm in _SITE_NOUNS for k in range(lo, hi)):
            st.unnamed_site, st.unnamed_site_sentence = ev, sent.index  # "an Iraqi military base": named later?
        if event_date is None and etype in VIOLENT and not generic(m, anchor) and not plural(anchor):
            st.pending = ev  # the next sentence may date it ("The attack late on Monday ...")
            continue
        summary = "generic" if generic(m, anchor) else "plural" if plural(anchor) else ""
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
            _remember(st, ev, sent)
    return res


def _remember(st: ArticleState, ev: Event, sent: Sentence) -> None:
    """The latest violent event: what follow-up sentences and relative dates refer to."""
    st.last_event, st.last_event_sentence, st.last_event_paragraph = ev, sent.index, sent.paragraph
    st.recent = (st.recent + [ev])[-5:]


def _name_unnamed_site(m: Matches, sent: Sentence, st: ArticleState) -> None:
    """'Drones struck a base used by coalition troops ... the raid on Camp Taji': the base named next."""
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
            return False  # 'has often been shelled': a summary, not an event
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
    coarseness = {"country": 3, "region": 2, "governorate": 1}
    finer = place.geo < ev.geo_precision or (
        place.geo == ev.geo_precision
        and coarseness.get(place.place.feature_type, 0) < coarseness.get(ev.feature_type, 0))
    if not ev.location or finer:
        ev.place_at(place.place, place.text, place.geo)
        if ev.actor2 == "unknown" and place.place.hosts and not place.relative and ev.actor1 != place.place.hosts:
            ev.actor2 = place.place.hosts  # the base named later is where the target was


def _within(place: PlaceHit, ev: Event) -> bool:
    """The place lies inside the event's coarser place (its country, governorate or region)."""
    p = place.place
    if ev.feature_type == "country":
        return p.country == ev.country
    if ev.feature_type == "governorate":
        return p.admin1 == ev.admin1
    if ev.feature_type == "region" and ev.latitude is not None:
        return km((p.latitude, p.longitude), (ev.latitude, ev.longitude)) <= 200
    return False


def _conjoined_places(m: Matches, anchor: Anchor, place: PlaceHit | None, kb: Knowledge) -> list[PlaceHit]:
    """'strikes in Iraq and Syria', 'at Ain al-Asad and two sites in Syria': one event per distant place."""
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
        apart = km((p.place.latitude, p.place.longitude), (place.place.latitude, place.place.longitude))
        bases = {p.place.feature_type, place.place.feature_type} <= {"base", "airport"}
        if (apart > 150 and p.place.country != place.place.country) or (bases and apart > 50):
            out.append(p)  # 'in Iraq and Syria'; 'targeted Al-Asad airbase and Harir air base'
    return out


def _region_text(sent: Sentence, m: Matches, lo: int, hi: int) -> str:
    return sent.text[m.toks[lo].start - sent.start:m.toks[hi - 1].end - sent.start] if m.toks else sent.text


def _victim_event(m: Matches, st: ArticleState) -> Event | None:
    """'Kataib Hezbollah said four of its fighters were killed': the recent event that group suffered."""
    named = {a.actor.name for a in m.actors}
    return next((e for e in reversed(st.recent) if e.actor2 in named), None)


def _continue(ev: Event, text: str, actor1: str = "unknown") -> None:
    """A follow-up sentence adds what the event lacked: casualty figures, a claimed perpetrator."""
    cas = casualties(text)
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


def extract(art: Article, sentences: list[Sentence], kb: Knowledge) -> tuple[list[Event], list[Mention], list[str]]:
    """All events an article states, the mentions recognised along the way, and the place names not in the gazetteer."""
    st = ArticleState(art.published, art.published_precision)
    events, mentions, unplaced = [], [], []
    for sent in sentences:
        r = analyse_sentence(sent, art, kb, st)
        events.extend(r.events)
        mentions.extend(r.mentions)
        unplaced.extend(r.unplaced)
    last = st.pending
    if last is not None and last.date_text == "publication date":  # the article ended on its lead
        last.event_date, last.date_precision = st.fallback
        if _keep(last, None, "", True):
            events.append(last)
    return events, mentions, unplaced
