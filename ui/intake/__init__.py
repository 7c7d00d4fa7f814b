"""Příjem: the front-desk intake, the contacts, the possible duplicates."""
