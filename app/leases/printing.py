"""Printers of the lease area for ``kmb print`` and the UI:
``contract`` (lease id) and ``renewal`` (renewal id: dodatek or notice)."""
from __future__ import annotations

from ..printing import register
from .documents import contract_pdf, renewal_pdf

register("contract", lambda db, actor, record_id: contract_pdf(db, actor, record_id))
register("renewal", renewal_pdf)
