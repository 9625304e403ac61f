"""Narratives in: input formats, and the figures, agencies and dates extracted from them."""
