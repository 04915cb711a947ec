"""Building the tables from the dashboard: a progress bar, and a spinner while another session builds."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import data


def waiting_for_other_build():
    """What a session shows while another session (or the command line) builds the same data folder."""
    return st.spinner("Another session is building the tables; they load here when it has finished…")


def build_with_progress(src: Path, out: Path, force: bool = False) -> bool:
    """data.build with a progress bar; waits (with a spinner) when another build of out is running."""
    bar = st.progress(0.0, text="Starting the extraction pipeline…")

    def progress(done: int, total: int, name: str) -> None:
        bar.progress(min(1.0, done / max(1, total)), text=f"Reading {name} ({done}/{total})")

    built = data.build(src, out, progress=progress, on_wait=waiting_for_other_build, force=force)
    bar.progress(1.0, text="Done." if built else "Another session built the tables.")
    return built


def rebuild(data_dir: Path) -> bool:
    """Rebuild the tables of data_dir from its configured articles, after an edit (a correction, an undo, an import)."""
    return build_with_progress(data.input_dir(data_dir), data_dir, force=True)
