"""The dependency parse with spaCy's own matrix products (blis) and with ours (numpy's OpenBLAS, see
`pipeline.extract.parse._blas_ops`): seconds of CPU time, words/s, and how many tokens get a different head,
label or tag (it should be 0). Prints the figures; asserts nothing (it is not a test).

The sentences are those of the seed articles and the invented blind sets (tests/data/blind_*), repeated to
`--words`. Both models run in this process on one BLAS thread, after a warm-up.

    python benchmarks/bench_parse_ops.py [--words 200000]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

for _k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_k, "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from pipeline.extract import parse  # noqa: E402


def sentences(words: int) -> list[str]:
    base = []
    for p in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data").glob("blind_*/*.txt")):
        text = p.read_text(encoding="utf-8").replace("\n", " ")
        base += [s.strip() for s in text.split(". ") if len(s.split()) > 5]
    out, n = [], 0
    while n < words:
        for s in base:
            out.append(s.translate(parse._QUOTES))
            n += len(s.split())
            if n >= words:
                break
    return out


def timed(nlp, texts):
    list(nlp.pipe(texts[:100], batch_size=64))  # warm-up
    t = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=64))
    return time.process_time() - t, docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=200_000)
    args = ap.parse_args()
    texts = sentences(args.words)
    words = sum(len(t.split()) for t in texts)
    disable = ["ner", "lemmatizer", "attribute_ruler"]
    stock_s, stock_docs = timed(spacy.load(parse.MODEL, disable=disable), texts)
    ours_s, our_docs = timed(parse.load_model(disable), texts)
    differ = sum(1 for da, db in zip(stock_docs, our_docs) for a, b in zip(da, db)
                 if (a.head.i, a.dep_, a.tag_) != (b.head.i, b.dep_, b.tag_))
    tokens = sum(len(d) for d in stock_docs)
    print(f"{len(texts):,} sentences, {words:,} words, tagger + parser, one BLAS thread, CPU seconds")
    print(f"spaCy's own ops (blis)  : {stock_s:6.1f} s  {words / stock_s:8,.0f} words/s")
    print(f"numpy's BLAS (OpenBLAS) : {ours_s:6.1f} s  {words / ours_s:8,.0f} words/s  ({stock_s / ours_s:.2f}x)")
    print(f"tokens whose head, label or tag differ: {differ} of {tokens:,}")


if __name__ == "__main__":
    main()
