"""The importer's vocabularies, each defined once: what words a TIP narrative uses, kept apart from the rules."""
