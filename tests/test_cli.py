"""The command line: its exact form, summary and exit codes; the README's data dictionary matches the schema."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import schema
from pipeline.__main__ import EXIT_FAILED, EXIT_NOTHING_READ, EXIT_OK, main

ROOT = Path(__file__).parents[1]


def test_build_prints_a_summary(tmp_path, capsys):
    assert main(["build", "--input", str(ROOT / "seeds"), "--output", str(tmp_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert re.search(r"Read 5 of 5 documents", out)
    assert re.search(r"Events: \d+ \(.*airstrike \d+", out)
    assert "Names not in the gazetteer:" in out
    for name in schema.TABLES:
        assert (tmp_path / f"{name}.csv").exists() and (tmp_path / f"{name}.parquet").exists()


def test_missing_input_folder_is_one_line_and_exit_1(tmp_path, capsys):
    assert main(["build", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "o")]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("error: input folder not found") and len(err.strip().splitlines()) == 1


def test_nothing_readable_exits_3(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["build", "--input", str(tmp_path), "--output", str(tmp_path / "o")]) == EXIT_NOTHING_READ


def test_bad_knowledge_file_names_file_and_row(tmp_path, monkeypatch, capsys):
    import shutil

    from pipeline import config
    res = tmp_path / "res"
    shutil.copytree(config.RESOURCES, res)
    with open(res / "gazetteer.csv", "a", encoding="utf-8") as f:
        f.write("Nowhere,,planet,,Iraq,33,44,\n")
    monkeypatch.setattr(config, "RESOURCES", res)  # a new folder: loaded afresh, not from the cache
    assert main(["build", "--input", str(ROOT / "seeds"), "--output", str(tmp_path / "o")]) == EXIT_FAILED
    lines = (res / "gazetteer.csv").read_text(encoding="utf-8").count("\n")
    assert re.match(rf"error: gazetteer.csv line {lines}: feature_type 'planet'", capsys.readouterr().err)


def test_module_entry_point_runs():
    r = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and "build" in r.stdout


def test_readme_data_dictionary_matches_schema():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- data-dictionary:start -->\n(.*?)<!-- data-dictionary:end -->", readme, re.S)
    assert block, "README lacks the data dictionary markers"
    assert block.group(1).strip() == schema.data_dictionary_markdown().strip(), \
        "README data dictionary is stale: paste the output of `python -m pipeline schema`"


@pytest.mark.parametrize("command", ["build --input seeds --output data"])
def test_readme_documents_the_cli(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"python -m pipeline {command}" in readme
