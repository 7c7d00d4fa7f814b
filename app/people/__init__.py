"""People and households: records, search, detail."""
