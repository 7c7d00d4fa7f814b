"""Nastavení in tests: "open section X" as a person picks it from the list."""
from __future__ import annotations


def open_section(window, title: str):
    """Shows Nastavení's section called ``title``; returns its widget (None when
    the section is not offered to this user)."""
    page = window.show_area("settings")
    if title not in page.tabs.titles():
        return None
    return page.open_section(title)


def section_titles(window) -> list[str]:
    """The sections the list offers, in order (headings left out)."""
    return window.show_area("settings").tabs.titles()
