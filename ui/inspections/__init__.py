"""Kontroly bytů: list, room-by-room checklist, meters, keys, photos, protocols."""
