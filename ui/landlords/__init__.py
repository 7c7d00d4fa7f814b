"""Pronajímatelé: the landlord register, private leases, guarantees (ručení)."""
