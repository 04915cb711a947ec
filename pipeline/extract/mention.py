"""What the sentence layer hands on (`EventMention`, `TimeArg`, `Reading`) and the working state of one
sentence's reading (`SentenceState`), shared by the sentence layer's modules: `sentence` (mentions, roles,
modality), `sites` (which place a mention is at) and `tolls` (who was killed in it)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from pipeline import schema
from pipeline.extract import dates as D
from pipeline.extract.lexicon import Matches, PlaceHit, TriggerHit
from pipeline.extract.numbers import Casualties
from pipeline.extract.parse import Tree
from pipeline.model import Sentence
from pipeline.resources import Knowledge


TALK = set(schema.TALK_TYPES)


CIVIL_CRAFT_REACH = 2  # words before an aircraft that make it an airliner: 'a Ukrainian passenger aircraft'


@dataclass
class TimeArg:
    expr: D.DateExpr
    tok: int
    role: str  # own (dates the mention), report (dates a speech), context (dates the clause around it)
    opens_clause: bool = False  # 'five days after aircraft ... struck': the count's 'after' opens the mention's clause


@dataclass
class EventMention:
    """One event as one sentence states it, before the article layer dates and merges it."""
    sentence: Sentence
    triggers: list[TriggerHit]
    event_type: str
    modality: str = "real"  # real, threat, negated, irrealis
    attribution: str = "unknown"  # stated, claimed, alleged, denied, unknown
    actor1: str = "unknown"
    actor2: str = "unknown"
    assoc: list[str] = field(default_factory=list)
    place: PlaceHit | None = None
    extra_places: list[PlaceHit] = field(default_factory=list)
    unplaced: str = ""
    times: list[TimeArg] = field(default_factory=list)
    context: list[TimeArg] = field(default_factory=list)  # dates of a clause the mention sits in
    # ('after', other mention, offset_days): 'two days after drones struck' dates this one from the other
    relation: tuple[str, "EventMention", int] | None = None
    cause_of: "EventMention | None" = None  # 'revenge for X': X is never merged with this one
    elaborates: "EventMention | None" = None  # 'X was last targeted in September, when six rockets landed near the
    # airport': the 'when' clause tells what happened at that time, the mention it hangs on
    casualties: Casualties = field(default_factory=Casualties)
    definite: bool = False  # 'the attack', "Tuesday's strike": refers back to an event already told
    context_placed: bool = False  # its place is the sentence's ('officials in Hilla said'), not its own phrase's
    country_hint: str = ""  # a country its own words put it in, read as a located state ('an outpost in Jordan')
    country_part: frozenset[str] = frozenset()  # the part of that country a site noun is put in ('a base in north-eastern
    # Jordan': north, east)
    summary: str = ""  # generic ('has often been shelled'), tally ('five attacks') or plural ('attacks on bases')
    site_anaphor: str = ""  # 'the' or 'a' when the target is a base that the sentence does not name
    site_noun: str = ""  # the noun of that unnamed site ('the same airport': 'airport')
    weapon_definite: bool = False  # 'the missile hit the vehicle': a definite weapon as the subject, that of an event
    # told before
    weapon_guessed: bool = False  # 'most were intercepted', with no weapon named in the sentence: a drone, unless
    # the article layer knows better
    site_same: bool = False  # that site is called the same one ('that same airport'): the last named, however far
    strength: float = 0.5
    typed_by_default: bool = False  # no weapon or specific trigger: the type came from the sides
    disrupted: bool = False  # 'shot down a drone': ACLED's disrupted weapons use
    enumerated: bool = False  # 'another', 'a second': never the same event as the one before
    repeated: bool = False  # 'the camp was targeted again': the repeat, never the event it repeats (but a lead's
    # 'rockets hit the camp again' and the body's 'on Saturday the camp came under fire again' are one)
    kill_only: bool = False  # 'two guards were killed': a toll that belongs to an attack
    responds: bool = False  # 'in response, US jets struck ...': a new event answering an earlier one
    answers: bool = False  # 'troops responded with artillery fire at the launch sites': the answering act itself
    recent: bool = False  # told as the news of the moment: 'rockets have landed', 'officials say a missile struck'
    group_anaphor: bool = False  # the perpetrator is 'the group', 'the militia': the group named before
    in_passing: bool = False  # told inside another mention's argument ('a militia blamed for an attack')
    ordinal: str = ""  # first (first, earlier, previous) or later (second, latest, new): never merged across
    earlier: bool = False  # 'the previous attack': one before the event of the moment, never a later one
    predicative: bool = False  # the trigger is what something was said to be ('it was not a drone strike')
    by_crowd: bool = False  # its doers are protesters ('demonstrators set fire to the consulate')
    same: bool = False  # 'the same strike': told again in so many words
    years_back: int = 0  # 'Monday marked the second anniversary of the strike': it happened this many years before
    remembered: bool = False  # told inside an anniversary's phrase: a past event the story does not move to
    root: int = 0

    @property
    def start(self) -> int:
        return self.triggers[0].i


@dataclass
class Reading:
    """What the sentence layer found in one sentence."""
    sentence: Sentence
    matches: Matches
    dates: list[tuple[D.DateExpr, int, int]]  # expression, first token, last token
    mentions: list[EventMention] = field(default_factory=list)
    context_times: list[TimeArg] = field(default_factory=list)  # dates that hang on no mention
    report_times: list[TimeArg] = field(default_factory=list)
    dateline_times: list[TimeArg] = field(default_factory=list)  # 'March 10, 2021 — ...' opening the sentence
    remembered_dates: set[int] = field(default_factory=set)  # ids of the dates inside an anniversary's phrase ('the
    # second anniversary of the strike on 3 January 2020'): the story's year is not theirs
    mishap_told: bool = False  # 'officials attributed the blast to a fire': the blast told before was no attack
    period_bounds: set[int] = field(default_factory=set)  # ids of the dates that bound a period ('between October
    # 2023 and early February'): their year is not the year the story's next dates carry


def span_head(tree: Tree, i: int, j: int) -> int:
    """The token of a span whose head lies outside it."""
    for k in range(i, j):
        h = tree.heads[k]
        if h < i or h >= j:
            return k
    return i


class Words(dict):
    """Word classes of the knowledge base, looked up by name on first use."""

    def __init__(self, kb: Knowledge):
        super().__init__()
        self.kb = kb

    def __missing__(self, name: str) -> frozenset[str]:
        self[name] = self.kb.word_class(name)
        return self[name]


class SentenceState:
    """The working state of one sentence's reading (short-lived, never leaves this module)."""

    def __init__(self, sent: Sentence, m: Matches, tree: Tree, kb: Knowledge):
        self.sent, self.m, self.tree, self.kb = sent, m, tree, kb
        self.norm = [t.norm for t in m.toks]
        self.W = Words(kb)
        self.trigger_tokens = {k for t in m.triggers for k in range(t.i, t.j)}
        m.cues["instrument"] = [(i, j, v) for i, j, v in m.cues["instrument"] if not any(
            self.norm[k] in self.W["civil_craft"] for k in range(max(0, i - CIVIL_CRAFT_REACH), j))]
        # ('a Ukrainian passenger aircraft crashed after take-off': an airliner, not a weapon; the sentence's
        # matches are this reading's alone, so they are pruned in place)
        self.weapon_tokens = {k for i, j, _ in m.cues["instrument"] for k in range(i, j)}
        self.movement_tokens = {k for i, j, _ in m.cues["movement"] for k in range(i, j)}
        self.date_toks: set[int] = set()  # tokens of the sentence's date expressions
        self.told_date_toks: set[int] = set()  # those of them that are no wire's dateline
        self.remembered: set[int] = set()  # tokens of an anniversary's phrase ('the second anniversary of the strike')
        self.relative_verbs: set[int] = set()  # a noun's 'which killed', 'that killed', wherever the parse hung it
        self.unowned_places: list[PlaceHit] = []  # places that no mention's frame owns (under a report, say)
        self.phrase_words: tuple[set[int], frozenset[str]] | None = None  # see _phrase_words
        self.mishap_told = False  # a definite blast ('the explosion') told as an accident

    def is_report(self, k: int) -> bool:
        return self.norm[k] in self.W["report_verbs"] and self.norm[k] not in self.W["claim_verbs"]

    @cached_property
    def launchers(self) -> frozenset[str]:
        """Verbs whose object is the weapon: 'fired rockets', 'sent drones against'."""
        return self.W["launch_verbs"] | self.W["dispatch_verbs"]
