"""Expected problems, shown to a person as they are."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and fix: bad input, a locked or broken file.

    The message is one or more complete sentences, shown as is; anything else that goes
    wrong is a bug and is handled by the crash reporter.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems: list[str] = list(problems or [])

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        return self.message + "\n" + "\n".join(f"  {p}" for p in self.problems)


class DatabaseError(UserError):
    """The registry database cannot be opened or written."""


class ConflictError(UserError):
    """Somebody else changed the same record since it was loaded."""
