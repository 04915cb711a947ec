"""Splits an article's text into paragraphs and sentences, with character offsets.

Lines that are site furniture (menus, sign-in prompts, subscription blurbs, photo credits) and repeated
lines (photo captions printed twice) are left out. The words these rules test are word classes in
resources/word_classes.csv.
"""
from __future__ import annotations

import re
from typing import Iterator

from pipeline import resources
from pipeline.model import Article, Sentence
from pipeline.resources import Knowledge
from pipeline.text import fold, tokenize

# a match starts only where a run of stops starts: tried from inside a run it would fail the same way,
# and trying every position of a long run of '!!!!' would take time that grows with the run's square
_CITE = r"(?:\[(?:\^?\d{1,3}|[a-z]|citation needed)\])*"  # reference marks after a full stop ('... injuries.[17] Hours',
# a Markdown footnote's '... groups.[^5] Press reports')
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]+[\"”’')\]]*" + _CITE + r"\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")  # the word a full stop ends, with any inner dots ('U.S', 'Lt')
_NEXT_WORD = re.compile(r"[\"“‘'(\[]?([A-Za-z]+)")
_DAY_NUMBER = re.compile(r"(?<!\d)[0-3]?\d\.$")  # the number of a day and its full stop
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")  # 'U.S', 'D.C', 'p.m' (the last dot is cut off)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_LIST_ITEM = re.compile(r"^[•·▪●◦‣]\s")  # a bullet glyph; '-' and '*' lists are often the article's own
_MENU_SEPARATORS = re.compile(r"\s[|•·]\s")

FURNITURE_MAX_WORDS = 30  # a line opened by a furniture phrase ('Read more', 'Share this') is furniture up to here
CAPTION_MAX_WORDS = 60  # a photo credit in a longer line is a citation inside a paragraph
PROMPT_MAX_WORDS = 12  # 'Sign up for our newsletter': short, no full stop, one subscription word
MARKETING_MAX_WORDS = 40  # a longer line is article text even if it mentions subscriptions
MENU_ITEM_MAX_WORDS = 4  # 'Security Briefing', 'World News': a link in a list or a menu bar
MENU_MIN_ITEMS = 4  # a menu bar has this many items or more; a title with its section and site has fewer
MENU_CAPITALISED = 0.7  # share of a menu item's longer words that are capitalised, as in a title


_CREDIT = re.compile(r"(REUTERS\s*/|–\s*REUTERS|AFP via Getty|Getty Images|\(photo credit|\(AP Photo|AP Photo/|"
                     r"\bPhoto(?:graph)?:|\bImage:|\(X video screenshot|\(Screenshot|\bFile photo\b)", re.I)


_DATELINE = re.compile(r"\b(19|20)\d\d\b.*[»—–|]|^\W*date\s+\d{4}-\d\d-\d\d|^[A-Z][a-z]+ \d{1,2}, (19|20)\d\d\W*$")


def _is_furniture(line: str, kb: Knowledge) -> bool:
    words = line.split()
    if not words:
        return True
    if len(words) < CAPTION_MAX_WORDS and _CREDIT.search(line):
        return True  # a photo caption: it describes a picture, often of another event
    if sum(w.startswith(("#", "@")) for w in words) * 2 >= len(words):
        return True  # a line of hashtags or handles: a social-media footer, not a sentence
    if len(words) > MARKETING_MAX_WORDS:
        return False  # a paragraph: the rules below are for short lines
    norms = [t.norm for t in tokenize(line)]
    if _opens_with(norms, kb.word_class("furniture_openers")):
        return len(words) < FURNITURE_MAX_WORDS
    grams = set(norms) | {f"{a} {b}" for a, b in zip(norms, norms[1:])}  # words and two-word phrases
    if _marketing(line, len(words), grams, kb) or _menu(line):
        return True
    return len(words) <= 2 and not re.search(r"\d", line) and not any(
        n in kb.word_class("weekdays") or n in kb.word_class("months") for n in norms)  # (a heading 'Tuesday
    # evening' dates the entries below)


def _opens_with(norms: list[str], phrases: frozenset[str]) -> bool:
    longest = max(p.count(" ") for p in phrases) + 1
    return any(" ".join(norms[:k]) in phrases for k in range(1, min(longest, len(norms)) + 1))


def _marketing(line: str, n_words: int, grams: set[str], kb: Knowledge) -> bool:
    """A subscription or account prompt: a short line with a subscription word and no full stop
    ('The Week's Best Newsletters'), or a line with two such words, or one that addresses the reader
    ('Delivered to your inbox')."""
    hits = grams & kb.word_class("furniture_words")
    if not hits:
        return False
    if n_words <= PROMPT_MAX_WORDS and not _SENTENCE_END.search(line):
        return True
    quoted = re.search(r"[\"“”]", line)  # 'we' and 'our' inside a quote are a speaker's, not the site's
    return len(hits) >= 2 or (not quoted and bool(grams & kb.word_class("reader_words")))


def _menu(line: str) -> bool:
    """A list of links: a bulleted item, or a bar of items between | or • separators, each a few
    capitalised words with no digits and no full stop ('• Security Briefing', 'Home | World | Politics | Opinion')."""
    items = [i for i in _MENU_SEPARATORS.split(_LIST_ITEM.sub("", line)) if i.strip()]
    if not (_LIST_ITEM.match(line) or len(items) >= MENU_MIN_ITEMS):
        return False
    if re.search(r"\d", line) or _SENTENCE_END.search(line):
        return False
    for item in items:
        toks = tokenize(item)
        long_words = [t for t in toks if len(t.norm) > 3] or toks
        if not toks or len(toks) > MENU_ITEM_MAX_WORDS or \
                sum(t.title for t in long_words) < MENU_CAPITALISED * len(long_words):
            return False
    return True


def _is_boundary(line: str, m: re.Match, kb: Knowledge) -> bool:
    """Whether the full stop (or ! ?) that m matched ends a sentence."""
    last = _LAST_WORD.search(line[max(0, m.start() - 40):m.start() + 1])
    if not last:
        day = _DAY_NUMBER.search(line[max(0, m.start() - 3):m.start() + 1])
        nxt = _NEXT_WORD.match(line, m.end())
        return not (day and nxt and line[m.start()] == "." and fold(nxt.group(1)) in kb.word_class("months"))
        # ('in the night to 8. January 2020': a day written with its full stop, not a sentence's end)
    word = last.group(1).rstrip(".")
    norm = fold(word)
    if len(word) == 1 and word.isalpha():
        return False  # an initial: 'George W. Bush'
    if norm in kb.word_class("abbreviations"):
        return False  # 'Lt. Gen. Smith'
    nxt = _NEXT_WORD.match(line, m.end())
    nxt = fold(nxt.group(1)) if nxt else ""
    if norm in kb.word_class("time_abbreviations"):  # 'at 10 p.m. Monday' goes on; 'at 10 p.m. Rockets' does not
        goes_on = (kb.word_class("weekdays") | kb.word_class("months") | kb.word_class("month_abbreviations")
                   | kb.word_class("time_zones"))
        return nxt not in goes_on and line[m.end()] != "("
    if _INITIALISM.match(word) or norm in kb.word_class("closing_abbreviations") | kb.word_class("month_abbreviations"):
        return nxt in kb.word_class("sentence_starters")  # 'the U.S. The next day' vs 'a U.S. Army convoy'; 'Jan. 3'
        # goes on, 'stopped from early Feb. The tally' ends
    return True


def _split_line(line: str, kb: Knowledge) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _BOUNDARY.finditer(line):
        before = line[start:m.start() + 1]
        if not _is_boundary(line, m, kb):
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


HEADLINE_MAX_WORDS = 20  # a line this short with no full stop, above the first sentence, is a headline or deck
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


MAX_LINE = 5000  # characters; a longer line (a page saved without line breaks) is read in pieces about this long
_PIECE_END = re.compile(r"[.!?][\"”’')\]]*" + _CITE + r"\s+")  # where a piece may end: after a sentence
_SPACE = re.compile(r"\s")


def _pieces(line: str) -> list[tuple[int, int]]:
    """(start, end) of pieces of a line, each at most MAX_LINE long, cut after the last sentence end in
    the second half of the window, else at the last space there, else at MAX_LINE. Lines within the
    bound are one piece. A run-on line is thus read as paragraphs, and every rule that looks at a whole
    line looks at a bounded one."""
    out, start = [], 0
    while len(line) - start > MAX_LINE:
        lo, hi = start + MAX_LINE // 2, start + MAX_LINE
        cut = None
        for m in _PIECE_END.finditer(line, lo, hi):
            cut = m.end()
        if cut is None:
            spaces = [m.end() for m in _SPACE.finditer(line, lo, hi)]
            cut = spaces[-1] if spaces else hi
        out.append((start, cut))
        start = cut
    out.append((start, len(line)))
    return out


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of the text's lines, run-on lines cut into pieces (see _pieces)."""
    pos = 0
    for raw_line in text.split("\n"):
        if len(raw_line) <= MAX_LINE:
            yield pos, raw_line
        else:
            for s, e in _pieces(raw_line):
                yield pos + s, raw_line[s:e]
        pos += len(raw_line) + 1


def segment(article: Article, kb: Knowledge | None = None) -> list[Sentence]:
    """Sentences in reading order. The first substantial line is the title."""
    kb = kb or resources.load()
    text = article.text
    sentences: list[Sentence] = []
    seen_lines: set[str] = set()
    paragraph = 0
    title_done = False
    body_started = False
    for line_start, raw_line in _lines(text):
        line = raw_line.strip()
        if not line or _is_furniture(line, kb):
            continue
        if line in seen_lines:
            continue
        seen_lines.add(line)
        lead = raw_line.index(line[0])
        dateline = bool(_DATELINE.search(line)) and len(_DATELINE.sub(" ", line).split()) <= 4
        latin_words = len(re.findall(r"[A-Za-z]{2,}", line))
        ends = bool(re.search(r"[.!?][\"”’')\]]*$", line))
        is_title = not title_done and not dateline and latin_words >= 4 and not ends
        # a headline repeated on the page, a deck or a subhead above the first sentence: not the story's body
        is_title = is_title or (not body_started and not ends and 3 <= latin_words <= HEADLINE_MAX_WORDS)
        if latin_words >= 4 and not dateline:
            title_done = True
        body_started = body_started or (ends and latin_words >= 6)
        paragraph += 1
        for s, e in _split_line(line, kb):
            chunk = line[s:e]
            strip = len(chunk) - len(chunk.lstrip())
            sentences.append(Sentence(
                text=chunk.strip(), start=line_start + lead + s + strip, end=line_start + lead + e,
                paragraph=paragraph, index=len(sentences), is_title=is_title,
            ))
    return sentences
