"""Splits an article's text into paragraphs and sentences, with character offsets.

Lines that are site furniture (menus, sign-in prompts, newsletter blurbs) and repeated
lines (photo captions printed twice) are left out.
"""
from __future__ import annotations

import re

from pipeline.model import Article, Sentence

_ABBREV = {"u.s", "u.k", "u.n", "col", "gen", "lt", "sgt", "maj", "capt", "cpt", "dr", "mr", "mrs", "ms", "st",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vol",
           "brig", "adm", "gov", "sen", "rep", "rev", "prof", "jr", "sr", "inc", "co", "corp", "e.g", "i.e",
           "approx", "est", "mt", "ft", "pres", "sheikh", "lt.col", "vs", "etc"}
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_FURNITURE = re.compile(
    r"^(skip to (main )?content|sign in|log in|subscribe|already a member|share (this|on)|follow us|read more|"
    r"related( articles| stories)?:?|advertisement|leave a reply|your email address|required fields|"
    r"all rights reserved|cookie|newsletter|join (over|hundreds)|photo( credit)?:|image:|click here|"
    r"become (a )?member|free newsletters|what's included|premium membership|trend reports|memos -|"
    r"live video|special events|we also offer|business and policy professionals|the middle east's best|"
    r"delivered straight|tags?:|categories:|print|email|comments?)\b", re.I)


_CREDIT = re.compile(r"(REUTERS\s*/|–\s*REUTERS|AFP via Getty|Getty Images|\(photo credit|\(AP Photo|AP Photo/|"
                     r"\bPhoto(?:graph)?:|\bImage:|\(X video screenshot|\(Screenshot|\bFile photo\b)", re.I)


_DATELINE = re.compile(r"\b(19|20)\d\d\b.*[»—–|]|^\W*date\s+\d{4}-\d\d-\d\d|^[A-Z][a-z]+ \d{1,2}, (19|20)\d\d\W*$")


def _is_furniture(line: str) -> bool:
    words = line.split()
    if not words:
        return True
    if len(words) < 60 and _CREDIT.search(line):
        return True  # a photo caption: it describes a picture, often of another event
    if _FURNITURE.match(line.strip(" •·*-–—|")):
        return len(words) < 30
    return len(words) <= 2 and not re.search(r"\d", line)


def _split_line(line: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _BOUNDARY.finditer(line):
        before = line[start:m.start() + 1]
        last = re.search(r"([A-Za-z.]+)\.$", line[max(0, m.start() - 40):m.start() + 1])
        if last:
            word = last.group(1).lower().rstrip(".")
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        if len(before.strip()) < 2:
            continue
        end = m.end()
        stop = end
        while stop > start and line[stop - 1].isspace():
            stop -= 1
        spans.append((start, stop))
        start = end
    if line[start:].strip():
        spans.append((start, len(line.rstrip())))
    return [piece for span in spans for piece in _cap(line, *span)]


MAX_SENTENCE = 1200  # characters; a longer "sentence" is a run-on or a broken page, cut at spaces


def _cap(line: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    while end - start > MAX_SENTENCE:
        cut = line.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append((start, cut))
        start = cut + 1
    out.append((start, end))
    return out


def segment(article: Article) -> list[Sentence]:
    """Sentences in reading order. The first substantial line is the title."""
    text = article.text
    sentences: list[Sentence] = []
    seen_lines: set[str] = set()
    paragraph = 0
    title_done = False
    pos = 0
    for raw_line in text.split("\n"):
        line_start = pos
        pos += len(raw_line) + 1
        line = raw_line.strip()
        if not line or _is_furniture(line):
            continue
        if line in seen_lines:
            continue
        seen_lines.add(line)
        lead = raw_line.index(line[0])
        dateline = bool(_DATELINE.search(line)) and len(_DATELINE.sub(" ", line).split()) <= 4
        latin_words = len(re.findall(r"[A-Za-z]{2,}", line))
        is_title = not title_done and not dateline and latin_words >= 4 and not re.search(r"[.!?]$", line)
        if latin_words >= 4 and not dateline:
            title_done = True
        paragraph += 1
        for s, e in _split_line(line):
            chunk = line[s:e]
            strip = len(chunk) - len(chunk.lstrip())
            sentences.append(Sentence(
                text=chunk.strip(), start=line_start + lead + s + strip, end=line_start + lead + e,
                paragraph=paragraph, index=len(sentences), is_title=is_title,
            ))
    return sentences
