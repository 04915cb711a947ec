"""The pipeline's stages in order: ingest -> segment -> describe -> extract -> geocode -> dedupe -> tables."""
from __future__ import annotations

import logging
import time
from collections import Counter
from pathlib import Path
from typing import Callable

from pipeline import config, dedupe, geocode, ingest, lock, metadata, resources, segment, tables
from pipeline.extract import events as extract_events
from pipeline.model import Article, Event, Mention, Report

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


class PipelineError(RuntimeError):
    """The build cannot run at all (no input folder, unreadable knowledge files)."""


PARSE_BATCH = 32  # articles read together: the parser is about a third faster on large batches of sentences

Result = tuple[list[Event], list[Mention], list[str]]


def process_articles(arts: list[Article], kb: resources.Knowledge, ner: bool = False, parse: bool = True
                     ) -> list[Result]:
    """Events, mentions and unplaced names of several articles, their parses done in one batch. Pure."""
    items = []
    for art in arts:
        sentences = segment.segment(art, kb)
        metadata.describe(art, sentences, kb)
        items.append((art, sentences))
    results = extract_events.extract_many(items, kb, use_parser=parse)
    if ner:
        from pipeline.extract import ner as ner_stage
        results = [(evs, ms, un + ner_stage.place_candidates(evs, kb)) for evs, ms, un in results]
    return results


def process_article(art: Article, kb: resources.Knowledge, ner: bool = False, parse: bool = True) -> Result:
    """One article's events, mentions and unplaced names. Pure: no files touched."""
    return process_articles([art], kb, ner, parse)[0]


def _process_batch(arts: list[Article], kb: resources.Knowledge, ner: bool, parse: bool) -> list[Result]:
    """The batch at once; if it fails, article by article, so that one bad article is skipped alone."""
    try:
        return process_articles(arts, kb, ner, parse)
    except resources.ResourceError as exc:  # a knowledge file lacks something: no article can be read
        raise PipelineError(str(exc)) from exc
    except Exception:  # noqa: BLE001 - find the article that failed below
        pass
    out = []
    for art in arts:
        try:
            out.append(process_article(art, kb, ner, parse))
        except resources.ResourceError as exc:
            raise PipelineError(str(exc)) from exc
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the corpus
            log.exception("extraction failed on %s", art.file)
            art.status = f"skipped: extraction failed ({type(exc).__name__}: {exc})"
            out.append(([], [], []))
    return out


def build(input_dir: Path = config.SEEDS, output_dir: Path = config.DATA, progress: Progress | None = None,
          online_geocoder: bool = False, max_bytes: int = ingest.MAX_BYTES, write: bool = True,
          ner: bool = False, parse: bool = True) -> Report:
    """Read input_dir and write the tables to output_dir, one build at a time per output folder
    (pipeline.lock): a second build of the same folder waits for the first."""
    args = (input_dir, output_dir, progress, online_geocoder, max_bytes, write, ner, parse)
    if not write or not Path(input_dir).is_dir():  # nothing to write, or _build fails at once
        return _build(*args)
    try:
        with lock.build_lock(Path(output_dir)):
            return _build(*args)
    except lock.BuildLockTimeout as exc:
        raise PipelineError(str(exc)) from exc


def _build(input_dir: Path, output_dir: Path, progress: Progress | None, online_geocoder: bool, max_bytes: int,
           write: bool, ner: bool, parse: bool) -> Report:
    t0 = time.perf_counter()
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    if not input_dir.is_dir():
        raise PipelineError(f"input folder not found: {input_dir}")
    try:
        kb = resources.load(str(config.RESOURCES))
    except resources.ResourceError as exc:
        raise PipelineError(str(exc)) from exc
    if ner:
        from pipeline.extract import ner as ner_stage
        try:
            ner_stage._nlp()
        except ner_stage.NerUnavailable as exc:
            raise PipelineError(str(exc)) from exc
    warnings: list[str] = []
    try:
        manifest = ingest.read_manifest(input_dir)
    except ingest.ManifestError as exc:
        log.warning("%s; reading metadata from the texts instead", exc)
        warnings.append(f"{exc}; metadata read from the texts instead")
        manifest = ingest.Manifest()
    try:
        entries = ingest.scan_inputs(input_dir)
    except OSError as exc:
        raise PipelineError(f"cannot read the input folder {input_dir}: {exc.strerror or exc}") from exc
    total = len(entries) + len(ingest.missing_files(manifest, {e.name for e in entries}))
    report = Report(output_dir=str(output_dir))
    articles: list[Article] = []
    all_events: list[Event] = []
    mentions: dict[str, list[Mention]] = {}
    unplaced: Counter = Counter()
    per_doc: Counter = Counter()
    pending: list[Article] = []

    def flush() -> None:
        for art, (evs, ms, un) in zip(pending, _process_batch(pending, kb, ner, parse)):
            all_events.extend(evs)
            mentions[art.file] = ms
            unplaced.update(un)
            per_doc[art.file] = len(evs)
            art.text = art.text if write else ""
        pending.clear()

    for n, art in enumerate(ingest.read_folder(input_dir, manifest, max_bytes, entries), start=1):
        articles.append(art)
        if art.status.startswith("ok"):
            pending.append(art)
        else:
            art.text = art.text if write else ""
        if len(pending) >= PARSE_BATCH:
            flush()
        if progress:
            progress(n, total, art.file)
    flush()
    warnings += ingest.document_issues(manifest, {a.file for a in articles})
    online = geocode.make_online(config.CACHE) if online_geocoder else None
    resolved = geocode.geocode(all_events, kb, online)
    parents = {a.name: a.parent or a.affiliation for a in kb.actors.values() if a.parent or a.affiliation}
    persons = {a.name for a in kb.actors.values() if a.actor_type == "person"}
    merged = dedupe.dedupe(all_events, parents, persons)
    urls = {a.file: a.url for a in articles if a.url}
    by_file = {a.file: a for a in articles}
    out = {
        "events": tables.events_table(merged, kb, urls),
        "actors": tables.actors_table(merged, mentions, by_file, kb),
        "locations": tables.locations_table(merged, mentions, kb, resolved, unplaced),
        "documents": tables.documents_table(articles, per_doc),
    }
    readable = any(a.status.startswith("ok") for a in articles)
    if write and readable:  # with no article read, the previous tables stay as they are
        extra = {"mentions": tables.mentions_table(mentions), "texts": tables.texts_table(articles)}
        tables.write(out, output_dir, extra, {"input_dir": str(input_dir.resolve()), "documents": len(articles),
                                              "events": len(out["events"])})
    report.documents = len(articles)
    report.ok = sum(a.status.startswith("ok") for a in articles)
    report.skipped = [(a.file, a.status.removeprefix("skipped: ")) for a in articles if a.status.startswith("skipped")]
    report.events_by_type = dict(Counter(out["events"]["event_type"]).most_common())
    report.actors = len(out["actors"])
    report.places = int((out["locations"]["resolved_by"] != "unresolved").sum())
    report.unplaced = dict(unplaced.most_common())
    report.notes = [(a.file, a.status.removeprefix("ok: ")) for a in articles if a.status.startswith("ok: ")]
    report.no_events = [a.file for a in articles if a.status.startswith("ok") and per_doc[a.file] == 0]
    report.warnings = warnings
    report.written = write and readable
    report.seconds = time.perf_counter() - t0
    report.tables = out
    return report
