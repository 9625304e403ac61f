"""Input formats: bytes of one kind (text, HTML, Wikipedia export) -> a narrative draft."""
