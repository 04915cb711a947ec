"""The optional spaCy step finds place names the gazetteer lacks, only for events without a place."""
from datetime import date

from pipeline.model import Article
from pipeline.run import process_article


def test_ner_names_an_unknown_place(kb):
    text = ("Militia report\n\nOn 3 May, US aircraft bombed a Kataib Hezbollah convoy travelling through "
            "Wadi Qasrayn, officials said.")
    art = Article("n.txt", text, published=date(2021, 5, 10), date_method="manifest")
    plain, _m, _u = process_article(art, kb)
    art = Article("n.txt", text, published=date(2021, 5, 10), date_method="manifest")
    with_ner, _m, unplaced = process_article(art, kb, ner=True)
    assert plain[0].location_text == ""
    assert "Qasrayn" in with_ner[0].location_text
    assert any("Qasrayn" in u for u in unplaced)
