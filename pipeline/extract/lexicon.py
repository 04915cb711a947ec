"""Dictionary matches in one sentence: places, actors, triggers and cues, each with token positions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.model import Token
from pipeline.resources import Actor, Knowledge, Place, Trigger
from pipeline.text import fold, tokenize

_DATELINE_HEAD = re.compile(r"\s*(?=[^,]*[A-Z]{3})[A-Z][A-Z'./ -]*[A-Z]\.?\s*,\s*")  # an upper-case city and a comma opening a sentence

_NAME_WORD = r"[A-Z][a-z’']+(?:-[A-Za-z][a-z’']+)*"
# a sentence that opens with place names joined by slashes and a colon: "New Delhi: ...", "Washington/Amman: ..."
_COLON_DATELINE = re.compile(rf"\s*(?:{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}\s*/\s*)*")
# (or a comma, a date and the agency in brackets, then a dash: "Baghdad, 26 Dec (AIN).- ...", a Spanish wire's style)
# (or a comma and the agency in capitals, then a dash: "Deir Ezzor, SANA – ...", a state agency's style)
# (or the agency's initials in brackets straight after the place, then a dash: "Warsaw/Baghdad (AIW) – ...", "Bagdad (dpa)
# - ..."; not a list's "Ain al-Asad (Anbar) — Wed 18th", a place and its province)
_COLON_DATELINE_END = re.compile(rf"(?:\s*/\s*{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})*"
                                 r"(?::\s+\S|,[^()\n]{0,30}\([^)]{1,40}\)\s*\.?\s*(?:-|—|–)|\s*\((?:[A-Z]{2,6}|[a-z]{2,4})\)\s*(?:-|—|–)|,\s*[A-Z]{2,8}\s*(?:-|—|–)\s)")
_UNPLACED = re.compile(rf"\b(?:in|near|at|outside|around|targeted|struck|hit|bombed)\s+(?:the\s+)?((?:(?:al|Al|el|El|Abu|Umm|Tal|Ain|Ayn|Jurf|Bab|Camp)[-\s])?{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})(?:\s+(area|village|district|base|camp|town|region|neighbourhood|neighborhood|checkpoint))?")


_ALWAYS_CUES = ("relative_place", "movement", "metonym", "instrument", "enumerator")  # instrument: a weapon may make an impact verb an event; enumerator: "a second drone"
_SITE_TYPES = {"base", "airport", "landmark", "border_crossing"}  # feature types that an actor name may also cover
ENUM_WEAPON_GAP = 1  # words between "a second" and the weapon it counts: "a second unmanned aircraft", "another armed drone"


def _embedded(toks: list[Token], i: int, j: int, kb: Knowledge) -> bool:
    """The match is part of a longer proper name that the gazetteer does not know
    ('Basra' in 'Basra Al-Nahr', 'Mosul' in 'Mosul University', 'al-Asad' in 'Bashar al-Asad')."""
    if i > 1 and toks[i - 1].title and not toks[i - 1].upper and toks[i].start - toks[i - 1].end == 1 \
            and toks[i - 1].norm not in kb.word_class("name_joiners") and not (
                toks[i].norm in kb.word_class("feature_words") and not toks[i].title):
        return True  # (but 'the Iraqi air base Balad': a name told after a common noun, which no name runs into)
    if j < len(toks) and toks[j].title and toks[j].norm not in kb.word_class("feature_words"):
        nxt = toks[j].norm
        if nxt in kb.word_class("name_articles") or (toks[j].start - toks[j - 1].end <= 1 and not toks[j].upper):
            return True
    return j < len(toks) and toks[j].norm in kb.word_class("facility_nouns")


class _Cues(dict):
    """Cue matches of each kind. Without a trigger only the cues of _ALWAYS_CUES are looked for."""

    def __init__(self, kb: Knowledge, toks: list[Token], everything: bool):
        super().__init__(kb.cues.find_all(toks, None if everything else set(_ALWAYS_CUES)))

    def __missing__(self, kind: str):
        return []


@dataclass
class PlaceHit:
    i: int
    j: int
    place: Place
    text: str
    geo: int
    relative: bool = False
    penalty: int = 0
    start: int = 0
    end: int = 0
    name_text: str = ""  # the place name alone, without 'west of' or 'district'
    name_start: int = 0
    name_end: int = 0


@dataclass
class ActorHit:
    i: int
    j: int
    actor: Actor
    text: str
    start: int = 0
    end: int = 0


@dataclass
class TriggerHit:
    i: int
    j: int
    trigger: Trigger
    text: str
    enumerator: bool = False
    modality: str = "real"  # real, threat, irrealis, negated
    denied: bool = False


@dataclass
class Matches:
    toks: list[Token]
    places: list[PlaceHit] = field(default_factory=list)
    actors: list[ActorHit] = field(default_factory=list)
    triggers: list[TriggerHit] = field(default_factory=list)
    cues: dict[str, list[tuple[int, int, object]]] = field(default_factory=dict)
    chunk_of: list[int] = field(default_factory=list)
    asides: set[int] = field(default_factory=set)
    bracketed: set[int] = field(default_factory=set)  # the asides among them opened by a bracket
    date_chunks: set[int] = field(default_factory=set)  # clauses that state a date of their own
    date_tokens: list[tuple[int, int]] = field(default_factory=list)  # (first, last) token of each date
    unplaced: list[tuple[str, int, int]] = field(default_factory=list)
    site_owners: list[tuple[int, object]] = field(default_factory=list)  # (site word token, Actor): 'a US base'


def title_case(toks: list[Token]) -> bool:
    words = [t for t in toks if len(t.norm) > 3]
    return len(words) >= 4 and sum(t.title for t in words) / len(words) > 0.7


_BREAK_CHARS = set(",;:()[]—–")
_ASIDE_OPEN = set("—–(")
_ASIDE_CLOSE = set("—–)")
_QUOTE_CHARS = set('"“”')


def chunks(text: str, toks: list[Token], offset: int) -> tuple[list[int], set[int], set[int]]:
    """Clause number of each token, the clauses that are asides, and those of them opened by a bracket.

    A new clause starts after , ; : ( ) dashes and quotes, except quotes around a short phrase
    (a “precision” strike). A clause opened by a dash or bracket and closed by another is an aside.
    """
    out, c = [], 0
    asides: set[int] = set()
    bracketed: set[int] = set()
    in_aside = bracket = False
    prev_end = None
    for k, t in enumerate(toks):
        if prev_end is not None and t.start - prev_end > 1:
            gap = text[prev_end - offset:t.start - offset]
            chars = set(gap)
            if chars & _BREAK_CHARS or " - " in gap or (chars & _QUOTE_CHARS and not _scare_quote(text, toks, k, offset)):
                c += 1
                if chars & _ASIDE_OPEN and not in_aside:
                    in_aside, bracket = True, "(" in chars
                elif chars & _ASIDE_CLOSE and in_aside:
                    in_aside = False
                if in_aside:
                    asides.add(c)
                    if bracket:
                        bracketed.add(c)
        out.append(c)
        prev_end = t.end
    if in_aside:  # never closed: a trailing dash clause, not an aside
        asides.clear()
        bracketed.clear()
    return out, asides, bracketed


def _scare_quote(text: str, toks: list[Token], k: int, offset: int) -> bool:
    # the gap before token k opens or closes a quote; look for its partner within three tokens
    for d in range(1, 4):
        for j in (k + d, k - d):
            if 0 < j < len(toks):
                g = text[toks[j - 1].end - offset:toks[j].start - offset]
                if re.search(r"[\"“”]", g) and not re.search(r"[,;:]", g):
                    return True
    return False


NAMED_REACH = 5  # tokens from 'coalition of' to the verb that names it: 'of armed groups that calls itself'
LAUNCH_REACH = 6  # tokens from 'launched' to its weapon: 'launched a wave of ballistic missiles'
LAUNCH = Trigger("attack", "verb", 0.6)  # typed by its weapon, as 'fired' is


def _launches(launches: list[int], hits: list, weapons: list, chunk_of: list[int], passive: set[int],
              new_weapons: list) -> list:
    """'Iran launched a wave of ballistic missiles at the base': a launch verb with a weapon a few words on, in
    its clause, states an attack (alone, 'launched' also launches campaigns and inquiries; 'launched an inquiry into
    the drone attack' names a weapon that is part of another trigger). In the passive the weapon comes first, and is
    not one told before: 'two drones were aimed at the base' (`new_weapons`)."""
    taken = {k for i, j, _ in hits for k in range(i, j)}
    out = []
    for k in launches:
        if k in taken:
            continue
        after = any(k < i <= k + LAUNCH_REACH and chunk_of[i] == chunk_of[k] and i not in taken
                    for i, _j, _v in weapons)
        before = k in passive and any(k - LAUNCH_REACH <= j - 1 < k and chunk_of[j - 1] == chunk_of[k]
                                      and i not in taken for i, j, _v in new_weapons)
        if after or before:
            out.append((k, k + 1, LAUNCH))
    return out


def match(text: str, offset: int, kb: Knowledge, is_title: bool = False) -> Matches:
    toks = tokenize(text, offset)
    m = Matches(toks=toks)
    m.chunk_of, m.asides, m.bracketed = chunks(text, toks, offset)
    titled = None  # worked out only if a place name that is also a common word turns up
    common = kb.cue_words["common_word"]
    trigger_hits = kb.trigger_index.find(toks)
    launch_verbs = kb.word_class("launch_verbs")
    dispatch, against = kb.word_class("dispatch_verbs"), kb.word_class("attack_preps")
    launches = [k for k, t in enumerate(toks) if t.norm in launch_verbs or t.norm in dispatch and any(
        x.norm in against for x in toks[k + 2:k + LAUNCH_REACH + 2])]
    # cues are looked up when first asked for; without a trigger only the place cues matter
    m.cues = _Cues(kb, toks, everything=bool(trigger_hits or launches))
    aux = kb.word_class("passive_auxiliaries")
    passive = {k for k in launches if k and toks[k - 1].norm in aux or k > 1 and toks[k - 2].norm in aux and
               not toks[k - 1].title and toks[k - 1].norm.isalpha()}  # ('drones were again launched at the base')
    told = kb.word_class("definite_dets")  # ('the drone was launched by ...' tells again the attack told before)
    weapons = [(i, j, v) for i, j, v in m.cues["instrument"] if not (i and toks[i - 1].norm in told)] if passive else []
    trigger_hits += _launches(launches, trigger_hits, m.cues["instrument"], m.chunk_of, passive, weapons)

    def proper_ok(i, j):
        key = " ".join(t.norm for t in toks[i:j])
        if key in common:
            nonlocal titled
            if titled is None:
                titled = is_title or title_case(toks)
            return not titled and i > 0
        return True

    site_words, suffixes = kb.word_class("site_words"), kb.word_map("place_suffixes")
    taken = set()
    for i, j, name in kb.actor_index.find(toks):
        actor = kb.actors[name]
        said = text[toks[i].start - offset:toks[j - 1].end - offset]
        if said.islower() and j < len(toks) and toks[j].norm == "of" and (any(
                toks[k].norm in kb.word_class("indefinite_dets") for k in range(max(0, i - 2), i)) or any(
                t.norm in kb.word_class("naming_verbs") for t in toks[j + 1:j + 1 + NAMED_REACH])):
            continue  # 'a loose coalition of armed groups', 'the coalition of armed groups that calls itself the
            # Islamic Resistance': a common noun, not the named coalition
        if said.islower() and j + 1 < len(toks) and toks[j].norm in kb.word_class("naming_verbs") and \
                toks[j + 1].norm in ("itself", "themselves"):
            continue  # 'a coalition of militias calling itself the Islamic Resistance in Iraq': the name that follows
            # is the group, the common noun before it only what it is
        if said.islower() and i > 0 and toks[i - 1].norm in kb.word_class("other_coalition_words"):
            continue  # 'the Shia militia coalition', 'the ruling coalition': another coalition
        if j < len(toks) and toks[j].norm in site_words:
            m.site_owners.append((j, actor))
            continue  # "an Iraqi military base": the actor word only describes a place (its owner)
        m.actors.append(ActorHit(i, j, actor, text[toks[i].start - offset:toks[j - 1].end - offset],
                                 toks[i].start, toks[j - 1].end))
        taken.update(range(i, j))
    rel_ends = {j: (i, j) for i, j, _ in m.cues["relative_place"]}
    approach = kb.word_class("approach_words")  # 'a drone on approach to Erbil airport': where it was going is its target
    # ('close to Albu Kamal' ends in 'to' but is where, not where to)
    move_ends = {j for i, j, _ in m.cues["movement"] if not (i > 0 and toks[i - 1].norm in approach)} - set(rel_ends)
    metonyms = {k for i, j, _ in m.cues["metonym"] for k in range(i, j)}
    found = list(kb.place_index.find(toks, proper_ok))
    # 'the Basra-Dhi Qar highway', 'the Baghdad-Kirkuk road': two known places joined by a hyphen name a
    # route between them, not one longer unknown name
    hyphen = lambda a, b: text[toks[a].end - offset:toks[b].start - offset] == "-"
    starts, ends = {i for i, _j, _n in found}, {j for _i, j, _n in found}
    route_first = {(i, j) for i, j, _n in found if j < len(toks) and j in starts and hyphen(j - 1, j)}
    route_second = {(i, j) for i, j, _n in found if i > 0 and i in ends and hyphen(i - 1, i)}
    for i, j, name in found:
        place = kb.places[name]
        if i in metonyms:
            continue
        if (i, j) in route_first | route_second:
            hit = PlaceHit(i, j, place, text[toks[i].start - offset:toks[j - 1].end - offset], max(place.precision, 2),
                           True, 1 if (i, j) in route_second else 0, toks[i].start, toks[j - 1].end)
            hit.name_start, hit.name_end, hit.name_text = hit.start, hit.end, hit.text
            m.places.append(hit)  # placed roughly at its first end
            continue
        if any(k in taken for k in range(i, j)) and place.feature_type not in _SITE_TYPES:
            continue  # "Iran" read as an actor stays an actor; "US embassy" is both
        if len(toks) > j and toks[i].upper and len(toks[i].norm) > 2 and all(toks[k].upper for k in range(j)):
            continue  # a dateline such as "BAGHDAD —" or "WASHINGTON/BAGHDAD -" names where the reporters are
        if _DATELINE_HEAD.fullmatch(text, 0, toks[i].start - offset):
            continue  # and so does the country after it: "BASRA, Iraq, June 19 (Wire) -"
        if _COLON_DATELINE.fullmatch(text, 0, toks[i].start - offset) and \
                _COLON_DATELINE_END.match(text, toks[j - 1].end - offset):
            continue  # and so do those of "New Delhi: ...", "Washington/Amman: ..." and "Baghdad, 26 Dec (AIN).-"
        if j < len(toks) and toks[j].norm in kb.word_class("attribute_suffixes") and \
                text[toks[j - 1].end - offset:toks[j].start - offset] == "-":
            continue  # "Iraq-based", "Tehran-backed": an attribute, not a location
        if i > 0 and toks[i - 1].norm in kb.word_class("attribute_prefixes") and \
                text[toks[i - 1].end - offset:toks[i].start - offset] == "-":
            continue  # "pro-Damascus fighters", "anti-Baghdad": an allegiance, not a location
        if j < len(toks) and toks[j].norm in kb.word_class("clock_zone_words"):
            continue  # 'shortly before midnight on Friday, Baghdad time': a clock, not a place
        if _embedded(toks, i, j, kb):
            continue  # "Basra" inside "Basra Al-Nahr", "Mosul" inside "Mosul University"
        geo, relative, start, between_end = place.precision, False, i, False
        k = i - 1 if i and toks[i - 1].norm == "the" else i
        if k in rel_ends:
            relative, start = True, rel_ends[k][0]
            cue = " ".join(t.norm for t in toks[start:k])
            inner = start > 0 and toks[start - 1].norm == "the" and len(cue.split()) == 2 and \
                cue.split()[0] in kb.word_class("direction_adjectives") and cue.endswith(" of") and \
                place.feature_type in ("governorate", "country", "region")
            if inner:  # 'in the east of Syria' is eastern Syria, inside it ('30 km east of Baghdad' is outside)
                relative, start = False, start - 1
            elif cue in kb.word_class("governorate_cues") and place.feature_type != "governorate":
                place = next((p for p in kb.places.values()
                              if p.feature_type == "governorate" and p.admin1 == place.admin1), place)
                geo, relative = 3, False
            else:
                geo = max(geo, 2)
        elif i >= 2 and toks[i - 1].norm == "and" and any(
                p.relative and p.j == i - 1 and toks[p.i].norm == "between" for p in m.places):
            relative, geo = True, max(geo, 2)  # 'between Albu Kamal and Tanf': neither end is the site;
            between_end = True  # the first end named places it (penalised below so it ranks after that one)
        elif i >= 2 and toks[i - 1].norm == "and" and any(p.relative and p.j == i - 1 for p in m.places):
            relative, geo = True, max(geo, 2)  # 'near al-Qaim and Akashat': near both, so neither outranks the other
        elif i and toks[i - 1].norm in kb.word_class("direction_adjectives") and \
                place.feature_type in ("governorate", "country", "region"):
            start = i - 1
        suffix = toks[j].norm if j < len(toks) else ""
        end_tok = j
        if suffix in suffixes and place.feature_type not in ("governorate", "country"):
            if suffix in kb.word_class("governorate_suffixes"):
                gov = next((p for p in kb.places.values()
                            if p.feature_type == "governorate" and p.admin1 == place.admin1), None)
                if gov is not None:
                    place = gov
            geo = max(geo, suffixes[suffix])
            end_tok = j + 1
        penalty = 3 if (k in move_ends) else 1 if between_end else 0
        hit = PlaceHit(start, end_tok, place, text[toks[start].start - offset:toks[end_tok - 1].end - offset],
                       geo, relative, penalty, toks[start].start, toks[end_tok - 1].end)
        hit.name_start, hit.name_end = toks[i].start, toks[j - 1].end
        hit.name_text = text[hit.name_start - offset:hit.name_end - offset]
        m.places.append(hit)
    enum_hits = m.cues["enumerator"]
    for i, j, trig in trigger_hits:
        m.triggers.append(TriggerHit(i, j, trig, text[toks[i].start - offset:toks[j - 1].end - offset]))
    weapon_starts = {i for i, _j, _v in m.cues["instrument"]}
    for i, j, _ in enum_hits:
        # 'one drone hit X and another ...', or 'a second unmanned aircraft reached the base' (a weapon right after)
        if any(t.i < i for t in m.triggers) or any(k in weapon_starts for k in range(j, j + ENUM_WEAPON_GAP + 1)):
            m.triggers.append(TriggerHit(i, j, Trigger("enumerator", "noun", 0.5),
                                         text[toks[i].start - offset:toks[j - 1].end - offset], enumerator=True))
    m.triggers.sort(key=lambda t: t.i)
    covered = {k for p in m.places for k in range(p.i, p.j)} | taken
    not_places = kb.word_class("not_place_words") | kb.word_class("months") | kb.word_class("weekdays") | \
        kb.word_class("month_abbreviations")  # 'in the Feb. 2 strikes'
    for u in _UNPLACED.finditer(text):
        s, e = u.start(1) + offset, u.end(1) + offset
        if any(t.start >= s and t.end <= e and idx in covered for idx, t in enumerate(toks)):
            continue
        name = u.group(1)
        first = name.split()[0].lower()
        if fold(first) in not_places or first.endswith(("ian", "ish", "ese", "’s", "'s")) or \
                (first.endswith("i") and len(name.split()) == 1):
            continue
        name = re.sub(r"[\s-]+(?:al|Al|el|El)?[-’']*$", "", name)  # 'Basra Al-' cut at a line end
        if len(name) > 2:
            m.unplaced.append((name, s, s + len(name)))
    return m
