"""Loading the knowledge files: a bad row is reported with the file name and its real line number."""
import re
import shutil

import pytest

from pipeline import config, resources
from pipeline.resources import ResourceError


@pytest.fixture
def folder(tmp_path):
    """A private copy of the resources folder that a test may break."""
    d = tmp_path / "resources"
    shutil.copytree(config.RESOURCES, d)
    return d


def _append(path, text):
    with path.open("a", encoding="utf-8") as f:
        f.write(text)


def _line_count(path):
    return path.read_bytes().count(b"\n")


@pytest.mark.parametrize("row, message", [
    ("months,monday|tuesday,dup", "duplicate class 'months'"),
    ("empty_class,,no words", "class 'empty_class' has no words"),
    ("blank_class, | ,only separators", "class 'blank_class' has no words"),
    (",alpha|beta,no name", "empty class name"),
    ("twice,alpha|beta|Alpha,a word twice after folding", "class 'twice' lists 'alpha' twice"),
    ("mixed,one:1|two,values on some entries only", "give every word a ':number' or none"),
    ("bad_value,one:x,a value that is not a number", "must be a whole number"),
])
def test_bad_word_class_row_names_file_and_line(folder, row, message):
    path = folder / "word_classes.csv"
    _append(path, "# a comment line just before the bad row\n" + row + "\n")
    with pytest.raises(ResourceError) as err:
        resources.load(folder)
    assert str(err.value).startswith(f"word_classes.csv line {_line_count(path)}: ")
    assert message in str(err.value)


def test_comment_lines_do_not_shift_the_reported_line(folder):
    path = folder / "actors.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    h = next(k for k, line in enumerate(lines) if line.startswith("name,"))  # the header
    bad = "Some Group,other,,,no_such_side,\n"
    lines[h + 1:h + 1] = ["# first comment\n", "# second comment\n"]
    lines.insert(h + 4, bad)  # after the first data row
    path.write_text("".join(lines), encoding="utf-8")
    # file lines (from 1): header h+1, comments h+2 and h+3, first data row h+4, the bad row h+5
    with pytest.raises(ResourceError, match=rf"^actors\.csv line {h + 5}: side 'no_such_side'"):
        resources.load(folder)


def test_a_non_utf8_byte_is_one_line_naming_file_and_line(folder):
    path = folder / "gazetteer.csv"
    with path.open("ab") as f:
        f.write(b"Caf\xe9 town,,town,Baghdad,Iraq,33.3,44.4,\n")
    with pytest.raises(ResourceError) as err:
        resources.load(folder)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"gazetteer.csv line {_line_count(path)}: not UTF-8")


def test_word_class_and_word_map(kb):
    assert "monday" in kb.word_class("weekdays")
    assert kb.word_map("number_units")["twelve"] == 12
    with pytest.raises(ResourceError, match=r"word_classes\.csv: no word class 'no_such_class'"):
        kb.word_class("no_such_class")
    with pytest.raises(ResourceError, match="no 'word:number' entries"):
        kb.word_map("weekdays")


def test_words_are_folded_like_tokens(folder):
    _append(folder / "word_classes.csv", "folded,Shi'ite|U.S.|  Skip   To Content ,test\n")
    assert resources.load(folder).word_class("folded") == {"shiite", "us", "skip to content"}


def test_every_word_class_is_documented():
    readme = (config.RESOURCES / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_]+)`", readme))
    kb = resources.load()
    assert set(kb.words) - documented == set()


def test_a_missing_word_class_stops_the_build_with_one_line(folder, tmp_path, monkeypatch):
    from pipeline.run import PipelineError, build
    path = folder / "word_classes.csv"
    rows = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(r for r in rows if not r.startswith("months,")), encoding="utf-8")
    monkeypatch.setattr(config, "RESOURCES", folder)
    with pytest.raises(PipelineError, match=r"^word_classes\.csv: no word class 'months'$"):
        build(config.SEEDS, tmp_path / "out")


def _line_of(path, prefix):
    """The file line number (from 1) of the first line starting with prefix."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(k for k, line in enumerate(lines, start=1) if line.startswith(prefix))


def test_a_place_name_given_to_a_faraway_place_names_both_lines(folder):
    path = folder / "gazetteer.csv"
    first = _line_of(path, "Fallujah,")
    _append(path, "# a user row below a comment\nFallujah Farm,Falluja,village,Basra,Iraq,30.5,47.8,\n")
    with pytest.raises(ResourceError) as err:
        resources.load(folder)
    msg = str(err.value)
    assert msg.startswith(f"gazetteer.csv line {_line_count(path)}: alias 'Falluja' is also on line {first} (Fallujah)")
    assert "km away" in msg and "\n" not in msg


def test_a_duplicate_place_name_far_away_names_both_lines(folder):
    path = folder / "gazetteer.csv"
    first = _line_of(path, "Ramadi,")
    _append(path, "Ramadi,,town,Dhi Qar,Iraq,31.0,46.2,\n")
    with pytest.raises(ResourceError, match=rf"^gazetteer\.csv line {_line_count(path)}: name 'Ramadi' is also on "
                                            rf"line {first} \(Ramadi\), \d+ km away"):
        resources.load(folder)


def test_a_shared_name_of_nearby_places_keeps_the_first_row(folder):
    path = folder / "gazetteer.csv"
    _append(path, "Ramadi,,town,Anbar,Iraq,33.43,43.31,\nRamadi Bridge,Al-Ramadi,landmark,Anbar,Iraq,33.42,43.30,\n")
    kb = resources.load(folder)
    assert (kb.places["Ramadi"].feature_type, kb.place_index.get("Al-Ramadi")) == ("city", "Ramadi")


def test_an_alias_of_two_actors_names_both_lines(folder):
    path = folder / "actors.csv"
    first = _line_of(path, "Kataib Hezbollah,")
    _append(path, "Some Brigade,PMU faction,,,pmu,Some Brigades|K.H.\n")
    with pytest.raises(ResourceError) as err:
        resources.load(folder)
    assert str(err.value) == (f"actors.csv line {_line_count(path)}: alias 'K.H.' of Some Brigade is also on line "
                              f"{first} ('KH' of Kataib Hezbollah): an alias names one actor")


def test_an_actor_on_two_rows_names_both_lines(folder):
    path = folder / "actors.csv"
    first = _line_of(path, "Kataib Hezbollah,")
    _append(path, "Kataib Hezbollah,PMU faction,,,pmu,\n")
    with pytest.raises(ResourceError, match=rf"^actors\.csv line {_line_count(path)}: actor 'Kataib Hezbollah' is "
                                            rf"also on line {first}"):
        resources.load(folder)


def test_an_unknown_parent_names_the_line(folder):
    path = folder / "actors.csv"
    _append(path, "Lone Cell,PMU faction,No Such Umbrella,,pmu,\n")
    with pytest.raises(ResourceError, match=rf"^actors\.csv line {_line_count(path)}: Lone Cell refers to unknown "
                                            r"actor 'No Such Umbrella'"):
        resources.load(folder)


def test_the_command_line_reports_a_bad_byte_in_one_line(folder, tmp_path):
    import os
    import subprocess
    import sys
    path = folder / "actors.csv"
    with path.open("ab") as f:
        f.write(b"# a comment\nCaf\xe9 Group,PMU faction,,,pmu,\n")
    root = config.ROOT
    r = subprocess.run([sys.executable, "-m", "pipeline", "build", "--input", str(root / "seeds"), "--output",
                        str(tmp_path / "out")], cwd=root, capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PMU_RESOURCES": str(folder)})
    assert r.returncode == 1
    assert r.stderr.splitlines() == [f"error: actors.csv line {_line_count(path)}: not UTF-8 (byte 0xe9); "
                                     "save the file as UTF-8"]
    assert not (tmp_path / "out" / "current").exists()
