"""Who did what to whom: perpetrator and target of an anchor's trigger, and the event type it states."""
from __future__ import annotations

from pipeline.extract.clauses import SPECIFIC, TALK, Anchor, specificity
from pipeline.extract.lexicon import ActorHit, Matches, PlaceHit, TriggerHit
from pipeline.resources import Knowledge

_PASSIVE_AUX = {"was", "were", "been", "being", "is", "are", "be", "got", "get"}
_ADVERBS = {"directly", "reportedly", "also", "allegedly", "repeatedly", "later", "then", "again", "heavily",
            "apparently", "subsequently", "previously", "twice", "recently", "once", "not", "never"}
_LIGHT_VERBS = {"launched", "launches", "launch", "carried", "carries", "conducted", "conducts", "claimed", "claims",
                "staged", "mounted", "fired", "executed", "made", "led", "ordered", "announced", "began"}
_IRREGULAR_PARTICIPLES = {"struck", "hit", "shot", "fought", "overrun", "blown", "slain", "stormed"}


def _is_passive(m: Matches, t: TriggerHit) -> bool:
    if m.toks[t.i].norm in ("came", "come", "comes", "coming"):
        return True  # 'US troops came under fire': the subject is the target
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
        if k > t.j and m.toks[k].norm.endswith("ed") and m.toks[k].norm not in _LIGHT_VERBS:
            return None  # 'a depot run by X': the by-phrase belongs to another verb
        if m.toks[k].norm == "by":
            hit = next((a for a in m.actors if k < a.i <= k + 4 and a.i < hi), None)
            if hit is None and {"itself", "themselves"} & {x.norm for x in m.toks[k:k + 7]}:
                # 'claimed by a little-known group calling itself "X"'
                hit = next((a for a in m.actors if k < a.i <= k + 9), None)
            return hit
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
        if a.i < t.i and between & {"said", "says", "told", "reported", "stated"}:
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
    """A clause after a comma that starts with 'a', 'the', 'who' ...: it describes, it does not act."""
    if chunk == 0:
        return False
    first = next((t for k, t in enumerate(m.toks) if m.chunk_of[k] == chunk), None)
    return first is not None and first.norm in ("a", "an", "the", "who", "which", "whose", "where", "including", "known")


def roles(m: Matches, anchor: Anchor, kb: Knowledge, place: PlaceHit | None) -> tuple[str, str, list[str]]:
    lo, hi = anchor.region
    t = max(anchor.hits, key=specificity)
    talk = t.trigger.event_type in TALK or t.modality == "threat"
    if talk:  # 'X warned that the group would resume attacks': the speech verb, not the attacks, has the roles
        t = next((h for h in anchor.hits if h.trigger.event_type in TALK), t)
    chunk = m.chunk_of[t.i]
    sources = set() if talk else _sources(m, t)
    participants = [a for a in m.actors if id(a) not in sources and not _located(m, a)]
    left_all = [a for a in participants if lo <= a.i < t.i]
    left = [a for a in left_all if m.chunk_of[a.i] == chunk]
    if not _is_verb(m, t):
        # a noun ('the killing of', 'a US strike') takes its perpetrator from a modifier right before it
        # or from the subject of a light verb ('X launched an attack', 'X, an umbrella of factions, claimed the attack')
        light = any(m.toks[k].norm in _LIGHT_VERBS for k in range(max(lo, t.i - 3), t.i))
        if light and not left:
            left = [a for a in left_all if not _appositive(m, m.chunk_of[a.i])]
        left = [a for a in left if t.i - a.j <= 3
                or any(m.toks[k].norm in _LIGHT_VERBS for k in range(a.j, t.i))]
    elif not left:
        left = [a for a in left_all if not _appositive(m, m.chunk_of[a.i])]
    right = [a for a in participants if t.j <= a.i < hi
             and (m.chunk_of[a.i] == chunk or not _appositive(m, m.chunk_of[a.i]))]  # not ', who leads X'

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
        actor1 = _armed_branch(actor1, kb)  # 'the United States carried out raids': its forces did
    if actor2 == "unknown" and place is not None and place.place.hosts and actor1 != place.place.hosts \
            and not place.relative:  # a strike on the base, not 'near' it
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


def resolve_type(m: Matches, anchor: Anchor, actor1: str, actor2: str, kb: Knowledge,
                  place: PlaceHit | None, a2_is_person: bool) -> str:
    hits = [h for h in anchor.hits if not h.enumerator] or anchor.hits
    best = max(hits, key=specificity)
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
