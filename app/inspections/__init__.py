"""Flat inspections and handovers: checklist templates, records, meter
readings, photos and their protocols."""
