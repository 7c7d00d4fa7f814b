"""Offline exchange: clock stamps, change capture, bundles and merge."""
