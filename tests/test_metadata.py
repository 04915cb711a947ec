"""Publication date of an article with no manifest row, read from its text (texts written for the test)."""
from datetime import date

import pytest

from pipeline import metadata, segment
from pipeline.model import Article


@pytest.mark.parametrize("text, published, method", [
    # a wire dateline on the same line as the lead, with no title line before it
    ("BAGHDAD, March 10, 2021 (Wire) — Rockets struck Ain al-Asad air base on Monday.",
     date(2021, 3, 10), "dateline"),
    ("Drones target airport\n\nERBIL, Iraq, 4 May 2022 (Agency) - Three drones targeted the airport late on "
     "Tuesday, officials said, in the third attack this week on a site where coalition troops are based.",
     date(2022, 5, 4), "dateline"),
    # a masthead's date in brackets, marked by its word ('mailed'), is the issue's, not a citation's
    ("The Sentinel\n\nNewsletter of Post 227 - Millbrook, Ohio\nVol. 38, No. 3 - March 2021 issue (mailed March 15, "
     "2021)\n\nThanks to everyone at the February blood drive. The medal comes at our April meeting.",
     date(2021, 3, 15), "dateline"),
    # with no date line, a month named without a year just before the latest date is that year's, not the next
    ("Post news\n\nThe board met on March 15, 2021. Thanks to everyone at the February blood drive.",
     date(2021, 3, 15), "inferred"),
    # a long line is a date line only when a marker word says so
    ("Militias and the state\n\nPublished on the website of the research centre in the capital on "
     "September 8, 2019 by its staff\n\nThe militias grew after 2014.", date(2019, 9, 8), "dateline"),
    ("Militias and the state\n\nThe group was founded on June 14, 2014 and fought in several battles in the "
     "years that followed, its leaders say.", date(2014, 6, 14), "inferred"),
    # an all-digit date that either order would read ('4/12/2019'): the one whose day fits the text's own
    # 'yesterday Tuesday' (4 December 2019 was a Wednesday; 12 April 2019 a Friday)
    ("Statement No. (214)\nDate: 4/12/2019\n\nThe governorate condemns the aggression that targeted, in the "
     "afternoon of yesterday Tuesday, the Ain al-Asad air base.", date(2019, 12, 4), "dateline"),
    # or the weekday written beside it (10 June 2021 was a Thursday; 6 October 2021 a Wednesday)
    ("Statement No. (211)\nDate: 10/6/2021 - Thursday\n\nAt 09:40 this morning an explosive device exploded "
     "against a convoy of trucks near al-Nasiriyah.", date(2021, 6, 10), "dateline"),
    # an all-digit byline date, read when only one order of day and month is possible
    ("Drone hits Erbil base\n\nNorth TV | 26-12-2023 11:42\n\nA drone struck the base on Monday. In February "
     "2021 rockets hit the airport.", date(2023, 12, 26), "dateline"),
    ("Drone hits Erbil base\n\nPosted 12/26/2023\n\nA drone struck the base on Monday. In February 2021 "
     "rockets hit the airport.", date(2023, 12, 26), "dateline"),
    ("Drone hits Erbil base\n\nPosted 05/06/2023\n\nA drone struck the base on Monday. In February 2021 "
     "rockets hit the airport.", date(2021, 2, 1), "inferred"),
    # either order makes a date: the order the text writes its own dates in decides
    ("Drone kills commander\n\nPosted 08/02/2024 at 11:02\n\nA drone struck a car on Wednesday. Three soldiers "
     "were killed at a base in Jordan on 28 January, and a faction suspended attacks on 30 January.",
     date(2024, 2, 8), "dateline"),
    ("Drone kills commander\n\nPosted 08/02/2024\n\nA drone struck a car on Wednesday. Three soldiers were "
     "killed at a base in Jordan on January 28.", date(2024, 8, 2), "dateline"),
    # a holiday is written in no order: 'on Christmas Day' does not make '04-01-2024' the first of April
    ("Drone kills commander\n\nIraq desk 04-01-2024 | 16:35\n\nA drone struck a car on Thursday. It followed a "
     "drone attack on Erbil on Christmas Day. Three soldiers were killed on 28 December.", date(2024, 1, 4), "dateline"),
    # with no date in words to tell the order, figures joined by dashes are read day first (slashes are not read)
    ("Drone kills commander\n\nIraq desk 04-01-2024 | 16:35\n\nA drone struck a car on Thursday in Baghdad.",
     date(2024, 1, 4), "dateline"),
    # a dateline whose place is in title case, closed by its dash (but not a sentence that opens with a place)
    ("Missiles on Erbil\n\nLjubljana, 14 March 2022 - Our soldiers were not harmed in the missile attack on Erbil in "
     "the early hours of Sunday, the ministry of defence in the capital confirmed yesterday. In September last year, "
     "drones struck near the airport.", date(2022, 3, 14), "dateline"),
    # a header line whose parts a middle dot separates
    ("The Brief\n\nBridge Veterans Legal Aid Newsletter for Members and Families · Issue No. 31 · September 12, "
     "2024\n\nOn August 5, two rockets struck Al Asad. Between October 2023 and February 2024, bases were attacked "
     "170 times.", date(2024, 9, 12), "dateline"),
    # a statement dated by a line of its own at the end, and 'last November' read back from it
    ("Joint Operations Command\n\nToday, Thursday, a drone struck a vehicle in Baghdad. Last November, aircraft "
     "struck positions in Jurf al-Nasr. " + "The Command calls on all parties to exercise restraint. " * 30 +
     "\n\nGlory to the martyrs.\n\n4 January 2024", date(2024, 1, 4), "dateline"),
    # with no such line, 'last November' does not make an article of January 2024 one of November
    ("Joint Operations Command\n\nThe Command met on 4 January 2024. Last November, aircraft struck positions "
     "in Jurf al-Nasr.", date(2024, 1, 4), "inferred"),
    # a translated page keeps its original header, its month in another language
    ("DIE WOCHENSCHAU · Politik\nNr. 37 · 7. September 2019 · Ausland\n\nRockets hit the Green Zone on Monday. In "
     "June 2018 an air strike killed 22 fighters.", date(2019, 9, 7), "dateline"),
    ("Le Courrier du Nord\nSamedi 12 février 2022\n\nA drone fell near the airport of Erbil on Friday. In 2020 "
     "missiles hit the same base.", date(2022, 2, 12), "dateline"),
    # months named before the closing date are months before it, not of the next year
    ("PROVINCIAL COUNCIL\nMedia Office\n\nStatement on the aggression\n\nThe same area was bombed in January, and "
     "in November before it. " + "The Council calls on the government to act. " * 30 + "\n\nPeace be upon you.\n\n"
     "The Provincial Council\nKarbala, Wednesday 25 Muharram 1446 AH, corresponding to 31 July 2024",
     date(2024, 7, 31), "dateline"),
    ("Kataib Hezbollah\nCentral Media Office\n\nYesterday, Sunday, warplanes bombed our brigades in al-Qaim. " +
     "Our response will be severe. " * 30 + "\n\nCentral Media Office\nMonday 4 Jumada al-Ula 1441 AH, corresponding "
     "to 30-12-2019", date(2019, 12, 30), "dateline"),
    ("Provincial Council\n\nThe same area was bombed in January, and in November before it. " +
     "The Council calls on the government to act. " * 30 + "The Council met in Karbala on 31 July 2024 to discuss "
     "the aggression.", date(2024, 7, 31), "inferred"),
    # a ticker's bare date above the headline, then the byline's stamp (outlet, date, time of day): the stamp's
    ("Drone hits airport | Zagros TV\n\n13-04-2021\n\nKurdistan\n\nDrone hits airport\n\nZagros TV | 14-04-2021 | "
     "23:48\n\nERBIL - A drone struck near the airport on Wednesday night, officials said.", date(2021, 4, 14),
     "dateline"),
])
def test_date_from_the_text(kb, text, published, method):
    art = Article(file="x.txt", text=text)
    metadata.describe(art, segment.segment(art, kb), kb)
    assert (art.published, art.date_method) == (published, method)
