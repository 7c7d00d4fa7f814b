"""Programmes and funding (issue 16.3): the register of projects and grants,
programme tags on cases, leases and fund budgets, a flat's funding with its
target group (enforced by the allocation engine), statistics per programme and
the indicator workbook for a funder."""
