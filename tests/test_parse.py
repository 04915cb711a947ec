"""The parser's speed-up (thinc's matrix products on numpy's BLAS) must not change a single tree."""
from pathlib import Path

import spacy

from pipeline.extract import parse

ROOT = Path(__file__).resolve().parent.parent


def _sentences(limit: int = 400) -> list[str]:
    out = []
    for p in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data").glob("blind_*/*.txt")):
        out += [s.strip() for s in p.read_text(encoding="utf-8").replace("\n", " ").split(". ") if len(s.split()) > 5]
    return out[:limit]


def test_blas_ops_are_in_use():
    layer_ops = {type(node.ops).__name__ for node in parse.nlp().get_pipe("tok2vec").model.walk()}
    assert layer_ops == {"BlasOps"}


def test_blas_ops_give_the_same_trees_as_spacys_own_ops():
    stock = spacy.load(parse.MODEL, disable=["ner", "lemmatizer", "attribute_ruler"])
    texts = _sentences()
    assert len(texts) >= 300
    ours = parse.parse_many(texts)
    theirs = list(stock.pipe((t.translate(parse._QUOTES) for t in texts), batch_size=64))
    differ = [(a.text, a.i) for da, db in zip(ours, theirs) for a, b in zip(da, db)
              if (a.head.i, a.dep_, a.tag_) != (b.head.i, b.dep_, b.tag_)]
    assert sum(len(d) for d in ours) > 5000
    assert differ == []
