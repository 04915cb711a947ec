"""Extraction in two layers: sentence.py reads one sentence into event mentions (parse.py gives it the syntax),
discourse.py turns an article's mentions into events; events.py runs both. lexicon, dates and numbers find the words."""
