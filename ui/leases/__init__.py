"""Smlouvy: leases, renewals and rent arrears."""
