"""A page that shows what the registry holds and follows its changes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class FollowingPage(QWidget):
    """A page over the registry of an :class:`AppContext`: every change marks it stale; it
    reads the registry again at once when it is shown, else when it is next shown
    (:meth:`ensure_fresh`, which calls the page's :meth:`refresh`)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.changed.connect(self.mark_stale)

    def refresh(self) -> None:
        """Show the registry as it is now."""
        raise NotImplementedError

    def mark_stale(self) -> None:
        """The registry changed: refresh now when visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.ensure_fresh()

    def is_stale(self) -> bool:
        return self._stale

    def ensure_fresh(self) -> None:
        """Refresh if the registry changed since the page last showed it."""
        if not self._stale:
            return
        self._stale = False
        self.refresh()

    def follow(self, context: AppContext) -> None:
        """Follow another registry (after File > Open): refreshed when next made fresh."""
        self.context.changed.disconnect(self.mark_stale)
        self.context = context
        context.changed.connect(self.mark_stale)
        self._stale = True
