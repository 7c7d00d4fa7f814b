"""Private landlords and bydlení s ručením (issue 16.2): the landlord register,
private leases and subleases of households, guarantees (ručení) and the
claims paid under them."""
