"""RÚIAN addresses offline (import of ČÚZK's open file, completion of address
fields) and the geography of contacts and cases (municipality, locality)."""
