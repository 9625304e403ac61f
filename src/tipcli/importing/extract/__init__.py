"""Extraction: figures, agencies and events found in a narrative's paragraphs."""
