"""Domain exceptions. Their message is Czech and meant for the person at the
keyboard: it says what is wrong and, where possible, what to do."""
from __future__ import annotations


class KmbError(Exception):
    """Base of every error a person can act on."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(KmbError):
    """Bad input; ``field`` names the form field the message belongs to."""

    def __init__(self, message: str, field: str | None = None,
                 errors: dict[str, str] | None = None):
        super().__init__(message)
        self.field = field
        self.errors = dict(errors or ({field: message} if field else {}))

    @classmethod
    def from_errors(cls, errors: dict[str, str]) -> "ValidationError":
        first_field, first_msg = next(iter(errors.items()))
        msg = first_msg if len(errors) == 1 else "; ".join(errors.values())
        return cls(msg, field=first_field, errors=errors)


class NotFound(KmbError):
    pass


class PermissionDenied(KmbError):
    pass


class Conflict(KmbError):
    """The record changed or is locked (e.g. a closed assessment)."""


class DatabaseProblem(KmbError):
    """The database file is missing, corrupt, foreign or too new."""

    exit_code = 3


class Cancelled(KmbError):
    """The person cancelled long work and it stopped before anything was kept
    (raised only before the commit; after it the work reports its result)."""
