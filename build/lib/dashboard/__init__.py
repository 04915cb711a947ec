"""Streamlit dashboard over the pipeline's tables: map, timeline, filters, evidence, briefing mode."""
