"""Title and publication date of an article that the manifest does not describe.

Order of evidence: a dateline near the top ("January 3, 2020 »", "The Cradle, December 4, 2023 —"), or a
date on a line of its own at the very end (a statement's signature, recorded as a dateline too),
an issue line of a known serial ("Volume 18 Issue 1"), else an inference from the dates the text
mentions (marked 'inferred'). Today's date is never used.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from pipeline.extract import dates as D
from pipeline.model import Article, Sentence
from pipeline.resources import Knowledge
from pipeline.text import HEADER_ITEM_SPLIT, fold, tokenize

_HEAD_CHARS = 1500
_ISSUE = re.compile(r"\bVol(?:ume)?\.?:?\s*(\d{1,3})\s*,?\s*(?:Issue|No\.?|Number):?\s*(\d{1,3})", re.I)


def title_of(art: Article, sentences: list[Sentence]) -> str:
    for s in sentences:
        if s.is_title:
            return s.text
    return sentences[0].text[:200] if sentences else ""


_WIRE_DATE = r"(?P<date>[A-Z][a-z]{2,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,9} \d{4})"
_WIRE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Za-z .]{2,30})?[,.]\s*" + _WIRE_DATE)  # 'BAGHDAD, March 4, 2021', 'NUR-SULTAN. 6 January 2022.'
# a dateline whose place is written in title case: only with the dash that ends a dateline after its date
_WIRE_TITLE = re.compile(r"^\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,\s*[A-Z][A-Za-z .]{2,30})?,\s*" + _WIRE_DATE
                         + r"\s*(?:\([^)]{1,40}\)\s*)?[-—–]")
_LINE_MARKS = re.compile(r"[»—–|•·]")  # separators of a header line's parts: a date among them is the page's


_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/.-])")


def _numeric(line: str, order: str | None = None) -> date | None:
    """'26-12-2023', '12/26/2023': a byline's all-digit date, read when only one order makes it a date
    (day first when its first number is over 12, month first when its second is). '08/02/2024' could be
    either: it is read in the order the text writes its own dates ('dm' for '28 January', 'md' for
    'January 28'); when the text does not tell, one with dashes or dots is read day first, one with slashes not at all."""
    for m in _NUMERIC.finditer(line):
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        day, month = (a, b) if a > 12 >= b else (b, a) if b > 12 >= a else (0, 0)
        if not day and order:
            day, month = (a, b) if order == "dm" else (b, a)
        elif not day and order == "" and m.group("sep") in "-.":
            day, month = a, b  # '04-01-2024', '04.01.2024' with nothing else to go by: day first, as written with
            # dashes and dots across Europe, the Middle East and Asia (the month-first order is written with slashes)
        try:
            return date(y, month, day) if day else None
        except ValueError:
            continue
    return None


def _date_order(text: str, kb: Knowledge) -> str:
    """'dm' when the text writes its dates day first ('on 28 January'), 'md' when month first ('January 28'),
    '' when it does not tell (neither, or as many of each)."""
    words = Counter(e.kind for e in D.find_dates(text, kb) if e.kind in ("dm", "dmy", "md", "mdy")
                    and re.search(r"\d", e.text) and not re.search(r"\d[/.]\d", e.text))
    # (figures are what is to be told, and a holiday, 'on Christmas Day', is written in no order)
    dm, md = words["dm"] + words["dmy"], words["md"] + words["mdy"]
    return "dm" if dm > md else "md" if md > dm else ""


def _dateline(text: str, kb: Knowledge) -> date | None:
    """The page's date from its first lines: the first date line, unless a byline stamp follows it (the outlet, the
    date and a time of day: 'AVA Kurdistan TV | 14-04-2021 | 23:48' under a ticker's bare '13-04-2021')."""
    lines = _date_lines(text, kb)  # lazily: most pages stop at their first date line
    first = next(lines, None)
    if first is None:
        return _signature_date(text, kb)
    if not _STAMP_CLOCK.search(first[1]):
        stamp = next((d for d, line in lines if _STAMP_CLOCK.search(line) and _LINE_MARKS.search(line)), None)
        if stamp is not None:
            return stamp
    return first[0]


_STAMP_CLOCK = re.compile(r"\b[0-2]?\d[:.h][0-5]\d\b")  # a time of day beside a date: a byline's stamp


def _date_lines(text: str, kb: Knowledge):
    """(date, line) of each line of the page's head that dates it, in order."""
    head = text[:_HEAD_CHARS]
    order = None  # worked out once, for the first all-figure date that needs it
    markers = kb.word_class("dateline_markers")
    for line in head.splitlines()[:25]:
        wire = _WIRE.match(line) or _WIRE_TITLE.match(line)  # "BAGHDAD, March 4, 2021 (Outlet) — ...", "Ljubljana, 14 March 2022 - ..."
        wired = None
        if wire:
            for e in D.find_dates(wire.group("date"), kb):
                wired, _ = D.resolve(e, D.Context(published=None))
                if wired:
                    yield wired, line
                    break
        if wired:
            continue
        line = line.strip()
        if not line or len(line) > 160 or line[:1] in "-*•|":
            continue  # a list item or infobox row dates the subject, not the page
        worded = markers & {t.norm for t in tokenize(line)}
        for e in D.find_dates(line, kb):
            if e.kind in ("iso", "dmy", "mdy") and (not e.citation or worded):  # ('(mailed March 15, 2021)')
                d, _ = D.resolve(e, D.Context(published=None))
                short = len(line.split()) <= 12
                marked = _LINE_MARKS.search(line) or worded
                if d and (short or marked):
                    yield d, line
                    break
        else:
            d = _foreign_date(line, kb)
            if d and (len(line.split()) <= 12 or _LINE_MARKS.search(line)):
                yield d, line  # 'Nr. 41 · 5. Oktober 2018 · Ausland': a translated page keeps its original header
                continue
            d = _numeric(line)
            if d is None and _NUMERIC.search(line):
                order = _date_order(text, kb) if order is None else order
                readings = [_numeric(line, "dm"), _numeric(line, "md")]
                d = _numeric(line, order) or _weekday_fit(text, readings, line) or _hijri_fit(line, readings, kb)
            if d and (len(line.split()) <= 12 or _LINE_MARKS.search(line)):
                yield d, line


_WEEKDAY_NAMES = "|".join(D.WEEKDAYS)
_WEEKDAY_WORD = re.compile(rf"\b({_WEEKDAY_NAMES})\b", re.I)
_TOLD_DAY = re.compile(rf"\b(?P<rel>yesterday|today|this morning|this evening|tonight)\W{{1,3}}(?P<wd>{_WEEKDAY_NAMES})\b",
                       re.I)


def _weekday_fit(text: str, candidates: list[date | None], line: str = "") -> date | None:
    """'Date: 4/12/2019' ... 'in the afternoon of yesterday Tuesday': of the two readings of a date whose order the
    text does not tell, the one whose day the text's own 'yesterday Tuesday' or 'today, Wednesday' fits, or the
    weekday written on the date's own line ('Date: 10/6/2021 — Thursday')."""
    told = [(m.group("rel").lower(), D.WEEKDAYS[m.group("wd").lower()]) for m in _TOLD_DAY.finditer(text)]
    told += [("today", D.WEEKDAYS[w.lower()]) for w in _WEEKDAY_WORD.findall(line)]
    if not told:
        return None
    fits = [d for d in candidates if d is not None and all(
        (d - timedelta(days=1 if rel == "yesterday" else 0)).weekday() == wd for rel, wd in told)]
    return fits[0] if len(set(fits)) == 1 else None


HIJRI_SLACK_DAYS = 3  # the tabular Islamic calendar and the one a country observes may differ by a day or two


def _hijri_fit(line: str, candidates: list[date | None], kb: Knowledge) -> date | None:
    """'Sunday 27 Ramadan 1442 AH corresponding to 9/5/2021': of the two readings of an all-figure date, the one the
    Islamic-calendar date beside it falls on."""
    days = D.hijri_days(line, kb)
    fits = {d for d in candidates if d is not None and any(abs((d - h).days) <= HIJRI_SLACK_DAYS for h in days)}
    return next(iter(fits)) if len(fits) == 1 else None


_FOREIGN_DATE = re.compile(r"\b(?P<day>[0-3]?\d)(?:\.|er|º|°)?\s+(?:de\s+)?(?P<mon>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?"
                           r"(?P<year>(?:19|20)\d\d)\b")


def _foreign_date(line: str, kb: Knowledge) -> date | None:
    """'5. Oktober 2018', '12 février 2021', '3 de marzo de 2020': a day, a month named in another language
    (foreign_months) and a year, as the header of a translated page keeps them."""
    months = {**D.MONTHS, **kb.word_map("foreign_months")}  # ('7. September
    # 2019': a month whose name English shares, in another language's order)
    for m in _FOREIGN_DATE.finditer(line):
        month = months.get(fold(m.group("mon")).lower())
        if month:
            try:
                return date(int(m.group("year")), month, int(m.group("day")))
            except ValueError:
                continue
    return None


SIGNATURE_LINES = 3  # a statement or release is dated by a line of its own among its last lines
SIGNATURE_WORDS = 5  # ('4 January 2024', 'Baghdad, 4 January 2024'): a date and a place at most


def _signature_date(text: str, kb: Knowledge) -> date | None:
    """'... Glory to our martyrs.\n\n4 January 2024': a full date alone on one of the last lines."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][-SIGNATURE_LINES:]
    for line in reversed(lines):
        norm = " ".join(t.norm for t in tokenize(line))
        cue = next((c for c in kb.word_class("calendar_equivalents") if f" {c} " in f" {norm} "), None)
        if cue is not None:  # 'Monday 4 Jumada al-Ula 1441 AH, corresponding to 30-12-2019': the date after the cue
            line = re.split(r"\s+".join(map(re.escape, cue.split())), line, maxsplit=1, flags=re.I)[-1]
        elif len(line.split()) > SIGNATURE_WORDS:
            continue
        for e in D.find_dates(line, kb):
            if e.kind in ("iso", "dmy", "mdy") and not e.citation:
                d, _ = D.resolve(e, D.Context(published=None))
                if d:
                    return d
        d = _numeric(line, "" if cue else None)
        if d:
            return d
    return None


def _issue_line(text: str, kb: Knowledge) -> date | None:
    m = _ISSUE.search(text[:_HEAD_CHARS * 2])
    if not m:
        return None
    head = fold(text[:_HEAD_CHARS * 2])
    for pub in kb.publications:
        if pub["key"] in head:
            volume, issue = int(m.group(1)), int(m.group(2))
            year = pub["year"] + volume - 1
            month = min(12, 1 + (issue - 1) * 12 // max(pub["issues"], 1))
            return date(year, month, 1)
    return None


def _masthead_month(text: str, kb: Knowledge) -> date | None:
    """'Issue 147 · April 2021 · Free': an item between separators in a header line that gives a month and year and no
    day (a monthly's masthead): the issue's month."""
    for line in text[:_HEAD_CHARS].splitlines()[:25]:
        line = line.strip()
        if not line or line[:1] in "-*•|":
            continue
        for item in HEADER_ITEM_SPLIT.split(line)[1:-1]:
            dates = [e for e in D.find_dates(item, kb) if not e.citation]
            rest = item[:dates[0].start] + item[dates[0].end:] if len(dates) == 1 else item
            if len(dates) == 1 and dates[0].kind == "my" and len(rest.split()) <= MASTHEAD_ITEM_WORDS:
                d, _ = D.resolve(dates[0], D.Context(published=None))
                if d:
                    return d
    return None


MASTHEAD_ITEM_WORDS = 2  # words besides the month in an item between separators ('No. 47 · Spring edition, May 2021 ·')


YEAR_WRAP_MONTHS = 6  # a month without a year this far before the latest full date is of the next year ('... in
# December 2018 ... in mid-January'); a nearer one is a month earlier ('March 15, 2021 ... the February drive')


def _infer(text: str, kb: Knowledge) -> tuple[date | None, str]:
    """Latest full date mentioned; if later text names months without a year that fall
    before that date's month, the article is from the next year."""
    exprs = D.find_dates(text, kb)
    full = [(e, D.resolve(e, D.Context(published=None))[0]) for e in exprs if e.kind in ("iso", "dmy", "mdy", "my")]
    full = [(e, d) for e, d in full if d and 1900 < d.year < 2100]
    if not full:
        return None, "unknown"  # a bare year is too weak to resolve "on Saturday" or "last week"
    latest_e, latest = max(full, key=lambda x: x[1])
    # a partial date takes the year stated just before it ('18 October 2023 ... On 20 October'), and may
    # then be the latest date of all; with no year nearby it tells that the article runs past its latest
    # full date ('... December 2018 ... in mid-January' is January 2019)
    dated = [(e.start, e.year) for e in exprs if e.year]
    yearless = []
    for e in exprs:
        if e.kind not in ("dm", "md", "m") or not e.month or e.part in ("last", "this"):
            continue  # ('last November' counts back from publication: it cannot tell the year)
        near = [y for start, y in dated if 0 < e.start - start <= 300]
        if near:
            d = date(near[-1], e.month, min(e.day or 1, 28))
            if d > latest:
                latest_e, latest = e, d
        elif e.start > latest_e.start:
            yearless.append(e)  # only text after the latest date can run past it ('... the January strike
            # ... Karbala, 31 July 2024' is a January before it)
    earlier_months = [e for e in yearless if latest.month - e.month >= YEAR_WRAP_MONTHS]
    if earlier_months:
        m = max(e.month for e in earlier_months)
        day = max((e.day or 1) for e in earlier_months if e.month == m)
        return date(latest.year + 1, m, min(day, 28)), "month"
    later_same_year = [e for e in yearless if e.month > latest.month]
    if later_same_year:
        m = max(e.month for e in later_same_year)
        return date(latest.year, m, 1), "month"
    return latest, ("day" if latest_e.kind in ("iso", "dmy", "mdy") or latest_e.day else "month")


def describe(art: Article, sentences: list[Sentence], kb: Knowledge) -> Article:
    """Fill in title and publication date where the manifest left them empty."""
    if not art.title:
        art.title = title_of(art, sentences)
    if art.published is not None:
        return art
    d = _dateline(art.text, kb)
    if d:
        art.published, art.date_method, art.published_precision = d, "dateline", "day"
        return art
    d = _issue_line(art.text, kb)
    if d:
        art.published, art.date_method, art.published_precision = d, "issue_line", "month"
        return art
    d = _masthead_month(art.text, kb)
    if d:
        art.published, art.date_method, art.published_precision = d, "masthead", "month"
        return art
    d, prec = _infer(art.text, kb)
    if d:
        art.published, art.date_method = d, "inferred"
        art.published_precision = "day" if prec == "day" else "month"
    return art
