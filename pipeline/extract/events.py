"""Events from an article's sentences: the sentence layer reads each sentence, the article layer
dates and merges what they state.

Dictionary matching and date expressions run on every sentence; the dependency parse runs only on
the sentences that hold a trigger of violence (talk alone is read without it), in one batch for
several articles at once, since the parser is much faster on large batches.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract import dates as D
from pipeline.extract import discourse, parse, sentence
from pipeline.extract.lexicon import Matches, match
from pipeline.model import Article, Event, Mention, Sentence
from pipeline.resources import Knowledge
from pipeline.schema import TALK_TYPES


@dataclass
class Prepared:
    """One article's sentences matched against the knowledge files, waiting for their parses."""
    article: Article
    matched: list[tuple[Sentence, Matches, list]]
    to_parse: list[int]  # indices into matched
    cuts: list[int] = field(default_factory=list)  # per sentence to parse: where the text after its dateline starts


# 'BAGHDAD (Reuters) - ', 'CAIRO/DAMASCUS, Wednesday 7 June 2017 - ', 'ERBIL, Iraq, June 19 (AFP) — ': a place in
# capitals, then an optional date and agency, then a dash. The parser reads the dateline into the sentence (the
# city as the subject of 'said'), so the sentence is parsed from the text after it.
_DATELINE = re.compile(r"[A-Z][A-Z'’.-]{2,}(?:[ /][A-Z][A-Z'’.-]+)*(?:,[^—–\n]{0,60}?)?(?:\s*\([^)]{1,40}\))?"
                       r"\s*(?:—|–|--|\s-\s)\s*")


def body_start(text: str) -> int:
    """Where the sentence's text starts after a dateline that opens it (0 when none does)."""
    m = _DATELINE.match(text)
    return m.end() if m and m.end() < len(text) else 0


def _flat(m: Matches, kb: Knowledge) -> parse.FlatTree:
    trig = sorted({k for t in m.triggers for k in range(t.i, t.j)})
    participles = {k for k, t in enumerate(m.toks) if t.norm.endswith("ed")}
    aux = kb.word_class("passive_auxiliaries")
    passive = {k for k in participles if k > 0 and m.toks[k - 1].norm in aux}
    return parse.FlatTree(len(m.toks), m.chunk_of, trig, participles, passive)


def _needs_parse(sent: Sentence, m: Matches, impact: frozenset[str]) -> bool:
    if sent.is_title:
        return False
    if any(t.trigger.event_type not in TALK_TYPES for t in m.triggers):
        return True
    return bool(m.cues["instrument"]) and any(t.norm in impact for t in m.toks)  # 'rockets landed on', 'a drone against'


# an outlet's name as the manifest gives it: 'The Sunday Blast', 'Al-Sahil Daily (Manama; translated from Arabic)'
_OUTLET_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
_OUTLET_ARTICLE = re.compile(r"^the\s+", re.I)
MIN_OUTLET_CHARS = 5  # shorter names ('AP', 'BBC') hold no word the lexicon could misread


def outlet_name(source: str) -> str:
    """The name an outlet calls itself by in its own text ('the Sunday Blast understands'), or ''."""
    name = _OUTLET_ARTICLE.sub("", _OUTLET_NOTE.sub("", source or "").strip())
    return name if len(name) >= MIN_OUTLET_CHARS else ""


def without_outlet(text: str, name: str) -> str:
    """The text with the outlet's own name blanked (same length, so every offset holds): 'the Sunday Blast
    understands' names no day and no blast."""
    return text.replace(name, " " * len(name)) if name and name in text else text


def prepare(art: Article, sentences: list[Sentence], kb: Knowledge) -> Prepared:
    impact = kb.word_class("impact_verbs") | kb.word_class("attack_preps") | {
        v.split()[0] for v in kb.word_class("impact_phrasal_verbs")}  # ('came' of 'came down': the parse tells)
    outlet = outlet_name(art.source)
    matched = []
    for sent in sentences:
        text = without_outlet(sent.text, outlet) if not sent.is_title else sent.text
        m = match(text, sent.start, kb, sent.is_title)
        matched.append((sent, m, sentence.date_tokens(sent, m, D.find_dates(text))))
    todo = [k for k, (sent, m, _d) in enumerate(matched) if _needs_parse(sent, m, impact)]
    return Prepared(art, matched, todo, [body_start(matched[k][0].text) for k in todo])


def finish(p: Prepared, docs: list | None, kb: Knowledge) -> tuple[list[Event], list[Mention], list[str]]:
    """The article's events from its matches and the parses of `p.to_parse` (None: no parse)."""
    trees = {}
    light_verbs = kb.word_class("light_verbs")
    for k, cut, doc in zip(p.to_parse, p.cuts, docs or []):
        sent, m, _d = p.matched[k]
        trees[k] = parse.from_doc(doc, m.toks, sent.start + cut, light_verbs)
    readings, unplaced = [], []
    for k, (sent, m, dates) in enumerate(p.matched):
        tree = trees.get(k) or _flat(m, kb)
        readings.append(sentence.read(sent, m, dates, tree, kb))
        unplaced.extend(u[0] for u in m.unplaced)
    events, mentions = discourse.resolve(p.article, readings, kb)
    return events, mentions, unplaced


def extract_many(items: list[tuple[Article, list[Sentence]]], kb: Knowledge, use_parser: bool = True
                 ) -> list[tuple[list[Event], list[Mention], list[str]]]:
    """Several articles at once: one parse call for all their trigger sentences."""
    prepared = [prepare(art, sents, kb) for art, sents in items]
    texts = [p.matched[k][0].text[cut:] for p in prepared for k, cut in zip(p.to_parse, p.cuts)]
    docs = iter(parse.parse_many(texts)) if use_parser and texts else None
    out = []
    for p in prepared:
        mine = [next(docs) for _ in p.to_parse] if docs is not None else None
        out.append(finish(p, mine, kb))
    return out


def extract(art: Article, sentences: list[Sentence], kb: Knowledge, use_parser: bool = True
            ) -> tuple[list[Event], list[Mention], list[str]]:
    """All events an article states, the mentions recognised along the way, and the place names not in the gazetteer."""
    return extract_many([(art, sentences)], kb, use_parser)[0]
