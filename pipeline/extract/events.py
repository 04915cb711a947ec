"""Events from an article's sentences: the sentence layer reads each sentence, the article layer
dates and merges what they state.

Dictionary matching and date expressions run on every sentence; the dependency parse runs only on
the sentences that hold a trigger, in one batch per article.
"""
from __future__ import annotations

from pipeline.extract import dates as D
from pipeline.extract import discourse, parse, sentence
from pipeline.extract.lexicon import match
from pipeline.model import Article, Event, Mention, Sentence
from pipeline.resources import Knowledge


def _flat(m) -> parse.FlatTree:
    trig = sorted({k for t in m.triggers for k in range(t.i, t.j)})
    participles = {k for k, t in enumerate(m.toks) if t.norm.endswith("ed")}
    passive = {k for k in participles if k > 0 and m.toks[k - 1].norm in ("was", "were", "been", "being", "be")}
    return parse.FlatTree(len(m.toks), m.chunk_of, trig, participles, passive)


def extract(art: Article, sentences: list[Sentence], kb: Knowledge, use_parser: bool = True
            ) -> tuple[list[Event], list[Mention], list[str]]:
    """All events an article states, the mentions recognised along the way, and the place names not in the gazetteer."""
    matched = []
    for sent in sentences:
        m = match(sent.text, sent.start, kb, sent.is_title)
        dates = sentence.date_tokens(sent, m, D.find_dates(sent.text))
        matched.append((sent, m, dates))
    impact = kb.word_class("impact_verbs")
    todo = [k for k, (sent, m, _d) in enumerate(matched) if not sent.is_title and (
        m.triggers or (m.cues["instrument"] and any(t.norm in impact for t in m.toks)))]
    trees = {}
    if todo and use_parser:
        docs = parse.parse_many([matched[k][0].text for k in todo])
        for k, doc in zip(todo, docs):
            sent, m, _d = matched[k]
            trees[k] = parse.from_doc(doc, m.toks, sent.start)
    readings = []
    unplaced: list[str] = []
    for k, (sent, m, dates) in enumerate(matched):
        tree = trees.get(k) or _flat(m)
        readings.append(sentence.read(sent, m, dates, tree, kb))
        unplaced.extend(u[0] for u in m.unplaced)
    events, mentions = discourse.resolve(art, readings, kb)
    return events, mentions, unplaced
