"""Krizový fond: requests, decisions, payments and repayments."""
