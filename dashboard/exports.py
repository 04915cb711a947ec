"""Downloads of the filtered events: CSV, GeoJSON and ACLED's format, made by pipeline.export (the module
`python -m pipeline export` uses too, so both give the same files)."""
from __future__ import annotations

from pipeline.export import (ACLED_COLUMNS, CSV_ENCODING, file_stem, to_acled, to_acled_csv,  # noqa: F401
                             timestamp_of, to_csv, to_geojson)
