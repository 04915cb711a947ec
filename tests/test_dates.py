"""Date expressions: absolute, partial with a year from context, relative to publication or the previous event."""
from datetime import date

import pytest

from pipeline.extract.dates import Context, find_dates, resolve

PUB = date(2020, 3, 14)  # a Saturday


@pytest.mark.parametrize("text, anchor, year_hint, expected, precision", [
    ("Rockets fell on 19 October, 2014.", None, None, date(2014, 10, 19), "day"),
    ("The strike came on January 18, 2015.", None, None, date(2015, 1, 18), "day"),
    ("It happened on 2016-06-06.", None, None, date(2016, 6, 6), "day"),
    ("Two months later, on 12 March, jets returned.", date(2015, 1, 18), 2015, date(2015, 3, 12), "day"),
    ("Militias met on 3 May.", None, None, date(2019, 5, 3), "day"),  # after publication: previous year
    ("Rockets hit the city in the middle of February.", None, None, date(2020, 2, 15), "week"),  # as 'mid-February'
    ("The base was hit last week.", None, None, date(2020, 3, 7), "week"),
    ("Earlier in the week, a drone was brought down.", None, None, date(2020, 3, 11), "week"),  # as 'earlier this week'
    ('"Last month one of our lorries was hit by a roadside bomb."', None, None, date(2020, 2, 1), "month"),  # a quote
    ("Already at the start of the month, a drone struck a vehicle.", None, None, date(2020, 3, 1), "month"),
    ("Then on the evening of December twenty-seventh, rockets hit K-1.", None, None, date(2019, 12, 27), "day"),
    ("On Thursday of the same week, jets struck depots.", date(2020, 3, 4), None, date(2020, 3, 5), "day"),  # the
    # story's week, not the last Thursday before publication
    ("At the end of the month, rockets hit the base.", date(2019, 12, 20), None, date(2019, 12, 1), "month"),  # the
    # story's month
    ("Gunmen attacked on Saturday.", None, None, date(2020, 3, 14), "day"),
    ("On Christmas Day, a drone struck an air base in Erbil.", None, None, date(2019, 12, 25), "day"),
    ("For many of us the base brings back January of last year.", None, None, date(2019, 1, 1), "month"),
    ("A detachment was in Erbil on Christmas morning.", None, None, date(2019, 12, 25), "day"),
    ("Already on the day of Christmas, a drone had wounded three soldiers.", None, None, date(2019, 12, 25), "day"),
    ("(AIN) Red/Mar 091022 MAR 20", None, None, date(2020, 3, 9), "day"),  # a wire's date-time group, not 20 March
    ("On 12AUG19 at approx 1930 LT explosions occurred at a depot.", None, None, date(2019, 8, 12), "day"),  # a notice's
    ("Drone strikes on depots were also reported in JUL19.", None, None, date(2019, 7, 1), "month"),  # compact dates
    ("Mortars fell on the first Thursday of March, before midnight.", None, None, date(2020, 3, 5), "day"),
    ("Drones came on the last Friday of January 2019.", None, None, date(2019, 1, 25), "day"),
    ("Rockets fell on Monday 2, the army said.", None, None, date(2020, 3, 2), "day"),
    ("Sunday, 12/09/2021 - 10:14", None, None, date(2021, 9, 12), "day"),  # a Sunday in September, not December
    ("The strikes answered the April attack on the airport in Erbil.", None, None, date(2019, 4, 1), "month"),
    ("Rockets hit the embassy on New Year’s Eve.", None, None, date(2019, 12, 31), "day"),
    ("Gunmen attacked on Wednesday.", None, None, date(2020, 3, 11), "day"),
    ("Rockets hit the base last Friday.", None, None, date(2020, 3, 6), "day"),  # written on Saturday: not yesterday
    ("Rockets hit the base last Thursday.", None, None, date(2020, 3, 12), "day"),
    ("On Tuesday of last week, jets struck three sites.", None, None, date(2020, 3, 3), "day"),
    ("On the Wednesday before last, rockets hit the base.", None, None, date(2020, 3, 4), "day"),  # a week before the 11th
    ("On the Saturday before last, rockets hit the base.", None, None, date(2020, 2, 29), "day"),  # in a Saturday paper  # the week before's
    ("A drone killed three soldiers last weekend.", None, None, date(2020, 3, 7), "week"),  # written on Saturday 14th
    ("Mortar rounds fell inside Balad air base at the weekend.", None, None, date(2020, 3, 14), "week"),  # British
    ("An aircraft struck positions near al-Harra late March 8.", None, None, date(2020, 3, 8), "day"),  # that day
    ("It was the first attack since February 15, when rockets hit.", None, None, date(2020, 2, 15), "day"),
    ("On the 12th, two mortar rounds landed inside Besmaya base.", None, None, date(2020, 3, 12), "day"),
    ("Harir (Erbil) - Tue 10th. Two drones went after the base.", None, None, date(2020, 3, 10), "day"),
    ("Ain al-Asad - Thu 27th: drones again.", None, None, date(2020, 2, 27), "day"),  # the 27th that is a Thursday
    ("Late last month a convoy was hit.", None, None, date(2020, 2, 1), "month"),
    ("Later that evening, jets struck back.", date(2019, 11, 21), None, date(2019, 11, 21), "day"),
    ("Three weeks later, drones returned.", date(2016, 6, 6), None, date(2016, 6, 27), "week"),
    ("Ten days after, jets answered.", date(2021, 2, 15), None, date(2021, 2, 25), "day"),  # 'after' with nothing after it
    ("Two days afterwards, jets answered.", date(2021, 2, 15), None, date(2021, 2, 17), "day"),
    ("Two days before, jets struck.", date(2021, 2, 15), None, date(2021, 2, 13), "day"),
    ("Two nights earlier, mortar rounds fell.", date(2018, 9, 8), None, date(2018, 9, 6), "day"),
    ("In the night of Wednesday the eleventh of March, rockets fell.", None, None, date(2020, 3, 11), "day"),
    ("He came home on the twenty-eighth of February.", None, None, date(2020, 2, 28), "day"),  # an ordinal word
    ("They targeted the base on the twentieth of last month.", None, None, date(2020, 2, 20), "day"),
    ("On the last day of the year, crowds stormed the embassy.", None, 2019, date(2019, 12, 31), "day"),
    ("In June 2018 the group threatened.", None, None, date(2018, 6, 1), "month"),
    ("The breaking point came at the end of 2019.", None, None, date(2019, 12, 1), "month"),  # its last month
    ("Rockets were fired in late 2019.", None, None, date(2019, 1, 1), "year"),  # 'late': a season of the year
    ("Two weeks ago today, bombers struck 85 targets.", None, None, date(2020, 2, 29), "day"),  # that very day
    ("Two weeks ago, bombers struck 85 targets.", None, None, date(2020, 2, 29), "week"),
    ("He was killed in a drone strike two years ago this week.", None, None, date(2018, 3, 15), "week"),  # that week
    ("Attacks resumed in mid-January.", None, None, date(2020, 1, 15), "week"),  # the middle of the month
    ("The depot exploded yesterday.", None, None, date(2020, 3, 13), "day"),
    ("On January 4 this year, a strike hit a car.", None, 2015, date(2020, 1, 4), "day"),  # not the nearby year
    ("On March 3 last year, rockets hit the base.", None, 2015, date(2019, 3, 3), "day"),
    ("The same year, airstrikes hit depots.", None, 2017, date(2017, 1, 1), "year"),
    ("The group emerged in the mid-2000s.", None, None, date(2000, 1, 1), "unknown"),  # too coarse for a row
    ("In March of last year, missiles hit Erbil.", None, None, date(2019, 3, 1), "month"),
    ("Missiles fell in the night to Wednesday.", None, None, date(2020, 3, 11), "day"),
    ("It came in the night from Tuesday to Wednesday.", None, None, date(2020, 3, 11), "day"),
    ("Jets struck after midnight of Tuesday to Wednesday.", None, None, date(2020, 3, 11), "day"),
    ("Aircraft bombed three sites in the night between Monday and Tuesday.", None, None, date(2020, 3, 10), "day"),
    ("Mourners buried a commander killed the night before.", date(2020, 3, 12), None, date(2020, 3, 11), "day"),
    ("12/03 (Thu) - Anbar, Ain al-Asad.", None, 2020, date(2020, 3, 12), "day"),  # a log entry, day first
    ("22/02 - Baghdad, Green Zone.", None, 2020, date(2020, 2, 22), "day"),
    ("Issued 29.02.2020 by the observatory.", None, None, date(2020, 2, 29), "day"),
    ("Posted 2/25/2020 by the desk.", None, None, date(2020, 2, 25), "day"),  # month first: 25 is no month
    ("Last updated 29-1-2020 by the archive.", None, None, date(2020, 1, 29), "day"),  # figures joined by hyphens
    ("The following Friday, bombers hit 85 targets.", date(2020, 1, 28), None, date(2020, 1, 31), "day"),  # after the story's time
    ("Tue: IED hit a logistics convoy near Nasiriyah.", None, None, date(2020, 3, 10), "day"),  # a digest's entry head
    ("Wed night: C-RAM went off over the IZ.", None, None, date(2020, 3, 11), "day"),
    ("MR. DELANEY: This morning a drone was shot down.", None, None, date(2020, 3, 14), "day"),  # a transcript
    ("A drone struck the compound that afternoon.", date(2020, 3, 12), None, date(2020, 3, 12), "day"),
    ("It has been a target since January 2016, when missiles hit it.", None, None, date(2016, 1, 1), "month"),
    ("A gunship engaged the launch team within minutes of the launch.", date(2020, 3, 12), None, date(2020, 3, 12), "day"),
    ("And the very next day the US hit three sites.", date(2020, 3, 12), None, date(2020, 3, 13), "day"),
])
def test_resolution(text, anchor, year_hint, expected, precision):
    exprs = [e for e in find_dates(text) if not e.citation]
    assert exprs, f"no date found in {text!r}"
    best = next((e for e in exprs if e.kind in ("dm", "md")), exprs[-1])
    assert len(exprs) == 1 or best.kind in ("dm", "md"), exprs
    got = resolve(best, Context(published=PUB, year_hint=year_hint, anchor=anchor))
    assert got == (expected, precision)


@pytest.mark.parametrize("text, expected", [
    ("Two days after that, crowds stormed the embassy.", (date(2019, 12, 1), "month")),
    ("A few days earlier, a rocket attack killed a contractor.", (date(2019, 12, 1), "month")),
])
def test_a_count_of_days_from_a_month_stays_in_that_month(text, expected):
    """'the bombardment at the end of last month ... Two days after that': as precise as the month counted from."""
    e = next(e for e in find_dates(text) if e.kind == "later")
    assert resolve(e, Context(published=PUB, anchor=date(2019, 12, 1), anchor_precision="month")) == expected


@pytest.mark.parametrize("text", [
    "Officials may resign.",            # 'may' the verb is not a month
    "He will march on the capital.",
    "The rockets were 107mm calibre.",
    "The 30th Brigade holds the road.",  # an ordinal before a noun is no day of the month
    "It was the 140th attack on US forces.",
    "The operations room works 24/7 now.",   # figures that are no day and month
    "Figures for 06/07/2021 were revised.",  # day and month cannot be told apart
    "See the may19 archive and report dec20.pdf.",
    "Figures for 06-07-2021 and the 2019-2020 season were revised.",  # hyphens: no order told, or a range of years  # a month run into figures in lower case is a name, not a date
])
def test_not_dates(text):
    assert find_dates(text) == []


def test_citation_dates_are_marked():
    exprs = find_dates("The vote passed (Asharq al-Awsat, January 8).")
    assert exprs and exprs[0].citation


def test_partial_date_takes_year_from_previous_sentence(extract):
    text = ("Title line about strikes\n\nOn January 18, 2015, US aircraft bombed a militia headquarters in Baiji, "
            "killing 12 fighters. Two months later, on 12 March, US aircraft struck a Kataib Hezbollah position near "
            "Tikrit.")
    events = extract(text, published=date(2023, 12, 4))
    dates = sorted(e.event_date for e in events if e.event_type == "airstrike")
    assert dates == [date(2015, 1, 18), date(2015, 3, 12)]


def test_relative_to_previous_event(extract):
    text = ("Headline for a report\n\nOn 21 November, rockets hit Ain al-Asad air base. "
            "Later that evening, US forces bombed a Kataib Hezbollah headquarters in Jurf al-Sakhar.")
    events = extract(text, published=date(2023, 12, 4))
    by_place = {e.location: (e.event_date, e.date_precision) for e in events}
    assert by_place["Ain al-Asad Air Base"] == (date(2023, 11, 21), "day")
    assert by_place["Jurf al-Sakhar"] == (date(2023, 11, 21), "day")


def test_the_day_of_the_report_yields_to_the_day_of_the_event(extract):
    text = "Headline words here now\n\nPolice said on Tuesday that rockets hit Baghdad airport late on Monday."
    assert [e.event_date for e in extract(text, published=date(2021, 3, 3))] == [date(2021, 3, 1)]


def test_the_weekday_of_a_full_date_is_part_of_it(extract):
    # 'Thursday 8 February 2024' is one date (the page's), not a Thursday that could date the strike told after it
    assert [e.kind for e in find_dates("Lome, Thursday 8 February 2024 - A drone strike killed him on Wednesday.")] \
        == ["dmy", "weekday"]
    text = ("Headline words here now\n\nLome, Thursday 8 February 2024 (Agency) - An American drone strike has killed "
            "this Wednesday evening in Baghdad a commander of Kataib Hezbollah.")
    assert [e.event_date for e in extract(text, published=date(2024, 2, 8))] == [date(2024, 2, 7)]


def test_a_weekday_fixes_the_year_of_a_day_and_month():
    # 3 January is a Friday in 2020 and a Monday in 2022: the year the context suggests yields to the weekday
    e = next(x for x in find_dates("On Monday, January 3, air defences downed two drones.") if x.kind == "md")
    assert e.weekday == 0
    got = resolve(e, Context(published=date(2022, 1, 14), year_hint=2020))
    assert got == (date(2022, 1, 3), "day")
    # a weekday that agrees with the context year changes nothing
    e = next(x for x in find_dates("On Friday 3 January, jets struck.") if x.kind == "dm")
    assert resolve(e, Context(published=date(2022, 1, 14), year_hint=2020)) == (date(2020, 1, 3), "day")


def test_a_date_fixed_by_its_weekday_sets_the_year_of_the_next_ones(extract):
    text = ("Militias mark an anniversary\n\nTwo years after the US strike that killed Qassem Soleimani near "
            "Baghdad airport on January 3, 2020, militias struck again.\n\nOn Monday, January 3, air defences at "
            "Baghdad airport shot down two drones. On January 5, five rockets were fired at Ain al-Asad air base.")
    events = extract(text, published=date(2022, 1, 14))
    by_place = {(e.location, e.event_date) for e in events}
    assert ("Ain al-Asad Air Base", date(2022, 1, 5)) in by_place
    assert any(d == date(2022, 1, 3) for _p, d in by_place)
