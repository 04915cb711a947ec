"""A corpus of bad inputs around good articles: is everything bad reported, and is the good part untouched?
Prints the figures; asserts nothing (it is not a test).

Writes into a temporary folder ~20 good invented articles, ~30 bad inputs (empty, binary, too large,
folders named like articles, unknown extensions, links out of the folder, link loops, dangling links,
a pipe, deeply nested unclosed HTML, pages with no text), a few awkward but readable ones (UTF-16 with
and without a byte-order mark, Windows-1252 with and without <meta charset>, CR line ends, a 5 MB
single line, a name that is not UTF-8) and a broken manifest.csv (bad date, duplicate row, wrong
number of fields, an unclosed quote, a missing file, an unknown column). Then it builds that folder
and a folder of the good files alone (with the manifest's good rows), and prints:

- good documents with events in both builds (they must be equal, document by document);
- crashes (an exception out of the build, or a document whose status is an exception);
- bad inputs reported by name (n of N): each file's name with its reason in the summary and a
  'skipped' row in the documents table; each bad manifest row's line number in the summary;
- awkward inputs read, and how many of them gave events;
- wall time of each build, peak memory (ru_maxrss of this process), and the worst seconds
  ingest spent on a nested HTML page.

    python benchmarks/bench_bad_inputs.py [--keep DIR]
"""
from __future__ import annotations

import argparse
import codecs
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from html_pages import NEST_MB, nested_page  # noqa: E402

from pipeline import ingest  # noqa: E402
from pipeline.__main__ import summary  # noqa: E402
from pipeline.run import build  # noqa: E402

PLACES = ["Camp Taji", "Ain al-Asad Air Base", "Al-Qaim", "Jurf al-Sakhar", "Erbil International Airport",
          "Balad Air Base", "Baghdad International Airport", "Nasiriyah", "Fallujah", "Mosul"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
EVENTS = [
    "Three rockets struck {place} on {date}, wounding two contractors, a security official said.",
    "A drone strike hit a vehicle near {place} on {date}, killing two members of Kataib Hezbollah.",
    "A roadside bomb hit a logistics convoy near {place} on {date}, damaging one truck.",
    "US aircraft carried out airstrikes on weapons depots near {place} on {date}, the Pentagon said.",
    "Gunmen from Asaib Ahl al-Haq clashed with Iraqi police near {place} on {date}.",
]
FILLER = ["Officials did not give further details.", "The embassy declined to comment on the report.",
          "Local markets reopened later in the day.", "The provincial council is due to meet next week."]


def good_articles(rng: random.Random, n: int = 20) -> dict[str, tuple[str, list[str]]]:
    """n short invented articles, each with one or two event sentences: name -> (text, manifest row)."""
    out = {}
    for i in range(n):
        year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
        date_text = f"{day} {MONTHS[month - 1]} {year}"
        body = [t.format(place=rng.choice(PLACES), date=date_text) for t in rng.sample(EVENTS, rng.randint(1, 2))]
        body += rng.sample(FILLER, 2)
        title = f"Attack reported near {rng.choice(PLACES)}"
        text = f"{title}\n\n" + "\n\n".join(body) + "\n"
        row = [f"good_{i:02d}.txt", title, "Bench Wire", f"https://benchwire.example/{i}",
               f"{year}-{month:02d}-{min(day + 1, 28):02d}"]
        out[row[0]] = (text, row)
    return out


def _write(folder: Path, name: str, data: bytes | str) -> None:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def bad_inputs(folder: Path, outside: Path, rng: random.Random, max_bytes: int) -> list[str]:
    """Write the bad inputs; return their names."""
    names = []

    def add(name: str, data: bytes | str | None = None) -> None:
        names.append(name)
        if data is not None:
            _write(folder, name, data)

    add("empty.txt", b"")
    add("empty_bom.txt", codecs.BOM_UTF8)
    add("blank.md", "   \n\n\t\n")
    add("random.txt", rng.randbytes(4096))
    add("picture.html", b"\x89PNG\r\n\x1a\n" + rng.randbytes(3000))
    add("controls.txt", bytes(rng.choice(range(1, 8)) for _ in range(5000)))
    add("too_large.txt", "Rockets hit the base. " * (max_bytes // 22 + 100))
    add("notes.pdf", b"%PDF-1.4\n")
    add("data.json", '{"event": "not an article"}')
    add("README", "A readme with no extension.")
    add("page.php", "<p>Server code, not a saved page.</p>")
    for name in ("folder.txt", "archive.html", "drafts"):
        (folder / name).mkdir()
        add(name)
    (outside / "secret.txt").write_text("Rockets struck Camp Taji on 3 March 2020.", encoding="utf-8")
    (folder / "escape.txt").symlink_to(outside / "secret.txt")
    (folder / "escape_dir.txt").symlink_to(outside)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    (folder / "dangling.html").symlink_to(folder / "gone.html")
    names += ["escape.txt", "escape_dir.txt", "loop.txt", "loop_a.txt", "loop_b.txt", "dangling.html"]
    os.mkfifo(folder / "pipe.txt")
    names.append("pipe.txt")
    for mb in NEST_MB:
        add(f"nested_div_{int(mb * 100):03d}.html", nested_page(mb))
    add("nested_ul.html", nested_page(0.28, "ul"))
    add("nested_blockquote.htm", nested_page(0.28, "blockquote"))
    add("scripts_only.html", "<html><body><script>var x = 1;</script><nav>Home</nav></body></html>")
    add("unclosed_comment.html", "<html><body><!-- a comment never closed <p>Rockets hit the base.</p>")
    return names


def awkward_inputs(folder: Path) -> list[str]:
    """Inputs that are unusual but readable: each must be read, and each states an event."""
    story = ("Rockets hit Balad Air Base\n\nThree rockets struck Balad Air Base on 12 January 2020, wounding "
             "two Iraqi soldiers, officials said.\n")
    page = ('<html><head><meta charset="windows-1252"><title>Drone strike near Al-Qaim</title></head><body>'
            '<p>A drone strike hit a vehicle near Al-Qaim on 29 January 2024, killing two fighters, '
            'a local official said – “a precise hit”.</p></body></html>')
    filler = "".join(f"The council met for the {i}th time to discuss the budget and {i % 97} new roads for the province. "
                     for i in range(25_000))  # each sentence differs, so no piece is skipped as a repeat
    events = ("Three rockets struck Camp Taji north of Baghdad on 11 March 2020, wounding two soldiers. "
              "A drone strike hit a vehicle near Al-Qaim on 29 January 2024, killing two fighters. ")
    run_on = "Skip to main content " + filler + events + filler + "Share this article"
    files = {
        "utf16_bom.txt": codecs.BOM_UTF16_LE + story.encode("utf-16-le"),
        "utf16_no_bom.txt": story.encode("utf-16-be"),
        "cp1252.txt": story.replace("officials said", "officials said – “no comment”").encode("cp1252"),
        "meta_cp1252.html": page.encode("cp1252"),
        "cr_only.txt": story.replace("\n", "\r").encode("utf-8"),
        "crlf.md": story.replace("\n", "\r\n").encode("utf-8"),
        "run_on_5mb.txt": run_on.encode("utf-8"),
        os.fsdecode(b"caf\xe9_latin1_name.txt"): story.encode("utf-8"),
    }
    for name, raw in files.items():
        (folder / name).write_bytes(raw)
    return [ingest.display_name(n) for n in files]


def write_manifest(folder: Path, good_rows: list[list[str]], broken: bool) -> list[int]:
    """manifest.csv of the good rows; if broken, with bad rows among them. Returns the bad rows' lines."""
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "title", "source", "url", "published"] + (["author"] if broken else []))
    bad_lines = []
    for k, row in enumerate(good_rows):
        w.writerow(row + ([""] if broken else []))
        if broken and k == 3:
            start = buf.getvalue().count("\n") + 1
            buf.write("cp1252.txt,A title,Src,https://x.example/c,2020-02-30,\n")  # not a date
            buf.write(f"{row[0]},Duplicate,Src,https://x.example/d,2020-01-01,\n")  # listed again
            buf.write("utf16_bom.txt,Too,few\n")  # wrong number of fields
            buf.write('ghost_1.txt,"A quote never closed,Src,https://x.example/g,2020-01-01,\n')
            buf.write("ghost_2.txt,Missing file,Src,https://x.example/m,2021-05-05,\n")  # file missing
            bad_lines += list(range(start, start + 5))
    (folder / "manifest.csv").write_text(buf.getvalue(), encoding="utf-8")
    return [1] + bad_lines if broken else []  # line 1: the unknown column


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="write the corpus here and keep it (default: a temp dir)")
    args = ap.parse_args()
    rng = random.Random(11)
    tmp = Path(tempfile.mkdtemp(prefix="bad_inputs_")) if not args.keep else args.keep
    mixed, good_only, outside = tmp / "mixed", tmp / "good", tmp / "outside"
    for d in (mixed, good_only, outside):
        d.mkdir(parents=True, exist_ok=True)
    goods = good_articles(rng)
    for name, (text, _row) in goods.items():
        _write(mixed, name, text)
        _write(good_only, name, text)
    bad = bad_inputs(mixed, outside, rng, ingest.MAX_BYTES)
    awkward = awkward_inputs(mixed)
    bad_lines = write_manifest(mixed, [row for _t, row in goods.values()], broken=True)
    write_manifest(good_only, [row for _t, row in goods.values()], broken=False)

    crashes = 0
    t0 = time.perf_counter()
    try:
        report = build(mixed, tmp / "out_mixed")
    except Exception as exc:  # noqa: BLE001 - a crash is what this benchmark counts
        print(f"CRASH in the mixed build: {type(exc).__name__}: {exc}")
        raise
    mixed_secs = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    good_report = build(good_only, tmp / "out_good")
    good_secs = time.perf_counter() - t0

    docs = report.tables["documents"].set_index("file")
    good_docs = good_report.tables["documents"].set_index("file")
    text = summary(report)
    crashes += int(docs["status"].str.contains(r"extraction failed|cannot read \(\w+Error", regex=True).sum())
    with_events = [n for n in goods if docs.loc[n, "events_extracted"] > 0]
    with_events_alone = [n for n in goods if good_docs.loc[n, "events_extracted"] > 0]
    same = all(docs.loc[n, "events_extracted"] == good_docs.loc[n, "events_extracted"] for n in goods)
    reported = [n for n in bad if n in docs.index and docs.loc[n, "status"].startswith("skipped: ")
                and f"skipped {n}: " in text]
    missed = sorted(set(bad) - set(reported))
    rows_reported = [n for n in bad_lines if f"manifest.csv line {n}:" in text or f"(line {n})" in text]
    read = [n for n in awkward if docs.loc[n, "status"].startswith("ok")]
    awkward_events = [n for n in awkward if docs.loc[n, "events_extracted"] > 0]
    nested_secs = 0.0
    for p in sorted(mixed.glob("nested_*")):
        t = time.perf_counter()
        ingest.read_article(p)
        nested_secs = max(nested_secs, time.perf_counter() - t)

    print(f"corpus: {len(goods)} good articles, {len(bad)} bad inputs, {len(awkward)} awkward but readable inputs, "
          f"a manifest with {len(bad_lines)} bad rows; in {tmp}")
    print(f"good documents with events: {len(with_events)}/{len(goods)} in the mixed build, "
          f"{len(with_events_alone)}/{len(goods)} built alone; events per document equal: {'yes' if same else 'NO'}")
    print(f"crashes: {crashes}")
    print(f"bad inputs reported by name: {len(reported)} of {len(bad)}" + (f" (missed: {', '.join(missed)})" if missed else ""))
    print(f"bad manifest rows reported by line: {len(rows_reported)} of {len(bad_lines)}")
    print(f"awkward inputs read: {len(read)} of {len(awkward)}, with events: {len(awkward_events)} of {len(awkward)}"
          + (f" (no events: {', '.join(sorted(set(awkward) - set(awkward_events)))})" if len(awkward_events) < len(awkward) else ""))
    print(f"wall time: mixed build {mixed_secs:.1f} s ({report.documents} documents), good files alone {good_secs:.1f} s")
    print(f"peak memory (ru_maxrss, this process): {peak_mb:.0f} MB after the mixed build, "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB at the end")
    print(f"worst nested-HTML seconds (ingest.read_article): {nested_secs:.4f} s")
    if not args.keep:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
