"""Případy: the list of cases and a case's detail with its timeline."""
