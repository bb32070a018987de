"""Expected problems, shown to a person as they are."""

from __future__ import annotations

from collections.abc import Sequence

from registry.messages import in_language


class UserError(Exception):
    """A problem the user can understand and fix: bad input, a locked or broken file.

    The message is one or more complete sentences, shown as is; anything else that goes
    wrong is a bug and is handled by the crash reporter. The message and the problems read
    in English (``str``); those that are a :class:`~registry.messages.Sentence` read in the
    user's language too (:meth:`message_in`, :meth:`problems_in`).
    """

    def __init__(self, message: str, problems: Sequence[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems: list[str] = list(problems or [])

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        return self.message + "\n" + "\n".join(f"  {p}" for p in self.problems)

    def message_in(self, lang: str) -> str:
        """The message in ``lang`` (as it is when it has one wording only)."""
        return in_language(self.message, lang)

    def problems_in(self, lang: str) -> list[str]:
        """The listed problems in ``lang``."""
        return [in_language(problem, lang) for problem in self.problems]


class DatabaseError(UserError):
    """The registry database cannot be opened or written."""


class ConflictError(UserError):
    """Somebody else changed the same record since it was loaded."""
