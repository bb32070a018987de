"""What the whole window shares: the open registry, the undo stack, cached read models.

Widgets never touch SQL: they read the snapshot and assessment cached here, and change the
registry through use-case functions of :mod:`registry.usecases` run by :meth:`AppContext.run`
(one session, one transaction per user action). After every change ``changed`` is emitted and
the caches are rebuilt on next use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoStack

from registry.assessment import Assessment, assess
from registry.facts import Facts, load_facts
from registry.snapshot import Snapshot, load_snapshot
from registry.storage import Registry

T = TypeVar("T")

UI_LANGUAGES = ("en", "nb", "da", "sv", "fi")


def system_language() -> str:
    """The UI language for country names: the system's, when it is one we know."""
    name = QLocale.system().name().split("_")[0]
    if name in ("no", "nn"):
        name = "nb"
    return name if name in UI_LANGUAGES else "en"


class AppContext(QObject):
    """The open registry and its caches.

    Signals:
        changed: the registry's data changed (after a save, delete, undo, import).
    """

    changed = Signal()

    def __init__(self, registry: Registry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.undo_stack = QUndoStack(self)
        self.facts: Facts = load_facts()
        self.as_of: dt.date | None = None
        self.language = system_language()
        self._snapshot: Snapshot | None = None
        self._assessment: Assessment | None = None

    @property
    def read_only(self) -> bool:
        return self.registry.read_only

    def today(self) -> dt.date:
        return self.as_of or dt.date.today()

    def snapshot(self) -> Snapshot:
        if self._snapshot is None:
            with self.registry.read() as session:
                self._snapshot = load_snapshot(session)
        return self._snapshot

    def assessment(self) -> Assessment:
        if self._assessment is None:
            self._assessment = assess(self.snapshot(), self.today(), self.facts)
        return self._assessment

    def invalidate(self) -> None:
        """Forget the caches and tell every view to refresh."""
        self._snapshot = None
        self._assessment = None
        self.changed.emit()

    def run(self, work: Callable[[Session], T]) -> T:
        """Run one change in one transaction, then refresh every view.

        Raises:
            UserError: what went wrong, for the error presenter; nothing was changed.
        """
        with self.registry.session() as session:
            result = work(session)
        self.invalidate()
        return result

    def read(self, work: Callable[[Session], T]) -> T:
        """Run a query in a session of its own."""
        with self.registry.read() as session:
            return work(session)
