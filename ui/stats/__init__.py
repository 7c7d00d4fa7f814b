"""Statistiky: figures of a period as tables and a chart, with export."""
