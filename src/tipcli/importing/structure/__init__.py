"""Structure: a narrative's header, tier, furniture and sections, and the record types it is read into."""
