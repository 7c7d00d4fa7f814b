"""Screens of data protection: the role table and the audit viewer (Nastavení)."""
