"""Shared fixtures: the knowledge base, a helper that runs the extractor on a literal text, and one seed build."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline import config, resources
from pipeline.model import Article
from pipeline.run import build, process_article

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def kb():
    return resources.load(str(config.RESOURCES))


@pytest.fixture(scope="session")
def extract(kb):
    """extract(text, published=date) -> list of events from one literal article."""
    def run(text: str, published: date | None = date(2020, 3, 14), file: str = "t.txt"):
        art = Article(file=file, text=text, published=published, date_method="manifest" if published else "none")
        events, _mentions, _unplaced = process_article(art, kb)
        return events
    return run


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed_tables")
    report = build(config.SEEDS, out)
    return report, out


@pytest.fixture(scope="session")
def seed_events(seed_build) -> pd.DataFrame:
    _report, out = seed_build
    return pd.read_parquet(out / "events.parquet")
