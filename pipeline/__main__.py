"""Command line: `python -m pipeline build --input DIR --output DIR`. The only place that prints and sets exit codes.

Exit codes: 0 = tables written; 1 = the build could not run (missing input folder, bad knowledge
file); 2 = bad command line; 3 = no document could be read, so nothing was written (the tables
already in the output folder are left as they were).
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from pipeline import config, ingest
from pipeline.resources import ResourceError
from pipeline.run import PipelineError, build
from pipeline.schema import SchemaError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NOTHING_READ = 0, 1, 2, 3


def _progress_bar(total_hint: int):
    from tqdm import tqdm
    bar = None

    def update(done: int, total: int, name: str):
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="doc", desc="reading", disable=total < 20 or not sys.stderr.isatty(),
                       file=sys.stderr)
        bar.update(1)
        if done == total:
            bar.close()
    return update


def summary(report) -> str:
    where = (f"tables in {report.output_dir}/" if report.written else
             f"no article could be read, so nothing was written to {report.output_dir}/")
    lines = [f"Read {report.ok} of {report.documents} documents in {report.seconds:.1f} s; {where}"]
    if report.reused:
        lines.append(f"  {report.extracted} extracted, {report.reused} unchanged (from the extraction cache)")
    if report.corrections_applied or report.orphaned:
        lines.append(f"Corrections: {report.corrections_applied} applied, {len(report.orphaned)} orphaned "
                     "(their evidence is gone; listed in the dashboard's review view)")
    for file, reason in report.skipped:
        lines.append(f"  skipped {file}: {reason}")
    for file, note in report.notes:
        lines.append(f"  note    {file}: {note}")
    for warning in report.warnings:
        lines.append(f"  warning {warning}")
    for file in report.no_events:
        lines.append(f"  no events found in {file}")
    total = sum(report.events_by_type.values())
    lines.append(f"Events: {total}" + (" (" + ", ".join(f"{k} {v}" for k, v in report.events_by_type.items()) + ")" if total else ""))
    lines.append(f"Actors: {report.actors}   Places: {report.places}")
    if report.unplaced:
        top = list(report.unplaced.items())[:15]
        more = len(report.unplaced) - len(top)
        lines.append("Names not in the gazetteer: " + ", ".join(f"{k} ({v})" for k, v in top)
                     + (f" and {more} more" if more > 0 else ""))
    return "\n".join(lines)


def export_command(tables: Path, fmt: str, output: Path) -> int:
    """`python -m pipeline export`: the tables' events in one format, written whole or not at all."""
    from pipeline import export
    try:
        n = export.export_tables(tables, fmt, output)
    except (export.ExportError, SchemaError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"error: cannot write {output}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"wrote {n:,} events to {output}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="read articles and write the events, actors, locations and documents tables")
    b.add_argument("--input", type=Path, default=config.SEEDS, help="folder of .txt, .md and .html articles (default: seeds/)")
    b.add_argument("--output", type=Path, default=config.DATA, help="folder for the tables (default: data/)")
    b.add_argument("--online-geocoder", action="store_true",
                   help="also ask Nominatim for names the gazetteer lacks (rate-limited, cached in .cache/)")
    b.add_argument("--ner", action="store_true",
                   help="run spaCy NER on the sentences of events that have no place, to find unknown place names")
    b.add_argument("--max-mb", type=float, default=ingest.MAX_BYTES / 1024 / 1024,
                   help="skip files larger than this many MB (default: 5)")
    b.add_argument("--full", action="store_true",
                   help="extract every article again, ignoring the extraction cache (the store in the output folder)")
    b.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="extract in this many processes, on a local Dask cluster (default: the number of cores, "
                        f"{os.cpu_count() or 1} here); 1 runs in this process without Dask")
    b.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="extract on the existing Dask cluster at this scheduler address instead (see the README)")
    b.add_argument("-v", "--verbose", action="store_true", help="log each stage")
    sub.add_parser("schema", help="print the data dictionary of the four tables (Markdown)")
    x = sub.add_parser("export", help="write the events as CSV, GeoJSON or ACLED's format (as the dashboard's downloads)")
    x.add_argument("--tables", type=Path, default=config.DATA, help="folder of the tables (default: data/)")
    x.add_argument("--format", choices=("csv", "geojson", "acled"), default="csv")
    x.add_argument("--output", type=Path, required=True, help="file to write")
    args = ap.parse_args(argv)
    if args.command == "export":
        return export_command(args.tables, args.format, args.output)
    if args.command == "schema":
        from pipeline.schema import data_dictionary_markdown
        print(data_dictionary_markdown())
        return EXIT_OK
    if args.jobs < 1:
        ap.error(f"--jobs must be at least 1, not {args.jobs}")
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        report = build(args.input, args.output, progress=_progress_bar(0), online_geocoder=args.online_geocoder, ner=args.ner, full=args.full,
                       jobs=args.jobs, scheduler=args.scheduler, max_bytes=int(args.max_mb * 1024 * 1024))
    except (PipelineError, ResourceError, SchemaError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"error: cannot write the tables: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(summary(report))
    return EXIT_OK if report.ok else EXIT_NOTHING_READ


if __name__ == "__main__":
    sys.exit(main())
