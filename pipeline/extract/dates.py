"""Date expressions in a sentence, and their resolution against the article's timeline.

find_dates() returns the expressions with what they say (day, month, year, weekday,
offset); resolve() turns one into (date, precision) given the publication date, the
year in context and the previous event's date.
"""
from __future__ import annotations

import bisect
import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pipeline import resources
from pipeline.resources import Knowledge
from pipeline.text import fold

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
VAGUE_COUNT = "several"  # 'days later' counts as many days as 'several days later' (a count word of count_words)

_MON = r"(?P<mon>(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December)"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?"  # ('8. January 2020': a day with its full stop, as Norwegian and German write it)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR_EDGE = r"the\s+(?:last|final|closing|first|opening)\s+(?:days|weeks)\s+of"  # a year's first or last month
MID_MONTH_DAY = 15  # 'mid-July', 'the middle of July': the middle of the month, known to about a week either side
MID_PARTS = ("mid", "the middle of")
_PART = r"(?:(?P<part>early|mid|late|the end of|end of|the beginning of|beginning of|the middle of)[\s-]+)?"
_NUM = r"(?P<num>\d+|@COUNT_WORDS@)"  # filled in by _compiled() with the knowledge base's count words
_UNIT = r"(?P<unit>day|night|fortnight|week|month|year)s?"  # ('two nights earlier': days; 'a fortnight earlier': 14)
_MON_CODE = r"(?P<mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"  # a month as a message's three capitals
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_ANY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_SHORT = "Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"  # the abbreviations of the weekdays

_PATTERNS = [
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b"),
    # '041022 JAN 24', '281830Z JAN 24': a date-time group (day, hour and minute, month, two-digit year), as wire
    # agencies and military messages stamp them
    ("dmy", rf"\b(?P<day>[0-3]\d)[0-2]\d[0-5]\dZ?\s+{_MON}\s+(?P<yy>\d\d)\b"),
    # '12AUG19', 'JUL19': a day, month and two-digit year run together, as operations notices and military
    # messages write them (upper case only: 'may19' in a URL or a product code is no date)
    ("dmy", rf"\b(?P<day>[0-3]\d)(?-i:{_MON_CODE})(?P<yy>\d\d)\b"),
    ("my", rf"\b(?-i:{_MON_CODE})(?P<yy>\d\d)\b"),
    ("mdy", rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b"),
    ("range_dm", rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?\s*(?:-|–|to|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+{_MON}\b"),
    ("dm", rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b"),
    # 'the eleventh of March (2020)': a day written as an ordinal word
    ("odmy", rf"\bthe\s+(?P<oday>@DAY_ORDINALS@)\s+(?:day\s+)?of\s+{_MON},?\s+{_YEAR}\b"),
    ("odm", rf"\bthe\s+(?P<oday>@DAY_ORDINALS@)\s+(?:day\s+)?of\s+{_MON}\b"),
    ("omd", rf"\b{_MON}\s+(?:the\s+)?(?P<oday>@DAY_ORDINALS@)\b"),  # 'on December twenty-seventh', 'January the third'
    # 'on the first Thursday of September (2018)': a weekday counted within a month
    ("nthwd", rf"\bthe\s+(?P<nth>first|second|third|fourth|last)\s+{_WD}\s+(?:of|in)\s+{_MON}(?:,?\s+{_YEAR})?\b"),
    # 'on the first Sunday of the month': that Sunday of the month of the news (or of last month)
    ("nthwd", rf"\bthe\s+(?P<nth>first|second|third|fourth|last)\s+{_WD}\s+of\s+"
              r"(?P<which>last|this|the previous|the current|the)\s+month\b"),
    # 'on the last day of the year': 31 December, of the year the story is in
    ("year_end", r"\b(?:on\s+)?the\s+last\s+day\s+of\s+(?:(?:the|that)\s+year|(?P<year>(?:19|20)\d\d))\b"),
    # 'on the twentieth of last month', 'the 3rd of this month', 'on the twelfth of the month' (the month of the
    # news), 'Saturday the fourth of the current month': a day of a month counted from publication
    ("odom", rf"\b(?:{_WD},?\s+)?" r"the\s+(?:(?P<oday>@DAY_ORDINALS@)|(?P<day>[0-3]?\d)(?:st|nd|rd|th))\s+of\s+(?P<which>last|this|the previous|the current|the)\s+month\b"),
    # 'Sunday, 12/09/2021': a full date in figures after its weekday, which tells the day from the month
    ("dmy", rf"\b(?P<wd>{_WD_ANY}|{_WD_SHORT})\.?,?\s+(?P<na>[0-3]?\d)(?P<sep>[/.-])(?P<nb>[0-3]?\d)(?P=sep)"
            r"(?P<year>(?:19|20)\d\d)\b"),
    # '21/06/2021', '11/22/2023' or '28-1-2024': a full date in figures, when the order is clear (one part above 12)
    ("dmy", r"(?<![\d/-])(?P<na>[0-3]?\d)(?P<sep>[/.-])(?P<nb>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"),
    # '21/06 (Mon) - Baghdad': a log entry's day and month in figures, day first (not '24/7 support')
    ("dm", r"(?<![\d/])(?:(?P<nday>[0-3]?\d)/(?P<nmon>0?[1-9]|1[0-2])(?=\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\))"
           r"|(?P<nday2>1[3-9]|2\d|3[01])/(?P<nmon2>0?[1-9]|1[0-2])(?=\s*[-–—,:]))(?!/\d)"),
    ("md", rf"\b(?:(?:early|late)\s+)?{_MON}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:\d|%|per))"),  # 'late June 17': that day
    # ('since January 2020' keeps its 'since': a period's start sets no year for the sentences after it)
    ("my", rf"\b(?:(?:since|until|by|through)\s+)?{_PART}{_MON},?\s+(?:of\s+)?{_YEAR}\b"),
    # 'January of last year', 'March, this year': the month in the year named after it (see _WHICH_YEAR)
    ("m", rf"\b{_MON}(?=\s*,?\s+(?:of\s+)?(?:this|last)\s+year\b)"),
    # 'the April attack on the airport': a month naming an event, with the year of the story
    ("m", rf"\bthe\s+{_MON}(?=\s+(?:@EVENT_NOUNS@)\b)"),
    ("m", rf"\b(?P<prep>in|since|during|by|until|from|through|of|last|this|early|late|mid|the end of|the beginning of|the middle of)[\s-]+{_MON}\b(?!,?\s+(?:of\s+)?(?:19|20)\d\d\b)(?!\s+[0-3]?\d(?:st|nd|rd|th)?\b(?!\s*(?:%|per|rockets?|drones?|missiles?|people|soldiers|troops)))"),  # not 'since February 15
    ("year", rf"\b(?P<prep>in|since|during|by|until|through|of|early|late|mid|the end of|{_YEAR_EDGE}|summer|spring|autumn|fall|winter)[\s-]+(?:of\s+)?{_YEAR}\b(?!\s*(?:-|–)\s*\d)"),
    ("ago", rf"\b{_NUM}\s+{_UNIT}\s+ago(?:(?P<today>\s+today)|\s+this\s+(?P<this>week|month))?\b"),  # 'two weeks
    # ago today': that very day; 'two years ago this week': that week (the count is the years, the grain the week)
    # ('Days later, rockets landed': a few of them, as 'several days later' is)
    ("later", rf"\b(?:{_NUM}(?P<half>\s+and\s+a\s+half)?\s+{_UNIT}|(?P<vague>days|weeks|months)(?=\s+(?:later|earlier)))\s+(?P<dir>later|after(?:wards?)?|earlier|before)\b"),
    ("anchor", r"\b(?P<anc>later (?:that|the same) (?:day|evening|night|morning|afternoon)|(?:on |in )?(?:the )?same (?:day|evening|night|morning|afternoon)(?!\s+as\b)|that (?:same )?(?:day|evening|night|morning|afternoon)|the (?:very )?(?:next|following) (?:day|morning|evening|night)|a day later|the day after|the (?:day|night|evening) before|the previous (?:day|night|evening)|hours later|minutes later|within (?:(?:a few|several) )?(?:hours|minutes)(?=,|\s+of\s)|shortly after(?:wards)?(?!\s+(?:noon|midnight|dawn|dusk|daybreak|sunrise|sunset|\d))|(?:hours|minutes|shortly) (?:before|earlier)(?! than)(?!\s+(?:noon|midnight|dawn|dusk|daybreak|sunrise|sunset|\d))|earlier (?:that|the same) (?:day|evening|night|morning)|later(?=\s+(?:struck|hit|bombed|attacked|shelled|targeted|fired|launched|raided|stormed|killed)\b))\b"),
    ("decade", r"\b(?:(?:early|mid|late)[\s-]+)?(?P<year>(?:19|20)\d0)s\b"),
    ("same_year", r"\b(?:(?:later|earlier) )?(?:in )?(?:the|that) same year\b|\b(?:later|earlier) that year\b"),
    # 'on the 12th', 'Tue 17th': a day of the month with no month (the latest such day before publication)
    ("dom", rf"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{_WD_SHORT})"
            r"\.?,?\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
            r"|\bthe\s+(?P<day_>[0-3]?\d)(?:st|nd|rd|th)(?=\s*[,.;:)\]\u2013\u2014-]|\s*$|\s+(?:at|in|on|when|and|as|while|after|before|with)\b)"),
    # 'on Monday 22, rockets hit': a weekday and a bare day of the month, as translations from Spanish or French
    # write them (only before a stop or comma: 'on Monday 22 rockets hit' is a count)
    ("dom", rf"\b{_WD}\s+(?P<day>[0-3]?\d)(?=\s*[,.;:)]|\s*$)"),
    # 'the night to Wednesday', 'the night from Tuesday to Wednesday', 'overnight into Wednesday': the later day
    # 'on Tuesday (17th)', 'this Friday (27)': a weekday with its day of the month in brackets
    ("dom", rf"\b{_WD}\s*\((?P<day>[0-3]?\d)(?:st|nd|rd|th)?\)"),
    ("weekday", rf"\b(?:(?:the\s+)?night\s+(?:(?:from|of)\s+{_WD_ANY}\s+(?:to|into)\s+|between\s+{_WD_ANY}\s+and\s+|(?:to|into|of)\s+)|overnight\s+(?:into|to)\s+"
                rf"|midnight\s+(?:of|on|between)\s+{_WD_ANY}\s+(?:to|into|and)\s+)?"
                rf"(?P<last>last |this past |past )?(?P<next>(?:the\s+)?(?:following|next)\s+)?{_WD}(?:'s)?"
                rf"(?:\s+(?:morning|afternoon|evening|night))?"
                rf"(?:,?\s+(?:of\s+)?(?:(?P<lastweek>last week|the previous week|the week before)"
                rf"|(?P<sameweek>the same week|that (?:same )?week)))?"
                rf"(?:,\s+the\s+(?P<wday>[0-3]?\d)(?:st|nd|rd|th))?"  # ('in the night of Monday, the 16th': that day)
                rf"(?P<beforelast>\s+before\s+last)?\b"),
    # 'Tue: IED hit a convoy', 'Wed night: C-RAM went off': an abbreviated weekday heading a log's or digest's entry
    ("weekday", rf"^\s*(?P<wd>{_WD_SHORT})\.?(?:\s+(?:morning|afternoon|evening|night))?"
                r"(?=\s*:\s)"),
    ("rel", r"\b(?P<rel>yesterday|today|tonight|last night|last evening|this morning|this evening|earlier today|overnight|(?:early|late|earlier|later)?\s*(?:last|this|next) (?:week|weekend|month|year)|(?:over|at|on) the weekend|earlier (?:this|in the) (?:week|month|year)|(?:at|in) the (?:start|beginning|end|middle) of the month|late last (?:week|month|year)|early last (?:week|month|year)|the previous (?:week|month|year)|the past week|recent days|this past weekend|(?:has|have) now)\b"),
]
_OPENERS = " \t\"“‘'(["  # quotation marks and brackets that may open a sentence
_DIGIT = re.compile(r"\d")
_MONTH_WORDS = set(MONTHS)
_WEEKDAY_WORDS = set(WEEKDAYS) | set(_WD_SHORT.lower().split("|"))
# the words one of which a pattern needs before it is worth running ('digit': any digit)
_NEEDS = {
    "iso": {"digit"}, "dmy": {"digit"}, "mdy": {"digit"}, "range_dm": {"digit"}, "dm": {"digit"},
    "md": {"digit"}, "my": {"digit"}, "year": {"digit"}, "m": _MONTH_WORDS, "odm": _MONTH_WORDS, "omd": _MONTH_WORDS, "odmy": {"digit"}, "odom": {"month"}, "year_end": {"last"},
    "ago": {"ago"}, "later": {"later", "after", "afterward", "afterwards", "earlier", "before"},
    "anchor": {"later", "same", "next", "following", "day", "previous", "hours", "minutes", "shortly", "that", "earlier",
               "night", "evening"},
    "weekday": _WEEKDAY_WORDS, "nthwd": _WEEKDAY_WORDS, "same_year": {"year"}, "decade": {"digit"}, "dom": {"digit"},
    "rel": {"yesterday", "today", "tonight", "night", "morning", "evening", "overnight", "week", "weekend",
            "month", "year", "past", "recent", "now"},
}
_PRIORITY = {name: i for i, (name, _) in enumerate(_PATTERNS)}
_NOTHING_AFTER = re.compile(r"\s*(?:(?:that|this)\s*)?(?:[,.;:)]|$)")  # 'ten days after, jets answered', 'two days
# before that, which ...': 'after' with no event after it (or only a pronoun for the one just told)
_CITATION = re.compile(r"\(([^()]{1,80}),\s*([^()]{3,30})\)")


@dataclass
class DateExpr:
    text: str
    start: int  # offsets within the sentence text
    end: int
    kind: str  # the pattern that matched: iso, dmy, mdy, dm, md, my, m, year, decade, ago, later, anchor, same_year, weekday, rel
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset_days: int = 0
    unit: str = ""
    citation: bool = False
    part: str = ""
    years_back: int | None = None  # 'January 4 this year' (0), 'March 3 last year' (1): the year from publication
    vague: bool = False  # a count of no stated size ('several days later', 'days later'): not a day to the day

    @property
    def explicit_year(self) -> bool:
        return self.year is not None

    @property
    def absolute(self) -> bool:
        return self.kind in ("iso", "dmy", "mdy", "dm", "md", "my", "m", "year", "range_dm", "nthwd")


def _counts(kb: Knowledge) -> dict[str, int]:
    """Words that count units of time ('a week ago', 'three days later', 'several months earlier')."""
    values = kb.word_map("number_units") | kb.word_map("number_tens") | kb.word_map("article_numbers") \
        | kb.word_map("count_words")
    return {w: v for w, v in values.items() if v > 0}


@lru_cache(maxsize=4)
def _compiled(count_words: frozenset[str], event_nouns: frozenset[str], day_ordinals: frozenset[str] = frozenset()
              ) -> list[tuple[str, re.Pattern, set[str]]]:
    """Each pattern with what a sentence must hold for it to be worth running: one of its kind's words (_NEEDS),
    and a month name (or abbreviation) when the pattern has one (every such pattern needs its month)."""
    words = "|".join(re.escape(w) for w in sorted(count_words, key=len, reverse=True))
    nouns = "|".join(re.escape(w) for w in sorted(event_nouns, key=len, reverse=True))
    # ('twenty first' is written 'twenty-first' too)
    ordinals = "|".join(re.escape(w).replace(r"\ ", r"[\s-]") for w in sorted(day_ordinals, key=len, reverse=True))
    return [(name, re.compile(pat.replace("@COUNT_WORDS@", words).replace("@EVENT_NOUNS@", nouns)
                              .replace("@DAY_ORDINALS@", ordinals or "(?!)"), re.IGNORECASE),
             {"month"} if "(?P<mon>" in pat else set())
            for name, pat in _PATTERNS]


def _weekday_of(word: str) -> int | None:
    """'Tue', 'Thurs', 'Friday': the weekday's number."""
    w = word.lower().rstrip(".")
    return next((n for name, n in WEEKDAYS.items() if name.startswith(w[:3])), None)


def _expr(kind: str, m: re.Match, counts: dict[str, int], ordinal_days: dict[str, int] | None = None,
          vague_counts: frozenset[str] = frozenset()) -> DateExpr | None:
    e = DateExpr(m.group(0), m.start(), m.end(), kind)
    g = m.groupdict()
    opened = m.string[:m.start()].rstrip(_OPENERS)  # (what comes before, without the quotation marks that open it)
    if kind == "rel" and m.start() > 0 and m.group(0)[:1].isupper() and opened and not opened.endswith((".", ":")):
        return None  # 'Channel Today': a capitalised 'Today' inside a sentence is part of a name (not after a
        # speaker's colon: 'MR. DELANEY: This morning a drone ...'; nor opening a quotation: '"Last month one of our
        # lorries was hit')

    def grp(name):
        return g.get(name)

    mon = grp("mon")
    if mon is not None:
        e.month = MONTHS.get(mon.lower().rstrip("."))
        if e.month is None:
            return None
    if kind == "iso":
        e.year, e.month, e.day = int(grp("y")), int(grp("m")), int(grp("d"))
    if grp("na"):
        a, b = int(grp("na")), int(grp("nb"))
        if (a > 12) == (b > 12):
            wd = _weekday_of(grp("wd")) if grp("wd") else None
            fits = [(d, mo) for d, mo in ((a, b), (b, a))
                    if wd is not None and (day := _safe(int(grp("year")), mo, d)) and day.weekday() == wd]
            if not fits and m.string[m.end("na"):m.start("nb")] == ".":
                fits = [(a, b)]  # '5.1.2020': figures with dots are written day first (German, Nordic, Slavic,
                # Turkish usage); the month-first order is written with slashes
            if len(fits) != 1:
                return None  # '06/07/2021': day and month cannot be told apart (unless its weekday tells them)
            g["day"], e.month = str(fits[0][0]), fits[0][1]
        else:
            g["day"], e.month = (str(a), b) if a > 12 else (str(b), a)
    if grp("nday") or grp("nday2"):
        g["day"] = grp("nday") or grp("nday2")
        e.month = int(grp("nmon") or grp("nmon2"))
    if grp("year"):
        e.year = int(grp("year"))
    elif grp("yy"):
        e.year = 2000 + int(grp("yy"))
    if kind == "dom" and grp("day_"):
        g["day"] = grp("day_")  # 'on the 12th,' (the other form: 'Tue 17th')
    if kind == "weekday" and grp("wday"):
        g["day"], kind = grp("wday"), "dom"  # 'the night of Monday, the 16th': a weekday with its day of the month
        e.kind = kind
    if grp("oday"):  # 'the eleventh of March': an ordinal word's day, then read as '11 March'
        g["day"] = str((ordinal_days or {}).get(" ".join(grp("oday").lower().replace("-", " ").split()), 0))
        kind = e.kind = kind[1:]
    if kind == "year" and (grp("prep") or "").lower() in ("the end of", "end of"):
        kind = e.kind = "my"  # ('came at the end of 2019': its last month, as 'in December 2019')
        e.month = 12
    elif kind == "year" and re.fullmatch(_YEAR_EDGE, grp("prep") or "", re.I):
        kind = e.kind = "my"  # ('in the last days of 2019': December 2019; 'the first weeks of 2020': January)
        e.month = 1 if (grp("prep") or "").split()[1].lower() in ("first", "opening") else 12
    if kind == "year_end":
        kind = e.kind = "dmy" if grp("year") else "dm"  # ('the last day of 2019': 31 December 2019)
        g["day"], e.month = "31", 12
    if grp("which"):  # 'the twentieth of last month', 'the first Sunday of the month'
        e.part = "last month" if grp("which").lower() in ("last", "the previous") else "this month"
        kind = e.kind = "dom" if kind == "odom" else kind
    if grp("day") and kind in ("dmy", "mdy", "dm", "md", "range_dm", "dom"):
        e.day = int(grp("day"))
        if not 1 <= e.day <= 31:
            return None
    if kind in ("m", "my") and mon and mon.lower().rstrip(".") in ("may", "march") and not mon[0].isupper():
        return None
    if kind == "md" and mon and mon[0].islower():
        return None
    if kind == "m" and grp("prep") and grp("prep").lower() in ("last", "this", *MID_PARTS):
        e.part = grp("prep").lower()
    e.part = e.part or (grp("part") or "").lower()
    if kind in ("ago", "later"):
        e.unit = (grp("unit") or grp("vague")[:-1]).lower()
        e.unit = "day" if e.unit == "night" else e.unit
        num = (grp("num") or VAGUE_COUNT).lower()
        e.vague = num in vague_counts
        days = (int(num) if num.isdigit() else counts.get(num, 1)) * UNIT_DAYS[e.unit]
        if grp("half"):
            days += UNIT_DAYS[e.unit] // 2  # 'three and a half weeks after the siege'
        direction = (grp("dir") or "ago").lower()
        # 'three weeks later' is after the previous event; 'came a day after a drone struck' dates
        # the drone strike a day before the event in hand
        # and 'two days before drones struck' dates them two days after it. With nothing after them ('ten days
        # after, jets answered', 'two days before,') they are 'later' and 'earlier'
        told = not _NOTHING_AFTER.match(m.string, m.end())
        e.part = "" if told else "bare"
        if kind == "ago" and grp("today"):
            e.part = "today"
        elif kind == "ago" and grp("this"):
            e.part = "this " + grp("this").lower()
        back = direction in ("ago", "earlier") or direction in ("after", "before") and told == (direction == "after")
        e.offset_days = -days if back else days
    if kind == "anchor" and " ".join(grp("anc").lower().split()) in ("the day after", "the day before") and \
            not _NOTHING_AFTER.match(m.string, m.end()):
        # 'on January 4, the day after a drone killed ...': counted as 'one day after' is, back from the date the
        # sentence gives to the event that follows ('The day after, jets struck' is still the next day)
        e.kind, e.unit = "later", "day"
        e.offset_days = -1 if grp("anc").lower().endswith("after") else 1
        return e
    if kind == "anchor":
        anc = grp("anc").lower()
        e.offset_days = 1 if any(w in anc for w in ("next", "following", "day later", "day after")) else \
            -1 if any(w in anc for w in ("day before", "night before", "evening before", "previous")) else 0
    if kind == "nthwd":
        e.weekday = _weekday_of(grp("wd"))
        e.offset_days = NTH_WEEKDAY[grp("nth").lower()]  # (which one of the month: 1 to 4, or -1 for the last)
    if kind == "dom" and grp("wd"):
        e.weekday = _weekday_of(grp("wd"))
    if kind == "weekday":
        e.weekday = _weekday_of(grp("wd"))
        e.part = "last week" if grp("lastweek") else "same week" if grp("sameweek") else \
            "before last" if grp("beforelast") else "last" if grp("last") \
            else "next" if grp("next") else ""
    return e


# a sentence may hold a date when it has a digit, a word opening with a month's or a weekday's first letters, or one
# of these anywhere ('yesterday', 'today', 'tonight' hold 'day' or 'night'); the others are not searched
_MAYBE_OPENINGS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)")
_MAYBE_WORDS = ("day", "night", "morning", "evening", "week", "month", "year", "later", "earlier", "ago", "following",
                "previous", "now", "overnight", "recent", "after", "before", "within")


def _maybe_date(text: str) -> bool:
    low = text.lower()
    return bool(_DIGIT.search(text)) or any(w in low for w in _MAYBE_WORDS) or bool(_MAYBE_OPENINGS.search(low))


_NEXT_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?the (?:following|next) year\b", re.I)  # 'in January of the following year'
_WHICH_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(this|last) year\b", re.I)  # 'January 4 this year': the year counts from publication


@lru_cache(maxsize=4)
def _holiday_pattern(names: frozenset[str]) -> re.Pattern:
    # the knowledge base keeps words without apostrophes: "new years day" matches "New Year's Day"
    alts = "|".join(r"\s+".join(re.sub(r"s$", "['’]?s", re.escape(w)) for w in n.split())
                    for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


_TABLES: dict[int, tuple] = {}  # id(knowledge base) -> what find_dates reads from it, worked out once


def _tables(kb: Knowledge) -> tuple:
    """The knowledge base, its counting words, vague counts, day ordinals, compiled patterns and holiday pattern."""
    t = _TABLES.get(id(kb))
    if t is None or t[0] is not kb:
        counts = _counts(kb)
        ordinal_days = kb.word_map("day_ordinals")
        t = (kb, counts, frozenset(kb.word_map("count_words")), ordinal_days,
             _compiled(frozenset(counts), kb.word_class("month_named_events"), frozenset(ordinal_days)),
             _holiday_pattern(frozenset(kb.word_map("fixed_holidays"))))
        if len(_TABLES) >= 8:
            _TABLES.clear()
        _TABLES[id(kb)] = t
    return t


def _holidays(text: str, kb: Knowledge, pattern: re.Pattern) -> list[tuple[int, int, DateExpr]]:
    """'on Christmas Day': a day and month (the year is resolved as for '25 December'). Capitalised only. `pattern`:
    the names of kb's fixed_holidays (_tables)."""
    days = kb.word_map("fixed_holidays")
    out = []
    for m in pattern.finditer(text):
        if not any(c.isupper() for c in m.group(0)):
            continue  # (a name: 'Christmas Day', 'the day of Christmas' in translation)
        md = days.get(" ".join(re.sub(r"['’]", "", m.group(0).lower()).split()))
        if md is None:
            continue
        out.append((m.start(), m.end(), DateExpr(m.group(0), m.start(), m.end(), "md", month=md // 100, day=md % 100)))
    return out


@lru_cache(maxsize=4)
def _hijri_pattern(months: frozenset[str]) -> re.Pattern:
    # the knowledge base keeps the names without apostrophes or hyphens: 'dhu al qadah' matches "Dhu al-Qa'dah"
    def name(n: str) -> str:
        return r"[\s-]*".join("['’ʿ`]?".join(re.escape(c) for c in w) for w in n.split())
    alts = "|".join(name(n) for n in sorted(months, key=len, reverse=True))
    return re.compile(rf"\b(?:(?P<day>[0-3]?\d)\s+)?(?P<mon>{alts})\s+(?P<year>1[345]\d\d)\b(?:\s*(?:AH|A\.H\.|H)\b)?",
                      re.IGNORECASE)


_HIJRI_YEAR = re.compile(r"\b1[345]\d\d\b")  # a year of the Islamic calendar: without one, no Islamic date to look for


def hijri_days(text: str, kb: Knowledge | None = None) -> list[date]:
    """The Gregorian days of the Islamic-calendar dates with a day in the text ('27 Ramadan 1442'), by the tabular
    (arithmetic) calendar, which may differ from the one a country observes by a day or two."""
    if not _HIJRI_YEAR.search(text):
        return []
    kb = kb or resources.load()
    months = kb.word_map("hijri_months")
    out = []
    for m in _hijri_pattern(frozenset(months)).finditer(text):
        month = months.get(" ".join(fold(m.group("mon")).replace("-", " ").split()))
        if month is None or not m.group("day") or not 1 <= int(m.group("day")) <= 30:
            continue
        day, year = int(m.group("day")), int(m.group("year"))
        jd = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439.5 - 1
        out.append(date.fromordinal(int(jd - 1721424.5)))
    return out


def without_hijri(text: str, kb: Knowledge | None = None) -> str:
    """The text with its Islamic-calendar dates ('18 Dhu al-Qa'dah 1442') blanked out: statements of Iraqi bodies give
    one beside the Gregorian date, which the pipeline reads."""
    if not _HIJRI_YEAR.search(text):
        return text
    kb = kb or resources.load()
    return _hijri_pattern(frozenset(kb.word_class("hijri_months"))).sub(" ", text)


def find_dates(text: str, kb: Knowledge | None = None) -> list[DateExpr]:
    """Non-overlapping date expressions, the longest and most specific first."""
    kb = kb or resources.load()
    _kb, counts, vague_counts, ordinal_days, patterns, holiday_rx = _tables(kb)
    holidays = _holidays(text, kb, holiday_rx)
    if not holidays and not _maybe_date(text):
        return []
    words = set(re.findall(r"[a-z]+", text.lower()))
    if _DIGIT.search(text):
        words.add("digit")
    if words & _MONTH_WORDS:
        words.add("month")
    found = []
    for kind, rx, needs in patterns:
        if not (_NEEDS[kind] & words) or not needs <= words:
            continue
        for m in rx.finditer(text):
            found.append((m.start(), -(m.end() - m.start()), _PRIORITY[kind], kind, m))
    citations = [(c.start(), c.end()) for c in _CITATION.finditer(text)]
    cite_starts = [c[0] for c in citations]
    out, chosen = [], []
    taken = bytearray(len(text))  # characters already inside a chosen expression
    if "digit" in words:
        for start, end, e in _day_lists(text):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, e))
    for start, end, e in holidays:  # ('Christmas Day' before 'Day' is read as anything else)
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, e))
    for start, neg_len, prio, kind, m in sorted(found, key=lambda f: (f[1], f[2])):
        end = start - neg_len
        if any(taken[start:end]):
            continue
        e = _expr(kind, m, counts, ordinal_days, vague_counts)
        if e is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, e))
    for start, end, e in sorted(chosen, key=lambda c: c[0]):
        k = bisect.bisect_right(cite_starts, e.start) - 1
        e.citation = k >= 0 and e.end <= citations[k][1] and not (
            text[citations[k][0] + 1:e.start].strip() == "" and text[e.end:citations[k][1] - 1].strip() == "")
        # ('(Reuters, 5 March)' cites a source; '(February 15, 2021)' is only a date in brackets)
        which = _WHICH_YEAR.match(text, e.end) if e.kind in ("dm", "md", "m") and e.year is None else None
        if which:
            e.years_back = 0 if which.group(1).lower() == "this" else 1
        out.append(e)
    out = _weekday_dates(text, out)
    ago = next((-o.offset_days // UNIT_DAYS["year"] for o in out if o.kind == "ago" and o.unit == "year"), None)
    for e in out if ago else ():
        if e.kind in ("dm", "md", "m") and e.year is None and e.years_back is None:
            e.years_back = ago  # 'killed in a drone strike two years ago on January 3': that January 3 is two years back
    for k, e in enumerate(out):  # 'in the last days of 2019 ... in January of the following year': the year after the
        # year the sentence told before it
        nxt = _NEXT_YEAR.match(text, e.end) if e.kind in ("dm", "md", "m") and e.year is None else None
        told = next((o.year for o in reversed(out[:k]) if o.year is not None and not o.citation), None) if nxt else None
        if told is not None:
            e.year, e.kind = told + 1, "my" if e.kind == "m" else "dmy"
            e.end, e.text = nxt.end(), text[e.start:nxt.end()]
    ends = [o.end for o in out if o.years_back is not None]
    # 'this year' after 'January 4' is part of that date, not a date of its own
    out = [e for e in out if not (e.kind == "rel" and any(0 <= e.start - end <= 4 for end in ends))]
    days = [o.end for o in out if o.absolute and o.kind not in ("year", "my", "m")]
    # '23-24 Jan (overnight)', '3 January, overnight': the night of that date, not the night before publication
    return [e for e in out if not (e.kind == "rel" and e.text.lower() == "overnight" and any(
        _QUALIFIER_GAP.fullmatch(text, end, e.start) for end in days if end <= e.start))]


_WEEKDAY_JOIN = re.compile(r"\s*,?\s*")
_QUALIFIER_GAP = re.compile(r"\s*[,(]?\s*")  # between a date and the word that only qualifies it


def _weekday_dates(text: str, out: list[DateExpr]) -> list[DateExpr]:
    """'Monday, January 3' is one date: the weekday joins the day-and-month after it (and can tell its year), as it
    joins a full date ('Thursday 8 February 2024')."""
    drop = set()
    for a, b in zip(out, out[1:]):
        if a.kind == "weekday" and not a.part and (b.kind in ("dm", "md") and b.year is None or b.kind in (
                "dmy", "mdy")) and _WEEKDAY_JOIN.fullmatch(text, a.end, b.start):
            b.weekday = a.weekday
            drop.add(id(a))
    return [e for e in out if id(e) not in drop] if drop else out


_DAY_LIST = re.compile(rf"\b{_MON}\s+(?P<days>[0-3]?\d(?:st|nd|rd|th)?(?:\s*,\s*(?:and\s+)?[0-3]?\d(?:st|nd|rd|th)?|\s+and\s+[0-3]?\d(?:st|nd|rd|th)?)+)\b(?!\s*,?\s*(?:19|20)\d\d)(?!\s*(?:%|per|km|kilomet|miles))")
_LIST_DAY = re.compile(r"[0-3]?\d")


def _day_lists(text: str) -> list[tuple[int, int, DateExpr]]:
    """'on November 19, 22 and 25': one day-and-month expression per day listed."""
    out = []
    for m in _DAY_LIST.finditer(text):
        month = MONTHS.get(m.group("mon").lower().rstrip("."))
        if month is None or not m.group("mon")[0].isupper():
            continue
        if not re.search(r"\band\s+\S+$", m.group("days")) and re.match(r"\s+[A-Za-z]", text[m.end():]):
            continue  # 'on May 5, 10 rockets hit': a count, not a day
        for d in _LIST_DAY.finditer(m.group("days")):
            day = int(d.group(0))
            if not 1 <= day <= 31:
                continue
            start = m.start("days") + d.start() if d.start() else m.start()
            end = m.start("days") + d.end()
            out.append((start, end, DateExpr(text[start:end], start, end, "md", month=month, day=day, part="list")))
    return out


def month_start(d: date) -> date:
    return d.replace(day=1)


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


@dataclass
class Context:
    """What a date expression is resolved against."""
    published: date | None
    published_precision: str = "day"
    year_hint: int | None = None  # an explicit year nearby in the text
    anchor: date | None = None  # the previous event's date
    anchor_precision: str = "day"

    @property
    def latest(self) -> date | None:
        """The last day the article could describe (end of the publication period)."""
        if self.published is None:
            return None
        if self.published_precision == "month":
            return add_months(self.published, 1) - timedelta(days=1)
        return self.published


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


YEAR_WRAP_DAYS = 183  # a yearless day and month this far from the story's day, in the year the text has told, is
# in the neighbouring year: 'On Jan. 8, 2020 ... that strike had followed a New Year's Eve siege' (2019, not 2020)


def _nearest_year(hint: int, month: int, day: int, ctx: Context) -> int:
    """The year the text has told (or publication's), or the year next to it when that puts the day nearer the
    story's day (a day's date in that same year), never after publication."""
    anchor = ctx.anchor
    if anchor is None or ctx.anchor_precision not in ("day", "week") or anchor.year != hint:
        return hint
    cand = _safe(hint, month, min(day, 28) if day else 1)
    if cand is None or abs((cand - anchor).days) <= YEAR_WRAP_DAYS:
        return hint
    other = hint - 1 if cand > anchor else hint + 1
    alt = _safe(other, month, min(day, 28) if day else 1)
    if alt is None or (ctx.latest and alt > ctx.latest + timedelta(days=1)):
        return hint
    return other


def _year_for(month: int, day: int, ctx: Context) -> int | None:
    """Year of a day-and-month date with no year: the nearby year, else the publication year, never after publication."""
    if ctx.year_hint:
        return _nearest_year(ctx.year_hint, month, day, ctx)
    ref = ctx.anchor or ctx.published
    if ref is None:
        return None
    year = ref.year
    cand = _safe(year, month, min(day, 28) if day else 1)
    latest = ctx.latest
    if cand and latest and cand > latest + timedelta(days=1):
        year -= 1
    elif cand and ctx.anchor and not ctx.published and cand < ctx.anchor - timedelta(days=200):
        year += 1
    return _nearest_year(year, month, day, ctx)


PERIOD_STARTS = ("since", "until")  # date words that bound a period: not the time an event happened nor the
# time the story has reached
LAST_WEEKDAY_SKIPS = 1  # days back: 'last Wednesday' in a Thursday paper is a week before (the day before is
# 'yesterday' or plain 'on Wednesday'; 'last' marks the week before), and 'last Friday' in a Friday one too
WEEKDAY_YEARS = 2  # 'Monday, January 3' with a year from context that makes it a Friday: the years before
# publication (or the context year) tried for one where it is a Monday; weekdays repeat only after 5 or 6 years


def _weekday_year(e: DateExpr, ctx: Context) -> date | None:
    """The day and month in the nearest year, counting back from publication, where it falls on its weekday."""
    latest = ctx.latest
    if latest is None:
        return None
    for y in range(latest.year, latest.year - WEEKDAY_YEARS - 1, -1):
        d = _safe(y, e.month, e.day)
        if d is not None and d.weekday() == e.weekday and d <= latest + timedelta(days=1):
            return d
    return None


DOM_MONTHS_BACK = 3  # 'Tue 17th': months tried back from the story's time for a 17th that is a Tuesday


def _day_of_month(e: DateExpr, ctx: Context) -> date | None:
    """'on the 12th': that day in the story's month (the previous event's, else publication's), or the month
    before when it is still to come; with a weekday ('Tue 17th'), the latest such day that falls on it."""
    ref = ctx.anchor if ctx.anchor and ctx.anchor_precision in ("day", "week") and e.weekday is None else ctx.latest
    # (a weekday with the day pins it down without the story's time: 'A week later, on Monday 22' is the last
    # Monday the 22nd before publication, though it comes after the day the story had reached)
    ref = ref or ctx.anchor
    if ref is None:
        return None
    limit = max(ref, ctx.latest) if ctx.latest else ref  # ('On 2 February, bombers hit 85 targets. Then on the 7th, a
    # drone ...': later in the story's month, up to publication, not the month before)
    y, m = ref.year, ref.month
    for _ in range(DOM_MONTHS_BACK + 1):
        d = _safe(y, m, e.day)
        if d is not None and d <= limit + timedelta(days=1) and (e.weekday is None or d.weekday() == e.weekday):
            return d
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return None


NTH_WEEKDAY = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth such weekday of the month ('the first Thursday of September'); nth -1 is the last one."""
    if nth < 0:
        last = add_months(date(year, month, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


_COARSENESS = ("day", "week", "month", "year")


def resolve(e: DateExpr, ctx: Context) -> tuple[date | None, str]:
    """(date, precision) for one expression; (None, 'unknown') when it cannot be placed in time."""
    pub = ctx.published
    coarse_pub = ctx.published_precision != "day"
    if e.kind in ("iso", "dmy", "mdy"):
        d = _safe(e.year, e.month, e.day)
        return (d, "day") if d else (None, "unknown")
    if e.years_back is not None and pub:
        y = pub.year - e.years_back
        if e.kind == "m":
            return date(y, e.month, 1), "month"
        d = _safe(y, e.month, e.day)
        return (d, "day") if d else (None, "unknown")
    if e.kind in ("dm", "md", "range_dm"):
        y = _year_for(e.month, e.day, ctx)
        d = _safe(y, e.month, e.day) if y else None
        if d is not None and e.weekday is not None and d.weekday() != e.weekday:
            d = _weekday_year(e, ctx) or d
        return (d, "day" if e.kind != "range_dm" else "week") if d else (None, "unknown")
    if e.kind == "nthwd" and e.part in ("last month", "this month"):
        if pub is None or coarse_pub:
            return None, "unknown"
        first = month_start(pub) if e.part == "this month" else month_start(month_start(pub) - timedelta(days=1))
        return _nth_weekday(first.year, first.month, e.weekday, e.offset_days), "day"
    if e.kind == "nthwd":
        y = e.year or _year_for(e.month, 28 if e.offset_days < 0 else 7 * e.offset_days, ctx)
        if not y:
            return None, "unknown"
        return _nth_weekday(y, e.month, e.weekday, e.offset_days), "day"
    if e.kind == "dom" and e.part in ("last month", "this month"):
        if pub is None or coarse_pub:
            return None, "unknown"
        first = month_start(pub) if e.part == "this month" else month_start(month_start(pub) - timedelta(days=1))
        return _safe(first.year, first.month, e.day), "day"
    if e.kind == "dom":
        return _day_of_month(e, ctx), "day"
    if e.kind == "my":
        if e.part in MID_PARTS:
            return date(e.year, e.month, MID_MONTH_DAY), "week"
        return date(e.year, e.month, 1), "month"
    if e.kind == "m":
        if e.part in MID_PARTS:
            y = _year_for(e.month, MID_MONTH_DAY, ctx)
            return (date(y, e.month, MID_MONTH_DAY), "week") if y else (None, "unknown")
        if e.part in ("last", "this") and pub:
            # "last May": the most recent May before publication
            y = pub.year if e.month < pub.month or (e.part == "this" and e.month <= pub.month) else pub.year - 1
            return date(y, e.month, 1), "month"
        y = _year_for(e.month, 1, ctx)
        return (date(y, e.month, 1), "month") if y else (None, "unknown")
    if e.kind == "year":
        return date(e.year, 1, 1), "year"
    if e.kind == "later":
        base = ctx.anchor or (pub if not e.vague else None)  # ('days later', with nothing told before: no date)
        if base is None:
            return None, "unknown"
        prec = "day" if e.unit == "day" and ctx.anchor_precision == "day" and not e.vague else \
            "week" if e.unit in ("day", "week", "fortnight") else "month" if e.unit == "month" else "year"
        if ctx.anchor and ctx.anchor_precision in _COARSENESS and \
                _COARSENESS.index(ctx.anchor_precision) > _COARSENESS.index(prec):
            prec = ctx.anchor_precision  # 'two days after that', counted from 'the end of last month': that month
            if e.unit in ("day", "week", "fortnight"):
                return base, prec  # (a few days do not leave the month: 'at the end of December ... a rocket
                # attack a few days earlier' is December too)
        d = base + timedelta(days=e.offset_days)
        return (d if prec != "month" else month_start(d)), prec
    if e.kind == "decade":  # 'in the mid-2000s': a time, but too coarse to date an event row
        return date(e.year, 1, 1), "unknown"
    if e.kind == "same_year":  # 'The same year, US airstrikes ...': the year the text has just told
        return (date(ctx.year_hint, 1, 1), "year") if ctx.year_hint else (None, "unknown")
    if e.kind == "anchor":
        base = ctx.anchor or pub
        if base is None:
            return None, "unknown"
        prec = ctx.anchor_precision if ctx.anchor else ("month" if coarse_pub else "day")
        return base + timedelta(days=e.offset_days), prec
    if pub is None:
        return None, "unknown"
    if e.kind == "ago":
        d = pub + timedelta(days=e.offset_days)
        prec = "day" if e.part == "today" else e.part.split()[1] if e.part.startswith("this ") else \
            {"day": "day", "week": "week", "fortnight": "week", "month": "month", "year": "year"}[e.unit]
        if coarse_pub:
            prec = "month" if prec in ("day", "week") else prec
        return (month_start(d) if prec == "month" else date(d.year, 1, 1) if prec == "year" else d), prec
    if e.kind == "weekday":
        if coarse_pub:
            return month_start(pub), "month"
        if e.part == "last week":  # 'on Tuesday of last week': that day of the calendar week before publication's
            return pub - timedelta(days=pub.weekday() + 7 - e.weekday), "day"
        if e.part == "same week" and ctx.anchor and ctx.anchor_precision == "day":
            # 'in the night between Thursday and Friday of the same week': that day of the story's week
            return ctx.anchor - timedelta(days=ctx.anchor.weekday()) + timedelta(days=e.weekday), "day"
        if e.part == "next" and ctx.anchor and ctx.anchor_precision == "day":
            # 'On January 28 ... The following Friday, bombers hit': the first such day after the story's time
            return ctx.anchor + timedelta(days=(e.weekday - ctx.anchor.weekday()) % 7 or 7), "day"
        back = (pub.weekday() - e.weekday) % 7
        if e.part == "last" and back <= LAST_WEEKDAY_SKIPS:
            back += 7
        if e.part == "before last":  # 'on the Saturday before last': the one a week before the last Saturday
            back = (back or 7) + 7
        return pub - timedelta(days=back), "day"
    rel = " ".join(e.text.lower().split())
    if rel in ("yesterday", "last night", "last evening"):  # ('Last evening, six rockets ...': the evening before)
        return pub - timedelta(days=1), "month" if coarse_pub else "day"
    if rel in ("today", "tonight", "this morning", "this evening", "earlier today", "overnight"):
        return pub, "month" if coarse_pub else "day"
    if coarse_pub and rel not in ("last year", "this year") and not rel.endswith(("month", "year")):
        return month_start(pub), "month"  # 'last week' of an article dated only to a month
    if "weekend" in rel:
        back = (pub.weekday() - 5) % 7 or 7 if pub.weekday() < 5 else (pub.weekday() - 5)
        if rel.startswith("last") and pub.weekday() >= 5:
            back += 7  # 'last weekend' written on a Saturday or Sunday: the weekend before this one
        return pub - timedelta(days=back), "week"
    if rel.endswith(" now"):
        return pub, "week"
    if rel.endswith("week") or "recent days" in rel:
        d = pub - timedelta(days=7 if ("last" in rel or "previous" in rel) else 3)
        return d, "month" if coarse_pub else "week"
    if rel.endswith("of the month"):  # 'at the start of the month': the month the story is in
        return month_start(ctx.anchor or pub), "month"
    if rel.endswith("month"):
        d = add_months(pub, -1) if ("last" in rel or "previous" in rel) else month_start(pub)
        return d, "month"
    if rel.endswith("year"):
        y = pub.year - 1 if ("last" in rel or "previous" in rel) else pub.year
        return date(y, 1, 1), "year"
    return None, "unknown"


def sentence_year(exprs: list[DateExpr], carried: bool = False) -> int | None:
    """The explicit year a sentence states outside citations, if any: context for its partial dates.

    With carried=True only full dates count: a bare 'in 2014' sets the year for its own sentence,
    not for the sentences after it. 'since 2003' sets nothing.
    """
    kinds = ("iso", "dmy", "mdy", "my") if carried else ("iso", "dmy", "mdy", "my", "year")
    years = [e.year for e in exprs if e.year and not e.citation and e.kind in kinds
             and not e.text.lower().startswith(("since", "until", "by", "through"))]
    return years[0] if years else None
