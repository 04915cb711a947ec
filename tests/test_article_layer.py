"""The article layer end to end: a few sentences in, the article's events out.

Each row is one short invented article (a title line, then the body) and the violent events it should
yield, sorted by date, then in the order the article tells them. The number of violent events must match
exactly; each expected event lists only the fields the row is about:
  type, date, precision, place (gazetteer canonical name), fatalities, injuries, actor1, actor2,
  attribution, disrupted, assoc_has (a name in assoc_actors), acled_sub (ACLED sub-event type as the
  events table writes it).
Rows marked ALL compare every event of the article, talk included (for texts that state no event at all).
"""
from __future__ import annotations

from datetime import date

import pytest

from pipeline import schema
from pipeline.tables import events_table

WED = date(2022, 5, 11)  # Wednesday 11 May 2022: Monday is 9 May, Tuesday 10 May, 'last week' 4 May
HEAD = "Militia report\n\n"
VIOLENT = set(schema.STRIKE_TYPES) | set(schema.GROUND_TYPES)
ALL = "all"


def row(text, expected, id, published=WED, scope="violent", head=HEAD):
    return pytest.param(head + text, published, expected, scope, id=id)


CASES = [
    # ---- the 14 specified cases
    row("Mortars hit Camp Speicher on Tuesday. Two guards were killed last week after repeated mortar attacks "
        "on Qayyarah airfield.",
        [dict(type="shelling", date=date(2022, 5, 4), precision="week", place="Qayyarah Airfield West",
              fatalities=2),
         dict(type="shelling", date=date(2022, 5, 10), precision="day", place="Camp Speicher", fatalities=None)],
        id="01-two-bases-two-times"),
    row("Relations soured in 2019 after an air raid killed their commander near al-Qaim.",
        [dict(type="airstrike", date=date(2019, 1, 1), precision="year", place="Al-Qaim", fatalities=1)],
        id="02-background-air-raid-in-2019"),
    row("Militias have struck two US bases. Both incidents happened on 9 May. The Pentagon said there were no "
        "injuries. A new group claimed a drone attack on Qayyarah airfield.",
        [dict(type="drone_strike", date=date(2022, 5, 9), precision="day", place="Qayyarah Airfield West",
              attribution="claimed", actor2="US forces")],
        id="03-claimed-drone-attack-dated-by-earlier-sentence"),
    # 'last week' is read as the same weekday a week before publication, at week precision
    row("US jets hit back near Qaim last week, two days after drones struck Kirkuk airport.",
        [dict(type="drone_strike", date=date(2022, 5, 2), precision="week", place="Kirkuk Air Base"),
         dict(type="airstrike", date=date(2022, 5, 4), precision="week", place="Al-Qaim", actor1="US forces")],
        id="04-two-days-after-a-week-dated-strike"),
    row("Militants attacked coalition troops in Kirkuk on Tuesday.",
        [dict(date=date(2022, 5, 10), precision="day", place="Kirkuk", actor2="US-led coalition")],
        id="05-attack-on-coalition-troops"),
    row("Soldiers shot down a drone over Victory base.",
        [dict(type="drone_strike", disrupted=True, acled_sub="Disrupted weapons use", place="Camp Victory",
              actor1="unknown")],
        id="06-drone-shot-down-is-disrupted-weapons-use"),
    row("Mortars hit Camp Speicher on Monday. Nobody was hurt. Police opened an inquiry. The camp had also been "
        "struck by a rocket on 20 April.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 4, 20), precision="day", place="Camp Speicher"),
         dict(type="shelling", date=date(2022, 5, 9), precision="day", place="Camp Speicher")],
        id="07-the-camp-struck-earlier"),
    row("Officials confirmed the killing of Abu Fadak al-Mohammedawi, with two guards, in an air strike near "
        "Kirkuk.",
        [dict(type="airstrike", place="Kirkuk", fatalities=3)],
        id="08-killing-of-a-commander-in-an-air-strike-is-one-row"),
    row("US officials said the 9 May raids on militia depots in Anbar were revenge for the 2 May drone strike "
        "that killed two soldiers.",
        [dict(type="drone_strike", date=date(2022, 5, 2), precision="day", fatalities=2),
         dict(date=date(2022, 5, 9), precision="day", place="Anbar Governorate")],
        id="09-raids-in-revenge-for-a-drone-strike"),
    row("Investigators said the warehouse blast in Samarra was not a drone strike but an electrical fault.",
        [], id="10-not-a-drone-strike"),
    row("The governor said the standoff with the coalition had worsened.",
        [], scope=ALL, id="11-standoff-is-no-event"),
    row("Two members of Asaib Ahl al-Haq were killed by air strikes near Qayyarah on Tuesday. US jets struck an "
        "Asaib Ahl al-Haq depot near Qayyarah on Tuesday.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Qayyarah", actor1="US forces",
              actor2="Asaib Ahl al-Haq", fatalities=2)],
        id="12-toll-and-strike-told-twice-are-one-row"),
    row("BAGHDAD, March 10, 2021 (Wire) — Rockets struck Ain al-Asad air base on Monday.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 3, 8), precision="day",
              place="Ain al-Asad Air Base")],
        published=None, id="13-dateline-dates-an-undated-article"),
    row("Rockets hit Erbil airport at 10 p.m. Monday, killing one contractor.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), precision="day",
              place="Erbil International Airport", fatalities=1)],
        id="14-clock-time-before-the-weekday"),

    # ---- more cases
    row("KIRKUK, 14 October 2021 (Wire) — A drone struck K-1 air base yesterday, wounding two soldiers.",
        [dict(type="drone_strike", date=date(2021, 10, 13), precision="day", place="K-1 Air Base",
              actor2="US forces", injuries=2)],
        published=None, id="x1-dateline-is-the-reference-for-yesterday"),
    row("Rockets hit Camp Taji on Sunday evening. Later that night, a drone struck Balad air base.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 8), precision="day", place="Camp Taji"),
         dict(type="drone_strike", date=date(2022, 5, 8), precision="day", place="Balad Air Base")],
        id="x2-later-that-night-is-the-day-of-the-event-before"),
    row("A roadside bomb hit a coalition supply convoy near Diwaniyah on Monday. The attack was claimed by "
        "Ashab al-Kahf.",
        [dict(type="ied_or_bombing", date=date(2022, 5, 9), place="Diwaniyah", actor1="Ashab al-Kahf",
              attribution="claimed", actor2="US-led coalition")],
        id="x3-the-attack-was-claimed-by"),
    row("A drone struck an army checkpoint near Rutba on Tuesday. Two soldiers were killed.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Rutba", fatalities=2)],
        id="x4-toll-in-the-next-sentence"),
    row("Ain al-Asad air base hosts several hundred US troops. On Tuesday, three rockets landed inside the base.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Ain al-Asad Air Base",
              actor2="US forces")],
        id="x5-the-base-is-the-base-just-named"),
    row("US troops left K-1 air base in March and moved to Ain al-Asad air base. On Tuesday, three rockets "
        "landed inside the base.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Ain al-Asad Air Base",
              actor2="US forces")],
        id="x6-the-base-is-the-last-base-named"),
    row("Rockets hit Camp Taji on Sunday. Rockets hit Camp Taji again on Tuesday, wounding two contractors.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 8), place="Camp Taji", injuries=None),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Camp Taji", injuries=2)],
        id="x7-same-base-two-days-two-rows"),
    row("Kataib Hezbollah, whose depots near al-Qaim were bombed by US jets in 2019, fired rockets at Ain al-Asad "
        "air base on Tuesday.",
        [dict(type="airstrike", date=date(2019, 1, 1), precision="year", place="Al-Qaim", actor1="US forces",
              actor2="Kataib Hezbollah"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), precision="day",
              place="Ain al-Asad Air Base", actor1="Kataib Hezbollah", actor2="US forces")],
        id="x8-background-event-in-passing-keeps-its-year"),
    row("A drone struck Harir air base on Monday. Nobody was hurt.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Al-Harir Air Base", injuries=0)],
        id="x9-nobody-was-hurt"),
    row("A drone struck Harir air base on Monday. Nobody has claimed responsibility. Officials met the ambassador. "
        "Their statement said there were no injuries.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Al-Harir Air Base", fatalities=0, injuries=0)],
        id="x9b-a-toll-later-in-the-same-paragraph"),
    row("A drone struck Harir air base on Monday. Nobody has claimed responsibility. Officials met the ambassador."
        "\n\nTheir statement said there were no injuries.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Al-Harir Air Base", fatalities=None)],
        id="x9c-a-toll-as-far-in-the-next-paragraph-is-not-its"),
    row("A drone struck Harir air base on Monday. A local channel reported that one drone struck the base while a second was downed near it. "
        "Nobody has claimed responsibility. Officials said there were no injuries.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Al-Harir Air Base", fatalities=0)],
        id="x9d-a-toll-after-a-retelling-goes-to-the-event"),
    row("A roadside bomb killed an Iraqi army officer near Baiji on Friday.", [],
        id="x9e-no-party-to-the-confrontation-named-is-no-row"),
    row("Two rockets have hit an Iraqi army camp housing US-led coalition trainers, police said.",
        [dict(type="missile_or_rocket_attack", actor2="Iraqi Army", assoc_has="US-led coalition")],
        id="x9f-a-base-housing-coalition-troops-names-them"),
    row("On Saturday, US jets struck Kataib Hezbollah depots near al-Qaim.",
        [dict(type="airstrike", date=date(2022, 5, 7), actor1="US forces", actor2="Kataib Hezbollah")],
        id="x9g-a-plural-noun-after-a-name-misread-as-a-verb"),
    row("On 8 May, the Guards fired back, firing ballistic missiles at Ain al-Asad air base. No US personnel were "
        "killed, although dozens suffered concussions.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 8), place="Ain al-Asad Air Base", fatalities=0)],
        id="x9h-firing-missiles-and-no-troops-were-killed"),
    row("A US drone strike killed Abu Fadak, his driver and two others near Kirkuk on Monday.",
        [dict(type="drone_strike", date=date(2022, 5, 9), fatalities=4)],
        id="x9i-a-list-of-victims-with-a-count-of-others"),
    row("Iran has launched a wave of ballistic missiles at Ain al-Asad air base.",
        [dict(type="missile_or_rocket_attack", date=WED, place="Ain al-Asad Air Base", actor1="Iran (IRGC)")],
        id="x9j-launched-a-wave-of-missiles-iran-strikes-as-its-irgc"),
    row("The parliament met to discuss the new budget. Lawmakers argued over it for many hours. The speaker then "
        "adjourned the session until next week. Two rockets have landed inside the Green Zone, security sources say.",
        [dict(type="missile_or_rocket_attack", date=WED, precision="day", place="Green Zone")],
        id="x9k-an-undated-event-in-the-present-perfect-is-the-news-of-the-day"),
    row("The parliament met to discuss the new budget. Lawmakers argued over it for many hours. The speaker then "
        "adjourned the session until next week. Two rockets landed inside the Green Zone, security sources said.", [],
        id="x9l-an-undated-event-in-the-past-far-from-the-lead-is-not-dated"),
    row("Unconfirmed reports claim US jets have struck a militia convoy near Taji. A US official said the report "
        "was false. \"There have been no US strikes tonight.\"", [],
        id="x9m-a-denial-right-after-a-report-unsays-it"),
    row("Sixteen people, including civilians, were martyred on Tuesday night when US forces carried out airstrikes "
        "near al-Qaim. Baghdad described the strikes as a violation of sovereignty.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Al-Qaim", fatalities=16, actor1="US forces")],
        id="x9n-martyred-with-an-aside-and-a-capital-that-speaks"),
    row("WASHINGTON/BAGHDAD - US jets struck three militia sites near Hillah on Tuesday, officials said.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Hillah")],
        id="x9o-a-two-city-dateline-places-nothing"),
    row("US forces in Iraq have been attacked more than 100 times since mid-October.", [],
        id="x9p-attacked-a-hundred-times-is-a-tally"),
    row("US jets struck three sites near Hillah on Tuesday. Kataib Hezbollah confirmed one of its members was "
        "killed. On 3 May, a US drone strike near Kirkuk killed five fighters whom the group described as its "
        "members, US officials said.",
        [dict(type="drone_strike", date=date(2022, 5, 3), place="Kirkuk", fatalities=5, actor1="US forces",
              actor2="unknown"),
         dict(type="airstrike", date=date(2022, 5, 10), place="Hillah", fatalities=1)],
        id="x9q-a-toll-after-a-plural-strike-and-a-speaker-of-the-perpetrators-side"),
    row("The Balad attack on Sunday followed a roadside bomb blast on Tuesday that struck a coalition supply "
        "convoy near Diwaniyah, south of Baghdad.",
        [dict(type="ied_or_bombing", date=date(2022, 5, 10), place="Diwaniyah")],
        id="x9r-followed-separates-two-events-and-a-locator-phrase-places-nothing"),
    row("Rockets hit Balad air base on Sunday. The group's spokesman rejected reports that its fighters had "
        "clashed with US troops near Taji last week. \"No such clash took place,\" he said.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 8), place="Balad Air Base")],
        id="x9s-no-such-clash-unsays-the-clash-just-told"),
    row("The week's main event was a US strike inside Baghdad that killed a senior Nujaba commander. "
        "Drones hit Harir air base on Monday. On Wednesday, a US drone strike on a car on Palestine Street in "
        "eastern Baghdad killed the commander and one of his aides.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Al-Harir Air Base"),
         dict(type="drone_strike", date=date(2022, 5, 11), fatalities=2, actor1="US forces")],
        id="x9t-a-site-in-a-city-and-the-full-toll-of-the-dated-retelling"),
    row("The militia claimed a drone attack on al-Tanf garrison on Monday; CENTCOM said the drone was shot down "
        "and caused no damage or injuries. US strikes have largely targeted depots rather than commanders.",
        [dict(type="drone_strike", date=date(2022, 5, 9), fatalities=0, injuries=0)],
        id="x9u-no-damage-or-injuries-and-largely-is-habitual"),
    row("In 2019, rockets killed a contractor at K-1 air base. The same year, US airstrikes in western Iraq "
        "killed 25 fighters. In 2020, a US drone strike in Baghdad killed two commanders.",
        [dict(type="missile_or_rocket_attack", date=date(2019, 1, 1), precision="year"),
         dict(type="airstrike", date=date(2019, 1, 1), precision="year", fatalities=25),
         dict(type="drone_strike", date=date(2020, 1, 1), precision="year", place="Baghdad", fatalities=2)],
        id="x9v-the-same-year-and-a-counted-strike-in-a-country"),
    row("Kataib Hezbollah claimed a drone attack on Erbil on Sunday. On Monday, the group was widely blamed for "
        "a rocket attack on Camp Taji.",
        [dict(type="drone_strike", date=date(2022, 5, 8), actor1="Kataib Hezbollah", attribution="claimed"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), actor1="Kataib Hezbollah",
              attribution="alleged")],
        id="x9w-the-group-was-blamed-is-alleged"),
    row("In 2019, a rocket attack that US officials blamed on the militia killed an American contractor at a "
        "base near Kirkuk.",
        [dict(type="missile_or_rocket_attack", date=date(2019, 1, 1), actor1="unknown")],
        id="x9x-the-officials-who-blame-are-not-the-perpetrators"),
    row("On Wednesday night a US drone strike hit a car in Baghdad, killing Abu Baqir al-Saadi, the faction's "
        "commander, and two of his companions.",
        [dict(type="drone_strike", date=date(2022, 5, 11), fatalities=3)],
        id="x9y-a-name-the-lexicon-does-not-know-and-two-of-his-companions"),
    row("On Thursday a US drone strike in Baghdad killed Nujaba commander Mushtaq al-Saidi (Abu Taqwa) and one "
        "of his aides.",
        [dict(type="drone_strike", date=date(2022, 5, 5), fatalities=2)],
        id="x9z-a-name-and-the-name-he-goes-by-are-one-man"),
    row("On January 3, 2020, a US drone strike near Baghdad airport killed Qassem Soleimani and Abu Mahdi "
        "al-Muhandis, along with eight others.",
        [dict(type="drone_strike", date=date(2020, 1, 3), fatalities=10)],
        id="x9za-along-with-eight-others-and-no-date-is-a-victim", published=date(2024, 2, 1)),
    row("The group suspended its attacks. That did not stop Washington from hitting back: on Monday, a US drone "
        "strike in Baghdad killed a senior commander; nobody else was killed.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Baghdad", fatalities=1)],
        id="x9zb-a-negation-before-a-colon-does-not-reach-past-it"),
    row("The strike was the latest in a series:\n\n- On January 3, 2020, a US drone strike near Baghdad airport "
        "killed two commanders.\n- On January 4 this year, a US strike in Baghdad killed a commander.\n- On "
        "February 2, US bombers struck militia positions near al-Qaim.",
        [dict(type="drone_strike", date=date(2020, 1, 3)), dict(date=date(2022, 1, 4), place="Baghdad"),
         dict(type="airstrike", date=date(2022, 2, 2), place="Al-Qaim")],
        id="x9zc-this-year-after-a-date-of-another-year"),
    row("Kataib Hezbollah emerged in the mid-2000s and fought US troops during the occupation. In 2019 a US "
        "airstrike near al-Qaim killed 25 of its fighters.",
        [dict(type="airstrike", date=date(2019, 1, 1), precision="year", place="Al-Qaim", fatalities=25)],
        id="x9zd-a-decade-dates-no-row"),
    row("On Monday, a US Reaper struck a vehicle carrying a Kataib Hezbollah one-way attack UAS team near al-Qaim, "
        "killing two militants.",
        [dict(type="airstrike", date=date(2022, 5, 9), actor1="US forces", actor2="Kataib Hezbollah",
              place="Al-Qaim", fatalities=2)],
        id="x9ze-attack-inside-a-weapon-name-is-no-attack"),
    row("On Tuesday a drone targeted Ain al-Asad air base and US forces shot down one. The Islamic Resistance in "
        "Iraq, an umbrella used by factions including Kataib Hezbollah, claimed Tuesday's attack on al-Asad.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Ain al-Asad Air Base",
              actor1="Islamic Resistance in Iraq", attribution="claimed")],
        id="x9zf-an-umbrella-is-not-its-listed-member"),
    row("On Tuesday a drone hit Ain al-Asad air base. Hours later, another drone was launched at Harir air base "
        "and destroyed. The Islamic Resistance in Iraq claimed Tuesday's attacks on al-Asad and Harir.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Ain al-Asad Air Base",
              actor1="Islamic Resistance in Iraq", attribution="claimed"),
         dict(type="drone_strike", date=date(2022, 5, 10), place="Al-Harir Air Base",
              actor1="Islamic Resistance in Iraq", attribution="claimed")],
        id="x9zg-a-late-claim-reaches-every-event-it-names"),
    row("On Tuesday a drone hit Ain al-Asad air base. On Thursday rockets hit the base again. The Islamic "
        "Resistance in Iraq claimed Tuesday's attack on al-Asad and Thursday's rocket fire.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 5), actor1="Islamic Resistance in Iraq",
              attribution="claimed"),
         dict(type="drone_strike", date=date(2022, 5, 10), actor1="Islamic Resistance in Iraq")],
        id="x9zh-a-claim-covers-the-mention-conjoined-to-it"),
    row("A drone struck a hangar at Erbil airport on Monday, causing no casualties. Saraya Awliya al-Dam claimed "
        "responsibility in a statement, saying it had hit the American base.",
        [dict(type="drone_strike", date=date(2022, 5, 9), actor1="Saraya Awliya al-Dam", attribution="claimed")],
        id="x9zi-a-group-claiming-responsibility-claims-the-sentences-attack"),
    row("On Thursday coalition jets struck a convoy of pro-Damascus fighters near al-Tanf garrison.",
        [dict(type="airstrike", date=date(2022, 5, 5), place="Al-Tanf garrison")],
        id="x9zj-pro-damascus-is-an-allegiance-not-a-place"),
    row("Rockets hit Camp Taji on Monday. Kataib Hezbollah denied any role in the attack.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji", actor1="unknown",
              attribution="denied", assoc_has="Kataib Hezbollah")],
        id="x10-a-denial-in-the-next-sentence"),
    row("Kataib Hezbollah warned US forces on Sunday. On Monday the group fired rockets at Ain al-Asad air base.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Ain al-Asad Air Base",
              actor1="Kataib Hezbollah")],
        id="x11-the-group-is-the-group-named-before"),
    row("Asaib Ahl al-Haq held a rally in Baghdad on Sunday. On Monday the militia attacked a US convoy near Balad.",
        [dict(date=date(2022, 5, 9), actor1="Asaib Ahl al-Haq", actor2="US forces")],
        id="x12-the-militia-is-the-militia-named-before"),
    row("On Monday militias attacked a US convoy near Balad.",
        [dict(date=date(2022, 5, 9), actor1="Iran-backed militias", actor2="US forces")],
        id="x13-a-subject-the-parser-put-in-the-date-phrase"),
    row("Iraq's military denied reports of a rocket attack on Baghdad airport. Earlier, local media said two "
        "rockets were fired at Victory base, which hosts coalition advisers.",
        [], id="x15-denied-reports-absorb-the-retelling"),
    row("Coalition jets and Iraqi troops attacked Islamic State sleeper cells in the Hamrin mountains on Monday.",
        [], id="x16-the-war-on-the-islamic-state-is-another-conflict"),
    row("US jets struck a depot near al-Qaim on Monday in revenge for repeated attacks on US bases, particularly "
        "the 2 May rocket attack on Ain al-Asad air base that left an American contractor dead.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 2), place="Ain al-Asad Air Base", fatalities=1),
         dict(type="airstrike", date=date(2022, 5, 9), place="Al-Qaim", actor1="US forces")],
        id="x17-one-dated-attack-of-many-is-its-own-row"),
    row("The resistance group of Ashab al-Kahf claimed responsibility for targeting a US convoy near Diwaniyah on "
        "Tuesday. A roadside bomb exploded as the convoy passed.",
        [dict(type="ied_or_bombing", date=date(2022, 5, 10), place="Diwaniyah", actor1="Ashab al-Kahf",
              attribution="claimed")],
        id="x18-a-group-named-inside-a-generic-phrase-and-a-later-weapon"),
    row("On Monday, there were five more attacks on US troops. One rocket hit Ain al-Asad air base on Monday.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Ain al-Asad Air Base")],
        id="x19-a-count-of-attacks-is-no-row"),
    row("Rockets have hit Camp Taji for the second time this week, officials said. The first attack, on Monday, "
        "killed two soldiers.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), fatalities=2),
         dict(type="missile_or_rocket_attack", date=WED, precision="day", place="Camp Taji")],
        id="x20-the-week-that-counts-attacks-dates-none"),
    row("Between the 1 March raid and 30 April, militias fired rockets at US troops on 40 occasions. In these "
        "attacks, ten soldiers were hurt.",
        [], id="x21-a-period-and-a-count-of-occasions-are-no-row"),
    row("A US airstrike killed five fighters near al-Qaim. An attack then hit US forces near al-Qaim.",
        [dict(type="airstrike", place="Al-Qaim", actor1="US forces", fatalities=5),
         dict(place="Al-Qaim", actor1="unknown", actor2="US forces")],
        id="x22-the-other-sides-strike-is-another-event"),
    row("A drone bombed a militia base near Amerli on Monday, killing one person. Smoke rose over the base. "
        "Residents fled. The army sealed the area. Officials gave no details. A TV channel said several "
        "Hezbollah fighters were killed.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Amerli", fatalities=1)],
        id="x23-a-bare-toll-with-no-day-or-place-is-no-row"),
    row("A US airstrike in eastern Syria killed a Kataib Hezbollah fighter on Tuesday, the group said. The US "
        "military carried out airstrikes on Tuesday against facilities of the militias in al-Qaim, near the border.",
        [dict(type="airstrike", date=date(2022, 5, 10), actor1="US forces", fatalities=1)],
        id="x24-a-border-town-and-the-country-across-it-are-one-strike"),
    row("US forces have come under repeated attack in recent weeks. On Tuesday there were five more attempted "
        "strikes on coalition troops. Drone attacks were launched twice against Ain al-Asad air base on Tuesday. "
        "After a pause last week, the militias renewed drone and rocket attacks on US forces in Iraq and Syria.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Ain al-Asad Air Base")],
        id="x25-summaries-do-not-swallow-an-attack-told-at-its-site"),
    row("US jets carried out airstrikes on Sunday. On Sunday, the United States struck Kataib Hezbollah depots in "
        "Iraq and Syria, killing 25 fighters.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Iraq", fatalities=25),
         dict(type="airstrike", date=date(2022, 5, 8), place="Syria")],
        id="x26-a-retelling-in-two-countries-keeps-both"),
    row("Rockets hit Camp Taji on Monday, security officials said.\n\nThe army gave no details of the damage at "
        "the camp.\n\nResidents of nearby villages said they heard several loud blasts.\n\nThe attacks come "
        "amid rising tension over the war in Gaza and the region.\n\nKataib Hezbollah claimed responsibility for "
        "striking Harir air base with a drone.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji"),
         dict(date=date(2022, 5, 9), precision="week", place="Al-Harir Air Base", actor1="Kataib Hezbollah",
              attribution="claimed")],
        id="x27-an-undated-claim-is-news-of-the-week"),
    row("A volley of rockets targeting an airbase in the Kurdistan region killed a foreign contractor. "
        "The coalition said five others were wounded. The attack late on Monday was the first in two months. "
        "Officials promised an investigation into the incident. Diplomats met the prime minister later that "
        "evening. Security forces closed the roads around the city. Residents stayed indoors for the night. "
        "Sources said at least three rockets were fired at Erbil airport. Most coalition troops are based at the "
        "airport complex. Analysts expect further incidents. The attack was claimed by Saraya Awliya al-Dam. "
        "The Green Zone has regularly come under rocket attack since 2020, and rocket attacks on US troops "
        "continue.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Erbil International Airport",
              fatalities=1, actor1="Saraya Awliya al-Dam", attribution="claimed")],
        id="x28-a-retelling-and-a-claim-far-from-the-lead-are-one-event"),
    row("Drone and rocket attacks hit Ain al-Asad air base and Harir air base on Tuesday, causing no casualties.",
        [dict(place="Ain al-Asad Air Base", fatalities=0), dict(place="Al-Harir Air Base", fatalities=0)],
        id="x29-no-casualties-holds-at-every-place"),
    row("The fire at the Taji depot on Monday was not an accident. This one was not an explosion in a store. "
        "Two drones struck a pair of trucks near Balad on Monday, killing a Badr officer known as Abu Karrar "
        "al-Husseini and a second member of the group.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Balad", fatalities=2)],
        id="x30-what-it-was-not-then-what-it-was"),
    row("Officials denied reports of an attack on Camp Taji on Monday. Reports said rockets hit the camp.",
        [], id="x31-a-denied-attack-absorbs-its-retelling"),
    row("Rockets hit Camp Taji on Monday. Whoever is behind the attacks is trying to stop the convoys in "
        "Baghdad, an analyst said on Tuesday.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji")],
        id="x32-trying-to-is-no-event"),
    row("US aircraft struck three sites near Hilla late on Monday. Kataib Hezbollah said one of its members was "
        "killed in the strikes. The prime minister's office called the US strikes a hostile act.",
        [dict(type="airstrike", date=date(2022, 5, 9), place="Hillah", fatalities=1, actor1="US forces")],
        id="x33-the-us-strikes-refers-back"),
    row("A drone struck the air base at Erbil airport on Monday, wounding three soldiers. Flights were halted. "
        "Officials met on Tuesday. The governor spoke to reporters. Roads were closed. Schools stayed open. "
        "Erbil has often been targeted. In February 2021, a rocket barrage on the airport killed a contractor.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 1), precision="month",
              place="Erbil International Airport", fatalities=1),
         dict(type="drone_strike", date=date(2022, 5, 9), place="Erbil International Airport")],
        id="x34-the-airport-is-the-one-airport-named"),
    row("Key incidents so far:\n\nFeb. 3, 2020 - Rockets hit Camp Taji, wounding two soldiers.\n\n"
        "Feb. 9 - Jets struck a depot near Hilla.\n\nMarch 2, 2020 - A drone struck Balad air base.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 2, 3), precision="day", place="Camp Taji"),
         dict(type="airstrike", date=date(2020, 2, 9), place="Hillah"),
         dict(type="drone_strike", date=date(2020, 3, 2), place="Balad Air Base")],
        id="x35-a-chronology-dates-each-entry"),
    row("On Tuesday, US jets struck two depots near al-Qaim in western Iraq and one near Albu Kamal in eastern "
        "Syria.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Al-Qaim"),
         dict(type="airstrike", date=date(2022, 5, 10), place="Albu Kamal")],
        id="x36-across-the-border-is-another-event-however-near"),
    row("Rockets hit Camp Taji on Tuesday, officials said. The army gave no details. Residents heard blasts. "
        "Roads were closed. Schools stayed shut. Traffic was heavy. Markets opened late. The mayor spoke. "
        "Police patrolled. Shops reopened. Buses ran. Flights resumed. Crowds gathered.\n\n"
        "Timeline: on Tuesday more than 30 rockets hit Taji.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Camp Taji")],
        id="x37-a-far-retelling-on-the-same-day-at-the-same-site"),
    row("On Tuesday US aircraft struck five depots used by Kataib Hezbollah near Jurf al-Sakhar. The army said "
        "three soldiers, two policemen and a civilian were killed, and protested the strikes.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Jurf al-Sakhar", fatalities=6)],
        id="x38-a-protest-is-not-the-toll-and-a-listed-toll-adds-up"),
    row("On Tuesday a US AC-130 gunship engaged a truck near Abu Ghraib, killing several Kataib Hezbollah "
        "members.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Abu Ghraib", actor1="US forces")],
        id="x39-a-gunship-that-engaged-a-truck"),
    row("US officials said two drones were launched at Balad air base on Tuesday; one was intercepted and the other struck the base, "
        "lightly injuring two contractors.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Balad Air Base")],
        id="x40-one-and-the-other-at-one-site-on-one-day"),
    row("On Monday a channel claimed two drone attacks on Ain al-Asad air base. Officials later confirmed that "
        "two drones had targeted the base. The same post claimed a third drone against Harir base north of Erbil.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Ain al-Asad Air Base", attribution="claimed"),
         dict(type="drone_strike", date=date(2022, 5, 9), place="Al-Harir Air Base")],
        id="x41-two-attacks-on-one-base-and-a-drone-against-another"),
    row("Militants fired ballistic missiles at Ain al-Asad air base on Saturday evening, wounding several soldiers. "
        "Most of the incoming missiles were intercepted by the base's air defences, but others struck the "
        "installation. No deaths were reported. The Islamic Resistance in Iraq said it had launched a barrage of "
        "missiles at the base in Anbar province in response to the war in Gaza. Officials said it was at least "
        "the 140th attack on US forces in Iraq and Syria since October.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 7), place="Ain al-Asad Air Base", fatalities=0,
              actor1="Islamic Resistance in Iraq", attribution="claimed")],
        id="x42-intercepted-missiles-a-claim-in-response-and-the-nth-attack"),
    row("On Monday more than thirty rockets hit the K-1 air base near Kirkuk, killing Jamal Hadi, an Iraqi-born "
        "American working as an interpreter, and wounding four soldiers and two members of the police.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="K-1 Air Base", fatalities=1)],
        id="x43-the-wounded-after-a-named-victim-are-not-killed"),
    row("On Tuesday Iran fired a dozen ballistic missiles at Ain al-Asad and at a base in Erbil; nobody was "
        "killed. On Monday, hundreds of supporters broke through the gate of the US embassy in Baghdad.",
        [dict(type="confrontation_or_blockade", date=date(2022, 5, 9)),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Ain al-Asad Air Base", fatalities=0),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Erbil", fatalities=0)],
        id="x44-a-base-in-erbil-is-a-second-site-and-broke-through-is-a-confrontation"),
    row("Rockets hit Camp Taji on Monday. By spring, groups nobody had heard of, like Usbat al-Thaireen, claimed "
        "attacks that analysts attributed to the old factions.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji")],
        id="x45-groups-claimed-attacks-with-no-date-of-their-own"),
    row("Iran launched ballistic missiles at two bases in Iraq on Wednesday in retaliation for the killing of one "
        "of its generals last week. The Revolutionary Guards said they had targeted Ain al-Asad air base and a "
        "facility in Erbil. The strikes followed a US drone attack near Baghdad airport on Friday which killed "
        "Qasem Soleimani and Abu Mahdi al-Muhandis. Eight other people travelling in their convoy also died.",
        [dict(type="drone_strike", date=date(2022, 5, 6), place="Baghdad International Airport", fatalities=10),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 11), place="Ain al-Asad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 11), place="Erbil")],
        id="x46-the-killing-retaliated-for-is-not-the-strike-and-others-also-died"),
    row("Air defences at Erbil airport brought down a drone late on Monday. Around the same time, a second "
        "unmanned aircraft reached the Harir air base, where American troops are stationed. In April 2021 a drone "
        "crashed into a hangar at the same airport.",
        [dict(type="drone_strike", date=date(2021, 4, 1), precision="month", place="Erbil International Airport"),
         dict(type="drone_strike", date=date(2022, 5, 9), place="Erbil International Airport", disrupted=True),
         dict(type="drone_strike", date=date(2022, 5, 9), place="Al-Harir Air Base")],
        id="x47-a-second-unmanned-aircraft-and-the-same-airport"),
    row("Jurf al-Sakhar has been closed to journalists for years. The farming town lies about 60 kilometres "
        "south-west of Baghdad. On Wednesday US aircraft struck a weapons depot in the town.",
        [dict(type="airstrike", date=date(2022, 5, 11), place="Jurf al-Sakhar", actor1="US forces")],
        id="x48-the-town-is-the-last-town-named-not-the-city-it-lies-west-of"),
    row("Missiles were fired at Ain al-Asad air base on Saturday evening. Hours before the barrage, a drone was "
        "shot down on approach to Erbil airport without causing any casualties. The attack was among the most "
        "serious since armed factions began striking US positions in Iraq and Syria in mid-October.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 7), place="Ain al-Asad Air Base"),
         dict(type="drone_strike", date=date(2022, 5, 7), place="Erbil International Airport", fatalities=0)],
        id="x49-hours-before-on-approach-to-and-a-campaign-that-began"),
    row("2021\n\nThis section lists attacks on coalition forces during that year.\n\n"
        "15 February, Erbil: About 14 rockets struck Erbil International Airport, killing a contractor.\n\n"
        "Notes.\n\nThe list is incomplete.\n\nSources differ.\n\nMore will be added.\n\n"
        "3 March, Ain al-Asad: Ten rockets hit Ain al-Asad Air Base in Anbar.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 15), place="Erbil International Airport",
              fatalities=1),
         dict(type="missile_or_rocket_attack", date=date(2021, 3, 3), place="Ain al-Asad Air Base")],
        id="x50-a-year-heading-dates-its-section", head=""),
    row("A drone was shot down near Erbil airport late on Monday. On Sunday, two drones targeted Harir air base. "
        "One was downed and the second fell in farmland outside the base. The Islamic Resistance in Iraq claimed "
        "both the Harir attack and Monday's attempt on the airport. A little-known group calling itself Saraya "
        "Awliya al-Dam said afterwards that it had carried out a rocket barrage on Camp Taji on Tuesday.",
        [dict(type="drone_strike", date=date(2022, 5, 8), place="Al-Harir Air Base",
              actor1="Islamic Resistance in Iraq", attribution="claimed"),
         dict(type="drone_strike", date=date(2022, 5, 9), place="Erbil International Airport",
              actor1="Islamic Resistance in Iraq", attribution="claimed", disrupted=True),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Camp Taji",
              actor1="Saraya Awliya al-Dam", attribution="claimed")],
        id="x51-a-claim-of-two-attacks-one-downed-and-a-group-calling-itself"),
    row("US jets struck two depots near Hilla on Monday. The government condemned the raids. Separately, the "
        "targeting of a warehouse in Kut on Monday killed four guards.",
        [dict(type="airstrike", date=date(2022, 5, 9), place="Hillah", actor1="US forces"),
         dict(type="airstrike", date=date(2022, 5, 9), place="Kut", fatalities=4)],
        id="x52-a-statement-between-does-not-end-a-run-of-airstrikes"),
    row("On Monday, American bombers struck more than 85 targets at seven locations, four in Syria and three in "
        "Iraq. In Iraq, the strikes hit sites in al-Qaim and Akashat in Anbar province. A spokesman for the Iraqi "
        "government said the raids killed 16 people.",
        [dict(type="airstrike", date=date(2022, 5, 9), place="Syria", fatalities=None),
         dict(type="airstrike", date=date(2022, 5, 9), place="Al-Qaim", fatalities=16),
         dict(type="airstrike", date=date(2022, 5, 9), place="Akashat", fatalities=None)],  # a row a town (ACLED)
        id="x53-the-iraqi-leg-of-an-operation-in-two-countries-and-its-toll"),
    row("American aircraft responded on Tuesday night, bombing five weapons storage facilities belonging to "
        "Kataib Hezbollah near Jurf al-Sakhar.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Jurf al-Sakhar", actor1="US forces",
              actor2="Kataib Hezbollah")],
        id="x54-the-participle-takes-the-subject-of-its-clause"),
    row("Tue 10 May - Ain al-Asad Air Base: Coalition air defences engaged two one-way attack drones approaching "
        "the base. One was destroyed in flight and the second crashed outside the perimeter. No casualties. The "
        "Islamic Resistance in Iraq claimed the attack on its Telegram channel the next morning.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Ain al-Asad Air Base", fatalities=0,
              actor1="Islamic Resistance in Iraq", attribution="claimed")],
        id="x55-one-and-the-second-and-a-claim-made-the-next-morning"),
    row("The campaign began on 17 October 2021 with drones against Ain al-Asad air base. By late November, "
        "rockets had hit Camp Taji on November 21. On January 28, a drone struck Harir air base.",
        [dict(type="drone_strike", date=date(2021, 10, 17), place="Ain al-Asad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2021, 11, 21), place="Camp Taji"),
         dict(type="drone_strike", date=date(2022, 1, 28), place="Al-Harir Air Base")],
        id="x56-a-yearless-january-after-november-is-the-next-year"),
    row("On Monday, bombs fell around Albu Kamal, and a monitoring group said 23 fighters had died.",
        [dict(type="airstrike", date=date(2022, 5, 9), place="Albu Kamal", fatalities=23)],
        id="x57-bombs-that-fall-are-an-airstrike"),
    row("On Monday evening, two drones targeted an oil field west of Erbil; one was shot down and the other hit a "
        "water tank. A third drone was intercepted near Erbil International Airport late on Monday. On 24 April, "
        "drones damaged radar systems at Camp Taji and at the Imam Ali air base in Dhi Qar province.",
        [dict(type="drone_strike", date=date(2022, 4, 24), place="Camp Taji"),
         dict(type="drone_strike", date=date(2022, 4, 24), place="Imam Ali Air Base"),
         dict(type="drone_strike", date=date(2022, 5, 9), place="Erbil"),
         dict(type="drone_strike", date=date(2022, 5, 9), place="Erbil International Airport", disrupted=True)],
        id="x58-a-third-drone-elsewhere-and-drones-that-damaged-two-bases"),
    row("A drone attack killed three soldiers at Tower 22 on Sunday. Responsibility was claimed by the Islamic "
        "Resistance in Iraq, an umbrella name used by several factions. Washington has said that Kataib Hezbollah "
        "was behind the attack. Rockets fell inside Ain al-Asad air base on Monday. US officials blamed Kataib "
        "Hezbollah; the group made no claim.",
        [dict(type="drone_strike", date=date(2022, 5, 8), place="Tower 22", actor1="Islamic Resistance in Iraq",
              attribution="claimed", fatalities=3),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Ain al-Asad Air Base", actor1="unknown")],
        id="x59-responsibility-was-claimed-by-and-no-claim"),
    row("Parliament acted after a US strike killed Iran's top general in Baghdad. Tensions have soared since a US "
        "drone strike near Baghdad's airport on Friday killed Qassem Soleimani, the commander of Iran's Quds Force, "
        "and Abu Mahdi al-Muhandis. On Saturday evening, rockets struck inside Baghdad's Green Zone; no one was "
        "killed.",
        [dict(type="drone_strike", date=date(2022, 5, 6), actor1="US forces", fatalities=2),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 7), place="Green Zone", actor1="unknown",
              fatalities=0)],
        id="x60-iran-and-its-quds-force-two-levels-down-are-one-target"),
    row("Rockets hit a compound west of Basra on Monday. Mortar rounds also fell inside Balad air base at the "
        "weekend.",
        [dict(type="shelling", date=date(2022, 5, 7), precision="week", place="Balad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Basra")],
        id="x61-at-the-weekend-is-a-date-and-also-a-new-event"),
    row("Claimed attacks by the Islamic Resistance in Iraq stopped once the truce took effect on Friday. On the "
        "evening of Monday, May 2, a ballistic missile hit Ain al-Asad air base. The Islamic Resistance in Iraq "
        "claimed the attack. On Wednesday, May 4, US F-15Es hit two Kataib Hezbollah facilities in the Jurf "
        "al-Sakhar area. More than 70 attacks on US forces in Iraq and Syria have been counted since October 17.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 2), place="Ain al-Asad Air Base",
              actor1="Islamic Resistance in Iraq", attribution="claimed"),
         dict(type="airstrike", date=date(2022, 5, 4), place="Jurf al-Sakhar", actor1="US forces")],
        id="x62-attacks-that-stop-the-attack-claimed-and-a-count-that-retells-none"),
    row("On Wednesday, US F-15Es hit two Kataib Hezbollah facilities in the Jurf al-Sakhar area. KH said eight of "
        "its members died.",
        [dict(type="airstrike", date=WED, place="Jurf al-Sakhar", fatalities=8, actor2="Kataib Hezbollah")],
        id="x63-a-toll-after-strikes-on-two-facilities-at-one-site"),
    row("Iran fired missiles at Ain al-Asad air base on Tuesday. The Islamic Revolutionary Guard Corps said it had "
        "launched tens of missiles at the base in revenge for its commander.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Ain al-Asad Air Base",
              actor1="Iran (IRGC)")],
        id="x64-the-unit-named-later-is-more-precise-than-its-state"),
    row("The drone attacks on Ain al-Asad air base on Tuesday were the first since Hamas fighters attacked southern "
        "Israel on Oct. 7. An Israeli drone struck a weapons depot near Balad on Monday.",
        [dict(type="drone_strike", date=date(2022, 5, 9), actor1="Israel Defense Forces"),
         dict(type="drone_strike", date=date(2022, 5, 10), place="Ain al-Asad Air Base")],
        id="x65-israel-is-a-party-as-the-striker-not-as-the-target"),
    row("American troops in Iraq came under drone attack this week, the Pentagon said. Forces at Al Asad air base "
        "in western Iraq engaged two one-way attack drones on Tuesday, destroying one and damaging the other.",
        [dict(type="drone_strike", date=date(2022, 5, 10), precision="day", place="Ain al-Asad Air Base")],
        id="x66-this-week-in-iraq-then-tuesday-at-a-base-in-iraq"),
    row("Kataib Sayyid al-Shuhada said four of its fighters were killed when its headquarters in the Syrian border "
        "town of Albu Kamal was struck on Sunday, and vowed to take revenge.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Albu Kamal", fatalities=4,
              actor2="Kataib Sayyid al-Shuhada")],
        id="x67-a-vow-of-revenge-after-the-killing-is-not-the-killing"),
    row("Kataib Sayyid al-Shuhada, one of the PMU factions that have fought the Islamic State alongside the Iraqi "
        "army, said its convoy was hit near the border in Anbar province on Monday, killing 36 fighters.",
        [dict(type="airstrike", date=date(2022, 5, 9), place="Anbar Governorate", fatalities=36,
              actor2="Kataib Sayyid al-Shuhada")],
        id="x68-what-the-factions-have-fought-describes-them"),
    row("A rocket attack on Camp Taji killed three coalition troops, officials said. About 18 Katyusha rockets were "
        "fired at the sprawling base north of Baghdad on Monday night. Two Americans and a British soldier were "
        "killed.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji", fatalities=3)],
        id="x69-the-base-north-of-baghdad-dates-camp-taji-and-its-victims-are-the-coalitions"),
    row("On Monday a coalition air strike killed 20 tribal fighters allied with Baghdad south of Mosul.",
        [dict(type="airstrike", date=date(2022, 5, 9), place="Mosul", fatalities=20)],
        id="x70-a-capital-one-is-loyal-to-is-no-location"),
    row("The army spokesman condemned the strike carried out by an American drone against a vehicle in eastern "
        "Baghdad on Monday evening, describing it as a blatant assassination. US Central Command said its forces "
        "carried out a strike in Iraq that killed a Kataib Hezbollah commander.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Baghdad", actor1="US forces", fatalities=1)],
        id="x71-what-the-strike-is-described-as-is-no-second-event"),
    row("Rockets hit Basra airport on Monday. There were no injuries, but the embassy called it a threatening act.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), fatalities=0)],
        id="x72-a-toll-is-never-a-threats"),
    row("On Monday, a strike on a logistics building on Palestine Street in Baghdad killed a commander of Harakat "
        "al-Nujaba and one of his aides. The killing comes days after Kataib Hezbollah said it was halting its "
        "operations, a pause that the group's supporters now say has lost its meaning.",
        [dict(type="airstrike", date=date(2022, 5, 9), place="Palestine Street", fatalities=2)],
        id="x73-supporters-in-another-clause-do-not-make-a-killing-a-riot"),
    row("A British reservist was among three coalition troops killed when a barrage of rockets slammed into Camp "
        "Taji on Monday night. Around 18 Katyusha rockets were launched at the base hosting US forces from the back "
        "of a lorry.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji", actor1="unknown",
              actor2="US-led coalition", fatalities=3)],
        id="x74-troops-killed-are-victims-and-us-forces-are-among-the-coalition"),
    row("Last night US warplanes pounded weapons depots belonging to Kataib Hezbollah near Jurf al-Sakhar.",
        [dict(type="airstrike", date=date(2022, 5, 10), actor1="US forces", actor2="Kataib Hezbollah")],
        id="x75-warplanes-that-pound-are-an-airstrike"),
    row("Erbil airport was hit by rockets on Monday night. Last September, six rockets launched from the Nineveh "
        "plains landed near the airport without causing casualties.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 9, 1), precision="month",
              place="Erbil International Airport", fatalities=0),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Erbil International Airport")],
        id="x76-where-rockets-were-launched-from-is-not-where-they-landed"),
    row("A drone struck near the coalition base at Erbil International Airport on Monday. It was the first attack "
        "on the airport since February 15, when a barrage of rockets killed a civilian contractor at Erbil "
        "International Airport.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 2, 15), precision="day", fatalities=1),
         dict(type="drone_strike", date=date(2022, 5, 9), place="Erbil International Airport")],
        id="x77-since-a-date-when-an-attack-happened-dates-that-attack"),
    row("General Soleimani, Abu Mahdi al-Muhandis and eight of their companions were killed in a US drone strike "
        "near Baghdad International Airport early on Friday.",
        [dict(type="drone_strike", date=date(2022, 5, 6), fatalities=10)],
        id="x78-two-named-men-and-eight-of-their-companions-are-ten"),
    row("Three coalition service personnel - a British woman and two Americans - were killed in a rocket attack on "
        "Camp Taji on Wednesday.",
        [dict(type="missile_or_rocket_attack", date=WED, place="Camp Taji", fatalities=3)],
        id="x79-a-count-broken-down-in-apposition-adds-nobody"),
    row("On Friday, US bombers and fighter jets hit more than 85 targets at seven facilities in Iraq and Syria, "
        "including sites near al-Qaim on the Iraqi side of the border and around Albu Kamal in Syria.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", actor1="US forces"),
         dict(type="airstrike", date=date(2022, 5, 6), place="Albu Kamal", actor1="US forces")],
        id="x80-each-countrys-leg-is-the-site-listed-in-it"),
    row("Missiles hit Ain al-Asad air base on Wednesday. A source said US helicopters and military hardware at the "
        "base had been severely damaged.",
        [dict(type="missile_or_rocket_attack", date=WED, place="Ain al-Asad Air Base")],
        id="x81-aircraft-that-were-damaged-are-no-air-strike"),
    row("About 18 Katyusha rockets were fired at Camp Taji on Monday night. Overnight, US aircraft struck five "
        "weapons depots belonging to Kataib Hezbollah, the Iran-backed militia Washington holds responsible for the "
        "Taji attack.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji", actor1="Kataib Hezbollah",
              attribution="alleged"),
         dict(type="airstrike", date=WED, actor1="US forces", actor2="Kataib Hezbollah")],
        id="x82-the-militia-washington-holds-responsible-is-the-alleged-perpetrator"),
    row("Drones struck Al Asad Air Base in western Iraq on Tuesday. In a separate incident the same day, drones struck "
        "the al-Tanf garrison in Syria. The Islamic Resistance in Iraq said in posts on Telegram that it had launched "
        "drones at both bases.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Ain al-Asad Air Base",
              actor1="Islamic Resistance in Iraq", attribution="claimed"),
         dict(type="drone_strike", date=date(2022, 5, 10), place="Al-Tanf garrison",
              actor1="Islamic Resistance in Iraq", attribution="claimed")],
        id="x83-a-claim-of-both-bases-is-a-claim-of-both-attacks"),
    row("US military aircraft struck five facilities of Kataib Hezbollah near al-Qaim in Iraq and in Syria on Sunday, "
        "killing at least 25 fighters. Nineteen of the dead were killed near al-Qaim, one of the sources said.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Al-Qaim", fatalities=19),
         dict(type="airstrike", date=date(2022, 5, 8), place="Syria", fatalities=None)],
        id="x84-nineteen-of-the-dead-at-one-place-is-that-places-toll"),
    row("CAIRO/DAMASCUS, Wednesday 7 June 2017 - The US-led international coalition fighting the Islamic State (IS) "
        "group said it carried out air strikes on Tuesday against pro-Syrian government forces, including Iraqi "
        "Shiite militiamen, that it said had advanced inside a \"deconfliction zone\" around the al-Tanf garrison "
        "near the border triangle of Syria, Iraq and Jordan.",
        [dict(type="airstrike", date=date(2017, 6, 6), place="Al-Tanf garrison", actor1="US-led coalition",
              attribution="claimed")], published=date(2017, 6, 7),
        id="x85-a-dateline-is-not-parsed-into-the-sentence"),
    row("Coalition jets struck a convoy of pro-government fighters heading towards al-Tanf on Monday.",
        [dict(type="airstrike", date=date(2022, 5, 9), place="Al-Tanf garrison", actor1="US-led coalition",
              actor2="unknown")],
        id="x86-a-strike-by-the-force-a-base-hosts-is-not-on-that-force"),
    row("The United States carried out strikes on Friday on targets in Iraq and Syria linked to Iran's "
        "Revolutionary Guards.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Iraq", actor1="US forces"),
         dict(type="airstrike", date=date(2022, 5, 6), place="Syria", actor1="US forces")],
        id="x87-places-joined-by-and-whatever-the-parse-made-of-them"),
    row("The United States carried out strikes overnight on more than 85 targets in Iraq and Syria. In Syria, a "
        "monitoring group said at least 23 fighters were killed in strikes across Deir ez-Zor province.",
        [dict(type="airstrike", date=WED, place="Iraq", fatalities=None),
         dict(type="airstrike", date=WED, place="Deir ez-Zor Governorate", fatalities=23)],
        id="x88-an-undated-toll-in-the-other-country-is-that-legs"),
    row("The United States on Friday night struck more than 85 targets in Iraq, in its first response to the drone "
        "attack that killed three American soldiers in Jordan last weekend. A government spokesman in Baghdad said "
        "16 people had been killed.",
        [dict(type="airstrike", date=date(2022, 5, 6), actor1="US forces", fatalities=16),
         dict(type="drone_strike", date=date(2022, 5, 7), precision="week", fatalities=3)],
        id="x89-a-toll-after-a-strike-and-its-cause-is-the-strikes"),
    row("Rockets fell near Ain al-Asad air base on Monday. Kataib Hezbollah, an armed faction backed by Iran, "
        "claimed the attack, saying it had targeted the base with Grad rockets. On Tuesday, the same faction said "
        "it had struck Harir air base with a drone.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), actor1="Kataib Hezbollah",
              actor2="US forces", attribution="claimed"),
         dict(type="drone_strike", date=date(2022, 5, 10), place="Al-Harir Air Base", actor1="Kataib Hezbollah",
              attribution="claimed")],
        id="x90-the-same-faction-said-it-struck-is-the-claimant"),
    row("Rockets hit Camp Taji on Monday. The Islamic Resistance in Iraq, a banner used by several armed factions "
        "close to Iran, claimed the attack.",
        [dict(type="missile_or_rocket_attack", actor1="Islamic Resistance in Iraq", actor2="US forces")],
        id="x91-who-uses-the-claimant-is-not-the-target"),
    row("A drone was shot down over Erbil airport on Monday. In March last year, ballistic missiles fired by the "
        "Revolutionary Guards struck near Erbil.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 3, 1), precision="month"),
         dict(type="drone_strike", date=date(2022, 5, 9))],
        id="x92-month-last-year-keeps-its-year-after-a-later-date"),
    row("A drone was shot down over Erbil airport on Monday. The airport was also hit by rockets several times "
        "during 2021.",
        [dict(type="drone_strike", date=date(2022, 5, 9))],
        id="x93-hit-several-times-in-a-year-is-a-tally"),
    row("On the 9th, a salvo of rockets on K-1 air base near Kirkuk killed an American contractor; two days later, "
        "American jets bombed five positions of Kataib Hezbollah in al-Qaim, killing 25 fighters.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="K-1 Air Base", fatalities=1),
         dict(type="airstrike", date=date(2022, 5, 11), place="Al-Qaim", actor1="US forces", fatalities=25)],
        id="x94-a-semicolon-parts-two-events-and-later-counts-from-the-day-of-the-month"),
    row("Missiles fell on Ain al-Asad air base on Monday night. Not a single soldier was killed: the troops had "
        "been warned a few hours earlier.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), fatalities=0)],
        id="x95-not-a-single-soldier-was-killed-is-none"),
    row("The US military carried out what it called precise strikes on two facilities belonging to Kataib "
        "Hezbollah early on Wednesday. The targets lay in Jurf al-Sakhar, south-west of Baghdad.",
        [dict(type="airstrike", date=date(2022, 5, 11), actor1="US forces", actor2="Kataib Hezbollah",
              place="Jurf al-Sakhar")],
        id="x96-what-it-called-strikes-are-strikes-and-the-targets-lay-in-places-them"),
    row("Rockets hit Ain al-Asad air base on Monday. An American gunship flying nearby responded within minutes, "
        "hitting a militia vehicle near Abu Ghraib.",
        [dict(type="missile_or_rocket_attack", place="Ain al-Asad Air Base"),
         dict(type="airstrike", date=date(2022, 5, 9), place="Abu Ghraib", actor1="US forces")],
        id="x97-the-subject-of-the-clause-is-the-participles-weapon"),
    row("The first claimed attacks came on 9 May, when drones were launched at Ain al-Asad air base in Anbar and "
        "at Harir base north of Erbil. At Ain al-Asad two drones were intercepted and a third caused minor "
        "injuries to coalition troops.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Ain al-Asad Air Base"),
         dict(type="drone_strike", date=date(2022, 5, 9), place="Al-Harir Air Base")],
        id="x98-drones-launched-in-a-when-clause-type-the-attacks-and-a-third-is-no-later-attack"),
    row("A statement said forces inside Ain al-Asad air base brought down the unmanned aerial vehicle entering the "
        "base with counter-rocket, artillery systems early on Friday.",
        [dict(type="drone_strike", date=date(2022, 5, 6), disrupted=True)],
        id="x99-what-was-downed-not-what-downed-it-types-an-interception"),
    row("Mourners marched through Baghdad on Thursday behind the coffin of Abu Ali, the Kataib Hezbollah commander "
        "killed the night before when a US drone fired on his car in the east of the capital.",
        [dict(type="drone_strike", date=date(2022, 5, 4), actor1="US forces", actor2="Kataib Hezbollah",
              place="Baghdad")],
        id="x100-a-commander-killed-the-night-before-is-the-victim-a-day-before-the-funeral"),
    row("Three US soldiers were killed when a drone hit a small outpost in north-eastern Jordan, close to the "
        "Syrian border, on Sunday. The drone struck Tower 22, a logistics base.",
        [dict(type="drone_strike", date=date(2022, 5, 8), place="Tower 22", fatalities=3)],
        id="x101-the-syrian-border-seen-from-jordan-is-not-iraqs"),
    row("American jets hit more than 85 targets in Iraq on Friday. Baghdad said 16 people, among them civilians, "
        "died in the strikes in the al-Qaim area of Anbar province, while a monitor counted 23 fighters killed "
        "on the other side, in Deir ez-Zor province.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", fatalities=16),
         dict(type="airstrike", date=date(2022, 5, 6), place="Deir ez-Zor Governorate")],
        id="x102-sixteen-died-in-the-strikes-is-the-strikes-toll"),
    row("At approx. 2045Z on 09 MAY, at least two explosive-laden UAS targeted the military section of ORER.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Erbil International Airport")],
        id="x103-an-airports-icao-code-places-it"),
    row("In March, a rocket attack on a base near Kirkuk killed a US contractor; Washington blamed Kataib "
        "Hezbollah, which denied involvement.",
        [dict(type="missile_or_rocket_attack", actor1="unknown", attribution="denied", assoc_has="Kataib Hezbollah")],
        id="x104-the-accused-who-denied-in-a-relative-clause"),
    row("A drone attack on Monday on Tower 22, a small US outpost in Jordan, wounded 40 service members. Washington "
        "has blamed it on Iran-backed militias.",
        [dict(type="drone_strike", actor1="Iran-backed militias", attribution="alleged")],
        id="x105-blamed-it-on-after-an-unclaimed-attack"),
    row("Iran-backed militias fired ballistic missiles at Ain al-Asad air base on Saturday evening. The Islamic "
        "Resistance in Iraq said it had launched a barrage of missiles at the base in Anbar province.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 7), place="Ain al-Asad Air Base")],
        id="x106-an-unnamed-militia-and-the-group-that-claims-are-one-doer"),
    row("US F-15E aircraft struck a Kataib Hezbollah weapons storage site in Jurf al-Sakhar at roughly 0100 local "
        "time on Tuesday. Kataib Hezbollah said eight of its fighters were killed.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Jurf al-Sakhar", fatalities=8)],
        id="x107-a-clock-time-counts-no-occasions"),
    row("A missile hit Ain al-Asad air base on Monday. A US gunship in the area engaged the militants' vehicle "
        "shortly after. Kataib Hezbollah said one member was killed in the Abu Ghraib area the same night.",
        [dict(type="missile_or_rocket_attack", place="Ain al-Asad Air Base"),
         dict(type="airstrike", date=date(2022, 5, 9), place="Abu Ghraib", fatalities=1)],
        id="x108-a-toll-with-a-place-places-a-strike-placed-only-near-the-last"),
    row("The United States struck two Kataib Hezbollah facilities in Babil province early on Tuesday. Militias "
        "had fired a missile at Ain al-Asad on Monday. US jets struck an operations centre in Jurf al-Sakhar on "
        "Tuesday. Kataib Hezbollah said eight of its fighters were killed.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9)),
         dict(type="airstrike", date=date(2022, 5, 10), place="Jurf al-Sakhar", fatalities=8)],
        id="x109-a-site-on-the-day-of-strikes-in-its-province-is-that-operation"),
    row("Rockets hit Camp Taji on Monday. Militants have escalated by using an armed drone against US forces "
        "for the first time.",
        [dict(type="missile_or_rocket_attack", place="Camp Taji")],
        id="x110-no-day-no-place-and-no-doer-is-no-row"),
    row("Swedish troops are safe after the attack in the night to Tuesday, the armed forces said. Missiles struck "
        "Ain al-Asad air base.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Ain al-Asad Air Base")],
        id="x111-the-night-to-a-weekday-is-that-day"),
    row("On Tuesday the Revolutionary Guards fired missiles at the large Ain al-Asad air base in Anbar province in "
        "western Iraq and at the coalition base by the airport in Erbil.",
        [dict(type="missile_or_rocket_attack", place="Ain al-Asad Air Base"),
         dict(type="missile_or_rocket_attack", place="Erbil International Airport")],
        id="x112-a-second-site-after-the-firsts-province-and-country-and-a-lower-case-alias"),
    row("Iran fired ballistic missiles at two bases used by the US-led coalition on Tuesday. The Revolutionary "
        "Guards took responsibility for the attack on US forces at Ain al-Asad air base.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Ain al-Asad Air Base")],
        id="x113-the-coalition-and-us-forces-are-one-target"),
    row("A drone laden with explosives struck near a hangar at Erbil International Airport on Tuesday evening.",
        [dict(type="drone_strike", date=date(2022, 5, 10))],
        id="x114-the-weapon-nearest-in-the-tree-types-the-strike"),
    row("Dozens of fighters were killed near the border with Syria on Monday in what the group says was a US air "
        "strike. The group said its convoy was hit in the desert near the border in Anbar province.",
        [dict(type="airstrike", date=date(2022, 5, 9), place="Iraqi-Syrian border")],
        id="x115-a-province-is-not-inside-the-border-strip"),
    row("WEEKLY INCIDENT LOG\n\n1. 09/05 (Mon) - Anbar, Ain al-Asad air base. A small drone was brought down by air "
        "defences before reaching the perimeter. No damage reported.\n\n2. 10/05 (Tue) - Dhi Qar, highway west of "
        "Nasiriyah. An IED struck a logistics convoy serving the coalition.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Ain al-Asad Air Base", actor2="US forces"),
         dict(type="ied_or_bombing", date=date(2022, 5, 10), place="Nasiriyah")],
        id="x116-a-log-entrys-head-dates-and-places-its-events"),
    row("Rockets hit Camp Taji on 21/03/2022, the army said.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 3, 21))],
        id="x117-a-date-in-figures-when-day-and-month-cannot-be-confused"),
    row("On Wednesday of last week, some fifteen rockets hit the Camp Taji base, north of the capital, and killed two "
        "American soldiers and a British soldier; on Saturday, a new barrage against the same base wounded three "
        "coalition soldiers and two Iraqi soldiers.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 4), place="Camp Taji", fatalities=3),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 7), place="Camp Taji")],
        id="x118-the-same-base-is-the-base-named-earlier-in-the-sentence"),
    row("The first attacks came on Monday (2nd), when drones were launched at Ain al-Asad air base. The next day, "
        "Tuesday (3), two drones headed for the al-Tanf garrison: one was intercepted and the other exploded.",
        [dict(type="drone_strike", date=date(2022, 5, 2), place="Ain al-Asad Air Base"),
         dict(type="drone_strike", date=date(2022, 5, 3), place="Al-Tanf garrison")],
        id="x119-a-weekday-with-its-day-in-brackets-and-a-time-opening-the-sentence"),
    row("A contractor died of a cardiac arrest while sheltering during a false alarm of an air attack at Ain "
        "al-Asad on Monday.", [],
        id="x120-a-false-alarm-of-an-attack-is-no-attack"),
    row("American jets struck two sites in eastern Syria early on Friday. Both lay near Abu Kamal, the Syrian town "
        "facing the Iraqi border post of al-Qaim.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Albu Kamal")],
        id="x121-both-lay-near-places-the-strike-in-its-own-country"),
    row("The United States on Friday attacked more than 85 targets in Iraq and Syria. The strikes hit seven "
        "locations, four in Syria and three in Iraq, the military said. Baghdad said 16 people were killed in the area of "
        "al-Qaim. In eastern Syria, a monitor said 23 fighters died in strikes on positions in the desert around "
        "al-Mayadin and near the border town of Albu Kamal.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", fatalities=16),
         dict(type="airstrike", date=date(2022, 5, 6), place="Albu Kamal", fatalities=23),
         dict(type="airstrike", date=date(2022, 5, 6), place="Mayadin", fatalities=None)],  # a row a town
        id="x122-undated-strikes-at-a-named-site-in-the-other-country-tell-that-leg"),
    row("Rockets hit Ain al-Asad air base on Saturday. Then, early Monday local time, US jets struck two Kataib "
        "Hezbollah sites in Jurf al-Sakhar.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 7)),
         dict(type="airstrike", date=date(2022, 5, 9), place="Jurf al-Sakhar")],
        id="x123-a-weekday-in-local-time-is-a-date-not-a-count"),
    row("Baghdad/Erbil: Three soldiers were killed when a drone struck a US outpost on Sunday.",
        [dict(type="drone_strike", date=date(2022, 5, 8), place="", fatalities=3)],
        id="x124-places-before-a-colon-opening-the-text-are-a-dateline"),
    row("US jets struck 85 targets in Iraq and Syria overnight in response to last Sunday's drone attack on a US "
        "outpost that killed three soldiers. In Iraq, a spokesman said 16 people were killed in the strikes on "
        "al-Qaim in Anbar province.",
        [dict(type="drone_strike", date=date(2022, 5, 8), place="", fatalities=3),
         dict(type="airstrike", date=date(2022, 5, 11), place="Al-Qaim", fatalities=16),
         dict(type="airstrike", date=date(2022, 5, 11), place="Syria")],
        id="x125-the-strikes-tell-the-strikes-not-the-attack-they-answered"),
    row("Two drones were aimed at Al Asad on Oct. 17; US forces shot one down. Sgt. Ellery, who also deployed to the "
        "base in 2020, knows the sound. When Iranian missiles rained down on Al Asad in January of that year, nobody "
        "was killed.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 1), precision="month", place="Ain al-Asad Air Base",
              fatalities=0),
         dict(type="drone_strike", date=date(2023, 10, 17), place="Ain al-Asad Air Base")],
        published=date(2023, 11, 20),
        id="x126-weapons-aimed-at-a-base-and-a-month-of-a-year-long-past"),
    row("The group said it had sent drones on Sunday against two US positions, at al-Shaddadi in Syria's Hasakah "
        "province and at al-Tanf.",
        [dict(type="drone_strike", date=date(2022, 5, 8), place="Al-Tanf garrison"),
         dict(type="drone_strike", date=date(2022, 5, 8), place="Al-Shaddadi")],
        id="x127-drones-sent-against-positions"),
    row("Here are the most recent incidents:\n\nMAY 9 - At least 14 rockets land on Ain al-Asad air base in Anbar "
        "province. Two service members suffer minor injuries.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Ain al-Asad Air Base")],
        id="x128-a-factbox-entry-in-the-present-tense"),
    row("Baghdad, 10 May (Agency).- The United States bombed three facilities used by Kataib Hezbollah in the "
        "province of Babylon, south of Baghdad, on Tuesday.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Babil Governorate", actor1="US forces")],
        id="x129-a-spanish-wire-dateline-and-the-province-of-babylon"),
    row("A drone struck the air base in Erbil on Monday. The coalition of armed groups that calls itself the Islamic "
        "Resistance in Iraq claimed several drone attacks that day against bases in Erbil.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Erbil International Airport",
              actor1="Islamic Resistance in Iraq",
              attribution="claimed")],
        id="x130-a-claim-of-several-attacks-on-one-site-that-day-is-the-attack-told"),
    row("A drone packed with explosives came down inside the perimeter of Erbil International Airport late Tuesday, "
        "starting a fire beside a hangar used by the US-led coalition.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Erbil International Airport")],
        id="x131-a-drone-that-came-down-inside-the-perimeter"),
    row("Selected incidents\n\nCamp Taji, March 2020.\n\nA salvo of rockets struck Camp Taji, north of Baghdad, "
        "killing two US servicemembers.\n\nErbil, February 2021.\n\nRockets struck Erbil International Airport, "
        "killing a civilian contractor.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 3, 1), precision="month", place="Camp Taji"),
         dict(type="missile_or_rocket_attack", date=date(2021, 2, 1), precision="month",
              place="Erbil International Airport")],
        published=date(2021, 3, 8),
        id="x132-a-heading-of-a-place-and-a-month-dates-its-section"),
    row("American F-16 fighters struck two weapons depots in eastern Syria, near Abu Kamal on the border with Iraq, "
        "on Tuesday. Rockets hit a base near Diwaniyah, south of Baghdad, on Tuesday.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Albu Kamal"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Diwaniyah")],
        id="x133-a-finer-place-after-a-comma-places-the-event-a-bearing-only-describes"),
    row("The pre-Christmas salvo of December 2021 against the Green Zone, eight rockets that damaged cars near the US "
        "embassy, was disowned by Kataib Hezbollah.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 12, 1), precision="month", place="Green Zone",
              actor1="unknown", attribution="denied")],
        id="x134-a-salvo-disowned-by-the-group"),
    row("Day by day\n\nMon: A user posted a clip captioned rockets on Balad right now. Mods checked: it is footage "
        "from January 2020. Please stop reposting it.", [],
        id="x135-stop-in-the-present-is-no-blockade"),
    row("Live updates\n\n14:52 GMT\n\nBaghdad condemns the strikes. The government spokesman spoke to reporters."
        "\n\n13:10 GMT\n\nAn earlier post was incorrect. Officials have named no other site.\n\n11:35 GMT\n\nA "
        "one-way attack drone launched at US forces at al-Shaddadi in Syria's Hasakah province was shot down "
        "overnight, a US defence official said. There were no casualties. The Islamic Resistance in Iraq said on "
        "Telegram that it had targeted the base.\n\n09:20 GMT\n\nPMF says two members killed\n\nTwo members of the "
        "Popular Mobilisation Forces were killed when a missile hit a building used by the group near al-Qaim, a PMF "
        "official said.",
        [dict(type="drone_strike", date=date(2022, 5, 11), place="Al-Shaddadi"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 11), place="Al-Qaim", fatalities=2)],
        id="x136-a-live-pages-post-is-told-on-the-pages-day"),
    row("9 May: A ballistic missile hits Ain al-Asad, lightly injuring eight personnel. Minutes later a US AC-130 "
        "gunship fires on a vehicle carrying the crew near Abu Ghraib, west of Baghdad.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Ain al-Asad Air Base"),
         dict(type="airstrike", date=date(2022, 5, 9), place="Abu Ghraib")],
        id="x137-a-timeline-in-the-present-tense-a-gunship-fires-on"),
    row("Telegram digest, 1-8 May 2022\n\nChannels claimed two attacks this week.\n\n[Tue 03 May 2022, 23:40] — "
        "Saraya Qasim al-Jabbarin\n\nWith the help of God, our heroes this evening targeted a logistics convoy of the "
        "occupation on the highway near al-Nasiriyah with an explosive device.\n\n[Fri 06 May 2022, 16:22] — Ashab "
        "al-Kahf\n\nVideo: the moment yesterday's operation targeted a supply convoy south of Hilla.",
        [dict(type="ied_or_bombing", date=date(2022, 5, 3), place="Nasiriyah"),
         dict(date=date(2022, 5, 5))],
        id="x138-this-evening-and-yesterday-in-a-post-count-from-the-posts-day"),
    row("A US drone hit a militia compound on Palestine Street in Baghdad on Tuesday, killing a commander. The strike "
        "fell a day after the anniversary of the death of Qassem Soleimani, who was killed when a US drone struck his "
        "convoy near Baghdad airport in January 2020.",
        [dict(type="drone_strike", date=date(2020, 1, 1), precision="month", place="Baghdad International Airport"),
         dict(type="drone_strike", date=date(2022, 5, 10), place="Palestine Street")],
        id="x139-the-event-an-anniversary-marks-happened"),
    row("The US bombardment of militia positions near al-Qaim on Friday killed four fighters.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", fatalities=4)],
        id="x140-a-bombardment-is-typed-by-its-weapon-or-its-sides"),
    row("Rockets were fired at US troops at the al-Omar oil field in eastern Syria on Monday. There were no injuries, "
        "and American troops responded with artillery fire at the rocket launch positions, a spokesman said.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Al-Omar oil field", actor2="US forces"),
         dict(type="shelling", date=date(2022, 5, 9), place="Al-Omar oil field", actor1="US forces")],
        id="x141-troops-who-responded-with-artillery-fire-shelled-the-launch-sites-near-the-base"),
    row("On Thursday, the Kurdistan Region's counter-terrorism service said it had shot down a drone approaching Harir "
        "base, north of Erbil, where American troops are stationed.",
        [dict(type="drone_strike", date=date(2022, 5, 5), place="Al-Harir Air Base", actor2="US forces",
              disrupted=True)],
        id="x142-a-drone-downed-by-another-force-near-a-us-base-was-an-attack-on-the-base"),
    row("It was shortly before noon on Thursday when a drone fired on a vehicle inside a compound of the Popular "
        "Mobilisation Forces on Palestine Street in eastern Baghdad. US forces struck Jurf al-Sakhar shortly after "
        "midnight on Monday.",
        [dict(type="drone_strike", date=date(2022, 5, 5), place="Palestine Street"),
         dict(date=date(2022, 5, 9), place="Jurf al-Sakhar", actor1="US forces")],
        id="x143-it-was-noon-on-thursday-when-a-cleft-dates-its-when-clause"),
    row("Friday's wave of US bombing struck command centres and weapons depots near al-Qaim in western Iraq.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", actor1="US forces")],
        id="x144-a-wave-of-bombing-that-struck-is-one-act-with-its-verb"),
    row("A drone launched by militants killed two American soldiers at a US base in Erbil late last month. On Friday, "
        "US bombing struck militia depots near al-Qaim.",
        [dict(type="drone_strike", date=date(2022, 4, 1), place="Erbil International Airport", actor2="US forces"),
         dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", actor1="US forces")],
        id="x145-the-strike-of-those-a-drone-hit-does-not-take-the-drones-type"),
    row("A US drone struck a car in the Mashtal district of Baghdad on Wednesday night, killing a militia commander. A "
        "spokesman for the prime minister on Thursday described the Baghdad strike as an assassination.",
        [dict(type="drone_strike", place="Baghdad", actor1="US forces", fatalities=1)],
        id="x146-described-on-thursday-dates-the-description-not-the-strike"),
    row("On Friday, American bombers struck more than 85 targets at seven locations, four in Syria and three in Iraq, "
        "the Pentagon said. The targets included command centres and drone storage sites. In Iraq, the strikes hit "
        "sites in al-Qaim. Baghdad condemned the raids as a violation of its sovereignty. In Syria, where strikes "
        "landed around Deir ez-Zor and the border town of Albu Kamal, a British-based monitoring group said 23 "
        "pro-Iranian fighters were killed.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Albu Kamal", actor1="US forces", fatalities=23),
         dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", actor1="US forces"),
         dict(type="airstrike", date=date(2022, 5, 6), place="Deir ez-Zor", actor1="US forces")],  # a row a town
        id="x147-an-undated-retelling-in-the-first-legs-country-places-that-leg"),
    row("The government spokesman insisted on Sunday that the drone attack which killed three American soldiers \"did "
        "not take place inside Jordan\", saying the facility that was hit was the al-Tanf base in Syria.",
        [dict(type="drone_strike", date=date(2022, 5, 8), place="Al-Tanf garrison", fatalities=3)],
        id="x148-not-inside-jordan-denies-the-place-not-the-attack"),
    row("US jets on Sunday night hit weapons storage facilities at two locations in Syria and one in Iraq. A war "
        "monitor said at least five fighters died at the Syrian sites, close to Albu Kamal.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Albu Kamal", fatalities=5),
         dict(type="airstrike", date=date(2022, 5, 8), place="Iraq", fatalities=None)],
        id="x149-a-toll-close-to-a-town-places-the-leg-in-that-towns-country"),
    row("Several rockets were fired at the living area of coalition troops at the al-Omar oil field on Monday evening. "
        "There were no injuries. He said American troops answered with counter-battery artillery fire at the rocket "
        "launching positions.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Al-Omar oil field", fatalities=0),
         dict(type="shelling", date=date(2022, 5, 9), place="Al-Omar oil field", actor1="US forces")],
        id="x150-troops-who-answered-with-artillery-fire-shelled-the-launch-sites"),
    row("Two F-16s hit two facilities near Albu Kamal in eastern Syria on Thursday night. The Pentagon count I saw was "
        "twenty-three attacks since the 17th.",
        [dict(type="airstrike", date=date(2022, 5, 5), place="Albu Kamal")],
        id="x151-a-count-that-the-only-seems-to-point-back-with-retells-no-strike"),
    row("Two explosive-laden drones were shot down on Monday as they approached the Baghdad airport complex. The next "
        "day, air defences at Ain al-Asad downed two more drones. Nobody was hurt in either attack. Nobody has claimed "
        "them. The big factions do not want their fingerprints on these operations. Analysts see small front groups "
        "behind them. The Pentagon's phrase is Iran-aligned militias. The anniversary matters to these groups. In "
        "2020 the US killed Qassem Soleimani in a drone strike at that same airport.",
        [dict(type="drone_strike", date=date(2020, 1, 1), precision="year", place="Baghdad International Airport",
              actor1="US forces"),
         dict(type="drone_strike", date=date(2024, 2, 12), place="Baghdad International Airport"),
         dict(type="drone_strike", date=date(2024, 2, 13), place="Ain al-Asad Air Base")],
        published=date(2024, 2, 12), id="x152-that-same-airport-paragraphs-later-is-the-airport-but-not-the-event"),
    row("The first came on November 21, when an AC-130 gunship hit a vehicle near Abu Ghraib, killing eight members of "
        "Kataib Hezbollah. The second was the January 4 strike on a PMF headquarters on Palestine Street in Baghdad. "
        "The third came on February 7. In the evening, a drone hit a car in eastern Baghdad, killing a Kataib "
        "Hezbollah commander.",
        [dict(date=date(2023, 11, 21), place="Abu Ghraib", fatalities=8),
         dict(date=date(2024, 1, 4), place="Palestine Street"),
         dict(type="drone_strike", date=date(2024, 2, 7), place="Baghdad", fatalities=1)],
        published=date(2024, 2, 12), id="x153-the-second-was-the-january-4-strike-and-the-third-came-in-february"),
    row("A US drone strike near Baghdad airport on Friday killed Qassem Soleimani. Eight other men travelling with "
        "him were also killed.",
        [dict(type="drone_strike", date=date(2022, 5, 6), fatalities=9)],
        id="x154-eight-other-men-were-also-killed-adds-to-the-toll"),
    row("Soleimani was killed in a US drone strike near Baghdad airport on Friday along with Abu Mahdi al-Muhandis, "
        "deputy chief of Iraq's Popular Mobilisation Forces, and eight other people.",
        [dict(type="drone_strike", date=date(2022, 5, 6), fatalities=10)],
        id="x155-two-named-men-and-eight-other-people-are-ten"),
    row("US jets struck militia sites near al-Qaim on Sunday night. Four fighters were killed near al-Qaim, the PMF "
        "said. A war monitor said at least five more militiamen were killed near Albu Kamal in Syria.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Al-Qaim", fatalities=4),
         dict(type="airstrike", date=date(2022, 5, 8), place="Albu Kamal", fatalities=5)],  # the town across the
        # border is another place: its own row, as ACLED counts a strike on two places
        id="x156-five-more-killed-at-another-place-adds-nothing-to-this-places-toll"),
    row("US bombers struck more than 80 targets linked to Iran's Revolutionary Guards and the militias it backs late "
        "Friday, hitting positions in the desert around Al-Qaim.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", actor1="US forces")],
        id="x157-late-friday-hung-on-the-militias-relative-clause-dates-the-strike"),
    row("Investigators on Monday combed through the damage left by a barrage of ballistic missiles that slammed into "
        "Erbil early on Sunday, after Iran's Revolutionary Guards said they were behind the attack. No one was killed.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 8), place="Erbil", fatalities=0)],
        id="x158-the-attack-after-a-dated-barrage-is-the-barrage-not-the-day-of-the-inquiry"),
    row("A US drone struck a car in Baghdad on Wednesday, killing a militia commander. The strike was the most "
        "visible since a wave of American raids last Friday on some 85 targets in western Iraq and eastern Syria. "
        "Baghdad said 16 people, civilians among them, lost their lives in the al-Qaim area, while a war monitor "
        "counted 23 dead among fighters in Syria's Deir ez-Zor province.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", actor1="US forces", fatalities=16),
         dict(type="airstrike", date=date(2022, 5, 6), place="Deir ez-Zor Governorate", fatalities=23),
         dict(type="drone_strike", date=date(2022, 5, 11), place="Baghdad", fatalities=1)],
        id="x159-a-wave-of-raids-last-friday-and-each-clauses-toll-to-its-countrys-leg"),
    row("Iran-backed militants fired multiple ballistic missiles and rockets at Al Asad Air Base on Saturday evening. "
        "Most were intercepted by air defenses, but some struck the base. No deaths were reported.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 7), place="Ain al-Asad Air Base", fatalities=0)],
        id="x160-most-were-intercepted-are-the-missiles-told-before"),
    row("Two explosive-laden drones were shot down on Monday as they approached the Baghdad airport complex. The next "
        "day, air defences at Ain al-Asad downed two more.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Baghdad International Airport", disrupted=True),
         dict(type="drone_strike", date=date(2022, 5, 10), place="Ain al-Asad Air Base", disrupted=True)],
        id="x161-downed-two-more-are-drones-not-a-blockade"),
    row("Two drones attacked Erbil International Airport on Monday night. The statement did not name who was behind "
        "the attack. This is the third time this year that the airport has been attacked. In April a drone struck "
        "inside the airport grounds.",
        [dict(type="drone_strike", date=date(2022, 4, 1), precision="month", place="Erbil International Airport"),
         dict(type="drone_strike", date=date(2022, 5, 9), place="Erbil International Airport")],
        id="x162-inside-the-airport-grounds-is-the-airport-named-before"),
    row("Sunday, 12/09/2021 - 10:14\n\nLast night, two drones loaded with explosives attacked Hewler International "
        "Airport, the counter-terrorism directorate announced.",
        [dict(type="drone_strike", date=date(2021, 9, 11), place="Erbil International Airport")],
        published=None, id="x163-a-weekday-tells-the-day-from-the-month-in-12-09-2021"),
    row("On Wednesday, eight rounds of indirect fire landed inside the Green Village base in eastern Syria, lightly "
        "wounding two members of partner forces, and US troops answered with artillery fire at the launch sites near "
        "al-Mayadin.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 11), place="Al-Omar oil field"),
         dict(type="shelling", date=date(2022, 5, 11), place="Mayadin", actor1="US forces")],
        id="x164-rounds-of-indirect-fire-that-landed-and-the-artillery-that-answered"),
    row("A US drone struck a car in Baghdad on Wednesday night. It is the first American strike inside Baghdad since "
        "the US bombardment on Friday night, when aircraft hit more than eighty targets in western Iraq and eastern "
        "Syria. The Iraqi government says sixteen people were killed on its side of the border, in the area around "
        "al-Qaim.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", actor1="US forces", fatalities=16),
         dict(type="airstrike", date=date(2022, 5, 6), place="Syria"),
         dict(type="drone_strike", date=date(2022, 5, 11), place="Baghdad")],
        id="x165-the-bombardment-on-friday-night-when-aircraft-hit-targets-in-iraq-and-syria"),
    row("A US drone struck a car in Baghdad's Mashtal district on Tuesday night, killing a Kataib Hezbollah commander. "
        "Pictures from Mashtal overnight showed the burnt-out car surrounded by crowds.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Baghdad", actor1="US forces")],
        id="x166-a-car-surrounded-by-crowds-is-no-stand-off-between-the-sides"),
    row("Prague/Baghdad, Jan 13 (PTK) - Eight rockets fell on Camp Taji north of Baghdad on Sunday evening and "
        "wounded four soldiers, the military announced.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 12), place="Camp Taji")],
        published=date(2020, 1, 13), id="x167-a-wire-dateline-with-an-agency-tag-dates-the-report-not-the-rockets"),
    row("Rockets slammed into Ain al-Asad air base on Saturday evening. The Saturday attack came less than three weeks "
        "after a US drone struck a headquarters of Harakat al-Nujaba on Palestine Street in eastern Baghdad, killing "
        "its commander. That strike, on January 4, drew condemnation from Baghdad.",
        [dict(type="drone_strike", date=date(2024, 1, 4), place="Palestine Street", precision="day"),
         dict(type="missile_or_rocket_attack", date=date(2024, 1, 20), place="Ain al-Asad Air Base")],
        published=date(2024, 1, 22), id="x168-three-weeks-after-is-a-round-figure-and-january-4-is-that-strike"),
    row("Five rockets struck the Ain al-Asad air base in western Iraq on Wednesday. Nobody was injured. On Tuesday two "
        "drones loaded with explosives were shot down as they approached the same base in the province of Anbar.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Ain al-Asad Air Base", disrupted=True),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 11), place="Ain al-Asad Air Base", fatalities=0)],
        id="x169-the-same-base-in-the-province-of-anbar-is-the-base-named-before"),
    row("At least ten rockets struck the Ain al-Asad air base in western Iraq on Wednesday morning. In January 2020 Iran "
        "fired ballistic missiles at Ain al-Asad. The new attack comes less than a week after American fighter jets "
        "bombed buildings near the Syrian border town of Abu Kamal.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 1), place="Ain al-Asad Air Base"),
         dict(type="airstrike", date=date(2022, 5, 4), precision="week", place="Albu Kamal"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 11), place="Ain al-Asad Air Base")],
        id="x170-the-new-attack-is-the-storys-newest-not-the-one-told-last"),
    row("Iran's Revolutionary Guards fired more than a dozen ballistic missiles early on Wednesday at two Iraqi bases "
        "where American soldiers are stationed: Ain al-Asad in the western province of Anbar and a base next to the "
        "airport in Erbil.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Ain al-Asad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Erbil International Airport")],
        published=date(2020, 1, 9), id="x171-next-to-the-airport-is-where-not-where-to"),
    row("Iraqi Prime Minister Mustafa al-Kadhimi escaped unharmed early on Sunday when explosive-laden drones targeted "
        "his residence in Baghdad's heavily fortified Green Zone, in what the army described as a failed "
        "assassination attempt.",
        [dict(type="drone_strike", date=date(2021, 11, 7), place="Green Zone")],
        published=date(2021, 11, 7), id="x172-escaped-on-sunday-when-drones-targeted-him-is-one-event"),
    row("A US drone hit a car in Baghdad on Wednesday. It came five days after American bombers pounded dozens of "
        "targets on Friday. Officials said sixteen people died in those raids on al-Qaim and Akashat, near the Syrian "
        "border.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", actor1="US forces", fatalities=16),
         dict(type="airstrike", date=date(2022, 5, 6), place="Akashat", actor1="US forces"),
         dict(type="drone_strike", date=date(2022, 5, 11), place="Baghdad")],
        id="x173-those-raids-on-two-towns-retell-fridays-strikes-at-each-town"),
    row("Drones were launched on Tuesday at Ain al-Asad air base in Anbar and at Harir base north of Erbil.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Ain al-Asad Air Base"),
         dict(type="drone_strike", date=date(2022, 5, 10), place="Al-Harir Air Base")],
        id="x174-north-of-erbil-says-where-the-base-is-not-a-third-place"),
    row("Late Sunday, a drone struck a training facility at the al-Omar oilfield in Syria, where US troops are "
        "stationed alongside the Syrian Democratic Forces. The SDF said six of its fighters were killed.",
        [dict(type="drone_strike", date=date(2022, 5, 8), place="Al-Omar oil field", fatalities=6)],
        id="x175-a-bare-toll-next-is-the-attacks-whoever-its-victims"),
    row("On Saturday, US and British aircraft hit Houthi targets in Yemen. Houthi missiles struck a ship in the Red Sea.",
        [], id="x176-the-houthis-war-is-another-conflict"),
    row("Friday's US strikes hit more than 85 targets at seven locations, three in Iraq and four in Syria. Baghdad said "
        "16 people were killed on the Iraqi side, around al-Qaim; a war monitor put the toll in Syria at 23.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", fatalities=16),
         dict(type="airstrike", date=date(2022, 5, 6), place="Syria", fatalities=23)],
        id="x177-each-clause-across-a-semicolon-tolls-its-own-leg"),
    row("Armed drones were launched on Tuesday at the Ain al-Asad air base and at the Harir base in Erbil Governorate. "
        "Early on Wednesday, two more drones were brought down near Baghdad International Airport. No casualties were "
        "reported in any of these incidents. A group calling itself the Islamic Resistance in Iraq has claimed "
        "several of them.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Ain al-Asad Air Base", fatalities=0,
              actor1="Islamic Resistance in Iraq"),
         dict(type="drone_strike", date=date(2022, 5, 10), place="Al-Harir Air Base", fatalities=0,
              actor1="Islamic Resistance in Iraq"),
         dict(type="drone_strike", date=date(2022, 5, 11), place="Baghdad International Airport", fatalities=0,
              actor1="Islamic Resistance in Iraq")],
        id="x178-these-incidents-and-several-of-them-are-every-event-just-told"),
    row("Last month a drone attack hit a camp near Amerli. The PMF's deputy chief said the US was responsible, "
        "accusing it of letting Israeli drones fly over Iraq.",
        [dict(type="drone_strike", date=date(2022, 4, 1), place="Amerli", actor1="unknown")],
        id="x179-the-group-that-blames-is-not-the-accused"),
    row("Rockets hit Ain al-Asad on Wednesday. The base has been a frequent target since January 2020, when Iran fired "
        "a salvo of ballistic missiles at the desert base in retaliation for the US killing of Qassem Soleimani.\n\n"
        "In December a drone was shot down over the base.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 1), place="Ain al-Asad Air Base",
              actor1="Iran (IRGC)"),
         dict(type="assassination", date=date(2020, 1, 1), place=""),
         dict(type="drone_strike", date=date(2021, 12, 1), place="Ain al-Asad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 11), place="Ain al-Asad Air Base")],
        id="x180-since-january-2020-dates-the-when-clause-and-leaves-the-story-time"),
    row("On Monday air defences next to Baghdad International Airport destroyed two drones. Pictures showed a slogan "
        "painted on one of the downed airframes, a nod to the anniversary of the January 3, 2020, US drone strike at "
        "the same airport that killed Qassem Soleimani.",
        [dict(type="drone_strike", date=date(2020, 1, 3), place="Baghdad International Airport", actor1="US forces"),
         dict(type="drone_strike", date=date(2022, 5, 9), place="Baghdad International Airport")],
        id="x181-the-strike-at-the-same-airport-and-the-downed-airframes-told-before"),
    row("A US air strike late on Tuesday hit a compound near the town of Musayyib in Babil province. Four fighters died "
        "in the strike, officials said, and a hospital source in Hilla put the number of wounded at four.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Musayyib", fatalities=4)],
        id="x182-the-strike-where-sources-speak-from-is-the-strike-told-before"),
    row("Attacks largely stopped after a drone attack killed three US soldiers at a remote outpost in north-eastern "
        "Jordan in late January. Two weeks ago, two rockets were fired at Ain al-Asad air base.",
        [dict(type="drone_strike", date=date(2022, 1, 1), place="Tower 22", fatalities=3),  # (the one base the
         # gazetteer knows in north-eastern Jordan; 'an outpost in Jordan' alone stays at the country: x224)
         dict(type="missile_or_rocket_attack", date=date(2022, 4, 27), place="Ain al-Asad Air Base")],
        id="x183-an-outpost-in-jordan-is-not-the-iraqi-base-named-next"),
    row("A drone struck a small US outpost in north-eastern Jordan early on Sunday, killing three soldiers. The "
        "outpost, known as Tower 22, supports the larger garrison at al-Tanf on the Syrian side.",
        [dict(type="drone_strike", date=date(2022, 5, 8), place="Tower 22", fatalities=3)],
        id="x184-the-outpost-named-next-in-its-country"),
    row("The PMF say four of their fighters were killed when US warplanes bombed positions straddling the Iraq-Syria "
        "border, in what Washington described as a defensive action against groups it accuses of attacking its "
        "personnel. Officials said F-15 jets struck facilities used by Kataib Hezbollah at two locations in Syria on "
        "Sunday evening.",
        [dict(type="airstrike", date=date(2022, 5, 8), actor1="US forces", fatalities=4)],
        id="x185-groups-accused-of-attacking-tell-no-attack-and-claim-none"),
    row("The US Department of Defense said that F-15 and F-16 jets struck facilities used by Kataib Hezbollah near "
        "al-Qaim on Sunday evening.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Al-Qaim", actor1="US forces")],
        id="x186-a-partys-force-telling-of-a-strike-on-the-other-side-claims-it"),
    row("US Central Command said on Wednesday it had killed a commander it held responsible for planning attacks on "
        "American troops. Traders shrugged off the US response last Friday, when bombers hit 85 targets in Iraq in "
        "retaliation for the drone attack that killed three US soldiers in Jordan late last month.",
        [dict(type="drone_strike", date=date(2022, 4, 1), place="Jordan", fatalities=3),
         dict(type="airstrike", date=date(2022, 5, 6), place="Iraq"),
         dict(type="assassination", date=date(2022, 5, 11))],
        id="x187-the-drone-attack-in-jordan-is-not-one-of-the-attacks-planned"),
    row("Shortly before midnight on Friday, Baghdad time, American bombers struck some 85 targets in Iraq and Syria. "
        "In Iraq, the strikes hit positions in Al-Qaim and in the desert of Akachat, further south. In Syria, the "
        "targets were situated around Al-Mayadine and Boukamal, in the province of Deir ez-Zor.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", actor1="US forces"),
         dict(type="airstrike", date=date(2022, 5, 6), place="Mayadin", actor1="US forces"),
         dict(type="airstrike", date=date(2022, 5, 6), place="Albu Kamal", actor1="US forces"),
         dict(type="airstrike", date=date(2022, 5, 6), place="Akashat", actor1="US forces")],
        id="x188-each-leg-placed-by-the-sentences-after-it-a-row-a-town"),
    row("In Lebanon, meanwhile, an Israeli drone strike on a car near Nabatieh killed two members of Hezbollah on "
        "Saturday.", [], id="x189-israels-war-with-lebanons-hezbollah-is-another-conflict"),
    row("A drone struck the al-Tanf garrison on Sunday, the Islamic Resistance in Iraq said. American bases in Iraq and "
        "Syria have come under fire more than 150 times since mid-October, but until this weekend those attacks had "
        "caused no deaths.",
        [dict(type="drone_strike", date=date(2022, 5, 8), place="Al-Tanf garrison")],
        id="x190-those-attacks-a-tally-in-two-countries-add-no-rows"),
    row("Early on Tuesday, air defences at the Ain al-Asad air base engaged three drones, destroying two and damaging "
        "the third. Fragments caused minor injuries to a few personnel.\n\nLater the same day a lone drone heading "
        "for the Harir base was brought down. There were no casualties.\n\nA group calling itself the Islamic "
        "Resistance in Iraq said on Telegram that it carried out both of Tuesday's operations.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Ain al-Asad Air Base",
              actor1="Islamic Resistance in Iraq"),
         dict(type="drone_strike", date=date(2022, 5, 10), place="Al-Harir Air Base",
              actor1="Islamic Resistance in Iraq", fatalities=0)],
        id="x191-it-carried-out-both-of-tuesdays-operations-claims-that-days-attacks"),
    row("Iranian-backed militias have conducted at least 66 attacks on US forces in Iraq and Syria since October 17. KH "
        "fired a close-range ballistic missile at Ain al-Asad Airbase on the evening of November 21. The Islamic "
        "Resistance in Iraq, a coalition of militias that includes KH, claimed the attack on Telegram.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 11, 21), place="Ain al-Asad Air Base")],
        published=date(2021, 11, 22), id="x192-the-attack-an-umbrella-claims-is-its-factions-not-the-tally"),
    row("Lebanese Hezbollah claimed attacks on Israeli positions along the border on Tuesday. The IDF struck Hezbollah "
        "infrastructure in response.", [], id="x193-the-idf-striking-hezbollah-is-not-this-confrontation"),
    row("Rockets struck Ain al-Asad air base on Wednesday. The attack comes less than a week after the US struck "
        "buildings used by Kataib Hezbollah at a border crossing near Albu Kamal. That strike, late on Thursday last "
        "week, killed 22 fighters.",
        [dict(type="airstrike", date=date(2022, 5, 5), place="Albu Kamal", actor1="US forces",
              actor2="Kataib Hezbollah", fatalities=22),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 11), place="Ain al-Asad Air Base",
              actor2="US forces")],
        id="x194-what-the-strike-inside-hit-is-not-what-the-attack-hit"),
    row("Rockets hit Iraqi base hosting US troops\nAt least 10 rockets strike Ain al-Asad airbase in Anbar province; US "
        "contractor dies while sheltering; Vatican says papal trip will go ahead as planned\n"
        "13.52 GMT\nThe White House has been asked whether Washington will hit back.\n13.10 GMT\nThe Vatican says the "
        "papal visit will go ahead. The itinerary includes Baghdad, Najaf and Mosul. Security has been tightened in "
        "every city on the route.\n12.40 GMT\nOil prices were steady in Asian trade.\n12.25 GMT\nA Pentagon spokesman says no service members were injured and no one was "
        "struck by the rockets, but a "
        "contractor died of a heart attack while sheltering.\n11.40 GMT\nThe rockets were launched from the "
        "al-Bayader area, west of the base.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 11), place="Ain al-Asad Air Base", fatalities=0)],
        id="x195-the-rockets-of-a-live-pages-posts-are-its-headline-attack"),
    row("The aggression comes a week after the US military bombed, on July 30, a site in the Musayyib area, south of "
        "Baghdad. The PMF reported four of its members dead. The region is on alert after the killing in Tehran of a "
        "political leader and, hours earlier, of a senior commander in Beirut.",
        [dict(type="airstrike", date=date(2022, 7, 30), place="Musayyib", fatalities=4)],
        published=date(2022, 8, 6), id="x196-a-killing-in-beirut-is-neither-the-musayyib-strike-nor-this-war"),
    row("American aircraft hit back early on Wednesday, striking facilities used by Kataib Hezbollah at Jurf "
        "al-Sakhar, south of Baghdad, and near al-Qaim on the Syrian border.",
        [dict(type="airstrike", date=date(2022, 5, 11), place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2022, 5, 11), place="Al-Qaim")],
        id="x197-and-near-a-town-after-a-relative-place-is-another-place"),
    row("US aircraft struck two Kataib Hezbollah sites at Jurf al-Sakhar early on Wednesday, killing eight fighters. "
        "Hours earlier, on Tuesday, an American AC-130 gunship attacked a vehicle near Abu Ghraib, killing one "
        "fighter.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Abu Ghraib", fatalities=1),
         dict(type="airstrike", date=date(2022, 5, 11), place="Jurf al-Sakhar", fatalities=8)],
        id="x198-hours-earlier-on-tuesday-is-tuesday"),
    row("A Canadian reservist is safe after a drone attack on a coalition base in northern Iraq early Thursday. Two "
        "drones were flown toward the base. One was shot down and the other crashed in an empty area inside the "
        "perimeter, the Kurdistan Region's counter-terrorism service said. Nobody was hurt. The Islamic Resistance in "
        "Iraq said it was behind the attack.",
        [dict(type="drone_strike", date=date(2022, 5, 5), actor1="Islamic Resistance in Iraq", fatalities=0)],
        id="x199-one-shot-down-and-the-other-crashed-is-one-attack-and-it-was-behind-it-claims-it"),
    row("US jets struck five Kataib Hezbollah sites in Iraq and Syria on Sunday.\n\nSunday's US strikes targeted an "
        "Iran-backed Iraqi militia blamed for a rocket attack that killed an American defense contractor and wounded "
        "four US service members, the Pentagon said.\n\nThe US blamed Kataib Hezbollah for a rocket barrage on "
        "Friday that killed an American defense contractor.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 6), fatalities=1),
         dict(type="airstrike", date=date(2022, 5, 8)), dict(type="airstrike", date=date(2022, 5, 8))],
        id="x200-a-rocket-attack-that-killed-told-in-passing-is-dated-where-it-is-told"),
    row("The missiles struck Ain al-Asad air base in western Iraq and a facility in Erbil early on Wednesday. US and "
        "Iraqi officials said there were no casualties.",
        [dict(type="missile_or_rocket_attack", place="Ain al-Asad Air Base", fatalities=0, injuries=0),
         dict(type="missile_or_rocket_attack", place="Erbil", fatalities=0, injuries=0)],
        id="x201-no-casualties-after-an-attack-on-two-places-holds-at-both"),
    row("Iranian missiles hit Ain al-Asad early on Wednesday. The Revolutionary Guards said the operation was revenge "
        "for the killing of General Qasem Soleimani. Soleimani died on Friday when a US drone fired on his car outside "
        "Baghdad airport. The same strike killed Abu Mahdi al-Muhandis and seven other people. Late on Wednesday, "
        "rockets landed in the Green Zone.",
        [dict(type="drone_strike", date=date(2020, 1, 3), place="Baghdad International Airport", fatalities=9),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Ain al-Asad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Green Zone", actor2="unknown")],
        published=date(2020, 1, 9), id="x202-a-killing-named-as-a-cause-is-the-strike-told-next-and-the-same-strike-adds-its-dead"),
    row("A US drone strike killed a senior commander of the Kataib Hezbollah brigades on Tuesday night in eastern "
        "Baghdad. His car was hit and caught fire. Four people died: the commander and three of his guards. The "
        "Iraqi government denounced a blatant assassination.",
        [dict(type="drone_strike", date=date(2022, 5, 10), actor1="US forces", actor2="Kataib Hezbollah",
              place="Baghdad", fatalities=4)],
        id="x203-a-larger-toll-right-after-is-the-whole-toll-and-an-assassination-denounced-is-the-strike"),
    row("The raid follows a wave of bombardments launched on Friday by the United States against targets in Iraq "
        "and Syria. In Iraq, the strikes hit al-Qaim. In Syria, a monitor reported eleven militiamen killed in the "
        "province of Deir ez-Zor.",
        [dict(type="airstrike", date=date(2022, 5, 6), actor1="US forces", place="Al-Qaim"),
         dict(type="airstrike", date=date(2022, 5, 6), actor1="US forces", place="Deir ez-Zor Governorate",
              fatalities=11)],
        id="x204-a-wave-of-bombardments-on-friday-is-one-operation-with-a-leg-in-each-country"),
    row("The second anniversary of the US strike that killed Qasem Soleimani near Baghdad airport on 3 January 2020 "
        "was marked by drone attacks. On Monday, two drones were shot down near Ain al-Asad. In the year after the "
        "January 2020 assassination, Iraq recorded over 150 rocket and roadside-bomb incidents against coalition "
        "sites.",
        [dict(type="airstrike", date=date(2020, 1, 3), place="Baghdad International Airport"),
         dict(type="drone_strike", date=date(2022, 1, 3), place="Ain al-Asad Air Base")],
        published=date(2022, 1, 5), id="x205-an-anniversary-dated-with-its-year-is-the-event-and-its-retelling-keeps-the-means"),
    row("Militia volunteers entered Amerli on Monday. The advance was preceded by American air raids against "
        "jihadist positions around the town on Sunday. In the days before, US fighter jets had bombed IS positions "
        "near Amerli.", [],
        published=date(2014, 9, 2), id="x206-strikes-on-is-positions-are-another-war"),
    row("The ministry condemned the American air raids carried out late on Friday against targets in Iraq and Syria. "
        "US aircraft hit more than 85 targets, three of them in Iraq and four in Syria. Officials said the raids on "
        "al-Qaim killed sixteen people. Washington called the operation a response to last Sunday's drone attack on "
        "Tower 22, in which three US soldiers were killed. The Islamic Resistance in Iraq claimed drone attacks on "
        "several US positions that day.",
        [dict(type="drone_strike", date=date(2024, 1, 28), place="Tower 22", actor1="Islamic Resistance in Iraq",
              fatalities=3),
         dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim", fatalities=16),
         dict(type="airstrike", date=date(2024, 2, 2), place="Syria")],
        published=date(2024, 2, 3), id="x207-the-operation-counted-in-the-next-sentence-and-a-claim-of-that-days-attacks"),
    row("American aircraft bombed Kataib Hezbollah on Sunday. According to the Pentagon, the targets were three sites "
        "in western Iraq and two across the border in Syria. On Monday the prime minister's office called the air "
        "strikes a violation of sovereignty.",
        [dict(type="airstrike", date=date(2019, 12, 29), place="Iraq", actor1="US forces"),
         dict(type="airstrike", date=date(2019, 12, 29), place="Syria", actor1="US forces")],
        published=date(2019, 12, 31), id="x208-the-targets-in-two-countries-place-a-leg-in-each-and-a-reaction-retells"),
    row("Attacks on US personnel fell from roughly 170 between October 2023 and early February to a trickle.\n\n"
        "16 Jul - Two rockets were fired at Ain al-Asad air base.",
        [dict(type="missile_or_rocket_attack", date=date(2024, 7, 16), place="Ain al-Asad Air Base")],
        published=date(2024, 8, 15), id="x209-a-year-that-bounds-a-period-is-not-carried-to-the-next-dates"),
    row("Iran's Revolutionary Guards launched more than a dozen ballistic missiles early on Wednesday at two bases in "
        "Iraq. Most of them came down on Ain al-Asad air base, while the rest were aimed at the base beside the "
        "airport in Erbil. None of the soldiers at either base lost their lives.",
        [dict(type="missile_or_rocket_attack", place="Ain al-Asad Air Base", actor2="US forces", fatalities=0),
         dict(type="missile_or_rocket_attack", place="Erbil International Airport", actor2="US forces",
              fatalities=0)],
        published=date(2020, 1, 9), id="x210-most-of-them-came-down-on-one-base-and-the-rest-on-another"),
    row("Claimed attacks on US forces basically stopped from early Feb. The tally since 17 Oct 2023 stands above 170 "
        "attacks.\n\n16 Jul: Two one-way attack drones went for Ain al-Asad; both were engaged by air defences.",
        [dict(type="drone_strike", date=date(2024, 7, 16), place="Ain al-Asad Air Base")],
        published=date(2024, 8, 7), id="x211-a-period-start-after-an-abbreviated-month-ends-its-own-sentence"),
    row("On Friday shells fell inside the Balad air base, and on Monday rockets landed near Camp Taji north of "
        "Baghdad.",
        [dict(type="shelling", date=date(2021, 3, 5), place="Balad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2021, 3, 8), place="Camp Taji")],
        published=date(2021, 3, 10), id="x212-an-opening-day-without-its-comma-does-not-swallow-the-subject"),
    row("The strike on Monday was an answer to a rocket attack last week on the airport in Erbil, which wounded "
        "a contractor.",
        [dict(type="missile_or_rocket_attack", precision="week", place="Erbil International Airport")],
        published=date(2021, 3, 10), scope=ALL, id="x213-a-place-right-after-an-event-noun-is-its-own"),
    row("On Oct. 17, air defences engaged two one-way attack drones over Harir air base, destroying one and "
        "damaging the other.",
        [dict(type="drone_strike", date=date(2023, 10, 17), place="Al-Harir Air Base")],
        published=date(2023, 10, 26), id="x214-the-day-one-mention-of-a-sentence-gives-dates-its-undated-twin"),
    row("On Sunday a series of explosions at a Hashd depot near Amerli killed two fighters.",
        [dict(type="ied_or_bombing", date=date(2019, 7, 21), place="Amerli", fatalities=2)],
        published=date(2019, 7, 23), id="x215-a-series-of-blasts-that-killed-is-one-event"),
    row("The Brigade of Revenge for al-Muhandis claimed a drone attack on Erbil airport on Tuesday.",
        [dict(type="drone_strike", date=date(2021, 7, 6), actor1="Saraya Thar al-Muhandis", attribution="claimed")],
        published=date(2021, 7, 8), id="x216-a-front-group-named-in-translation-is-the-front-not-the-man-it-avenges"),
    row("The Pentagon blamed Kataib Hezbollah for the rockets, and two days later American jets hit three of the "
        "group's sites in western Anbar.",
        [dict(type="airstrike", place="Anbar Governorate", actor1="US forces", attribution="stated")],
        published=date(2020, 1, 2), id="x217-a-clause-with-its-own-subject-after-a-blame-is-not-blamed"),
    row("Iran fired ballistic missiles early on Wednesday at two Iraqi bases that host US troops. Eleven of them "
        "fell on Ain al-Asad air base in Anbar province, and four on Erbil.",
        [dict(type="missile_or_rocket_attack", place="Ain al-Asad Air Base"),
         dict(type="missile_or_rocket_attack", place="Erbil")],
        published=date(2020, 1, 9), id="x218-a-counted-share-of-the-missiles-falls-on-each-site"),
    row("Sirens sounded at Ain al-Asad air base on Wednesday. Soldiers ran for the bunkers. Ten rockets slammed into "
        "the sprawling base in western Anbar and its perimeter, according to the coalition.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 7, 7), place="Ain al-Asad Air Base")],
        published=date(2021, 7, 9), id="x219-the-base-in-a-province-is-the-base-named-there-before"),
    row("Rockets hit the coalition base at the al-Omar oil field on Monday evening. American forces responded with "
        "artillery fire on the launch positions, west of the Euphrates near Mayadin.",
        [dict(type="missile_or_rocket_attack", place="Al-Omar oil field"),
         dict(type="shelling", date=date(2021, 6, 28), place="Mayadin", actor1="US forces")],
        published=date(2021, 6, 29), id="x220-a-town-beats-the-river-it-lies-on"),
    row("On Monday, the second anniversary of the killing of Qasem Soleimani in a US drone strike at Baghdad airport, "
        "two armed drones were brought down by air defences at the airport.",
        [dict(type="drone_strike", date=date(2020, 1, 3), actor1="US forces", place="Baghdad International Airport"),
         dict(type="drone_strike", date=date(2022, 1, 3), actor1="unknown")],
        published=date(2022, 1, 5), id="x221-a-counted-anniversary-dates-the-remembered-strike-years-back"),
    row("The drones bore the name of Qasem Soleimani, who was killed in an American drone strike near the same "
        "airport two years ago on January 3.",
        [dict(type="drone_strike", date=date(2020, 1, 3), actor1="US forces")],
        published=date(2022, 1, 5), id="x222-a-day-told-years-ago-is-in-that-year"),
    row("Hundreds of militia supporters forced their way into the outer compound of the United States embassy in "
        "Baghdad on Tuesday, torching a reception area.",
        [dict(type="confrontation_or_blockade", date=date(2019, 12, 31), place="US Embassy in Baghdad",
              actor2="US diplomatic mission")],
        published=date(2020, 1, 1), id="x223-a-crowd-forcing-its-way-into-the-embassy-is-a-confrontation"),
    row("The raids answered the drone attack at the end of January on a small American base in north-eastern Jordan. "
        "In February a drone hit an outpost in Jordan, officials said.",
        [dict(type="drone_strike", date=date(2024, 1, 1), place="Tower 22"),
         dict(type="drone_strike", date=date(2024, 2, 1), place="Jordan")],
        published=date(2024, 3, 6), id="x224-a-base-in-a-part-of-a-country-with-one-known-base-there-is-that-base"),
    row("On January 3 this year, the second anniversary of the killing of Quds Force commander Qassem Soleimani, air "
        "defences at the Victory base next to Baghdad airport shot down two fixed-wing drones as they approached.",
        [dict(date=date(2020, 1, 3), place=""),
         dict(type="drone_strike", date=date(2022, 1, 3), place="Camp Victory", disrupted=True)],
        published=date(2022, 1, 10), id="x225-the-days-place-is-not-the-remembered-strikes"),
    row("Rockets hit Camp Taji on 10 August, and on 12 August a chain of explosions ripped through the al-Saqr camp "
        "in southern Baghdad, killing one civilian and wounding 29 people.",
        [dict(date=date(2019, 8, 10), place="Camp Taji"),
         dict(date=date(2019, 8, 12), place="Al-Saqr base", fatalities=1)],
        published=date(2019, 8, 22), id="x227-the-verb-a-chain-of-explosions-rips-through-carries-the-place"),
    row("Two drones struck Ain al-Asad air base on Wednesday. The Islamic Resistance in Iraq claimed the attack in a "
        "statement, and said it had also sent a drone toward the Harir base north of Erbil.",
        [dict(type="drone_strike", date=date(2023, 10, 18), place="Ain al-Asad Air Base",
              actor1="Islamic Resistance in Iraq"),
         dict(type="drone_strike", date=date(2023, 10, 18), place="Al-Harir Air Base",
              actor1="Islamic Resistance in Iraq", attribution="claimed")],
        published=date(2023, 10, 20), id="x228-a-drone-sent-toward-a-base-is-an-attack-on-it"),
    row("HELSINKI/BAGHDAD 5.1.2020\n\nRockets struck Baghdad's Green Zone on Saturday evening.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 4), place="Green Zone")],
        published=None, id="x230-a-dotted-date-in-figures-is-day-first"),
    row("On Monday, two drones were shot down at Baghdad International Airport. One bore the name of Qasem Soleimani, "
        "who was killed in an American drone strike near the same airport two years ago on January 3. A day later, "
        "coalition forces brought down two more drones approaching Ain al-Asad air base.",
        [dict(type="drone_strike", date=date(2020, 1, 3), actor1="US forces"),
         dict(type="drone_strike", date=date(2022, 1, 3), place="Baghdad International Airport"),
         dict(type="drone_strike", date=date(2022, 1, 4), place="Ain al-Asad Air Base")],
        published=date(2022, 1, 6), id="x231-a-day-years-ago-does-not-move-the-storys-time"),
    row("On Monday the coalition's air defence had already downed two armed drones near Baghdad's international "
        "airport. The attacks coincide with the second anniversary of the death of the Iranian general Qasem "
        "Soleimani and the Iraqi militia leader Abu Mahdi al-Muhandis, who were killed in an American drone strike "
        "at Baghdad airport on 3 January 2020.",
        [dict(type="drone_strike", date=date(2020, 1, 3), actor1="US forces"),
         dict(type="drone_strike", date=date(2022, 1, 3))],
        published=date(2022, 1, 5), id="x232-an-anniversary-of-a-fully-dated-strike-keeps-that-date"),
    row("The second anniversary of the killing of Qasem Soleimani and Abu Mahdi al-Muhandis in a US drone strike at "
        "Baghdad airport on 3 January 2020 was marked, as many expected, with attacks on US-linked sites. On 3 January, "
        "C-RAM systems shot down two fixed-wing drones approaching the Victory base complex at Baghdad International "
        "Airport. The following day two more drones were downed as they approached Ain al-Asad air base in Anbar.",
        [dict(type="drone_strike", date=date(2020, 1, 3), actor1="US forces"),
         dict(type="drone_strike", date=date(2022, 1, 3), place="Camp Victory"),
         dict(type="drone_strike", date=date(2022, 1, 4), place="Ain al-Asad Air Base")],
        published=date(2022, 1, 7), id="x233-a-remembered-date-lends-the-story-neither-its-time-nor-its-year"),
    row("Rockets struck the base on Monday. On Tuesday the missiles came in on Erbil airport, a few of them quite close "
        "to the barracks.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 3, 8)),
         dict(type="missile_or_rocket_attack", date=date(2021, 3, 9), place="Erbil International Airport")],
        published=date(2021, 3, 10), id="x234-missiles-that-came-in-on-an-airport-struck-it"),
    row("On Jan. 3, the second anniversary of the U.S. strike near Baghdad International Airport that killed Qassem "
        "Soleimani and Abu Mahdi al-Muhandis, two fixed-wing drones were shot down as they approached a diplomatic "
        "support facility at the same airport.",
        [dict(type="airstrike", date=date(2020, 1, 3), place="Baghdad International Airport"),
         dict(type="drone_strike", date=date(2022, 1, 3), place="Baghdad International Airport")],
        published=date(2022, 1, 10), id="x235-the-site-called-the-same-one-is-the-one-pointed-back-to"),
    row("US aircraft struck three depots used by Kataib Hezbollah on Sunday – two in Syria near Albu Kamal and one "
        "across the border at al-Qaim – killing four fighters.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Al-Qaim", fatalities=4),
         dict(type="airstrike", date=date(2022, 5, 8), place="Albu Kamal")],
        id="x236-a-dash-aside-after-the-target-places-it"),
    row("A drone attack on Tower 22 in Jordan killed three soldiers on January 28. Five days after the Jordan attack, "
        "American bombers hit targets near al-Qaim.",
        [dict(type="drone_strike", date=date(2024, 1, 28), place="Tower 22", fatalities=3),
         dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim")],
        published=date(2024, 2, 8), id="x237-five-days-after-the-attack-counts-forward-from-it"),
    row("Jets struck Jurf al-Sakhar on Wednesday, two days before militants fired rockets at Ain al-Asad.",
        [dict(type="airstrike", date=date(2022, 5, 11), place="Jurf al-Sakhar"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 13), place="Ain al-Asad Air Base")],
        published=date(2022, 5, 14), id="x238-two-days-before-x-puts-x-two-days-after"),
    row("On the night of Monday 20 November, militants fired missiles at the Ain al-Asad base. Two days later, before "
        "the dawn prayer on Wednesday, American warplanes bombed two centres of Kataib Hezbollah at Jurf al-Nasr.",
        [dict(type="missile_or_rocket_attack", date=date(2023, 11, 20)),
         dict(type="airstrike", date=date(2023, 11, 22), place="Jurf al-Sakhar")],
        published=date(2023, 12, 5), id="x239-the-wednesday-two-days-later-not-the-last-one"),
    row("Within the hour an American AC-130 gunship fired on a vehicle near Abu Ghraib on Monday, killing one. After the "
        "end of the truce on Friday, the Israeli air force resumed its bombing of positions near Albu Kamal.",
        [dict(type="airstrike", date=date(2022, 5, 6), actor1="Israel Defense Forces"),
         dict(type="airstrike", date=date(2022, 5, 9), place="Abu Ghraib", actor1="US forces", fatalities=1)],
        id="x240-who-resumed-the-bombing-bombs"),
    row("Rockets hit Erbil airport on Monday. Separately, on Tuesday Iran's Revolutionary Guard fired missiles at the "
        "headquarters of Iranian Kurdish opposition parties in Koya, killing eleven people.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Erbil International Airport")],
        id="x241-iran-against-kurdish-parties-is-another-war"),
    row("Rockets hit Erbil airport on Monday. Earlier this month, Jordanian air force jets struck smuggling networks in "
        "Syria's Sweida province, killing ten people.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Erbil International Airport")],
        id="x242-jordan-striking-smugglers-is-no-party"),
    row("The team arrived at a base that still carries the scars of the barrage Iran fired at it in January 2020.\n\n"
        "Then, on March 3, roughly ten rockets slammed into Ain al-Asad air base.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 1), precision="month"),
         dict(type="missile_or_rocket_attack", date=date(2021, 3, 3), place="Ain al-Asad Air Base")],
        published=date(2021, 7, 16), id="x243-the-scars-of-2020-do-not-move-the-story-there"),
    row("On Tuesday night militants fired a missile at Ain al-Asad, and within minutes an American gunship fired on the "
        "vehicle that had carried the launcher, near Abu Ghraib west of Baghdad.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Ain al-Asad Air Base"),
         dict(type="airstrike", date=date(2022, 5, 10), place="Abu Ghraib")],
        id="x244-near-where-the-target-stood-is-where-it-was-hit"),
    row("At least two rockets impacted in the Green Zone of Baghdad on Monday night, without causing victims.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Green Zone", fatalities=0)],
        id="x245-a-verb-the-parser-read-as-a-participle-on-its-weapon"),
    row("Rockets fell on Erbil airport on Monday 15 February. A week later, on Monday 22, at least two rockets hit "
        "the Green Zone.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 15), place="Erbil International Airport"),
         dict(type="missile_or_rocket_attack", date=date(2021, 2, 22), precision="day", place="Green Zone")],
        published=date(2021, 3, 5), id="x246-a-weekday-and-a-bare-day-of-the-month"),
    row("Rockets hit the Green Zone on Monday. A shopkeeper recalled the double suicide attack of the Islamic State "
        "in the Tayaran square, in which 32 people died.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Green Zone", actor1="unknown")],
        id="x247-the-attack-of-a-group-is-its-attack"),
    row("The Biden administration, which last week bombed positions of Kataib Hezbollah in Syrian territory, said it "
        "was evaluating the facts.",
        [dict(type="airstrike", actor1="US forces", actor2="Kataib Hezbollah", place="Syria")],
        published=date(2021, 3, 5), id="x248-the-noun-a-dated-relative-clause-hangs-on-did-it"),
    row("US jets struck two sites on Wednesday. The bombings hit an installation in Jurf al-Sakhar, a town the "
        "militia has held since 2014, and another near Musayyib.",
        [dict(type="airstrike", date=date(2022, 5, 11), place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2022, 5, 11), place="Musayyib")],
        published=date(2022, 5, 12), id="x249-since-2014-dates-no-site-of-a-list"),
    row("On Tuesday an American gunship fired on a vehicle near the locality of al-Baghdadi, killing a fighter.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Al-Baghdadi (town)", fatalities=1)],
        id="x250-al-baghdadi-is-a-town-in-anbar"),
    row("The United States carried out in the early hours of Wednesday air strikes against two sites of Kataib "
        "Hezbollah.",
        [dict(type="airstrike", date=date(2022, 5, 11), actor1="US forces", actor2="Kataib Hezbollah")],
        published=date(2022, 5, 12), id="x251-an-event-noun-hung-on-the-time-phrase-before-it"),
    row("On Wednesday US jets struck two sites of Kataib Hezbollah. The bombings hit an installation in Jurf al-Sakhar "
        "and another near Musayyib. US forces have been attacked at least 66 times in Iraq and Syria since October 17, "
        "ten days after the attack of the Islamist movement Hamas against Israel.",
        [dict(type="airstrike", date=date(2023, 11, 22), place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2023, 11, 22), place="Musayyib")],
        published=date(2023, 11, 23), id="x252-an-attack-of-another-war-retells-none-of-this-one"),
    row("On Sunday US jets struck Kataib Hezbollah sites near al-Qaim. Those strikes answered a rocket attack on Camp "
        "Taji two days before that, which officials blamed on the group.",
        [dict(type="missile_or_rocket_attack", date=date(2019, 12, 27), place="Camp Taji"),
         dict(type="airstrike", date=date(2019, 12, 29), place="Al-Qaim")],
        published=date(2019, 12, 31), id="x253-two-days-before-that-is-two-days-earlier"),
    row("The crowd had gathered to protest U.S. airstrikes two days earlier on Kataib Hezbollah sites near the Iraqi "
        "border town of al-Qaim, which killed 25 of the militia's fighters.",
        [dict(type="airstrike", date=date(2019, 12, 29), place="Al-Qaim", actor2="Kataib Hezbollah")],
        published=date(2019, 12, 31), id="x254-what-follows-the-strikes-a-protest-is-about-is-theirs"),
    row("On New Year's Eve a crowd stormed the US embassy in Baghdad. Three and a half weeks after the siege, on a "
        "Sunday evening, rockets slammed into the embassy compound.",
        [dict(type="confrontation_or_blockade", date=date(2019, 12, 31)),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 26), precision="day")],
        published=date(2020, 4, 16), scope=ALL, id="x255-the-sunday-the-count-after-the-siege-reaches"),
    row("On February 2, US forces struck more than 85 targets at seven facilities, three in Iraq and four in Syria. In "
        "Iraq, targets included sites near al-Qaim and Akashat in western Anbar.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim"),
         dict(type="airstrike", date=date(2024, 2, 2), place="Syria"),
         dict(type="airstrike", date=date(2024, 2, 2), place="Akashat")],
        published=date(2024, 2, 10), id="x256-targets-included-places-the-leg"),
    row("The rest of the company was at Al-Asad on Jan. 20. Ballistic missiles and rockets came in that evening, and "
        "while air defenses knocked most of them down, a few got through. Nobody was killed.",
        [dict(type="missile_or_rocket_attack", date=date(2024, 1, 20), place="Ain al-Asad Air Base", fatalities=0)],
        published=date(2024, 4, 12), id="x257-came-in-that-evening-on-the-day-the-sentence-before-set"),
    row("The company kept radio links running at Al-Asad Air Base in Anbar.\n\nA detachment of about 20 soldiers was in "
        "Erbil on Christmas morning. A one-way attack drone struck the base that day, wounding three U.S. service "
        "members.",
        [dict(type="drone_strike", date=date(2023, 12, 25), place="Erbil")],
        published=date(2024, 4, 12), id="x258-the-base-that-day-in-the-town-the-paragraph-moved-to"),
    row("A US drone strike on a car in eastern Baghdad on Wednesday evening killed a Kataib Hezbollah commander. The "
        "strike was a response to the drone attack that killed three American soldiers at a base in Jordan on 28 "
        "January. The drone attack came five days after the USA struck more than 85 targets in Iraq and Syria. Kataib "
        "Hezbollah announced on Tuesday last week that it was pausing its attacks against American forces.",
        [dict(type="drone_strike", date=date(2024, 1, 28), place="Jordan", actor1="unknown"),
         dict(type="airstrike", date=date(2024, 2, 2), place="Iraq", actor1="US forces"),
         dict(type="airstrike", date=date(2024, 2, 2), place="Syria", actor1="US forces"),
         dict(type="drone_strike", date=date(2024, 2, 7), place="Baghdad")],
        published=date(2024, 2, 8), id="x259-the-story-strike-not-the-one-it-answered"),
    row("Rockets hit Ain al-Asad on Monday. Earlier this month, Iran fired ballistic missiles at Erbil, killing a "
        "prominent Kurdish businessman and members of his family in what Tehran said was a strike on an Israeli spy "
        "base.",
        [dict(type="missile_or_rocket_attack", date=date(2024, 1, 22), place="Ain al-Asad Air Base")],
        published=date(2024, 1, 26), id="x260-iran-striking-what-it-calls-an-israeli-spy-base-is-another-war"),
    row("The council condemns the cowardly American aggression which targeted, after midnight of Monday to Tuesday, "
        "positions of the Popular Mobilisation Forces in Jurf al-Nasr and in the district of al-Qaim.",
        [dict(type="airstrike", date=date(2024, 1, 23), place="Jurf al-Sakhar", actor1="US forces"),
         dict(type="airstrike", date=date(2024, 1, 23), place="Al-Qaim", actor1="US forces")],
        published=date(2024, 1, 24), id="x261-the-american-aggression-which-targeted-positions"),
    row("The toll of the American aggression which targeted, on the evening of yesterday, Sunday, the headquarters of "
        "two brigades of the Popular Mobilisation on the Iraqi-Syrian border rose to twenty-five. The source said "
        "the American warplanes struck five positions, three of them inside the district of al-Qaim and two near "
        "the Syrian town of Albu Kamal.",
        [dict(type="airstrike", date=date(2019, 12, 29), place="Albu Kamal"),
         dict(type="airstrike", date=date(2019, 12, 29), place="Al-Qaim")],
        published=date(2019, 12, 30), id="x262-the-border-strike-told-at-its-sites"),
    row("The militia was accused by Washington of the rocket attack that on December 27 killed an American contractor "
        "at a base near Kirkuk, an action the group never claimed. Its supporters besieged the American embassy in "
        "Baghdad on the last day of 2019.",
        [dict(type="missile_or_rocket_attack", date=date(2019, 12, 27), actor1="unknown", fatalities=1),
         dict(type="confrontation_or_blockade", date=date(2019, 12, 31), precision="day")],
        published=date(2020, 1, 9), scope=ALL, id="x263-accused-of-a-dated-attack-that-happened"),
    row("On Wednesday the Revolutionary Guards launched more than a dozen ballistic missiles against the Ain al-Asad "
        "air base, in the Iraqi province of Al Anbar, and against installations in Erbil, capital of the Kurdistan "
        "region.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Ain al-Asad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Erbil")],
        published=date(2020, 1, 9), id="x264-a-province-between-two-sites-is-the-first-ones"),
    row("In the early hours of Friday, US aircraft struck five weapons storage facilities, including sites at Jurf "
        "al-Sakhar, south of Baghdad, and at an airport under construction in Karbala.",
        [dict(type="airstrike", date=date(2020, 3, 13), place="Karbala"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar")],
        published=date(2020, 3, 14), id="x265-two-sites-33-km-apart-are-two-rows"),
    row("Rockets hit Ain al-Asad on Monday. On Friday the Islamic Resistance in Iraq claimed a drone attack on Eilat.",
        [dict(type="missile_or_rocket_attack", date=date(2024, 2, 5), place="Ain al-Asad Air Base")],
        published=date(2024, 2, 10), id="x266-the-factions-drones-at-eilat-are-another-war"),
    row("On Friday the Islamic Resistance in Iraq claimed a drone attack on Ain al-Asad, which the US military said it "
        "intercepted.",
        [dict(type="drone_strike", date=date(2024, 2, 9), place="Ain al-Asad Air Base", disrupted=True,
              actor1="Islamic Resistance in Iraq")],
        published=date(2024, 2, 10), scope=ALL, id="x267-which-it-intercepted-is-the-attack-disrupted"),
    row("At dawn on Friday, American aircraft committed a treacherous aggression on positions of the army in Jurf "
        "al-Nasr. This aggression is the third in less than three months, and the people reject any aggression on "
        "their sovereignty.",
        [dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar", actor1="US forces")],
        published=date(2020, 3, 14), id="x268-an-aggression-carried-out-is-an-event-a-label-is-not"),
    row("Early on Friday, US warplanes bombed weapons depots in Jurf al-Sakhar and al-Musayyib.",
        [dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Musayyib")],
        published=date(2020, 3, 14), id="x269-two-towns-13-km-apart-are-two-rows"),
    row("Iranian missiles hit Al Asad Air Base on Jan. 8, 2020. Nobody was killed. That barrage had followed a New "
        "Year's Eve siege of the U.S. Embassy in Baghdad by militiamen.",
        [dict(type="confrontation_or_blockade", date=date(2019, 12, 31), place="US Embassy in Baghdad"),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Ain al-Asad Air Base")],
        published=date(2022, 1, 7), id="x270-a-yearless-day-takes-the-year-nearest-the-story"),
    row("Iranian missiles hit Al Asad Air Base on Jan. 8, 2020. Two weeks later the president described the injuries "
        "as headaches. The barrage was Tehran's answer to the drone strike five days earlier that killed Qassem "
        "Soleimani outside Baghdad International Airport.",
        [dict(type="drone_strike", date=date(2020, 1, 3), precision="day", place="Baghdad International Airport"),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Ain al-Asad Air Base")],
        published=date(2022, 1, 7), id="x271-a-count-in-an-eventless-sentence-moves-no-story"),
    row("On Wednesday Iranian air defenses around Tehran, braced for an American counterstrike that never came, shot "
        "down Ukraine International Airlines Flight 752, killing all 176 people on board.",
        [], published=date(2020, 1, 10), scope=ALL, id="x272-an-airliner-shot-down-is-no-attack"),
    row("The attack came in the days of the commemoration of Qassem Soleimani and Abu Mahdi al-Muhandis, killed by an "
        "American drone four years ago next to the Baghdad airport.",
        [dict(type="assassination", date=date(2020, 1, 1), precision="year", place="Baghdad International Airport",
              actor1="US forces")],
        published=date(2024, 1, 4), id="x273-remembered-and-dated-by-years-ago-is-an-event"),
    row("The tension follows the double explosion which on Wednesday killed almost ninety people in the Iranian city "
        "of Kerman, and which the jihadist group Islamic State claimed.",
        [], published=date(2024, 1, 4), id="x274-a-claim-in-a-second-relative-clause-names-the-claimant"),
    row("Wednesday's strike came five days after US forces hit more than 85 targets in Iraq and Syria in retaliation "
        "for the drone attack on a US outpost in Jordan late last month that killed three American soldiers.",
        [dict(type="drone_strike", date=date(2024, 1, 1), precision="month", place="Jordan", fatalities=3),
         dict(type="airstrike", date=date(2024, 2, 2), place="Iraq", fatalities=None),
         dict(type="airstrike", date=date(2024, 2, 2), place="Syria")],
        published=date(2024, 2, 9), id="x275-a-date-and-relative-clause-after-a-us-outpost-are-the-attacks"),
    row("On Christmas Day a drone attack on Erbil air base, claimed by the Islamic Resistance in Iraq, wounded three "
        "US service members. US aircraft hit three sites used by Kataib Hezbollah the following day.",
        [dict(type="drone_strike", date=date(2023, 12, 25), place="Erbil International Airport"),
         dict(type="airstrike", date=date(2023, 12, 26), place="", actor1="US forces")],
        published=date(2023, 12, 28), id="x276-striking-back-is-not-near-the-attack-it-answers"),
    row("Washington describes its strikes as a response to more than 165 rocket and drone attacks on its forces in "
        "Iraq and Syria since mid-October. On Friday American B-1 bombers struck back. In Iraq, the strikes hit "
        "positions used by the Popular Mobilisation Forces near al-Qaim and Akashat.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim"),
         dict(type="airstrike", date=date(2024, 2, 2), place="Akashat")],
        published=date(2024, 2, 8), id="x277-a-count-of-attacks-in-two-countries-has-no-legs"),
    row("US aircraft bombed a site near the city of Hilla on Tuesday. On Wednesday two bombs tore through crowds in "
        "the Iranian city of Kerman.",
        [dict(type="airstrike", date=date(2024, 1, 2), place="Hillah"),
         dict(type="ied_or_bombing", date=date(2024, 1, 3), place="")],
        published=date(2024, 1, 5), id="x278-the-city-of-a-name-is-no-anaphor"),
    row("On the evening of 2 February, US bombers hit 85 targets in Iraq and Syria. Then on the 7th, a US drone strike "
        "on a vehicle in the Mashtal neighborhood of Baghdad killed a commander.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Iraq"),
         dict(type="airstrike", date=date(2024, 2, 2), place="Syria"),
         dict(type="drone_strike", date=date(2024, 2, 7), place="Baghdad")],
        published=date(2024, 2, 15), id="x279-the-7th-after-the-2nd-is-later-that-month"),
    row("On 15 February rockets hit Erbil airport, killing a contractor. Ten days after the attack, US aircraft bombed "
        "buildings used by Kataib Hezbollah at a border crossing near Abu Kamal in eastern Syria.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 15), place="Erbil International Airport"),
         dict(type="airstrike", date=date(2021, 2, 25), place="Albu Kamal")],
        published=date(2021, 4, 16), id="x280-ten-days-after-the-attack-opening-a-sentence-counts-forward"),
    row("American jets struck positions around the Mosul Dam on Saturday. On Sunday a US air strike hit Popular "
        "Mobilization Units positions near Baiji, killing six fighters.",
        [dict(type="airstrike", date=date(2014, 10, 19), place="Baiji", actor2="Popular Mobilization Units")],
        published=date(2014, 10, 21), id="x281-in-2014-a-us-strike-on-nobody-named-is-the-war-on-the-islamic-state"),
    row("In a separate incident on Wednesday morning, a Ukrainian passenger aircraft crashed shortly after take-off "
        "from Tehran's international airport, killing all 176 people on board.",
        [], published=date(2020, 1, 9), scope=ALL, id="x282-a-passenger-aircraft-is-no-weapon"),
    row("We assess a high likelihood that Iraqi factions resume attacks on US sites at Ain al-Asad and Harir this "
        "week.",
        [], published=date(2024, 8, 6), id="x283-a-likelihood-of-attacks-is-a-forecast"),
    row("He was killed in an American drone attack at the airport in Baghdad last Friday. Together with Soleimani, "
        "nine others died, among them Abu Mahdi al-Muhandis.",
        [dict(type="drone_strike", date=date(2020, 1, 3), place="Baghdad International Airport", fatalities=10)],
        published=date(2020, 1, 8), id="x284-he-was-killed-and-nine-others-died-is-ten"),
    row("Iran fired more than a dozen ballistic missiles on Wednesday at the Ain al-Asad air base and at a base in "
        "Erbil. Nobody was killed.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Ain al-Asad Air Base", fatalities=0),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Erbil", fatalities=0)],
        published=date(2020, 1, 9), id="x285-nobody-was-killed-at-either-place"),
    row("On Friday US bombers hit positions near al-Qaim and Akashat. The Iraqi government said 16 people were killed.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim", fatalities=16),
         dict(type="airstrike", date=date(2024, 2, 2), place="Akashat", fatalities=None)],
        published=date(2024, 2, 8), id="x286-near-x-and-y-the-toll-goes-on-the-first-place"),
    row("In Abuja on Monday, marchers carrying portraits of Soleimani and of their detained leader moved towards the "
        "city centre.",
        [], published=date(2020, 1, 6), scope=ALL, id="x287-a-detained-leader-is-no-arrest-told"),
    row("The American occupation forces committed, late on Sunday night, a new aggression against the positions of "
        "the Popular Mobilization Forces near al-Qaim, which led to the martyrdom of four fighters.",
        [dict(type="airstrike", date=date(2021, 6, 27), actor1="US forces", fatalities=4)],
        published=date(2021, 6, 29), id="x288-an-aggression-committed-after-a-time-phrase"),
    row("On Sunday US jets struck five Kataib Hezbollah facilities. Caretaker prime minister Adel Abdul Mahdi, who "
        "resigned last month after weeks of anti-government protests in which more than 450 people have been killed, "
        "condemned the US strikes as an unacceptable attack on Iraqi sovereignty.",
        [dict(type="airstrike", date=date(2019, 12, 29), actor2="Kataib Hezbollah", fatalities=None)],
        published=date(2019, 12, 30), id="x289-the-dead-of-protests-are-no-toll-of-the-strikes"),
    row("In the early hours of this morning, American aircraft struck five weapons storage facilities used by the "
        "militia. Iraqi officials said the targets included sites at Jurf al-Sakhar, south-west of Baghdad, and at "
        "al-Musayyib, as well as a half-built civilian airport outside Karbala.",
        [dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Musayyib"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Karbala")],
        published=date(2020, 3, 13), id="x290-officials-said-the-targets-included-three-places"),
    row("The Anbar Governorate condemns in the strongest terms the American aggression that targeted, late on Friday "
        "night, sites in the district of al-Qaim and in the Akashat area, and considers it a flagrant violation of "
        "Iraqi sovereignty.",
        [dict(type="airstrike", date=date(2024, 2, 2), actor1="US forces"),
         dict(type="airstrike", date=date(2024, 2, 2), actor1="US forces")],
        published=date(2024, 2, 3), id="x291-that-targeted-comma-late-on-friday-comma-sites"),
    row("The ministry condemned on Saturday the American aggression that was carried out on Friday night against "
        "the town of Albu Kamal.",
        [dict(type="airstrike", date=date(2024, 2, 2), actor1="US forces", place="Albu Kamal")],
        published=date(2024, 2, 3), id="x292-the-aggression-that-was-carried-out-is-told"),
    row("US jets struck depots in Albu Kamal on Friday night. Across the border in Iraq, American aircraft struck "
        "positions of the Popular Mobilization Forces at al-Qaim.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Albu Kamal"),
         dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim", actor2="Popular Mobilization Units")],
        published=date(2024, 2, 3), id="x293-twin-towns-of-two-countries-are-two-places"),
    row("US aircraft struck a militia headquarters in Jurf al-Sakhar on Wednesday, killing two commanders.\n\n"
        "The Pentagon called the strike proportionate. Iraq's government condemned it as a violation of "
        "sovereignty.\n\nAnalysts in Baghdad expect the factions to answer. Several of them said so on television."
        "\n\nThe raids did not end there. American jets bombed a weapons depot near al-Qaim, a security source said.",
        [dict(type="airstrike", date=date(2024, 2, 7), place="Jurf al-Sakhar", fatalities=2),
         dict(type="airstrike", date=date(2024, 2, 7), place="Al-Qaim", actor1="US forces")],
        published=date(2024, 2, 9), id="x294-same-doer-same-strike-undated-is-the-story-day"),
    row('Washington presented its aggression as retaliation for the attack last Sunday on its remote base known as '
        '"Tower 22" in the north-east of Jordan, near the Syrian border, which killed three American soldiers.',
        [dict(type="missile_or_rocket_attack", date=date(2024, 1, 28), place="Tower 22", actor2="US forces",
              fatalities=3)],
        published=date(2024, 2, 3), id="x295-typed-by-the-site-the-toll-clause-adds"),
    row("American bombers struck 85 targets in Iraq and Syria on Friday. Officials said the attack last Sunday on the "
        "base known as Tower 22 in the north-east of Jordan, near the Syrian border, killed three American soldiers.",
        [dict(type="missile_or_rocket_attack", date=date(2024, 1, 28), place="Tower 22", fatalities=3),
         dict(type="airstrike", date=date(2024, 2, 2)), dict(type="airstrike", date=date(2024, 2, 2))],
        published=date(2024, 2, 3), id="x296-an-attack-on-the-striker-is-not-typed-by-its-run"),
    row("In Tuz Khurmatu, a car bomb near the vegetable market wounded several people on Tuesday evening, police said.",
        [], published=date(2014, 9, 3), id="x297-an-unclaimed-bomb-on-nobody-named-in-2014"),
    row("The bombing raids were Washington's reply to the drone attack of January 28 on a remote outpost known as "
        "Tower 22.",
        [dict(type="drone_strike", date=date(2024, 1, 28), place="Tower 22", actor2="US forces")],
        published=date(2024, 2, 9), id="x298-the-target-hung-on-the-reply-is-the-attacks"),
    row("Kataib Hezbollah said on January 30 that it was suspending attacks on US troops, but Harakat al-Nujaba, "
        "another influential faction, said the same day that it would carry on its operations until US troops "
        "leave Iraq.",
        [], published=date(2024, 2, 9), id="x299-suspending-attacks-tells-none"),
    row("An explosive-laden drone hit a hangar at Erbil International Airport late on Wednesday, officials said. "
        "Nobody was hurt.\n\nLast September, six rockets were fired at the airport from the Nineveh plains. No one "
        "was hurt.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 9, 1), place="Erbil International Airport"),
         dict(type="drone_strike", date=date(2021, 4, 14), place="Erbil International Airport")],
        published=date(2021, 4, 16), id="x300-the-airport-fired-at-from-another-province-is-the-one-named"),
    row("An explosive-laden drone hit a hangar at Erbil International Airport late on Wednesday, officials said. "
        "Nobody was hurt.\n\nOn 15 February, a barrage of rockets hit the airport and residential neighbourhoods "
        "nearby, killing a contractor.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 15), place="Erbil International Airport",
              fatalities=1),
         dict(type="drone_strike", date=date(2021, 4, 14), place="Erbil International Airport")],
        published=date(2021, 4, 16), id="x301-the-airport-and-neighbourhoods-points-back"),
    row("In February, American jets bombed militia positions near al-Bukamal, a reply, Washington said, to a rocket "
        "attack on Erbil ten days earlier which it blamed on the militias.\n\nObservers said the timing of the "
        "American attack was no accident.",
        [dict(type="airstrike", date=date(2021, 2, 1), precision="month", place="Albu Kamal", actor1="US forces"),
         dict(type="missile_or_rocket_attack", date=date(2021, 2, 1), precision="month", place="Erbil",
              actor1="unknown")],
        published=date(2021, 6, 29), id="x302-days-counted-from-a-month-and-the-american-attack-is-americas"),
    row("On Saturday evening, militants fired a salvo of rockets at Ain al-Asad air base. An alliance of militias "
        "calling itself the Islamic Resistance in Iraq said it had launched the attack.",
        [dict(type="missile_or_rocket_attack", date=date(2024, 1, 27), place="Ain al-Asad Air Base",
              actor1="Islamic Resistance in Iraq", attribution="claimed")],
        published=date(2024, 1, 31), id="x303-militias-calling-themselves-a-name-are-that-name"),
    row("A US drone strike killed a militia commander in Baghdad on Wednesday night.\n\nIt came five days after U.S. "
        "aircraft, among them B-1 bombers flown from the United States, struck a weapons depot near al-Qaim.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim"),
         dict(type="drone_strike", date=date(2024, 2, 7), place="Baghdad")],
        published=date(2024, 2, 9), id="x304-five-days-after-a-long-subject-counts-back-from-the-story"),
    row("A US drone strike on a militia compound in eastern Baghdad on Thursday killed one of the group's senior "
        "commanders, officials said.\n\nThe missile hit a car parked inside the headquarters of the brigade on "
        "Palestine Street shortly before midday. The commander died at the scene.",
        [dict(type="drone_strike", date=date(2024, 1, 4), place="Palestine Street", actor1="US forces")],
        published=date(2024, 1, 5), id="x305-the-missile-that-hit-is-the-drone-strikes-missile"),
    row("Early on Wednesday, Iran fired a dozen ballistic missiles at the Ain al-Asad air base. On Tuesday, a stampede "
        "at the funeral procession in Kerman killed 56 mourners. On Wednesday morning a Boeing 737 of Ukraine "
        "International Airlines crashed after take-off from Tehran, killing all 176 people on board.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Ain al-Asad Air Base")],
        published=date(2020, 1, 9), id="x308-a-stampede-and-an-airliner-crash-are-no-attacks"),
    row("Overnight, the Guardians of the Islamic Revolution fired a dozen ballistic missiles at the Ain al-Asad air "
        "base.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), actor1="Iran (IRGC)")],
        published=date(2020, 1, 8), id="x309-the-guardians-of-the-islamic-revolution-are-the-irgc"),
    row("There was no such doubt on Aug. 25, when two drones struck a convoy near al-Qaim, a town whose fall the "
        "militias helped reverse in 2017, killing a Kataib Hezbollah commander.",
        [dict(type="drone_strike", date=date(2019, 8, 25), place="Al-Qaim", fatalities=1)],
        published=date(2019, 9, 20), id="x310-a-year-in-an-aside-on-a-place-is-not-the-days-year"),
    row("The next evening, rockets were fired at American troops at the al-Omar oil field in eastern Syria; no one was "
        "hurt, and US artillery fired back at the launch points a few kilometres away.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 6, 28), place="Al-Omar oil field"),
         dict(type="shelling", date=date(2021, 6, 28), place="Al-Omar oil field", actor1="US forces")],
        published=date(2021, 6, 27), id="x311-artillery-that-fired-back-lands-near-the-attack"),
    row("On Sunday, F-15Es struck a weapons store near al-Qaim on the Iraqi side of the border and two more sites at "
        "Albu Kamal on the Syrian side.",
        [dict(type="airstrike", date=date(2021, 6, 27), place="Albu Kamal"),
         dict(type="airstrike", date=date(2021, 6, 27), place="Al-Qaim")],
        published=date(2021, 6, 29), id="x312-two-places-joined-across-a-long-phrase-are-two-rows"),
    row("A US drone strike killed a militia commander on Palestine Street in Baghdad on Tuesday.\n\nOn Thursday, "
        "Iraq's foreign ministry summoned the US envoy to protest over the previous day's strikes in the west of the "
        "country.",
        [dict(type="drone_strike", date=date(2024, 2, 6), place="Palestine Street"),
         dict(type="drone_strike", date=date(2024, 2, 7), place="")],
        published=date(2024, 2, 9), id="x306-the-previous-days-strikes-borrow-no-place"),
    row("US aircraft struck more than 85 targets on Friday. In Iraq the targets included sites near al-Qaim and "
        "Akashat in Anbar province.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim"),
         dict(type="airstrike", date=date(2024, 2, 2), place="Akashat")],
        published=date(2024, 2, 8), id="x307-in-iraq-the-targets-included-with-no-comma"),
    row("\"Do not think of those who have been killed as dead.\"\n\nThe council followed with pain the American "
        "aggression which targeted, in the late hours of yesterday evening, a position of the Popular Mobilization "
        "Forces in the Jurf al-Nasr area.",
        [dict(type="airstrike", date=date(2024, 7, 30), place="Jurf al-Sakhar",
              evidence="The council followed with pain the American aggression which targeted, in the late hours "
                       "of yesterday evening, a position of the Popular Mobilization Forces in the Jurf al-Nasr "
                       "area.")],
        published=date(2024, 7, 31), id="x313-the-strikes-sentence-is-the-evidence-not-a-verse-of-the-dead"),
    row("US aircraft bombed a Hashd position in Jurf al-Nasr on Tuesday night.\n\nThis aggression is not the first "
        "of its kind: the same area was exposed in January to an American bombardment, in violation of the "
        "sovereignty of Iraq.",
        [dict(type="airstrike", date=date(2024, 1, 1), precision="month", place="Jurf al-Sakhar", actor1="US forces"),
         dict(type="airstrike", date=date(2024, 7, 30), place="Jurf al-Sakhar")],
        published=date(2024, 7, 31), id="x314-the-same-area-is-where-the-storys-strike-fell"),
    row("American troops were subjected on Monday to a rocket attack, officials said.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), actor2="US forces")],
        id="x315-subjected-to-an-attack-carries-its-day"),
    row("US aircraft hit more than 85 targets at seven locations on Friday night. Three of the locations were in "
        "Iraq's western Anbar province, around al-Qaim and Akashat, and the other four were in eastern Syria.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim"),
         dict(type="airstrike", date=date(2024, 2, 2), place="Akashat")],
        published=date(2024, 2, 4), id="x316-three-of-the-locations-place-the-strike"),
    row("Deir Ezzor, SANA \u2013 A child was martyred at dawn on Monday when US warplanes launched an aggression on "
        "houses in al-Hari village, near Albu Kamal.",
        [dict(type="airstrike", date=date(2021, 6, 28), place="Al-Hari", actor1="US forces", fatalities=1)],
        published=date(2021, 6, 29), id="x317-an-agency-dateline-is-no-place-and-the-light-verbs-subject-strikes"),
    row("A child was martyred and three other civilians were injured on Monday when a drone struck al-Hari village.",
        [dict(type="drone_strike", date=date(2021, 6, 28), place="Al-Hari", fatalities=1, injuries=3)],
        published=date(2021, 6, 29), id="x318-a-child-was-martyred-is-a-toll-of-one"),
    row("On Sunday the Iraqi parliament voted to end the presence of foreign troops.\n\nThe spark of the crisis, as "
        "observers recall, was the American bombardment at the end of last month on sites of Kataib Hezbollah in the "
        "al-Qaim district near the Syrian border, which killed twenty-five of the faction's fighters.",
        [dict(type="airstrike", date=date(2019, 12, 1), precision="month", place="Al-Qaim District", fatalities=25)],
        published=date(2020, 1, 9), id="x319-what-the-spark-was-tells-a-strike-with-its-toll"),
    row("On Sunday the Iraqi parliament voted to end the presence of foreign troops.\n\nThe spark of the crisis, as "
        "observers recall, was the American bombardment at the end of last month on sites of Kataib Hezbollah in the "
        "al-Qaim district near the Syrian border, which killed twenty-five of the faction's fighters. Two days after "
        "that, angry crowds of Hashd supporters stormed the outer walls of the American embassy in Baghdad and set "
        "fire to its reception area, before withdrawing on the following day.",
        [dict(type="airstrike", date=date(2019, 12, 1), precision="month", place="Al-Qaim District", actor2="unknown"),
         dict(type="confrontation_or_blockade", date=date(2019, 12, 1), precision="month",
              place="US Embassy in Baghdad", actor1="Popular Mobilization Units")],
        published=date(2020, 1, 9), id="x320-stormed-and-set-fire-to-is-one-siege-two-days-after-that-month"),
    row("On 30 July, US aircraft bombed a site in the Musayyib district of Babil province, murdering four members of "
        "the Popular Mobilisation Forces.",
        [dict(type="airstrike", date=date(2024, 7, 30), fatalities=4)],
        published=date(2024, 8, 7), id="x321-murdering-four-is-a-toll"),
    row("In February, American B-1 bombers pulverised positions in al-Qaim, leaving sixteen dead.",
        [dict(type="airstrike", date=date(2024, 2, 1), precision="month", place="Al-Qaim", fatalities=16)],
        published=date(2024, 8, 7), id="x322-bombers-that-pulverise-positions-strike"),
    row("Beginning on October 17, Iran-aligned militia groups (IAMGs) launched a campaign of rocket and one-way attack "
        "unmanned aerial system (UAS) attacks against U.S. and Coalition forces in Iraq and Syria, ending a period of "
        "relative calm.",
        [], published=date(2024, 2, 13), id="x323-a-campaign-of-attacks-is-no-one-attack"),
    row("A foreign contractor was killed as rockets rained on Erbil airport on Monday, days after PKK fighters "
        "killed 13 Turkish citizens in Gara.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 15), place="Erbil International Airport",
              fatalities=1, actor1="unknown")],
        published=date(2021, 2, 17), id="x324-a-killing-with-its-own-doer-after-is-not-the-attacks-toll"),
    row("On Sunday, police dispersed gatherings of the opposition in several quarters of the capital, and several "
        "persons were arrested, among them political figures.",
        [], published=date(2024, 2, 8), id="x325-an-arrest-by-no-one-named-in-no-place-is-no-row"),
    row("On 2 February, US bombers struck positions of pro-Iranian factions in the border region of al-Qaim.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim")],
        published=date(2024, 2, 8), id="x326-the-region-of-a-town-is-around-the-town-not-its-province"),
    row("On the night of 20 November, a ballistic missile was fired at Ain al-Asad.\n\nWithin hours, a US AC-130 "
        "gunship struck the vehicle from which the missile had been launched near Abu Ghraib, killing several "
        "fighters.\n\nOn 22 November, US aircraft struck a Kataib Hezbollah operations centre in the Jurf al-Sakhar "
        "area of northern Babil and a command node in Anbar.",
        [dict(type="missile_or_rocket_attack", date=date(2023, 11, 20), place="Ain al-Asad Air Base"),
         dict(type="airstrike", date=date(2023, 11, 20), place="Abu Ghraib"),
         dict(type="airstrike", date=date(2023, 11, 22), place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2023, 11, 22), place="Anbar Governorate")],
        published=date(2023, 12, 5), id="x327-within-hours-and-a-province-of-its-own"),
    row("Last Wednesday night, a barrage of Katyusha rockets fell on the Taji base. Two Americans and a British "
        "soldier died.\n\nThe answer came in the early hours of Friday: American aircraft bombed five sites which the "
        "Pentagon described as weapons depots of Kataib Hezbollah. Among the targets were positions in Jurf al-Sakhar, "
        "in the province of Babil, and the new airport of Karbala, still under construction. The Iraqi army reported "
        "that three soldiers and two policemen were also killed in the bombings.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 3, 11), place="Camp Taji", fatalities=3),
         dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar", fatalities=5, actor1="US forces"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Karbala")],
        published=date(2020, 3, 16), id="x328-the-answer-came-on-friday-among-the-targets-the-bombings-killed"),
    row("Rockets hit Ain al-Asad air base on Friday, officials in Baghdad said.\n\nOn Saturday, mortar shells fell "
        "near the embassy.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 12), place="Ain al-Asad Air Base"),
         dict(type="shelling", date=date(2021, 2, 13), place="Baghdad")],
        published=date(2021, 2, 17), id="x329-the-embassy-is-in-the-city-named-not-at-the-base"),
    row("Around 14 rockets were launched on Monday evening towards the airport of Erbil.\n\nAt the end of September "
        "last year, six rockets were launched towards the same airport from the direction of the Nineveh plain, "
        "without causing victims.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 9, 1), place="Erbil International Airport",
              fatalities=0),
         dict(type="missile_or_rocket_attack", date=date(2021, 2, 15), place="Erbil International Airport")],
        published=date(2021, 2, 17), id="x330-from-the-direction-of-is-where-rockets-came-from"),
    row("On Thursday night the C-RAM at the embassy in Baghdad knocked down at least one rocket.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 11), place="US Embassy in Baghdad", disrupted=True)],
        published=date(2021, 2, 17), id="x331-knocked-down-a-rocket-is-an-attack"),
    row("Officials in Baghdad said on Sunday that the drones were a new threat.\n\nWashington has in recent weeks "
        "become increasingly alarmed at the use of small explosive-laden drones, which are harder to detect than the "
        "rockets that have targeted its embassy and bases for two years.",
        [], published=date(2021, 6, 29), id="x332-targeted-for-two-years-is-no-one-attack"),
    row("A US drone struck a car in eastern Baghdad, killing a senior commander of Kataib Hezbollah, Iraqi officials "
        "said.\n\nThe attack came five days after American B-1 bombers and other aircraft hit 85 targets at seven "
        "facilities in Iraq and Syria.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Iraq"),
         dict(type="airstrike", date=date(2024, 2, 2), place="Syria"),
         dict(type="drone_strike", date=date(2024, 2, 7), place="Baghdad")],
        published=date(2024, 2, 7), id="x333-five-days-after-counts-from-the-news-day-of-the-attack"),
    row("Three US soldiers were killed when a drone struck Tower 22, a small American camp in the north-east of "
        "Jordan, on Sunday.\n\nThis is the first time since the war in Gaza began in October that American soldiers "
        "have been killed by enemy action in the region. The Islamic Resistance in Iraq said that on the same day its "
        "fighters had also sent drones against the al-Shaddadi base in Syria.\n\nAccording to the Pentagon, American "
        "forces in Iraq, Syria and Jordan have faced more than 160 attacks since the middle of October, most of them "
        "by rockets and drones that were intercepted or caused little damage.",
        [dict(type="drone_strike", date=date(2024, 1, 28), place="Tower 22", fatalities=3),
         dict(type="drone_strike", date=date(2024, 1, 28), place="Shaddadi base")],
        published=date(2024, 1, 31), id="x334-since-the-war-began-in-october-bounds-a-period-and-dates-nothing"),
    row("A US drone strike on a car in eastern Baghdad late on Wednesday killed a senior commander of Kataib "
        "Hezbollah.\n\nUS Central Command confirmed that its forces had carried out a unilateral strike in Iraq in "
        "response to the attacks on US service members.",
        [dict(type="drone_strike", date=date(2024, 2, 7), place="Baghdad", actor1="US forces")],
        published=date(2024, 2, 8), id="x335-a-strike-in-iraq-the-same-day-is-the-strike-in-baghdad"),
    row("On January 7, Iran launched missile attacks on two Iraqi military bases where U.S. troops are stationed.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 7), place="Iraq", actor1="Iran (IRGC)")],
        published=date(2020, 1, 20), id="x336-two-iraqi-military-bases-are-somewhere-in-iraq"),
    row("On Tuesday, militants attacked US forces in Iraq and Syria, the Pentagon said.",
        [], published=date(2023, 10, 25), id="x337-attacks-of-no-kind-placed-only-at-countries-are-no-clash"),
    row("An explosion at Camp Saqr in southern Baghdad on August 12, which killed one civilian and injured 29 other "
        "people, was attributed by a government committee to the poor storage of munitions in extreme summer heat.",
        [], published=date(2019, 8, 26), id="x338-a-blast-blamed-on-heat-and-storage-is-an-accident"),
    row("The blast of 12 August at the al-Saqr camp in southern Baghdad, which killed one person, was instead traced by "
        "a government commission to munitions badly stored in the summer heat.",
        [], published=date(2019, 8, 26), id="x339-a-blast-and-its-dead-traced-to-bad-storage-are-no-attack"),
    row("On Friday night protesters stormed and set fire to the Iranian consulate in Basra, as well as to the offices "
        "of several armed factions, among them the Badr Organization and Asaib Ahl al-Haq.",
        [], published=date(2018, 9, 10), id="x340-protesters-burning-a-consulate-and-party-offices-riot-elsewhere"),
    row("On Tuesday, protesters stormed the outer walls of the US embassy in Baghdad.",
        [dict(type="confrontation_or_blockade", date=date(2020, 1, 7), place="US Embassy in Baghdad")],
        published=date(2020, 1, 9), id="x341-protesters-storming-the-us-embassy-are-a-row"),
    row("US forces carried out air strikes on Wednesday against three facilities of Kataib Hezbollah.\n\nAmong the "
        "targeted objectives are installations in Jurf al-Sakhar, south of Baghdad, and in the area of al-Qaim.",
        [dict(type="airstrike", date=date(2024, 1, 24), place="Jurf al-Sakhar", actor1="US forces"),
         dict(type="airstrike", date=date(2024, 1, 24), place="Al-Qaim", actor1="US forces")],
        published=date(2024, 1, 25), id="x342-the-targeted-objectives-place-the-strike-told-before"),
    row("The American action came after, on Saturday, the air base Ain al-Asad was hit by several ballistic missiles.",
        [dict(type="missile_or_rocket_attack", date=date(2024, 1, 20), place="Ain al-Asad Air Base", actor1="unknown")],
        published=date(2024, 1, 25), id="x343-after-hung-on-the-verb-above-still-opens-the-clause"),
    row("On Monday an explosive drone hit the air base of Erbil, wounding three American soldiers.\n\nOil prices rose "
        "this week.\n\nThe attacks of the Houthi rebels of Yemen against commercial ships continue to worry shippers.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Erbil", actor1="unknown")],
        id="x344-attacks-of-another-war-told-with-their-doer-retell-nothing"),
    row("At dawn on Monday, American aircraft bombed positions of the brigade in the al-Qaim district, killing four "
        "fighters.\n\nThe cowardly aggression also struck points on the other side of the border, near the city of "
        "Albu Kamal.",
        [dict(type="airstrike", date=date(2021, 6, 28), place="Al-Qaim District", fatalities=4),
         dict(date=date(2021, 6, 28), place="Albu Kamal")],
        published=date(2021, 6, 29), id="x345-a-district-and-a-town-across-the-border-are-two-places"),
    row("US jets killed more than two dozen Kataib Hezbollah fighters in al-Qaim in the last days of 2019, and a US drone "
        "killed Soleimani near Baghdad airport in January of the following year.",
        [dict(type="airstrike", date=date(2019, 12, 1), precision="month", place="Al-Qaim", actor1="US forces"),
         dict(date=date(2020, 1, 1), precision="month", place="Baghdad International Airport")],
        published=date(2021, 6, 28), id="x346-the-last-days-of-a-year-and-january-of-the-following-year"),
    row("Three US soldiers were killed in a drone attack on Tower 22 in Jordan on Sunday, the first US combat deaths "
        "since the Gaza war began.\n\nAnger grew after the explosion on Tuesday night at a hospital in Gaza, which "
        "Hamas and Israel blame on each other.",
        [dict(type="drone_strike", date=date(2024, 1, 28), place="Tower 22", fatalities=3)],
        published=date(2024, 2, 1), id="x347-gaza-named-for-its-war-places-nothing-and-a-blast-there-is-no-row"),
    row("Rockets hit Camp Taji on Monday and Ain al-Asad air base on Wednesday.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 11), place="Ain al-Asad Air Base")],
        id="x348-each-place-of-a-list-takes-the-date-that-follows-it"),
    row("The railway company denies categorically the news which circulated on social media about the suspension of the "
        "train because of a rocket attack on the line near Diwaniyah.",
        [], id="x349-an-attack-inside-denied-news-is-denied"),
    row("On Sunday, American warplanes bombed positions of Kataib Hezbollah in the al-Qaim district of Anbar province and "
        "in Albu Kamal across the Syrian border, killing 25 fighters.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Albu Kamal"),
         dict(type="airstrike", date=date(2022, 5, 8), place="Al-Qaim District")],
        id="x350-the-province-named-after-a-district-holds-it-and-is-no-place-of-its-own"),
    row("Also on Thursday, a US Navy destroyer in the northern Red Sea intercepted several missiles and drones launched "
        "from Yemen.",
        [], id="x351-an-unattributed-attack-outside-the-theatre-is-no-row"),
    row("A police officer detained a photographer at the cordon.\n\nOn 4 January, the offices of a directorate on "
        "Palestine Street in eastern Baghdad were hit. The strike killed a commander of Harakat al-Nujaba.",
        [dict(type="airstrike", date=date(2024, 1, 4), place="Palestine Street", fatalities=1)],
        published=date(2024, 1, 6), id="x352-an-arrest-types-no-attack-and-is-never-one-told-again"),
    row("Since the beginning of the year, more than thirty rocket attacks have been counted on the American embassy.",
        [], published=date(2020, 10, 1), id="x353-a-counted-subject-of-thirty-attacks-is-a-tally"),
    row("Tuesday last week, an American drone strike hit a base of the Popular Mobilisation Forces near Musayyib, in "
        "the northern part of Babil province south of Baghdad.",
        [dict(type="drone_strike", date=date(2022, 5, 3), place="Musayyib")],
        id="x354-south-of-baghdad-after-a-province-says-where-the-province-is"),
    row("US jets struck Kataib Hezbollah depots near al-Qaim on Friday.\n\nThe strikes came two days after a rocket "
        "attack killed three coalition soldiers at Camp Taji on Wednesday.\n\nThe Iraqi army denounced the raids.\n\n"
        "The prime minister met his cabinet.\n\nOil prices rose.\n\nAccording to the Pentagon, five weapons depots "
        "used by the militia were targeted, in particular at Jurf al-Sakhar.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 3, 11), place="Camp Taji"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Al-Qaim", actor1="US forces"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar")],
        published=date(2020, 3, 14), id="x355-the-story-strike-on-the-same-side-told-in-the-passive-takes-its-day"),
    row("The escalation came after, almost two weeks ago, US aircraft bombarded installations used by Kataib Hezbollah "
        "near al-Qaim.",
        [dict(type="airstrike", date=date(2021, 6, 25), precision="week", place="Al-Qaim")],
        published=date(2021, 7, 9), id="x356-a-date-between-after-and-its-clause-dates-the-clause"),
    row("American warplanes bombed sites at Jurf al-Sakhar, al-Qaim and Balad on Monday.",
        [dict(type="airstrike", date=date(2022, 5, 9), place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2022, 5, 9), place="Al-Qaim"),
         dict(type="airstrike", date=date(2022, 5, 9), place="Balad")],
        id="x357-every-place-of-a-comma-list-is-struck"),
    row("Earlier this month, rockets targeted the US embassy in Baghdad.\n\nAccording to the Pentagon, US forces have been "
        "targeted more than a hundred times in Iraq and in Syria since 17 October, ten days after the attack of Hamas "
        "against Israel.",
        [dict(type="missile_or_rocket_attack", date=date(2023, 12, 1), place="US Embassy in Baghdad")],
        published=date(2023, 12, 27), id="x358-a-hundred-times-since-a-bound-restated-is-a-tally"),
    row("On Tuesday, crowds of supporters of the Popular Mobilisation marched to the embassy compound in the Green Zone, "
        "broke down a gate of the reception area and set fire to a guard post.",
        [dict(type="confrontation_or_blockade", date=date(2022, 5, 10), place="Green Zone")],
        id="x359-the-first-verb-of-a-chain-dates-its-last"),
    row("News reached the island that the air base at Erbil, where her son is posted, had been hit.\n\nIn the early "
        "hours of Christmas Day a one-way attack drone slammed into the base, wounding three American service members.",
        [dict(type="drone_strike", date=date(2023, 12, 25), place="Erbil International Airport")],
        published=date(2023, 12, 27), id="x360-the-base-is-the-one-base-of-the-town-a-site-was-named-at"),
    row("Rockets slammed into the airport area of Erbil on Monday night, killing a contractor.\n\nA little-known group "
        "calling itself Saraya Awliya al-Dam claimed responsibility online and warned that \"the occupier will not be "
        "safe anywhere in Iraq.\"",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Erbil", actor1="Saraya Awliya al-Dam",
              attribution="claimed")],
        id="x361-a-negation-in-a-later-clause-is-not-the-claims"),
    row("Rockets slammed into the airport area of Erbil on Monday night, killing a contractor.\n\nNo group has claimed "
        "responsibility; officials said Kataib Hezbollah was the likely culprit.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Erbil", actor1="unknown")],
        id="x362-a-negation-before-the-claim-denies-it"),
    row("On Tuesday an explosive charge targeted a convoy of supply trucks on the road near Khalis.",
        [dict(type="ied_or_bombing", date=date(2022, 5, 10), place="Khalis")],
        id="x363-an-explosive-charge-is-a-bomb"),
    row("The bombs of the US strikes fell in Iraq shortly after midnight on 22 November.\n\nLate on 20 November a "
        "ballistic missile hit al-Asad air base in Anbar.\n\nSame night - a US AC-130 gunship struck a vehicle near Abu "
        "Ghraib.",
        [dict(type="missile_or_rocket_attack", date=date(2023, 11, 20), place="Ain al-Asad Air Base"),
         dict(type="airstrike", date=date(2023, 11, 20), precision="day", place="Abu Ghraib", actor1="US forces"),
         dict(type="airstrike", date=date(2023, 11, 22), place="Iraq")],
        published=date(2023, 11, 26), id="x364-same-night-without-the-article-is-the-day-just-told"),
    row("The first attacks came on 17 October, when drones were launched at both al-Asad and the Harir base north of "
        "Erbil; the ones at al-Asad were shot down.",
        [dict(type="drone_strike", date=date(2023, 10, 17), place="Ain al-Asad Air Base"),
         dict(type="drone_strike", date=date(2023, 10, 17), place="Al-Harir Air Base")],
        published=date(2023, 11, 26), id="x365-the-ones-shot-down-are-the-drones-just-told"),
    row("American warplanes struck the positions of the 14th Brigade in the al-Qaim area and another position across the "
        "border near Albu Kamal on Monday.",
        [dict(type="airstrike", date=date(2021, 6, 28), place="Al-Qaim", actor1="US forces"),
         dict(type="airstrike", date=date(2021, 6, 28), place="Albu Kamal", actor1="US forces")],
        published=date(2021, 6, 30), id="x366-another-position-is-one-more-place-of-the-strike"),
    row("Parliament voted on 5 January 2020 to end the presence of foreign forces.\n\nThe embassy blamed the militias for "
        "the rockets that hit a hangar at Erbil airport in April and for the rockets fired at Balad earlier this month.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 4, 1), precision="month", place="Erbil International Airport"),
         dict(type="missile_or_rocket_attack", date=date(2021, 6, 1), precision="month", place="Balad")],
        published=date(2021, 6, 28), id="x367-a-paragraph-counting-from-today-is-in-todays-year"),
    row("Officials recalled the suspicious drone incident that hit near a hangar at Erbil airport on Tuesday.",
        [dict(type="drone_strike", date=date(2022, 5, 10), place="Erbil International Airport")],
        id="x368-the-weapon-in-the-noun-a-clause-tells-of-types-it"),
    row("Rockets hit Balad air base on January 4, the day after an American drone killed the Iranian general Qassem "
        "Soleimani at Baghdad airport.",
        [dict(type="assassination", date=date(2020, 1, 3), place="Baghdad International Airport", actor1="US forces"),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 4), place="Balad Air Base")],
        published=date(2020, 1, 27), id="x369-a-date-the-day-after-an-event-dates-that-event-the-day-before"),
    row("The first scare came on January 4, two days after an American drone killed the Iranian general Qassem Soleimani "
        "at Baghdad airport. That evening rockets came down near the edge of Balad air base.",
        [dict(type="assassination", date=date(2020, 1, 2), place="Baghdad International Airport"),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 4), place="Balad Air Base")],
        published=date(2020, 1, 27), id="x370-that-evening-is-of-the-day-an-event-was-counted-back-from"),
    row("Rockets struck Balad air base north of Baghdad on February 20, wounding an Iraqi contractor, and two days later "
        "more landed inside Baghdad's heavily guarded Green Zone, home to the US embassy.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 20), place="Balad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2021, 2, 22), place="Green Zone")],
        published=date(2021, 3, 4), id="x372-more-landed-is-more-of-the-weapon-just-told"),
    row("On 4 January one rocket landed in the Green Zone in Baghdad, where the American embassy stands, and two more fell "
        "on Balad, without causing casualties.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 4), place="Green Zone"),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 4), place="Balad", fatalities=0)],
        published=date(2020, 1, 13), id="x373-a-place-in-a-clause-describing-another-place-is-not-struck"),
    row("Explosive-laden drones struck the surroundings of Erbil International Airport late on Saturday night.\n\n"
        "Residents of the neighbourhoods of Ainkawa and Daratu told our correspondent they heard a loud explosion.",
        [dict(type="drone_strike", date=date(2022, 5, 7), place="Erbil International Airport")],
        id="x374-where-the-witnesses-live-is-not-where-it-struck"),
    row("Drones struck Erbil International Airport late on Saturday night.\n\nA loud explosion shook the area of "
        "Erbil airport at around eleven o'clock.",
        [dict(type="drone_strike", date=date(2022, 5, 7), place="Erbil International Airport")],
        id="x375-a-blast-near-the-site-is-the-attack-told-before"),
    row("On Friday American fighter aircraft bombed weapons depots of Kataib Hezbollah at Jurf al-Sakhar, in the area of "
        "al-Musayyib and at the construction site of the new airport of Karbala.",
        [dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar", actor1="US forces"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Musayyib", actor1="US forces"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Karbala", actor1="US forces")],
        published=date(2020, 3, 16), id="x376-each-phrase-of-a-list-of-phrases-is-a-place-struck"),
    row("On 3 December, a US strike near Kirkuk killed five fighters.\n\nIt was the first US strike inside Iraq since last "
        "month's strikes on Kataib Hezbollah facilities at Jurf al-Sakhar.",
        [dict(type="airstrike", date=date(2023, 11, 1), precision="month", place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2023, 12, 3), place="Kirkuk", fatalities=5)],
        published=date(2023, 12, 11), id="x377-since-last-months-strikes-dates-the-strikes"),
    row("On Tuesday drones were sent against Ain al-Asad and against the Harir base north of Erbil.",
        [dict(type="drone_strike", date=date(2023, 10, 17), place="Ain al-Asad Air Base"),
         dict(type="drone_strike", date=date(2023, 10, 17), place="Al-Harir Air Base")],
        published=date(2023, 10, 19), id="x378-where-a-base-of-a-list-of-phrases-lies-is-no-item"),
    row("On Sunday, American warplanes bombed positions of Kataib Hezbollah in the al-Qaim district of Anbar province and "
        "in Albu Kamal across the Syrian border.",
        [dict(type="airstrike", date=date(2023, 10, 15), place="Albu Kamal"),
         dict(type="airstrike", date=date(2023, 10, 15), place="Al-Qaim District")],
        published=date(2023, 10, 19), id="x379-a-phrase-of-a-list-is-one-item-however-many-places-it-names"),
    row("The escalation began at the dawn of Friday the 3rd of January, when an aircraft without pilot of the American "
        "army bombarded two vehicles at the exit of the International Airport of Baghdad.",
        [dict(type="drone_strike", date=date(2020, 1, 3), place="Baghdad International Airport", actor1="US forces")],
        published=date(2020, 1, 9), id="x380-an-aircraft-without-pilot-at-the-international-airport-of-baghdad"),
    row("The occupier's drones killed the two leaders at Baghdad airport in January of last year. Parliament voted on 5 "
        "January 2020 to end the presence of foreign forces.\n\nThe embassy blamed the factions for the rockets that hit a "
        "hangar at Erbil airport in April and for those fired at Balad earlier this month.",
        [dict(type="drone_strike", date=date(2020, 1, 1), precision="month"),
         dict(type="missile_or_rocket_attack", date=date(2021, 4, 1), precision="month", place="Erbil International Airport"),
         dict(type="missile_or_rocket_attack", date=date(2021, 6, 1), precision="month", place="Balad")],
        published=date(2021, 6, 28), id="x381-a-paragraph-counting-from-today-is-not-in-the-storys-month"),
    row("The night of the 6th of September, three mortar projectiles fell in the Green Zone of Baghdad, not far from the "
        "American embassy. Two days later, at dawn, three Katyusha rockets struck inside the precinct of the airport of "
        "Basra. There were neither dead nor injured, according to the Iraqi police.",
        [dict(type="shelling", date=date(2018, 9, 6), place="Green Zone"),
         dict(type="missile_or_rocket_attack", date=date(2018, 9, 8), place="Basra International Airport", fatalities=0)],
        published=date(2018, 9, 29), id="x382-mortar-projectiles-and-the-airport-of-basra"),
    row("On Tuesday American raids targeted positions of Kataib Hezbollah in the region of Hilla, to the south of Baghdad, "
        "killing one fighter.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Hillah", fatalities=1)],
        id="x383-to-the-south-of-a-city-after-a-comma-says-where-the-place-is"),
    row("The pilots spent nine weeks at the base of Muwaffaq Salti, from which the six Belgian F-16s engaged in the "
        "international coalition operate.",
        [], published=date(2014, 12, 19), id="x384-jets-engaged-in-a-coalition-strike-nothing"),
    row("On Monday drones were shot down near Baghdad airport. The attacks coincided with the second anniversary of the "
        "killing of Qassem Soleimani.",
        [dict(type="assassination", date=date(2020, 1, 1), precision="month"),
         dict(type="drone_strike", date=date(2022, 1, 3), place="Baghdad International Airport")],
        published=date(2022, 1, 6), id="x385-the-second-anniversary-is-no-second-attack"),
    row("On 22 November F-15Es struck two KH facilities in the Jurf al-Sakhar area.\n\nOn 20 November an AC-130 gunship "
        "struck a vehicle near Abu Ghraib, killing one.",
        [dict(type="airstrike", date=date(2023, 11, 20), place="Abu Ghraib", actor1="US forces"),
         dict(type="airstrike", date=date(2023, 11, 22), place="Jurf al-Sakhar", actor1="US forces")],
        published=date(2023, 11, 26), id="x386-aircraft-only-the-us-flies-here-are-us-forces"),
    row("Last Friday the aircraft of the occupier bombarded the positions of the Popular Mobilisation in al-Qaim.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim", actor1="US forces")],
        published=date(2024, 2, 8), id="x387-the-occupier-of-a-faction-statement-is-the-us"),
    row("On the evening of yesterday, Wednesday, the drone aircraft of the American occupier committed a treacherous crime "
        "in the Mashtal area east of Baghdad, targeting the vehicle of a commander.",
        [dict(type="drone_strike", date=date(2024, 2, 7), actor1="US forces")],
        published=date(2024, 2, 8), id="x388-a-drone-aircraft-is-a-drone"),
    row("A guard from Auki spent two years guarding contractors at Balad air base, north of Baghdad.\n\nThe first scare "
        "came on January 4, the day after an American drone killed Qassem Soleimani at Baghdad airport. That evening, he "
        "said, rockets came down near the edge of the base.",
        [dict(type="assassination", date=date(2020, 1, 3), place="Baghdad International Airport"),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 4), place="Balad Air Base")],
        published=date(2020, 1, 27), id="x389-the-base-is-not-the-site-of-an-event-told-as-a-time-mark"),
    row("Washington said its raids came in response to the rocket attack which targeted, on Friday, the K-1 base in "
        "the province of Kirkuk.",
        [dict(type="missile_or_rocket_attack", date=date(2019, 12, 27), place="K-1 Air Base")],
        published=date(2019, 12, 31), id="x390-an-object-parted-from-its-verb-by-a-date-between-commas"),
    row("On Sunday evening American jets bombed five positions of Kataib Hezbollah. The raids hit the headquarters of "
        "two brigades in the area of al-Qaim in the far west of Anbar province, next to the border, and positions in "
        "the town of Albu Kamal.",
        [dict(type="airstrike", date=date(2019, 12, 29), place="Albu Kamal"),
         dict(type="airstrike", date=date(2019, 12, 29), place="Al-Qaim")],
        published=date(2019, 12, 31), id="x391-a-leg-placed-by-its-province-stands-at-the-town-named-in-it"),
    row("Several rockets struck the US Embassy in Baghdad on Sunday evening, wounding one person.\n\nLocal staff were "
        "sent home. Schools in the capital stayed open. The UN mission said it was safe. Flights were normal. Markets "
        "were busy. Traffic was light. The army was on alert.\n\nOn Tuesday night three rockets landed near the "
        "embassy, but nobody was hurt.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 21), place="US Embassy in Baghdad", fatalities=0),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 26), place="US Embassy in Baghdad")],
        published=date(2020, 1, 27), id="x392-the-embassy-is-the-embassy-named-before"),
    row("Rockets slammed into the Green Zone last night, officials said.\n\nSeveral rockets struck the US Embassy "
        "compound on Sunday evening, with one hitting a dining hall.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 26))],
        published=date(2020, 1, 27), id="x393-two-sites-of-one-compound-on-one-day-are-one-attack"),
    row("Iranian missiles struck the Ain al-Asad air base in the night to Wednesday.\n\nIran said the attack was revenge "
        "for the killing of general Qassem Soleimani, who died five days earlier in an American drone strike by Baghdad "
        "airport together with the militia leader Abu Mahdi al-Muhandis. In total ten people were killed in that strike.",
        [dict(type="drone_strike", date=date(2020, 1, 3), fatalities=10),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 8))],
        published=date(2020, 1, 10), id="x394-the-whole-toll-told-right-after-the-named-dead"),
    row("Iran fired missiles at Ain al-Asad air base on Wednesday. State television claimed that 80 American soldiers "
        "were killed at Ain al-Asad. This is not correct. Officials say that no one was killed.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Ain al-Asad Air Base", fatalities=0)],
        published=date(2020, 1, 10), id="x395-a-toll-called-not-correct-is-nobodys"),
    row("Last Wednesday some fifteen rockets fell on the base of Taji. Two American soldiers and a British one died.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 3, 11), fatalities=3)],
        published=date(2020, 3, 16), id="x396-a-british-one-is-one-more-soldier"),
    row("Yesterday, Tuesday, thousands of Hashd supporters penetrated the reception area of the US embassy in Baghdad.",
        [dict(type="confrontation_or_blockade", date=date(2019, 12, 31))],
        published=date(2020, 1, 1), id="x397-supporters-penetrating-the-embassy-is-a-confrontation"),
    row("Early on Friday American warplanes struck five weapons depots used by Kataib Hezbollah. Targets included sites "
        "at Jurf al-Sakhar, southwest of Baghdad, and an unfinished airport near the city of Karbala.",
        [dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Karbala")],
        published=date(2020, 3, 16), id="x398-targets-included-sites-places-the-strike"),
    row("Quiet week on the base. Remember earlier this month when they lobbed mortars at the Green Zone? Seven rounds, "
        "nobody hurt.",
        [dict(type="shelling", date=date(2023, 12, 1), precision="month", place="Green Zone")],
        published=date(2023, 12, 30), id="x399-a-remembered-question-tells-a-real-event"),
    row("Last Friday more than thirty rockets fell on the K1 base near Kirkuk. An American civilian subcontractor lost "
        "his life there, while four soldiers were wounded.",
        [dict(type="missile_or_rocket_attack", date=date(2019, 12, 27), fatalities=1)],
        published=date(2020, 1, 2), id="x400-a-subcontractor-who-lost-his-life-is-one-dead"),
    row("A ballistic missile struck Al Asad Air Base on Tuesday.\n\nA militia alliance claimed the missile attack on its "
        "channel.\n\nAn AC-130 gunship engaged the vehicle carrying the launch team a few kilometres from the base within "
        "minutes of the launch.",
        [dict(type="missile_or_rocket_attack", date=date(2023, 11, 21)),
         dict(type="airstrike", date=date(2023, 11, 21), actor1="US forces")],
        published=date(2023, 11, 23), id="x401-within-minutes-of-the-launch-is-that-day"),
    row("Late last night, air defences at the US embassy in Baghdad brought down a drone over the compound, while on "
        "Monday a drone was shot down near Baghdad international airport.",
        [dict(type="drone_strike", date=date(2021, 7, 5), place="Baghdad International Airport"),
         dict(type="drone_strike", date=date(2021, 7, 7), place="US Embassy in Baghdad")],
        published=date(2021, 7, 8), id="x402-a-while-clause-with-its-own-day-is-another-event"),
    row("Rockets struck Ain al-Asad air base yesterday. Erbil airport has been hit before, the contractor said.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 7, 7), place="Ain al-Asad Air Base")],
        published=date(2021, 7, 8), id="x403-hit-before-is-no-event"),
    row("Fourth: The Committee denies categorically what was circulated by some pages about the launching of Katyusha "
        "rockets from the outskirts of Kut city in the night of Tuesday.",
        [], published=date(2020, 7, 16), id="x404-what-was-circulated-and-denied-did-not-happen"),
    row("Yesterday evening an explosive device exploded on the international road between Baghdad and Kut near "
        "al-Suwaira district, targeting a convoy of trucks carrying supplies for the coalition. The explosion damaged "
        "one truck only, and there are no human losses.",
        [dict(type="ied_or_bombing", date=date(2020, 7, 15), place="Suwaira District", fatalities=0)],
        published=date(2020, 7, 16), id="x405-a-place-on-the-road-not-its-ends-and-no-human-losses"),
    row("Tuesday - Clarification to the noble people\n\nThe rocket which fell last night near the US embassy is not the "
        "work of our mujahideen, and we have no connection with it.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 8, 24), place="US Embassy in Baghdad", actor1="unknown")],
        published=date(2020, 8, 25), id="x406-the-rocket-which-fell-is-an-impact"),
    row("Rockets fell on the base of Taji last Wednesday.\n\nThe Spanish presence in Iraq began in 2015, in the frame of "
        "the coalition's mission. In January, after the American drone killed Qassem Soleimani at the airport of "
        "Baghdad, the parliament voted to end the presence of foreign troops.",
        [dict(type="assassination", date=date(2020, 1, 1), precision="month"),
         dict(type="missile_or_rocket_attack", date=date(2020, 3, 11))],
        published=date(2020, 3, 16), id="x407-the-year-a-presence-began-is-not-carried"),
    row("The Health Directorate announces that its emergency teams received, at approximately ten thirty on Saturday "
        "night, a report of the explosion of an improvised explosive device which targeted a convoy of trucks near "
        "Nasiriyah.",
        [dict(type="ied_or_bombing", date=date(2021, 5, 22), place="Nasiriyah")],
        published=date(2021, 5, 23), id="x408-a-report-received-on-saturday-night-of-the-explosion"),
    row("Thursday evening, American fighter planes bombed installations situated in the east of Syria, at a point of "
        "passage on the border with Iraq.",
        [dict(type="airstrike", date=date(2021, 2, 25), place="Syria")],
        published=date(2021, 2, 27), id="x409-in-the-east-of-syria-is-inside-syria"),
    row("The most serious took place on Monday 15 February in Erbil, capital of the autonomous region of Kurdistan: a "
        "salvo of rockets fell on the airport. A civilian contractor of foreign nationality lost his life there.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 15), place="Erbil", fatalities=1)],
        published=date(2021, 2, 27), id="x410-the-day-before-the-colon-and-a-contractor-of-foreign-nationality"),
    row("In a new crime, hostile drones yesterday targeted a vehicle of the Hashd near al-Qaim. The strike resulted in "
        "the martyrdom of the commander Kadhim Muhsin, and another of the brothers was wounded. On the twelfth of "
        "the month, the ammunition depots of the Hashd in the al-Saqr camp in southern Baghdad were bombed.",
        [dict(date=date(2019, 8, 12), place="Al-Saqr base"),
         dict(type="drone_strike", date=date(2019, 8, 25), place="Al-Qaim", fatalities=1)],
        published=date(2019, 8, 26), id="x411-the-martyrdom-of-the-commander-and-the-twelfth-of-the-month"),
    row("Calum works at Erbil International Airport in the Kurdistan Region. The airport hosts coalition troops. "
        "He has lived there for two years. His family is in Scotland. He called them on Sunday. He is safe. "
        "Kurdish authorities said six rockets were fired at the airport from a vehicle parked in the Nineveh Plains.",
        [dict(type="missile_or_rocket_attack", place="Erbil International Airport")],
        published=date(2020, 10, 1), id="x412-fired-at-the-airport-from-a-vehicle-parked-in-the-plains"),
    row("The following night, US aircraft struck two Kataib Hezbollah facilities south of Baghdad, including at Jurf "
        "al-Sakhar, a closed-off zone the group has controlled since 2014.",
        [dict(type="missile_or_rocket_attack", date=date(2023, 11, 21)),
         dict(type="airstrike", date=date(2023, 11, 22), place="Jurf al-Sakhar")],
        published=date(2024, 1, 12), head="On the night of 21 November, the factions fired a missile at Ain al-Asad.\n\n",
        id="x413-including-at-a-place-held-since-a-year"),
    row("In early December, an American drone hit a team preparing to launch a drone of its own near Kirkuk; five "
        "fighters died.",
        [dict(type="drone_strike", date=date(2023, 12, 1), place="Kirkuk", fatalities=5)],
        published=date(2024, 1, 12), id="x414-a-team-preparing-to-launch-near-a-town-and-the-dead-after-a-semicolon"),
    row("The factions have carried out more than 120 attacks on US forces in Iraq and Syria. The overwhelming majority "
        "have been one-way attack drones and short-range rockets, most of which were intercepted.",
        [], published=date(2024, 1, 12), id="x415-what-a-tally-of-attacks-were-is-still-a-tally"),
    row("US jets struck militia depots near al-Qaim on Sunday evening. On Monday the answer came. According to a "
        "coalition spokesman, US forces in eastern Syria were attacked with several rockets near the al-Omar oil field. "
        "No one was injured. The American forces responded with artillery fire on the rocket launch positions.",
        [dict(type="airstrike", place="Al-Qaim"),
         dict(type="missile_or_rocket_attack", place="Al-Omar oil field"),
         dict(type="shelling", place="Al-Omar oil field")],
        published=date(2021, 6, 29), id="x416-counter-battery-fire-lands-near-the-attack-it-answers"),
    row("The Ministry of Defence can confirm that no Danish soldiers were affected when the Al Asad Air Base in western "
        "Iraq was attacked with rockets on Wednesday morning.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 3, 3), place="Ain al-Asad Air Base")],
        published=date(2021, 3, 4), id="x417-a-past-when-clause-under-can-confirm-happened"),
    row("Last evening, six rockets launched from the direction of the Nineveh plain fell near the international "
        "airport of Erbil.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 9, 30), place="Erbil International Airport")],
        published=date(2020, 10, 1), id="x418-rockets-launched-from-a-plain-fell-last-evening"),
    row("The Islamic Resistance in Iraq claimed a drone attack on Ain al-Asad on Saturday. The campaign began after "
        "the Hamas attack on Israel on 7 October. On Christmas Day, a one-way attack drone struck the air base at "
        "Erbil, an attack claimed by the same umbrella group.",
        [dict(type="drone_strike", date=date(2023, 12, 25), place="Erbil International Airport",
              actor1="Islamic Resistance in Iraq"),
         dict(type="drone_strike", date=date(2024, 1, 20), actor1="Islamic Resistance in Iraq")],
        published=date(2024, 1, 22), id="x419-claimed-by-the-same-group-and-the-air-base-at-a-town"),
    row("A US drone strike on a vehicle in eastern Baghdad on Wednesday night killed a senior commander of Kataib "
        "Hezbollah, the US military said. The Islamic Resistance in Iraq has claimed more than 160 attacks on US forces "
        "since October. The strike hit the busy Mashtal neighbourhood, drawing crowds of angry residents who chanted "
        "against the United States.",
        [dict(type="drone_strike", date=date(2024, 2, 7), place="Baghdad")],
        published=date(2024, 2, 8), id="x420-a-crowd-the-strike-drew-is-no-crowd-attacking"),
    row("Last evening, six rockets fell near the international airport of Erbil. Nobody was injured. The Kurdish "
        "interior ministry accused units of the Popular Mobilization Forces of having fired the rockets from a vehicle "
        "near the town of Bartella, but the Hashd rejected the accusation.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 9, 30), place="Erbil International Airport",
              actor1="unknown")],
        published=date(2020, 10, 1), id="x421-the-rockets-fired-from-near-a-town-are-those-told"),
    row("Six Katiouchas fell on Baghdad airport yesterday, Friday. A fortnight earlier, on a Thursday, three "
        "rockets had targeted the Green Zone. On 3 January, two drones were shot down near the Victory base. The next "
        "day, two other drones were neutralised above the base of Aïn al-Assad.",
        [dict(type="drone_strike", date=date(2022, 1, 3)),
         dict(type="drone_strike", date=date(2022, 1, 4), place="Ain al-Asad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2022, 1, 13), place="Green Zone"),
         dict(type="missile_or_rocket_attack", date=date(2022, 1, 28))],
        published=date(2022, 1, 29), id="x422-a-fortnight-earlier-and-drones-neutralised"),
    row("The Dubas bug attack began in May, about two weeks earlier than usual. Helicopter spraying started in the "
        "first week of June. A small trial using agricultural drones for targeted spraying was run by the Babil "
        "agriculture directorate near Hilla; growers reported good coverage on tall palms.\n\nThe red palm weevil "
        "remains confined to a few locations in Basra. A short frost in January hit young offshoots in Diyala, and two "
        "heavy dust storms in July caused fruit drop in Karbala and Najaf.",
        [], published=date(2017, 10, 2), id="x423-spraying-drones-and-a-frost-that-hit-are-no-attacks"),
    row("Rockets hit Balad air base on Monday. On Tuesday, a dust storm hit Baghdad, closing the airport for hours.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 5, 11), place="Balad Air Base")],
        published=date(2020, 5, 13), id="x424-a-dust-storm-that-hit-the-city-is-weather"),
    row("There was a rumour going round the base a fortnight ago that an American plane had hit a militia convoy by "
        "mistake near Baiji. The coalition put out a statement saying that no such strike had taken place.",
        [], published=date(2015, 4, 2), id="x425-no-such-strike-unsays-the-rumour"),
    row("A Katyusha rocket fell at dawn today inside an oil company site in the Burjesia area west of Basra. A source "
        "said the rocket was launched from an agricultural area near the Zubair district, and that security forces "
        "later found the launch platform and a second rocket that had not been fired. The wounded were taken to "
        "hospital. Police have opened an inquiry. On Monday, three mortar shells landed on the perimeter of Balad air "
        "base, and on Tuesday two rockets struck near the Taji camp.",
        [dict(type="shelling", date=date(2019, 6, 17), place="Balad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2019, 6, 18), place="Camp Taji"),
         dict(type="missile_or_rocket_attack", date=date(2019, 6, 19), place="Basra")],
        published=date(2019, 6, 19), id="x426-a-rocket-not-fired-is-no-antecedent-of-later-attacks"),
    row("In the night from Thursday to Friday, US forces carried out precision strikes against five weapons storage "
        "facilities used by Kataib Hezbollah. The Iraqi joint operations command said that the strikes hit locations "
        "in Jurf al-Sakhar, in al-Musayyib and the construction site of the new Karbala airport.",
        [dict(type="airstrike", date=date(2020, 3, 13), place="Musayyib"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Karbala")],
        published=date(2020, 3, 16), id="x427-in-one-place-comma-in-another-is-a-list"),
    row("On Sunday evening, American aircraft struck positions of the factions along the Iraqi-Syrian border. On the "
        "Iraqi side, near the town of al-Qaim, the raid cost the life of four fighters of Kataib Sayyid al-Shuhada. "
        "The base of Ayn al-Assad received yesterday a salvo of fourteen rockets. On Monday, three rockets had already "
        "fallen on the same base without making victims.",
        [dict(type="airstrike", date=date(2021, 7, 4), place="Al-Qaim", fatalities=4),
         dict(type="missile_or_rocket_attack", date=date(2021, 7, 5), place="Ain al-Asad Air Base", fatalities=0),
         dict(type="missile_or_rocket_attack", date=date(2021, 7, 7), place="Ain al-Asad Air Base")],
        published=date(2021, 7, 8), id="x428-the-raid-cost-the-life-of-four-at-ayn-al-assad"),
    row("On the first Sunday of the month, a US drone strike near Kirkuk killed five fighters.",
        [dict(type="drone_strike", date=date(2023, 12, 3), place="Kirkuk", fatalities=5)],
        published=date(2023, 12, 27), id="x429-the-first-sunday-of-the-month"),
    row("At 19:40 yesterday evening, Balad Air Base was exposed to an aggression with eight rockets of the Katyusha "
        "type.\n\nImmediately after the incident, the units of the command searched the areas surrounding the base "
        "and found the launch platform, mounted on a civilian vehicle, in the orchards of the al-Bu Hishma area. A "
        "number of rockets which did not launch were found on the platform, and they were dismantled.\n\nWe clarify "
        "to the honourable public opinion that Balad Air Base is an Iraqi base under the command of "
        "the Iraqi Air Force, and that the number of the personnel of the American company contracted for the "
        "maintenance of the F-16 aircraft had been reduced to a limited number in the recent days.\n\nWe recall that the base was targeted on the evening of Saturday the fourth of the current month by two "
        "rockets of the same type, which fell near its outer fence without causing any losses in lives or property. "
        "The command denies what some pages on social media circulated regarding a drone attack on Speicher base.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 4), place="Balad Air Base", fatalities=0),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 12), place="Balad Air Base")],
        published=date(2020, 1, 13), id="x430-exposed-to-an-aggression-and-targeted-by-rockets-on-a-day-of-the-month"),
    row("Last month, the Qayyarah base in our sister governorate of Nineveh was targeted with seventeen rockets, and "
        "in August a drone targeted vehicles of the Popular Mobilisation near the border in al-Qaim district, "
        "martyring one of its commanders and wounding another.",
        [dict(type="drone_strike", date=date(2019, 8, 1), precision="month", fatalities=1),
         dict(type="missile_or_rocket_attack", date=date(2019, 11, 1), precision="month", place="Qayyarah")],
        published=date(2019, 12, 4), id="x431-and-in-august-a-drone-targeted-vehicles-is-another-event"),
    row("The strikes of 23–24 Jan (overnight) hit facilities of Kataib Hezbollah at Jurf al-Sakhar.",
        [dict(type="airstrike", date=date(2024, 1, 23), place="Jurf al-Sakhar")],
        published=date(2024, 2, 6), id="x432-overnight-after-a-date-is-that-night"),
    row("At 09:40 this morning an explosive device exploded against a convoy of trucks near al-Nasiriyah. The "
        "detachments succeeded on the evening of Monday the 7th of this month in discovering an explosive device "
        "planted at the side of the highway near Suq al-Shuyukh, and the explosives team dismantled it.",
        [dict(type="ied_or_bombing", date=date(2021, 6, 10), place="Nasiriyah")],
        published=date(2021, 6, 10), id="x433-a-bomb-discovered-and-dismantled-is-no-attack"),
    row("On Sunday 28 January, a drone struck a small American outpost in Jordan known as Tower 22. Three American "
        "soldiers were killed. Washington attributed the attack to the groups united under the banner of the Islamic "
        "Resistance in Iraq; the Kataib Hezbollah, the most powerful of them, did not claim it but announced a few "
        "days later the suspension of its operations.",
        [dict(type="drone_strike", date=date(2024, 1, 28), place="Tower 22", actor1="unknown", fatalities=3)],
        published=date(2024, 3, 2), id="x434-a-group-that-did-not-claim-it-is-no-claimant"),
    row("Turkish air and drone strikes targeting PKK-affiliated groups continued near Sinjar and Makhmour on Monday.",
        [], published=date(2024, 2, 6), id="x435-turkish-strikes-are-another-war"),
    row("Rockets hit Balad air base yesterday, Friday. Kataib Hezbollah did not claim the attack.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 1, 28), place="Balad Air Base", actor1="unknown")],
        published=date(2022, 1, 29), id="x436-did-not-claim-names-no-perpetrator"),
    row("The attacks began on Monday, the second anniversary of the US drone strike at Baghdad airport in January 2020 "
        "that killed ten people, among them Iranian general Qassem Soleimani.",
        [dict(type="drone_strike", date=date(2020, 1, 1), precision="month", place="Baghdad International Airport")],
        published=date(2022, 1, 7), id="x437-a-month-of-a-year-closing-the-strikes-phrase-is-its-own"),
    row("And yesterday four rockets struck an Iraqi military base next to Baghdad airport, where American soldiers are "
        "also present.",
        [dict(type="missile_or_rocket_attack", date=date(2019, 12, 9), actor2="US forces")],
        published=date(2019, 12, 10), id="x438-a-base-where-american-soldiers-are-present-hosts-them"),
    row("Iran fired more than a dozen ballistic missiles against two bases in Iraq on Tuesday. According to the "
        "Pentagon the missiles were sent from Iranian territory against Ain al-Asad and against a base at Erbil.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 7), place="Ain al-Asad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2020, 1, 7), place="Erbil")],
        published=date(2020, 1, 8), id="x439-missiles-were-sent-against-two-bases"),
    row("Four Katyusha rockets struck the Baghdad airport complex near the Victory base area on Monday. Two rockets "
        "landed near Camp Taji on Wednesday. Rockets were fired from near Ain al-Asad on Thursday.",
        [dict(type="missile_or_rocket_attack", date=date(2019, 12, 9), place="Baghdad International Airport",
              actor2="US forces"),
         dict(type="missile_or_rocket_attack", date=date(2019, 12, 11), place="Camp Taji", actor2="US forces"),
         dict(type="missile_or_rocket_attack", date=date(2019, 12, 12), actor2="unknown")],
        published=date(2019, 12, 13), id="x440-fire-that-falls-beside-a-base-is-aimed-at-its-host"),
    row("Tension has grown steadily since the end of October of last year. In January, Iran launched ballistic missiles at the Ain al-Asad air base.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 1), precision="month", place="Ain al-Asad Air Base")],
        published=date(2020, 3, 17), id="x441-the-year-of-a-period-start-is-not-the-storys-year"),
    row("The fire comes one week after American bombardments against installations used by armed groups in the east "
        "of Syria, near the crossing point of Abu Kamal at the Iraqi border.",
        [dict(type="airstrike", place="Albu Kamal", actor1="US forces")],
        published=date(2021, 3, 4), id="x442-a-place-after-a-comma-refines-the-country-before-it"),
    row("The Badr Organization condemns in the strongest terms the treacherous American aggression which targeted at "
        "dawn today positions of the heroes of the Popular Mobilization in the province of Babylon, near the city of "
        "Hilla, which led to the martyrdom of one of the heroes.",
        [dict(type="airstrike", date=date(2023, 12, 26), place="Hillah", actor1="US forces")],
        published=date(2023, 12, 26), id="x443-a-place-after-a-comma-refines-the-province-whatever-it-hangs-on"),
    row("On Wednesday night, a barrage of rockets slammed into Camp Taji, killing two American soldiers.\n\n"
        "\"I saw it on the news before I heard from him,\" his mother told the paper at her home on Saturday.\n\n"
        "Two days later, American aircraft struck five weapons storage sites near Jurf al-Sakhar.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 3, 11), place="Camp Taji", fatalities=2),
         dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar")],
        published=date(2020, 3, 16), id="x444-the-day-a-quote-was-told-is-no-story-day"),
    row("Ten rockets fell on Wednesday on the military base of Ain al-Asad.\n\nThe attack of Erbil happened on 15 "
        "February. That evening rockets fell near the international airport where the coalition is based.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 15), place="Erbil International Airport"),
         dict(type="missile_or_rocket_attack", date=date(2021, 3, 3), place="Ain al-Asad Air Base")],
        published=date(2021, 3, 4), id="x445-the-airport-of-the-town-the-paragraph-moved-to"),
    row("The attack came amid a surge of strikes on US forces since the start of the war between Israel and Hamas in "
        "October. A drone targeting al-Harir air base in Erbil province was also brought down.",
        [dict(type="drone_strike", date=date(2023, 12, 9), place="Al-Harir Air Base")],
        published=date(2023, 12, 9), id="x446-the-date-of-what-started-a-period-dates-no-event"),
    row("The attack came amid a surge of strikes on US forces. Earlier in the week, a drone targeting al-Harir air "
        "base in Erbil province was brought down.",
        [dict(type="drone_strike", date=date(2023, 12, 6), precision="week", place="Al-Harir Air Base")],
        published=date(2023, 12, 9), id="x447-earlier-in-the-week-is-this-week"),
    row("In August 2004, twelve Nepali workers were abducted and killed by a militant group, which led to a long ban "
        "on Nepalis working in Iraq.",
        [], published=date(2023, 12, 9), id="x448-an-abduction-by-nobody-named-somewhere-in-iraq-is-no-row"),
    row("The strike comes five days after the vast American riposte of Friday 2 February, during which bombers struck "
        "more than 85 targets near al-Qaim.",
        [dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim")],
        published=date(2024, 2, 8), id="x449-during-which-tells-what-happened-on-the-nouns-date"),
    row("It was not the first scare this summer. In mid-July, two rockets landed inside Ain al-Asad air base without "
        "causing casualties, and last week a US strike in Musayyib killed four men.",
        [dict(type="missile_or_rocket_attack", date=date(2024, 7, 15), precision="week", place="Ain al-Asad Air Base",
              fatalities=0),
         dict(type="airstrike", date=date(2024, 7, 31), precision="week", place="Musayyib", fatalities=4)],
        published=date(2024, 8, 7), id="x450-a-conjoined-clause-whose-subject-is-an-act-is-its-own-event"),
    row("Rockets hit Ain al-Asad air base on Tuesday. The following day, drones were again launched at American troops, "
        "this time at Victory base.",
        [dict(type="missile_or_rocket_attack", date=date(2023, 10, 17), place="Ain al-Asad Air Base"),
         dict(type="drone_strike", date=date(2023, 10, 18), place="Camp Victory")],
        published=date(2023, 10, 20), id="x451-weapons-were-again-launched-is-a-passive-launch"),
    row("This crime comes weeks after the massacre of Kirkuk on the third of this month, when an American drone killed "
        "five young men of the resistance near the city, in a flagrant violation of the sovereignty of Iraq.",
        [dict(type="drone_strike", date=date(2023, 12, 3), place="Kirkuk", fatalities=5)],
        published=date(2023, 12, 26), id="x452-the-sovereignty-of-iraq-is-no-place"),
    row("In the night from Tuesday to Wednesday, American aircraft struck two installations of the Kataeb Hezbollah "
        "group in the zone of Jurf al-Sakhar, south of Baghdad, a zone which this powerful faction controls since 2014 "
        "and where the Iraqi forces themselves do not enter.",
        [dict(type="airstrike", date=date(2023, 11, 22), place="Jurf al-Sakhar", actor1="US forces")],
        published=date(2023, 11, 23), id="x453-a-period-in-a-relative-clause-on-the-place-is-the-places"),
    row("Washington had promised to respond after the attack with a drone which, on Sunday 28 January, cost the life "
        "of three American soldiers on the base called Tower 22, in Jordan.",
        [dict(type="drone_strike", date=date(2024, 1, 28), place="Tower 22", fatalities=3)],
        published=date(2024, 2, 8), id="x454-a-date-in-a-relative-clause-on-the-weapon-dates-the-attack"),
    row("In the night of Monday to Tuesday, American aircraft struck three sites used by Kataib Hezbollah. Already at "
        "the start of the month, an American drone had struck a vehicle in the east of Baghdad, killing a commander.",
        [dict(type="drone_strike", date=date(2024, 1, 1), precision="month", place="Baghdad"),
         dict(type="airstrike", date=date(2024, 1, 23))],
        published=date(2024, 1, 25), id="x455-the-start-of-the-month-is-the-storys-month"),
    row("American aircraft struck Jurf al-Nasr at dawn. What the yellow pages of the agents have circulated about a "
        "second American strike on the positions of the brothers in al-Qaim at the same dawn is baseless.",
        [dict(type="airstrike", date=date(2023, 11, 22), place="Jurf al-Sakhar")],
        published=date(2023, 11, 22), id="x456-what-was-circulated-is-baseless-denies-the-event"),
    row("On Wednesday night, a barrage of rockets slammed into Camp Taji, killing two American soldiers.\n\n"
        "\"I saw it on the news. My heart just dropped,\" his mother told the paper at her home on Saturday.\n\n"
        "Two days later, American aircraft struck five weapons storage sites near Jurf al-Sakhar.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 3, 11), place="Camp Taji", fatalities=2),
         dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar")],
        published=date(2020, 3, 16), id="x457-the-day-the-end-of-a-quote-was-told-is-no-story-day"),
    row("Ten rockets fell on Wednesday morning on the military base of Ain al-Asad. " + " ".join(
        f"Traders watched the price of crude number {k} this week." for k in range(14)) +
        " In Baghdad, the government has condemned the attack on Ain al-Asad and promised to find the authors.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 3, 3), place="Ain al-Asad Air Base")],
        published=date(2021, 3, 4), id="x458-the-attack-on-a-named-site-far-back-is-that-sites-attack"),
    row("Yesterday evening, an improvised explosive device exploded on the side of the highway near Zubair, targeting a "
        "convoy of trucks carrying supplies for the coalition. No one was hurt. The police arrived. On Thursday, a second "
        "device targeted a similar convoy on the road near the Safwan border crossing.",
        [dict(type="ied_or_bombing", date=date(2021, 6, 3), place="Safwan border crossing"),
         dict(type="ied_or_bombing", date=date(2021, 6, 5), place="Zubair", fatalities=0)],
        published=date(2021, 6, 6), id="x459-a-second-device-is-one-more-of-the-same-kind"),
    row("Several rockets were fired on Wednesday evening at the international airport of Erbil. According to the "
        "counter-terrorism directorate, six rockets were launched from a truck standing near the village of Sheikh Amir "
        "in the Nineveh province.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 9, 30), place="Erbil International Airport")],
        published=date(2020, 10, 1), id="x460-where-rockets-aimed-at-nothing-named-came-from-is-no-target"),
    row("You have to start in the summer of 2019, when a string of militia depots blew up. The factions were angry. "
        "Then on the evening of December twenty-seventh, more than thirty rockets hit K-1 air base near Kirkuk.",
        [dict(type="missile_or_rocket_attack", date=date(2019, 12, 27), place="K-1 Air Base")],
        published=date(2023, 1, 3), id="x461-a-yearless-day-of-a-story-set-years-back-is-in-the-storys-year"),
    row("On Thursday, a drone approaching Erbil airport was shot down. Since the war between Israel and Hamas began in "
        "October, Iran-aligned armed groups in Iraq have been firing drones and rockets at bases hosting American troops, "
        "including at Erbil airport and the Harir air base north of the city.",
        [dict(type="drone_strike", date=date(2023, 11, 23), place="Erbil International Airport")],
        published=date(2023, 11, 24), id="x462-have-been-firing-is-a-campaign-not-an-event"),
    row("When the air-raid siren sounded over Erbil earlier this week, the teacher led his pupils into the corridor, "
        "away from the windows.",
        [], published=date(2023, 11, 24), id="x463-an-air-raid-siren-is-no-air-raid"),
    row("Already earlier this month, two drones loaded with explosives were shot down over the airport of Baghdad, "
        "where American soldiers are also stationed; nobody was hurt.",
        [dict(type="drone_strike", date=date(2021, 6, 1), place="Baghdad International Airport", actor2="US forces",
              fatalities=0)],
        published=date(2021, 6, 29), id="x464-drones-downed-over-a-site-where-american-soldiers-are-stationed"),
    row("In Iraq, the American army carried out, in the early hours of Wednesday, strikes against three facilities "
        "which it attributes to Kataib Hezbollah, one of the most powerful factions of the Popular Mobilisation (Hachd "
        "al-Chaabi), notably at Jurf al-Sakhar, south of Baghdad, and in the region of al-Qaim, near the Syrian border.",
        [dict(type="airstrike", date=date(2024, 1, 24), place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2024, 1, 24), place="Al-Qaim")],
        published=date(2024, 1, 25), id="x465-sites-hung-on-a-relative-clause-verb-are-the-nouns"),
    row("Around 2,500 US troops remain in Iraq.\n\nThe factions have claimed a steady campaign of attacks.\n\n"
        "Analysts disagree on what comes next.\n\n"
        "20 November 2023. Close-range ballistic missiles were fired at al-Asad in the evening. An AC-130 gunship "
        "struck a vehicle near Abu Ghraib, killing one.\n\n22 November 2023. In the early hours, US jets struck "
        "Kataib Hezbollah facilities at Jurf al-Sakhar, south of Baghdad. Officials said five fighters were killed.",
        [dict(type="missile_or_rocket_attack", date=date(2023, 11, 20), place="Ain al-Asad Air Base"),
         dict(type="airstrike", date=date(2023, 11, 20), place="Abu Ghraib", fatalities=1),
         dict(type="airstrike", date=date(2023, 11, 22), place="Jurf al-Sakhar", fatalities=5)],
        published=date(2024, 1, 15), id="x466-a-date-alone-heads-the-entry-that-follows"),
    row("This morning an improvised explosive device exploded targeting a convoy carrying supplies for the coalition near "
        "Hilla. The explosives disposal detachments also managed, yesterday evening, to dismantle a third device that "
        "had been planted on the side of the international highway near al-Iskandariya before it exploded.",
        [dict(type="ied_or_bombing", date=date(2021, 5, 24), place="Hillah")],
        published=date(2021, 5, 24), id="x467-a-device-dismantled-before-it-exploded-did-not-explode"),
    row("On Wednesday, 11 March, a salvo of rockets struck Camp Taji north of Baghdad. In the night between Thursday "
        "and Friday of the same week, American aircraft struck weapons depots at Jurf al-Sakhar.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 3, 11), place="Camp Taji"),
         dict(type="airstrike", date=date(2020, 3, 13), place="Jurf al-Sakhar")],
        published=date(2020, 3, 20), id="x468-a-weekday-of-the-same-week-is-in-the-storys-week"),
    row("Operations archive\n\nStatement - Wednesday\n\nIn the name of God.\n\nThe mujahideen of the Islamic Resistance "
        "in Iraq struck, at dawn today, the American occupation base at Ain al-Asad with a drone.",
        [dict(date=date(2023, 10, 18), place="Ain al-Asad Air Base")],
        published=date(2023, 10, 21), id="x469-a-statement-heading-dates-the-today-under-it"),
    row("On Tuesday, two drones again targeted Ain al-Asad. The first was shot down, the second struck the base, causing "
        "light injuries.",
        [dict(type="drone_strike", date=date(2024, 1, 23), place="Ain al-Asad Air Base")],
        published=date(2024, 1, 25), id="x470-the-first-was-shot-down-is-the-drone-told-before"),
    row("The same day, a one-way attack drone aimed at Harir air base had been shot down.\n\n"
        "22 Nov, Harir AB (Erbil), One-way attack drone, shot down, IRI claim",
        [dict(type="drone_strike", date=date(2023, 11, 22), place="Al-Harir Air Base")],
        published=date(2023, 11, 22), id="x471-a-table-rows-weapon-is-what-its-row-says-was-downed"),
    row("In 2007, the group's leader was arrested by US forces near Basra. The factions have grown since. Most of the "
        "bases that host US troops, including the al-Asad base, which was targeted by Iranian missiles on June 7, lie in "
        "the west.",
        [dict(type="arrest", date=date(2007, 1, 1)),
         dict(type="missile_or_rocket_attack", date=date(2019, 6, 7), place="Ain al-Asad Air Base")],
        published=date(2020, 1, 20), id="x472-a-past-years-event-does-not-move-a-day-months-back"),
    row("On Tuesday, American aircraft bombed positions of Kataib Hezbollah, hitting Jurf al-Sakhar, south of Baghdad, as "
        "well as the region of Al-Qaim, near the Syrian border.",
        [dict(type="airstrike", date=date(2024, 1, 23), place="Jurf al-Sakhar"),
         dict(type="airstrike", date=date(2024, 1, 23), place="Al-Qaim")],
        published=date(2024, 1, 25), id="x473-as-well-as-lists-another-site"),
    row("It all began on Monday evening. A volley of rockets fell on Camp Taji, north of Baghdad. Two soldiers died "
        "there.\n\nOn Tuesday night, US aircraft struck five depots of the group at Jurf al-Sakhar.\n\nOn Thursday, "
        "as if to show that the raids had deterred nobody, Camp Taji was targeted again. More than twenty rockets "
        "were fired, the coalition said.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji", fatalities=2),
         dict(type="airstrike", date=date(2022, 5, 10), place="Jurf al-Sakhar"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 12), place="Camp Taji", fatalities=None)],
        published=date(2022, 5, 13), id="x474-struck-again-is-a-new-attack"),
    row("American jets hit 85 targets in Iraq and Syria on Friday.\n\nIt must be said that the raids were only the "
        "first stage of the response to the drone attack last Sunday on a small US base in north-eastern Jordan known "
        "as Tower 22, near the Syrian border, which killed three American soldiers and wounded more than forty. The "
        "Islamic Resistance in Iraq claimed the attack.",
        [dict(type="airstrike", date=date(2022, 5, 6)), dict(type="airstrike", date=date(2022, 5, 6)),
         dict(type="drone_strike", date=date(2022, 5, 8), place="Tower 22", fatalities=3,
              actor1="Islamic Resistance in Iraq")],
        published=date(2022, 5, 11), id="x475-a-day-between-an-attack-and-its-target-phrase"),
    row("Washington called the raids an answer to a string of attacks on its troops, of which the worst took place "
        "on 2 May in Erbil. That night, a volley of rockets hit the airport.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 2), place="Erbil International Airport")],
        id="x476-the-worst-took-place-on-dates-the-attack-told-next"),
    row("Rockets hit the airport in Erbil on Monday. A contractor of Nepali nationality who worked at the base lost his "
        "life.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), fatalities=1)],
        id="x477-a-victim-with-a-relative-clause-lost-his-life"),
    row("Rockets hit the airport in Erbil on Monday. The attack was claimed by a group hardly known, Saraya Awliya "
        "al-Dam, which officials call a front.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), actor1="Saraya Awliya al-Dam")],
        id="x478-a-name-after-claimed-by-a-group-is-the-claimant"),
    row("Statements issued by the media office, newest first.\n\nStatement on the aggression at the border\n\n"
        "Monday 28/06/2021 — 18 Dhu al-Qa'dah 1442\n\nAt dawn today, "
        "the warplanes of the occupier bombed our positions near al-Qaim, killing four of our brothers.\n\nStatement "
        "mourning our martyr\n\nFriday 26/02/2021 — 14 Rajab 1442\n\nWe mourn our brother. The aircraft of the "
        "occupier targeted yesterday evening one of our positions near Albu Kamal.",
        [dict(type="airstrike", date=date(2021, 2, 25), place="Albu Kamal"),
         dict(type="airstrike", date=date(2021, 6, 28), place="Al-Qaim", fatalities=4)],
        published=date(2021, 7, 1), id="x479-statements-under-date-lines-with-islamic-calendar-dates"),
    row("The lawsuit lists the following incidents.\n\n1. Erbil (February 15, 2021). At about 9:30 p.m. local time, "
        "rockets struck Erbil International Airport. One contractor was killed.\n\n2. Ain al-Asad Air Base (July 7, "
        "2021). At least 14 rockets struck Ain al-Asad Air Base and its perimeter.",
        [dict(type="missile_or_rocket_attack", date=date(2021, 2, 15), place="Erbil International Airport",
              fatalities=1),
         dict(type="missile_or_rocket_attack", date=date(2021, 7, 7), place="Ain al-Asad Air Base")],
        published=date(2023, 3, 14), id="x480-a-numbered-heading-of-place-and-bracketed-date"),
    row("The camp of Taji, north of Baghdad, was a target again on Saturday. More than thirty rockets fell inside the "
        "camp in the morning. The previous rocket attack against the same camp, on the evening of Wednesday, killed "
        "three soldiers.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 3, 11), place="Camp Taji", fatalities=3),
         dict(type="missile_or_rocket_attack", date=date(2020, 3, 14), fatalities=None)],
        published=date(2020, 3, 16), id="x481-the-previous-attack-is-not-the-later-one"),
    row("Weekly digest of a channel's posts, in translation.\n\n20/01/2024 · 19:14\n\nThe resistance struck the "
        "occupation base at Ain al-Asad with missiles this evening.\n\n22/01/2024 · 22:41\n\nThe mujahideen "
        "targeted this evening, with a drone, the occupation base at Harir.",
        [dict(type="missile_or_rocket_attack", date=date(2024, 1, 20), place="Ain al-Asad Air Base"),
         dict(type="drone_strike", date=date(2024, 1, 22), place="Al-Harir Air Base")],
        published=date(2024, 1, 27), id="x482-posts-under-a-stamp-of-date-and-time"),
    row("In the night to Tuesday, the United States inflicted strikes on two sites of Kataib Hezbollah at Jurf "
        "al-Sakhar.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Jurf al-Sakhar", actor1="US forces")],
        id="x483-inflicted-strikes-carries-its-doer"),
    row("Crowds surrounded the US embassy in Baghdad, in response to the American bombardments that, on Sunday, killed "
        "dozens of fighters of Kataib Hezbollah.\n\nAccording to the Pentagon, American aircraft struck five positions "
        "of the group, three of them near al-Qaim. The group reported twenty-five dead.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Al-Qaim", fatalities=25),
         dict(type="confrontation_or_blockade")],
        id="x484-the-bombardments-then-where-the-aircraft-struck"),
    row("One morning in November, he recalled, a drone was shot down over Ain al-Asad air base. No one was hurt.\n\n"
        "The worst night, he said, was Saturday, January 20. At about 6:30 in the evening, a barrage of missiles was "
        "fired at Ain al-Asad.",
        [dict(type="drone_strike", date=date(2023, 11, 1), precision="month", place="Ain al-Asad Air Base"),
         dict(type="missile_or_rocket_attack", date=date(2024, 1, 20), precision="day",
              place="Ain al-Asad Air Base")],
        published=date(2024, 3, 8), id="x485-a-time-beside-he-recalled-is-the-events"),
    row("The Command denies categorically what was circulated by some pages about the falling of Katyusha rockets near "
        "Najaf International Airport on the night of Friday.", [], id="x486-a-denied-rumour-about-a-gerund"),
    row("Last month, after a missile attack on Ain al-Asad air base caused minor injuries to US personnel, American "
        "aircraft struck two Kataib Hezbollah facilities at Jurf al-Sakhar.",
        [dict(type="airstrike", date=date(2022, 4, 1), precision="month", place="Jurf al-Sakhar"),
         dict(type="missile_or_rocket_attack", date=date(2022, 4, 1), precision="month")],
        id="x487-an-opening-time-is-the-main-clauses"),
    row("Washington said on Friday that it was closing its consulate in Basra. The envoy blamed Iran.\n\nThe decision "
        "came hours after three rockets fell inside the airport perimeter early on Friday. Nobody was hurt.",
        [dict(type="missile_or_rocket_attack", date=date(2018, 9, 28), place="Basra International Airport",
              fatalities=0)],
        published=date(2018, 10, 1), id="x488-the-airport-is-the-airport-of-the-town-named"),
    row("Our people received with grief and anger the news of the crime that was committed on Monday in the "
        "Radwaniyah area on the outskirts of the capital, when two rockets fell on a house of a farming family, "
        "killing two women and three children.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), fatalities=5)],
        id="x489-the-day-of-the-crime-dates-the-attack-when"),
    row("On Monday the spokesman condemned the US strikes in Jurf al-Sakhar as a violation of sovereignty and said "
        "Baghdad had not been informed in advance.",
        [dict(type="airstrike", place="Jurf al-Sakhar")],
        id="x490-a-place-that-is-a-clauses-subject-is-its-rulers"),
    row("On Friday, local pages reported an explosion at a weapons depot of the Hashd in Salahuddin. Provincial "
        "officials attributed the blast to a fire caused by poor storage, and no strike has been confirmed.",
        [], id="x491-a-blast-the-next-sentence-explains-as-an-accident"),
    row("On Friday, reports told of an explosion at a weapons depot of the Hashd in Salahuddin. The Hashd at first "
        "spoke of heat and poor storage, but later attributed the blast to drone strikes.",
        [dict(type="ied_or_bombing", date=date(2022, 5, 6), place="Salahuddin Governorate")],
        id="x491b-not-when-the-explanation-tells-a-strike"),
    row("US jets struck two Kataib Hezbollah facilities in Jurf al-Sakhar on Wednesday.\n\nThe US response this "
        "week marked a shift from Washington's earlier pattern of striking Iran-linked facilities in Syria rather "
        "than inside Iraq.",
        [dict(type="airstrike", date=date(2022, 5, 11), place="Jurf al-Sakhar")],
        id="x492-a-pattern-of-striking-is-no-event"),
    row("Five days later rockets landed on the Iraqi air base Balad, north of Baghdad, wounding a contractor.",
        [dict(type="missile_or_rocket_attack", place="Balad Air Base")],
        id="x494-a-name-after-a-common-noun-is-no-longer-name"),
    row("Rockets hit Basra airport on Monday. US officials blamed the attack on Kataib Hezbollah.",
        [dict(type="missile_or_rocket_attack", actor1="Kataib Hezbollah", actor2="unknown", attribution="alleged")],
        id="x495-blamed-the-attacks-on-a-group-names-the-accused"),
    row("Rockets slammed into Ain al-Asad air base on Monday night. Six days before Monday's attack, the US military "
        "carried out what it described as a self-defence air strike in Musayyib, south of Baghdad.",
        [dict(type="airstrike", date=date(2022, 5, 3), place="Musayyib", actor1="US forces"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Ain al-Asad Air Base")],
        id="x496-counted-from-the-day-of-the-attack-named-and-what-it-described-as"),
    row("The occupation forces bombed in April the positions of our brothers in Jurf al-Nasr, killing eight martyrs.",
        [dict(type="airstrike", date=date(2022, 4, 1), precision="month", actor1="US forces", fatalities=8)],
        id="x497-a-participle-with-an-object-is-the-verb"),
    row("In early April, crowds set fire to the consulate in Basra.\n\n\"You could see the smoke from the camp,\" "
        "he said. \"The lads were angry too. Half of them had relatives in hospital. It was aimed at their own "
        "politicians.\"\n\nDays later, rockets landed inside the perimeter of Basra airport. Nobody was hurt.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 4, 1), precision="month",
              place="Basra International Airport", fatalities=0)],
        id="x498-days-later-is-a-few-days-on"),
    row("On December 31, 2019, militia supporters stormed the US embassy in Baghdad. Earlier this month, two drones "
        "were shot down near Baghdad airport, and days later rockets hit Ain al-Asad air base.",
        [dict(type="confrontation_or_blockade", date=date(2019, 12, 31)),
         dict(type="drone_strike", date=date(2022, 1, 1), precision="month"),
         dict(type="missile_or_rocket_attack", date=date(2022, 1, 1), precision="month")],
        published=date(2022, 1, 14),
        id="x498b-days-later-than-the-date-just-told"),
    row("Rockets struck Erbil airport on Monday, killing a contractor. Analysts in Baghdad see the claimants as front "
        "names for the established factions, a way to hit the Americans without their own logo.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Erbil International Airport",
              fatalities=1)],
        id="x499-a-way-to-hit-is-what-a-thing-is-for"),
    row("This crime comes days after the treacherous aggression at dawn on Saturday against the headquarters of the "
        "Hashd in al-Qaim and Akashat, on the borders with Syria, which left sixteen martyrs.",
        [dict(type="airstrike", date=date(2022, 5, 7), place="Al-Qaim", fatalities=16),
         dict(type="airstrike", date=date(2022, 5, 7), place="Akashat", fatalities=None)],
        id="x500-an-aggression-told-with-its-day-and-target"),
    row("Shortly after midnight on Tuesday, US F-15Es struck two Kataib Hezbollah facilities in the Jurf al-Sakhar "
        "area, which the group has kept closed to state forces and to the displaced residents since 2014.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Jurf al-Sakhar", actor1="US forces")],
        id="x501-a-period-in-a-relative-clause-on-the-target-bounds-no-strike"),
    row("Statement on the crime of Jurf al-Nasr\n\nWednesday 4 May 2022 – 3 Shawwal 1443\n\nWe mourn the martyrs "
        "targeted by the American aggression at dawn today in Jurf al-Nasr.\n\nStatement on Abu Ghraib\n\n"
        "Tuesday 3 May 2022 – 2 Shawwal 1443\n\nThis evening a gunship struck a vehicle near Abu Ghraib.\n\n"
        "Clarification\n\nSaturday 30 April 2022 – 29 Ramadan 1443\n\nSome channels lie that our brigades stand "
        "behind the rocket fire at the Harir base on the night of 28 April.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 4, 28), place="Al-Harir Air Base"),
         dict(type="airstrike", date=date(2022, 5, 3), place="Abu Ghraib"),
         dict(type="airstrike", date=date(2022, 5, 4), place="Jurf al-Sakhar")],
        published=date(2022, 5, 5), id="x502-a-date-line-with-its-weekday-heads-its-entry"),
    row("If you go back to Christmas Day, a one-way attack drone hit the Harir base in Erbil. Three soldiers were "
        "wounded. And the very next day the US hit three sites used by Kataib Hezbollah, around Hilla.",
        [dict(type="drone_strike", date=date(2023, 12, 25), place="Al-Harir Air Base"),
         dict(type="airstrike", date=date(2023, 12, 26), place="Hillah")],
        published=date(2024, 1, 10), id="x503-a-date-in-an-adverbial-clause-and-the-very-next-day"),
    row("Overnight, US fighter jets attacked positions of pro-Iranian militias in the east of Syria. The target lay in "
        "the region of the Syrian border town Albu Kamal, opposite the Iraqi al-Qaim.",
        [dict(type="airstrike", date=date(2022, 5, 11), place="Albu Kamal")],
        id="x504-the-target-lay-in-places-the-strike"),
    row("A US drone strike killed a commander in Baghdad on Wednesday. The strike is the latest US response to the "
        "drone attack on Tower 22, a small American outpost in the north-east of Jordan near the Syrian and Iraqi "
        "borders, on 28 January.",
        [dict(type="drone_strike", date=date(2022, 1, 28), place="Tower 22", actor2="US forces"),
         dict(type="drone_strike", date=date(2022, 5, 11), place="Baghdad")],
        id="x505-in-the-north-east-of-a-country-is-where"),
    row("On Monday evening a ballistic missile struck Ain al-Asad air base. An AC-130 gunship already airborne in the "
        "area followed the vehicle used in the launch and engaged it near Abu Ghraib, west of Baghdad.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Ain al-Asad Air Base"),
         dict(type="airstrike", place="Abu Ghraib", actor1="US forces")],
        id="x506-a-weapon-subject-of-a-verb-joined-to-its-clause"),
    row("Her son is deployed at Ain al-Asad air base, in the west of Iraq. He wrote that on Monday night two drones "
        "had approached the base and both were shot down, without injuries.",
        [dict(type="drone_strike", place="Ain al-Asad Air Base", fatalities=0)],
        id="x507-drones-that-approached-the-base"),
    row("Iran fired a salvo of ballistic missiles at Ain al-Asad air base overnight.\n\nPlane crash in Tehran\n\n"
        "Hours after the missile attack a Ukrainian passenger plane crashed after take-off from Tehran. All 176 "
        "people on board were killed.",
        [dict(type="missile_or_rocket_attack", place="Ain al-Asad Air Base", fatalities=None)],
        id="x508-a-toll-after-a-passenger-plane-is-the-crashs"),
    row("On Wednesday night a drone struck Erbil airport. Also on Wednesday, rockets fell on a base near Bashiqa, north "
        "of Mosul, where Turkish soldiers are stationed.",
        [dict(type="drone_strike", date=date(2022, 5, 11), place="Erbil International Airport")],
        id="x509-a-base-where-another-countrys-soldiers-are-stationed"),
    row("On Saturday, the 14th, Taji was again hit by more than thirty rockets.\n\nIn the night of Monday, the 16th, "
        "it was the turn of Besmaya. Two rockets fell within the perimeter of the base.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 3, 14)),
         dict(type="missile_or_rocket_attack", date=date(2020, 3, 16), place="Camp Besmaya")],
        published=date(2020, 4, 1), id="x510-a-weekday-with-its-day-after-a-comma"),
    row("Compiled by the desk for client newsrooms. Times are Baghdad local.\n\n---\n\nMonday evening\n\n~19:00: "
        "Channels close to the factions post that the Islamic Resistance hit Ain al-Asad with missiles. No deaths "
        "reported.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Ain al-Asad Air Base")],
        id="x511-a-weekday-heading-dates-the-entries-below"),
    row("On Monday evening about fifteen rockets struck the Iraqi military camp Taji, north of Baghdad.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji")],
        id="x513-a-camps-name-with-its-feature-word-in-lower-case"),
    row("Two drones loaded with explosives were flown at the airport in Erbil late on Saturday night. Soldiers were "
        "flown to Baghdad airport on a plane on Monday.",
        [dict(type="drone_strike", date=date(2022, 5, 7), place="Erbil International Airport")],
        id="x514-drones-flown-at-a-base"),
    row("WASHINGTON, Feb 3 (Wire) - US aircraft struck militia targets near al-Qaim on Friday night. Sunday's drone "
        "attack on the Tower 22 base in Jordan killed three US soldiers.",
        [dict(type="drone_strike", date=date(2024, 1, 28), place="Tower 22"),
         dict(type="airstrike", date=date(2024, 2, 2), place="Al-Qaim")],
        published=date(2024, 2, 4), id="x515-a-wire-copy-printed-the-next-day-counts-its-weekdays-from-its-dateline"),
    row("On Saturday, around two dozen rockets hit Camp Taji, wounding three coalition service members. That came after "
        "Wednesday night's attack, when more than fifteen Katyusha rockets struck Taji, killing two Americans and a "
        "British soldier.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 3, 11), fatalities=3),
         dict(type="missile_or_rocket_attack", date=date(2020, 3, 14), place="Camp Taji", fatalities=None)],
        published=date(2020, 3, 16), id="x516-a-when-clause-after-a-dated-noun-is-that-nouns-event"),
    row("Erbil airport was last targeted at the end of September, when six rockets fired from the Nineveh Plains landed "
        "near the airport without causing casualties.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 9, 1), precision="month",
              place="Erbil International Airport")],
        published=date(2021, 2, 16), id="x517-a-when-clause-tells-the-attack-its-verb-names"),
    row("Rockets struck Erbil airport on Monday night. At least fourteen rockets were fired at around half past nine "
        "local time from an area south-west of the city, near the boundary with Nineveh.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Erbil International Airport")],
        id="x518-a-place-beside-the-origin-is-the-origin"),
    row("Rockets struck the US embassy in Baghdad on Sunday evening. Last Monday night, three rockets landed near the "
        "compound without causing casualties.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 8), place="US Embassy in Baghdad"),
         dict(type="missile_or_rocket_attack", place="US Embassy in Baghdad", fatalities=0)],
        id="x519-the-compound-with-no-base-named-is-the-mission-named-before"),
    row("US aircraft struck two facilities of Kataib Hezbollah in the region of Jurf al-Sakhar on Tuesday. An American "
        "gunship fired on the vehicle from which the missiles were launched, near Abu Ghraib, west of the capital.",
        [dict(type="airstrike", date=date(2022, 5, 10), place="Jurf al-Sakhar"),
         dict(type="airstrike", place="Abu Ghraib", actor1="US forces")],
        id="x520-a-launchers-place-is-where-the-strike-on-it-fell-and-two-towns-are-two-places"),
    row("American aircraft struck five sites of Kataib Hezbollah in Iraq and Syria on Sunday. A Pentagon spokesman said "
        "the targeted sites included weapons stores. Iraqi security sources told Al-Wahda that the three Iraqi sites lie "
        "in the district of al-Qaim, while the two Syrian sites are close to the town of Albu Kamal.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Albu Kamal"),
         dict(type="airstrike", date=date(2022, 5, 8), place="Al-Qaim")],
        id="x521-sources-told-a-paper-where-each-countrys-sites-lie"),
    row("The Islamic Resistance in Iraq targeted, with a drone, the occupation base at Harir airport in Erbil on Monday.",
        [dict(type="drone_strike", date=date(2022, 5, 9), place="Al-Harir Air Base")],
        id="x522-harir-airport-is-the-harir-air-base"),
    row("Militias launched three drone attacks on Ain al-Asad air base this month, the first of which on Monday hit a "
        "hangar.",
        [dict(type="drone_strike", date=date(2022, 5, 9), precision="day", place="Ain al-Asad Air Base",
              actor2="US forces")],
        id="x523-the-first-of-which-is-one-of-the-set-of-its-kind-and-place"),
    row("Security sources reported the fall of a Katyusha rocket near the airport in Baghdad on Tuesday evening.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 10), place="Baghdad International Airport")],
        id="x524-the-fall-of-a-rocket"),
    row("Within 48 hours US jets struck back, pounding five weapons stores used by the group in raids early on Friday.",
        [dict(type="airstrike", date=date(2022, 5, 6), actor1="US forces")],
        id="x525-pounding-in-raids-is-the-strike-back-and-takes-its-day"),
    row("04 Jan 2024 · 12:41 · 18.2K views\n\nUrgent | An American drone targets a vehicle on Palestine Street in "
        "Baghdad.\n\n04 Jan 2024 · 21:48 · 17.0K views · forwarded from: Islamic Resistance in Iraq\n\nThe mujahideen of "
        "the Islamic Resistance in Iraq struck this evening the occupation base at Harir airport in Erbil with a "
        "drone.\n\n05 Jan 2024 · 10:30 · 19.8K views\n\nThe occupier returns to its crimes in the heart of the capital.",
        [dict(type="drone_strike", date=date(2024, 1, 4), place="Palestine Street"),
         dict(type="drone_strike", date=date(2024, 1, 4), place="Al-Harir Air Base")],
        published=date(2024, 1, 5), id="x526-a-channel-posts-stamp-dates-the-post-under-it"),
    row("The United States struck more than 85 targets in Iraq and Syria on Friday night, hitting Iran's Quds Force and "
        "affiliated militias. In Syria, a monitor said at least 23 pro-Iran fighters were killed in strikes on the desert "
        "around Albu Kamal.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Iraq"),
         dict(type="airstrike", date=date(2022, 5, 6), place="Albu Kamal", fatalities=23)],
        id="x527-pro-iran-fighters-are-victims-of-the-strike-on-the-quds-force"),
    row("On Sunday American aircraft bombed five positions of the group between al-Qaim, on the Iraqi side of the border, "
        "and Albu Kamal, in Syria.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Albu Kamal"),
         dict(type="airstrike", date=date(2022, 5, 8), place="Al-Qaim")],
        id="x528-between-two-towns-across-a-border-is-a-row-for-each-country"),
    row("Explosive-laden drones hit Erbil Intl (ORER) on Saturday night.",
        [dict(type="drone_strike", date=date(2022, 5, 7), place="Erbil International Airport")],
        id="x529-an-airport-abbreviated-intl"),
    row("An air strike hit late on Sunday a headquarters of the brigades near the Syrian village of al-Hari, southeast of "
        "Albu Kamal and a few kilometres from the border with Iraq.",
        [dict(type="airstrike", date=date(2022, 5, 8), place="Al-Hari")],
        id="x530-the-country-across-a-border-is-where-the-place-lies"),
    row("US troops at the Green Village base were targeted by eight rockets on Wednesday, a day after American forces "
        "fired artillery at what they called rocket launch sites nearby used by Iran-backed militias.",
        [dict(type="shelling", date=date(2022, 5, 10), place="Al-Omar oil field", actor1="US forces"),
         dict(type="missile_or_rocket_attack", date=date(2022, 5, 11), place="Al-Omar oil field")],
        id="x531-launch-sites-nearby-lie-beside-the-base-just-named"),
    row("On Friday, U.S. forces struck more than 85 targets at seven facilities, three in Iraq and four in Syria. Press "
        "reports placed the Iraqi targets near Al Qaim and the Syrian targets around Albu Kamal.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim"),
         dict(type="airstrike", date=date(2022, 5, 6), place="Albu Kamal")],
        id="x532-press-reports-placed-the-targets"),
    row("American aircraft carried out a wave of raids late on Friday against militia positions in Iraq and Syria, in "
        "what officials described as the first of their responses to the attack on Tower 22.\n\nThe Iraqi government "
        "said the strikes had killed 16 people.",
        [dict(type="airstrike", date=date(2022, 5, 6), actor1="US forces", place="Iraq", fatalities=16),
         dict(type="airstrike", date=date(2022, 5, 6), actor1="US forces", place="Syria", fatalities=None)],
        id="x533-the-strikes-after-responses-to-an-attack-are-the-responses"),
    row("The log lists cases of harm to civilians in the capital. Entries are added when two sources "
        "confirm them. Casualty figures are those verified by our researchers.\n\n| Date | 28/09/2020 (evening) |\n"
        "| Location | Radwaniyah, south-west of the airport |\n\nTwo rockets aimed at Baghdad International Airport fell "
        "short of the perimeter and struck a house.\n\n| Date | 17/11/2020 (night) |\n| Location | Karkh |\n\nFour "
        "rockets were fired towards the Green Zone.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 9, 28), precision="day"),
         dict(type="missile_or_rocket_attack", date=date(2020, 11, 17), precision="day", place="Green Zone")],
        id="x534-a-log-entrys-date-field-dates-it"),
    row("Rockets struck Camp Taji on Monday, officials said. The Dutch trainers at Camp Besmaya were not affected by "
        "any of the attacks.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji")],
        id="x535-any-of-the-attacks-is-no-attack-at-the-trainers-base"),    row("Since October, the American forces in Iraq and Syria have been the target of more than 170 attacks by drones "
        "and rockets.\n\nThe American bombardments of Friday on the region of al-Qaim made 16 dead, according to Baghdad.",
        [dict(type="airstrike", date=date(2022, 5, 6), place="Al-Qaim", actor1="US forces", fatalities=16)],
        id="x536-a-dated-strike-is-no-retelling-of-a-tally-of-attacks"),    row("Rockets struck Camp Taji on Monday, killing two soldiers.\n\nOn Tuesday night, American jets struck five depots "
        "of Kataib Hezbollah, the militia Washington blames for the attack of Monday. Among the targets were depots in "
        "Jurf al-Sakhar. The Iraqi army said the bombardments took the lives of three soldiers and a civilian worker of "
        "the airport.",
        [dict(type="missile_or_rocket_attack", date=date(2022, 5, 9), place="Camp Taji", fatalities=2),
         dict(type="airstrike", date=date(2022, 5, 10), place="Jurf al-Sakhar", actor1="US forces", fatalities=4)],
        id="x537-the-targets-place-the-strike-not-the-attack-it-answered-nor-a-victims-workplace"),    row("In the night to 8. January 2020 Iran fired ballistic missiles at the base of Ain al-Asad. The first drone attack "
        "came in the evening of 14. April 2021, when a drone struck the military part of the airport in Erbil.",
        [dict(type="missile_or_rocket_attack", date=date(2020, 1, 8), place="Ain al-Asad Air Base"),
         dict(type="drone_strike", date=date(2021, 4, 14), precision="day", place="Erbil International Airport")],
        published=date(2021, 6, 1), id="x538-a-day-written-with-its-full-stop"),   row("US forces struck three facilities used by Kataib Hezbollah in Iraq overnight, in response to a missile attack "
        "on a base housing American troops at the weekend.\n\nThe strikes targeted headquarters and storage locations "
        "for rocket and drone capabilities. Iraqi security sources named Jurf al-Sakhar and the area of al-Qaim among "
        "the locations that were hit.",
        [dict(type="missile_or_rocket_attack", date=date(2024, 1, 20), precision="week"),
         dict(type="airstrike", date=date(2024, 1, 24), place="Jurf al-Sakhar", actor1="US forces"),
         dict(type="airstrike", date=date(2024, 1, 24), place="Al-Qaim", actor1="US forces")],
        published=date(2024, 1, 24), id="x540-the-locations-that-were-hit-place-the-strikes-not-the-attack-they-answered"),    row("Two drones were shot down over Baghdad airport on Monday. Monday marked two years since a US drone strike near "
        "Baghdad International Airport killed Iranian general Qassem Soleimani.",
        [dict(type="drone_strike", date=date(2020, 1, 3), actor1="US forces"),
         dict(type="drone_strike", date=date(2022, 1, 3), actor1="unknown")],
        published=date(2022, 1, 5), id="x541-two-years-since-a-strike-counts-back-two-years"),
]

FIELDS = {"type": "event_type", "date": "event_date", "precision": "date_precision", "place": "location"}


def _describe(ev) -> str:
    return (f"{ev.event_type} {ev.event_date} ({ev.date_precision}) at {ev.location or '-'}: {ev.actor1} -> "
            f"{ev.actor2} [{ev.attribution}] killed={ev.fatalities} injured={ev.injuries} "
            f"disrupted={ev.disrupted} assoc={ev.assoc_actors}")


@pytest.mark.parametrize("text, published, expected, scope", CASES)
def test_article(extract, kb, text, published, expected, scope):
    events = extract(text, published=published)
    if scope != ALL:
        events = [e for e in events if e.event_type in VIOLENT]
    events = sorted(events, key=lambda e: (e.event_date or date.min, e.sentence_start))
    got = "\n".join(_describe(e) for e in events) or "(none)"
    assert len(events) == len(expected), got
    wrong = []  # every mismatch at once, not only the first
    for n, (ev, want) in enumerate(zip(events, expected)):
        for key, value in want.items():
            if key == "assoc_has":
                actual = value if value in ev.assoc_actors else ev.assoc_actors
            elif key == "acled_sub":
                actual = events_table([ev], kb, {})["acled_sub_event_type"].iloc[0]
            else:
                actual = getattr(ev, FIELDS.get(key, key))
            if actual != value:
                wrong.append(f"event {n} {key}: expected {value!r}, got {actual!r}")
    assert not wrong, "\n".join(wrong) + "\n" + got
