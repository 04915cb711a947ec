"""Loads and checks the knowledge files (gazetteer, actors, triggers, cues, word classes, ACLED map, publications).

Each file is a CSV a user can extend. A bad row raises ResourceError naming the file and its line.
"""
from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline import config, schema
from pipeline.dedupe import km
from pipeline.text import KindIndex, PhraseIndex, fold, norm_phrase

log = logging.getLogger(__name__)

FEATURE_TYPES = {"city", "town", "village", "base", "airport", "district", "governorate", "landmark",
                 "region", "country", "border_crossing", "water", "neighbourhood", "area"}
SIDES = {"pmu", "us_coalition", "iraqi_state", "iran", "isis", "kurdish", "israel", "syria", "houthis", "other"}
TRIGGER_TYPES = set(schema.EVENT_TYPES) | {"attack", "kill", "bombing", "intercept"}
CUE_KINDS = {"instrument", "threat", "irrealis", "negation", "denial", "generic", "enumerator",
             "relative_place", "movement", "common_word", "kill", "injure", "person_noun",
             "citation", "fact", "metonym", "remembrance"}
ALIAS_SPREAD_KM = 25.0  # two gazetteer rows may share a name within this (a base and the airport it sits in,
# a town and its district); farther apart an article's mention could not tell which place is meant


class ResourceError(ValueError):
    """A knowledge file is missing, malformed, or has a bad row."""


@dataclass(frozen=True)
class Place:
    name: str
    feature_type: str
    admin1: str
    country: str
    latitude: float
    longitude: float
    hosts: str = ""  # actor usually stationed there (e.g. US forces at a coalition base)

    @property
    def precision(self) -> int:
        """ACLED geo precision of a bare mention of this place."""
        if self.feature_type in ("governorate", "region", "country"):
            return 3
        if self.feature_type in ("district", "water", "area"):
            return 2
        return 1


@dataclass(frozen=True)
class Actor:
    name: str
    actor_type: str
    parent: str
    affiliation: str
    side: str


@dataclass(frozen=True)
class Trigger:
    event_type: str
    voice: str
    strength: float


@dataclass
class Knowledge:
    places: dict[str, Place]
    place_index: PhraseIndex
    actors: dict[str, Actor]
    actor_index: PhraseIndex
    trigger_index: PhraseIndex
    cues: KindIndex
    cue_words: dict[str, set[str]]
    acled: dict[str, tuple[str, str]]
    publications: list[dict]
    type_defaults: list[dict] = field(default_factory=list)
    aliases_of_place: dict[str, list[str]] = field(default_factory=dict)
    aliases_of_actor: dict[str, list[str]] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    word_values: dict[str, dict[str, int]] = field(default_factory=dict)
    sites_by_country: dict[str, list[tuple[float, float]]] = field(default_factory=dict)  # filled on first use

    def word_class(self, name: str) -> frozenset[str]:
        """The words of one class of word_classes.csv (folded like token norms)."""
        try:
            return self.words[name]
        except KeyError:
            raise ResourceError(f"{config.WORD_CLASSES.name}: no word class {name!r}") from None

    def word_map(self, name: str) -> dict[str, int]:
        """word -> number for a class whose entries are written 'word:number' (number words, place suffixes)."""
        self.word_class(name)
        try:
            return self.word_values[name]
        except KeyError:
            raise ResourceError(f"{config.WORD_CLASSES.name}: word class {name!r} has no 'word:number' entries") from None


def _rows(path: Path, required: list[str]) -> list[tuple[int, dict]]:
    """(line number in the file, row) for each data row; lines starting with '#' are comments."""
    if not path.exists():
        raise ResourceError(f"{path}: knowledge file not found")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ResourceError(f"{path.name} line {line}: not UTF-8 (byte 0x{raw[exc.start]:02x}); "
                            f"save the file as UTF-8") from None
    numbered = [(n, line) for n, line in enumerate(io.StringIO(text, newline=""), start=1)
                if not line.startswith("#")]
    reader = csv.DictReader(line for _n, line in numbered)
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise ResourceError(f"{path.name}: missing column(s) {', '.join(missing)}")
    # reader.line_num counts the lines read so far (comments excluded): map it back to the file's line
    return [(numbered[reader.line_num - 1][0], {k: (v or "").strip() for k, v in row.items() if k})
            for row in reader]


def _fail(path: Path, n: int, msg: str):
    raise ResourceError(f"{path.name} line {n}: {msg}")


def _split(s: str) -> list[str]:
    return [a.strip() for a in s.split("|") if a.strip()]


def load_places(path: Path, common_words: set[str], site_words: frozenset[str] = frozenset()):
    """Places by name, the phrase index of their names and aliases, and each place's names. A name or alias
    on two rows is kept for the first (so a row added at the top overrides) when the two places lie within
    ALIAS_SPREAD_KM; farther apart it is an error naming both lines."""
    places, index, aliases_of = {}, PhraseIndex(), {}
    line_of: dict[str, int] = {}
    owner: dict[tuple[str, ...], str] = {}  # index key -> the place that holds it
    for n, r in _rows(path, ["name", "aliases", "feature_type", "admin1", "country", "latitude", "longitude"]):
        if not r["name"]:
            _fail(path, n, "empty name")
        if r["feature_type"] not in FEATURE_TYPES:
            _fail(path, n, f"feature_type {r['feature_type']!r} is not one of {sorted(FEATURE_TYPES)}")
        try:
            lat, lon = float(r["latitude"]), float(r["longitude"])
        except ValueError:
            _fail(path, n, "latitude/longitude must be numbers")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            _fail(path, n, "latitude/longitude out of range")
        if r["name"] in places:
            _check_spread(path, n, "name", r["name"], places[r["name"]], (lat, lon), line_of)
            log.debug("%s line %d: name %s is also on line %d; the first row is kept", path.name, n, r["name"],
                      line_of[r["name"]])
            continue
        place = Place(r["name"], r["feature_type"], r["admin1"], r["country"], lat, lon, r.get("hosts", ""))
        places[place.name] = place
        line_of[place.name] = n
        names = [place.name] + _split(r["aliases"])
        aliases_of[place.name] = names
        for alias in names:
            key = norm_phrase(alias)
            if not key:
                continue
            held_by = owner.get(key)
            if held_by is not None and held_by != place.name:
                _check_spread(path, n, "alias", alias, places[held_by], (lat, lon), line_of)
                continue  # first row wins: a user row added at the top overrides a later one
            owner[key] = place.name
            # a name must start with a capital in the text, but an alias the gazetteer writes in lower case
            # ('airport in Erbil', 'town of Hit') is a descriptive phrase and matches as written
            index.add(alias, place.name, proper=any(c.isupper() for c in alias.split()[0]),
                      lead=int(key[0] in site_words and len(key) > 1))  # ('the military camp Taji': 'Camp Taji')
    return places, index, aliases_of


def _check_spread(path: Path, n: int, what: str, name: str, first: Place, here: tuple[float, float],
                  line_of: dict[str, int]) -> None:
    """A name or alias given to a place far from the row that holds it already would put events on the
    wrong place: an error naming both lines."""
    dist = km((first.latitude, first.longitude), here)
    if dist > ALIAS_SPREAD_KM:
        _fail(path, n, f"{what} {name!r} is also on line {line_of[first.name]} ({first.name}), {dist:,.0f} km away; "
                       f"a name may be shared only by places within {ALIAS_SPREAD_KM:g} km: rename one")


def load_actors(path: Path):
    """Actors by name, the phrase index of their names and aliases, and each actor's names. A name or alias
    (after normalising) belongs to one row: on a second row it is an error naming both lines."""
    actors, index, aliases_of = {}, PhraseIndex(), {}
    line_of: dict[str, int] = {}
    owner: dict[tuple[str, ...], tuple[str, str]] = {}  # index key -> (actor, the alias as written there)
    for n, r in _rows(path, ["name", "actor_type", "parent", "affiliation", "side", "aliases"]):
        if not r["name"]:
            _fail(path, n, "empty name")
        if r["side"] not in SIDES:
            _fail(path, n, f"side {r['side']!r} is not one of {sorted(SIDES)}")
        if r["name"] in actors:
            _fail(path, n, f"actor {r['name']!r} is also on line {line_of[r['name']]}: one row per actor")
        actors[r["name"]] = Actor(r["name"], r["actor_type"], r["parent"], r["affiliation"], r["side"])
        line_of[r["name"]] = n
        names = [r["name"]] + _split(r["aliases"])
        aliases_of[r["name"]] = names
        for alias in names:
            key = norm_phrase(alias)
            if not key:
                continue
            if key in owner:
                held_by, written = owner[key]
                if held_by != r["name"]:
                    _fail(path, n, f"alias {alias!r} of {r['name']} is also on line {line_of[held_by]} "
                                   f"({written!r} of {held_by}): an alias names one actor")
                continue  # a spelling variant of one of this row's own names
            owner[key] = (r["name"], alias)
            index.add(alias, r["name"])
    for a in actors.values():
        for ref in (a.parent, a.affiliation):
            if ref and ref not in actors:
                _fail(path, line_of[a.name], f"{a.name} refers to unknown actor {ref!r}")
    return actors, index, aliases_of


def load_triggers(path: Path) -> PhraseIndex:
    index = PhraseIndex()
    for n, r in _rows(path, ["phrase", "event_type", "voice", "strength"]):
        if r["event_type"] not in TRIGGER_TYPES:
            _fail(path, n, f"event_type {r['event_type']!r} is not one of {sorted(TRIGGER_TYPES)}")
        if r["voice"] not in ("verb", "noun"):
            _fail(path, n, "voice must be verb or noun")
        try:
            strength = float(r["strength"])
        except ValueError:
            _fail(path, n, "strength must be a number")
        for phrase in _split(r["phrase"]):
            index.add(phrase, Trigger(r["event_type"], r["voice"], strength))
    return index


def load_cues(path: Path):
    cues = KindIndex()
    words: dict[str, set[str]] = {k: set() for k in CUE_KINDS}
    for n, r in _rows(path, ["phrase", "kind", "value"]):
        if r["kind"] not in CUE_KINDS:
            _fail(path, n, f"kind {r['kind']!r} is not one of {sorted(CUE_KINDS)}")
        for phrase in _split(r["phrase"]):
            cues.add(phrase, r["kind"], r["value"])
            words[r["kind"]].add(fold(phrase))
    return cues, words


def load_acled(path: Path) -> dict[str, tuple[str, str]]:
    out = {}
    for n, r in _rows(path, ["event_type", "acled_event_type", "acled_sub_event_type"]):
        if r["event_type"] not in schema.EVENT_TYPES:
            _fail(path, n, f"unknown event_type {r['event_type']!r}")
        out[r["event_type"]] = (r["acled_event_type"], r["acled_sub_event_type"])
    missing = set(schema.EVENT_TYPES) - set(out)
    if missing:
        raise ResourceError(f"{path.name}: no ACLED mapping for {sorted(missing)}")
    return out


def load_publications(path: Path) -> list[dict]:
    out = []
    for n, r in _rows(path, ["name", "first_volume_year", "issues_per_year"]):
        try:
            out.append({"name": r["name"], "key": fold(r["name"]), "year": int(r["first_volume_year"]),
                        "issues": int(r["issues_per_year"])})
        except ValueError:
            _fail(path, n, "first_volume_year and issues_per_year must be integers")
    return out


def load_type_defaults(path: Path) -> list[dict]:
    out = []
    for n, r in _rows(path, ["trigger", "actor1_side", "actor2_side", "place", "event_type"]):
        if r["event_type"] not in schema.EVENT_TYPES:
            _fail(path, n, f"unknown event_type {r['event_type']!r}")
        for col in ("actor1_side", "actor2_side"):
            if r[col] not in SIDES | {"*", "unknown"}:
                _fail(path, n, f"{col} {r[col]!r} is not a side from actors.csv, 'unknown' or '*'")
        if r["place"] not in ("base", "any", "none", "*"):
            _fail(path, n, "place must be base, any, none or *")
        out.append(r)
    return out


def load_word_classes(path: Path) -> tuple[dict[str, frozenset[str]], dict[str, dict[str, int]]]:
    """Word classes: class -> words, and class -> {word: number} for classes written 'word:number'."""
    words: dict[str, frozenset[str]] = {}
    values: dict[str, dict[str, int]] = {}
    for n, r in _rows(path, ["class", "words", "meaning"]):
        name = r["class"]
        if not name:
            _fail(path, n, "empty class name")
        if name in words:
            _fail(path, n, f"duplicate class {name!r}")
        entries = _split(r["words"])
        if not entries:
            _fail(path, n, f"class {name!r} has no words")
        numbered = [e.rpartition(":") for e in entries]
        if any(sep for _w, sep, _v in numbered):
            if not all(sep for _w, sep, _v in numbered):
                _fail(path, n, f"class {name!r}: give every word a ':number' or none")
            try:
                pairs = [(_norm_word(w), int(v)) for w, _sep, v in numbered]
            except ValueError:
                _fail(path, n, f"class {name!r}: the part after ':' must be a whole number")
        else:
            pairs = [(_norm_word(e), None) for e in entries]
        seen: set[str] = set()
        for w, _v in pairs:
            if not w:
                _fail(path, n, f"class {name!r} has an empty word")
            if w in seen:
                _fail(path, n, f"class {name!r} lists {w!r} twice")
            seen.add(w)
        words[name] = frozenset(seen)
        if pairs[0][1] is not None:
            values[name] = dict(pairs)
    return words, values


def _norm_word(w: str) -> str:
    """A word or phrase as token norms spell it: folded, single spaces."""
    return " ".join(fold(w).split())


def load(resources_dir: str | Path | None = None) -> Knowledge:
    """The knowledge base of a resources folder (default: config.RESOURCES), loaded once per folder."""
    return _load(str(Path(resources_dir) if resources_dir else config.RESOURCES))


@lru_cache(maxsize=4)
def _load(resources_dir: str) -> Knowledge:
    d = Path(resources_dir)
    words, word_values = load_word_classes(d / config.WORD_CLASSES.name)
    cues, cue_words = load_cues(d / config.CUES.name)
    places, place_index, place_aliases = load_places(d / config.GAZETTEER.name, cue_words["common_word"],
                                                     words.get("site_words", frozenset()))
    actors, actor_index, actor_aliases = load_actors(d / config.ACTORS.name)
    return Knowledge(
        places=places, place_index=place_index, actors=actors, actor_index=actor_index,
        trigger_index=load_triggers(d / config.TRIGGERS.name), cues=cues, cue_words=cue_words,
        acled=load_acled(d / config.EVENT_TYPES.name),
        publications=load_publications(d / config.PUBLICATIONS.name),
        type_defaults=load_type_defaults(d / config.TYPE_DEFAULTS.name),
        aliases_of_place=place_aliases, aliases_of_actor=actor_aliases,
        words=words, word_values=word_values,
    )
