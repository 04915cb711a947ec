"""Joins the lines of hard-wrapped plain text back into paragraphs.

Text saved from e-mail, wire feeds, terminals and many press-release pages breaks every line at a fixed
width (72, 80, 100 characters), so a sentence runs over two or three lines. Read line by line, each piece
would be a sentence of its own (and a short one above the first full stop a headline). A line break is a
wrap when the text as a whole is wrapped and the first word of the next line would not have fitted on the
line: a writer's own break (a headline, a byline, the 'Issued:' line of a statement) leaves room for it.
"""
from __future__ import annotations

import re

WRAP_MAX_WIDTH = 132  # a longer line is a paragraph written on one line, never a wrapped one (132: the widest
# terminal and line-printer width still in use)
WRAP_BAND = 0.75  # a wrapped line fills at least this share of the width (a greedy wrap leaves at most one long
# word's room, and a word of a quarter of the width is rare)
WRAP_MIN_WIDTH = 40  # prose is not wrapped narrower than this; many equal shorter lines are time stamps or list
# entries ('11:58 p.m. ET' over each post of a live page)
WRAP_SLACK = 5  # characters: a text wrapped by hand, or by a tool that counts an indent differently, breaks a
# line a few characters before the word would truly have overflowed
WRAP_MIN_LINES = 5  # the text is wrapped when at least this many lines fill the width ...
# ... and they outnumber the lines too long to be wrapped (text with one paragraph a line has few full-width lines)

_BLOCK_START = re.compile(r"\s*(?:[-*+•·▪●–—>#|=_]|\d{1,3}[.)]\s|\(?[a-z]\)\s|\[\d+\])")  # a list item, quote,
# heading, table row or rule: the writer began a line of its own there
_RULE = re.compile(r"\s*[-=_*~#]{3,}\s*$")


def wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None when it is not hard-wrapped."""
    short = sorted((len(line) for line in lines if line.strip() and len(line) <= WRAP_MAX_WIDTH), reverse=True)
    if len(short) < WRAP_MIN_LINES:
        return None
    width = short[WRAP_MIN_LINES - 1]  # not the longest line: one heading or link a little wider than the wrap
    # would make every full line look short
    if width < WRAP_MIN_WIDTH:
        return None
    full = sum(n >= WRAP_BAND * width for n in short)
    too_long = sum(len(line) > WRAP_MAX_WIDTH for line in lines)
    return width if full >= WRAP_MIN_LINES and full > too_long else None


def unwrap(text: str) -> str:
    """The text with each wrapped line break (and the next line's indent) replaced by one space."""
    lines = [line.rstrip() for line in text.split("\n")]
    width = wrap_width(lines)
    if width is None:
        return text
    out = [lines[0]]
    for prev, line in zip(lines, lines[1:]):  # prev: the physical line above, before any join
        word = line.split(maxsplit=1)[0] if line.strip() else ""
        wrapped = bool(word) and bool(prev.strip()) and len(prev) <= WRAP_MAX_WIDTH and len(prev) + 1 + len(word) > width - WRAP_SLACK \
            and not _BLOCK_START.match(line) and not _RULE.match(prev)
        if wrapped:
            out[-1] += " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)
