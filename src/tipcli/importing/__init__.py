"""Turn a TIP country narrative (plain text, saved HTML or a Wikipedia export) into report data."""
