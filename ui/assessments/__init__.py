"""Sociální šetření: list, sectioned form with autosave, close, amend, print."""
