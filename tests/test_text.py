"""Tokenising and phrase matching: offsets, acronyms, proper names, one-pass matching of several lists."""
import pytest

from pipeline.text import KindIndex, PhraseIndex, fold, tokenize


def test_tokens_keep_offsets_and_fold_spelling():
    text = "Kata’ib Hezbollah's fighters hit the U.S. base"
    toks = tokenize(text)
    assert [t.norm for t in toks] == ["kataib", "hezbollah", "fighters", "hit", "the", "us", "base"]
    assert text[toks[1].start:toks[1].end] == "Hezbollah"
    assert toks[5].upper and fold("Ḥashd") == "hashd"


@pytest.mark.parametrize("text, found", [
    ("IS fighters attacked", ["IS"]),
    ("this is it", []),                       # an acronym matches only in capitals
    ("the US embassy", ["US"]),
    ("they told us", []),
])
def test_acronyms_match_only_in_capitals(text, found):
    idx = PhraseIndex()
    idx.add("IS", "IS")
    idx.add("US", "US")
    assert [v for _i, _j, v in idx.find(tokenize(text))] == found


def test_one_pass_equals_one_index_per_kind():
    phrases = {"threat": ["threatened to", "vowed to", "will"], "irrealis": ["could", "threatened"],
               "instrument": ["rocket", "rockets", "IED", "drone"]}
    multi, single = KindIndex(), {k: PhraseIndex() for k in phrases}
    for kind, items in phrases.items():
        for p in items:
            multi.add(p, kind, kind)
            single[kind].add(p, kind)
    toks = tokenize("They threatened to fire rockets and an IED, and vowed to use a drone; they could, it will.")
    got = multi.find_all(toks)
    for kind in phrases:
        assert got[kind] == single[kind].find(toks)
    assert len(got["threat"]) == 3 and len(got["instrument"]) == 3
