"""Housing stock: buildings and flats."""
