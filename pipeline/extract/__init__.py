"""Extraction from one sentence at a time: dictionary matches, dates, casualty counts, clauses, roles, events."""
