"""Every path the project uses, built from the project root; environment variables override."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = Path(os.environ.get("PMU_RESOURCES", ROOT / "pipeline" / "resources"))
SEEDS = ROOT / "seeds"
DATA = Path(os.environ.get("PMU_DATA", ROOT / "data"))
CACHE = Path(os.environ.get("PMU_CACHE", ROOT / ".cache"))

GAZETTEER = RESOURCES / "gazetteer.csv"
ACTORS = RESOURCES / "actors.csv"
TRIGGERS = RESOURCES / "triggers.csv"
CUES = RESOURCES / "cues.csv"
EVENT_TYPES = RESOURCES / "event_types.csv"
PUBLICATIONS = RESOURCES / "publications.csv"
KEY_EVENTS = RESOURCES / "key_events.csv"
TYPE_DEFAULTS = RESOURCES / "type_defaults.csv"
WORD_CLASSES = RESOURCES / "word_classes.csv"

TABLE_NAMES = ("events", "actors", "locations", "documents")
