"""Triggers and their reading: events versus talk, roles, places, several events in a sentence, de-duplication.

Within one article, deciding which mentions are one event is the article layer's job (pipeline.extract.discourse);
pipeline.dedupe only merges events of different articles. So the single-article tests below check the
extractor's output directly, without a dedupe pass that could hide a missed within-article merge.
"""
from datetime import date

import pytest

from pipeline import schema
from pipeline.model import Article
from pipeline.run import process_article

PUB = date(2021, 6, 30)
HEAD = "Report on militia activity\n\n"


def kinds(events):
    return sorted(e.event_type for e in events)


@pytest.mark.parametrize("sentence, expected", [
    # events
    ("On 12 June, US warplanes bombed a Kataib Hezbollah depot near Al-Qaim.", ["airstrike"]),
    ("On 12 June, a drone struck a PMU convoy near Baiji.", ["drone_strike"]),
    ("On 12 June, three rockets hit Camp Taji, wounding two soldiers.", ["missile_or_rocket_attack"]),
    ("On 12 June, a roadside bomb hit a logistics convoy near Diwaniyah.", ["ied_or_bombing"]),
    ("On 12 June, PMU fighters blocked a US patrol near Mosul.", ["confrontation_or_blockade"]),
    ("On 12 June, security forces arrested a Kataib Hezbollah commander in Baghdad.", ["arrest"]),
    # talk: threats are rows of their own kind, not attacks
    ("On 12 June, Kataib Hezbollah threatened to attack US forces in Anbar.", ["threat"]),
    ("On 12 June, Asaib Ahl al-Haq said US troops in Baghdad will be targeted.", ["threat"]),
    # not events at all
    ("On 12 June, officials said US forces did not attack the base at Balad.", []),
    ("If US troops stay in Anbar, they could face attacks on 12 June.", []),
    ("Residents in Tikrit fear further strikes after 12 June.", []),
    ("Will the militias attack US bases in Erbil on 12 June?", []),
])
def test_events_versus_talk(extract, sentence, expected):
    assert kinds(e for e in extract(HEAD + sentence, PUB) if e.event_type not in ("political_action",)) == expected


def test_roles_active_and_passive(extract):
    active = extract(HEAD + "On 3 May, US warplanes bombed positions of the PMU near Fallujah.", PUB)
    assert (active[0].actor1, active[0].actor2) == ("US forces", "Popular Mobilization Units")
    passive = extract(HEAD + "On 3 May, Kataib Hezbollah fighters were bombed by US aircraft near Al-Qaim.", PUB)
    assert (passive[0].actor1, passive[0].actor2) == ("US forces", "Kataib Hezbollah")


def test_person_maps_to_faction_and_umbrella_stays_distinct(extract, kb):
    ev = extract(HEAD + "On 3 May, Qais al-Khazali threatened to attack US troops in Baghdad.", PUB)[0]
    assert ev.actor1 == "Asaib Ahl al-Haq"
    assert "Qais al-Khazali" in ev.assoc_actors
    assert kb.actors["Kataib Hezbollah"].parent == "Popular Mobilization Units"
    assert kb.actors["Popular Mobilization Units"].actor_type == "umbrella body"


def test_coalition_base_implies_target(extract):
    ev = extract(HEAD + "On 3 May, two rockets struck Ain al-Assad air base.", PUB)[0]
    assert ev.actor2 == "US forces"


@pytest.mark.parametrize("phrase, place, precision", [
    ("at Ain al-Assad air base", "Ain al-Asad Air Base", 1),
    ("at Al-Asad airbase", "Ain al-Asad Air Base", 1),
    ("in Bayji", "Baiji", 1),
    ("in Tuz Khormato", "Tuz Khurmatu", 1),
    ("west of Karbala", "Karbala", 2),
    ("near Makhmour", "Makhmour", 2),
    ("south of Fallujah", "Fallujah", 2),
    ("in Baiji district", "Baiji District", 2),
    ("in Anbar province", "Anbar", 3),
])
def test_places_and_precision(extract, phrase, place, precision):
    ev = extract(HEAD + f"On 3 May, US aircraft bombed a militia depot {phrase}.", PUB)[0]
    assert ev.location.startswith(place)
    assert ev.geo_precision == precision
    assert ev.latitude is not None


def test_three_events_in_one_sentence(extract):
    text = (HEAD + "The targeting escalated in 2018, with the bombing of seven PMF weapons depots, including "
            "two in the Najaf Sea on 7 June, another in Babil on 30 June, and a third west of Karbala on 6 August.")
    events = sorted(extract(text, date(2019, 1, 10)), key=lambda e: e.event_date)
    assert [e.event_date for e in events] == [date(2018, 6, 7), date(2018, 6, 30), date(2018, 8, 6)]
    assert [e.location for e in events] == ["Najaf Sea", "Babil Governorate", "Karbala"]
    assert [e.geo_precision for e in events] == [2, 3, 2]
    assert {e.event_type for e in events} == {"airstrike"}


@pytest.mark.parametrize("text, dead, injured", [
    ("killing the regiment commander and eight of his soldiers", 9, None),
    ("killing fifty more soldiers and wounding dozens more", 50, None),
    ("killing 22 fighters and wounding 12 others", 22, 12),
    ("Six died, and 31 people from the unit were injured.", 6, 31),
    ("killing five Iraqi security forces and a civilian", 6, None),
    ("killing at least three people", 3, None),
    ("without causing any casualties", 0, 0),
    ("the 2019 attack that left an American contractor dead", 1, None),
    ("killed a senior commander of the group and his bodyguard", 2, None),
    ("killing a Badr officer known as Abu Karrar al-Husseini and a second member of the group", 2, None),
    ("the drone killed a police officer and a child", 2, None),
    ("another salvo killed a young girl when a rocket fell short", 1, None),
    ("a reservist was named as one of three coalition personnel killed when rockets hit the camp", 3, None),
    ("the bombing had killed three soldiers, two policemen and a civilian worker near Karbala", 6, None),
    ("killing an interpreter working for the coalition", 1, None),
    ("killed a foreign contractor and wounded five others and a soldier", 1, 6),
    ("A militiaman was killed in this week's US airstrike.", 1, None),
    ("martyring four fighters and wounding others", 4, None),
    ("Five of the heroes of the brigade ascended as martyrs in the strike", 5, None),
    ("The aggression resulted in the ascension of sixteen martyrs", 16, None),  # the count of martyrs is the dead
    ("The raid resulted in the martyrdom of four fighters", 4, None),
    ("Sixteen people, including civilians, were martyred in the raid", 16, None),
    ("Baghdad said 16 people, civilians among them, lost their lives in the al-Qaim area", 16, None),
    ("killing two American service members and a British army medic", 3, None),
    ("killing two soldiers and three rockets were found", 2, None),
    ("there was no damage or casualties", 0, 0),
    ("the drone caused no damage or injuries", 0, 0),
    ("No US personnel were killed in the barrage", 0, None),
    ("Eight personnel suffered minor injuries and there were no fatalities", 0, 8),
    ("Two Americans and one Briton serving with the coalition were killed", 3, None),
    ("killing three Iraqi soldiers, two police officers and a civilian worker", 6, None),
    ("killing two soldiers, a spokesman said", 2, None),
    ("the group said between three and five of its fighters were killed", 3, None),
    ("killing a senior Kataib Hezbollah commander along with two of his companions", 3, None),
    ("rockets killed five soldiers together with a civilian driver", 6, None),
    ("killing two U.S. servicemembers and one British servicemember", 3, None),  # the dots of 'U.S.'
    ("a rocket came down on a house, killing five members of one family, two women and three children", 5, None),
    ("killing five people, two women and three children", 5, None),  # the groups break the count down
    ("a war monitor put the toll in Syria at 23, all of them militiamen", 23, None),
    ("the toll stood at nine on Monday", 9, None),
    ("According to the Pentagon, neither Americans nor Iraqis lost their lives", 0, None),
    ("No lives were lost", 0, None),
    ("no one lost their life in the blast", 0, None),
    ("No American personnel were harmed", 0, 0),
    ("Neither the guards nor the driver was hurt, but two soldiers lost their lives", 2, None),
    ("none of the soldiers at either base lost their lives", 0, None),
    ("the army said none of its own soldiers had died", None, None),  # a side's own: the others' toll is untold
    ("Two American soldiers and a British woman, a medic of the reserve, lost their lives there", 3, None),  # an aside
    ("Three soldiers, a civilian, and a contractor were killed", None, None),  # a list, not an aside: not read as one
    ("There were neither dead nor injured, according to the Iraqi police", 0, 0),
    ("The blast left no dead or wounded", 0, 0),
    ("the drone strike took the life of a senior commander", 1, None),
    ("the salvo claimed the lives of three guards", 3, None),
    ("the attack, in which about thirty rockets killed a contractor", 1, None),  # the rockets are counted, not the dead
    ("a driver of Nepali nationality who worked for the firm lost his life", 1, None),  # a relative clause between
])
def test_casualties(text, dead, injured):
    from pipeline.extract.numbers import casualties
    c = casualties(text)
    assert (c.fatalities, c.injuries) == (dead, injured)


def test_at_least_gives_ucdp_low_not_high():
    from pipeline.extract.numbers import casualties
    c = casualties("killing at least seven fighters")
    assert (c.low, c.fatalities, c.high) == (7, 7, None)


def test_one_event_told_twice_in_an_article_is_one_row(extract):
    text = (HEAD + "On Monday, rockets struck Erbil airport, killing a contractor. "
            "Officials said the attack on Erbil airport also wounded five people. "
            "The rocket attack on Erbil International Airport on Monday was claimed by Saraya Awliya al-Dam.")
    events = extract(text, date(2021, 2, 17))  # no dedupe: within one article the article layer merges
    strikes = [e for e in events if e.event_type == "missile_or_rocket_attack"]
    assert len(strikes) == 1
    assert strikes[0].event_date == date(2021, 2, 15)
    assert strikes[0].fatalities == 1


def test_same_event_in_two_articles_is_one_row_with_two_sources(kb):
    from pipeline.dedupe import dedupe
    from pipeline.model import Article
    from pipeline.run import process_article
    a = Article("a.txt", HEAD + "On 11 March, 15 Katyusha rockets hit Camp Taji, killing three soldiers.",
                published=date(2020, 3, 12), date_method="manifest")
    b = Article("b.txt", HEAD + "Around 18 rockets struck the Taji base north of Baghdad on Wednesday.",
                published=date(2020, 3, 13), date_method="manifest")
    events = [e for art in (a, b) for e in process_article(art, kb)[0]]
    merged = dedupe(events)
    assert len(merged) == 1
    assert sorted(merged[0].sources) == ["a.txt", "b.txt"]


def test_two_kinds_of_strike_near_one_city_in_one_week_stay_two_across_articles(kb):
    """A rocket attack on a base and a US airstrike in the same city, told by two articles, are two events."""
    from pipeline.dedupe import dedupe
    from pipeline.model import Article
    from pipeline.run import process_article
    a = Article("a.txt", HEAD + "In late December, a rocket attack on an Iraqi base near Baghdad killed a US contractor.",
                published=date(2020, 3, 12), date_method="manifest")
    b = Article("b.txt", HEAD + "On 27 December, US jets struck a depot in Baghdad.",
                published=date(2020, 1, 2), date_method="manifest")
    events = [e for art in (a, b) for e in process_article(art, kb)[0]]
    assert {e.event_type for e in events} == {"missile_or_rocket_attack", "airstrike"}
    assert len(dedupe(events)) == 2


def test_seed_airport_killing_is_merged_across_articles(seed_events):
    hits = seed_events[seed_events["event_type"].isin(["assassination", "airstrike", "drone_strike"])
                       & (seed_events["event_date"].dt.strftime("%Y-%m") == "2020-01")
                       & seed_events["sources"].str.contains(";")]
    assert len(hits) == 1


@pytest.mark.parametrize("sentence, etype, actor1, actor2", [
    # a source that reports the event is not a party to it
    ("A drone attack targeted Erbil airport late on Wednesday, the Kurdish counter-terrorism service said.",
     "drone_strike", "unknown", "US forces"),
    ("The Pentagon said an attack on US forces at Al-Tanf in Syria caused no injuries on Monday.",
     "missile_or_rocket_attack", "unknown", "US forces"),
    # ... unless it speaks of itself
    ("The US military said it carried out strikes on facilities used by Kataib Hezbollah in Anbar on Friday.",
     "airstrike", "US forces", "Kataib Hezbollah"),
    # the victims of a passive sentence are the target; a country after 'in' is a place
    ("Three US soldiers were killed in a drone attack on Tower 22 in Jordan on Sunday.",
     "drone_strike", "unknown", "US forces"),
    # one person killed by role is a targeted killing
    ("Gunmen on Monday killed a prominent activist in Karbala.", "assassination", "unknown", "unknown"),
    # a government as perpetrator of violence stands for its forces
    ("On Friday, the United States conducted airstrikes against Kataib Hezbollah depots near Al-Qaim.",
     "airstrike", "US forces", "Kataib Hezbollah"),
])
def test_roles_in_reported_speech(extract, sentence, etype, actor1, actor2):
    ev = extract(HEAD + sentence, date(2024, 1, 10))[0]
    assert (ev.event_type, ev.actor1, ev.actor2) == (etype, actor1, actor2)


def test_anniversary_is_not_the_event(extract):
    text = HEAD + "On Friday, thousands in Baghdad marked the anniversary of the killing of Soleimani in a US drone strike."
    assert [e for e in extract(text, date(2021, 1, 3)) if e.event_type not in ("political_action", "threat")] == []


def test_casualty_sentence_after_the_event(extract):
    text = HEAD + "At least three rockets were fired on Tuesday at Ain al-Asad air base. There were no casualties."
    ev = extract(text, date(2021, 3, 3))[0]
    assert (ev.fatalities, ev.injuries) == (0, 0)


def test_suspects_arrested_for_a_bombing_is_an_arrest(extract):
    text = HEAD + "Police arrested two men suspected of planting a roadside bomb in Diwaniyah on 2 June."
    assert kinds(extract(text, date(2020, 6, 10))) == ["arrest"]


def test_dated_reference_inside_a_clause_is_its_own_event(kb):
    """The assassination is read as an event of its own, dated January 2020, and lends that date to nothing:
    a background event with a month's precision (it has no place; discourse.VAGUE_PLACE_NEEDS lets an
    unplaced event be a row down to month precision). The rocket attack keeps its own day."""
    from pipeline.model import Article
    from pipeline.run import process_article
    text = (HEAD + "On Monday, rockets hit the Green Zone in the heaviest attack since the assassination in "
            "January 2020 of Abu Mahdi al-Muhandis.")
    events, mentions, _unplaced = process_article(
        Article("t.txt", text, published=date(2021, 2, 26), date_method="manifest"), kb)
    assert sorted((e.event_type, e.event_date, e.date_precision) for e in events) == [
        ("assassination", date(2020, 1, 1), "month"),
        ("missile_or_rocket_attack", date(2021, 2, 22), "day")]
    assert [(m.canonical, m.info["modality"]) for m in mentions
            if m.label == "TRIGGER" and m.text == "assassination"] == [("assassination", "real")]
    assert [(m.canonical, m.info["precision"]) for m in mentions
            if m.label == "DATE" and m.text == "January 2020"] == [("2020-01-01", "month")]


def test_a_wire_story_with_a_response_and_its_toll(extract):
    text = ("US strikes militia after drone attack\n\n"
            "WASHINGTON — The United States carried out airstrikes early on Tuesday against three facilities "
            "used by Kataib Hezbollah in Iraq, the Pentagon said.\n\n"
            "The strikes, near Al-Qaim, came a day after a one-way attack drone struck Erbil air base, "
            "wounding three US service members.\n\n"
            "Kataib Hezbollah said four of its fighters were killed.\n\n"
            "Since October 17, Iran-backed groups have attacked US forces more than 100 times.")
    events = sorted(extract(text, date(2023, 12, 26)), key=lambda e: e.event_date)
    assert [(e.event_type, e.event_date, e.location, e.fatalities, e.injuries) for e in events] == [
        ("drone_strike", date(2023, 12, 25), "Erbil International Airport", None, 3),
        ("airstrike", date(2023, 12, 26), "Al-Qaim", 4, None)]
    assert (events[1].actor1, events[1].actor2) == ("US forces", "Kataib Hezbollah")


def test_timeline_bullets_are_dated_by_their_own_dates(extract):
    text = ("Timeline of attacks\n\n- 8 January: Iran fires ballistic missiles at Ain al-Asad; no one is killed.\n"
            "- 11 March: Rockets hit Camp Taji, killing two Americans and a Briton.\n"
            "- 14 March: A second barrage hits Camp Taji.")
    events = extract(text, date(2020, 12, 30))
    assert [(e.event_date, e.location) for e in events] == [
        (date(2020, 1, 8), "Ain al-Asad Air Base"), (date(2020, 3, 11), "Camp Taji"), (date(2020, 3, 14), "Camp Taji")]


def test_an_analysis_paragraph_with_a_year_then_partial_and_relative_dates(extract):
    text = ("The factions and the Americans\n\n"
            "The most serious escalation came in late 2019. After a rocket attack on the K-1 base near Kirkuk "
            "killed an American contractor on December 27, the US bombed Kataib Hezbollah sites in Anbar two days "
            "later, killing 25 fighters. Five days later Iran retaliated with missiles on Ain al-Asad.")
    events = sorted(extract(text, date(2021, 6, 1)), key=lambda e: e.event_date)
    assert [(e.event_date, e.event_type, e.location) for e in events] == [
        (date(2019, 12, 27), "missile_or_rocket_attack", "K-1 Air Base"),
        (date(2019, 12, 29), "airstrike", "Anbar Governorate"),
        (date(2020, 1, 3), "missile_or_rocket_attack", "Ain al-Asad Air Base")]


def test_an_islamic_state_attack_is_another_conflict_and_a_kicker_is_not_a_title(extract):
    """The war against the Islamic State is not the militias' confrontation with US forces: no row.
    The kicker line above the headline is not taken for the title either (the event would be doubled)."""
    text = ("Local news\n\nDiyala: PMF repel ISIS attack near Khanaqin\n\n"
            "An ISIS cell attacked a PMF checkpoint north of Muqdadiya late on Saturday, killing two fighters.")
    assert extract(text, date(2022, 3, 7)) == []
    text = text.replace("An ISIS cell", "Gunmen")
    assert [(e.event_type, e.actor2, e.event_date, e.fatalities) for e in extract(text, date(2022, 3, 7))] == [
        ("armed_clash", "Popular Mobilization Units", date(2022, 3, 5), 2)]


def test_a_later_strike_is_dated_and_placed_by_the_event_before(extract):
    text = ("Local news today\n\nAn ISIS cell attacked a PMF checkpoint north of Muqdadiya late on Saturday. "
            "Clashes lasted for an hour. A coalition aircraft later struck the fleeing militants, the source added.")
    strike = [e for e in extract(text, date(2022, 3, 7)) if e.event_type == "airstrike"][0]
    assert (strike.actor1, strike.event_date, strike.location, strike.geo_precision) == (
        "US-led coalition", date(2022, 3, 5), "Muqdadiya", 2)


def test_a_claim_names_the_perpetrator_of_the_event_before(extract):
    text = (HEAD + "Two explosive drones hit Ain al-Asad air base on December 6. "
            "The Islamic Resistance in Iraq, an umbrella of hardline factions, claimed the attack on Telegram.")
    events = extract(text, date(2023, 12, 7))
    assert [(e.actor1, e.actor2, e.location) for e in events] == [
        ("Islamic Resistance in Iraq", "US forces", "Ain al-Asad Air Base")]


def test_an_article_telling_the_same_days_strike_twice_once_without_place(extract):
    text = (HEAD + "A drone strike hit a Kataib Hezbollah vehicle in Jurf al-Sakhar on Wednesday. "
            "Residents described panic. The militia's media office confirmed a drone strike on Wednesday.")
    strikes = [e for e in extract(text, date(2024, 2, 9)) if e.event_type == "drone_strike"]
    assert [(e.event_date, e.location) for e in strikes] == [(date(2024, 2, 7), "Jurf al-Sakhar")]


def test_a_story_told_over_several_sentences_is_one_event(extract):
    text = ("Rockets hit airport in the north\n\n"
            "Rockets launched at an airbase in Iraq's Kurdistan region killed a civilian contractor, "
            "the coalition said. The attack late on Tuesday ended a quiet spell. "
            "Officials promised an inquiry. Analysts expect more. "
            "Local officials said three rockets were fired towards Erbil International Airport, where coalition "
            "advisers who train units fighting the Islamic State are stationed. "
            "The attack was claimed by a group calling itself \u201cSaraya Awliya al-Dam\u201d.")
    strikes = [e for e in extract(text, date(2021, 2, 18)) if e.event_type == "missile_or_rocket_attack"]
    assert [(e.event_date, e.location, e.actor1, e.actor2, e.fatalities) for e in strikes] == [
        (date(2021, 2, 16), "Erbil International Airport", "Saraya Awliya al-Dam", "US forces", 1)]


@pytest.mark.parametrize("sentence, etype, actor1, actor2, dead, hurt", [
    ("US troops came under small-arms fire near Qayyarah on Tuesday.", "armed_clash", "unknown", "US forces",
     None, None),
    # nobody hurt means nobody killed: ACLED and the gold tables code 0 fatalities
    ("A roadside bomb struck a coalition convoy near Samawah on Tuesday. No one was hurt.", "ied_or_bombing",
     "unknown", "US-led coalition", 0, 0),
    ("Kataib Hezbollah spokesman Abu Ali al-Askari warned on Monday that the group would resume attacks on "
     "US forces.", "threat", "Kataib Hezbollah", "US forces", None, None),
    # the doer of 'the strike carried out by X' is the strike's perpetrator, and X's drone its weapon
    ("The army spokesman condemned on Thursday the strike carried out by an American drone against a vehicle in "
     "eastern Baghdad on Wednesday evening.", "drone_strike", "US forces", "unknown", None, None),
    # and the claimant of 'an attack claimed by X' is its perpetrator
    ("On Tuesday a bomb targeted trucks near Diwaniyah in an attack claimed by Saraya Qasim al-Jabbarin.",
     "ied_or_bombing", "Saraya Qasim al-Jabbarin", "unknown", None, None),
])
def test_more_reporting_patterns(extract, sentence, etype, actor1, actor2, dead, hurt):
    ev = extract(HEAD + sentence, date(2021, 3, 5))[0]
    assert (ev.event_type, ev.actor1, ev.actor2, ev.fatalities, ev.injuries) == (etype, actor1, actor2, dead, hurt)


@pytest.mark.parametrize("word, value", [("dozen", 12), ("a dozen", 12), ("two dozen", 24), ("twenty-five", 25),
                                         ("dozens", None), ("hundred", 100), ("two hundred", 200)])
def test_number_words(word, value):
    from pipeline.extract.numbers import word_to_int
    assert word_to_int(word) == value


def test_the_country_of_a_dateline_is_where_the_reporters_are(extract):
    text = HEAD + ("BASRA, Iraq, June 19 (Wire) - A Katyusha rocket hit a compound used by international oil "
                   "companies including ExxonMobil west of Basra early on Wednesday, wounding three workers.")
    [ev] = extract(text, date(2019, 6, 19))
    assert (ev.location, ev.event_date) == ("Basra", date(2019, 6, 19))


@pytest.mark.parametrize("sentence", [
    # an illness, not an arrest or an attack
    "An American contractor died of cardiac arrest while sheltering at al-Asad air base after a false alarm.",
    "A contractor at Ain al-Asad air base suffered a heart attack during the alert on Tuesday.",
    # the attacks are the event: 'fought off' is no clash, and a string of them is no attack of the report's day
    "US and coalition forces in Iraq and Syria fought off a string of drone attacks this week, the Pentagon said "
    "Thursday.",
    # the user of what was struck is its target: the war on the Islamic State is another conflict
    "The coalition carried out 17 strikes in and around Tikrit overnight Wednesday to Thursday, destroying a bridge, "
    "checkpoints and a headquarters building used by IS, the US military said.",
    # a report called untrue denies what it reports
    "The coalition spokesman dismissed the allegations on Tuesday, writing that reports of coalition strikes on the "
    "PMU near the border were inaccurate.",
])
def test_no_event_is_read_from(extract, sentence):
    assert [(e.event_type, e.location) for e in extract(HEAD + sentence, date(2023, 10, 20))] == []


def test_two_distant_sites_joined_by_and_are_two_events(extract):
    text = HEAD + ("On Saturday evening, rockets struck inside Baghdad's Green Zone, close to the US embassy, and at "
                   "Balad air base north of the capital; the military said no one was killed.")
    got = sorted((e.location, e.event_date, e.fatalities) for e in extract(text, date(2020, 1, 8)))
    assert got == [("Balad Air Base", date(2020, 1, 4), 0), ("Green Zone", date(2020, 1, 4), 0)]


def test_a_road_between_two_towns_is_one_place(extract):
    text = HEAD + "A roadside bomb struck a US convoy on the road between Baghdad and Balad on Saturday."
    assert len(extract(text, date(2020, 1, 8))) == 1
    text = HEAD + ("The US base at al-Tanf, in the border triangle between Syria, Jordan and Iraq, has been a frequent "
                   "target, most notably on October 19, when drones struck the base.")
    assert [e.location for e in extract(text, date(2021, 11, 8))] == ["Al-Tanf garrison"]


def test_a_definite_retelling_looks_past_a_generic_summary(extract):
    # 'Sunday's raids' are the raids of the first sentence, not the 'attacks' the depots were used to plan
    text = HEAD + ("US military aircraft struck five facilities of Kataib Hezbollah in Iraq and Syria on Sunday, "
                   "killing at least 25 fighters. The Pentagon described the raids as precision strikes on three sites "
                   "in western Iraq and two in Syria, saying they hit weapons depots the militia had used to plan "
                   "attacks on bases hosting US-led coalition troops. Sunday's raids came two days after more than 30 "
                   "rockets hit the K-1 base near Kirkuk on Friday.")
    events = extract(text, date(2022, 5, 11))
    at_k1 = sorted(e.event_type for e in events if e.location == "K-1 Air Base")
    assert at_k1 == ["missile_or_rocket_attack"]


def test_a_definite_attack_at_a_site_is_the_one_told_there(extract):
    # 'the Tower 22 attack' claimed: the attack told at Tower 22, not the nearer toll told without a place
    text = HEAD + ("A US drone strike in eastern Baghdad on Wednesday night killed a senior commander. The strike came "
                   "five days after US bombers hit more than 85 targets in Iraq and Syria on Feb. 2. Those raids "
                   "retaliated for the Jan. 28 one-way drone attack on Tower 22 that killed three soldiers. Iraqi "
                   "authorities said 16 people were killed on the Iraqi side in the Feb. 2 strikes. The Islamic "
                   "Resistance in Iraq claimed the Tower 22 attack.")
    at_tower = [(e.event_date, e.actor1, e.fatalities) for e in extract(text, date(2024, 2, 8))
                if e.location == "Tower 22"]
    assert at_tower == [(date(2024, 1, 28), "Islamic Resistance in Iraq", 3)]


def test_an_abbreviated_month_is_no_unknown_place(extract):
    text = HEAD + "Drones struck an airfield in the Feb. 2 attacks, killing two guards."
    assert all(not (e.location_text or "").startswith("Feb") for e in extract(text, date(2024, 2, 8)))


def test_where_rockets_were_fired_from_names_no_target(extract):
    text = HEAD + ("Rockets struck Erbil airport on Monday. The ministry said the rockets were fired from an area south "
                   "of Erbil, close to the boundary with territories controlled by the Popular Mobilization Forces.")
    assert all(e.actor2 != "Popular Mobilization Units" for e in extract(text, date(2021, 2, 16)))


def test_the_toll_of_one_place_of_an_operation(extract):
    # 'Nineteen of the dead ... at the three Iraqi sites': 19 at al-Qaim, not 19 plus the three sites or the commanders
    text = HEAD + ("US military aircraft struck five facilities of Kataib Hezbollah in Iraq and Syria on Sunday, killing "
                   "at least 25 fighters. Nineteen of the dead were killed at the three Iraqi sites near the border town "
                   "of al-Qaim, one of the sources said, adding that four local commanders were among them.")
    at_qaim = [e.fatalities for e in extract(text, date(2019, 12, 30)) if e.location == "Al-Qaim"]
    assert at_qaim == [19]


@pytest.mark.parametrize("text, body", [
    ("BAGHDAD (Reuters) - Rockets hit the Green Zone.", "Rockets hit the Green Zone."),
    ("CAIRO/DAMASCUS, Wednesday 7 June 2017 - The coalition said ...", "The coalition said ..."),
    ("ERBIL, Iraq, June 19 (AFP) — Two drones fell.", "Two drones fell."),
    ("US jets struck - again - near Qaim.", "US jets struck - again - near Qaim."),  # no dateline: a capital word alone
    ("The Pentagon said - in a statement - that ...", "The Pentagon said - in a statement - that ..."),
])
def test_the_parser_reads_a_sentence_from_after_its_dateline(text, body):
    from pipeline.extract.events import body_start
    assert text[body_start(text):] == body


def test_the_outlets_own_name_states_nothing(kb):
    """'the Sunday Blast understands': a paper citing itself names no day and no blast."""
    text = ("Strikes\n\nTargets included a compound at Jurf al-Sakhar and a half-built airport near Karbala, the Sunday "
            "Blast understands.\n")
    art = Article(file="t.txt", text=text, source="The Sunday Blast", published=date(2020, 3, 15),
                  date_method="manifest")
    events, _mentions, _unplaced = process_article(art, kb)
    assert not any(e.event_type == "ied_or_bombing" for e in events)
    assert all(e.event_date != date(2020, 3, 15) or e.date_precision != "day" for e in events
               if e.event_type in set(schema.STRIKE_TYPES) | set(schema.GROUND_TYPES))
