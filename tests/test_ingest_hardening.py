"""Ingest is bounded, forgiving and honest: manifest rows, encodings, HTML depth, run-on lines and odd
folder entries each get a status naming the problem, and the rest of the corpus is still read."""
import codecs
import os
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline import ingest, segment
from pipeline.__main__ import EXIT_NOTHING_READ, EXIT_OK, main
from pipeline.model import Article
from pipeline.run import build, process_article

ROCKETS = ("Rockets hit Camp Taji\n\nBAGHDAD — Three rockets struck Camp Taji north of Baghdad on 11 March 2020, "
           "wounding two soldiers, officials said.\n")
DRONE = ("Drone strike near Al-Qaim\n\nA drone struck a militia convoy near Al-Qaim on 29 January 2024, killing "
         "three fighters, local officials said.\n")
HEADER = "file,title,source,url,published\n"


def docs_of(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "documents.csv").set_index("file")


def write_manifest(folder: Path, body: str, header: str = HEADER) -> None:
    (folder / "manifest.csv").write_text(header + body, encoding="utf-8")


# --- manifest ------------------------------------------------------------------------------------

def test_bad_rows_are_named_by_line_and_good_rows_still_apply(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text(ROCKETS, encoding="utf-8")
    write_manifest(tmp_path, "a.txt,Title A,Src,https://x.example/a,2020-03-12\n"
                             "b.txt,Title B,Src,https://x.example/b,2020-13-45\n"
                             "a.txt,Again,Src,https://x.example/a2,2020-03-13\n"
                             "c.txt,Title C,Src\n"
                             "d.txt,Title D,Src,https://x.example/d,2020-03-14\n")
    m = ingest.read_manifest(tmp_path)
    issues = {i.line: i.reason for i in m.issues}
    assert "not a date" in issues[3] and "'2020-13-45'" in issues[3]
    assert "listed again (first on line 2)" in issues[4]
    assert "3 fields where the header has 5" in issues[5]
    assert m.get("a.txt")["title"] == "Title A" and m.get("d.txt")["published"] == "2020-03-14"
    assert m.get("b.txt")["title"] == "Title B" and m.get("b.txt")["published"] == ""
    assert "c.txt" not in m
    arts = {a.file: a for a in ingest.ingest(tmp_path)}
    assert arts["b.txt"].published is None and arts["b.txt"].title == "Title B"
    assert "manifest.csv line 3: published '2020-13-45' is not a date" in arts["b.txt"].status
    assert arts["c.txt"].status.startswith("ok: manifest.csv line 5:")
    assert arts["a.txt"].status.startswith("ok: manifest.csv line 4:") and arts["a.txt"].url == "https://x.example/a"
    assert arts["d.txt"].status == "ok" and arts["d.txt"].published == date(2020, 3, 14)


def test_unclosed_quote_spoils_its_own_row_only(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ROCKETS, encoding="utf-8")
    write_manifest(tmp_path, 'a.txt,"Rockets, again,Src,https://x.example/a,2020-03-12\n'
                             'b.txt,"Title, with comma",Src,https://x.example/b,2020-03-13\n'
                             "c.txt,Title C,Src,https://x.example/c,2020-03-14\n")
    m = ingest.read_manifest(tmp_path)
    assert [(i.line, i.file) for i in m.issues] == [(2, "a.txt")]
    assert "quote opened in this row is not closed" in m.issues[0].reason
    assert m.get("b.txt")["title"] == "Title, with comma" and m.get("c.txt")["published"] == "2020-03-14"


def test_header_without_file_column_is_one_error_and_texts_give_metadata(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Rockets hit Camp Taji\n\nMarch 12, 2020 »\n\n" + ROCKETS.split("\n\n")[1],
                                    encoding="utf-8")
    write_manifest(tmp_path, "a.txt,T,S,https://x.example/a,2020-01-01\n", header="name,title,source,url,published\n")
    with pytest.raises(ingest.ManifestError, match="no 'file' column"):
        ingest.read_manifest(tmp_path)
    out = tmp_path / "out"
    assert main(["build", "--input", str(tmp_path), "--output", str(out)]) == EXIT_OK
    printed = capsys.readouterr().out
    assert printed.count("no 'file' column") == 1 and "metadata read from the texts" in printed
    row = docs_of(out).loc["a.txt"]
    assert row["title"] == "Rockets hit Camp Taji" and row["published"] == "2020-03-12" and row["status"] == "ok"


def test_missing_file_row_names_its_line(tmp_path):
    (tmp_path / "a.txt").write_text(ROCKETS, encoding="utf-8")
    write_manifest(tmp_path, "a.txt,T,S,,2020-03-12\ngone.txt,G,S,,2020-03-12\n")
    arts = {a.file: a for a in ingest.ingest(tmp_path)}
    assert arts["gone.txt"].status == "skipped: listed in manifest.csv but the file is missing (line 3)"


def test_long_fields_crlf_and_bom_are_read(tmp_path):
    (tmp_path / "a.txt").write_text(ROCKETS, encoding="utf-8")
    title = "T" * 200_000  # more than csv's default field limit
    (tmp_path / "manifest.csv").write_bytes(codecs.BOM_UTF8 + (HEADER + f"a.txt,{title},S,,2020-03-12\n")
                                            .replace("\n", "\r\n").encode("utf-8"))
    m = ingest.read_manifest(tmp_path)
    assert not m.issues and m.get("a.txt")["title"] == title and m.get("a.txt")["published"] == "2020-03-12"


def test_manifest_warnings_reach_summary_and_documents_table(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ROCKETS, encoding="utf-8")
    write_manifest(tmp_path, "a.txt,T,S,,03/12/2020\nghost.txt,G\n")
    out = tmp_path / "out"
    assert main(["build", "--input", str(tmp_path), "--output", str(out)]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "note    a.txt: manifest.csv line 2: published '03/12/2020' is not a date" in printed
    assert "warning manifest.csv line 3: 2 fields where the header has 5; row ignored" in printed
    assert "manifest.csv line 2" in docs_of(out).loc["a.txt", "status"]


# --- decoding ------------------------------------------------------------------------------------

@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                        ("utf-16-le", b""), ("utf-16-be", b""), ("utf-32-le", codecs.BOM_UTF32_LE)])
def test_utf16_and_utf32_are_text_not_binary(tmp_path, codec, bom):
    (tmp_path / "a.txt").write_bytes(bom + ROCKETS.replace("—", "–").encode(codec))
    art = ingest.read_article(tmp_path / "a.txt")
    assert art.status.startswith("ok: UTF-") and ("(byte-order mark)" in art.status) == bool(bom)
    assert art.text == ROCKETS.replace("—", "–")


def test_meta_charset_is_honoured_and_a_bom_wins_over_it(tmp_path):
    page = ('<html><head><meta charset="windows-1252"><title>Raid à Bagdad</title></head>'
            '<body><p>Une frappe a touché la base à Bagdad.</p></body></html>')
    (tmp_path / "a.html").write_bytes(page.encode("cp1252"))
    art = ingest.read_article(tmp_path / "a.html")
    assert "touché la base à Bagdad" in art.text and "Windows-1252 (<meta charset>)" in art.status
    (tmp_path / "b.html").write_bytes(codecs.BOM_UTF8 + page.encode("utf-8"))
    assert "touché la base à Bagdad" in ingest.read_article(tmp_path / "b.html").text


def test_legacy_encoding_is_detected_and_named(tmp_path):
    (tmp_path / "a.txt").write_bytes("Rockets hit the base – “no casualties”, officials said.\n".encode("cp1252"))
    art = ingest.read_article(tmp_path / "a.txt")
    assert art.status == "ok: not UTF-8, decoded as Windows-1252" and "“no casualties”" in art.text


def test_cr_and_crlf_become_lf(tmp_path, kb):
    (tmp_path / "a.txt").write_bytes(ROCKETS.replace("\n", "\r\n").encode() + b"More text.\rLast line here.\r")
    art = ingest.read_article(tmp_path / "a.txt")
    assert "\r" not in art.text and art.text.endswith("More text.\nLast line here.\n")
    sentences = segment.segment(art, kb)
    assert sentences[0].text == "Rockets hit Camp Taji" and sentences[-1].text == "Last line here."


def test_binary_is_still_binary(tmp_path):
    (tmp_path / "a.txt").write_bytes(bytes(range(256)) * 16)
    assert ingest.read_article(tmp_path / "a.txt").status == "skipped: binary file, not text"


# --- HTML ----------------------------------------------------------------------------------------

def test_deeply_nested_page_is_refused_before_parsing(tmp_path):
    (tmp_path / "deep.html").write_text("<div>" * 60_000 + "Rockets hit the base.", encoding="utf-8")
    art = ingest.read_article(tmp_path / "deep.html")
    assert art.status.startswith("skipped: HTML nested more than 256 elements deep")
    with pytest.raises(ingest.HtmlTooDeep):
        ingest.html_to_text("<section>" * 300 + "x" + "</section>" * 300)


def test_depth_scan_counts_only_what_the_parser_nests():
    assert ingest.nesting_depth("<div><p>a<p>b<ul><li>c<li>d</ul></div>") == 2
    assert ingest.nesting_depth("<br><img><hr>" * 1000 + "<a>x" * 1000) == 0
    assert ingest.nesting_depth("<script>" + "<div>" * 1000 + "</script><!--" + "<div>" * 1000 + "-->") == 0
    assert ingest.nesting_depth("<div><span><b>x</div>" * 1000) == 3  # a parent's end tag closes what it holds
    assert ingest.nesting_depth("<div>" * 10_000, limit=50) == 51  # stops once past the limit


def test_html_metadata_and_loose_text(tmp_path):
    page = ('<html><head><meta property="og:title" content="Drone strike near Al-Qaim">'
            '<meta property="article:published_time" content="2024-01-30T08:00:00Z">'
            '<link rel="canonical" href="https://news.example/qaim"></head><body><nav>Home | World</nav>'
            '<div class="story">A drone struck a convoy near Al-Qaim on Monday.<br><br>Three fighters were killed.</div>'
            '<ul><li>Outer item<blockquote><p>Inner quote.</p></blockquote>after it</li></ul></body></html>')
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    art = ingest.read_article(tmp_path / "a.html")
    assert (art.title, art.published, art.date_method, art.url) == (
        "Drone strike near Al-Qaim", date(2024, 1, 30), "html_meta", "https://news.example/qaim")
    lines = art.text.split("\n\n")
    assert lines[1:] == ["A drone struck a convoy near Al-Qaim on Monday.", "Three fighters were killed.",
                         "Outer item", "Inner quote.", "after it"]


# --- run-on lines --------------------------------------------------------------------------------

def test_a_run_on_line_is_read_in_bounded_pieces(kb):
    filler = "The council met again to discuss the budget and the new roads for the province. "
    events = ("Three rockets struck Camp Taji north of Baghdad on 11 March 2020, wounding two soldiers. "
              "A drone struck a militia convoy near Al-Qaim on 29 January 2024, killing three fighters. ")
    text = "Skip to main content " + filler * 2000 + events + filler * 2000 + "Share this article"
    assert "\n" not in text and len(text) > 300_000
    art = Article(file="runon.txt", text=text, published=date(2024, 2, 1), date_method="manifest")
    sentences = segment.segment(art, kb)
    assert all(len(s.text) <= segment.MAX_SENTENCE for s in sentences)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    evs, _mentions, unplaced = process_article(art, kb)
    found = {(e.event_type, e.location, e.event_date) for e in evs}
    assert ("missile_or_rocket_attack", "Camp Taji", date(2020, 3, 11)) in found
    assert ("drone_strike", "Al-Qaim", date(2024, 1, 29)) in found
    assert not [u for u in unplaced if "Skip" in u]


def test_pieces_cover_the_line_and_end_after_sentences():
    line = ("One short sentence here. " * 1000) + "x" * 12_000 + " tail"
    pieces = segment._pieces(line)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(line)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(e - s <= segment.MAX_LINE for s, e in pieces)
    assert line[:pieces[0][1]].endswith("here. ")


# --- folder entries ------------------------------------------------------------------------------

@pytest.fixture
def odd_folder(tmp_path):
    src, outside = tmp_path / "in", tmp_path / "outside"
    src.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(DRONE, encoding="utf-8")
    (src / "good.txt").write_text(ROCKETS, encoding="utf-8")
    (src / "escape.txt").symlink_to(outside / "secret.txt")
    (src / "alias.txt").symlink_to(src / "good.txt")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    (src / "dangling.txt").symlink_to(src / "nowhere.txt")
    (src / "folder.txt").mkdir()
    (src / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    (src / "README").write_text("notes", encoding="utf-8")
    (src / "empty.md").write_bytes(b"")
    (src / "image.html").write_bytes(bytes(range(256)) * 8)
    (src / "big.txt").write_text(ROCKETS * 20_000, encoding="utf-8")
    os.mkfifo(src / "pipe.txt")
    (src / os.fsdecode(b"caf\xe9.txt")).write_text(DRONE, encoding="utf-8")
    return src


def test_every_odd_entry_is_reported_by_name(odd_folder, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", "--input", str(odd_folder), "--output", str(out), "--max-mb", "0.5"]) == EXIT_OK
    printed = capsys.readouterr().out
    docs = docs_of(out)
    expected = {
        "escape.txt": "symbolic link to a path outside the input folder, not followed",
        "loop.txt": "symbolic link loop",
        "dangling.txt": "dangling symbolic link",
        "folder.txt": "a folder, not a file",
        "notes.pdf": "unknown extension '.pdf'",
        "README": "no extension",
        "empty.md": "empty file",
        "image.html": "binary file, not text",
        "big.txt": "too large",
        "pipe.txt": "not a regular file",
    }
    for name, reason in expected.items():
        assert docs.loc[name, "status"].startswith(f"skipped: {reason}"), name
        assert f"skipped {name}: {reason}" in printed
    assert docs.loc["good.txt", "status"] == "ok" and docs.loc["alias.txt", "status"] == "ok"
    assert docs.loc["caf\ufffd.txt", "status"] == "ok" and docs.loc["caf\ufffd.txt", "events_extracted"] >= 1
    assert "secret" not in " ".join(pd.read_csv(out / "events.csv")["sources"])


# --- nothing readable ----------------------------------------------------------------------------

@pytest.mark.parametrize("files", [{}, {"empty.txt": b"", "blob.txt": b"\x00\x01\x02" * 100, "x.pdf": b"%PDF"}])
def test_nothing_readable_exits_3_and_leaves_previous_tables(tmp_path, capsys, files):
    good, bad, out = tmp_path / "good", tmp_path / "bad", tmp_path / "out"
    good.mkdir()
    bad.mkdir()
    (good / "a.txt").write_text(ROCKETS, encoding="utf-8")
    assert main(["build", "--input", str(good), "--output", str(out)]) == EXIT_OK
    def snapshot():  # every file of the table set (builds/<id>/..., the 'current' link and the links to it)
        return {str(p.relative_to(out)): (p.read_bytes(), p.stat().st_mtime_ns)
                for p in sorted(out.rglob("*")) if p.is_file()}
    before = snapshot()
    assert before
    for name, raw in files.items():
        (bad / name).write_bytes(raw)
    capsys.readouterr()
    assert main(["build", "--input", str(bad), "--output", str(out)]) == EXIT_NOTHING_READ
    assert snapshot() == before
    assert "nothing was written" in capsys.readouterr().out
    report = build(bad, tmp_path / "fresh")
    fresh = tmp_path / "fresh"  # it may hold the build lock, and nothing else
    assert not report.written and not [p for p in fresh.rglob("*") if p.name != ".build.lock"]


def test_a_run_on_line_is_noted_in_the_status(tmp_path):
    (tmp_path / "a.txt").write_text("Title of a page\n\n" + "Rockets hit the base on Monday. " * 400, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title of a page\n\n" + "Rockets hit the base on Monday.\n" * 400, encoding="utf-8")
    assert ingest.read_article(tmp_path / "a.txt").status == "ok: a line of 12,800 characters, read in pieces"
    assert ingest.read_article(tmp_path / "b.txt").status == "ok"
