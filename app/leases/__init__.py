"""Leases (Smlouvy): lease records and their contract, renewals, rent arrears
and the retention of households housed through the KMB."""
