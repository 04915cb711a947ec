"""Which of a sentence's places a mention is at: the best-ranked place of its frame, a site phrase right after
its noun, and the other places coordinated with it ('Jurf al-Sakhar and al-Musayyib': one row a place, as ACLED
codes a strike on several)."""
from __future__ import annotations

import re

from pipeline.dedupe import km
from pipeline.extract.lexicon import PlaceHit
from pipeline.extract.mention import EventMention, SentenceState, span_head
from pipeline.text import fold


COARSE_FEATURES = ("country", "governorate", "region")  # places that hold others rather than locate them
CONTAINER_GAP = 6  # tokens between a place and the province or region that contains it (', in the province of')
SEPARATE_SITES_KM = 5  # two sites or towns joined by 'and' this far apart are struck by two events, one row a place as
# ACLED codes them (Jurf al-Sakhar and al-Musayyib, 13 km apart); nearer, one place named twice ('Baghdad and its
# Green Zone'). 25 km merged neighbouring towns into one row; 5 km was net positive over the 84 sets
MAX_CONJOINED_GAP = 14  # words between two places joined by 'and' ('Ain al-Asad and two sites in Syria'; 'near al-Qaim on the
# Iraqi side of the border and two more sites at Albu Kamal')


LINEAR_FEATURES = ("water",)  # a river runs hundreds of km: 'west of the Euphrates near Mayadin' is at Mayadin


_AFTER_COMMA = re.compile(r",(?:\s*to(?:\s+the)?)?", re.I)  # 'near Diwaniyah, south of Baghdad', 'in the region of
# Hilla, to the south of Baghdad'


def pick_place(places: list[tuple[PlaceHit, int]], text: str = "", offset: int = 0,
               bearings: frozenset[str] = frozenset()) -> PlaceHit | None:
    if not places:
        return None
    hits = [p for p, _ in places]
    places = [(p, d) for p, d in places if not (p.relative and any(
        q is not p and 0 <= p.start - q.end and (_AFTER_COMMA.fullmatch(text[q.end - offset:p.start - offset].strip()) or (
            q.place.feature_type in COARSE_FEATURES and not text[q.end - offset:p.start - offset].strip())) and (
            q.geo <= p.geo or fold(p.text.split()[0]).split("-")[0] in bearings) for q in hits))] or places
    # 'near Diwaniyah, south of Baghdad', 'in Babil province south of Baghdad': the second phrase only says where
    # the first place is (but 'in eastern Syria, near Abu Kamal' names a finer place in it)

    def rank(pd):
        p, depth = pd
        specific = p.place.feature_type in ("base", "airport", "landmark", "border_crossing")
        return (p.penalty, p.geo, p.place.feature_type in LINEAR_FEATURES, p.place.feature_type == "country",
                p.relative, not specific, depth)
    return min(places, key=rank)[0]


SITE_AFTER_REACH = 4  # words from an event noun to the site noun of its own 'at the same airport' phrase


def site_after(r: SentenceState, mm: EventMention, nouns: set[str], named: set[int]) -> list[int]:
    """'the January 3, 2020, US drone strike at the same airport that killed ...': a site phrase right after an
    event noun is the event's, wherever the parse hung it."""
    end = max(t.j for t in mm.triggers)
    if mm.triggers[-1].trigger.voice != "noun" or end >= len(r.norm) or \
            r.norm[end] not in r.W["locative_preps"] | r.W["target_preps"]:
        return []
    for k in range(end + 1, min(end + 1 + SITE_AFTER_REACH, len(r.norm))):
        if r.norm[k] in nouns and k not in named:
            return [k]
        if r.norm[k] not in r.W["definite_dets"] | r.W["sameness_words"] | r.W["indefinite_dets"] and \
                not r.tree.tags[k].startswith("JJ"):
            return []
    return []


def _site_in(r: SentenceState, p: PlaceHit) -> bool:
    """'a base in Erbil': a site named by a noun just before the town it is in."""
    return p.i >= 2 and r.norm[p.i - 1] in r.W["locative_preps"] and r.norm[p.i - 2] in r.W["site_nouns"] and \
        not any(q.i <= p.i - 2 < q.j for q in r.m.places)  # not 'the Imam Ali air base in Dhi Qar': that base's province


def named_sites(r: SentenceState, place: PlaceHit, extra: list[PlaceHit], cands: list[PlaceHit]):
    """'strikes in Iraq and Syria, including sites near al-Qaim and around Albu Kamal': each country's leg is the
    site listed in it."""
    listed = [k for k, w in enumerate(r.norm) if w in r.W["inclusion_words"]]
    if not listed:
        return place, extra
    finer = [p for p in cands if p.i > listed[0] and p.geo <= 2 and p.place.feature_type != "country"]

    def site(leg):
        if leg.place.feature_type != "country":
            return leg
        return next((p for p in finer if p.place.country == leg.place.country), leg)
    return site(place), [site(x) for x in extra]


def in_range(r: SentenceState, p: PlaceHit) -> bool:
    """The place is one end of 'between X and Y' (or of a list after 'between')."""
    places = {k for q in [*r.m.places, *r.m.actors] for k in range(q.i, q.j)}  # 'Jordan' may be read as an actor
    k = p.i - 1 if r.norm[p.i] not in r.W["range_preps"] else p.i  # a place hit may start with 'between'
    if k == p.i - 1 and k in places:
        return False  # 'between Baghdad and Kut near al-Suwaira': a place right after an end says where on the stretch
    while k >= 0 and r.norm[k] not in r.W["range_preps"] and (
            k in places or r.m.toks[k].title and k < p.i - 1 or r.norm[k] in r.W["conjunctions"]
            or r.norm[k] in (",", "the")):  # (an end the lexicon read as something else: 'Baghdad and Kut')
        k -= 1
    return k >= 0 and r.norm[k] in r.W["range_preps"]


def coordinated(r: SentenceState, cands: list[PlaceHit]) -> list[PlaceHit]:
    """Places joined to a candidate by 'and' or a comma alone, whatever the parse made of them ('targets in Iraq and
    Syria linked to ...' parsed as 'Syria linked to ...', a new clause)."""
    out: list[PlaceHit] = []
    for p in r.m.places:
        if p.penalty or any(p is q for q in cands + out):
            continue
        for q in cands + out:
            between = r.norm[min(p.j, q.j):max(p.i, q.i)]
            if between and len(between) <= 2 and all(w in r.W["conjunctions"] or w == "," for w in between) \
                    and r.W["conjunctions"] & set(between):
                out.append(p)
                break
    return out


def _comma_list(r: SentenceState, cands: list[PlaceHit]) -> set[int]:
    """'at sites including Jurf al-Sakhar, al-Musayyib and an airport near Karbala': the places of a list that only
    commas join, with the one a conjunction adds at its end (ids of the PlaceHits; a list needs that conjunction)."""
    text, base, toks = r.sent.text, r.sent.start, r.m.toks
    ordered = sorted(cands, key=lambda p: p.i)
    out, run = set(), ordered[:1]
    for a, b in zip(ordered, ordered[1:]):
        words = r.norm[a.j:b.i]
        if b.i == a.j and text[toks[a.j - 1].end - base:toks[b.i].start - base].strip() == ",":
            run.append(b)
        elif len(run) >= 2 and b.i > a.j and set(words) & r.W["conjunctions"] and len(words) <= MAX_CONJOINED_GAP:
            out.update(id(p) for p in run + [b])
            run = [b]
        else:
            run = [b]
    return out


def _gap(r: SentenceState, a: PlaceHit, b: PlaceHit) -> str:
    """The text between the end of place a and the start of place b."""
    toks, base = r.m.toks, r.sent.start
    return r.sent.text[toks[a.j - 1].end - base:toks[b.i].start - base] if b.i > a.j - 1 else ""


def _pp_list(r: SentenceState, cands: list[PlaceHit]) -> set[int]:
    """'bombed depots at Jurf al-Sakhar, in the area of al-Musayyib and at the construction site of the new airport of
    Karbala': places each in its own prepositional phrase, the phrases hung on one word or joined by 'and' (the parse's
    list of phrases, however many words each takes). Ids of the PlaceHits; a list needs a conjunction."""
    tree = r.tree
    if not tree.parsed or len(cands) < 2:
        return set()

    def top_prep(k: int) -> int:
        top = -1
        while tree.deps[k] == "pobj" and tree.heads[k] >= 0 and tree.deps[tree.heads[k]] in ("prep", "conj"):
            top = tree.heads[k]
            k = tree.heads[top]
        return top

    tops = {id(p): top_prep(span_head(tree, p.i, p.j)) for p in cands}
    joined = [t for t in set(tops.values()) if t >= 0 and tree.deps[t] == "conj" and tree.heads[t] in tops.values()]
    if not joined:
        return set()  # (no 'and at ...': phrases side by side, 'in Anbar, near the border', are no list)
    first = tree.heads[joined[0]]
    group = {first, *joined} | {t for t in tops.values() if t >= 0 and tree.deps[t] == "prep"
                                and tree.heads[t] == tree.heads[first] and tree.deps[first] == "prep"}
    first_of = {}  # one place an item: the first its phrase names ('in Albu Kamal across the Syrian border': Albu Kamal)
    for p in sorted(cands, key=lambda x: x.i):
        if tops[id(p)] in group:
            first_of.setdefault(tops[id(p)], id(p))
    return set(first_of.values()) if len(first_of) >= 2 else set()


def _described(r: SentenceState, p: PlaceHit, place: PlaceHit) -> bool:
    """A place named inside a relative clause on another place, apart from the mention's own place: it tells what lies
    there ('in the Green Zone, where the American embassy stands'; not 'In Syria, where strikes landed around Deir
    ez-Zor and Albu Kamal', a clause that tells the strike)."""
    tree = r.tree
    if not tree.parsed:
        return False
    held = {k for q in r.m.places if q is not p for k in range(q.i, q.j)}
    own = span_head(tree, place.i, place.j)
    return any(tree.deps[a] == "relcl" and tree.heads[a] in held and own not in tree.subtree(a)
               for a in tree.ancestors(span_head(tree, p.i, p.j)))


def conjoined(r: SentenceState, place: PlaceHit, cands: list[PlaceHit], definite: bool = False,
              owned: list[PlaceHit] | None = None) -> list[PlaceHit]:
    """'strikes in Iraq and Syria', 'Al-Asad airbase and Harir air base', 'rockets fell in the Green Zone and on
    Balad air base': one event per distant place. 'The blast was the third at X, Y and now Z' tells of one event
    and lists others: a definite noun mention splits only across countries and bases. `owned`: the places of the
    mention's own frame, the only ones a comma list counts."""
    out = []
    end = place.j  # 'Ain al-Asad air base in Anbar province in western Iraq and ...': the phrase ends after its containers
    for q in sorted(r.m.places, key=lambda x: x.i):
        if q.i < end:
            continue
        if q.i - end > CONTAINER_GAP or set(r.norm[end:q.i]) & r.W["conjunctions"] or \
                q.place.feature_type not in COARSE_FEATURES or q.place.country != place.place.country:
            break  # 'raids on al-Qaim and Akashat, near the Syrian border': the containers end at the next place
            # ('the Ain al-Asad air base, in the Iraqi province of Al Anbar, and against ... Erbil': a container)
        end = q.j
    phrases = _pp_list(r, cands if owned is None else owned)
    listed = _comma_list(r, cands if owned is None else owned) | phrases  # (a list the mention's frame holds, not 'the sons
    # who liberated Jurf al-Nasr, Amerli, Tikrit and Baiji' beside it)
    for p in cands:
        if p is place or p.penalty:
            continue
        if any(q.i < p.i < q.j for q in r.m.places):
            continue  # 'the al-Qaim district of Anbar province': a name read from inside another ('district of Anbar
            # province') is that place's container, not a place of its own
        if _described(r, p, place):
            continue  # 'in the Green Zone, where the American embassy stands': what is there, not a place struck
        if p.place.feature_type == "country" and p.i >= 2 and r.norm[p.i - 1] in r.W["border_preps"] and \
                r.norm[p.i - 2] in r.W["border_nouns"]:
            continue  # 'near al-Hari, a few kilometres from the border with Iraq': where the place lies, not a place
        if p.relative and any(q is not p and 0 <= p.i - q.j <= 1 and q.place.feature_type not in COARSE_FEATURES
                              and not set(r.norm[q.j:p.i]) & r.W["conjunctions"]
                              and not (id(p) in phrases and id(q) in phrases and "," in _gap(r, q, p))
                              for q in r.m.places):
            continue  # 'at Harir base north of Erbil': where that base is, not another place struck (but 'in Iraq
            # close to al-Qaim' says where in the country)
        between = r.norm[min(p.j, place.j):max(p.i, place.i)] if p.i < place.i else r.norm[end:p.i]
        first = min(p, place, key=lambda x: x.i)
        second = max(p, place, key=lambda x: x.i)
        repeated = len(between) == 1 and first.i > 0 and r.norm[first.i - 1] == between[0] and \
            between[0] in r.W["locative_preps"] | r.W["target_preps"] and "," in _gap(r, first, second)
        # ('hit locations in Jurf al-Sakhar, in al-Musayyib and ...': the preposition told again after a comma lists
        # another place)
        joined = f" {' '.join(between)} "  # ('hit Jurf al-Sakhar, south of Baghdad, as well as the region of al-Qaim')
        phrased = any(f" {c} " in joined for c in r.W["conjunction_phrases"])
        if not (set(between) & r.W["conjunctions"] or phrased or repeated or id(p) in listed and id(place) in listed) or \
                len(between) > MAX_CONJOINED_GAP and not (id(p) in phrases and id(place) in phrases):
            continue  # (a list of phrases may take many words each: 'at the construction site of the new airport of')
        border = p.place.country != place.place.country and "country" not in (p.place.feature_type,
                                                                               place.place.feature_type)
        if (in_range(r, p) or in_range(r, place)) and not border:
            continue  # 'the road between Baghdad and Balad', 'the triangle between Syria, Jordan and Iraq': one place
            # (but 'positions between al-Qaim, on the Iraqi side, and Albu Kamal, in Syria': a row for each country)
        apart = km((p.place.latitude, p.place.longitude), (place.place.latitude, place.place.longitude))
        bases = all(q.place.feature_type in ("base", "airport") or _site_in(r, q) for q in (p, place))
        local = not definite and all(q.geo <= 2 for q in (p, place))  # sites and towns, not provinces or countries
        province = p if p.place.feature_type == "governorate" else place if place.place.feature_type == "governorate" \
            else None
        provinces = province is not None and p.place.admin1 != place.place.admin1 and province.i > 0 and \
            r.norm[province.i - 1] in r.W["locative_preps"] and not r.trigger_tokens & set(
                range(min(p.j, place.j), max(p.i, place.i))) and not any(
            q.place.admin1 == province.place.admin1 and q.place.feature_type != "governorate" for q in r.m.places)
        # ('an operations centre in Jurf al-Sakhar and a command node in Anbar': a province of its own, holding no place
        # the sentence names, is another place struck; not 'Harir in Erbil governorate', 'Salahuddin and Diyala')
        if p.place.country != place.place.country or ((bases or local) and apart > SEPARATE_SITES_KM) or provinces:
            out.append(p)  # 'near al-Qaim in Iraq and near Albu Kamal in Syria': one event a country, however near
    # 'two near Albu Kamal in eastern Syria': the town, not the country it is in
    out = [p for p in out if not (p.place.feature_type == "country" and any(
        q is not p and q.place.country == p.place.country and q.place.feature_type != "country" for q in out))]
    return [_finest_within(p, place, cands, out) for p in out]


def _finest_within(p: PlaceHit, place: PlaceHit, cands: list[PlaceHit], out: list[PlaceHit]) -> PlaceHit:
    """'the headquarters of the brigades in the area of al-Qaim in the far west of Anbar province, and positions in
    Albu Kamal': a leg placed by its province stands at the finer place of the mention's own that lies in it."""
    if p.place.feature_type not in ("governorate", "country"):
        return p
    finer = [c for c in cands if c is not place and c is not p and not c.penalty and all(c is not o for o in out)
             and c.place.country == p.place.country and c.geo < p.geo
             and (p.place.feature_type == "country" or c.place.admin1 == p.place.admin1)]
    return min(finer, key=lambda c: abs(c.i - p.i)) if finer else p
