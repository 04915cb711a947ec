"""Casualty counts stated in a sentence: fatalities (best, low, high) and injuries.

Reads digits and number words ('fifty', 'a dozen'), lists such as 'the commander and
eight of his soldiers' (9), and explicit zeros ('no casualties').
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {"zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
          "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_N = rf"(?:\d{{1,5}}|{_WORD}(?:[\s-]{_WORD})?(?:\s+hundred)?|a dozen|two dozen|three dozen|a hundred)"
_QUAL = r"(?P<qual>at least|up to|as many as|more than|over|nearly|almost|about|around|some|approximately|roughly|an estimated)?\s*"
_NUMP = rf"{_QUAL}(?P<n>{_N})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_N}))?"
_PERSON = r"(?:people|persons|soldiers|fighters|members|troops|militants|militiamen|civilians|personnel|servicemen|service members|contractors|guards|others|more|iraqis|americans|policemen|officers|gunmen|men|children|women|insurgents|combatants|individuals|of\s+(?:his|her|their|its|them|the)\b)"
_KILL_R = re.compile(rf"\b(?:killing|killed|kills|kill|leaving|left|claiming the lives of|death toll (?:rose|climbed|rising|reached|stands|stood)? ?(?:to|at)?|dead:?)\s+(?:the lives of\s+)?{_NUMP}\b", re.I)
_KILL_L = re.compile(rf"\b{_NUMP}\s+(?:[\w'’-]+\s+){{0,12}}?(?:(?:were|was|have been|had been|being|are|got)\s+)?(?:killed|dead|died|slain|martyred|lost their lives|perished|fatality|fatalities|deaths)\b", re.I)
_INJ_R = re.compile(rf"\b(?:wounding|injuring|wounded|injured|injures|wounds|hurting|injuries to|wounds to)\s+{_NUMP}\b", re.I)
_INJ_L = re.compile(rf"\b{_NUMP}\s+(?:[\w'’-]+\s+){{0,7}}?(?:(?:were|was|have been|had been|being|are|got)\s+)?(?:wounded|injured|hurt|injuries)\b", re.I)
_LIST = re.compile(rf"\b(?:killing|killed|kills)\s+(?:the|a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>[a-z]+)\s+and\s+(?P<n>{_N})\s+(?:of\s+(?:his|her|their|its)\s+|other\s+)?\w+", re.I)
_SINGLE_PASSIVE = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)\s+(?:was|has been|had been)\s+"
                             r"(?:killed|shot dead|slain)\b", re.I)
_SINGLE_HEAD = re.compile(r"\b(?:killing|killed|kills|kill|left|leaving)\s+(?:a|an|one)\s+", re.I)
_ZERO_ALL = re.compile(r"\b(?:no|without(?: causing)?(?: any)?|did not cause any|didn['’]?t cause any|caused no|there were no)\s+(?:immediate\s+|reported\s+|reports of\s+)?(?:casualties|victims)\b", re.I)
_ZERO_DEAD = re.compile(r"\b(?:no|without(?: any)?)\s+(?:immediate\s+|reported\s+)?(?:deaths|fatalities|one was killed|one killed)\b", re.I)
_ZERO_INJ = re.compile(r"\b(?:no|without(?: any)?)\s+(?:immediate\s+|reported\s+)?(?:injuries|one was (?:hurt|injured|wounded))\b", re.I)
_PERSON_NOUNS = {"commander", "leader", "officer", "soldier", "fighter", "member", "contractor", "civilian",
                 "child", "woman", "man", "driver", "guard", "militiaman", "engineer", "pilot", "servicemember",
                 "trooper", "general", "colonel", "official", "citizen", "person", "commanders", "militant",
                 "national", "worker", "employee", "journalist", "activist", "cleric", "deputy", "chief"}


def word_to_int(s: str) -> int | None:
    s = s.lower().strip()
    if s.isdigit():
        return int(s)
    if s in ("a dozen",):
        return 12
    if s.endswith("dozen"):
        head = word_to_int(s.split()[0])
        return head * 12 if head else None
    if s == "a hundred":
        return 100
    total, parts = 0, re.split(r"[\s-]+", s)
    mult = 1
    if parts and parts[-1] == "hundred":
        parts, mult = parts[:-1], 100
    for p in parts:
        if p in _UNITS:
            total += _UNITS[p]
        elif p in _TENS:
            total += _TENS[p]
        else:
            return None
    return total * mult


@dataclass
class Casualties:
    fatalities: int | None = None
    low: int | None = None
    high: int | None = None
    injuries: int | None = None


def _range(m: re.Match) -> tuple[int | None, int | None, int | None]:
    n = word_to_int(m.group("n"))
    n2 = word_to_int(m.group("n2")) if m.group("n2") else None
    if n is None or n > 20000 or (m.group("n").isdigit() and 1900 <= n <= 2100):
        return None, None, None
    qual = (m.group("qual") or "").lower()
    if n2 is not None and n2 > n:
        return n, n, n2
    if qual in ("at least", "more than", "over"):
        return n, n, None
    if qual in ("up to", "as many as"):
        return n, None, n
    return n, n, n


_AND_MORE = re.compile(rf"^\s*(?:[\w-]+\s+){{0,4}}?and\s+(?P<n>{_N}|a|an)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]+)\b", re.I)


def _and_more(m: re.Match, text: str) -> int:
    """'killing five soldiers and a civilian': the people added after 'and'."""
    tail = _AND_MORE.match(text[m.end():m.end() + 80])
    if not tail or tail.group("noun").lower() in ("wounding", "injuring", "injured", "wounded"):
        return 0
    noun = tail.group("noun").lower()
    n = 1 if tail.group("n").lower() in ("a", "an") else word_to_int(tail.group("n")) or 0
    if n == 1 and noun.rstrip("s") not in _PERSON_NOUNS and noun not in _PERSON_NOUNS:
        return 0
    return n


def _negated(text: str, m: re.Match) -> bool:
    return bool(re.search(r"\bno\s*$", text[max(0, m.start() - 4):m.start()], re.I))


def _is_person_count(m: re.Match, text: str) -> bool:
    """The number counts people, not e.g. rockets or years: check the word after it."""
    after = text[m.end():m.end() + 40].lower()
    if re.match(r"\s*(?:rockets?|missiles?|drones?|shells?|mortars?|times|years?|months?|days?|weeks?|km|kilomet|miles?|%|percent|attacks?|strikes?|bases?|sites?|targets?|facilities|vehicles?)\b", after):
        return False
    return True


_ANY_TOLL = re.compile(r"kill|dead|die|death|slain|martyr|wound|injur|hurt|casualt|fatalit|lives|toll|victim", re.I)


def casualties(text: str) -> Casualties:
    c = Casualties()
    if not _ANY_TOLL.search(text):
        return c
    for rx in (_KILL_R, _KILL_L):
        for m in rx.finditer(text):
            if rx is _KILL_R and not _is_person_count(m, text):
                continue
            if _negated(text, m):
                c.fatalities = c.low = c.high = 0  # 'no one was killed'
                break
            best, low, high = _range(m)
            if best is not None:
                extra = _and_more(m, text) if rx is _KILL_R else 0
                c.fatalities, c.low = best + extra, (low + extra if low is not None else None)
                c.high = high + extra if high is not None else None
                break
        if c.fatalities is not None:
            break
    if c.fatalities is None:
        m = _LIST.search(text)
        if m and m.group("noun").lower().rstrip("s") in _PERSON_NOUNS | {"regiment"} or (
                m and m.group("noun").lower() in _PERSON_NOUNS):
            n = word_to_int(m.group("n"))
            if n is not None:
                c.fatalities = c.low = c.high = n + 1
    if c.fatalities is None:
        for m in _SINGLE_HEAD.finditer(text):
            words = re.findall(r"[A-Za-z-]+", text[m.end():m.end() + 50])[:4]
            noun = next((w.lower() for w in words if w.lower() in _PERSON_NOUNS), None)
            if noun is None:
                continue
            after = text[m.end():m.end() + 60].lower()
            if m.group(0).lower().startswith(("left", "leaving")) and not re.search(rf"\b{noun}\s+dead\b", after):
                continue
            n = 2 if re.match(r"(?:[\w-]+\s+){0,6}?and\s+(?:his|her|their)\s+[a-z]+\b(?!\s+of)", after) else 1
            c.fatalities = c.low = c.high = n  # 'a commander and his bodyguard' are two
            break
    if c.fatalities is None:
        m = _SINGLE_PASSIVE.search(text)
        if m and m.group("noun").lower() in _PERSON_NOUNS | {"militiaman", "soldier", "contractor"}:
            c.fatalities = c.low = c.high = 1  # 'A militiaman was killed in ...'
    if c.fatalities is None and (_ZERO_ALL.search(text) or _ZERO_DEAD.search(text)):
        c.fatalities = c.low = c.high = 0
    for rx in (_INJ_R, _INJ_L):
        m = rx.search(text)
        if m:
            best, _low, _high = _range(m)
            if best is not None:
                c.injuries = 0 if _negated(text, m) else best
                break
    if c.injuries is None and (_ZERO_ALL.search(text) or _ZERO_INJ.search(text)):
        c.injuries = 0
    return c
