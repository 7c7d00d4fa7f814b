"""Programy a dotace (issue 16.3)."""
