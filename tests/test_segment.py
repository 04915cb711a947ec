"""Sentence splitting and furniture removal, on sentences written for the test."""
import pytest

from pipeline import segment
from pipeline.model import Article

TITLE = "Rockets Strike Air Base Near the Capital"


def _sentences(kb, text):
    return segment.segment(Article(file="t.txt", text=text), kb)


@pytest.mark.parametrize("text, expected", [
    # a.m. / p.m.: a weekday, month, time zone or bracket goes on; another capitalised word starts a sentence
    ("Two rockets struck the airport at 9 p.m. Tuesday, wounding a guard.",
     ["Two rockets struck the airport at 9 p.m. Tuesday, wounding a guard."]),
    ("The shelling began at 5 a.m. March 2 and lasted an hour.",
     ["The shelling began at 5 a.m. March 2 and lasted an hour."]),
    ("Gunfire was heard at 11 p.m. (2000 GMT) near the embassy.",
     ["Gunfire was heard at 11 p.m. (2000 GMT) near the embassy."]),
    ("The drone hit the convoy at 6 a.m. The next day, militias fired rockets at the base.",
     ["The drone hit the convoy at 6 a.m.", "The next day, militias fired rockets at the base."]),
    ("The rockets landed at 4 a.m. Rescue teams arrived an hour later.",
     ["The rockets landed at 4 a.m.", "Rescue teams arrived an hour later."]),
    # U.S., U.K.: mid-sentence unless a common sentence starter follows
    ("A U.S. Army convoy was struck near the river crossing.",
     ["A U.S. Army convoy was struck near the river crossing."]),
    ("Officials at the U.S. Embassy said no one was hurt.",
     ["Officials at the U.S. Embassy said no one was hurt."]),
    ("The militia vowed revenge against the U.S. The next day, rockets hit the base.",
     ["The militia vowed revenge against the U.S.", "The next day, rockets hit the base."]),
    ("The embassy warned citizens of the U.K. It urged them to leave the city.",
     ["The embassy warned citizens of the U.K.", "It urged them to leave the city."]),
    # titles and ranks never end a sentence; 'Inc.' and 'No.' may
    ("Lt. Gen. Adams said the base had been attacked twice.",
     ["Lt. Gen. Adams said the base had been attacked twice."]),
    ("Militiamen stormed checkpoint No. 5 on the highway.",
     ["Militiamen stormed checkpoint No. 5 on the highway."]),
    ("The contract went to Acme Inc. The firm denied any role in the raid.",
     ["The contract went to Acme Inc.", "The firm denied any role in the raid."]),
    ("A statement signed by George W. Bush was read aloud.",
     ["A statement signed by George W. Bush was read aloud."]),
    # a month's abbreviation goes on before its day, and ends a sentence before a sentence starter
    ("Rockets struck the base on Jan. 8 and again on Feb. 2.",
     ["Rockets struck the base on Jan. 8 and again on Feb. 2."]),
    ("Claimed attacks basically stopped from early Feb. The tally since October stands above 170.",
     ["Claimed attacks basically stopped from early Feb.", "The tally since October stands above 170."]),
    # reference marks of an encyclopedia page follow the full stop
    ("Rockets hit the base on 3 May.[4] Two days later, drones struck the airport.[5][6] Nobody was hurt.",
     ["Rockets hit the base on 3 May.[4]", "Two days later, drones struck the airport.[5][6]", "Nobody was hurt."]),
    # and so do a Markdown page's footnote marks
    ("Jets struck seven facilities on February 2.[^5] Press reports placed them near Al Qaim.",
     ["Jets struck seven facilities on February 2.[^5]", "Press reports placed them near Al Qaim."]),
])
def test_sentence_boundaries(kb, text, expected):
    body = _sentences(kb, f"{TITLE}\n\n{text}")
    assert [s.text for s in body[1:]] == expected


@pytest.mark.parametrize("line", [
    "Skip to content",
    "Advertisement",
    "Subscribe",
    "Sign up for our newsletter",
    "Get the best analysis delivered to your inbox.",
    "Premium subscribers get unlimited access to every report.",
    "Start a free trial now",
    "Share this article with your friends",
    "Home | World | Politics | Opinion",
    "• Regional Security Review",
    "Photo: smoke rises over the base after the strike",
])
def test_furniture_lines_are_dropped(kb, line):
    text = f"{TITLE}\n\n{line}\n\nMilitias fired three rockets at the base on Monday."
    assert [s.text for s in _sentences(kb, text)] == [TITLE, "Militias fired three rockets at the base on Monday."]


@pytest.mark.parametrize("line", [
    "A spokesman for the group told followers to subscribe to its messaging channel, where it later posted "
    "a claim for the rocket attack on the airport.",
    "• Three rockets hit the base overnight",
    "Premium fuel prices rose after the attack on the refinery.",
])
def test_article_lines_with_furniture_words_are_kept(kb, line):
    texts = [s.text for s in _sentences(kb, f"{TITLE}\n\n{line}")]
    assert texts == [TITLE, line]


def test_a_title_with_its_section_and_site_is_not_a_menu(kb):
    title = "Rockets Strike Air Base | Middle East | The Daily Outlet"
    assert _sentences(kb, f"{title}\n\nMilitias fired rockets.")[0].text == title


def test_title_and_offsets(kb):
    text = f"  {TITLE}\n\nSkip to content\n\nA drone hit a car at 1 a.m. Friday. Two men died."
    sentences = _sentences(kb, text)
    assert sentences[0].is_title and not sentences[1].is_title
    assert [text[s.start:s.end] for s in sentences] == [s.text for s in sentences]
    assert [s.text for s in sentences[1:]] == ["A drone hit a car at 1 a.m. Friday.", "Two men died."]
