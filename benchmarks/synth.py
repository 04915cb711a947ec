"""Synthetic, schema-conformant events/actors/locations/documents tables for tests and benchmarks.

Writes the four tables the way the pipeline does (CSV + Parquet) plus article files,
so the dashboard can be developed and tested without the extraction pipeline.
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import sys
from pathlib import Path

import numpy as np
import pandas as pd

try:
    from pipeline import schema
except ImportError:  # run as a script from a checkout that is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from pipeline import schema
from pipeline import tables as pipeline_tables

logger = logging.getLogger(__name__)

# name, governorate, latitude, longitude, feature_type
PLACES = [
    ("Baghdad", "Baghdad", 33.3152, 44.3661, "city"),
    ("Baghdad International Airport", "Baghdad", 33.2625, 44.2346, "airport"),
    ("Green Zone", "Baghdad", 33.3032, 44.3945, "landmark"),
    ("Camp Taji", "Baghdad", 33.5196, 44.2563, "base"),
    ("Jurf al-Sakhar", "Babil", 32.9078, 44.1181, "town"),
    ("Hillah", "Babil", 32.4637, 44.4196, "city"),
    ("Ain al-Asad Air Base", "Anbar", 33.7856, 42.4412, "base"),
    ("Al-Qaim", "Anbar", 34.3797, 41.0939, "town"),
    ("Ramadi", "Anbar", 33.4206, 43.3078, "city"),
    ("Fallujah", "Anbar", 33.3500, 43.7833, "city"),
    ("Erbil", "Erbil", 36.1911, 44.0092, "city"),
    ("Erbil International Airport", "Erbil", 36.2376, 43.9632, "airport"),
    ("Harir Air Base", "Erbil", 36.5342, 44.3372, "base"),
    ("Mosul", "Nineveh", 36.3450, 43.1450, "city"),
    ("Kirkuk", "Kirkuk", 35.4681, 44.3922, "city"),
    ("K-1 Air Base", "Kirkuk", 35.5139, 44.2831, "base"),
    ("Balad Air Base", "Salah al-Din", 33.9402, 44.3616, "base"),
    ("Tikrit", "Salah al-Din", 34.6071, 43.6782, "city"),
    ("Samarra", "Salah al-Din", 34.1959, 43.8857, "city"),
    ("Basra", "Basra", 30.5085, 47.7804, "city"),
    ("Najaf", "Najaf", 32.0259, 44.3462, "city"),
    ("Karbala", "Karbala", 32.6160, 44.0249, "city"),
    ("Diyala", "Diyala", 33.7500, 45.0000, "governorate"),
    ("Baqubah", "Diyala", 33.7466, 44.6437, "city"),
    ("Sulaymaniyah", "Sulaymaniyah", 35.5613, 45.4306, "city"),
    ("Nasiriyah", "Dhi Qar", 31.0439, 46.2573, "city"),
    ("Anbar", "Anbar", 33.3000, 42.0000, "governorate"),
    ("Nineveh", "Nineveh", 36.2000, 42.6000, "governorate"),
    ("Al-Tanf", "Homs", 33.5000, 38.6500, "base"),
    ("Tower 22", "Jordan", 33.3200, 38.7200, "base"),
    ("Albu Kamal", "Deir ez-Zor", 34.4536, 40.9189, "town"),
]
FOREIGN = {"Al-Tanf": "Syria", "Tower 22": "Jordan", "Albu Kamal": "Syria"}

# name, actor_type, parent, affiliation, aliases
ACTORS = [
    ("Popular Mobilization Units", "umbrella body", "", "", "PMU;Hashd al-Shaabi;PMF"),
    ("Islamic Resistance in Iraq", "front group", "", "", "IRI;al-Muqawama al-Islamiya fi al-Iraq"),
    ("Kataib Hezbollah", "PMU faction", "Popular Mobilization Units", "", "KH;Hezbollah Brigades"),
    ("Asaib Ahl al-Haq", "PMU faction", "Popular Mobilization Units", "", "AAH;League of the Righteous"),
    ("Harakat al-Nujaba", "PMU faction", "Popular Mobilization Units", "", "Nujaba;HaN"),
    ("Badr Organization", "PMU faction", "Popular Mobilization Units", "", "Badr"),
    ("Kataib Sayyid al-Shuhada", "PMU faction", "Popular Mobilization Units", "", "KSS"),
    ("Ashab al-Kahf", "front group", "Islamic Resistance in Iraq", "", "Companions of the Cave"),
    ("United States", "foreign state", "", "", "US;U.S. forces;American forces;Pentagon"),
    ("Global Coalition", "coalition", "", "", "Coalition;CJTF-OIR"),
    ("Iraqi Security Forces", "state force", "", "", "ISF;Iraqi army"),
    ("Iran", "foreign state", "", "", "IRGC;Islamic Revolutionary Guard Corps"),
    ("Islamic State", "insurgent group", "", "", "ISIS;IS;Daesh"),
    ("Abu Mahdi al-Muhandis", "person", "", "Kataib Hezbollah", "al-Muhandis"),
    ("Qais al-Khazali", "person", "", "Asaib Ahl al-Haq", "al-Khazali"),
    ("Akram al-Kaabi", "person", "", "Harakat al-Nujaba", "al-Kaabi"),
    ("Hadi al-Amiri", "person", "", "Badr Organization", "al-Amiri"),
]
PMU_SIDE = ["Kataib Hezbollah", "Asaib Ahl al-Haq", "Harakat al-Nujaba", "Badr Organization",
            "Kataib Sayyid al-Shuhada", "Islamic Resistance in Iraq", "Ashab al-Kahf",
            "Popular Mobilization Units"]
US_SIDE = ["United States", "Global Coalition"]
OUTLETS = [("Al-Monitor", "https://www.al-monitor.com/originals/"), ("Reuters", "https://www.reuters.com/world/"),
           ("Rudaw", "https://www.rudaw.net/english/"), ("The New Arab", "https://www.newarab.com/news/"),
           ("Shafaq News", "")]
ACLED = {
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "drone_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "missile_or_rocket_attack": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied_or_bombing": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "armed_clash": ("Battles", "Armed clash"),
    "assassination": ("Violence against civilians", "Attack"),
    "confrontation_or_blockade": ("Strategic developments", "Disrupted weapons use"),
    "arrest": ("Strategic developments", "Arrests"),
    "threat": ("Strategic developments", "Other"),
    "political_action": ("Strategic developments", "Agreement"),
    "other": ("Strategic developments", "Other"),
}
VERBS = {
    "airstrike": "US aircraft struck positions of {a2} near {loc}",
    "drone_strike": "a drone strike hit a vehicle carrying members of {a2} in {loc}",
    "missile_or_rocket_attack": "rockets fired by {a1} landed on {loc}",
    "shelling": "mortar rounds fired by {a1} hit {loc}",
    "ied_or_bombing": "a roadside bomb planted by {a1} struck a supply convoy near {loc}",
    "armed_clash": "fighters of {a1} clashed with {a2} in {loc}",
    "assassination": "gunmen linked to {a1} assassinated an official of {a2} in {loc}",
    "confrontation_or_blockade": "supporters of {a1} blockaded the gates of {loc}",
    "arrest": "{a1} arrested members of {a2} in {loc}",
    "threat": "{a1} threatened to attack {a2} forces stationed at {loc}",
    "political_action": "{a1} announced it would suspend operations against {a2} after talks in {loc}",
    "other": "{a1} was reported active around {loc}",
}
TYPE_WEIGHTS = {"airstrike": 10, "drone_strike": 12, "missile_or_rocket_attack": 22, "shelling": 6,
                "ied_or_bombing": 10, "armed_clash": 5, "assassination": 3, "confrontation_or_blockade": 3,
                "arrest": 3, "threat": 14, "political_action": 8, "other": 4}


def _eid(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12]


def make_tables(n: int = 300, seed: int = 7, n_docs: int | None = None) -> dict[str, pd.DataFrame]:
    """Return {'events','actors','locations','documents','_articles'} with n events."""
    rng = np.random.default_rng(seed)
    n_docs = n_docs or max(3, min(60, n // 5))
    types = np.array(list(TYPE_WEIGHTS))
    w = np.array(list(TYPE_WEIGHTS.values()), float)
    etype = rng.choice(types, size=n, p=w / w.sum())
    # dates 2014-06 .. 2024-12, denser after Oct 2023 and around Jan 2020
    start = np.datetime64("2014-06-01")
    span = int((np.datetime64("2024-12-31") - start).astype(int))
    base = rng.integers(0, span, size=n)
    burst = rng.random(n)
    base = np.where(burst < 0.25, (np.datetime64("2023-10-17") - start).astype(int) + rng.integers(0, 120, n), base)
    base = np.where((burst >= 0.25) & (burst < 0.33), (np.datetime64("2019-12-15") - start).astype(int) + rng.integers(0, 40, n), base)
    dates = start + base.astype("timedelta64[D]")
    prec = rng.choice(["day", "week", "month", "year"], size=n, p=[0.8, 0.08, 0.1, 0.02])
    place_idx = rng.integers(0, len(PLACES), size=n)
    pmu = rng.choice(PMU_SIDE, size=n, p=[0.3, 0.15, 0.12, 0.08, 0.08, 0.17, 0.05, 0.05])
    us = rng.choice(US_SIDE, size=n, p=[0.8, 0.2])
    us_first = np.isin(etype, ["airstrike", "drone_strike"]) | ((etype == "arrest") & (rng.random(n) < 0.3))
    a1 = np.where(us_first, us, pmu)
    a2 = np.where(us_first, pmu, us)
    a2 = np.where(rng.random(n) < 0.06, "unknown", a2)
    a1 = np.where(rng.random(n) < 0.04, "unknown", a1)
    lethal = np.isin(etype, list(schema.STRIKE_TYPES) + ["armed_clash"])
    fat = np.where(lethal & (rng.random(n) < 0.55), rng.poisson(2.2, n), 0)
    fat_known = lethal & (rng.random(n) < 0.85)
    doc_of = rng.integers(0, n_docs, size=n)

    rows = []
    for i in range(n):
        loc, gov, lat, lon, ftype = PLACES[place_idx[i]]
        gp = 3 if ftype == "governorate" else int(rng.choice([1, 1, 1, 2]))
        jit = 0.0 if gp == 3 else 0.02
        sent = VERBS[etype[i]].format(a1=a1[i], a2=a2[i], loc=loc)
        if fat_known[i] and fat[i]:
            sent += f", killing {fat[i]} people"
        d = pd.Timestamp(dates[i])
        sent = f"On {d:%d %B %Y}, {sent}."
        docs = [doc_of[i]] + ([int((doc_of[i] + 1) % n_docs)] if rng.random() < 0.15 else [])
        outl = [OUTLETS[k % len(OUTLETS)] for k in docs]
        rows.append({
            "event_id": _eid(i, d.date(), etype[i], loc, a2[i]),
            "event_date": d.date().isoformat(),
            "date_precision": prec[i],
            "time_precision": schema.TIME_PRECISION_CODE[prec[i]],
            "event_type": etype[i],
            "acled_event_type": ACLED[etype[i]][0],
            "acled_sub_event_type": ACLED[etype[i]][1],
            "actor1": a1[i], "attribution": "stated" if a1[i] != "unknown" else "unknown", "actor2": a2[i],
            "assoc_actors": "Iraqi Security Forces" if rng.random() < 0.1 else "",
            "location": loc, "location_text": ("near " if gp == 2 else "") + loc,
            "admin1": gov, "country": FOREIGN.get(loc, "Iraq"),
            "latitude": round(lat + rng.normal(0, jit), 4), "longitude": round(lon + rng.normal(0, jit), 4),
            "geo_precision": gp,
            "fatalities": int(fat[i]) if fat_known[i] else None,
            "fatalities_low": int(fat[i]) if fat_known[i] else None,
            "fatalities_high": int(fat[i] + (1 if rng.random() < 0.2 else 0)) if fat_known[i] else None,
            "injuries": int(rng.poisson(1.5)) if lethal[i] and rng.random() < 0.4 else None,
            "sources": ";".join(f"doc_{k:03d}.txt" for k in docs),
            "source_urls": ";".join(o[1] + f"doc-{k:03d}" if o[1] else "" for k, o in zip(docs, outl)),
            "evidence": sent,
            "date_text": f"{d:%d %B %Y}",
            "confidence": round(float(rng.uniform(0.45, 0.98)), 2),
            "notes": f"{etype[i].replace('_', ' ')} by {a1[i]} at {loc}",
            "corrected": False, "last_modified": pd.Timestamp("2025-01-01 00:00:00"),
        })
    events = pd.DataFrame(rows)
    events = events.drop_duplicates("event_id").reset_index(drop=True)

    # articles: each doc holds its events' sentences amid filler text
    articles: dict[str, str] = {}
    docs_rows = []
    for k in range(n_docs):
        fn = f"doc_{k:03d}.txt"
        evs = events[events["sources"].str.contains(fn, regex=False)]
        if len(evs) > 40:
            evs = evs.head(40)
        outlet, url = OUTLETS[k % len(OUTLETS)]
        title = f"Synthetic report {k}: tensions between PMU factions and US forces"
        paras = [title, "", f"BAGHDAD — {outlet} correspondents report on the confrontation."]
        for s in evs["evidence"]:
            paras.append(f"Officials described the situation as tense. {s} The Popular Mobilization Units did not comment.")
        text = "\n\n".join(paras) + "\n"
        articles[fn] = text
        pub = evs["event_date"].max() if len(evs) else "2020-01-01"
        docs_rows.append({
            "file": fn, "title": title, "source": outlet, "url": (url + f"doc-{k:03d}") if url else "",
            "published": pub, "date_method": "manifest" if url else "dateline",
            "words": len(text.split()), "events_extracted": int(len(evs)),
            "status": "ok" if k % 17 != 16 else "skipped: no events found",
        })
    documents = pd.DataFrame(docs_rows)

    # actors
    act_rows = []
    for name, atype, parent, aff, aliases in ACTORS:
        mask = (events["actor1"] == name) | (events["actor2"] == name)
        d = pd.to_datetime(events.loc[mask, "event_date"])
        act_rows.append({"actor": name, "actor_type": atype, "aliases_seen": aliases, "parent": parent,
                         "affiliation": aff, "mentions": int(mask.sum() * 2 + 1), "events": int(mask.sum()),
                         "first_seen": d.min().date().isoformat() if len(d) else None,
                         "last_seen": d.max().date().isoformat() if len(d) else None})
    actors = pd.DataFrame(act_rows)

    loc_rows = []
    for loc, gov, lat, lon, ftype in PLACES:
        cnt = int((events["location"] == loc).sum())
        loc_rows.append({"location": loc, "aliases_seen": loc, "latitude": lat, "longitude": lon,
                         "admin1": gov, "country": FOREIGN.get(loc, "Iraq"), "feature_type": ftype,
                         "resolved_by": "gazetteer", "mentions": cnt + 1, "events": cnt})
    locations = pd.DataFrame(loc_rows)

    out = {t: schema.conform(df, t) for t, df in
           {"events": events, "actors": actors, "locations": locations, "documents": documents}.items()}
    out["_articles"] = articles  # type: ignore[assignment]
    return out


def write(folder: Path, n: int = 300, seed: int = 7, articles_dir: Path | None = None,
          csv: bool = True) -> Path:
    """Write the four tables (Parquet + CSV) and texts.parquet to folder as one set, the way the pipeline does
    (pipeline.tables), the articles to articles_dir (default folder/'articles'), and build_info.json pointing
    at the articles."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tables = make_tables(n, seed)
    articles = tables.pop("_articles")
    articles_dir = Path(articles_dir) if articles_dir else folder / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    for fn, text in articles.items():  # type: ignore[union-attr]
        (articles_dir / fn).write_text(text, encoding="utf-8")
    # texts.parquet: what the dashboard's reader and event card show, as the pipeline saves it
    texts = pd.DataFrame({"file": list(articles), "text": list(articles.values())})  # type: ignore[union-attr]
    pipeline_tables.write(tables, folder, {"texts": texts}, {"input_dir": str(articles_dir.resolve()),
                                                              "synthetic": True, "seed": seed, "n": n}, csv=csv)
    return folder


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--output", type=Path, default=Path("benchmarks/out/synth"))
    a = ap.parse_args(argv)
    write(a.output, a.rows, a.seed)
    print(f"wrote {a.rows} synthetic events to {a.output}")


if __name__ == "__main__":
    main()
