"""Casualty counts stated in a sentence: fatalities (best, low, high) and injuries.

Reads digits and number words ('fifty', 'a dozen'), lists such as 'the commander and
eight of his soldiers' or 'a commander along with two of his companions' (9 and 3), and explicit zeros
('no casualties').
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline import resources
from pipeline.extract.dates import find_dates
from pipeline.resources import Knowledge

_QUAL = r"(?P<qual>at least|up to|as many as|more than|over|nearly|almost|about|around|some|approximately|roughly|an estimated)?\s*"
_PERSON = r"(?:people|persons|soldiers|fighters|members|troops|militants|militiamen|civilians|personnel|servicemen|service members|contractors|guards|others|more|iraqis|americans|policemen|officers|gunmen|men|children|women|insurgents|combatants|individuals|of\s+(?:his|her|their|its|them|the)\b)"
_SINGLE_DEATH = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?"
                           r"(?:(?:who|that)\s+(?:[\w-]+\s+){1,6}?)?(?:(?:was|has been|had been)\s+"
                           r"(?:killed|shot dead|slain|martyred)|(?:has |had )?died|lost (?:his|her) life|perished)\b",
                           re.I)  # ('A US contractor was killed', 'An American subcontractor lost his life there', 'a
# driver of foreign nationality who worked for the company lost his life')
_SINGLE_HEAD = re.compile(r"\b(?:(?:killing|killed|kills|kill|left|leaving|(?:claimed|claiming|took|taking|cost|costing)\s+"
                          r"the\s+life\s+of)\s+(?:a|an|one)"
                          r"|(?P<of>(?:martyrdom|death|killing)\s+of\s+(?:the|a|an|one)))\s+", re.I)
# ('resulted in the martyrdom of the commander Kadhim Muhsin': one named victim)
_PLURAL_PERSONS = re.compile(r"(?:s|men|people|personnel|children)$")
_ZERO_ALL = re.compile(r"\b(?:no|without(?: causing| making| leaving| inflicting)?(?: any)?|did not cause any|didn['’]?t cause any|caused no|there were no)\s+(?:immediate\s+|reported\s+|reports of\s+)?(?:damage (?:or|and) )?(?:(?:human\s+)?(?:casualties|victims)|human\s+losses|losses?\s+(?:in|of)\s+li(?:fe|ves))\b"
                       r"|\b(?:neither\s+dead\s+nor\s+|no\s+(?:dead|deaths)\s+(?:or|and|nor)\s+(?:no\s+)?)(?:injured|wounded|injuries)\b", re.I)
# ('There were neither dead nor injured', 'no dead or wounded': a translation's way of saying nobody was hurt)
_NONE_OF = r"|\b(?:no|not a single|not one) (?:[\w.-]+ ){1,3}?(?:was|were|had been|have been|has been) "  # 'no US personnel were killed', 'not a single soldier was killed'
_NO_LIVES = (r"|\bno lives? (?:was|were|had been|have been|has been) lost\b|\bclaimed no lives\b"  # 'no lives were lost'
             r"|\b(?:nobody|no one|neither\b[^.;:]{1,40}?\bnor\b[^.;:]{1,40}?|none of the (?:[\w.-]+ ){1,5}?)\s*(?:has |have |had )?"
             r"lost (?:his|her|their) li(?:fe|ves)\b"  # 'none of the soldiers at either base lost their lives'
             r"|\bnone of the (?:[\w.-]+ ){1,5}?(?:was|were|had been|have been|has been) (?:killed|hurt|injured|wounded|harmed)\b")
# (not 'none of its own soldiers had died': a side's own, the toll of the others untold)
_ZERO_DEAD = re.compile(r"\b(?:no|without(?: any)?)\s+(?:immediate\s+|reported\s+)?(?:deaths|fatalities|one was killed|one killed)\b|\b(?:nobody|no one) (?:was|were|had been|has been) (?:killed|hurt|injured|wounded|harmed)\b"
                        + _NO_LIVES + _NONE_OF + r"(?:killed|hurt|injured|wounded|harmed)\b", re.I)
_ZERO_INJ = re.compile(r"\b(?:no|without(?: any)?)\s+(?:immediate\s+|reported\s+)?(?:damage (?:or|and) )?(?:injuries|one was (?:hurt|injured|wounded))\b|\b(?:nobody|no one) (?:was|were|had been|has been) (?:hurt|injured|wounded|harmed)\b"
                       + _NONE_OF + r"(?:hurt|injured|wounded|harmed)\b", re.I)


@dataclass(frozen=True)
class _Grammar:
    """The patterns that read a count, built from the number words of the knowledge base."""
    kill_r: re.Pattern  # 'killing five soldiers'
    kill_l: re.Pattern  # 'five soldiers were killed'
    inj_r: re.Pattern
    inj_l: re.Pattern
    list: re.Pattern  # 'killing the commander and eight of his soldiers'
    and_more: re.Pattern  # '... and a civilian' after a count
    and_one_more: re.Pattern  # '... known as Abu Ali and a second member' after one named victim
    item_before: re.Pattern  # 'three soldiers, ' before 'two policemen and a civilian were killed'


LIST_MAX = 4  # groups of victims after the first count that a list may add ('X, Y and Z')
AND_MORE_WORDS = 4  # words between a count and 'and' the next group: 'killing five Iraqi security forces and a civilian'
NAME_WORDS = 7  # words between one victim and 'and the next': 'a commander known as Abu Ali al-Dabi and ...'
_ASIDE = (r"(?:[\w'’-]+,\s*(?:(?:including|among them|most of them|mostly)\s+[^,.;]{1,40}|[^,.;]{1,40}\s+among them)"
          r",\s+)?")
# 'Sixteen people, including civilians, were killed', '16 people, civilians among them, lost their lives'


@lru_cache(maxsize=4)
def _grammar(number_words: frozenset[str]) -> _Grammar:
    word = "(?:" + "|".join(re.escape(w) for w in sorted(number_words, key=len, reverse=True)) + ")"
    n = rf"(?:(?<![\d/.:])(?<!\d-)\d{{1,5}}(?![\d/:]|-\d{{1,2}}-)|{word}(?:[\s-]{word})?(?:\s+hundred)?|a dozen|two dozen|three dozen|a hundred)"
    nump = rf"{_QUAL}(?:(?P<between>between)\s+)?(?P<n>{n})(?:\s*(?:-|–|to|or|(?(between)and))\s*(?P<n2>{n}))?"

    def and_more(words: int) -> re.Pattern:
        """'... and a civilian' after a count, at most `words` words on"""
        return re.compile(rf"^\s*(?:[\w.-]+\s+){{0,{words}}}?(?:[\w.-]+)?(?:\s*and|\s+along with|\s+together with|,(?:\s+and)?)\s+(?P<n>{n}|a|an)\s+"
                          rf"(?P<noun>(?:(?!and\b)[\w-]+\s+){{0,2}}(?!and\b)[a-z]+)\b", re.I)
    return _Grammar(
        kill_r=re.compile(rf"\b(?:killing|killed|kills|kill|martyring|martyred|murdering|murdered|leaving|left|(?:claim|claimed|claiming|claims|took|taking|takes|cost|costing|costs) the li(?:fe|ves) of|deaths? of|martyrdom of|(?:death )?toll(?:\s+(?:in|from|of)(?:\s+[\w'’-]+){1,4}?)?(?:\s+(?:rose|climbed|rising|reached|stands|stood|was|is))?(?:\s+(?:to|at))?|dead:?)\s+(?:the lives of\s+)?{nump}\b", re.I),
        kill_l=re.compile(rf"\b{nump}\s+(?:[\w'’-]+\s+){{0,12}}?{_ASIDE}(?:(?:were|was|have been|had been|being|are|got)\s+)?(?:killed|dead|died|slain|martyred|murdered|martyrs|(?:ascended|fell|died) as martyrs|lost their lives|perished|fatality|fatalities|deaths)\b", re.I),
        inj_r=re.compile(rf"\b(?:wounding|injuring|wounded|injured|injures|wounds|hurting|injuries to|wounds to)\s+{nump}\b", re.I),
        inj_l=re.compile(rf"\b{nump}\s+(?:[\w'’-]+\s+){{0,7}}?(?:(?:were|was|have been|had been|being|are|got)\s+)?(?:wounded|injured|hurt|injuries)\b", re.I),
        list=re.compile(rf"\b(?:killing|killed|kills)\s+(?:the|a|an|one)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>[a-z]+)\s+(?:and|along with|together with)\s+(?P<n>{n})\s+(?:of\s+(?:his|her|their|its)\s+|other\s+)?\w+", re.I),
        and_more=and_more(AND_MORE_WORDS),
        item_before=re.compile(rf"(?P<n>{n})\s+(?P<noun>(?:[\w-]+\s+){{0,2}}?[a-z]+),\s*$", re.I),
        # a victim's name may follow the first one ('a commander known as Abu Ali al-Dabi'): more words before 'and'
        and_one_more=and_more(NAME_WORDS),
    )


def _numbers(kb: Knowledge) -> dict[str, int]:
    """Every number word with its value: units, tens, and 'a', 'an', 'no'."""
    return kb.word_map("number_units") | kb.word_map("number_tens") | kb.word_map("article_numbers")


def word_to_int(s: str, kb: Knowledge | None = None) -> int | None:
    """'twenty-five' -> 25, 'two dozen' -> 24, '300' -> 300; None if it is not a number."""
    values = _numbers(kb or resources.load())
    s = s.lower().strip()
    if s.isdigit():
        return int(s)
    if s in ("a dozen",):
        return 12
    if s == "dozen":
        return 12
    if s.endswith("dozen"):
        head = word_to_int(s.split()[0], kb)
        return head * 12 if head else None
    total, parts = 0, re.split(r"[\s-]+", s)
    mult = 1
    if parts and parts[-1] == "hundred":
        parts, mult = parts[:-1], 100
        if parts in ([], ["a"]):
            return 100  # 'a hundred', and 'hundred' alone ('more than a hundred times': the article is its own token)
    for p in parts:
        if p not in values:
            return None
        total += values[p]
    return total * mult


@dataclass
class Casualties:
    fatalities: int | None = None
    low: int | None = None
    high: int | None = None
    injuries: int | None = None


def _range(m: re.Match, kb: Knowledge) -> tuple[int | None, int | None, int | None]:
    n = word_to_int(m.group("n"), kb)
    n2 = word_to_int(m.group("n2"), kb) if m.group("n2") else None
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


def _and_more(m: re.Match, text: str, g: _Grammar, kb: Knowledge, first: int | None = None) -> int:
    """'killing five soldiers and a civilian': the people added after 'and'. Groups after a comma that add up to
    the first count break it down and add no one ('killing five members of one family, two women and three
    children' is five)."""
    total, pos, apposed = 0, m.end(), False
    for k in range(LIST_MAX):  # 'killing three soldiers, two police officers and a civilian worker'
        tail = g.and_more.match(text[pos:pos + 80])
        n = _and_more_count(tail, kb)
        if not n:
            break
        if k == 0:
            before = tail.group(0)[:tail.start("n")]
            noun = before.split()[0].strip(",;").lower() if before.split() else ""
            apposed = "," in before and " and " not in before and noun in kb.word_class("collective_person_nouns")
        total, pos = total + n, pos + tail.end()
    return 0 if apposed and total == first else total


def _and_more_count(tail: re.Match | None, kb: Knowledge) -> int:
    if not tail or any(w in kb.cue_words["injure"] for w in tail.group("noun").lower().split()):
        return 0
    persons = kb.word_class("person_nouns")
    words = tail.group("noun").lower().split()  # 'and a British army medic': the first person noun is the noun
    noun = next((w for w in words if w in persons or w.rstrip("s") in persons), words[-1])
    n = word_to_int(tail.group("n"), kb) or 0
    if noun.rstrip("s") not in persons and any(w in ("one", "ones") for w in words[1:]):
        return n  # 'Two American soldiers and a British one died': 'one' stands for the noun counted before it
    if noun.rstrip("s") not in persons and noun not in persons:
        return 0  # 'killing two soldiers and three rockets' adds no one
    return n


def _and_more_left(m: re.Match, text: str, g: _Grammar, kb: Knowledge) -> int:
    """'Two Americans and one Briton ... were killed': the people added after 'and', before the verb."""
    head = text[m.end("n2") if m.group("n2") else m.end("n"):m.end()]  # after a range's second number
    return _and_more_count(g.and_more.match(head), kb)


def _items_before(m: re.Match, text: str, g: _Grammar, kb: Knowledge) -> int:
    """'three soldiers, two policemen and a civilian were killed': the groups listed before the count."""
    total, end = 0, m.start()
    for _ in range(LIST_MAX):
        item = g.item_before.search(text[max(0, end - 80):end])
        if not item:
            break
        noun = item.group("noun").lower().split()[-1]
        n = word_to_int(item.group("n"), kb)
        if not n or (noun not in kb.word_class("person_nouns") and noun.rstrip("s") not in kb.word_class("person_nouns")):
            break
        total, end = total + n, max(0, end - 80) + item.start()
    return total


def _negated(text: str, m: re.Match) -> bool:
    return bool(re.search(r"\bno(?:t)?\s*$", text[max(0, m.start() - 5):m.start()], re.I))  # "no one", "not one"


def _is_person_count(m: re.Match, text: str, end: int | None = None) -> bool:
    """The number counts people, not e.g. rockets or years: check the word after it (the number ends at `end`, or
    where the match does)."""
    end = m.end() if end is None else end
    after = text[end:end + 40].lower()
    if re.match(r"\s*(?:rockets?|missiles?|drones?|shells?|mortars?|times|years?|months?|days?|weeks?|km|kilomet|miles?|%|percent|attacks?|strikes?|bases?|sites?|targets?|facilities|vehicles?)\b", after):
        return False
    return True


_ANY_TOLL = re.compile(r"kill|dead|die|death|slain|martyr|wound|injur|hurt|harmed|casualt|fatalit|lives|life|toll|victim|human loss", re.I)


def _without_dates(text: str, kb: Knowledge) -> str:
    """'the attack on 12 March killed a soldier', 'two days later, jets killed ...': a number in a date
    is no count of people, so each date expression is replaced by a word that holds no number."""
    out, last = [], 0
    for e in sorted(find_dates(text, kb), key=lambda e: e.start):
        if e.start >= last:
            out += [text[last:e.start], " then "]
            last = e.end
    return "".join(out) + text[last:]


def _tightest(rx: re.Pattern, text: str, m: re.Match) -> re.Match:
    """'left two soldiers dead and five wounded': of the counts before one toll word, the nearest."""
    while True:
        nxt = rx.search(text, m.start() + 1)
        if nxt is None or nxt.end() != m.end():
            return m
        m = nxt


# an aside set off by commas after the ones counted: 'Two soldiers and a British woman, a medic of the reserve, lost their
# lives' (not a list's item: 'three soldiers, a civilian, and a contractor')
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|both|all|each)\s+[^,.;:\d]{1,60}?,(?!\s*(?:and|or)\b)", re.I)


def casualties(text: str, kb: Knowledge | None = None) -> Casualties:
    c = _casualties(text, kb)
    if c.fatalities is None and c.injuries is None and _APPOSITIVE.search(text):
        return _casualties(_APPOSITIVE.sub("", text), kb)  # read again without the asides
    return c


def _casualties(text: str, kb: Knowledge | None = None) -> Casualties:
    c = Casualties()
    if not _ANY_TOLL.search(text):
        return c
    kb = kb or resources.load()
    text = _without_dates(text, kb)
    g = _grammar(frozenset(kb.word_class("number_units") | kb.word_class("number_tens")))
    persons = kb.word_class("person_nouns")
    for rx in (g.kill_r, g.kill_l):
        for m in rx.finditer(text):
            if not _is_person_count(m, text, None if rx is g.kill_r else m.end("n")):
                continue  # ('about thirty rockets killed a contractor': the rockets are counted, not the dead)
            if rx is g.kill_r and m.group(0).lower().startswith(("left", "leaving")) and \
                    not re.match(r"(?:\s+[\w'’-]+){0,4}?\s+dead\b", text[m.end():]):
                continue  # 'left five contractors wounded' counts no dead
            if _negated(text, m):
                c.fatalities = c.low = c.high = 0  # 'no one was killed'
                break
            if rx is g.kill_l and re.search(r"\b(?:no|zero)\s+(?:[\w-]+\s+)?\w+$", m.group(0), re.I):
                continue  # 'eight personnel suffered injuries and there were no fatalities': the count is not of the dead
            best, low, high = _range(m, kb)
            part_of = re.match(r"\s+of\s+(?:the\s+|those\s+)?([\w-]+)\b", text[m.end("n"):])
            whole = word_to_int(part_of.group(1), kb) if part_of and rx is g.kill_l else None
            if whole and best is not None and whole > best:
                best, low, high = whole, whole, whole  # 'one of three coalition personnel killed': three died
            if best is not None:
                extra = _and_more(m, text, g, kb, best) if rx is g.kill_r else \
                    _and_more_left(m, text, g, kb) + _items_before(m, text, g, kb)
                c.fatalities, c.low = best + extra, (low + extra if low is not None else None)
                c.high = high + extra if high is not None else None
                break
        if c.fatalities is not None:
            break
    if c.fatalities is None:
        m = g.list.search(text)
        if m and (m.group("noun").lower().rstrip("s") in persons | kb.word_class("group_nouns")
                  or m.group("noun").lower() in persons):
            n = word_to_int(m.group("n"), kb)
            if n is not None:
                c.fatalities = c.low = c.high = n + 1
    if c.fatalities is None:
        for m in _SINGLE_HEAD.finditer(text):
            words = [w.lower() for w in re.findall(r"[A-Za-z-]+", text[m.end():m.end() + 50])[:4]]
            noun = next((w for x, w in enumerate(words) if w in persons and (
                x + 1 == len(words) or words[x + 1] not in persons)), None)  # 'a civilian contractor': the head
            if noun is None or m.group("of") and _PLURAL_PERSONS.search(noun):
                continue  # ('the death of the soldiers' counts no one)
            after = text[m.end():m.end() + 60].lower()
            if m.group(0).lower().startswith(("left", "leaving")) and not re.search(rf"\b{noun}\s+dead\b", after):
                continue
            n = 2 if re.match(r"(?:[\w-]+\s+){0,6}?and\s+(?:his|her|their)\s+[a-z]+\b(?!\s+of)", after) else 1
            if n == 1:  # 'a commander known as X and a second member of the group', 'a soldier and a contractor'
                tail = g.and_one_more.match(text[m.end() + after.index(noun) + len(noun):])
                between = tail.group(0)[:tail.start("n")].lower().split()[:-1] if tail else []
                if not set(between) & (kb.cue_words["injure"] | {"and"}):  # 'and wounded five others and a soldier'
                    n += _and_more_count(tail, kb)
            c.fatalities = c.low = c.high = n  # 'a commander and his bodyguard' are two
            break
    if c.fatalities is None:
        m = _SINGLE_DEATH.search(text)
        cause = re.match(r"\s+(?:of|from)\s+(?:an?\s+)?(?:suspected\s+)?([\w-]+)", text[m.end():]) if m else None
        if cause and cause.group(1).lower() in kb.word_class("illness_modifiers"):
            m = None  # 'a contractor died of a heart attack while sheltering': no one the attack killed
        if m and m.group("noun").lower() in persons and not _negated(text, m):
            c.fatalities = c.low = c.high = 1  # 'A militiaman was killed in ...' (not 'not a single soldier was ...')
    if c.fatalities is None and (_ZERO_ALL.search(text) or _ZERO_DEAD.search(text)):
        c.fatalities = c.low = c.high = 0
    for rx in (g.inj_r, g.inj_l):
        m = rx.search(text)
        if m and rx is g.inj_l:
            m = _tightest(rx, text, m)
        if m:
            best, _low, _high = _range(m, kb)
            if best is not None:  # 'wounding five others and a US soldier': six
                extra = _and_more(m, text, g, kb) if rx is g.inj_r else _and_more_left(m, text, g, kb)
                c.injuries = 0 if _negated(text, m) else best + extra
                break
    if c.injuries is None and (_ZERO_ALL.search(text) or _ZERO_INJ.search(text)):
        c.injuries = 0
        if c.fatalities is None and not re.search(r"\b(?:killed|dead|died|deaths?|slain)\b", text, re.I):
            c.fatalities = c.low = c.high = 0  # 'there were no injuries': nobody was hurt, so nobody died
    return c
