"""The sentence layer: one sentence in, its event mentions out. No article state.

Triggers from the lexicon become mentions; triggers that hang on one another in the dependency tree
('a drone strike that killed', 'were killed by air strikes') are one mention, unless a cause or sequence
word stands between them ('revenge for the strike', 'two days after drones struck'), which makes the
other a mention of its own. Each argument (actor, place, time, weapon) belongs to the mention it hangs
on in the tree; its role comes from the edge it hangs by (subject, object, 'by' agent, 'on' target).
Modality is read in the mention's scope: its own negation and auxiliaries, and the verbs above it.
Which place a mention is at is chosen in `sites`, its toll in `tolls`; the state they share is in `mention`.
"""
from __future__ import annotations

import bisect
import re

from pipeline import schema
from pipeline.extract import dates as D
from pipeline.extract.lexicon import ActorHit, Matches, PlaceHit, TriggerHit
from pipeline.extract.mention import TALK, EventMention, Reading, SentenceState, TimeArg, span_head
from pipeline.extract.numbers import word_to_int
from pipeline.extract.parse import Tree
from pipeline.extract.sites import COARSE_FEATURES, conjoined, coordinated, in_range, named_sites, pick_place, site_after
from pipeline.extract.tolls import assign_tolls
from pipeline.model import Sentence
from pipeline.resources import Knowledge, Trigger

SPECIFIC = set(schema.EVENT_TYPES) - {"other", "threat", "political_action"}
EXPLOSION_STRENGTH = 0.6  # triggers weaker than this ('explosion', 'blast') tell a blast, not yet an attack
HOME_COUNTRY = "Iraq"  # the country of the sides in word class home_sides: the state's and the Kurdish region's bases
MAX_FRAME_CLIMB = 3  # light verbs above an event noun: 'claimed responsibility for the attack' is three steps
TIME_PHRASE_STEPS = 2  # more steps up from an event noun hung on a time phrase ('in the early hours of ...'): its
# preposition and noun
REPORT_WINDOW = 3  # with no parse, a date this many words after 'said' dates the report ('said on Tuesday')
PARTITIVE_CLIMB = 3  # edges from 'the first' of 'the first of which' up to the set's noun ('three series of strikes')
MAX_MERGE_CLIMB = 4  # a trigger this many edges under another ('rockets hit the base, killing two') is the same event
MAX_MARKER_GAP = 12  # words: a cause word this close between two triggers ('fired in response to the killing') splits them
IMPACT_STRENGTH = 0.8  # 'rockets landed on the base' names the weapon and the act: nearly as sure as 'rocket attack'
SIGNATURE_REACH = 2  # tree steps from an actor up to 'hallmarks' ('the hallmarks of the militias')
ORIGIN_PENALTY = 3  # the lexicon's penalty of a place after 'from', 'to', 'via': where a weapon or convoy came from
PERIOD_CLIMB = 4  # tree steps from a date up to 'between' ('between the 7 October attacks and 27 January')
SHARED_CLAIM_CLIMB = 3  # steps up from a conjoined mention to the claimed one it shares a verb with
MODIFIER_SPAN = 6  # tokens: a counted noun phrase of coordinated modifiers ('150 rocket, drone and roadside-bomb incidents')
MODIFIER_CLIMB = 3  # steps from a trigger used as a modifier ('rocket, drone and roadside-bomb incidents') to its noun
SUMMARY_COUNT = 3  # 'three attacks', 'dozens of attacks': a counted plural of attacks is a tally, not one event
TIMES_TALLY = 5  # 'attacked at least 66 times' counts a campaign; 'three times on Monday' may be one day's event at one site
RELATIVE_PLACE_CLIMB = 4  # tree steps from a place up to the relative clause's verb: pobj, prep (at), conj (in), verb
REFINE_GAP = 6  # tokens from a comma to a place that refines the coarse place before it ('in the east of Syria, near
# the crossing point of Abu Kamal'): a short descriptive phrase, not another clause
SPECIFIC_STRENGTH = 0.6  # triggers weaker than this ('explosion', 'blast') do not tell what kind of attack it was
ELLIPTIC_COUNT_TAGS = ("CD", "JJR", "RBR")  # 'three more', 'more' standing for more of a weapon told before
ELLIPTIC_TAGS = ("CD", "PRP", "JJS", "JJR", "DT")  # 'one', 'it', 'most', 'more', 'some' standing for a noun
NEWS_DAY_KINDS = ("weekday", "rel")  # 'late Friday', 'yesterday', 'overnight': days told relative to the news


def date_tokens(sent: Sentence, m: Matches, exprs: list[D.DateExpr]) -> list[tuple[D.DateExpr, int, int]]:
    starts = [t.start - sent.start for t in m.toks]

    def idx(off):
        return max(0, bisect.bisect_right(starts, off) - 1)
    def first(e):  # ' this week': the expression's first word, not the space before it
        return e.start + len(e.text) - len(e.text.lstrip())
    return [(e, idx(first(e)), idx(max(e.end - 1, first(e)))) for e in exprs]


def same_side(kb: Knowledge, a: str, b: str) -> bool:
    """The same actor, or two of one side ('US-led coalition' jets striking near al-Tanf, which US forces hold, did
    not strike US forces)."""
    if a == b:
        return True
    x, y = kb.actors.get(a), kb.actors.get(b)
    return x is not None and y is not None and bool(x.side) and x.side == y.side and x.side not in ("other", "unknown")


def _toll_of_protest(r: SentenceState, k: int) -> bool:
    """A killing told in a relative clause on a protest ('protests in which 450 people have been killed')."""
    tree, prev = r.tree, k
    protests = {t.i for t in r.m.triggers if t.trigger.event_type == "political_action"}
    for steps, a in enumerate(tree.ancestors(k)):
        if steps >= MAX_FRAME_CLIMB:
            return False
        if tree.deps[prev] == "relcl":
            return a in protests and tree.tags[a].startswith("NN")
        prev = a
    return False


def _aside_year(r: SentenceState, i: int, dates) -> bool:
    """A bare year inside a relative clause on a noun, after a day and month of the sentence outside it ('on the
    night of July 19, when an explosion tore through a base near Amerli, whose siege the militias helped break in
    2014'): background on the noun, not the year of that day."""
    tree = r.tree
    if not tree.parsed:
        return False
    clause = next((a for a in tree.ancestors(i) if tree.deps[a] == "relcl" and tree.heads[a] >= 0
                   and tree.tags[tree.heads[a]].startswith("NN")), None)
    if clause is None:
        return False
    inside = set(tree.subtree(clause))
    return any(e.kind in ("dm", "md") and j < i and j not in inside for e, j, _k in dates)


def _singular(word: str) -> str:
    """'militias' -> 'militia', 'groups' -> 'group' (a plain plural 's')."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _definite_np(r: SentenceState, head: int) -> bool:
    """The noun phrase of this head opens with a definite determiner ('the missile', 'that drone')."""
    return r.tree.parsed and any(r.tree.deps[c] == "det" and r.norm[c] in r.W["definite_dets"]
                                 for c in r.tree.kids[head])


def _by_accident(r: SentenceState, k: int) -> bool:
    """The killing's subject, or the cause after 'in' / 'during', is a mishap: 'a stampede killed 56', 'died in a
    crush at the funeral'."""
    tree = r.tree
    over = tree.heads[k] if tree.deps[k] == "advcl" and tree.tags[k] == "VBG" else -1  # '..., killing all 176'
    for c in tree.kids[over] if over >= 0 else ():
        if tree.deps[c] == "nsubj" and any(r.norm[x] in r.W["civil_craft"] | r.W["accident_nouns"]
                                           for x in tree.subtree(c)):
            return True  # 'a Boeing 737 of Ukraine International Airlines crashed ..., killing the 176 people'
    for c in tree.kids[k]:
        if tree.deps[c] in ("nsubj", "agent") and r.norm[c] in r.W["accident_nouns"]:
            return True
        if tree.deps[c] in ("prep", "agent") and any(tree.deps[g] == "pobj" and r.norm[g] in r.W["accident_nouns"]
                                                     for g in tree.kids[c]):
            return True
    return False


def _performed(r: SentenceState, head: int) -> bool:
    """Whether a noun that only labels an act ('aggression') is told as carried out: the object of a light verb
    ('committed a new aggression'; the parser reads it as an adverbial after a time phrase: 'committed, late on
    Sunday, a new aggression'), or the noun a light verb's relative clause describes ('the aggression that was
    carried out on Friday night', 'the aggression carried out by US aircraft')."""
    tree = r.tree
    if not tree.parsed:
        return False
    if tree.deps[head] in ("dobj", "npadvmod") and r.norm[tree.heads[head]] in r.W["light_verbs"]:
        return True
    to = tree.heads[head] if tree.deps[head] == "pobj" else -1
    if to >= 0 and r.norm[to] == "to" and tree.heads[to] >= 0 and r.norm[tree.heads[to]] in r.W["subjection_verbs"]:
        return True  # 'Balad Air Base was exposed to an aggression with eight rockets': what the base underwent
    if any(tree.deps[c] == "prep" and r.norm[c] in r.W["attack_preps"] for c in tree.kids[head]) and \
            r.told_date_toks & set(tree.subtree(head)):
        return True  # 'the treacherous aggression at dawn on Saturday against the headquarters': told with its own
        # day and target (not 'rejects any aggression against Iraq')
    return any(_object_clause(r, c) for c in tree.kids[head])


def _object_clause(r: SentenceState, c: int) -> bool:
    """Whether c is a light verb's clause that describes its head noun as its object: 'carried out by US
    aircraft', 'that was carried out on Friday night', 'which the occupier committed' (not 'the attack, which
    came days after ...', whose relative pronoun is the subject)."""
    tree = r.tree
    if r.norm[c] not in r.W["light_verbs"]:
        return False
    if tree.deps[c] == "acl":
        return tree.tags[c] == "VBN"
    return tree.deps[c] == "relcl" and any(tree.deps[g] in ("nsubjpass", "dobj") and r.norm[g] in
                                           r.W["relative_pronouns"] for g in tree.kids[c])


def _stored_at(r: SentenceState, head: int) -> bool:
    """The noun (or a conjunct of it) is the object of 'for' on a noun of struck sites ('sites for drones')."""
    tree, k = r.tree, head
    while tree.deps[k] == "conj" and tree.heads[k] >= 0:
        k = tree.heads[k]  # 'for rockets, missiles and drones'
    prep = tree.heads[k]
    return tree.deps[k] == "pobj" and prep >= 0 and r.norm[prep] == "for" and tree.heads[prep] >= 0 and \
        r.norm[tree.heads[prep]] in r.W["struck_site_nouns"]


def _usable_triggers(r: SentenceState) -> list[TriggerHit]:
    m = r.m
    out = []
    mishap = False  # a blast told as an accident
    words = f" {' '.join(r.norm)} "  # the sentence's words, for the phrases of accident_causes
    weapons = r.weapon_tokens
    airliners: set[int] = set()  # words under the shooting-down of an airliner: its toll is the crash's
    for t in m.triggers:
        head = span_head(r.tree, t.i, t.j)
        if head in airliners:
            continue  # '... shot down Flight 752, killing all 176 people on board'
        if r.tree.parsed and r.tree.deps[head] in ("compound", "amod") and r.tree.heads[head] in weapons \
                and t.j - t.i == 1:
            continue  # 'an attack drone', 'strike aircraft': the word describes the weapon
        if any(i < t.i and t.j < j for i, j, _ in m.cues["instrument"]):
            continue  # 'a one-way attack UAS team': the word is inside the weapon's name
        if r.tree.parsed and r.tree.deps[head] in ("compound", "amod", "nmod") and r.tree.heads[head] >= 0 and \
                r.norm[r.tree.heads[head]] in r.W["alert_nouns"]:
            continue  # 'when the air-raid siren sounded over Erbil', 'a rocket alarm': a warning, not an attack
        if r.tree.parsed and any(r.tree.deps[c] == "dobj" and r.norm[c] in r.W["crowd_control_objects"]
                                 for c in r.tree.kids[head]):
            continue  # 'police fired teargas at the crowd': crowd control, not an attack
        if r.tree.parsed and t.trigger.event_type == "intercept" and any(
                r.norm[k] in r.W["civil_craft"] for c in r.tree.kids[head] if r.tree.deps[c] == "dobj"
                for k in r.tree.subtree(c)):
            airliners.update(r.tree.subtree(head))
            continue  # 'air defences shot down Ukraine International Airlines Flight 752': an airliner, not a weapon
        if r.tree.parsed and t.j - t.i == 1 and r.tree.tags[head].startswith("NN") and \
                r.norm[head] in r.W["not_event_nouns"]:
            continue  # 'US military targets': what is hit, not an act
        if r.tree.parsed and r.tree.deps[head] == "compound" and r.norm[r.tree.heads[head]] in r.W["site_nouns"]:
            continue  # 'an artillery fire base', 'a strike base': the words name a kind of site
        if _qualifies_capability(r, head):
            continue  # 'training locations for rocket, missile and one-way attack drone capabilities': what the
            # sites held or made, not an attack
        if r.tree.parsed and t.trigger.voice == "noun" and _stored_at(r, head):
            continue  # 'the targets were storage and training sites for rockets, missiles and one-way attack
            # drones': what the sites held, not an attack
        if r.tree.parsed and r.tree.tags[head].startswith("NN") and _describes_object(r, head):
            continue  # 'condemned the strike, describing it as a blatant assassination': what the strike was called
        if r.norm[head] in r.W["performed_nouns"] and not _performed(r, head):
            continue  # 'this aggression', 'rejects any aggression': a label unless someone carried it out
        if r.tree.parsed and t.trigger.event_type == "kill" and _toll_of_protest(r, head):
            continue  # 'weeks of protests in which more than 450 people have been killed': the protests' dead
        if r.tree.parsed and t.trigger.event_type == "arrest" and t.j - t.i == 1 and r.tree.deps[head] == "amod":
            continue  # 'their detained leader': who he is, not an arrest told
        if r.tree.parsed and t.trigger.event_type == "ied_or_bombing" and r.tree.tags[head].startswith("NN") and \
                r.tree.deps[head] in ("dobj", "nsubjpass") and r.norm[r.tree.heads[head]] in r.W["disarm_verbs"]:
            continue  # 'discovering an explosive device planted at the side of the highway', 'a roadside bomb was
            # defused': a bomb found before it went off is no attack
        if r.tree.parsed and r.tree.deps[head] == "advcl" and any(
                r.tree.deps[c] == "mark" and r.norm[c] in r.W["forestalled_marks"] for c in r.tree.kids[head]) and any(
                r.norm[a] in r.W["disarm_verbs"] for a in list(r.tree.ancestors(head))[:MAX_FRAME_CLIMB]):
            continue  # 'managed to dismantle a third device before it exploded': what was prevented did not happen
        if r.tree.parsed and t.trigger.voice == "verb" and any(
                r.tree.deps[c] == "nsubj" and r.norm[c] in r.W["natural_force_nouns"] and not any(
                    r.norm[g] == "of" for g in r.tree.kids[c]) for c in r.tree.kids[head]):
            continue  # 'a short frost in January hit young offshoots', 'a dust storm struck Baghdad': weather, no
            # attack (but 'a hail of rockets hit the base' is one)
        if r.tree.parsed and any(r.tree.deps[c] == "prep" and r.norm[c] == "into" and any(
                r.norm[o] in r.W["figurative_bursts"] for o in r.tree.kids[c]) for c in r.tree.kids[head]):
            continue  # 'the gown exploded into applause', 'the hall erupted in cheers': a figure of speech
        if t.i > 0 and r.norm[t.i - 1] in r.W["illness_modifiers"]:
            continue  # 'died of cardiac arrest', 'a heart attack': an illness, not an act
        if r.tree.parsed and t.trigger.event_type == "kill" and _by_accident(r, head):
            continue  # 'a stampede during the funeral killed 56 people': a mishap, not an act of violence
        if t.trigger.event_type == "ied_or_bombing" and t.trigger.strength < EXPLOSION_STRENGTH and any(
                f" {c} " in words for c in r.W["accident_causes"]):
            mishap = True
            r.mishap_told = r.mishap_told or not m.places and (_definite_np(r, head) or (
                not r.tree.parsed and t.i > 0 and r.norm[t.i - 1] in r.W["definite_dets"]))  # (not 'the explosion
            # at the al-Saqr camp': a blast placed anew is told for itself)
            continue  # 'an explosion at Camp Saqr ... was attributed to munitions poorly stored in the summer heat',
            # 'a fire set off a chain of explosions at an ammunition store': an accident, not an attack
        if r.tree.parsed and t.trigger.event_type == "armed_clash" and r.tree.is_verb(head) and any(
                _event_object(r, c) for c in r.tree.kids[head] if r.tree.deps[c] == "dobj"):
            continue  # 'forces fought off a string of drone attacks': the attacks are the event, not a clash
        if t.enumerator:
            nxt = r.norm[t.j] if t.j < len(r.norm) else ""
            if nxt in r.W["not_enumerated"] or nxt in r.W["person_nouns"]:
                continue  # 'a second wave'; 'killing a commander and a second member': a victim, not a repeat
            if nxt in r.W["enumerated_sites"] and len(r.m.triggers) > 1:
                continue  # 'struck positions near al-Qaim and another position near Albu Kamal': one more place
                # the strike told in the sentence hit, not one more strike
            noun = r.tree.heads[head] if r.tree.parsed and r.tree.deps[head] == "det" else -1
            if noun > head and r.norm[noun] in r.W["group_anaphors"] | r.W["person_nouns"]:
                continue  # 'Harakat al-Nujaba, another powerful faction': another group, not another attack
        out.append(t)
    if mishap and all(t.trigger.event_type in ("kill", *TALK) for t in out):
        out = [t for t in out if t.trigger.event_type != "kill"]  # ('..., killing one civilian': the accident's dead)
    return out


def _during_which(r: SentenceState, span: range, frames: list[set[int]]) -> int | None:
    """'the vast American riposte of Friday 2 February, during which bombers struck 85 targets': the mention told in
    a 'during which' clause on the noun a date qualifies happened on that date."""
    tree = r.tree
    if not tree.parsed:
        return None
    head = next((k for k in span if k < len(tree.heads) and tree.deps[k] == "pobj"), -1)  # ('Friday 2 February':
    # the parser may head the date by its weekday or its month)
    of = tree.heads[head] if head >= 0 else -1
    noun = tree.heads[of] if of >= 0 and tree.deps[of] == "prep" and r.norm[of] == "of" else -1
    for c in tree.kids[noun] if noun >= 0 else ():
        if tree.deps[c] == "relcl" and any(
                tree.deps[p] == "prep" and r.norm[p] in r.W["during_preps"] and any(
                    tree.deps[w] == "pobj" and r.norm[w] in r.W["relative_pronouns"] for w in tree.kids[p])
                for p in tree.kids[c]):
            return next((n for n, fr in enumerate(frames) if c in fr), None)
    return None


def _when_clause_of(r: SentenceState, span: range, frames: list[set[int]]) -> tuple[int | None, bool]:
    """The mention told in a 'when' clause that hangs on a date ('since February 15, when a barrage killed ...'),
    and whether the parse hung that clause elsewhere (then the date is also that of the noun it follows)."""
    tree = r.tree
    if not tree.parsed:
        return None, False
    held = [k for k in span if k < len(tree.kids)]
    verb = next((a for a in tree.ancestors(tree.top(held)) if tree.is_verb(a)), None) if held else None
    if verb is not None and r.norm[verb] in r.W["passive_auxiliaries"]:
        held.append(verb)  # 'It was shortly before noon on Thursday when a drone fired on a vehicle': a cleft
    for c in (c for k in held for c in tree.kids[k]):
        if tree.deps[c] in ("relcl", "advcl") and any(
                tree.deps[m] == "advmod" and r.norm[m] in r.W["temporal_marks"] for m in tree.kids[c]):
            return next((n for n, fr in enumerate(frames) if c in fr), None), False
    # 'since the bombardment on Friday night, when aircraft hit 80 targets', 'died last Friday when a drone fired at
    # his convoy': the parse may hang the clause that opens right after the date on a noun or verb further back; it
    # is still the date's clause
    last = max(span)
    k = last + 1
    if k in r.trigger_tokens and k + 1 < len(r.norm) and r.norm[k + 1] in r.W["temporal_marks"]:
        last, k = k, k + 1  # "after Wednesday night's attack, when rockets struck Taji": the clause after the noun
        # the date qualifies is that noun's
    if k < len(r.norm) and r.norm[k] == ",":
        k += 1
    if k >= len(r.norm):
        return None, False
    gap = r.sent.text[r.m.toks[last].end - r.sent.start:r.m.toks[k].start - r.sent.start]
    if gap.strip() in (",", "") and r.norm[k] in r.W["temporal_marks"] and tree.deps[k] == "advmod":
        c = tree.heads[k]
        if c >= 0 and tree.deps[c] in ("relcl", "advcl"):
            return next((n for n, fr in enumerate(frames) if c in fr), None), True
    return None, False


def _used_by(r: SentenceState, k: int) -> bool:
    """The actor is the user of what a participle describes: 'a building used by IS', 'depots belonging to KH'."""
    tree = r.tree
    prep = tree.heads[k]
    verb = tree.heads[prep] if prep >= 0 else -1
    if not (verb >= 0 and tree.deps[prep] in ("agent", "prep") and tree.deps[verb] == "acl" and
            r.norm[verb] in r.W["possession_verbs"]):
        return False
    # not 'fired from an area close to territories controlled by the PMF': where the rockets came from
    return not any(a in r.movement_tokens for a in tree.ancestors(verb))


def _launched_from(r: SentenceState, p: PlaceHit) -> bool:
    """'rockets launched from the Nineveh plains': the place is where a weapon was fired from."""
    tree = r.tree
    prep = tree.heads[span_head(tree, p.i, p.j)]
    verb = tree.heads[prep] if prep >= 0 else -1
    return verb >= 0 and r.norm[verb] in r.launchers | r.W["instrument_verbs"]


def _fired_from(r: SentenceState, p: PlaceHit, frame: set[int], definite_site: bool = False) -> bool:
    """'rockets were fired at the airport from a vehicle parked in the Nineveh Plains': the place sits in a 'from'
    phrase of the mention's verb, however deep, so it is where the weapon came from. With definite_site, only when
    the verb's target is a site pointed back to ('the airport'), which the article layer then places (a target such
    as 'a US base in northeastern Syria' may have no other place, and the origin is the nearest one known)."""
    tree = r.tree
    if definite_site and not any(r.norm[c] in r.W["site_nouns"] and _definite_np(r, c)
                                 for k in frame for o in tree.kids[k] for c in tree.subtree(o)):
        return False
    if _beside_origin(r, p, frame):
        return True
    for a in tree.ancestors(span_head(tree, p.i, p.j)):
        if a in frame or r.norm[a] in r.W["target_preps"] and r.norm[a] != "of":
            return False  # (not 'launched from its territory at the Ain al-Asad air base', 'at' misparsed under 'from';
            # but 'from a vehicle near the town of Bartella' is all the origin)
        if r.norm[a] == "from" and tree.deps[a] == "prep" and tree.heads[a] in frame and r.norm[tree.heads[a]] in \
                r.launchers | r.W["instrument_verbs"]:
            return True
    return False


def _beside_origin(r: SentenceState, p: PlaceHit, frame: set[int]) -> bool:
    """'fired from an area south-west of the city, near the boundary with Nineveh': a phrase right after the origin,
    set off by a comma and opened by a word of nearness, says where that origin lies."""
    tree = r.tree
    if not tree.parsed:
        return False
    head = span_head(tree, p.i, p.j)
    top = next((a for a in [head, *tree.ancestors(head)] if tree.heads[a] in frame), None)
    if top is None or tree.deps[top] != "prep" or r.norm[top] not in r.W["nearby_preps"]:
        return False
    verb = tree.heads[top]
    origin = [c for c in tree.kids[verb] if tree.deps[c] == "prep" and r.norm[c] == "from" and c < top]
    if not origin or r.norm[verb] not in r.launchers | r.W["instrument_verbs"] or max(tree.subtree(origin[-1])) != top - 1:
        return False
    gap = r.sent.text[r.m.toks[top - 1].end - r.sent.start:r.m.toks[top].start - r.sent.start]
    return gap.strip() == ","


def _relative_phrase(r: SentenceState, k: int, prep: str) -> bool:
    """The token holds a phrase of `prep` and a relative pronoun ('the first of which', 'the vehicle from which')."""
    return any(r.tree.deps[c] == "prep" and r.norm[c] == prep and any(
        r.norm[g] in r.W["relative_pronouns"] for g in r.tree.kids[c]) for c in r.tree.kids[k])


def _partitive_head(r: SentenceState, k: int) -> bool:
    """The token heads a partitive relative ('the first of which', 'the most recent of which')."""
    return _relative_phrase(r, k, "of")


def _partitive_members(r: SentenceState, mentions: list[EventMention], frames: list[set[int]]) -> None:
    """'three drone attacks on Ain al-Asad, the first of which on Monday hit a hangar': the member told in the
    clause is one of the set's events, of its kind, by its doers and at its place unless the clause says otherwise."""
    tree = r.tree
    if not tree.parsed:
        return
    for mm in mentions:
        part = tree.heads[mm.root] if tree.deps[mm.root] == "relcl" else next(
            (c for c in tree.kids[mm.root] if tree.deps[c] in ("nsubj", "nsubjpass")), -1)  # ('..., the first of
        # which hit a hangar' parsed as a clause of its own)
        if part < 0 or not _partitive_head(r, part):
            continue
        above = list(tree.ancestors(part))[:PARTITIVE_CLIMB]
        owner = next((x for a in above for x, fr in enumerate(frames) if a in fr and mentions[x] is not mm), None)
        if owner is None:
            continue
        whole = mentions[owner]
        if mm.event_type == "other" and whole.event_type not in TALK:
            mm.event_type = whole.event_type
        if mm.actor1 == "unknown":
            mm.actor1, mm.attribution = whole.actor1, whole.attribution
        if mm.actor2 == "unknown":
            mm.actor2 = whole.actor2
        if mm.place is None:
            mm.place = whole.place


def _target_busy_at(r: SentenceState, mentions: list[EventMention], frames: list[set[int]]) -> None:
    """'a drone hit a team preparing to launch a drone near Kirkuk': an unplaced strike whose target is told doing
    something not yet done (a threat) at a place was there."""
    tree = r.tree
    if not tree.parsed:
        return
    for n, mm in enumerate(mentions):
        if mm.place is not None or mm.modality != "real":
            continue
        for x, other in enumerate(mentions):
            if x == n or other.modality != "threat" or other.place is None:
                continue
            path = [other.root, *tree.ancestors(other.root)]
            top = next((k for k, a in enumerate(path) if a in frames[n]), None)
            if top is not None and top >= 2 and tree.deps[path[top - 1]] in ("dobj", "nsubjpass") and \
                    any(tree.deps[a] in ("acl", "relcl") for a in path[:top - 1]):
                mm.place = other.place
                break


def _stationed_there(r: SentenceState, frame: set[int]) -> str:
    """The coalition force a 'where' clause on the mention's target site says is there ('an Iraqi base, where
    American soldiers are also present'), else ''."""
    tree = r.tree
    if not tree.parsed:
        return ""
    span = {x for k in frame for x in tree.subtree(k)}
    for a in r.m.actors:
        h = span_head(tree, a.i, a.j)
        if tree.deps[h] in ("amod", "compound") and tree.heads[h] >= 0:
            h = tree.heads[h]  # ('where Turkish soldiers are stationed': the soldiers the actor word describes)
        verb = tree.heads[h]
        if h not in span or verb < 0 or tree.deps[h] not in ("nsubj", "nsubjpass") or tree.deps[verb] != "relcl" or \
                not any(tree.deps[c] == "advmod" and r.norm[c] == "where" for c in tree.kids[verb]):
            continue
        site = tree.heads[verb]
        if tree.deps[site] == "pobj" and r.norm[tree.heads[site]] == "of" and tree.heads[tree.heads[site]] >= 0:
            site = tree.heads[tree.heads[site]]  # ('over the airport of Baghdad, where American soldiers are also
            # stationed': the clause hung on the town the site is named by)
        if a.actor.side == "us_coalition" and r.norm[site] in r.W["site_nouns"]:
            return _canon(a)
        if a.actor.side not in r.W["party_sides"] and a.actor.actor_type in ("foreign force", "foreign state") and \
                (any(p.i <= site < p.j for p in r.m.places) or r.norm[site] in r.W["site_nouns"]):
            return _canon(a)  # 'rockets fell on a base near Bashiqa, where Turkish soldiers are stationed': another
            # country's force, and another war's attack
    return ""


def _describes_object(r: SentenceState, head: int) -> bool:
    """The noun says what a verb's object is: 'describing it as an assassination', 'called the strikes a violation'."""
    tree = r.tree
    if tree.deps[head] == "oprd":
        verb = tree.heads[head]
    else:
        prep = tree.heads[head]
        if tree.deps[head] != "pobj" or prep < 0 or r.norm[prep] not in r.W["description_preps"]:
            return False
        verb = tree.heads[prep]
        if not (verb >= 0 and tree.is_verb(verb)):
            return False
    objects = [c for c in tree.kids[verb] if tree.deps[c] == "dobj"] if verb >= 0 else []
    if any(tree.tags[c] == "WP" for c in objects) and tree.heads[verb] >= 0 and \
            r.norm[tree.heads[verb]] in r.W["light_verbs"]:
        return False  # 'carried out what it called precise strikes': the strikes themselves, newly told (but
        # 'would respond to what he called a cowardly attack' describes one told before)
    return tree.deps[head] == "oprd" or bool(objects)


def _event_object(r: SentenceState, c: int) -> bool:
    """The object is an event noun, or a quantity of them ('a string of drone attacks'); not a weapon ('shot down
    a drone')."""
    tree = r.tree
    for k in [c] + [o for p in tree.kids[c] if tree.deps[p] == "prep" and r.norm[p] == "of"
                    for o in tree.kids[p] if tree.deps[o] == "pobj"]:
        if k in r.trigger_tokens and k not in r.weapon_tokens and r.norm[k] not in r.W["not_event_nouns"]:
            return True
    return False


def _not_described(r: SentenceState, mentions: list[EventMention], frames: list[set[int]]):
    """'painted on the wing of one of the downed airframes': a participle that only describes a thing already
    told of ('the downed drone', 'the destroyed launcher') tells no event of its own."""
    tree = r.tree
    if not tree.parsed:
        return mentions, frames

    def described(mm: EventMention) -> bool:
        if len(mm.triggers) != 1 or mm.triggers[0].j - mm.triggers[0].i != 1:
            return False
        k = mm.triggers[0].i
        noun = tree.heads[k]
        return tree.deps[k] == "amod" and tree.tags[k] == "VBN" and noun >= 0 and any(
            tree.deps[c] == "det" and r.norm[c] in r.W["definite_dets"] for c in tree.kids[noun])
    keep = [n for n, mm in enumerate(mentions) if not described(mm)]
    return [mentions[n] for n in keep], [frames[n] for n in keep]


def _intercepted_relative(r: SentenceState, mentions: list[EventMention], frames: list[set[int]]):
    """'a drone attack on Ain al-Asad, which the US military said it intercepted': the interception of an attack
    the relative clause hangs on is that attack, disrupted, not an act of its own by those who intercepted it."""
    tree = r.tree
    if not tree.parsed:
        return mentions, frames
    drop = set()
    for n, mm in enumerate(mentions):
        if not all(t.trigger.event_type == "intercept" for t in mm.triggers):
            continue
        verb = next((k for k in frames[n] if tree.is_verb(k) and any(
            tree.deps[c] in ("dobj", "nsubjpass") and r.norm[c] in r.W["relative_pronouns"] for c in tree.kids[k])),
            None)
        if verb is None:
            continue
        rel = next((a for a in [verb, *list(tree.ancestors(verb))[:MAX_FRAME_CLIMB]] if tree.deps[a] == "relcl"), None)
        # (the noun it hangs on, or the phrase that holds it: 'a drone attack on Ain al-Asad, which ...')
        up = [tree.heads[rel], *list(tree.ancestors(tree.heads[rel]))[:MAX_FRAME_CLIMB]] if rel is not None else []
        told = next((x for a in up for x, f in enumerate(frames) if x != n and a in f), None)
        if told is not None:
            mentions[told].disrupted = True
            drop.add(n)
    keep = [n for n in range(len(mentions)) if n not in drop]
    return [mentions[n] for n in keep], [frames[n] for n in keep]


def _paused(r: SentenceState, mentions: list[EventMention]) -> None:
    """'KH announced it was pausing its attacks against American forces': the group's own attacks that it pauses,
    suspends or ends are a campaign it speaks of, not an event told (and retell none); so are bare plural
    attacks ('it was suspending attacks on US forces')."""
    tree = r.tree
    for mm in mentions:
        h = tree.heads[mm.root] if tree.parsed else -1
        if h >= 0 and tree.deps[mm.root] == "dobj" and r.norm[h] in r.W["cessation_verbs"] and \
                (mm.definite or tree.tags[mm.root] == "NNS") and \
                mm.event_type not in TALK and mm.modality == "real":  # ('stopped their attacks': already negated)
            mm.modality = "irrealis"


def _quantified_retelling(r: SentenceState, mentions: list[EventMention]) -> None:
    """'The troops were not affected by any of the attacks', 'none of the strikes caused casualties': a quantifier
    over the attacks already told speaks of them all at once; it tells no event of its own (and places none: the
    troops' base is where they were, not where the attacks fell). What the sentence adds (a toll, a claim) goes to
    the events told, as for a sentence that names no event."""
    tree = r.tree
    if not tree.parsed:
        return
    for mm in mentions:
        of = tree.heads[mm.root]
        if tree.deps[mm.root] != "pobj" or of < 0 or r.norm[of] != "of" or mm.event_type in TALK:
            continue
        q = tree.heads[of]
        if q >= 0 and r.norm[q] in r.W["collective_quantifiers"] and tree.tags[mm.root] == "NNS" and any(
                tree.deps[c] == "det" and r.norm[c] in r.W["definite_dets"] for c in tree.kids[mm.root]):
            mm.modality = "irrealis"


def _stopped(r: SentenceState, mentions: list[EventMention], frames: list[set[int]]):
    """'the factions halted their attacks': a stop whose object is an attack is no blockade; the attacks
    it stops ceased ('their attacks', negated) or were foiled ('stopped an attack', a disrupted attack).
    'Attacks stopped once the truce took effect': attacks that stop are no blockade either."""
    tree = r.tree
    drop = set()
    for n, mm in enumerate(mentions):
        if not any(t.trigger.event_type == "confrontation_or_blockade" for t in mm.triggers):
            continue
        if any(tree.heads[other.root] in frames[n] and tree.deps[other.root] == "nsubj" and other.event_type not in TALK
               and tree.is_verb(mm.root) and not tree.passive(mm.root) for x, other in enumerate(mentions) if x != n):
            drop.add(n)
            continue
        for x, other in enumerate(mentions):
            if x == n or other.event_type in TALK or not any(
                    tree.heads[other.root] == k and tree.deps[other.root] in ("dobj", "xcomp", "nsubjpass")
                    for k in frames[n]):
                continue
            drop.add(n)
            if other.definite:
                other.modality = "negated"
            else:
                other.disrupted = True
    keep = [n for n in range(len(mentions)) if n not in drop]
    return [mentions[n] for n in keep], [frames[n] for n in keep]


def _denials(r: SentenceState, mentions: list[EventMention], frames: list[set[int]]) -> None:
    """'jets hit a depot, but the air force denied any part in it': a denial by the accused,
    anywhere in the sentence, keeps the event and leaves its perpetrator unknown."""
    tree = r.tree
    for k, tok in enumerate(r.m.toks):
        if tok.norm not in r.W["deny_verbs"] or any(k in fr for fr in frames):
            continue
        subj = [c for c in tree.kids[k] if tree.deps[c] in ("nsubj", "nsubjpass")]
        if tree.parsed and tree.deps[k] == "relcl" and tree.heads[k] >= 0:
            subj.append(tree.heads[k])  # 'Washington blamed Kataib Hezbollah, which denied involvement'
        deniers = {_armed_branch(_canon(a), r.kb) for a in r.m.actors
                   if any(x in subj for x in [span_head(tree, a.i, a.j), *tree.ancestors(span_head(tree, a.i, a.j))])}
        for mm in mentions:
            if mm.actor1 != "unknown" and (mm.actor1 in deniers or _same_side(r.kb, mm.actor1, deniers)):
                mm.assoc.append(mm.actor1)
                mm.actor1, mm.attribution = "unknown", "denied"


def _same_side(kb: Knowledge, name: str, others: set[str]) -> bool:
    """The US military denying stands for the US-led coalition accused, and the reverse."""
    a = kb.actors.get(name)
    return a is not None and a.side not in ("other", "") and any(
        kb.actors.get(o) is not None and kb.actors[o].side == a.side and a.side == "us_coalition" for o in others)


def _enumeration(r: SentenceState, mentions: list[EventMention], reading: Reading) -> None:
    """'one depot near Hilla on 3 May, another in Kut on 9 May and a third south of Samarra on 2 June':
    in a list, each item's dates and places are the ones between it and the next item.
    Long lists defeat the parser, so the items are cut by position."""
    starts = [n for n, mm in enumerate(mentions) if mm.enumerated]
    if not starts or starts[0] == 0:
        return
    chain = [mentions[starts[0] - 1]] + [mentions[n] for n in starts]
    bounds = [mm.triggers[0].i for mm in chain[1:]] + [len(r.m.toks)]
    # the list's own dates (not those of another mention: '..., after raids in eastern Syria in February')
    times = [a for mm in chain if mm.relation is None for a in mm.times] + reading.context_times
    known = {id(a.expr) for a in reading.context_times + reading.report_times} | {
        id(a.expr) for mm in mentions for a in mm.times}
    times += [TimeArg(e, i, "own") for e, i, _j in reading.dates  # dates a long list's parse hung elsewhere
              if id(e) not in known and not e.citation and i >= chain[0].triggers[0].i
              and not e.text.lower().startswith(D.PERIOD_STARTS)]  # (not 'a town the militia holds since 2014')
    places = [p for p in r.m.places if p.i >= chain[0].triggers[0].i or p in
              ([chain[0].place] if chain[0].place else [])]

    def segment(tok: int) -> int:
        return next(x for x, b in enumerate(bounds) if tok < b)
    for mm in chain:
        mm.times = []
    for a in times:
        chain[segment(a.tok)].times.append(a)
    reading.context_times = [a for a in reading.context_times if all(a not in mm.times for mm in chain)]
    for x, mm in enumerate(chain):
        own = [p for p in places if segment(p.i) == x and not p.penalty]
        if own:
            mm.place = pick_place([(p, 0) for p in own])
            mm.extra_places = []


def _own_conjuncts(r: SentenceState, a: TriggerHit, b: TriggerHit) -> bool:
    """Two event nouns joined by 'and', each with its own determiner ('the Harir attack and Thursday's attempt'),
    name two events; 'drone and rocket attacks' (one determiner) names one."""
    tree = r.tree
    if not tree.parsed:
        return False
    x, y = span_head(tree, a.i, a.j), span_head(tree, b.i, b.j)
    if not (tree.tags[x].startswith("NN") and tree.tags[y].startswith("NN")):
        return False
    if not ((tree.deps[x] == "conj" and tree.heads[x] == y) or (tree.deps[y] == "conj" and tree.heads[y] == x)):
        return False
    return all(any(tree.deps[c] in ("det", "poss") for c in tree.kids[k]) for k in (x, y))


def _impacts(r: SentenceState) -> list[TriggerHit]:
    """'three rockets fell inside the compound': a weapon that is the subject of a verb of impact, or that is
    sent against a target ('a drone against the base')."""
    tree = r.tree
    if not tree.parsed:
        return []
    taken = {k for t in r.m.triggers for k in range(t.i, t.j)}
    out = []
    for i, j, weapon in r.m.cues["instrument"]:
        head = span_head(tree, i, j)
        if head not in taken and any(tree.deps[c] == "prep" and r.norm[c] in r.W["attack_preps"] for c in tree.kids[head]):
            at, voice = head, "noun"  # 'claimed a third drone against Harir base': a weapon sent against a target
        elif j + 1 < len(r.norm) and j not in taken and r.norm[j] in r.W["impact_verbs"] and \
                r.norm[j + 1] in r.W["locative_preps"] | r.W["target_preps"] and not tree.is_verb(j):
            at, voice = j, "verb"  # '14 rockets land on the base' in a factbox's present tense, which the small
            # model reads as a compound noun ('rockets land')
        elif tree.deps[head] == "ROOT" and (at := next((c for c in tree.kids[head] if tree.deps[c] == "acl"
                                                         and c not in taken and r.norm[c] in r.W["impact_verbs"]),
                                                        -1)) >= 0:
            voice = "verb"  # 'At least two rockets impacted in the Green Zone, without causing victims': the small
            # model reads the verb as a participle on its subject and leaves the sentence no verb
        elif tree.deps[head] == "nsubjpass" and tree.heads[head] not in taken and \
                r.norm[tree.heads[head]] in r.launchers and any(
                    tree.deps[c] == "prep" and r.norm[c] in r.W["attack_preps"] for c in tree.kids[tree.heads[head]]):
            at, voice = tree.heads[head], "verb"  # 'the missiles were sent from Iranian territory against Ain al-Asad
            # and against a base at Erbil': a weapon sent against a target, told in the passive
        elif tree.deps[head] == "nsubj" and tree.heads[head] > head and r.norm[tree.heads[head]] in r.launchers and (
                at := next((c for c in tree.kids[tree.heads[head]] if tree.deps[c] in ("advcl", "conj") and
                            c not in taken and r.norm[c] in r.W["impact_verbs"]), -1)) >= 0:
            voice = "verb"  # 'six rockets launched from the Nineveh plain fell near the airport', parsed with the
            # rockets launching and the fall a clause of that
        elif (at := next((c for c in tree.kids[head] if tree.deps[c] == "relcl" and c not in taken
                          and r.norm[c] in r.W["impact_verbs"]), -1)) >= 0:
            voice = "verb"  # 'The rocket which fell last night near the embassy is not the work of our mujahideen':
            # the weapon's own relative clause tells the impact
        else:
            at, voice = tree.heads[head], "verb"
            if at >= 0 and tree.deps[head] == "nsubj" and r.norm[at] not in r.W["impact_verbs"]:
                at = next((c for c in tree.kids[at] if tree.deps[c] == "conj" and r.norm[c] in r.W["impact_verbs"]
                           and tree.is_verb(c) and c not in taken and not any(
                               tree.deps[g] in ("nsubj", "nsubjpass") for g in tree.kids[c])), at)  # ('a gunship
                # followed the vehicle and engaged it': the verb the weapon's clause joins shares its subject)
            if at < 0 or at in taken or tree.deps[head] not in ("nsubj", "nsubjpass") or \
                    r.norm[at] not in r.W["impact_verbs"] and not any(
                        (tree.deps[c] == "prt" or _time_particle(r, c)) and
                        f"{r.norm[at]} {r.norm[c]}" in r.W["impact_phrasal_verbs"] for c in tree.kids[at]):
                continue
            if weapon == "airstrike" and (tree.deps[head] == "nsubjpass" or r.norm[at] in r.W["approach_words"]):
                continue  # 'US helicopters at the base had been damaged': aircraft that were hit, not an air strike;
                # 'jets approached the border': aircraft on their way (a drone that approached a base is an attack)
            if r.norm[at] in r.W["taking_part_verbs"] and at + 1 < len(r.norm) and r.norm[at + 1] == "in":
                continue  # 'the six F-16s engaged in the coalition operate from there': they take part, strike nothing
            if weapon == "ied_or_bombing" and r.norm[at] in r.W["falling_verbs"]:
                weapon = "airstrike"  # 'bombs fell around Albu Kamal': bombs that fall were dropped from the air
        if weapon == "airstrike" and r.norm[at] in r.W["accident_impact_verbs"]:
            continue  # 'Plane crash in Tehran', 'a US jet crashed in the desert': an aircraft's accident, no strike
        taken.add(at)
        tok = r.m.toks[at]
        out.append(TriggerHit(at, at + 1, Trigger(weapon, voice, IMPACT_STRENGTH),
                              r.sent.text[tok.start - r.sent.start:tok.end - r.sent.start]))
    for at in range(len(r.norm)):  # 'rockets struck Balad, and two days later more landed in the Green Zone'
        if at in taken or r.norm[at] not in r.W["impact_verbs"] or not tree.is_verb(at) or tree.deps[at] != "conj":
            continue  # (a clause joined to the one that told the weapon; not 'one of the explosives landed on a depot')
        own = set(tree.subtree(at))
        before = [v for i, j, v in r.m.cues["instrument"] if j <= at and i not in own]
        if not before:
            continue
        subject = next((c for c in tree.kids[at] if tree.deps[c] in ("nsubj", "nsubjpass")), None)
        if subject is not None and (tree.tags[subject] in ELLIPTIC_COUNT_TAGS or r.norm[subject] in r.W["elliptic_nouns"]) \
                or subject is None and any(tree.deps[c] == "advmod" and tree.tags[c] in ("RBR", "JJR")
                                           for c in tree.kids[at]):
            taken.add(at)  # 'three more fell', 'more landed': more of the weapon the sentence has told
            tok = r.m.toks[at]
            out.append(TriggerHit(at, at + 1, Trigger(before[-1], "verb", IMPACT_STRENGTH),
                                  r.sent.text[tok.start - r.sent.start:tok.end - r.sent.start]))
    return out


def _time_particle(r: SentenceState, c: int) -> bool:
    """'rockets came in that evening': the parser takes the particle for a preposition whose object is a time."""
    tree = r.tree
    rest = [x for x in tree.subtree(c) if x != c]
    return tree.deps[c] == "prep" and bool(rest) and all(x in r.date_toks for x in rest)


def _launched(r: SentenceState, k: int) -> bool:
    """The weapon is the subject of its own verb of firing or impact ('when drones were launched at X')."""
    tree = r.tree
    return tree.parsed and tree.deps[k] in ("nsubj", "nsubjpass") and tree.heads[k] >= 0 and \
        r.norm[tree.heads[k]] in r.launchers | r.W["impact_verbs"]


def _group(r: SentenceState, trigs: list[TriggerHit]) -> tuple[list[list[TriggerHit]], set[int]]:
    """Triggers that hang on one another form one mention ('a drone strike that killed', 'rockets hit the
    base, killing two'). A trigger stays a mention of its own when a cause or sequence word stands between
    ('revenge for the strike'; but 'killed after mortar attacks' is one event), when it sits inside another
    mention's argument ('targeted a militia blamed for a rocket attack': told in passing), when a verb of its
    own governs it, or when it is what a political act is about ('protested the strikes').
    Returns the groups and the triggers (by index) told in passing inside an argument."""
    tree = r.tree
    # 'a US drone attack near Baghdad airport on Friday which killed Soleimani': the relative clause is the noun's,
    # wherever the parse hung it (here on 'Friday', and so on the verb above)
    relative = {n: p for n in range(len(trigs)) if (p := _relative_of(r, trigs, n)) is not None}
    r.relative_verbs = {k for n in relative for k in range(trigs[n].i, trigs[n].j)}
    frames = [_frame(r, [t])[0] for t in trigs]
    owner = list(range(len(trigs)))

    def find(x):
        while owner[x] != x:
            x = owner[x]
        return x
    in_frame = {}
    for n, fr in enumerate(frames):
        for k in fr:
            in_frame.setdefault(k, n)
    passing = set()
    for n, t in enumerate(trigs):
        for p, fr in enumerate(frames):
            if p != n and (n in relative or p in relative) and relative.get(n, p) != p and relative.get(p, n) != n:
                continue
            kinds = {t.trigger.event_type, trigs[p].trigger.event_type}
            if kinds & {"political_action", "threat"} and kinds - TALK:
                continue  # 'said six were killed, and protested the strikes (vowed revenge)': the protest (the vow)
                # is not the killing
            if p != n and _own_conjuncts(r, t, trigs[p]):
                continue  # 'claimed both the Harir attack and Thursday's attempt on the airport': two events
            if p != n and not t.enumerator and not trigs[p].enumerator and (
                    any(k in fr for k in range(t.i, t.j)) or frames[n] & fr):
                # 'a volley of rockets ... killed a contractor': the subject's frame took the verb;
                # 'launched drone and rocket attacks': one carrier, one event
                owner[find(p)] = find(n)
    for n, t in enumerate(trigs):
        if t.enumerator or n in relative:
            continue
        top = tree.top(frames[n])
        path, nouns = [], 0
        for steps, a in enumerate(tree.ancestors(top)):
            if steps >= MAX_MERGE_CLIMB or r.is_report(a):
                break
            if tree.parsed and tree.deps[top] == "relcl" and a == tree.heads[top] and _partitive_head(r, a):
                break  # 'three series of strikes, the first of which on 26 October hit depots': one of the set,
                # told as an event of its own
            p = in_frame.get(a)
            if p is not None and p != n:
                kind = _between(r, top, path, a)
                own_subject = any(tree.deps[c] in ("nsubj", "nsubjpass") for c in tree.kids[top])
                bare_toll = any(all(trigs[y].trigger.event_type == "kill" for y in range(len(trigs))
                                    if find(y) == find(x)) for x in (n, p))
                unit = tree.heads[top] if tree.deps[top] == "amod" and tree.heads[top] >= 0 and \
                    tree.deps[tree.heads[top]] == "conj" else top  # ('..., and in August a drone targeted vehicles',
                # parsed with 'targeted' describing 'vehicles': the conjunct is the clause)
                dated_conjunct = (tree.is_verb(top) or unit != top) and _own_date(r, unit) and (
                    tree.deps[unit] == "conj" or (
                        tree.deps[top] == "advcl" and any(tree.deps[c] == "mark" and r.norm[c] in r.W["clause_joiners"]
                                                          for c in tree.kids[top])))
                # ('brought down a drone last night, while on Monday a drone was shot down near the airport': a
                # clause set against the first with a day of its own tells another event)
                if dated_conjunct or own_subject and (
                        tree.deps[top] == "conj" or _segment(r, top) != _segment(r, a) and not bare_toll):
                    kind = "clause"  # 'rockets struck X, and a drone hit Y', 'rockets killed a contractor; two
                    # days later, jets bombed ...': each clause has its own subject (but '...; nobody was killed' is
                    # the toll of the clause before); or its own date ('in mid-February, when a rocket attack killed a
                    # contractor, and at the beginning of March ten rockets struck ...', its subject misparsed)
                if tree.deps[top] in ("advcl", "conj", "appos", "npadvmod", "dep") and not tree.is_verb(top) and any(
                        c in r.date_toks and tree.deps[c] in ("nummod", "compound", "poss", "nmod", "npadvmod")
                        for c in tree.kids[top]):
                    kind = "clause"  # '..., particularly the 2 May rocket attack': a noun dated on its own
                talk_over = trigs[p].trigger.event_type in ("political_action", "confrontation_or_blockade") \
                    and t.trigger.event_type not in TALK | {"confrontation_or_blockade"}  # 'protested the strikes', 'stopped their attacks'
                if nouns and kind == "none" and tree.deps[top] != "amod":
                    passing.add(n)  # inside the upper event's argument, with no word to say how they relate
                elif talk_over:
                    pass
                elif kind == "none" or (kind == "sequence" and t.trigger.event_type == "kill" and not own_subject and all(
                        trigs[x].trigger.event_type == "kill" for x in range(len(trigs)) if find(x) == find(n))):
                    owner[find(n)] = find(p)  # a bare toll after an attack is its toll; an attack's own toll stays
                    # (not 'days after PKK fighters murdered 13 Turkish citizens': a killing with its own doer)
                elif kind == "sequence" and trigs[p].trigger.event_type == "kill" and p not in relative and \
                        t.trigger.event_type != "kill":
                    owner[find(p)] = find(n)  # 'two guards were killed after mortar attacks on X': the attacks killed them
                    # (not 'It came five days after aircraft struck ..., in retaliation for the drone attack on
                    # Tower 22 that killed three': a relative clause's toll is its noun's, wherever the parse hung it)
                break
            if tree.parsed and tree.is_verb(a):
                break  # a verb of its own: another clause
            bare_kill = t.trigger.event_type == "kill" and not (frames[n] & (r.trigger_tokens - set(range(t.i, t.j))))
            gathered = r.norm[a] in r.W["collective_event_nouns"] and path and r.norm[path[-1]] == "of" \
                and tree.deps[a] in ("nsubj", "nsubjpass", "dobj") and tree.heads[a] in in_frame
            if tree.parsed and tree.tags[a].startswith("NN") and not bare_kill and not gathered \
                    and tree.deps[top] != "amod":  # 'shelling targeted X' misread as 'the targeted X' is one act
                nouns += 1  # inside a noun phrase: an argument of whatever is above ('a wave of strikes hit X'
                # is one act)
            path.append(a)
    weapon_heads = {i: span_head(tree, i, j) for i, j, _v in r.m.cues["instrument"]} if tree.parsed else {}
    for n, t in enumerate(trigs):  # 'a third drone was intercepted': the count and the verb are one mention
        h = next((weapon_heads[k] for k in range(t.j, t.j + 2) if k in weapon_heads), None) if t.enumerator else None
        if h is None:
            continue
        p = next((x for x, u in enumerate(trigs) if x != n and u.i <= tree.heads[h] < u.j), None)
        if p is not None:
            owner[find(p)] = find(n)
    for n, p in relative.items():
        owner[find(n)] = find(p)
        if p in passing:
            passing.add(n)  # ('a militia blamed for a rocket attack that killed a contractor': told in passing)
    violent_toks = {k for t in trigs if t.trigger.event_type not in TALK for k in range(t.i, t.j)}
    # ('four were killed when X was struck, and vowed revenge': the killing the vow's clause hangs on is no threat)
    threat_toks = {k: p for p, t in enumerate(trigs) if t.trigger.event_type == "threat" for k in frames[p]
                   if k not in violent_toks}
    for n, t in enumerate(trigs):
        if t.trigger.event_type in TALK or t.enumerator:
            continue
        low = tree.top(frames[n])
        for prev, a in zip([low, *tree.ancestors(low)], tree.ancestors(low)):
            if r.is_report(a) or r.norm[a] in r.W["cause_markers"] | r.W["sequence_markers"] or _marked(r, prev):
                break  # 'if they attack, we will respond': the condition is not the threat
            if a in threat_toks and _segment(r, low) == _segment(r, a):  # ('nobody was killed: they had been warned')
                owner[find(n)] = find(threat_toks[a])  # 'warned that the group would resume attacks on US forces'
                break
    r.remembered = set()  # 'On Monday, the second anniversary of the killing of X, drones were brought down': what
    # is remembered is never the event of the day (the phrase ends at its comma, however the parse hung what follows;
    # 'a base that still carries the scars of the barrage Iran fired in January 2020': the story stays where it is)
    remembering = r.W["anniversary_nouns"] | r.W["remembrance_nouns"]
    for k in range(len(r.norm)) if tree.parsed else ():
        if r.norm[k] in remembering:
            close = next((x for x in range(k, len(r.norm) - 1) if "," in r.sent.text[
                r.m.toks[x].end - r.sent.start:r.m.toks[x + 1].start - r.sent.start]), len(r.norm))
            r.remembered.update(x for x in tree.subtree(k) if x <= close)
    groups: dict[int, list[TriggerHit]] = {}
    for n, t in enumerate(trigs):
        groups.setdefault((find(n), t.i in r.remembered), []).append(t)
    ordered = sorted(groups.values(), key=lambda g: g[0].i)
    told_in_passing = {x for x, g in enumerate(ordered) if all(trigs.index(t) in passing for t in g)}
    return ordered, told_in_passing


def _phrase_words(r: SentenceState) -> tuple[set[int], frozenset[str]]:
    """What an event noun's own place phrase is made of: the tokens of its places (and of a country read as a
    located state: 'in north-east Jordan'), and the words that join them ('on the Tower 22 outpost in ...').
    Worked out once a sentence."""
    if r.phrase_words is None:
        tree = r.tree
        placed = {k for q in r.m.places for k in range(q.i, q.j)} | {
            k for a in r.m.actors if _located(r, a) for k in range(a.i, a.j)}
        if tree.parsed:  # ('on a US outpost in Jordan': the words that tell whose site it is, or what kind)
            placed |= {k for k, h in enumerate(tree.heads) if h >= 0 and r.norm[h] in r.W["site_nouns"] and
                       tree.deps[k] in ("compound", "amod", "nmod", "poss") and r.norm[k] not in r.W["sameness_words"]}
        glue = frozenset(r.W["locative_preps"] | r.W["target_preps"] | r.W["definite_dets"] | r.W["indefinite_dets"]
                         | r.W["direction_adjectives"] | r.W["site_nouns"])
        r.phrase_words = (placed, glue)
    return r.phrase_words


def _relative_of(r: SentenceState, trigs: list[TriggerHit], n: int) -> int | None:
    """The noun trigger whose own phrase a bare 'which killed' or 'that killed' ends: only its place and date
    phrase between the two."""
    t = trigs[n]
    if t.trigger.event_type != "kill" or t.i == 0 or r.norm[t.i - 1] not in r.W["relative_pronouns"]:
        return None
    placed, glue = _phrase_words(r)
    placed = placed | r.date_toks
    for p in sorted(range(len(trigs)), key=lambda x: -trigs[x].j):
        u = trigs[p]
        if p == n or u.j > t.i - 1 or u.trigger.voice != "noun" or t.i - 1 - u.j > PHRASE_DATE_GAP:
            continue
        if all(k in placed or r.norm[k] in glue for k in range(u.j, t.i - 1)):
            return p
        break
    return _relative_in_phrase(r, trigs, n)


def _relative_in_phrase(r: SentenceState, trigs: list[TriggerHit], n: int) -> int | None:
    """With a parse, a longer phrase may lie between: 'the drone attack on a small US base in Jordan known as Tower
    22, near the Syrian border, which killed three': the clause hangs on a word of the noun's own phrase (not on a
    person or group, who may kill), and every word between belongs to that phrase."""
    tree, t = r.tree, trigs[n]
    if not tree.parsed:
        return None
    verb = next((k for k in range(t.i, t.j) if tree.deps[k] == "relcl"), None)
    owner = tree.heads[verb] if verb is not None else -1
    if owner < 0 or r.norm[owner] in r.W["person_nouns"] or any(a.i <= owner < a.j for a in r.m.actors):
        return None
    for p in sorted(range(len(trigs)), key=lambda x: -trigs[x].j):
        u = trigs[p]
        noun = span_head(tree, u.i, u.j)
        if p == n or u.j > t.i - 1 or not tree.tags[noun].startswith("NN") or t.i - 1 - u.j > PHRASE_REACH:
            continue  # (a noun as the parse tells it: 'the attack' though 'attack' is listed as a verb)
        phrase = set(tree.subtree(noun))
        return p if owner in phrase and all(k in phrase for k in range(u.j, t.i - 1)) else None
    return None


def _links(r: SentenceState, frames: list[set[int]], roots: list[int]) -> dict[int, tuple[int, str]]:
    """For each mention under another one: (that mention, 'cause' | 'sequence' | 'none')."""
    out = {}
    for n, root in enumerate(roots):
        path = []
        for a in r.tree.ancestors(root):
            if r.is_report(a):
                break
            hit = next((x for x, fr in enumerate(frames) if x != n and a in fr), None)
            if hit is not None and a in r.relative_verbs:
                path.append(a)
                continue  # 'after aircraft struck ..., in retaliation for the drone attack that killed three': the
                # parse hangs the clause on 'killed', the attack's relative clause, which is no event above it
            if hit is not None:
                out[n] = (hit, _between(r, root, path, a))
                break
            path.append(a)
    return out


def _own_date(r: SentenceState, k: int) -> bool:
    """The clause of verb k holds a date of its own, and the statement around it another one outside it (not
    the day a report was made: 'a rocket ... struck a house on Monday night, forces reported on Tuesday'; nor a wire's
    dateline)."""
    tree = r.tree
    top = k
    for a in tree.ancestors(k):
        if r.is_report(a):
            break
        top = a
    inside = set(tree.subtree(k))
    for c in tree.kids[k]:
        if r.norm[c] in r.W["sequence_markers"] or _marked(r, c):
            inside -= set(tree.subtree(c))  # ('and set fire to it, before withdrawing on the following day': the
            # day of what came after)
    return bool(r.told_date_toks & inside) and bool((r.told_date_toks & set(tree.subtree(top))) - inside)


def _marked(r: SentenceState, k: int) -> bool:
    """The token opens a clause of its own: a condition, a cause or a sequence ('after drones struck')."""
    words = r.W["conditional_marks"] | r.W["cause_markers"] | r.W["sequence_markers"]
    if any(r.tree.deps[c] in ("mark", "advmod") and r.norm[c] in words for c in r.tree.kids[k]):
        return True
    # 'The American action came after, on Saturday, the base was hit by missiles': the comma after the marker makes
    # the parser hang it on the verb above; standing between that verb and the clause, it still opens the clause
    h = r.tree.heads[k]
    return r.tree.deps[k] == "advcl" and 0 <= h < k and any(
        r.tree.deps[c] in ("mark", "advmod") and h < c < k and r.norm[c] in words for c in r.tree.kids[h])


def _between(r: SentenceState, k: int, path: list[int], above: int | None = None) -> str:
    """What links a trigger to the trigger above it: a cause word, a sequence word, or nothing.
    Looks on the path between them and at the words that stand between them in the sentence."""
    tree = r.tree
    near = {k, *path}
    conjunct = above is not None and tree.deps[k] == "conj" and tree.heads[k] == above
    for x in list(near):
        if conjunct and x == above:
            continue  # 'Two days after that, crowds stormed the embassy and set fire to it, before withdrawing': the
            # first verb's and the second's own phrases do not link the two deeds of one subject
        near.update(c for c in tree.kids[x] if tree.deps[c] in ("mark", "prep", "advmod", "npadvmod", "case")
                    and not (conjunct and x == k and c > k))
    if above is not None and abs(above - k) <= MAX_MARKER_GAP:
        near.update(range(min(above, k) + 1, max(above, k)))
    words = {r.norm[x] for x in near}
    if words & r.W["conditional_marks"]:
        return "condition"  # 'if the militias attack, Washington will respond': two events, neither real yet
    if words & r.W["cause_markers"]:
        return "cause"
    if words & r.W["sequence_markers"]:
        return "sequence"
    return "none"


ASIDE_HEDGE_WORDS = 1  # words between a marker's comma and the date of its clause ('after, almost two weeks ago,')


def _aside_after_marker(r: SentenceState, mentions: list[EventMention], i: int, j: int) -> int | None:
    """'The escalation came after, almost two weeks ago, the aviation bombarded ...': a date set off by commas right
    after a sequence or cause marker belongs to the mention of the clause that follows it (the parser hangs it on the
    verb above the marker). The mention's index, or None."""
    text, base, toks = r.sent.text, r.sent.start, r.m.toks
    words = r.W["sequence_markers"] | r.W["cause_markers"]
    k = next((k for k in range(i - 1, max(-1, i - 2 - ASIDE_HEDGE_WORDS), -1) if r.norm[k] in words), None)
    if k is None or "," not in text[toks[k].end - base:toks[k + 1].start - base] or j + 1 >= len(toks) or \
            "," not in text[toks[j].end - base:toks[j + 1].start - base]:
        return None
    return next((n for n, mm in enumerate(mentions) if mm.root > j and mm.modality not in UNTOLD), None)


def _bound_restated(r: SentenceState, e: D.DateExpr, i: int, bound_ends: list[int]) -> bool:
    """'since 17 October, ten days after the attack of Hamas': a relative date right after a period's bound, set off by
    a comma, says when that bound was; it dates no event either."""
    toks, text, base = r.m.toks, r.sent.text, r.sent.start
    return e.kind in ("later", "ago", "anchor") and any(
        k + 1 == i and text[toks[k].end - base:toks[i].start - base].strip() == "," for k in bound_ends)


def _denied_rumour(r: SentenceState, root: int) -> list[int]:
    """'The company denies the news about the suspension of the train because of a rocket attack': a mention inside
    the phrase of a rumour noun that is the object of a denial, with no verb between them, is denied however deep
    it sits. Returns the tokens from the mention up to the denial, or nothing."""
    tree, chain = r.tree, []
    for h in tree.ancestors(root) if tree.parsed else ():
        chain.append(h)
        if r.norm[h] in r.W["rumour_nouns"] and tree.deps[h] == "dobj" and 0 <= tree.heads[h] and \
                r.norm[tree.heads[h]] in r.W["deny_verbs"]:
            return [*chain, tree.heads[h]]
        if tree.is_verb(h) and r.norm[h] in r.W["hearsay_verbs"] and tree.deps[h] in ("ccomp", "dobj") and \
                0 <= tree.heads[h] and r.norm[tree.heads[h]] in r.W["deny_verbs"] and any(
                    tree.deps[c] in ("nsubjpass", "nsubj", "dobj") and r.norm[c] == "what" for c in tree.kids[h]):
            return [*chain, tree.heads[h]]  # 'The committee denies what was circulated by some pages about the
            # launching of rockets from Kut': what was spread is hearsay, as 'the news' is
        if tree.is_verb(h) and tree.deps[h] not in ("prep", "pobj") and not (
                tree.deps[h] == "relcl" and r.norm[tree.heads[h]] in r.W["rumour_nouns"]):
            return []  # (but 'the news which circulated about ...' is still the news, and 'circulated regarding a
            # drone attack' has a preposition, not a verb, between, as 'about the falling of rockets' has a gerund
            # that is a preposition's object)
    return []


def _frame(r: SentenceState, hits: list[TriggerHit]) -> tuple[set[int], int, str]:
    """The mention's tokens: its triggers plus the light, claim, blame or denial verbs that carry them.
    Returns (tokens, root, strongest frame verb class)."""
    tree = r.tree
    toks = {k for t in hits for k in range(t.i, t.j)}
    roots = [k for k in toks if tree.heads[k] not in toks]
    root = tree.top(roots) if roots else hits[0].i
    frame_kind = ""
    carriers = r.W["light_verbs"] | r.W["claim_verbs"] | r.W["blame_verbs"] | r.W["deny_verbs"]
    path, child = [], root
    climb = MAX_FRAME_CLIMB
    if tree.parsed and any(tree.deps[h] == "pobj" and r.norm[h] in r.W["day_part_nouns"]
                           for h in list(tree.ancestors(root))[:MAX_FRAME_CLIMB]):
        climb += TIME_PHRASE_STEPS  # 'carried out in the early hours of Wednesday air strikes against ...': the
        # parser hangs the strikes on the time phrase before them; the verb is two steps further
    rumour = _denied_rumour(r, root)
    if rumour:
        toks.update(rumour)  # 'denies the news about the suspension of the train because of a rocket attack'
        frame_kind = "deny_verbs"
    for steps, h in enumerate(() if rumour else tree.ancestors(root)):
        if steps < climb and r.is_report(h) and tree.deps[h] == "dobj" and \
                r.norm[tree.heads[h]] in r.W["deny_verbs"]:
            toks.update([*path, h, tree.heads[h]])  # 'denied reports of a rocket attack': the attack is denied
            frame_kind = frame_kind or "deny_verbs"
            break
        if r.norm[h] in r.W["claim_verbs"] and tree.tags[h] == "VBN" and not path and \
                tree.deps[child] in ("nsubj", "nsubjpass", "ccomp") and any(tree.deps[c] == "agent" for c in tree.kids[h]):
            toks.add(h)  # 'X struck the base, an attack also claimed by Y', parsed with 'claimed' as the verb of 'an
            frame_kind = frame_kind or "claim_verbs"  # attack': the passive claim names its claimant
            break
        if steps >= climb or r.is_report(h) or _marked(r, child):
            break  # 'came a day after drones struck': the clause is told as another event
        if _own_clause(r, child):
            break  # 'the Pentagon blamed X, and two days later jets hit its sites': a clause of its own
        word = r.norm[h]
        if word in r.W["cause_markers"] | r.W["sequence_markers"]:
            break  # 'shelled often since the raid': the raid is another event
        if word in r.W["claim_verbs"] and tree.deps[child] == "ccomp" and tree.is_verb(child):
            break  # 'a channel claimed that mortars were fired': a report, not a claim of responsibility
        path.append(h)
        carried = word in carriers and not (tree.deps[child] == "advcl" and tree.is_verb(child) and
                                            child in r.relative_verbs) or (
            tree.deps[child] in ("nsubj", "nsubjpass") and tree.is_verb(h) and not path[:-1]
                                       and h not in r.trigger_tokens) or (
            word in r.W["response_verbs"] and len(path) >= 2
            and r.norm[path[-2]] in r.W["agent_preps"] | r.W["response_preps"])
        # ('answered by shelling X', 'responded with artillery fire at the launch positions')
        carried = carried or word in r.W["exposure_verbs"] and len(path) >= 2 and r.norm[path[-2]] in r.W["exposure_preps"]
        # ('the same area was exposed in January to an American bombardment': its passive subject is the target)
        carried = carried or word in r.W["copulas"] and r.norm[child] in r.W["agency_words"] and any(
            tree.deps[c] == "nsubj" and r.norm[c] in r.W["group_pronouns"] for c in tree.kids[h])
        # ('X said it was behind the attacks', 'that they were responsible for the attack': the speaker's claim)
        carried = carried or word in r.W["collective_event_nouns"] and len(path) == 2 and r.norm[path[0]] == "of"
        # ('a wave of American raids last Friday on 85 targets': the wave's day and targets are the raids')
        named_what = tree.deps[child] == "oprd" and any(
            tree.deps[c] == "dobj" and tree.tags[c] == "WP" for c in tree.kids[h])  # 'carried out what it called strikes'
        child = h
        if not carried:
            if tree.is_verb(h) and not named_what:
                break  # another verb with its own arguments
            continue
        toks.update(path)
        path = []
        for kind in ("deny_verbs", "blame_verbs", "claim_verbs"):
            if word in r.W[kind]:
                frame_kind = frame_kind or kind
    for k in [k for t in hits for k in range(t.i, t.j)] if tree.parsed else ():
        chain = []  # 'A child was martyred when US warplanes launched an aggression on ...': the verb that carries
        for h in list(tree.ancestors(k))[:MAX_FRAME_CLIMB]:  # one trigger under another of the same mention is
            if h in toks:  # the mention's too, and so is its subject
                if any(tree.is_verb(x) for x in chain) and all(r.norm[x] in r.W["light_verbs"] for x in chain
                                                                if tree.is_verb(x)) and not any(
                        _marked(r, x) for x in chain):  # (not 'The killing came days after the US launched strikes')
                    toks.update(chain)
                break
            chain.append(h)
    for k in list(toks):
        for c in tree.kids[k]:
            if tree.parsed and (tree.deps[c] == "acl" and tree.tags[c] == "VBN" and
                                r.norm[c] in r.W["light_verbs"] | r.W["claim_verbs"]
                                or k in r.trigger_tokens and tree.deps[c] == "relcl" and _object_clause(r, c)):
                toks.add(c)  # 'the strike carried out by an American drone': its doer is the strike's
                # ('the aggression that was carried out on Friday night against ...': its day and places)
                # ('an attack claimed by Saraya Qasim al-Jabbarin': its claimant)
                if r.norm[c] in r.W["claim_verbs"]:
                    frame_kind = frame_kind or "claim_verbs"
                toks.update(p for p in tree.kids[c] if tree.deps[p] == "prt")
            if tree.parsed and tree.deps[c] == "relcl" and k in r.trigger_tokens:
                for x in [c, *(y for y in tree.kids[c] if tree.deps[y] == "conj")]:
                    if r.norm[x] in r.W["claim_verbs"] and tree.is_verb(x) and any(
                            tree.deps[o] == "dobj" and r.norm[o] in r.W["relative_pronouns"] for o in tree.kids[x]):
                        toks.add(x)  # 'the explosion which killed ninety in Kerman, and which the Islamic State
                        frame_kind = frame_kind or "claim_verbs"  # claimed': its claimant
    over = tree.heads[root] if tree.parsed and tree.deps[root] == "advcl" and tree.tags[root] == "VBG" else -1
    if over >= 0 and over not in toks and tree.is_verb(over) and {k for t in hits for k in range(t.i, t.j)} & {
            x for c in tree.kids[over] if tree.deps[c] in ("nsubj", "nsubjpass") for x in tree.subtree(c)}:
        toks.add(over)  # 'a chain of explosions ripped through the camp, killing one': the verb whose subject holds
        # one trigger and whose clause holds the other carries them both (its place and day are theirs)
    toll_verbs = r.kb.cue_words["injure"] | r.kb.cue_words["kill"]
    for k in list(toks):
        toks.update(c for c in tree.kids[k] if tree.deps[c] == "conj" and r.norm[c] in toll_verbs and not any(
            tree.deps[x] == "nsubj" and (r.weapon_tokens | r.trigger_tokens) & set(tree.subtree(x))
            for x in tree.kids[c]))
        # 'killed one and injured five', 'two were killed and three others wounded' (not '..., and a drone killed a
        # commander', '..., and last week a US strike in Musayyib killed four men': a clause whose own subject is a
        # weapon or an act is an act of its own)
    top = tree.top(toks)
    h = tree.heads[top]
    weapons = r.weapon_tokens
    if tree.parsed and tree.deps[top] in ("relcl", "acl") and h in weapons:
        toks.add(h)  # 'a US drone that killed two men': the drone is the weapon, 'US' its owner
    elif tree.parsed and tree.deps[top] in ("relcl", "acl") and h >= 0 and any(
            tree.deps[c] == "compound" and c in weapons for c in tree.kids[h]):
        toks.update([h, *(c for c in tree.kids[h] if tree.deps[c] == "compound" and c in weapons)])  # 'the drone
        # incident that hit near a hangar': the weapon names the noun the clause tells of
    elif tree.parsed and tree.deps[top] == "conj" and h >= 0 and tree.is_verb(h) and not r.is_report(h) and \
            not any(tree.deps[c] in ("nsubj", "nsubjpass") for c in tree.kids[top]) and not _own_date(r, top):
        toks.add(h)  # 'protesters climbed the wall and stormed the consulate': one act, one subject (not '..., and at
        # the beginning of March ten rockets struck the base', its subject misparsed: a clause with a date of its own)
        while tree.deps[h] == "conj" and tree.heads[h] >= 0 and tree.is_verb(tree.heads[h]) and \
                not r.is_report(tree.heads[h]) and not any(tree.deps[c] in ("nsubj", "nsubjpass") for c in tree.kids[h]) \
                and not _own_date(r, h):
            h = tree.heads[h]  # ('marched to the compound, broke down a gate and set fire to a guard post': the first
            toks.add(h)  # verb of the chain holds the subject and the day)
    return toks, root, frame_kind


def _opening_time_owner(r: SentenceState, frames: list[set[int]], i: int, j: int) -> int | None:
    """The mention of the main clause, when the time (tokens i to j) opens the sentence and a comma and a sequence
    marker ('after', 'following') open a clause between it and the main one."""
    toks, text, start = r.m.toks, r.sent.text, r.sent.start
    if i > 1 or j + 1 >= len(toks) or r.norm[j + 1] not in r.W["sequence_markers"] or \
            "," not in text[toks[j].end - start:toks[j + 1].start - start] or not r.tree.parsed:
        return None
    root = next((k for k, h in enumerate(r.tree.heads) if h < 0 and r.tree.is_verb(k)), None)
    return next((x for x, fr in enumerate(frames) if root in fr), None)


def _parenthetical(r: SentenceState, k: int) -> bool:
    """The verb is an aside set off by commas with its one- or two-word subject (', he recalled,', ', the official
    said,')."""
    toks, text, start = r.m.toks, r.sent.text, r.sent.start
    if k + 1 >= len(toks) or "," not in text[toks[k].end - start:toks[k + 1].start - start]:
        return False
    return any(j >= 1 and "," in text[toks[j - 1].end - start:toks[j].start - start] for j in (k - 1, k - 2))


def _owner(r: SentenceState, k: int, frames: list[set[int]], through_participles: bool = False
           ) -> tuple[int | None, int | None, str]:
    """(mention index, the frame token it hangs on, the child of that token on the path) for token k.
    None when the path meets a speech verb first ('report') or reaches the root ('context')."""
    tree = r.tree
    prev = k
    for n, fr in enumerate(frames):
        if k in fr:
            return n, k, -1
    other_verb = None
    for a in tree.ancestors(k):
        if other_verb is None and tree.deps[a] == "conj" and not tree.is_verb(a):
            described = next((x for x, fr in enumerate(frames) for c in tree.kids[a]
                              if c in fr and tree.deps[c] == "amod" and c != prev), None)
            if described is not None and any(tree.heads[a] in fr for y, fr in enumerate(frames) if y != described):
                return described, a, prev  # ('..., and in August a drone targeted vehicles near al-Qaim', parsed with
                # 'targeted' describing 'vehicles': what hangs on the conjoined noun is that clause's)
        if other_verb is None and tree.deps[prev] in ("appos", "conj", "prep"):
            # 'the aggression which targeted, after midnight, positions of the PMF in Jurf al-Nasr': the parser
            # ends the relative clause at the comma and hangs its object (or its time: 'that targeted, late on
            # Friday night, sites in al-Qaim') on the noun; they are the verb's
            verb = next((c for c in tree.kids[a] if tree.deps[c] == "relcl" and c < prev and not any(
                tree.deps[g] in ("dobj", "obj") for g in tree.kids[c]) and c + 1 < len(r.norm) and "," in r.sent.text[
                r.m.toks[c].end - r.sent.start:r.m.toks[c + 1].start - r.sent.start]), None)
            m = next((x for x, f in enumerate(frames) if verb is not None and verb in f), None)
            if m is not None:
                return m, verb, prev
        if other_verb is None and tree.deps[prev] == "prep" and r.norm[prev] in r.W["target_preps"] and \
                not tree.is_verb(a) and not any(a in f for f in frames):
            # 'Washington's answer to the drone attack of January 28 on a desert outpost': the parser hangs the
            # target on the noun the attack's phrase qualifies; it is the attack's
            told = next((g for c in tree.kids[a] if tree.deps[c] == "prep" and c < prev for g in tree.kids[c]
                         if tree.deps[g] == "pobj" and g in r.trigger_tokens), None)
            m = next((x for x, f in enumerate(frames) if told is not None and told in f), None)
            if m is not None:
                return m, told, prev
        if through_participles and tree.deps[a] == "relcl" and tree.deps[prev] == "prep" and \
                r.norm[prev] in r.W["nearby_preps"] and _relative_phrase(r, a, "from"):
            prev = a  # 'fired on the vehicle from which the missiles were launched, near Abu Ghraib': where the
            continue  # launcher stood is where the strike on it fell, the place of what the clause hangs on
        for n, fr in enumerate(frames):
            if a in fr:
                if other_verb is None and tree.deps[prev] == "prep" and _talk_verb(r, a) and \
                        r.norm[prev] in r.W["target_preps"] | r.W["locative_preps"] and \
                        not r.date_toks & set(tree.subtree(prev)):  # (not 'condemned the raids on Monday')
                    # 'gathered to protest US airstrikes two days earlier on KH sites near al-Qaim': one does not
                    # protest on a site; what follows the strikes the act is about is theirs
                    about = next((c for c in tree.kids[a] if tree.deps[c] == "dobj" and c < prev), None)
                    m = next((x for x, f in enumerate(frames) if about is not None and about in f and x != n), None)
                    if m is not None:
                        return m, about, prev
                return (None, other_verb, "other") if other_verb is not None else (n, a, prev)
        if (r.is_report(a) or tree.deps[a] == "parataxis") and _parenthetical(r, a):
            prev = a
            continue  # 'One morning in November, he recalled, a drone was shot down': the aside owns no time
        if r.is_report(a) or r.norm[a] in r.W["claim_verbs"] and tree.is_verb(a) and not any(
                tree.deps[c] == "ccomp" and any(tree.deps[g] == "mark" for g in tree.kids[c]) for c in tree.kids[a]):
            return None, a, "report"  # (a claim verb outside the frame: 'X claimed the barrage fired at the base';
            # not 'the Department of Defense claimed that the strikes targeted ...', which asserts)
        participle = tree.deps[a] == "acl" and (through_participles or tree.tags[a] == "VBG" or any(
            tree.heads[a] in fr for fr in frames))  # 'a camp housing troops'; 'the airstrikes, carried out late on Sunday'
        participle = participle or (tree.deps[a] == "advcl" and tree.tags[a] == "VBG" and a > 0 and tree.heads[a - 1]
                                    == tree.heads[a] and tree.deps[a - 1] == "dobj")  # 'hit a base housing troops'
        participle = participle or (tree.deps[a] == "advcl" and any(
            tree.deps[c] in ("mark", "advmod") and r.norm[c] in r.W["temporal_marks"] for c in tree.kids[a]))  # 'as his car left the airport on 5 March'
        participle = participle or (through_participles and tree.deps[a] == "relcl" and tree.deps[prev] == "prep"
                                    and r.norm[prev] in r.W["nearby_preps"])  # 'fired on the vehicle that had carried
        # the launcher, near Abu Ghraib': where the target was is where it was hit
        participle = participle or tree.deps[a] == "prep" and r.norm[a] in r.W["inclusion_words"]  # 'struck two
        # facilities south of Baghdad, including at Jurf al-Sakhar': 'including' is a preposition, not a verb
        if other_verb is None and tree.is_verb(a) and tree.parsed and not participle and \
                r.norm[a] not in r.W["naming_verbs"] | r.W["instrument_verbs"] | r.launchers:
            other_verb = a  # 'the ceasefire agreed in May': the date is the other verb's
        prev = a
    return (None, other_verb, "other") if other_verb is not None else (None, None, "context")


def _reckoning(r: SentenceState, prep: int) -> bool:
    """The object of 'by' is a count or an estimate ('by the Pentagon's count', 'by one estimate'): whose figures
    they are, not who acted."""
    return any(r.tree.deps[c] == "pobj" and r.norm[c] in r.W["reckoning_nouns"] for c in r.tree.kids[prep])


def _talk_verb(r: SentenceState, k: int) -> bool:
    """A verb that states a threat or a political act ('protest', 'condemn')."""
    return r.tree.is_verb(k) and any(t.i <= k < t.j and t.trigger.event_type in TALK for t in r.m.triggers)


def _role(r: SentenceState, frame_tok: int, child: int, frame_kind: str, passive: bool, came_under: bool) -> tuple[str, str]:
    """(role, attribution) of an actor that hangs on frame_tok through `child`."""
    tree = r.tree
    if child == -1:
        return "assoc", ""
    dep = tree.deps[child]
    word = r.norm[frame_tok]
    blame = word in r.W["blame_verbs"]
    claim = word in r.W["claim_verbs"]
    if tree.is_verb(frame_tok) or not tree.parsed:
        if dep in ("nsubj", "csubj"):
            if blame or tree.parsed and any(r.norm[c] in r.W["blame_verbs"] for c in tree.kids[child]):
                return "source", ""  # 'an attack that US officials blamed on ...' misparsed with them as subject
            if passive or came_under:
                return "target", ""
            if tree.parsed and word in r.kb.cue_words["kill"] and tree.tags[frame_tok] in ("VBD", "VBN") and not any(
                    tree.deps[c] in ("dobj", "ccomp", "xcomp", "aux", "auxpass") for c in tree.kids[frame_tok]):
                return "target", ""  # 'the KH commander killed the night before when ...': 'killed' has no
                # object, so it is a participle the parser took for a verb, and its subject is the one killed
            return "agent", "claimed" if claim else ""
        if dep == "nsubjpass":
            return ("agent", "alleged") if blame else ("target", "")  # 'KH was blamed for the attack'
        if dep == "agent" and (blame or _reckoning(r, child)):
            return "source", ""  # '... was blamed by US officials': who blames ('by the Pentagon's count': who counts)
        if dep == "agent":
            return "agent", "claimed" if claim else ""
        if dep in ("dobj", "dative", "attr"):
            return ("agent", "alleged") if blame else ("target", "")
        if dep == "prep":
            p = r.norm[child]
            if p in r.W["agent_preps"] and _reckoning(r, child):
                return "source", ""  # 'By the Pentagon's count, US forces had been attacked 66 times': who counts
            if p in r.W["agent_preps"]:
                return "agent", "claimed" if claim else ""
            if blame and p in r.W["blame_preps"]:
                return "agent", "alleged"  # ('blamed the attack on X', 'an IED attributed to Islamic State')
            if p in r.W["target_preps"]:
                return "target", ""
        return "assoc", ""
    # an event noun: its modifiers are the perpetrator ('a US strike'), 'on X' the target
    if dep in ("compound", "amod", "poss", "nmod", "nn", "flat"):
        return "agent", ""
    if dep == "acl" and r.norm[child] in r.W["blame_verbs"] and any(
            tree.deps[c] == "prep" and r.norm[c] in r.W["blame_preps"] for c in tree.kids[child]):
        return "agent", "alleged"  # 'an IED attributed to Islamic State', 'the rocket fire blamed on Kataib Hezbollah'
    if dep == "prep":
        p = r.norm[child]
        if p in r.W["agent_preps"] or p == "of" and word in r.W["agentive_of_nouns"]:
            return "agent", ""
        if p in r.W["blame_preps"] and tree.parsed and tree.deps[frame_tok] == "dobj" and \
                r.norm[tree.heads[frame_tok]] in r.W["blame_verbs"] and child == max(
                    c for c in tree.kids[frame_tok] if tree.deps[c] == "prep" and r.norm[c] in r.W["blame_preps"]):
            return "agent", "alleged"  # 'officials blamed the attack on Kataib Hezbollah', the parse hanging the
            # accused on the attack (its last such phrase: 'blamed the attacks on bases on the militias')
        if p in r.W["target_preps"]:
            return "target", ""
    return "assoc", ""


def _canon(hit: ActorHit | None) -> str:
    if hit is None:
        return "unknown"
    a = hit.actor
    return a.affiliation if a.actor_type == "person" and a.affiliation else a.name


def _armed_branch(name: str, kb: Knowledge) -> str:
    """A government named as the perpetrator of violence stands for its armed forces, if it has one; a foreign
    state for the first state force actors.csv lists under it ('Iran fired missiles at Ain al-Asad': Iran (IRGC),
    listed before the regular army because its missile force is the one that strikes Iraq)."""
    actor = kb.actors.get(name)
    if actor is None or actor.actor_type not in ("government", "foreign state"):
        return name
    forces = [a.name for a in kb.actors.values() if a.parent == name and a.actor_type == "state force"]
    if actor.actor_type == "foreign state":
        return forces[0] if forces else name
    return forces[0] if len(forces) == 1 else name


def _qualifies_capability(r: SentenceState, k: int, through_conjuncts: bool = False) -> bool:
    """The word qualifies a noun of what a group has or makes ('one-way attack drone capabilities', 'a rocket
    workshop'); through_conjuncts: a later conjunct of the modifiers too ('rocket, missile and drone capabilities')."""
    tree = r.tree
    if not tree.parsed:
        return False
    if through_conjuncts and tree.deps[k] == "conj":
        while tree.deps[k] == "conj" and tree.heads[k] >= 0:
            k = tree.heads[k]  # the first conjunct, whose head is the qualified noun
    elif tree.deps[k] not in ("compound", "amod", "nmod"):
        return False
    return tree.heads[k] >= 0 and r.norm[tree.heads[k]] in r.W["capability_nouns"]


def _workplace(r: SentenceState, k: int) -> bool:
    """The site noun says where a victim worked ('killed ... a civilian worker of the airport', 'two employees of
    the base'): not the site the attack struck."""
    tree = r.tree
    of = tree.heads[k] if tree.deps[k] == "pobj" else -1
    who = r.norm[tree.heads[of]] if of >= 0 and r.norm[of] == "of" and tree.heads[of] >= 0 else ""
    return bool(who) and (who in r.W["person_nouns"] or _singular(who) in r.W["person_nouns"])


def _remit(r: SentenceState, k: int) -> bool:
    """The noun names a man's remit: 'the Iraq file', or the operations he was put in charge of ('the commander
    charged with the operations in Syria'), not the operation the sentence tells ('the operation on Tower 22')."""
    tree = r.tree
    if k < 0:
        return False
    if r.norm[k] in r.W["remit_nouns"]:
        return True
    over = tree.heads[k] if tree.deps[k] == "pobj" else -1
    return r.norm[k] in r.W["activity_nouns"] and over >= 0 and tree.heads[over] >= 0 and \
        r.norm[tree.heads[over]] in r.W["remit_heads"]


def _located(r: SentenceState, a: ActorHit) -> bool:
    """'in Jordan', 'a camp in Azraq, eastern Jordan': a country named as a location is not an actor."""
    if a.actor.actor_type != "foreign state":
        return False
    if a.i > 0 and r.norm[a.i - 1] in r.W["locative_preps"]:
        return True
    tree = r.tree
    k = span_head(tree, a.i, a.j)
    if tree.parsed and tree.deps[k] == "compound" and tree.heads[k] in r.trigger_tokens and tree.tags[k] == "NNP":
        return True  # 'Tehran denied ordering the Jordan attack': where it happened, not who did it
    for _ in range(MAX_FRAME_CLIMB):  # up through appositions to the preposition: 'in Rukban, northeast Jordan'
        h = tree.heads[k]
        if h < 0:
            return False
        if tree.deps[k] == "pobj" and r.norm[h] == "of" and tree.heads[h] >= 0 and \
                set(r.norm[tree.heads[h]].split("-")) & r.W["direction_adjectives"]:
            k = tree.heads[h]  # 'an outpost in the north-east of Jordan': where in the country
            continue
        if tree.deps[k] == "pobj":
            return r.norm[h] in r.W["locative_preps"]
        if tree.deps[k] not in ("appos", "conj", "compound", "npadvmod"):
            return False
        k = h
    return False


def _specificity(t: TriggerHit) -> tuple:
    et = t.trigger.event_type
    return (et in SPECIFIC, et == "bombing", et == "attack", t.trigger.strength)


NAME_RUN = 3  # capitalised words between 'the' and an event noun: 'the US strikes', 'the Kataib Hezbollah attack'


def _named_before(r: SentenceState, i: int) -> bool:
    """'the US strikes': 'the' and a name before an event noun (which a parser may tag as a present-tense
    verb; narrative in the present tense is rare enough in news that 'the US strikes back' is not read so)."""
    toks = r.m.toks
    k = i - 1
    while k >= 0 and i - k <= NAME_RUN and (toks[k].title or toks[k].upper):
        k -= 1
    return i - k > 1 and k >= 0 and r.norm[k] in r.W["definite_dets"]


def _modality(r: SentenceState, frame: set[int], root: int, question: bool) -> str:
    """real, threat, irrealis or negated, from the mention's own words and the verbs above it."""
    if question:
        return "irrealis"
    tree, W = r.tree, r.W
    scope = set(frame)
    told = W["cause_markers"] | W["sequence_markers"]
    prev = root
    for a in tree.ancestors(root):
        if a > root and _segment(r, a) != _segment(r, root):
            break  # 'a drone hit a team near Kirkuk; the group later mourned five fighters': a clause after a
            # semicolon that the parse hung the first one on says nothing of whether it happened
        if (r.is_report(a) or r.norm[a] in W["hearsay_verbs"]) and tree.deps[a] in ("nsubj", "nsubjpass", "csubj") \
                and tree.heads[a] >= 0 and any(
                r.norm[x] in W["falsity_words"] for x in [tree.heads[a], *tree.kids[tree.heads[a]]]
                if x == tree.heads[a] or tree.deps[x] in ("acomp", "attr")):
            return "negated"  # 'reports of coalition strikes near the border were inaccurate'; 'what the pages have
            # circulated about a second strike on al-Qaim is baseless'
        if r.norm[a] in told and any(tree.deps[c] == "mark" and r.norm[c] in W["conditional_marks"]
                                     for c in tree.kids[a]):
            return "irrealis"  # 'if sanctions are followed by a new round of attacks': a condition, however told
        if r.is_report(a) or r.norm[a] in told or any(
                tree.deps[c] in ("mark", "advmod") and r.norm[c] in told for c in tree.kids[prev]):
            break  # 'vowed to retaliate for the strikes', 'threatened to attack after an airstrike hit': real events
        past = tree.tags[prev] == "VBD" or any(tree.deps[c] in ("aux", "auxpass") and r.norm[c] in ("was", "were", "had")
                                               for c in tree.kids[prev])
        if tree.deps[prev] == "advcl" and past and any(
                tree.deps[c] in ("mark", "advmod") and r.norm[c] in W["temporal_marks"] for c in tree.kids[prev]):
            break  # 'can confirm that no soldiers were affected when the base was attacked': a past 'when' clause
            # tells what happened, whatever is said of the clause it hangs on
        if tree.deps[prev] == "relcl":
            break  # 'the anniversary of the death of Soleimani, who was killed when a drone struck his convoy': a
            # relative clause states what happened to the noun it describes, whatever is said around that noun
        scope.add(a)
        prev = a
    of = tree.heads[root] if tree.parsed else -1
    if of >= 0 and tree.deps[root] == "pobj" and r.norm[of] == "of" and tree.heads[of] >= 0 and any(
            tree.deps[c] == "amod" and r.norm[c] in W["falsity_words"] for c in tree.kids[tree.heads[of]]):
        return "negated"  # 'a false alarm of an air attack', 'false reports of a rocket attack'
    if tree.parsed and tree.deps[root] in ("advcl", "xcomp") and tree.heads[root] >= 0 and \
            r.norm[tree.heads[root]] in W["purpose_verbs"] and tree.passive(tree.heads[root]) and \
            any(tree.deps[c] == "aux" and r.norm[c] == "to" for c in tree.kids[root]):
        return "irrealis"  # 'sites used by Kataib Hezbollah to launch drones': what the sites were for, no event
    if tree.parsed and tree.deps[root] in ("acl", "relcl") and tree.tags[root] == "VB" and tree.heads[root] >= 0 and \
            tree.tags[tree.heads[root]].startswith("NN") and tree.heads[root] not in r.trigger_tokens and \
            any(tree.deps[c] == "aux" and r.norm[c] == "to" for c in tree.kids[root]):
        return "irrealis"  # 'front names, a way to hit the Americans', 'the means to strike the bases': what a thing
        # is for, no event
    cues = r.m.cues
    found = "real"
    own = {k for k in frame if _segment(r, k) == _segment(r, root)}  # 'did not stop them: a drone struck ...
    if tree.deps[root] in ("attr", "acomp") and tree.heads[root] >= 0:
        own.add(tree.heads[root])  # 'was not a drone strike'
    for k in own:
        if k not in r.trigger_tokens and any(tree.deps[c] == "dobj" and r.norm[c] in W["toll_nouns"]
                                             for c in tree.kids[k]):
            continue  # 'the attack did not cause any casualties': a toll of none, not a denied attack
        not_here = _place_denied(r, k)  # 'the attack did not take place inside Jordan': it happened elsewhere
        if (k in tree.negated or r.norm[k] in W["negated_auxiliaries"]) and not not_here:
            return "negated"
        for c in tree.kids[k]:
            if tree.deps[c] == "neg" and not not_here or (tree.deps[c] == "det" and r.norm[c] == "no"):
                return "negated"
            if k in r.trigger_tokens and tree.deps[c] in ("det", "amod") and r.norm[c] in W["hypothetical_modifiers"]:
                found = "irrealis"  # 'would hold Iran responsible for any attack', 'to deter future strikes'
    for k in scope:
        for c in tree.kids[k]:
            w = r.norm[c]
            if c in r.date_toks:
                continue  # 'in the night to Saturday 8. May a drone hit a hangar': the month, not the modal
            if tree.deps[c] in ("aux", "auxpass") and w in W["irrealis_modals"]:
                found = "irrealis"
            if tree.deps[c] in ("aux",) and w in W["future_modals"] and found == "real":
                found = "threat"
            if tree.deps[c] == "mark" and w in W["conditional_marks"]:
                return "irrealis"
    for kind, label in (("irrealis", "irrealis"), ("remembrance", "remembered"), ("threat", "threat")):
        for i, j, _ in cues[kind]:
            if kind == "irrealis" and (r.norm[i] in W["blame_verbs"] or _presupposed(r, root)) and tree.parsed and \
                    r.date_toks & set(tree.subtree(root)):
                continue  # 'accused of the rocket attack that on December 27 killed a contractor': blamed for an
                # attack told with its day, which happened (not 'accused of planning attacks'); and 'tried to justify
                # its crime with the rocket attack which targeted the K1 base on Friday': what was tried is the
                # justifying, the attack a dated event the clause presupposes
            if any(k in scope - frame for k in range(i, j)) and r.norm[i] not in W["future_modals"] | \
                    W["irrealis_modals"] | W["conditional_marks"]:
                if found == "real" or label == "threat":
                    found = label
    return found


def _presupposed(r: SentenceState, root: int) -> bool:
    """A definite event noun that a relative clause in the past tells ('the rocket attack which targeted the K1
    base on Friday'): an event the sentence takes as given, whatever is tried or planned about it."""
    tree = r.tree
    return tree.parsed and tree.tags[root].startswith("NN") and _definite_np(r, root) and any(
        tree.deps[c] == "relcl" and tree.tags[c] == "VBD" for c in tree.kids[root])


def _remembered_with_year(r: SentenceState, mentions: list[EventMention], dates) -> None:
    """'The anniversary of the US strike that killed Soleimani on 3 January 2020': an event remembered is a row
    only when its own words date it with a year, or when the anniversary is counted ('Monday marked the second
    anniversary of the killing of X, who died in a drone strike': both happened two years before that Monday);
    otherwise it is no event of the story (irrealis)."""
    tree = r.tree
    counts = r.kb.word_map("anniversary_ordinals")
    counted = {}  # mention index -> years, for the mentions inside a counted anniversary's phrase
    for k in range(1, len(r.norm)):
        if r.norm[k] in r.W["anniversary_nouns"] and r.norm[k - 1] in counts and tree.parsed:
            inside = set(tree.subtree(k))
            if any(e.year and i in inside for e, i, _j in dates):
                continue  # 'the second anniversary of the strike on 3 January 2020': dated in so many words
            for n, mm in enumerate(mentions):
                if mm.root in inside and not any(a.expr.year for a in mm.times):
                    counted[n] = counts[r.norm[k - 1]]
        elif r.norm[k] in ("years", "year") and k + 1 < len(r.norm) and r.norm[k + 1] == "since" and tree.parsed:
            years = word_to_int(r.norm[k - 1], r.kb)  # 'Monday marked two years since a US drone strike killed X':
            if not years:  # the strike was that many years before that Monday, as 'the second anniversary of' says
                continue
            since = k + 1
            inside = set(tree.subtree(tree.heads[since] if tree.deps[since] == "mark" and tree.heads[since] > since
                                      else since))  # ('since' marks the clause of the event, or heads its phrase)
            if any(e.year and i in inside for e, i, _j in dates):
                continue
            for n, mm in enumerate(mentions):
                if mm.root in inside and not any(a.expr.year for a in mm.times):
                    counted[n] = years
    for n, mm in enumerate(mentions):
        mm.remembered = mm.root in r.remembered
        if n in counted:
            mm.years_back = counted[n]
            if mm.modality == "remembered":
                mm.modality = "real"
        elif mm.modality == "remembered":  # ('... in memory of Soleimani, killed by a drone four years ago': a
            # count of years back from publication dates it as well as a year)
            mm.modality = "real" if any(a.expr.year or a.expr.kind == "ago" and a.expr.unit in ("year", "month")
                                        for a in mm.times) else "irrealis"


_APPOSITION_GAP = re.compile(r"\s*(?:,[^,;:]{1,120},)?\s*")  # ', an umbrella for Iran-aligned factions,'


def _unparsed_speaker(r: SentenceState) -> list[ActorHit]:
    """'In a statement on Telegram, the Islamic Resistance in Iraq, an umbrella for Iran-aligned factions, said its
    drones had targeted three bases': a speech verb the parse left without a subject speaks for the actor named just
    before it, with at most an apposition between."""
    tree, text, base = r.tree, r.sent.text, r.sent.start
    for k in range(len(r.norm)):
        if not (r.is_report(k) and tree.is_verb(k)) or any(tree.deps[c] in ("nsubj", "nsubjpass") for c in tree.kids[k]):
            continue
        before = [a for a in r.m.actors if a.j <= k and not _located(r, a)]
        for a in before:
            if _APPOSITION_GAP.fullmatch(text, a.end - base, r.m.toks[k].start - base):
                return [a]
    return []


def _place_denied(r: SentenceState, k: int) -> bool:
    """The place phrase of a verb that carries the event is what a 'not' on it denies ('the attack did not take
    place inside Jordan'): the event happened, somewhere else. On the event's own verb the 'not' denies the event
    ('did not attack the depot at Jurf al-Sakhar')."""
    tree = r.tree
    if not tree.parsed or k in r.trigger_tokens:
        return False
    inside = {g for p in r.m.places for g in range(p.i, p.j)} | {
        g for a in r.m.actors if _located(r, a) for g in range(a.i, a.j)}  # ('inside Jordan': a country)
    return any(tree.deps[c] == "prep" and r.norm[c] in r.W["locative_preps"] and
               any(g in inside for g in tree.kids[c]) for c in tree.kids[k])


def _segment(r: SentenceState, k: int) -> int:
    """How many colons and semicolons come before token k: tokens of two segments are in two clauses, whatever the
    parse made of them, and a negation does not reach across."""
    text, base = r.sent.text, r.sent.start
    before = text[:r.m.toks[k].start - base]
    return before.count(":") + before.count(";")


def _mention_above(tree: Tree, k: int, frames: list[set[int]], mentions: list[EventMention]) -> EventMention | None:
    """The mention whose frame is the nearest above token k in the tree."""
    near = next((a for a in tree.ancestors(k) if any(a in fr for fr in frames)), None)
    return next((mentions[x] for x, fr in enumerate(frames) if near in fr), None)


def _occurrence(r: SentenceState, verb: int) -> bool:
    """The verb says that something happened ('happened', 'occurred', 'took place')."""
    w = r.norm[verb]
    return w in r.W["occurrence_verbs"] or w in r.W["occurrence_light_verbs"] and any(
        r.norm[c] in r.W["occurrence_objects"] for c in r.tree.kids[verb])


def _repeated(r: SentenceState, frame: set[int]) -> bool:
    """The mention's verb is told as done once more ('Camp Taji was targeted again'). The adverb hangs on the
    frame (with no parse: it follows the trigger in its clause)."""
    tree = r.tree
    for k, w in enumerate(r.norm):
        if w not in r.W["repeat_adverbs"] or w in r.norm[max(0, k - 2):k] or w in r.norm[k + 1:k + 3]:
            continue  # ('targeted again and again': over and over, a habit, not once more)
        if tree.parsed and tree.heads[k] in frame and tree.deps[k] == "advmod":
            return True
        if not tree.parsed and any(0 < k - f <= 2 and r.m.chunk_of[f] == r.m.chunk_of[k] for f in frame):
            return True
    return False


def _ordinal_words(r: SentenceState, frame: set[int]) -> set[str]:
    """The words within three steps of the mention's frame, not inside another clause ('two drones were
    intercepted and a third caused injuries': the third is another drone)."""
    tree = r.tree
    near, layer = set(frame), set(frame)
    for _ in range(3):
        layer = {c for k in layer for c in tree.kids[k] if tree.deps[c] != "conj" and not (
            tree.parsed and tree.is_verb(c) and c not in frame)}
        near |= layer
    return {r.norm[k] for k in near}


def _ordinal(r: SentenceState, words: set[str]) -> str:
    """'first' or 'later' when an ordinal word qualifies the mention ('a second barrage', 'hit for the third
    time'), given the words near its frame (_ordinal_words)."""
    if words & r.W["ordinal_first"]:
        return "first"
    if words & r.W["ordinal_later"]:
        return "later"
    return ""


def _explained_away(r: SentenceState, mentions: list[EventMention]) -> None:
    """'The blast was not a drone strike but an electrical fault': the subject of a denied strike is no attack."""
    tree = r.tree
    for mm in mentions:
        if mm.modality != "negated" or tree.deps[mm.root] not in ("attr", "acomp"):
            continue
        cop = tree.heads[mm.root]
        for other in mentions:
            if other is not mm and any(tree.heads[k] == cop and tree.deps[k] in ("nsubj", "nsubjpass")
                                       for k in range(other.triggers[0].i, other.triggers[-1].j)):
                other.modality = "negated"


def _typing_trigger(hits: list[TriggerHit]) -> TriggerHit:
    """The trigger that gives a mention its type: the most specific one that does not count ('a second')."""
    usable = [h for h in hits if not h.enumerator] or hits
    return max(usable, key=_specificity)


def _weapon(found: list[tuple]) -> str | None:
    """The type of the weapon nearest the mention (found: (depth in the tree, distance, definite, type)); a munition
    before the men who bore it ('Kataib Hezbollah fighters attacked the base with rockets': a rocket attack, not a
    clash of armed men)."""
    arms = [w for w in found if w[-1] != "armed_clash"] or found
    return min(arms)[-1] if arms else None


def _resolve_type(r: SentenceState, hits: list[TriggerHit], weapon: str | None, a1: str, a2: str,
                  place: PlaceHit | None, person_target: bool) -> tuple[str, bool]:
    """(event type, typed by default). A specific trigger wins, then the weapon, then the sides."""
    best = _typing_trigger(hits)
    et = best.trigger.event_type
    if et in TALK:
        return et, False
    if et in SPECIFIC:
        if weapon == "drone_strike" and et in ("airstrike", "ied_or_bombing", "shelling"):
            return "drone_strike", False
        if weapon == "airstrike" and et == "shelling":
            return "airstrike", False  # 'warplanes pounded weapons depots': the aircraft, not artillery
        if weapon and et == "ied_or_bombing" and best.trigger.strength < 0.8:
            return weapon, False
        # 'the explosion': a weak word names no kind of attack, so it may be any strike told before
        return et, best.trigger.strength < SPECIFIC_STRENGTH and not weapon
    if et == "kill" and (person_target or _role_victim(r, hits)):
        return "assassination", False
    if weapon:
        return weapon, False
    return _default_type(r.kb, et, a1, a2, place), True


def _role_victim(r: SentenceState, hits: list[TriggerHit]) -> bool:
    """'killed a prominent activist': one person named by a role, the mark of a targeted killing."""
    tree = r.tree
    for t in hits:
        k = span_head(tree, t.i, t.j)
        for o in tree.kids[k]:
            if tree.deps[o] in ("dobj", "nsubjpass") and r.norm[o] in r.W["target_roles"] and \
                    tree.tags[o] == "NN" and any(r.norm[c] in r.W["indefinite_dets"] for c in tree.kids[o]):
                return True
    return False


def _default_type(kb: Knowledge, trigger_type: str, actor1: str, actor2: str, place: PlaceHit | None) -> str:
    side1 = kb.actors[actor1].side if actor1 in kb.actors else "unknown"
    side2 = kb.actors[actor2].side if actor2 in kb.actors else "unknown"
    where = "none" if place is None else "base" if place.place.feature_type in ("base", "airport") or \
        place.place.hosts else "any"
    for row in kb.type_defaults:
        if row["trigger"] != trigger_type:
            continue
        if row["actor1_side"] not in ("*", side1) or row["actor2_side"] not in ("*", side2):
            continue
        if row["place"] not in ("*", where) and not (row["place"] == "any" and where != "none"):
            continue
        return row["event_type"]
    return "other"


def _depth(tree: Tree, k: int, top: int | None) -> int:
    n = 0
    for a in tree.ancestors(k):
        n += 1
        if a == top:
            break
    return n


def read(sent: Sentence, m: Matches, dates: list[tuple[D.DateExpr, int, int]], tree: Tree,
         kb: Knowledge) -> Reading:
    """The event mentions one sentence states, each with its arguments and modality."""
    reading = Reading(sent, m, dates)
    r = SentenceState(sent, m, tree, kb)
    r.date_toks = {k for _e, i, j in dates for k in range(i, j + 1)}
    r.told_date_toks = {k for e, i, j in dates if not _is_dateline(sent.text, e) for k in range(i, j + 1)}
    trigs = _usable_triggers(r) + _impacts(r)
    trigs.sort(key=lambda t: t.i)
    reading.mishap_told = r.mishap_told
    if sent.is_title or not trigs or not m.toks:
        for e, i, _j in dates:
            if _period_bound(r, e, i):
                reading.period_bounds.add(id(e))
            if not e.citation and _is_dateline(sent.text, e) and id(e) not in reading.period_bounds:
                reading.dateline_times.append(TimeArg(e, i, "context"))  # ('18 October 2023.' heading a log's entry:
                continue  # the article layer tells it from the page's own date line)
            if e.citation or id(e) in reading.period_bounds:
                continue
            said = any(r.is_report(k) and not _parenthetical(r, k) and not _LABEL_SEP.search(
                sent.text[r.m.toks[k].end - sent.start:r.m.toks[i].start - sent.start])
                for k in range(max(0, i - REPORT_WINDOW), i)) or _told_after_quote(r, i)  # (not 'Statement -
            # Wednesday', a heading whose day dates the statement under it)
            (reading.report_times if said else reading.context_times).append(TimeArg(e, i, "context"))
        return reading
    groups, passing = _group(r, trigs)
    frames, roots, kinds = [], [], []
    for g in groups:
        fr, root, kind = _frame(r, g)
        frames.append(fr)
        roots.append(root)
        kinds.append(kind)
    question = sent.text.rstrip().endswith("?") and not (r.norm and r.norm[0] in r.W["recall_verbs"])
    # ('Remember earlier this month when they lobbed mortars at the embassy?': a question that presupposes what it
    # recalls, which happened)
    mentions = []
    for n, g in enumerate(groups):
        mm = EventMention(sentence=sent, triggers=g, event_type="", root=roots[n])
        mm.modality = _modality(r, frames[n], roots[n], question)
        if mm.modality == "real" and any(t.trigger.event_type == "threat" for t in g):
            mm.modality = "threat"  # 'threatened that a rocket attack would ...': the attack is what is threatened
        mm.enumerated = any(t.enumerator for t in g)
        mm.repeated = _repeated(r, frames[n])
        mm.predicative = r.tree.parsed and r.tree.deps[roots[n]] in ("attr", "acomp")
        mm.by_crowd = r.tree.parsed and any(r.tree.deps[c] == "nsubj" and r.norm[c] in r.W["protester_nouns"]
                                            for k in frames[n] for c in r.tree.kids[k])
        mm.kill_only = all(t.trigger.event_type == "kill" for t in g)
        mm.strength = max(t.trigger.strength for t in g)
        mm.in_passing = n in passing
        near = _ordinal_words(r, frames[n])
        mm.ordinal = _ordinal(r, near)
        mm.earlier = bool(near & r.W["earlier_words"])
        mentions.append(mm)
    # arguments: each belongs to the mention it hangs on
    agents: dict[int, list] = {n: [] for n in range(len(groups))}
    targets: dict[int, list] = {n: [] for n in range(len(groups))}
    assoc: dict[int, list] = {n: [] for n in range(len(groups))}
    speakers: list[ActorHit] = []
    for a in m.actors:
        if _located(r, a):
            continue
        head = span_head(tree, a.i, a.j)
        n, ftok, child = _owner(r, head, frames)
        if n is None:
            if child == "report" and (tree.deps[head] == "nsubj" or _source_of_subject(tree, head)):
                speakers.append(a)  # 'X said', 'a statement from X reported'
            continue
        mm = mentions[n]
        came_under = r.norm[ftok] in r.W["undergo_verbs"] and any(
            r.norm[c] in r.W["undergo_preps"] for c in tree.kids[ftok])  # 'came under fire': the subject is hit
        bare_participle = tree.parsed and tree.tags[ftok] == "VBN" and not any(
            tree.deps[c] in ("aux", "auxpass") for c in tree.kids[ftok])  # '3 soldiers killed in attack'
        role, attribution = _role(r, ftok, child, kinds[n] if r.norm[ftok] in r.W["claim_verbs"] | r.W["blame_verbs"]
                                  else "", tree.passive(ftok) or (bare_participle and mentions[n].kill_only), came_under)
        depth = _depth(tree, head, ftok)
        if role == "target" and tree.parsed and any(r.norm[x] in r.W["signature_nouns"] for x in
                                                    list(tree.ancestors(head))[:SIGNATURE_REACH]):
            role = "assoc"  # 'the attack bore the hallmarks of the Iran-backed militias': whose work it looked like
        if role == "agent":
            agents[n].append((depth, a, attribution))
        elif role == "target":
            targets[n].append((depth, a))
        elif role != "source":
            assoc[n].append(a)
    if not speakers and tree.parsed:
        speakers.extend(_unparsed_speaker(r))
    places: dict[int, list] = {n: [] for n in range(len(groups))}
    context_places = []
    for p in m.places:
        head = span_head(tree, p.i, p.j)
        if tree.parsed and tree.deps[head] == "poss" and p.place.feature_type == "country" and \
                r.norm[tree.heads[head]] not in r.W["direction_adjectives"] | r.W["feature_words"]:
            continue  # "Iraq's interior ministry": an owner, not a location (but "Iraq's south" is one)
        owner_noun = tree.heads[tree.heads[head]] if tree.parsed and tree.deps[head] == "pobj" and \
            tree.heads[head] >= 0 and r.norm[tree.heads[head]] == "of" else -1
        if owner_noun >= 0 and r.norm[owner_noun] in r.W["state_attribute_nouns"] and p.place.feature_type == "country":
            continue  # 'a flagrant violation of the sovereignty of Iraq': what the country has, not where it happened
        if m.chunk_of[p.i] in m.bracketed and all(m.chunk_of[t.i] != m.chunk_of[p.i] for g in groups for t in g):
            continue  # a place inside brackets glosses a name ('the airport (BIAP-Basra)'); one inside dashes
            # places what it follows ('three depots - two in Syria near Albu Kamal and one at al-Qaim -')
        if tree.parsed and tree.deps[head] == "nsubj" and tree.heads[head] >= 0 and \
                tree.heads[head] not in r.trigger_tokens and p.place.feature_type in r.W["seat_feature_types"]:
            continue  # 'Baghdad described the strikes as ...': a capital that speaks is its government
        prep = tree.heads[head] if tree.parsed and tree.deps[head] == "pobj" else -1
        if prep >= 0 and tree.heads[prep] >= 0 and r.norm[tree.heads[prep]] in r.W["allegiance_words"] and \
                p.place.feature_type in r.W["seat_feature_types"]:
            continue  # 'tribal fighters allied with Baghdad': a government one is loyal to, not a location
        if prep >= 0 and _remit(r, tree.heads[prep]):
            continue  # 'killed a commander in charge of operations in Syria': the man's remit, not where he was hit
        if _witness_place(r, head):
            continue  # 'Residents of Ainkawa and Daratu told our correspondent they heard two explosions': where the
            # witnesses live, not where the attack struck
        n, ftok, child = _owner(r, head, frames, through_participles=True)
        if n is not None and (mentions[n].root in r.remembered) != (head in r.remembered):
            n = None  # ('On January 3, the anniversary of the killing of X, drones were shot down at the Victory base')
        own = _phrase_place_owner(r, mentions, p.i) if len(mentions) > 1 else None
        if own is not None and own != n:
            places[own].append((p, 0))  # 'a response to a rocket attack last month on the airport in Erbil', the
            continue  # parse hanging 'on the airport' on 'was': the place is the attack's
        if n is None:
            context_places.append((p, 99 if child != "other" else 199))
        else:
            places[n].append((p, _depth(tree, head, ftok)))
    _refine_coarse(r, places, context_places, frames)
    over_period: set[int] = set()  # mentions whose clause is bounded by a period ('since 17 October, ...')
    bound_ends: list[int] = []  # last tokens of the dates that bound a period
    loose: list[tuple] = []  # dates the parse hung on the verb of no mention and of no report
    for e, i, j in dates:
        told_then, elsewhere = _when_clause_of(r, range(i, j + 1), frames)
        if told_then is None:
            told_then = _during_which(r, range(i, j + 1), frames)
        if told_then is not None and not e.citation:
            mentions[told_then].times.append(TimeArg(e, i, "own"))  # 'since February 15, when rockets killed ...'
            n, _ftok, _child = _owner(r, span_head(tree, i, j + 1), frames)
            linked = n is not None and n != told_then and not _period_bound(r, e, i)
            if linked:
                mentions[told_then].elaborates = mentions[n]
            if elsewhere and linked:
                mentions[n].times.append(TimeArg(e, i, "own"))  # 'the bombardment on Friday night, when aircraft
                # hit 80 targets': both are of that night
            continue
        if _period_bound(r, e, i) or _bound_restated(r, e, i, bound_ends):
            reading.period_bounds.add(id(e))
            bound_ends.append(j)
            n, ftok, child = _owner(r, span_head(tree, i, j + 1), frames)
            head = span_head(tree, i, j + 1)
            clauses = [a for a in [head, *tree.ancestors(head)][:PERIOD_CLIMB] if tree.deps[a] == "relcl"] \
                if tree.parsed else []  # the relative clauses just above the date
            relative = child == "other" and (tree.deps[ftok] == "relcl" or bool(clauses))  # (not 'struck Jurf
            # al-Sakhar, a zone the group has held since 2014', nor 'facilities in the area, which the group has
            # kept closed since 2014': the period of a relative clause on a place)
            inside = n is not None and any(a not in frames[n] for a in clauses)  # (nor 'a zone which this faction
            # controls since 2014' with 'controls' read as a noun: the relative clause between the date and the
            # mention is the place's)
            over_period.update([n] if n is not None and not inside else range(len(groups))
                               if len(groups) == 1 and not relative and n is None else [])
            continue
        if e.citation:
            continue
        if _is_dateline(sent.text, e):
            reading.dateline_times.append(TimeArg(e, i, "context"))  # the article layer tells a dateline from a list entry
            continue
        head = span_head(tree, i, j + 1)
        zone = {x for p in r.m.places for x in range(p.i, p.j)}  # 'early on Wednesday Iraq time': a clock, not a count
        if tree.parsed and tree.heads[head] >= 0 and r.norm[tree.heads[head]] in r.W["occasion_nouns"] and not any(
                c in zone or r.norm[c] in r.W["clock_words"] or r.m.toks[c].title and not i <= c <= j
                for c in tree.kids[tree.heads[head]]):  # ('late on Wednesday Iraq time': a zone named by its country)
            continue  # 'for the second time this week': the week counts the attacks, it does not date this one
        n, _ftok, child = _owner(r, head, frames)
        main = _opening_time_owner(r, frames, i, j)
        if main is not None and main != n:
            mentions[main].times.append(TimeArg(e, i, "own"))  # 'Last month, after a missile attack on Ain al-Asad
            continue  # caused injuries, American aircraft struck Jurf al-Sakhar': the time opening the sentence is the
            # main clause's, not the clause that comes between
        aside = _aside_after_marker(r, mentions, i, j)
        if aside is not None and aside != n:
            mentions[aside].times.append(TimeArg(e, i, "own"))  # 'came after, almost two weeks ago, US aircraft
            continue  # bombarded ...': the date between the marker and its clause is the clause's
        after_noun = next((x for x, mm in enumerate(mentions) if mm.modality not in UNTOLD and any(
            t.trigger.voice == "noun" and (t.j == i or t.j == i - 1 and r.norm[t.j] in r.W["locative_preps"])
            for t in mm.triggers)), None)
        if after_noun is not None and after_noun != n:
            mentions[after_noun].times.append(TimeArg(e, i, "own"))  # 'an answer to a rocket attack last week on
            continue  # the airport': a date right after an event noun is that event's, wherever the parse hung it
        own = _phrase_date_owner(r, mentions, i)
        if own is not None and own != n and e.kind in PHRASE_OWNER_KINDS:
            mentions[own].times.append(TimeArg(e, i, "own"))  # 'the drone attack on the Tower 22 outpost in north-east
            continue  # Jordan on January 28', whatever verb the parse hung the date on
        if n is not None and tree.parsed and tree.heads[head] >= 0 and r.norm[tree.heads[head]] in r.W["claim_verbs"] \
                and not r.trigger_tokens & set(range(i, j + 1)):
            reading.report_times.append(TimeArg(e, i, "report"))  # 'claimed the attack the next morning': the claim's day
        elif n is not None:
            mentions[n].times.append(TimeArg(e, i, "own"))
        elif child == "report":
            reading.report_times.append(TimeArg(e, i, "report"))
        elif child == "context" or (child == "other" and i <= 1):
            # ('The next day, Wednesday (18), two drones headed for al-Tanf: one was intercepted ...': a time
            # that opens the sentence dates all of it)
            reading.context_times.append(TimeArg(e, i, "context"))
        else:  # 'Relations soured in 2019 after an air raid killed ...': the clause the mention sits in
            took = False
            for mm in mentions:
                verb = tree.heads[mm.root] if tree.deps[mm.root] in ("nsubj", "nsubjpass") else mm.root
                # ('...: a salvo of rockets fell on the airport': the clause of the noun the mention is)
                before_colon = _ftok is not None and tree.heads[_ftok] in (mm.root, verb) and _ftok < mm.root and \
                    tree.deps[_ftok] in ("ccomp", "parataxis") and not r.trigger_tokens & set(tree.subtree(_ftok)) and \
                    ":" in r.sent.text[r.m.toks[_ftok].end - r.sent.start:r.m.toks[mm.root].start - r.sent.start]
                if _ftok in tree.ancestors(mm.root) or before_colon:
                    # ('The answer came in the early hours of Friday: American aircraft bombed five sites': the clause
                    # before the colon tells when)
                    mm.context.append(TimeArg(e, i, "context"))
                    took = True
            relative = not took and _ftok is not None and tree.deps[_ftok] == "relcl" and \
                not any(a.expr is e for x in mentions for a in x.times + x.context)  # a date no mention took, in a
            # relative clause
            verb = next((a for a in tree.ancestors(head) if tree.is_verb(a)), None) if tree.parsed else None
            if not took and not relative and verb is not None and tree.deps[verb] not in ("acl", "relcl"):
                loose.append((e, i))  # (not 'a truce declared in October': the date of what a noun is said to be)
            if relative and r.norm[_ftok] in r.W["light_verbs"] and r.norm[tree.heads[_ftok]] in r.W["crime_nouns"]:
                # 'the crime that was committed on Monday in Radwaniyah, when two rockets fell on a house': the day of
                # the crime the sentence names is the day of the one attack it tells without a time of its own
                untimed = [x for x in mentions if not x.times and x.event_type not in TALK and x.modality == "real"]
                if len(untimed) == 1:
                    untimed[0].times.append(TimeArg(e, i, "own"))
            elif relative and e.kind in NEWS_DAY_KINDS:
                # 'struck targets linked to the militias it backs late Friday': a news day in a relative clause of
                # the mention's argument is the parse's slip; the strike is what happened late Friday
                mm = next((x for x in mentions if x.root in tree.ancestors(_ftok) and not x.times), None)
                if mm is not None:
                    mm.times.append(TimeArg(e, i, "own"))
            elif relative and ((occurs := _occurrence(r, _ftok)) or tree.heads[_ftok] in r.weapon_tokens):
                # 'a series of attacks on US interests, of which the most serious took place on 15 February in
                # Erbil': a clause that says when one of them happened dates the mention it qualifies; 'the attack
                # with a drone which, on Sunday 28 January, cost the life of three soldiers': a date in a relative
                # clause on the weapon dates the attack the weapon is of
                mm = _mention_above(tree, _ftok if occurs else tree.heads[_ftok], frames, mentions)
                if mm is not None and not mm.times and mm.event_type not in TALK:
                    mm.times.append(TimeArg(e, i, "own"))
    untimed = [x for x in mentions if not x.times and not x.context and x.modality == "real" and x.event_type not in TALK]
    if len(loose) == 1 and len(untimed) == 1 and len(mentions) == 1:
        untimed[0].context.append(TimeArg(loose[0][0], loose[0][1], "context"))  # 'its hospitals received, last
        # December, one martyr after the American bombing of a site near Hilla': the one date of a sentence that
        # tells one event, whatever clause the parse hung it on
    _remembered_with_year(r, mentions, dates)
    reading.remembered_dates.update(id(e) for e, i, _j in dates if i in r.remembered)
    reading.remembered_dates.update(id(e) for e, i, _j in dates if e.kind == "year" and _aside_year(r, i, dates))
    weapons: dict[int, list] = {n: [] for n in range(len(groups))}
    carriers = {v for _i, _j, v in m.cues["instrument"]}
    load_ends = {j for _i, j, _v in m.cues["instrument"] if j < len(m.toks) and sent.text[
        m.toks[j - 1].end - sent.start:m.toks[j].start - sent.start] == "-"}  # a load joined to its payload word
    # ('an explosives-laden drone'), not a carrier before one ('a UAV carrying explosives')
    for i, j, v in m.cues["instrument"]:
        if len(carriers) > 1 and (any(0 <= k and r.norm[k] in r.W["payload_words"] and k not in load_ends
                                      for k in (i - 1, i - 2))
                                  or j in load_ends and r.norm[j] in r.W["payload_words"]):
            continue  # 'a UAV carrying explosives', 'a drone packed with explosives', 'an explosives-laden drone':
            # the load, not the weapon
        if v == "confrontation_or_blockade" and tree.parsed and tree.deps[span_head(tree, i, j)] == "dobj":
            continue  # 'the strike hit the neighbourhood, drawing crowds': a crowd acted on is no crowd acting
        n, ftok, child = _owner(r, span_head(tree, i, j), frames)
        if n is None and len(groups) == 1 and child != "other" and m.chunk_of[i] == m.chunk_of[roots[0]]:
            n = 0  # (not 'The killing comes days after ..., a pause that the group's supporters now say ...')
        by_word = tree.parsed and r.norm[tree.heads[span_head(tree, i, j)]] == "by"
        if n is None and by_word and len(groups) == 1 and tree.passive(roots[0]):
            n, ftok = 0, roots[0]  # ('the base was targeted on the evening of Saturday the fourth of the current month
            # by two rockets', the parse hanging 'by' on the date or the verb above): the passive's agent
        by_agent = n is not None and by_word and tree.passive(ftok)
        wh = span_head(tree, i, j)
        if _qualifies_capability(r, wh, through_conjuncts=True):
            continue  # 'locations for rocket, missile and drone capabilities': what was hit held them
        wielded = tree.parsed and (r.norm[tree.heads[wh]] in r.W["instrument_preps"] or r.norm[tree.heads[wh]] == "of"
                                   and tree.deps[wh] == "pobj" and tree.heads[tree.heads[wh]] in r.trigger_tokens)
        # ('a strike of American drone has killed ...', translated: the drone the strike was made with) ('struck the
        # base with a drone', the parse hanging 'with' on the base: what it was struck with, however hung)
        if n is not None and isinstance(child, int) and child >= 0 and not by_agent and not wielded and \
                r.norm[ftok] not in r.launchers and \
                _role(r, ftok, child, "", tree.passive(ftok), False)[0] == "target" and \
                not _launched(r, span_head(tree, i, j)):
            continue  # 'striking a drone workshop': the drone is what was hit, not the weapon (but 'came on 17
            # October, when drones were launched at X': the drones are fired in a clause of their own)
        if n is None and tree.parsed and tree.deps[span_head(tree, i, j)] == "nsubj":
            # 'a gunship responded within minutes, hitting a vehicle': the subject of the clause a participle
            # hangs on is the participle's weapon
            verb = tree.heads[span_head(tree, i, j)]
            n = next((x for x, rt in enumerate(roots) if tree.heads[rt] == verb and tree.deps[rt] in ("advcl", "xcomp")
                      and tree.tags[rt] == "VBG"), None)
        if n is not None:
            # the weapon nearest the mention in the tree, then in the text ('a drone laden with explosives struck')
            wh = span_head(tree, i, j)
            weapons[n].append((_depth(tree, wh, roots[n]) if tree.parsed else 0, abs(i - roots[n]),
                               _definite_np(r, wh) and tree.deps[wh] == "nsubj", v))
    r.unowned_places = [p for p, _ in context_places if not (
        tree.parsed and tree.deps[span_head(tree, p.i, p.j)] in ("nsubj", "nsubjpass"))]  # ('condemned the strikes in
    # Jurf al-Sakhar and said Baghdad had not been informed': a place that is a clause's subject stands for its rulers)
    states = [a for a in m.actors if _located(r, a)]  # 'an outpost in Jordan': the phrase's mention, else the tree's
    phrase_of = {id(a): _phrase_place_owner(r, mentions, a.i) if len(mentions) > 1 else None for a in states}
    for n, mm in enumerate(mentions):
        mm.context_placed = not places[n]
        span = {x for k in frames[n] for x in tree.subtree(k)} if tree.parsed else set()
        state = next((a for a in states if (
            phrase_of[id(a)] == n if phrase_of[id(a)] is not None else span_head(tree, a.i, a.j) in span)
                      and kb.places.get(a.actor.name) is not None
                      and kb.places[a.actor.name].feature_type == "country"), None)
        mm.country_hint = state.actor.name if state is not None else ""
        if not mm.country_hint and not places[n] and any(
                k in span and o.side in r.W["home_sides"] for k, o in r.m.site_owners):
            mm.country_hint = HOME_COUNTRY  # 'missile attacks on two Iraqi military bases': somewhere in Iraq
        if state is not None and any(r.norm[k] in r.W["site_nouns"] for k in range(max(0, state.i - SITE_BEFORE_STATE),
                                                                                 state.i)):
            # 'an outpost in north-eastern Jordan': a site in the part of the country named
            mm.country_part = frozenset(c for k in range(max(0, state.i - 2), state.i)
                                        if r.norm[k] in r.W["direction_adjectives"]
                                        for c in ("north", "south", "east", "west") if c in r.norm[k])
        _fill(r, mm, n, frames, kinds[n], agents[n], targets[n], assoc[n], speakers, places[n] or
              (_context_for(r, context_places, mentions, frames, n) if len(groups) == 1 or not any(places.values())
               else []),
              _weapon(weapons[n]))
        mm.weapon_definite = bool(weapons[n]) and min(weapons[n])[2]
        told_weapon = tree.parsed and any(tree.deps[c] in ("dobj", "nsubjpass") and c in r.weapon_tokens and
                                          _definite_np(r, c) for k in frames[n] for c in tree.kids[k])
        aimed = tree.parsed and any(tree.deps[c] == "prep" and r.norm[c] in r.W["target_preps"] and r.norm[c] != "of"
                                    and not any(x in r.date_toks or r.norm[x] in r.W["clock_words"]
                                                for x in tree.subtree(c))
                                    for k in frames[n] for c in tree.kids[k])  # (not 'at around nine local time')
        if (told_weapon or not aimed) and mm.place is not None and _fired_from(r, mm.place, frames[n]):
            mm.place = None  # 'accused the PMF of having fired the rockets from a vehicle near Bartella': the rockets
            # told before, from where they came (not where they fell); so with 'six rockets were launched from a
            # truck near the village of Sheikh Amir', aimed at nothing named: where they came from is no target
        if n in over_period and mm.summary in ("plural", "generic"):
            mm.summary = "tally"  # 'since 17 October the group has claimed drone and rocket attacks': a campaign
    _target_busy_at(r, mentions, frames)
    _partitive_members(r, mentions, frames)
    _shared_claims(r, mentions, frames)
    _responsibility_claimed(r, mentions)
    _denials(r, mentions, frames)
    mentions, frames = _stopped(r, mentions, frames)
    mentions, frames = _intercepted_relative(r, mentions, frames)
    _paused(r, mentions)
    _quantified_retelling(r, mentions)
    mentions, frames = _not_described(r, mentions, frames)
    for n, mm in enumerate(mentions):
        near = set(frames[n]) | {c for k in frames[n] for c in tree.kids[k]} | set(list(tree.ancestors(mm.root))[:2])
        mm.answers = any(r.norm[k] in r.W["response_verbs"] for k in frames[n] if k not in r.trigger_tokens) and any(
            r.norm[k] in r.W["response_preps"] | r.W["agent_preps"] for k in frames[n]) or tree.parsed and any(
            tree.deps[c] in ("prt", "advmod") and r.norm[c] in r.W["return_particles"]
            for k in frames[n] if k in r.trigger_tokens for c in tree.kids[k])
        # ('responded with fire on ...'; 'US artillery fired back at the launch points': fire returned at those who fired)
        mm.responds = mm.answers or any(r.norm[k] in r.W["cause_markers"] for k in near) or any(
            r.norm[c] in r.W["cause_markers"] for k in near for c in tree.kids[k] if tree.deps[c] == "pobj")
        mm.recent = _recent(r, mm)
    for prev, mm in zip(mentions, mentions[1:]):
        if mm.enumerated and mm.event_type in ("other", "") and prev.event_type not in TALK:
            mm.event_type, mm.typed_by_default = prev.event_type, prev.typed_by_default  # 'one drone hit the base and another ...'
            mm.disrupted = mm.disrupted or any(t.trigger.event_type == "intercept" for t in mm.triggers)
    _enumeration(r, mentions, reading)
    links = _links(r, frames, [mm.root for mm in mentions])  # '_stopped' may have dropped a mention
    _relations(mentions, links)
    _cause_alone(r, mentions)
    _explained_away(r, mentions)
    assign_tolls(r, mentions, frames)
    pair = _siblings(mentions, links)
    if pair is not None:
        k, a = pair
        frames[a] |= frames[k]
        mm = mentions[a]
        if mm.typed_by_default and mm.modality != "threat":
            mm.event_type = _default_type(r.kb, _typing_trigger(mm.triggers).trigger.event_type, mm.actor1,
                                          mm.actor2, mm.place)  # 'the attack on its base ..., which killed three
            # American soldiers': typed by the sides and the site the toll's clause adds
        del mentions[k], frames[k]
        assign_tolls(r, mentions, frames)
    for mm in mentions:
        _clause_counts(r, mm)
    reading.mentions = mentions
    return reading


def _clause_counts(r: SentenceState, mm: EventMention) -> None:
    """Marks the counts whose 'after' or 'before' is the conjunction of the mention's own clause ('It came five
    days after U.S. aircraft, among them B-1 bombers, struck ...'): they time the mention, however long its subject."""
    tree = r.tree
    if not tree.parsed:
        return
    heads = {span_head(tree, t.i, t.j) for t in mm.triggers}
    for a in mm.times:
        if a.expr.kind != "later":
            continue
        end = r.sent.start + a.expr.end
        last = next((k for k, tk in enumerate(r.m.toks) if tk.end == end), None)
        a.opens_clause = last is not None and tree.deps[last] == "mark" and tree.heads[last] in heads


HELD_CLIMB = 6  # steps from a mention up to 'holds X responsible for': for, responsible, holds, with a relative clause between


def _own_clause_conjunct(tree: Tree, k: int) -> bool:
    """A verb joined to the one before by 'and' with a subject of its own: a clause of its own."""
    return tree.parsed and tree.deps[k] == "conj" and tree.is_verb(k) and any(
        tree.deps[c] in ("nsubj", "nsubjpass") for c in tree.kids[k])


def _own_clause(r: SentenceState, k: int) -> bool:
    """A verb joined to the one before by 'and' with a subject or a day of its own ('blamed X for Wednesday's attack,
    and in the early hours of Friday aircraft struck ...', the subject misparsed into the time phrase)."""
    tree = r.tree
    return _own_clause_conjunct(tree, k) or tree.parsed and tree.deps[k] == "conj" and tree.is_verb(k) and \
        _own_date(r, k)


def _held_responsible(r: SentenceState, root: int) -> "ActorHit | None":
    """'Washington holds Kataib Hezbollah responsible for the drone that slammed into Tower 22': the one a blame verb
    holds responsible (its object, or the subject of its 'responsible' clause) for an event inside that clause."""
    tree = r.tree
    for steps, (child, a) in enumerate(zip([root, *tree.ancestors(root)], tree.ancestors(root))):
        if steps >= HELD_CLIMB or _own_clause(r, child):
            return None  # ('the Pentagon blamed X, and two days later jets hit its sites': the jets' clause)
        if r.norm[a] not in r.W["blame_verbs"] or not tree.is_verb(a):
            continue
        heads = {c for c in tree.kids[a] if tree.deps[c] == "dobj"} | {
            g for c in tree.kids[a] if tree.deps[c] in ("ccomp", "oprd", "xcomp", "acomp")
            for g in tree.kids[c] if tree.deps[g] == "nsubj"}
        return next((x for x in r.m.actors if span_head(tree, x.i, x.j) in heads), None)
    return None


def _cause_alone(r: SentenceState, mentions: list[EventMention]) -> None:
    """'The Guards described the operation as revenge for the killing of Soleimani': an event named only as the
    cause of what the sentence tells ('revenge for', 'in response to'), with no mention of its own to answer it,
    is told in passing: it takes no date from the story's running time, and is dated where it is told."""
    tree = r.tree
    if not tree.parsed:
        return
    preps = r.W["agent_preps"] | r.W["response_preps"]  # ('retaliated by firing missiles': the answer itself)
    for mm in mentions:
        if mm.relation is not None or mm.cause_of is not None or mm.in_passing:
            continue
        up = list(tree.ancestors(mm.root))[:2]
        if len(up) == 2 and tree.deps[up[0]] == "prep" and r.norm[up[0]] not in preps and \
                r.norm[up[1]] in r.W["cause_markers"] and not tree.is_verb(up[1]) and \
                not any(x is not mm and x.relation is not None and x.relation[1] is mm for x in mentions):
            mm.in_passing = True


def _recent(r: SentenceState, mm: EventMention) -> bool:
    """The mention is told as the news of the moment: in the present perfect ('rockets have landed') or under a
    report verb in the present tense ('Kurdish officials say a missile struck')."""
    tree = r.tree
    if not tree.parsed or not tree.is_verb(mm.root):
        return False
    if any(tree.deps[c] == "aux" and r.norm[c] in r.W["perfect_auxiliaries"] for c in tree.kids[mm.root]):
        return True
    for a in tree.ancestors(mm.root):
        if r.is_report(a):
            return tree.tags[a] in ("VBZ", "VBP")
    return False


def _shared_claims(r: SentenceState, mentions: list[EventMention], frames: list[set[int]]) -> None:
    """'X claimed Tuesday's attacks on al-Asad and Thursday's rocket fire': a mention conjoined to a claimed one
    is claimed by the same group."""
    tree = r.tree
    if not tree.parsed:
        return
    for n, mm in enumerate(mentions):
        if mm.actor1 != "unknown" or tree.deps[mm.root] != "conj":
            continue
        near = list(tree.ancestors(mm.root))[:SHARED_CLAIM_CLIMB]  # 'attacks on al-Asad ... and Thursday's fire'
        other = next((x for x, fr in enumerate(frames) if x != n and any(a in fr for a in near)), None)
        if other is not None and mentions[other].attribution == "claimed" and mentions[other].actor1 != "unknown":
            mm.actor1, mm.attribution = mentions[other].actor1, "claimed"
            if mm.actor2 == "unknown":
                mm.actor2 = mentions[other].actor2


def _responsibility_claimed(r: SentenceState, mentions: list[EventMention]) -> None:
    """'Saraya Awliya al-Dam claimed responsibility in a statement, saying it had hit the base': an armed group
    that claims responsibility in the sentence claims the attacks the sentence tells with no perpetrator."""
    tree = r.tree
    if not tree.parsed:
        return
    kinds = r.kb.word_class("armed_group_types")
    for a in r.m.actors:
        head = span_head(tree, a.i, a.j)
        verb = tree.heads[head]
        if tree.deps[head] != "nsubj" or verb < 0 or r.norm[verb] not in r.W["claim_verbs"] or not any(
                tree.deps[c] == "dobj" and r.norm[c] in r.W["responsibility_nouns"] for c in tree.kids[verb]):
            continue
        if " ".join(a.actor.actor_type.lower().split()) not in kinds:
            continue
        for mm in mentions:
            if mm.actor1 == "unknown" and mm.modality == "real" and mm.event_type not in TALK:
                mm.actor1, mm.attribution = _canon(a), "claimed"


def _claims(kb: Knowledge, speaker, target: str) -> bool:
    """An armed group that reports an unattributed attack on the other side ('a statement from the resistance
    reported a barrage hitting the US base') claims it; so does a party's armed force that reports one on a party
    of the other side ('the US Department of Defense said F-15 jets struck facilities used by Kataib Hezbollah')."""
    other = kb.actors.get(target)
    kind = " ".join(speaker.actor_type.lower().split())
    if other is None or other.side in ("", speaker.side, "unknown", "other"):
        return False
    return kind in kb.word_class("armed_group_types") or (
        kind in kb.word_class("state_force_types") and speaker.side in kb.word_class("party_sides")
        and other.side in kb.word_class("party_sides"))


def _claiming_group(r: SentenceState, speaker: ActorHit) -> bool:
    """'The Islamic Resistance claimed the barrage of rockets fired at the same base', parsed as a claim that the
    barrage fired: an armed group, subject of a claim verb, claims the attack whatever site the article layer finds
    it hit."""
    tree = r.tree
    verb = tree.heads[span_head(tree, speaker.i, speaker.j)] if tree.parsed else -1
    return verb >= 0 and r.norm[verb] in r.W["claim_verbs"] and \
        " ".join(speaker.actor.actor_type.lower().split()) in r.kb.word_class("armed_group_types")


def _refine_coarse(r: SentenceState, places: dict[int, list], context_places: list, frames: list[set[int]]) -> None:
    """'bombardments against installations in the east of Syria, near the crossing point of Abu Kamal': a place in a
    phrase of place right after a comma, inside the mention's only, coarse, place, refines it, whatever verb the
    parse hung it on."""
    for n, own in places.items():
        if not own or any(p.place.feature_type not in COARSE_FEATURES for p, _d in own):
            continue
        last, depth = max(own, key=lambda pd: pd[0].j)
        inner = _relative_places(r, context_places, frames[n], last)
        if inner:  # 'strikes against three facilities which it attributes to Kataib Hezbollah, notably at Jurf
            own.extend((p, depth) for p in inner)  # al-Sakhar, ... and in the region of al-Qaim': the parse hangs the
            for p in inner:  # sites on the relative clause's verb; they are the facilities', inside the country
                context_places[:] = [(q, d) for q, d in context_places if q is not p]
            continue
        others = [(p, d, lst) for x, lst in places.items() if x != n for p, d in lst]
        for p, _d, held in [(p, d, context_places) for p, d in context_places] + others:
            gap = r.sent.text[r.m.toks[last.j - 1].end - r.sent.start:r.m.toks[p.i].start - r.sent.start] \
                if p.i >= last.j else ""
            inside = p.place.country == last.place.country and (
                last.place.feature_type == "country" or p.place.admin1 == last.place.admin1)
            opener = r.norm[last.j] if last.j < len(r.norm) else ""  # (tokens are words: the comma is none)
            if inside and p.place.feature_type not in COARSE_FEATURES and gap.lstrip().startswith(",") and \
                    p.i - last.j <= REFINE_GAP and "," not in gap.lstrip()[1:] and \
                    opener in r.W["locative_preps"] | r.W["nearby_preps"]:
                own.append((p, depth))
                held.remove((p, _d))  # (the parse may have hung it on another mention: 'condemns the aggression
                break  # which targeted positions in the province of Babylon, near the city of Hilla')


_LABEL_SEP = re.compile(r"[-–—:|]")  # between a heading's label and its date ('Statement - Wednesday')
_QUOTE_CLOSE = re.compile(r"[,.!?][\"”’]\s")  # the end of quoted speech ('... dropped," she told')


def _told_after_quote(r: SentenceState, i: int) -> bool:
    """'"I saw it on the news," Mrs. Charles told the Chronicle at her home on Saturday.': a date after the end of a
    quotation and after a verb of reporting dates the telling (so does one in 'My heart just dropped," she told
    the paper on Saturday', the last sentence of a quotation)."""
    text, start = r.sent.text, r.sent.start
    close = _QUOTE_CLOSE.search(text)
    if close is None:
        return False
    first = next((k for k, t in enumerate(r.m.toks) if t.start - start >= close.end()), None)
    return first is not None and first < i and any(r.is_report(k) for k in range(first, i))


def _relative_places(r: SentenceState, context_places: list, frame: set[int], coarse) -> list:
    """Places inside a coarse place that hang, through a phrase of place, on the verb of a relative clause on a noun
    of the mention's own words ('facilities which it attributes to Kataib Hezbollah, notably at Jurf al-Sakhar')."""
    tree = r.tree
    if not tree.parsed:
        return []
    span = {x for k in frame for x in tree.subtree(k) if tree.deps[x] != "relcl" or x in frame}
    out = []
    for p, _d in context_places:
        head = span_head(tree, p.i, p.j)
        inside = p.place.country == coarse.place.country and (
            coarse.place.feature_type == "country" or p.place.admin1 == coarse.place.admin1)
        chain = [a for a in tree.ancestors(head)][:RELATIVE_PLACE_CLIMB]
        verb = next((a for a in chain if tree.deps[a] == "relcl"), None)
        if inside and p.place.feature_type not in COARSE_FEATURES and verb is not None and \
                tree.heads[verb] in span and verb not in r.trigger_tokens and \
                all(tree.deps[a] in ("prep", "conj", "pobj", "cc") for a in chain[:chain.index(verb)]) and \
                any(r.norm[a] in r.W["locative_preps"] for a in chain[:chain.index(verb)]):
            out.append(p)
    return out


def _context_for(r: SentenceState, context_places: list, mentions: list[EventMention], frames, n: int) -> list:
    """Places no mention owns, for mention n: not for a strike that a political act is about ('the strikes
    were condemned, and culminated in the embassy being attacked': the embassy is not where they struck)."""
    head = r.tree.heads[mentions[n].root]
    if len(mentions) > 1 and any(head in frames[x] and any(t.trigger.event_type in TALK for t in mm.triggers)
                                 for x, mm in enumerate(mentions) if x != n):
        return []
    if len(mentions) > 1 and r.tree.parsed and any(
            r.norm[k] in r.W["cause_markers"] for k in list(r.tree.ancestors(mentions[n].root))[:3]):
        return []  # 'Iran fired missiles at the base in retaliation for the US killing of Soleimani': the killing
        # was not there
    inside = mentions[n].root in r.remembered  # (nor was a strike remembered where the day's drones were downed)
    return [(p, d) for p, d in context_places if (span_head(r.tree, p.i, p.j) in r.remembered) == inside]


def _witness_place(r: SentenceState, k: int) -> bool:
    """A place inside the subject of a verb of saying whose head is a person noun, in a sentence that tells what was
    heard or seen ('Residents of X told ... they heard two explosions'; not 'officials in Makhmour said a drone struck
    a vehicle', where the officials' town is the strike's)."""
    tree = r.tree
    if not tree.parsed or not set(r.norm) & r.W["perception_verbs"]:
        return False
    for a in tree.ancestors(k):
        if tree.deps[a] == "nsubj" and tree.heads[a] >= 0:
            noun = r.norm[a]
            person = noun in r.W["person_nouns"] or _singular(noun) in r.W["person_nouns"]
            return person and r.is_report(tree.heads[a])
    return False


def _source_of_subject(tree: Tree, k: int) -> bool:
    """'a statement from the resistance reported ...': k is the 'from'/'by' object of a speech verb's subject, or
    the name a subject goes by ('a group calling itself X said')."""
    p = tree.heads[k]
    if p >= 0 and tree.deps[k] in ("oprd", "dobj", "attr") and tree.deps[p] == "acl" and tree.heads[p] >= 0 \
            and tree.deps[tree.heads[p]] == "nsubj":
        return True  # 'a little-known group calling itself Saraya Awliya al-Dam said ...': the group named
    if p < 0 or tree.deps[k] != "pobj" or tree.deps[p] != "prep":
        return False
    subj = tree.heads[p]
    return subj >= 0 and tree.deps[subj] == "nsubj"


def _named_within(r: SentenceState, a: ActorHit, generic: tuple[str, ...]) -> ActorHit:
    """'the resistance group of Ashab al-Kahf', 'militias, namely Kataib Hezbollah': a generic actor whose own
    noun phrase names a group is that group."""
    tree = r.tree
    if a.actor.actor_type not in generic or not tree.parsed:
        return a
    head = span_head(tree, a.i, a.j)
    if tree.deps[head] in ("compound", "amod") and tree.heads[head] >= 0:
        head = tree.heads[head]  # 'the Iraqi Resistance group of ...'
    of = tree.heads[head]
    if tree.deps[head] == "pobj" and of >= 0 and r.norm[of] == "of" and tree.heads[of] >= 0 and \
            tree.tags[tree.heads[of]].startswith("NN"):
        head = tree.heads[of]  # 'a coalition of Iran-backed militias calling itself ...': the phrase is the coalition's
    inside = set()
    for c in tree.kids[head]:
        if tree.deps[c] in ("prep", "appos") and not tree.is_verb(c) or \
                tree.deps[c] == "acl" and r.norm[c] in r.W["naming_verbs"]:  # ('... calling itself X')
            inside.update(tree.subtree(c))
    vaguer = generic[generic.index(a.actor.actor_type):]  # an umbrella name is more precise than 'militias'
    named = [b for b in r.m.actors if b is not a and b.actor.actor_type not in vaguer + ("person",)
             and b.actor.side == a.actor.side and span_head(tree, b.i, b.j) in inside
             and not _member(r, span_head(tree, b.i, b.j), head)]
    return min(named, key=lambda b: b.i) if named else a


def _member(r: SentenceState, k: int, top: int) -> bool:
    """'an umbrella used by factions including Kataib Hezbollah': a group listed as one of its members is not it."""
    for a in r.tree.ancestors(k):
        if a == top:
            return False
        if r.norm[a] in r.W["inclusion_words"]:
            return True
    return False


def _speaking_subject(r: SentenceState, tree, frame):
    """The subject of the speech or claim verb above the mention ('X claimed the attack, saying it had hit ...',
    'the same group said it had struck ...'): the actor, True for 'the group' with no name, or None."""
    for k in frame:
        for h in tree.ancestors(k):
            subj = [c for c in tree.kids[h] if tree.deps[c] == "nsubj"]
            if not subj:
                continue
            if r.norm[h] not in r.W["report_verbs"]:
                return None
            named = next((a for a in r.m.actors if span_head(tree, a.i, a.j) in subj and not _located(r, a)), None)
            if named is not None:
                return named
            return any(r.norm[c] in r.W["group_anaphors"] and
                       any(r.norm[d] in r.W["definite_dets"] for d in tree.subtree(c)) for c in subj) or None
    return None


def _host_beside(r: SentenceState, place, places, frame: set[int]):
    """The base the mention's place lies beside ('near the Victory base'; 'the airport complex near the Victory
    base area'), when that base hosts a force and the place itself hosts none (not where the weapon was fired
    from: 'rockets fired from near the Victory base')."""
    if place is None or _fired_from(r, place, frame):
        return None
    if place.relative:
        return place if place.place.hosts and r.norm[place.i] in r.W["nearby_preps"] else None
    return None if place.place.hosts else next((p for p, _d in places if p.relative and p.place.hosts and 0 <= p.i - place.j <= 1
                 and r.norm[p.i] in r.W["nearby_preps"]), None)


def _fill(r: SentenceState, mm: EventMention, n: int, frames, frame_kind: str, agents, targets, assoc, speakers,
          places, weapon) -> None:
    tree, kb = r.tree, r.kb
    generic = ("umbrella body", "militia (unspecified)")
    agents[:] = [(d, _named_within(r, a, generic), how) for d, a, how in agents]
    targets[:] = [(d, _named_within(r, a, generic), *rest) for d, a, *rest in targets]
    agents.sort(key=lambda x: (x[0] - (1 if x[1].actor.actor_type not in generic else 0), x[1].i))
    kill = any(t.trigger.event_type in ("kill", "assassination") for t in mm.triggers)
    targets.sort(key=lambda x: (not (kill and x[1].actor.actor_type == "person"),
                                x[0] - (1 if x[1].actor.actor_type not in generic else 0), x[1].i))
    root = mm.root
    if not agents and tree.parsed and tree.deps[root] == "acl" and tree.tags[root] == "VBD":
        # 'The coalition struck at dawn, said X': a finite verb parsed as a modifier of its subject
        subj = next((a for a in r.m.actors if span_head(tree, a.i, a.j) == tree.heads[root]), None)
        if subj is not None:
            agents.append((0, subj, ""))
    if not agents and tree.parsed:
        accused = _held_responsible(r, root)
        if accused is not None:
            agents.append((0, accused, "alleged"))
    if not agents and tree.parsed and tree.deps[root] in ("advcl", "xcomp") and tree.tags[root] == "VBG" and \
            r.norm[tree.heads[root]] not in r.W["blame_verbs"] and \
            not any(tree.deps[c] in ("nsubj", "nsubjpass") for c in tree.kids[root]):
        # 'American aircraft responded on the night of March 12, bombing five depots': the participle's doer is
        # the subject of the clause it hangs on
        subj = {x for c in tree.kids[tree.heads[root]] if tree.deps[c] == "nsubj" for x in tree.subtree(c)}
        doer = next((a for a in r.m.actors if span_head(tree, a.i, a.j) in subj and not _located(r, a)), None)
        if doer is not None:
            agents.append((0, doer, ""))
    if not agents:
        for k in frames[n]:
            if r.norm[k] in r.W["blame_verbs"] and tree.deps[k] in ("acl", "relcl"):
                noun = tree.heads[k]
                if tree.deps[noun] == "appos" and tree.heads[noun] >= 0:
                    noun = tree.heads[noun]  # 'Kataib Hezbollah, the militia Washington holds responsible for ...'
                acc = next((a for a in r.m.actors if span_head(tree, a.i, a.j) == noun
                            or tree.heads[span_head(tree, a.i, a.j)] == noun), None)
                if acc is not None:
                    agents.append((0, acc, "alleged"))  # 'a militia blamed for the attack'
    if not agents and tree.parsed:
        for k in frames[n]:
            if tree.deps[k] == "relcl" and tree.is_verb(k) and not tree.passive(k) and any(
                    tree.deps[c] == "nsubj" and r.norm[c] in r.W["relative_pronouns"] for c in tree.kids[k]) and \
                    (r.date_toks & set(tree.subtree(k)) or mm.times):  # (its date, wherever the parse hung it)
                # 'The Biden administration, which last week bombed positions of KH, said ...': the noun the
                # relative clause hangs on did it (it is also the subject of 'said', which made it a speaker); a
                # clause with no date of its own describes the noun ('militias, which fought US forces')
                noun = tree.heads[k]  # ('the American aggression which targeted, on Friday, ...': its modifier)
                heads = {id(a): span_head(tree, a.i, a.j) for a in r.m.actors}
                doer = next((a for a in r.m.actors if (heads[id(a)] == noun or tree.heads[heads[id(a)]] == noun and
                                                       tree.deps[heads[id(a)]] in ("amod", "compound", "poss"))
                             and not _located(r, a)), None)
                if doer is not None:
                    agents.append((0, doer, ""))
                    break
    if not targets:
        for k in frames[n]:
            for o in tree.kids[k]:
                if tree.deps[o] in ("nsubjpass", "dobj") and any(r.norm[c] in r.W["possessive_relatives"] for c in tree.kids[o]):
                    # 'Kataib Hezbollah, whose depots were bombed': the owner of the depots was hit
                    owner = tree.heads[k] if tree.deps[k] == "relcl" else -1
                    hit = next((a for a in r.m.actors if span_head(tree, a.i, a.j) == owner), None)
                    if hit is not None:
                        targets.append((0, hit))
    if tree.parsed and tree.deps[root] == "acl" and tree.tags[root] == "VBN" and not targets:
        # 'three coalition troops killed when rockets slammed into a base': the noun a participle modifies is its victim
        victim = next((a for a in r.m.actors if span_head(tree, a.i, a.j) == tree.heads[root]), None)
        if victim is not None:
            targets.append((0, victim))
            agents[:] = [x for x in agents if x[1] is not victim]
    if not agents and tree.parsed and tree.is_verb(root) and not tree.passive(root) and not (
            tree.deps[root] == "acl" and tree.tags[root] == "VBN") and not any(
            tree.deps[c] in ("nsubj", "nsubjpass", "csubj") for k in frames[n] for c in tree.kids[k]) and not any(
            k in r.weapon_tokens and k < root for k in frames[n]):
        # 'On Monday militias attacked ...' parsed with the subject inside the date phrase: an active verb
        # with no subject takes the nearest actor before it in its clause (not when its weapon is the subject:
        # 'the troops who were evaluated after rockets slammed into the base')
        left = [a for a in r.m.actors if a.j <= root and r.m.chunk_of[a.i] == r.m.chunk_of[root]
                and not _located(r, a)]
        if left:
            agents.append((0, left[-1], ""))
            targets[:] = [t for t in targets if t[1] is not left[-1]]
    a1 = agents[0][1] if agents else None
    a2 = next((t for _d, t in targets if t is not a1), None)
    mm.attribution = (agents[0][2] or "stated") if agents else "claimed" if frame_kind == "claim_verbs" else "unknown"
    vague = a1 is None or a1.actor.actor_type == "militia (unspecified)"  # 'the militia' may be the group named before
    if vague and not any(t.trigger.event_type in TALK for t in mm.triggers):
        # 'the group claimed the attack', 'the resistance conducted a drone attack': a group told before
        subject_deps = ("nsubj", "agent", "nsubjpass") if frame_kind == "blame_verbs" or any(
            r.norm[k] in r.W["blame_verbs"] for k in frames[n]) else ("nsubj", "agent")  # 'the group was blamed'
        mm.group_anaphor = any(
            tree.deps[c] in subject_deps and (r.norm[c] in r.W["group_anaphors"] or any(
                tree.deps[g] == "pobj" and r.norm[g] in r.W["group_anaphors"] for g in tree.kids[c]))
            and any(r.norm[d] in r.W["definite_dets"] for d in tree.subtree(c))
            for k in frames[n] for c in tree.kids[k])
        if mm.group_anaphor and "nsubjpass" in subject_deps and mm.attribution == "unknown":
            mm.attribution = "alleged"
    root = mm.root
    # 'X said it carried out the attack': the pronoun is the speaker's group
    subjects = [c for k in frames[n] if r.norm[k] not in r.W["blame_verbs"]  # ('groups it accuses of attacking
                for c in tree.kids[k] if tree.deps[c] in ("nsubj", "agent")]  # its personnel': 'it' accuses)
    own_pronoun = any(r.norm[c] in r.W["group_pronouns"] or any(
        tree.deps[g] == "poss" and r.norm[g] in r.W["group_pronouns"] for g in tree.kids[c]) for c in subjects)
    if a1 is None and speakers and own_pronoun:
        a1, mm.attribution = speakers[0], "claimed"
    elif a1 is None and own_pronoun and tree.parsed:
        said = _speaking_subject(r, tree, frames[n])  # 'X claimed the attack, saying it had targeted the base'
        if said is True:
            mm.group_anaphor, mm.attribution = True, "claimed"  # 'the same group said it had struck ...'
        elif said is not None:
            a1, mm.attribution = said, "claimed"
    own_men = speakers and (a1 is None or kb.actors.get(_canon(a1)) is None or
                            kb.actors[_canon(a1)].side != speakers[0].actor.side)  # not the perpetrator's side
    if a2 is None and own_men and any(
            tree.deps[o] in ("nsubjpass", "dobj") and any(tree.deps[g] == "poss" and r.norm[g] in r.W["group_pronouns"]
                                                        for g in tree.subtree(o))
            for k in frames[n] for o in tree.kids[k]):
        a2 = speakers[0]  # 'the faction said three of its men were killed': the speaker's own men
    talk = mm.modality == "threat" or any(t.trigger.event_type in TALK for t in mm.triggers)
    if talk and a1 is None and speakers:
        a1 = speakers[0]
    if frame_kind == "deny_verbs" or any(r.norm[k] in r.W["deny_verbs"] for k in frames[n]):
        # the accused denying is a denial of responsibility; anyone else denying denies the event
        deny_tok = next(k for k in frames[n] if r.norm[k] in r.W["deny_verbs"])
        subj = {c for c in tree.kids[deny_tok] if tree.deps[c] == "nsubj"}
        responsibility = any(r.norm[k] in r.W["responsibility_nouns"] for k in tree.subtree(deny_tok)) or any(
            tree.deps[c] in ("nsubj", "nsubjpass") and any(r.norm[g] in r.W["group_pronouns"] for g in tree.subtree(c))
            for k in frames[n] if k != deny_tok for c in tree.kids[k])  # 'denied that its fighters fired the rockets'
        if a1 is not None and (span_head(tree, a1.i, a1.j) in subj or responsibility):
            mm.attribution = "denied"
        elif responsibility or (a1 is not None):
            mm.attribution = "denied"
        else:
            mm.modality = "negated"
    off_range = [(p, d) for p, d in places if not in_range(r, p)]
    place = pick_place(off_range if any(p.place.feature_type not in COARSE_FEATURES for p, _d in off_range) else places,
                       r.sent.text, r.sent.start, r.W["direction_adjectives"])  # ('on the road between Baghdad and
    # Kut near al-Suwaira': the ends of a stretch of road are not where it happened, when a place on it is named; but
    # 'two sites in Syria and one in Iraq, near the crossing between Albu Kamal and al-Qaim' are at its ends)
    if place is not None and place.relative and place.place.feature_type == "region" and any(
            _located(r, a) and kb.places.get(a.actor.name) is not None
            and kb.places[a.actor.name].country != place.place.country for a in r.m.actors):
        place = None  # 'an outpost in north-eastern Jordan, close to the Syrian border': not Iraq's border with Syria
    mm.place = place
    actor1, actor2 = _canon(a1), _canon(a2)
    if not talk:
        actor1 = _armed_branch(actor1, kb)
    if actor2 == "unknown" and place is not None and place.place.hosts and not same_side(kb, actor1, place.place.hosts) \
            and not place.relative:
        actor2 = place.place.hosts  # a strike on a coalition base is a strike on the force there
    beside = _host_beside(r, place, places, frames[n]) if actor2 == "unknown" and (
        {weapon} | {t.trigger.event_type for t in mm.triggers}) & r.W["standoff_event_types"] else None
    if beside is not None and not same_side(kb, actor1, beside.place.hosts):
        actor2 = beside.place.hosts  # 'rockets landed near the Victory base', 'struck the airport complex near the
        # Victory base area': fire from afar that falls beside a base is aimed at the force it hosts
    guests = _stationed_there(r, frames[n])
    if guests and not same_side(kb, actor1, guests) and (
            actor2 == "unknown" or kb.actors.get(actor2) is not None and kb.actors[actor2].side in r.W["home_sides"]):
        actor2 = guests  # 'four rockets struck an Iraqi military base next to Baghdad airport, where American soldiers
        # are also present': the force the site hosts, as the gazetteer's hosts would say
    if actor2 == "unknown" and tree.parsed:
        span = {x for k in frames[n] for x in tree.subtree(k)}
        for x, fr in enumerate(frames):  # not what another mention inside it hit ('the attack comes a week after
            inner = {g for k in fr for g in tree.subtree(k)}  # the US struck buildings used by Kataib Hezbollah')
            if x != n and mm.root not in inner and inner <= span:
                span -= inner
        owners = {o.name for k, o in r.m.site_owners if k in span and o.name != actor1}
        if not owners:  # 'a headquarters building used by IS', 'depots belonging to the militia': their user was hit
            doer = {x for k in frames[n] for c in tree.kids[k] if tree.deps[c] in ("nsubj", "agent")
                    for x in tree.subtree(c)}  # not 'X, a banner used by several factions, claimed the attack'
            owners = {_canon(a) for a in r.m.actors if span_head(tree, a.i, a.j) in span - doer
                      and _canon(a) != actor1 and _used_by(r, span_head(tree, a.i, a.j))}
        if len(owners) == 1:
            actor2 = owners.pop()  # 'hitting the US military base': the base's owner was hit
    if actor1 == actor2:
        actor2 = "unknown"
    person_target = a2 is not None and a2.actor.actor_type == "person"
    # interception: 'soldiers shot down a drone' is a disrupted attack on the soldiers
    guessed = False
    told = any(r.norm[x] in r.W["intercept_objects"] for x in range(mm.root))  # 'engaged three drones, destroying two'
    destroyed = tree.parsed and any(r.norm[k] in r.W["destroy_verbs"] and any(
        tree.deps[c] in ("dobj", "nsubjpass") and (r.norm[c] in r.W["intercept_objects"] or
                                                   told and tree.tags[c] in ELLIPTIC_TAGS) for c in tree.kids[k])
        for k in frames[n])  # 'air defences engaged and destroyed two drones': an interception
    if destroyed or any(t.trigger.event_type == "intercept" for t in mm.triggers):
        objs = {r.norm[c] for k in frames[n] for c in r.tree.kids[k]} | {r.norm[k] for k in frames[n]}
        downed = next((v for i, j, v in r.m.cues["instrument"]
                       if r.tree.heads[span_head(r.tree, i, j)] in frames[n]
                       and r.tree.deps[span_head(r.tree, i, j)] in ("dobj", "nsubjpass")), None)
        enum = {k for i, j, _ in r.m.cues["enumerator"] for k in range(i, j)}
        ordinals = r.kb.word_map("day_ordinals")  # ('the first was shot down': an ordinal standing for a weapon)
        counted = any(tree.deps[c] in ("dobj", "nsubjpass") and (c in enum or tree.tags[c] in ELLIPTIC_TAGS
                                                                 or r.norm[c] in r.W["elliptic_nouns"]
                                                                 or tree.tags[c] == "JJ" and r.norm[c] in ordinals)
                      for k in frames[n] for c in tree.kids[k])  # 'one was downed', 'shot it down', 'most were
        # intercepted', 'downed two more', 'the ones at al-Asad were shot down': what was downed is the weapon told before
        if downed is None and counted:
            # 'another was brought down', 'two drones ...; troops shot down one'; with no weapon in the sentence,
            # the drones of the sentence before ('Two drones targeted the base. One was downed ...')
            downed = r.m.cues["instrument"][0][2] if r.m.cues["instrument"] else "drone_strike"
            guessed = not r.m.cues["instrument"]  # (the article layer may know the weapon: 'missiles were fired
            # at the base. Most were intercepted')
        if downed is None:  # 'most of the incoming missiles were intercepted': the weapon inside what was downed
            held = {x for k in frames[n] for c in tree.kids[k] if tree.deps[c] in ("dobj", "nsubjpass")
                    for x in tree.subtree(c)}
            downed = next((v for i, j, v in r.m.cues["instrument"] if span_head(tree, i, j) in held), None)
        if downed is None and weapon is None and r.m.cues["instrument"]:
            downed = r.m.cues["instrument"][0][2]  # ('22 Nov, Harir AB (Erbil), One-way attack drone, shot down':
            # a table row's cells, which no parse links; the weapon the row names is what was downed)
        weapon = downed or weapon  # 'brought down the UAV with counter-rocket systems': the weapon is what was downed
        if weapon or objs & r.W["intercept_objects"]:
            mm.disrupted = True
            host = place.place.hosts if place is not None and not place.relative else ""
            if actor1 != "unknown" and host and not same_side(kb, actor1, host):
                mm.assoc.append(actor1)  # 'the Kurdish counter-terrorism service shot down a drone approaching Harir
                actor2 = host  # base, where American troops are stationed': an attack on the troops the base hosts
            elif actor1 != "unknown":
                actor2 = actor1
            actor1 = "unknown"
            mm.attribution = "unknown"
            weapon = weapon or "drone_strike"
    if mm.attribution == "denied" and actor1 != "unknown":
        mm.assoc.append(actor1)
        actor1 = "unknown"
    unclaimed = any(r.norm[k] in r.W["claim_verbs"] for k in tree.negated)  # ('KH did not claim it but announced
    # the suspension of its operations': a speaker that says it did not claim is no claimant)
    if actor1 == "unknown" and a1 is None and speakers and not talk and mm.attribution != "denied" and \
            not unclaimed and \
            (_claims(kb, speakers[0].actor, actor2) or actor2 == "unknown" and _claiming_group(r, speakers[0])):
        actor1, mm.attribution = speakers[0].actor.name, "claimed"  # an armed group telling of its strike on its foe
        mm.group_anaphor = speakers[0].actor.actor_type.lower() == "militia (unspecified)"  # 'the Iraqi resistance': named before?
    mm.actor1, mm.actor2 = actor1, actor2
    if weapon and mm.kill_only:
        mm.kill_only = False  # 'a US drone that killed two men': a drone strike, not a bare toll
    also_hit = [t for _d, t in targets if t is not a1 and t is not a2]  # 'a base housing coalition troops'
    for a in assoc + also_hit:
        if a.actor.name not in (actor1, actor2) and a.actor.name not in mm.assoc:
            mm.assoc.append(a.actor.name)
    for hit in (a1, a2):
        if hit is not None and hit.actor.actor_type == "person" and hit.actor.name not in mm.assoc:
            mm.assoc.append(hit.actor.name)
    if any(t.trigger.event_type == "intercept" for t in mm.triggers) and not mm.disrupted:
        mm.event_type, mm.typed_by_default = "confrontation_or_blockade", False
    else:
        mm.event_type, mm.typed_by_default = _resolve_type(r, mm.triggers, weapon, actor1, actor2, place,
                                                            person_target)
        mm.weapon_guessed = guessed
    if mm.modality == "threat":
        mm.event_type = "threat"
    # references back, summaries, unnamed sites
    heads = [span_head(tree, t.i, t.j) for t in mm.triggers]
    mm.definite = any(tree.deps[c] == "poss" or (tree.deps[c] == "det" and r.norm[c] in r.W["definite_dets"])
                      for h in heads for c in tree.kids[h]) or (
        not tree.parsed and root > 0 and r.norm[root - 1] in r.W["definite_dets"]) or any(
        _named_before(r, t.i) for t in mm.triggers if t.trigger.voice == "noun" or tree.tags[t.i].startswith(("NN", "VBZ")))
    mm.definite = mm.definite or mm.predicative  # 'it was the largest attack': about the event just told
    mm.definite = mm.definite or tree.parsed and any(
        tree.deps[h] == "relcl" and tree.passive(h) and tree.heads[h] >= 0 and
        r.norm[tree.heads[h]] in r.W["struck_site_nouns"] and _definite_np(r, tree.heads[h]) for h in heads)
    # ('named Jurf al-Sakhar among the locations that were hit': the sites of the strike told before)
    mm.same = mm.definite and any(r.norm[c] in r.W["sameness_words"] for h in heads for c in tree.kids[h])
    mm.summary = _summary(r, mm, frames[n])
    if place is not None and tree.parsed and (place.penalty >= ORIGIN_PENALTY and _launched_from(r, place)
                                              or _fired_from(r, place, frames[n], definite_site=True)) and any(
            r.norm[x] in r.W["site_nouns"] for k in frames[n] for c in tree.kids[k] for x in tree.subtree(c)):
        place = mm.place = None  # 'rockets launched from the Nineveh plains landed near the airport': the airport
    if place is None and any(r.norm[c] in r.W["site_pronouns"] and tree.deps[c] in ("nsubjpass", "dobj")
                             for k in frames[n] for c in tree.kids[k]):
        mm.site_anaphor = "the"  # 'In 2021 it was shelled again': 'it' is the base just named
    elif place is None or place.place.feature_type in ("governorate", "region", "country"):
        nouns = r.W["site_nouns"] | r.W["town_nouns"] | r.W["city_nouns"]  # 'the base', 'the town', 'the city'
        named = {x for p in r.m.places for x in range(p.i, p.j)}  # not the 'Camp' of 'Camp Taji'
        named.update(k for k in range(len(r.norm) - 2) if r.norm[k] in nouns and r.norm[k + 1] == "of"
                     and r.m.toks[k + 2].title)  # ('the Iranian city of Kerman': a place named, if unknown)
        site = [k for k in frames[n] for c in tree.kids[k] for k in tree.subtree(c) if r.norm[k] in nouns
                and k not in named and not _workplace(r, k)] or site_after(r, mm, nouns, named) or [
            k for k in frames[n] for c in tree.kids[k] for k in tree.subtree(c) if r.norm[k] in r.W["area_nouns"]
            and any(r.norm[x] in r.W["sameness_words"] for x in tree.kids[k])]  # ('the same area was exposed to a
        # bombardment': the place just named, whatever its kind)
        site.sort(key=lambda k: not any(r.norm[c] in r.W["sameness_words"] for c in tree.kids[k]))  # ('approached a
        # support facility at the same airport': the site called the same one is the one pointed back to)
        if site:
            noun = tree.heads[site[0]] if tree.deps[site[0]] in ("compound", "nmod") and tree.heads[site[0]] >= 0 \
                else site[0]  # ("the airport and residential neighbourhoods": the phrase the parse hangs the site on)
            det = next((r.norm[c] for c in tree.kids[noun] if tree.deps[c] in ("det", "poss")), "")  # ('inside
            # the airport grounds': the determiner of the phrase the site noun qualifies)
            mm.site_anaphor = "the" if det in r.W["definite_dets"] else "a"
            mm.site_noun = r.norm[site[0]]
            mm.site_same = any(r.norm[c] in r.W["sameness_words"] for c in tree.kids[site[0]])
            if place is not None and mm.site_anaphor != "the":
                mm.site_anaphor, mm.site_noun, mm.site_same = "", "", False  # with a province named, only 'the (same)
                # base in the province of Anbar' points back to a site ('a base in Anbar' is another)
    if place is not None and not mm.predicative:  # 'the 140th attack in Iraq and Syria' places no new event
        # 'struck the Green Zone and at Balad air base; the military said': a conjunct the parse hung on the report is
        # still one of its places
        cands = [p for p, _ in places] + [p for p in r.unowned_places if all(p is not q for q, _ in places)]
        cands += coordinated(r, cands)
        mm.extra_places = conjoined(r, place, cands, mm.definite and not tree.is_verb(mm.root)
                                     and mm.summary != "plural" and not mm.times,  # 'those raids on al-Qaim and
                                     # Akashat': several; 'the aggression on Saturday against al-Qaim and Akashat':
                                     # told with its own day, the one event at both
                                     owned=[p for p, _ in places if p.i > mm.start])  # (a list told after its verb)
        mm.place, mm.extra_places = named_sites(r, place, mm.extra_places, cands)
    else:
        span = set()
        for k in frames[n]:
            span.update(tree.subtree(k))
        lo, hi = (min(span), max(span)) if span else (0, -1)
        mm.unplaced = next((u[0] for u in r.m.unplaced
                            if r.m.toks[lo].start <= u[1] <= r.m.toks[hi].end), "") if span else ""


def _summary(r: SentenceState, mm: EventMention, frame: set[int]) -> str:
    """generic ('have repeatedly targeted', 'a wave of attacks'), plural ('attacks on bases') or ''.
    A count of rockets or drones ('several rockets were fired') is one event, not a summary."""
    tree = r.tree
    weapon_toks = r.weapon_tokens
    head = tree.heads[mm.root] if tree.parsed else -1
    if head >= 0 and tree.tags[mm.root] == "VBG" and tree.deps[mm.root] == "pcomp" and tree.heads[head] >= 0 and \
            r.norm[tree.heads[head]] in r.W["blame_verbs"] and not mm.times:
        return "generic"  # 'groups it accuses of attacking its personnel': what they are accused of doing, no event
    if head >= 0 and tree.deps[mm.root] == "relcl" and tree.is_verb(mm.root) and tree.tags[head].startswith("NN") \
            and head not in r.trigger_tokens and head not in weapon_toks and any(
            tree.deps[c] == "aux" and r.norm[c] in r.W["perfect_auxiliaries"] for c in tree.kids[mm.root]):
        return "generic"  # 'PMU factions that have fought Islamic State': what the factions are, not an event
    if head >= 0 and tree.deps[mm.root] == "relcl" and tree.is_verb(mm.root) and not mm.times and \
            _singular(r.norm[head]) in r.W["group_anaphors"] and \
            all(t.trigger.event_type == "armed_clash" for t in mm.triggers):
        return "generic"  # 'several groups that fought U.S. forces during the last war': what the groups are
    if head >= 0 and tree.deps[mm.root] == "relcl" and (r.norm[head] in r.W["span_nouns"] or any(
            tree.deps[c] == "prep" and any(r.norm[o] in r.W["span_nouns"] for o in tree.kids[c])
            for c in tree.kids[head])) and all(a.expr.kind in ("year", "my", "m") for a in mm.times):
        return "generic"  # 'three years of war, in which the army and the Mobilization fought with the coalition's
        # support': what went on over a span, not one event (a day of its own would make it one)
    if head >= 0 and tree.deps[mm.root] == "relcl" and tree.is_verb(mm.root) and tree.deps[head] in ("attr", "oprd") \
            and tree.tags[head] == "NNS" and head not in weapon_toks and all(a.expr.kind == "year" for a in mm.times):
        return "generic"  # 'were once considered terrorist gangs that targeted US troops after the invasion of 2003':
        # what the subject was said to be, not an event (not 'it was a drone that struck the base on Monday')
    if tree.parsed and tree.tags[mm.root] == "VBG" and any(
            tree.deps[c] == "aux" and r.norm[c] in r.W["perfect_auxiliaries"] for c in tree.kids[mm.root]) and any(
            tree.deps[c] == "aux" and r.norm[c] in r.W["passive_auxiliaries"] for c in tree.kids[mm.root]) and \
            not any(a.expr.kind in NEWS_DAY_KINDS for a in mm.times):
        return "generic"  # 'armed groups have been firing drones and rockets at bases hosting American troops': a
        # campaign going on, not one event
    near = set(frame)
    for k in frame:
        near.update(c for c in tree.kids[k] if c not in weapon_toks and tree.deps[c] in (
            "advmod", "amod", "npadvmod", "prep", "det", "nummod", "quantmod", "aux"))
    if head >= 0 and tree.deps[mm.root] == "advcl" and tree.tags[mm.root] == "VBG":
        near.update(x for c in tree.kids[head] if tree.deps[c] == "dobj" for x in tree.subtree(c))
        # ('its jets carried out dozens of missions, striking hideouts south of Mosul': the count of the missions
        # the participle tells is the strikes')
    near.update(list(tree.ancestors(mm.root))[:2])
    for k in frame if tree.parsed else ():
        if tree.deps[k] == "pobj" and r.norm[tree.heads[k]] == "of" and tree.heads[tree.heads[k]] >= 0 and \
                r.norm[tree.heads[tree.heads[k]]] not in r.W["collective_event_nouns"]:
            near.update(list(tree.ancestors(k))[:2])  # ('launched a campaign of rocket and drone attacks against US
            # forces': what the attacks are gathered in, whatever verb carries them; but 'a second wave of missiles
            # hit a base' is one act)
    if not tree.parsed:
        near = set(range(max(0, mm.root - 3), mm.root + 1))
    if tree.parsed and any(r.norm[t] == "times" and any(
            (word_to_int(r.norm[x], r.kb) or 0) >= TIMES_TALLY for x in (tree.heads[t], *tree.kids[t]) if x >= 0)
            and any(a in frame for a in list(tree.ancestors(t))[:2]) for t in range(len(r.norm))):
        return "tally"  # 'US forces had been attacked at least 66 times': a count of attacks, no one of them (not
        # 'rockets were fired at the base three times on Monday', one day's attacks on one site)
    if any(any(k in near for k in range(i, j)) and not any(k in weapon_toks for k in range(i, j))
           for i, j, _ in r.m.cues["generic"]):
        # ('a wave of bombardments launched on Friday against 85 targets': one day's operation, several strikes)
        return "plural" if any(a.expr.kind in PHRASE_DATE_KINDS for a in mm.times) else "generic"
    if tree.parsed and any(tree.deps[o] in ("dobj", "nsubjpass") and tree.tags[o] == "NNS" and any(
            tree.deps[c] == "nummod" and c not in r.date_toks and 1 < (count := word_to_int(r.norm[c], r.kb) or 0)
            and not (o in r.trigger_tokens and r.norm[o] not in r.W["struck_site_nouns"] and count >= SUMMARY_COUNT)
            for c in tree.kids[o])
            for k in frame for o in tree.kids[k] if o not in weapon_toks):
        return "plural"  # 'militias have struck two US bases', 'attacked 85 targets': several events summed up (but
        # 'thirty rocket attacks have been counted' is a tally, below)
    nouns = {h for t in mm.triggers for h in (span_head(tree, t.i, t.j), t.j - 1) if h not in weapon_toks}
    for t in mm.triggers if tree.parsed else ():  # 'well over 150 rocket, drone and roadside-bomb incidents': the
        head = h = span_head(tree, t.i, t.j)         # events a trigger used as a modifier counts, however the parse
        chain, down = [], [head]                      # hung the count on the coordinated modifiers
        for _ in range(MODIFIER_CLIMB):
            if tree.deps[h] not in ("compound", "amod", "nmod", "conj") or tree.heads[h] < 0:
                break
            h = tree.heads[h]
            chain.append(h)
        for _ in range(MODIFIER_CLIMB):  # ('150 rocket, drone and ... incidents': the count on the first)
            down = [c for k in down for c in tree.kids[k] if tree.deps[c] == "conj"]
            chain += down
        chain = [k for k in chain if abs(k - t.i) <= MODIFIER_SPAN]  # (not 'the rocket attack ..., in which a
        # contractor was killed and four US soldiers were wounded': another clause's count)
        if chain and head in weapon_toks and any(k not in weapon_toks for k in chain):
            chain.append(head)
        if any(k not in weapon_toks and k not in r.trigger_tokens and tree.tags[k].startswith("NN") for k in chain):
            nouns.update(chain)
        nouns.update(k for k in chain if k in weapon_toks and tree.tags[k] == "NN")  # ('more than 165 rocket and
        # drone attacks', the count hung on 'rocket': a weapon word in the singular under a count is a modifier)
    if tree.parsed and any(tree.deps[c] == "nummod" and c not in r.date_toks
                           and (word_to_int(r.norm[c], r.kb) or 0) >= SUMMARY_COUNT
                           for h in nouns for c in tree.kids[h]):
        return "tally"  # 'some 40 attacks have hit US bases', 'five strikes on Friday': a count of events
    counted = [o for k in frame for p in tree.kids[k] if tree.deps[p] == "prep" for o in tree.kids[p]] + [
        o for k in frame for o in tree.kids[k] if tree.deps[o] == "npadvmod"]
    if tree.parsed and any(r.norm[o] in r.W["occasion_nouns"] and any(
            tree.deps[c] == "nummod" and (word_to_int(r.norm[c], r.kb) or 0) > 1 for c in tree.kids[o])
            and not any(r.norm[c] in r.W["clock_words"] for c in tree.kids[o])  # 'at 0100 local time' is a clock
            for o in counted):
        return "tally"  # 'launched rockets at US forces on 160 occasions', 'attacked more than 100 times'
    best = max(mm.triggers, key=_specificity)
    head = span_head(tree, best.i, best.j)
    last = best.j - 1
    if tree.parsed and tree.tags[last].startswith("NN") and last != head and last not in weapon_toks:
        head = last  # 'drone and rocket attacks' parsed with 'rocket' above 'attacks': the phrase's noun counts
    if head in weapon_toks or any(tree.deps[c] == "prep" and any(g in weapon_toks for g in tree.kids[c])
                                  for c in tree.kids[head]):
        return ""  # 'two volleys of rockets were fired': a count of projectiles, one event
    persons = [a for a in r.m.actors if a.actor.actor_type == "person"]
    if best.trigger.event_type in ("kill", "assassination") and persons and \
            {span_head(tree, a.i, a.j) for a in persons} & set(tree.subtree(head)):
        return ""  # 'the assassinations of X and Y': named victims of one strike, not a campaign
    tag = tree.tags[head] if tree.parsed else ""
    word = r.norm[best.j - 1]
    plural_noun = tag == "NNS" or (not tree.parsed and best.trigger.voice == "noun" and word.endswith("s")
                                   and not word.endswith(("ss", "us")))
    return "plural" if plural_noun else ""


PHRASE_REACH = 24  # tokens from an event noun to a relative clause that closes its own phrase as the parse tells it
# (a long description of the site between: 'on a small US base in north-eastern Jordan known as Tower 22, near the
# Syrian border, which killed')
PHRASE_DATE_GAP = 14  # tokens from an event noun to the date or relative clause that closes its own phrase ('the
# drone attack on the Tower 22 outpost in north-east Jordan on January 28 that killed ...': 12)
PHRASE_DATE_KINDS = ("iso", "dmy", "mdy", "dm", "md", "weekday")  # dates of a day (not 'this week', 'in 2019')
PHRASE_OWNER_KINDS = PHRASE_DATE_KINDS + ("rel", "ago", "my")  # dates that close an event noun's phrase: also those
# counted back from the news ('the drone attack on a US outpost in Jordan late last month that killed three') and a
# month of a year ('the anniversary of the US drone strike at Baghdad airport in January 2020 that killed ten people')


def _phrase_date_owner(r: SentenceState, mentions: list[EventMention], i: int) -> int | None:
    """'the rocket attack on Erbil on 15 February', 'the drone attack on the Tower 22 outpost in north-east Jordan on
    January 28': a date right after a noun mention's own place phrase, with only that phrase between, dates that
    mention."""
    placed, glue = _phrase_words(r)
    for n, mm in enumerate(mentions):
        nouns = [t.j for t in mm.triggers if t.trigger.voice == "noun" and t.j <= i]
        end = max(nouns, default=-1)
        if not nouns or mm.times or not 0 < i - end <= PHRASE_DATE_GAP:
            continue
        between = range(end, i)
        if any(k in placed for k in between) and all(k in placed or r.norm[k] in glue for k in between):
            return n
    return None


SITE_BEFORE_STATE = 5  # tokens from a site noun to the country it is in ('a small base in north-eastern Jordan': 4)
UNTOLD = ("irrealis", "threat")  # mentions of what did not happen: they take no argument from one that did
PHRASE_PLACE_GAP = 10  # tokens from an event noun to its own place, its dates aside ('a drone attack late last month
# on a US outpost in north-eastern Jordan': 9)


def _phrase_place_owner(r: SentenceState, mentions: list[EventMention], start: int) -> int | None:
    """'a rocket attack last month on the airport in Erbil', 'a drone attack on a US outpost in Jordan': a place
    that follows a noun mention with only its own phrase between (a preposition first, then articles, adjectives,
    a date, an actor's name or a site noun) is that mention's place, wherever the parse hung it. `start` is the
    place's first token (or a country's, read as a located state: 'an outpost in Jordan')."""
    preps = r.W["locative_preps"] | r.W["target_preps"]
    glue = _phrase_words(r)[1]  # the words that join a place phrase, worked out once a sentence
    named = {k for a in r.m.actors for k in range(a.i, a.j)}
    for n, mm in enumerate(mentions):
        if mm.modality in UNTOLD:
            continue  # ('arrested two men suspected of planting a bomb in Diwaniyah': the arrest's place too)
        end = max((t.j for t in mm.triggers if t.trigger.voice == "noun" and t.j <= start), default=-1)
        between = [k for k in range(end, start) if k not in r.date_toks] if end >= 0 else []
        if between and len(between) <= PHRASE_PLACE_GAP and r.norm[between[0]] in preps and all(
                k in named or r.norm[k] in glue or r.tree.tags[k].startswith(("JJ", "NNP")) for k in between):
            return n
    return None


def _relations(mentions: list[EventMention], links: dict[int, tuple[int, str]]) -> None:
    """'in revenge for X', 'two days after X': X is told in passing, with its date read from this one."""
    for n, (p, kind) in links.items():
        mm = mentions[n]
        if kind == "cause":
            mm.cause_of = mentions[p]
        if kind not in ("sequence", "cause"):
            continue
        offset = next((a.expr.offset_days for a in mm.times if a.expr.kind == "later"
                       and a.expr.text.lower().rstrip().endswith(("after", "before"))), None)
        main = mentions[p]
        if offset is None and kind == "sequence" and not main.definite and not mm.times:
            # 'Five days after the Jordan attack, bombers hit 85 targets': the parse hangs 'five days after' on
            # 'hit', whose time it then is, counted forward from the attack (the expression's own sign counts
            # back, for the mention that follows 'after': 'came a day after drones struck'). Not when the attack
            # has a day of its own, nor after 'the strike comes ten days after ...', which tells again the
            # story's strike. The attack itself is left to the article layer: 'the attack' is one told before
            held = [a for a in main.times if a.expr.kind == "later" and a.tok < mm.start
                    and a.expr.text.lower().rstrip().endswith(("after", "before"))
                    and (a.expr.offset_days < 0) == a.expr.text.lower().rstrip().endswith("after")
                    and not a.tok < main.start < mm.start]  # (an 'after X' or 'before X' still counted from X:
            # 'two days before the attack, jets hit' already counts back)
            if held and all(a is held[0] or a.expr.kind == "weekday" and not a.expr.part for a in main.times):
                # (and 'three and a half weeks after the siege, on a Sunday evening': the Sunday nearest the day
                # counted forward; not 'two days after the attack, on 5 March')
                held[0].expr.offset_days = -held[0].expr.offset_days
        mm.relation = ("after", mentions[p], offset if offset is not None else 0)
        if offset is not None:
            mm.times = [a for a in mm.times if a.expr.kind != "later"]


def _siblings(mentions: list[EventMention], links: dict[int, tuple[int, str]]) -> tuple[int, int] | None:
    """'the killing of X ... in an air strike': a toll in a sentence that tells one attack is that attack's."""
    kills = [n for n, mm in enumerate(mentions) if mm.kill_only and n not in links]
    attacks = [n for n, mm in enumerate(mentions) if not mm.kill_only and mm.event_type not in TALK
               and mm.modality == "real"]
    if len(kills) != 1 or len(attacks) != 1 or any(links.get(attacks[0], (None,))[0] == k for k in kills):
        return None
    k, a = mentions[kills[0]], mentions[attacks[0]]
    if k.modality != "real" or k.relation is not None or a.relation is not None:
        return None
    a.triggers = sorted(a.triggers + k.triggers, key=lambda t: t.i)
    a.kill_only = False
    a.actor2 = a.actor2 if a.actor2 != "unknown" else k.actor2
    a.actor1 = a.actor1 if a.actor1 != "unknown" else k.actor1
    a.assoc += [x for x in k.assoc if x not in a.assoc]
    a.times = a.times or k.times
    a.place = a.place or k.place
    return kills[0], attacks[0]


PERIOD_PREP_CLIMB = 5  # tree steps from a date up to 'since' through nouns ('since the start of the war between
# Israel and Hamas in October'): in, war, of, start, since
PERIOD_WHEN_GAP = 4  # tokens after a period's date where 'when' tells the date's own event ('since the dawn of
# Wednesday, 18 Dey, when missiles were fired'), wherever the parse hung the clause
PERIOD_PART_WORDS = 4  # 'since the very end of': the words that may stand between a period's preposition and its date


def _tokens_after(r: SentenceState, offset: int, n: int) -> range:
    """The n tokens after a character offset in the sentence."""
    k = next((k for k, t in enumerate(r.m.toks) if t.start - r.sent.start >= offset), len(r.m.toks))
    return range(k, min(len(r.m.toks), k + n))


def _period_bound(r: SentenceState, e: D.DateExpr, i: int) -> bool:
    """'Since 17 October, the factions have ...': the start or end of a period dates no single event."""
    if re.match(r"['’]s\b", r.sent.text[e.end:]):
        return False  # 'since last month's strikes on Jurf al-Sakhar': the strikes' own time, the period starting with them
    first = e.text.split()[0].lower() if e.text.split() else ""
    if first in r.W["period_preps"] or (i > 0 and r.norm[i - 1] in r.W["period_preps"] and
                                        r.m.toks[i].start - r.sent.start >= e.start):
        return True
    before = r.norm[max(0, i - PERIOD_PART_WORDS):i]
    if any(w in r.W["period_preps"] and all(x in r.W["definite_dets"] | r.W["period_parts"] for x in before[k + 1:])
           for k, w in enumerate(before)):
        return True  # 'more than 160 attacks since the middle of October', 'since early December'
    if i > 0 and r.norm[i - 1] in r.W["beginning_verbs"] and not r.trigger_tokens:
        return True  # 'The Spanish presence in Iraq began in 2015': when a state of things began, in a sentence
        # that tells no event (not 'The series started on 19 July: a drone hit a base', the first event's day)
    tree = r.tree
    if not tree.parsed:
        return False
    path: list[int] = []
    for steps, a in enumerate(tree.ancestors(i)):
        if r.norm[a] in r.W["period_preps"] and tree.deps[a] == "prep" and steps <= PERIOD_PREP_CLIMB and \
                not r.trigger_tokens & set(tree.subtree(a)) and not any(tree.is_verb(x) for x in path) and not any(
                tree.deps[c] in ("relcl", "advcl", "acl") for x in (i, *path) for c in tree.kids[x]) and not any(
                r.norm[k] in r.W["temporal_marks"] for k in _tokens_after(r, e.end, PERIOD_WHEN_GAP)):
            return True  # 'a surge of strikes since the start of the war between Israel and Hamas in October': the
            # date of what started the period, in a phrase that tells no event (not 'since a wave of American raids
            # last Friday on 85 targets', the raids' own day; nor 'three days have passed since
            # the dawn of Wednesday, when missiles were fired': the clause on the date tells its event)
        path.append(a)
        if tree.is_verb(a) and not r.trigger_tokens & {a, *(x for c in tree.kids[a] if tree.deps[c] not in (
                "ccomp", "relcl", "advcl", "acl") for x in tree.subtree(c))} and any(
                tree.deps[c] == "mark" and r.norm[c] in r.W["period_preps"] for c in tree.kids[a]):
            return True  # 'the first time since the war in Gaza began in October': the start of a period, told by a
            # clause of no event
        if steps >= PERIOD_CLIMB or tree.is_verb(a):
            return False
        if r.norm[a] in r.W["range_preps"]:
            return True  # 'between the 7 October attacks and 27 January': both ends of the period
    return False


def _is_dateline(text: str, e: D.DateExpr) -> bool:
    """'BAGHDAD, March 10, 2021 (Wire) — ...' dates the report, not the event."""
    if e.start > 60:
        return False
    before, after = text[:e.start], text[e.end:e.end + 40]
    if e.kind in ("iso", "dmy", "mdy") and before.strip(" \t-—–|:•*").lower() in ("", "date", "updated", "published") \
            and not after.lstrip().startswith(","):
        return True  # '2021-03-14 The group claimed ...': the page's date line run into the text
    if re.search(r"[A-Z]{3,}[^a-z]{0,3}$", before):
        return True
    if e.year is not None and re.match(r"\s*(?:\([^)]{1,40}\)\s*)?[—–]|\s+-\s", after):
        return True
    if _AGENCY_TAG.match(after):
        return True  # 'Prague/Baghdad, Jan 13 (PTK) - Eight rockets fell ...': a wire's place, day and agency
    return False


# '(PTK) -', '(AFP) —' after a dateline's date (not a log entry's weekday: '22/06 (Tue) - Anbar, ...')
_AGENCY_TAG = re.compile(rf"\s*\((?!(?:{D._WD_SHORT}|{D._WD_ANY})\.?\))[A-Z][A-Za-z.\- ]{{1,20}}\)\s*[-—–]")

