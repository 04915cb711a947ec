"""Reading a corpus: bad files are reported by name and reason and the rest is still processed; writes are atomic."""
import os
import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline import ingest, metadata, segment, wrapping
from pipeline.model import Article
from pipeline.run import build

BAD = Path(__file__).parent / "data" / "bad_inputs"


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory):
    src = tmp_path_factory.mktemp("bad")
    for p in BAD.iterdir():
        shutil.copy(p, src / p.name)
    with open(src / "huge.txt", "wb") as f:  # 10 MB of text
        line = b"Rockets were fired at a base on Monday and nobody was hurt in the attack.\n"
        f.write(line * (10 * 1024 * 1024 // len(line) + 1))
    out = tmp_path_factory.mktemp("bad_out")
    report = build(src, out)
    docs = pd.read_csv(out / "documents.csv").set_index("file")
    return report, docs, out


@pytest.mark.parametrize("file, status", [
    ("empty.txt", "skipped: empty file"),
    ("binary.txt", "skipped: binary file, not text"),
    ("huge.txt", "skipped: too large"),
    ("missing.txt", "skipped: listed in manifest.csv but the file is missing"),
    ("latin1.txt", "ok: not UTF-8, decoded as Windows-1252"),
    ("page.html", "ok: HTML page, boilerplate removed"),
    ("no_events.txt", "ok"),
])
def test_each_bad_file_has_a_status_row(bad_corpus, file, status):
    _report, docs, _out = bad_corpus
    assert docs.loc[file, "status"].startswith(status)


def test_the_rest_of_the_corpus_is_processed(bad_corpus):
    report, docs, _out = bad_corpus
    assert docs.loc["latin1.txt", "events_extracted"] >= 1
    assert docs.loc["page.html", "events_extracted"] >= 1
    assert docs.loc["no_events.txt", "events_extracted"] == 0
    assert "no_events.txt" in report.no_events
    assert {f for f, _ in report.skipped} == {"empty.txt", "binary.txt", "huge.txt", "missing.txt"}


def test_html_boilerplate_is_stripped():
    text, meta = ingest.html_to_text((BAD / "page.html").read_text(encoding="utf-8"))
    assert meta["title"]
    assert "<script" not in text and "cookie" not in text.lower()


def test_a_page_header_date_is_kept_for_the_text(tmp_path, kb):
    """The header holding the visible date is page furniture; its date stamp stays, so the page is dated."""
    page = ("<html><head><title>Rockets hit Camp Taji</title></head><body><nav>Home | World</nav><header>"
            "<h1>Rockets hit Camp Taji</h1><p class='dateline'><time>15/03/2020 18.42</time></p></header><article>"
            "<p>About 18 rockets slammed into Camp Taji north of Baghdad on Wednesday night, killing three "
            "coalition personnel.</p></article><footer>(c) The Outlet</footer></body></html>")
    (tmp_path / "taji.html").write_text(page, encoding="utf-8")
    art = ingest.read_article(tmp_path / "taji.html", None)
    assert "15/03/2020" in art.text
    metadata.describe(art, segment.segment(art, kb), kb)
    assert (art.published, art.date_method) == (date(2020, 3, 15), "dateline")


def test_a_body_whose_class_reads_like_furniture_is_kept():
    """A channel preview wraps the whole post in a 'message widget': it holds most of the page, so it is the
    article; the small 'related' list inside it still goes."""
    body = " ".join(["Rockets struck Camp Taji north of Baghdad on Wednesday night, killing three soldiers."] * 4)
    page = ("<html><head><title>Digest</title></head><body><div class='cookie-notice'>We use cookies. OK</div>"
            f"<article class='tgme_widget_message'><p>{body}</p><p>The camp was hit again on Saturday.</p>"
            "<ul class='related-posts'><li>Video: the launch of the operation</li></ul></article></body></html>")
    text, _meta = ingest.html_to_text(page)
    assert "killing three soldiers" in text and "hit again on Saturday" in text
    assert "Video: the launch" not in text and "cookies" not in text


def test_every_entry_of_an_archive_page_is_read():
    """A statements archive sets each statement in an <article> of its own: all of them are the page's text, not
    only the first; a teaser card beside them, far shorter, is not."""
    first = "Eight fighters were killed when warplanes struck two positions at Jurf al-Nasr at dawn today. " * 3
    second = "This evening a gunship struck a vehicle near Abu Ghraib west of Baghdad, killing one fighter. " * 2
    page = ("<html><head><title>Statements</title></head><body><main>"
            f"<article><h2>On Jurf al-Nasr</h2><p class='date'>Wednesday 22 November 2023</p><p>{first}</p></article>"
            f"<article><h2>On Abu Ghraib</h2><p class='date'>Tuesday 21 November 2023</p><p>{second}</p></article>"
            "<article><p>Gallery of the martyrs</p></article></main></body></html>")
    text, _meta = ingest.html_to_text(page)
    assert "Jurf al-Nasr at dawn" in text and "near Abu Ghraib" in text and "Tuesday 21 November 2023" in text
    assert "Gallery of the martyrs" not in text


def test_a_masthead_date_among_its_items_dates_the_page(tmp_path, kb):
    """A page with no date element: the masthead line 'Wednesday, August 7, 2024 | Kingstown | E-Paper' holds the
    date among other items; that item is kept for the text, so the page is dated."""
    page = ("<html><head><title>Base hit again</title></head><body><header><div class='topbar'>Wednesday, August 7, "
            "2024 | Kingstown | <a href='/e-paper'>E-Paper</a></div><nav>Home | World</nav></header><main><article>"
            "<p>Two rockets struck Ain al-Asad air base on Monday night, injuring five American service members.</p>"
            "</article></main></body></html>")
    (tmp_path / "base.html").write_text(page, encoding="utf-8")
    art = ingest.read_article(tmp_path / "base.html", None)
    assert "Wednesday, August 7, 2024" in art.text and "E-Paper" not in art.text
    metadata.describe(art, segment.segment(art, kb), kb)
    assert (art.published, art.date_method) == (date(2024, 8, 7), "dateline")


def test_a_markdown_table_becomes_one_line_a_row():
    md = ("## 2021\n\nNotable attacks.\n\n| Date | Location | Description |\n|---|:---:|---|\n"
          "| 15 February | Erbil | Rockets struck the airport. |\n| 3 March | Ain al-Asad | Rockets hit the base. |\n\n"
          "A sentence with a | in it.")
    text = ingest.markdown_to_text(md)
    assert "15 February, Erbil: Rockets struck the airport." in text.splitlines()
    assert "3 March, Ain al-Asad: Rockets hit the base." in text.splitlines()
    assert "Date" not in text and "---" not in text  # the header row and the rule go
    assert "A sentence with a | in it." in text


def test_a_markdown_heading_keeps_the_blank_line_above_it():
    """The heading mark goes, not the paragraph break before it (the article layer reads paragraphs)."""
    assert ingest.markdown_to_text("Rockets hit the base.\n\n### Background\n\nIt was the third attack.") == \
        "Rockets hit the base.\n\nBackground\n\nIt was the third attack."


def test_markdown_footnote_marks_and_inline_tags_go():
    md = ("Kataib Hezbollah fired a missile at al-Asad Air Base.<sup>45</sup> An AC-130 struck the vehicle near Abu "
          "Ghraib[^46]. The <b>strike</b> killed<br>several militants.")
    text = ingest.markdown_to_text(md)
    assert text == ("Kataib Hezbollah fired a missile at al-Asad Air Base. An AC-130 struck the vehicle near Abu Ghraib. "
                    "The strike killed several militants.")


_WRAPPED = """WEEKLY SECURITY DIGEST
Issued: Thursday, March 12, 2020

OVERVIEW

The week was dominated by Iraq. Less than a day before the meeting, a salvo of
rockets struck Camp Taji, the large Iraqi base north of Baghdad that hosts
coalition trainers. Three coalition service members died as a result. Two of
them were Americans; the third was a British soldier, officials told reporters.

- A closed session followed the open meeting, and no readout was provided to
- The committee expects the commander to return for a classified briefing.
"""


def test_a_hard_wrapped_text_is_read_as_paragraphs(tmp_path, kb):
    """Lines broken at a fixed width join into their paragraph; the header lines, the blank-line paragraph
    breaks and the list items keep their own lines."""
    (tmp_path / "digest.txt").write_text(_WRAPPED, encoding="utf-8")
    art = ingest.read_article(tmp_path / "digest.txt")
    lines = art.text.split("\n")
    assert lines[:2] == ["WEEKLY SECURITY DIGEST", "Issued: Thursday, March 12, 2020"]
    assert ("Less than a day before the meeting, a salvo of rockets struck Camp Taji, the large Iraqi base north of "
            "Baghdad that hosts coalition trainers.") in art.text
    assert lines[-3:-1] == ["- A closed session followed the open meeting, and no readout was provided to",
                            "- The committee expects the commander to return for a classified briefing."]
    sentences = [s.text for s in segment.segment(art, kb)]
    assert "Two of them were Americans; the third was a British soldier, officials told reporters." in sentences
    assert not any(s.startswith("rockets struck") for s in sentences)


def test_a_line_wrapped_a_few_characters_early_is_joined():
    """A hand-wrapped line may break before the next word would truly have overflowed ('for one man' with room
    left for 'of'): still a wrap. A line with room for a whole phrase more is the writer's own break."""
    text = ("The strike hit a depot near the town late on Monday night and\n"
            "destroyed two trucks, a local official told reporters later.\n"
            "Kataib Hezbollah later published a eulogy for one man\n"
            "of its members, the second it has mourned this month alone.\n"
            "Residents said the blast shook windows across the district\n"
            "and that fire crews worked until dawn to put out the flames.\n"
            "\n"
            "Filed by a correspondent\n"
            "in Baghdad\n")
    lines = wrapping.unwrap(text).split("\n")
    assert lines[0].endswith("for one man of its members, the second it has mourned this month alone. Residents said "
                             "the blast shook windows across the district and that fire crews worked until dawn to "
                             "put out the flames.")
    assert lines[-3:] == ["Filed by a correspondent", "in Baghdad", ""]


def test_a_live_page_with_a_stamp_over_each_post_is_left_as_it_is():
    """Many short lines of one length (each post's time stamp) do not make a text wrapped at that width."""
    post = "Rockets struck Camp Taji north of Baghdad tonight, officials said, and more were reported. " * 2
    text = "LIVE NEWS CHANNEL\nUS strike in Baghdad: live updates\n\n" + "".join(
        f"11:{m:02d} p.m. ET\n{post}\n\n" for m in range(10, 60, 7))
    assert wrapping.unwrap(text) == text


def test_text_with_a_paragraph_a_line_is_left_as_it_is(tmp_path):
    """Short lines of a text whose paragraphs are each one long line are the writer's own breaks."""
    text = ("Rockets hit Camp Taji\nBy a staff writer\nBAGHDAD, March 12, 2020\n\n" + "Rockets struck Camp Taji "
            "north of Baghdad on Wednesday night, killing three coalition service members, officials said today. " * 3
            + "\nThe attack was not claimed.\n")
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    assert ingest.read_article(tmp_path / "one.txt").text == text


def test_killed_run_leaves_previous_tables(tmp_path, monkeypatch):
    build(Path(__file__).parents[1] / "seeds", tmp_path)
    before = (tmp_path / "events.csv").read_bytes()

    def boom(*_a, **_k):
        raise KeyboardInterrupt("killed mid-write")
    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(KeyboardInterrupt):
        build(Path(__file__).parents[1] / "seeds", tmp_path)
    assert (tmp_path / "events.csv").read_bytes() == before
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


@pytest.mark.parametrize("text, expected, method", [
    ("Skip to Content\n\nJanuary 3, 2020 » Today News »\n\nMilitias in the west\n\nBody text here.", date(2020, 1, 3), "dateline"),
    ("A report on the militias\n\nThe Outlet, December 4, 2023 —\n\nBody.", date(2023, 12, 4), "dateline"),
    ("Drones target bases\n\nNUR-SULTAN. 6 January 2022. AGENCY - Five rockets struck near Ain al-Asad air base on "
     "Wednesday.", date(2022, 1, 6), "dateline"),
    ("Militant report\n\nPublication: Terrorism Monitor Volume: 18 Issue: 1\n\nText.", date(2020, 1, 1), "issue_line"),
    ("Najaf Operations Command\n\nStatement No. (41)\nSunday 27 Ramadan 1442 AH corresponding to 9/5/2021\n\nAt the ninth "
     "hour of the evening of yesterday, Saturday, a device exploded.", date(2021, 5, 9), "dateline"),  # (not 5 September,
    # also a Sunday after a Saturday: the Islamic date beside it tells)
    ("THE GLEN COURIER\nParish newsletter for the glen Issue 52 · May 2021 · Free\n\nOur soldier is home. Rockets were "
     "fired at his base at the end of September.", date(2021, 5, 1), "masthead"),  # (not that September)
    ("Tensions rise\n\nThe group was formed on June 14, 2014 and fought in 2015. "
     "It struck again in mid-January.", date(2015, 1, 14), "inferred"),
    ("A chronology\n\nOn 18 October 2023, drones hit a base. On 20 October, rockets followed. "
     "On 28 January 2024, a drone killed three soldiers. On 2 February, US jets struck back.",
     date(2024, 2, 2), "inferred"),
])
def test_publication_date_from_text(kb, text, expected, method):
    art = Article(file="x.txt", text=text)
    metadata.describe(art, segment.segment(art), kb)
    assert art.date_method == method
    assert art.published.year == expected.year and art.published.month == expected.month


def test_two_pairs_of_bases_in_one_sentence_are_two_events(extract):
    text = "A chronology\n\nOn 18 October 2023, drones targeted Al-Asad Airbase and Harir air base."
    assert sorted(e.location for e in extract(text, date(2023, 10, 20))) == ["Ain al-Asad Air Base", "Al-Harir Air Base"]


def test_no_date_anywhere_never_uses_today(kb):
    art = Article(file="x.txt", text="A title here\n\nMilitias blocked a road near the city.")
    metadata.describe(art, segment.segment(art), kb)
    assert art.published is None and art.date_method == "none"


def test_manifest_row_wins_over_the_text(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nJanuary 3, 2020 »\n\nText.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,title,source,url,published\na.txt,T,S,https://x.example/a,2020-01-05\n",
                                           encoding="utf-8")
    art = ingest.ingest(tmp_path)[0]
    assert (art.published, art.date_method, art.url) == (date(2020, 1, 5), "manifest", "https://x.example/a")


def test_csv_and_parquet_written_and_conform(seed_build):
    from pipeline import schema
    _report, out = seed_build
    for name in schema.TABLES:
        csv_df = pd.read_csv(out / f"{name}.csv")
        pq_df = pd.read_parquet(out / f"{name}.parquet")
        assert list(csv_df.columns) == schema.columns(name) == list(pq_df.columns)
        schema.conform(pq_df, name)
        assert len(csv_df) == len(pq_df)


def test_event_ids_are_stable_across_runs(tmp_path, seed_events):
    build(Path(__file__).parents[1] / "seeds", tmp_path)
    again = pd.read_parquet(tmp_path / "events.parquet")
    assert list(again["event_id"]) == list(seed_events["event_id"])
    assert seed_events["event_id"].is_unique


def test_every_event_carries_its_evidence_and_source(seed_events):
    seeds = Path(__file__).parents[1] / "seeds"
    for _, ev in seed_events.iterrows():
        texts = [(seeds / s).read_text(encoding="utf-8") for s in ev["sources"].split(";")]
        assert any(ev["evidence"] in t for t in texts), ev["evidence"][:60]


def test_markdown_marks_are_removed(tmp_path):
    (tmp_path / "a.md").write_text("# Rockets hit *Camp Taji*\n\n**BAGHDAD** — Rockets [hit](https://x.example) "
                                   "Camp Taji on 11 March 2020.\n", encoding="utf-8")
    art = ingest.ingest(tmp_path)[0]
    assert art.text.startswith("Rockets hit Camp Taji\n")
    assert "**" not in art.text and "](" not in art.text


def test_related_story_headlines_are_not_read(tmp_path):
    shutil.copy(Path(__file__).parent / "data" / "related_stories.html", tmp_path / "page.html")
    report = build(tmp_path, tmp_path / "out")
    events = pd.read_csv(tmp_path / "out" / "events.csv")
    assert list(events["event_type"]) == ["missile_or_rocket_attack"]
    assert events.loc[0, "location"] == "Ain al-Asad Air Base" and events.loc[0, "event_date"] == "2022-01-04"
    assert report.ok == 1
