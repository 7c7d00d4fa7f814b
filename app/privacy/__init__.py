"""Data protection: who may see which field (visibility), the role table the
office adjusts, and the data subject's rights (DESIGN.md "Security and data
protection")."""
