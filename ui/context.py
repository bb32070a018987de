"""What the whole window shares: the open registry, the undo stack, cached read models.

Widgets never touch SQL: they read the snapshot and assessment cached here, and change the
registry through use-case functions of :mod:`registry.usecases` run by :meth:`AppContext.run`
(one session, one transaction per user action). After every change ``changed`` is emitted.

A change that says which records it touched brings the cached snapshot up to date by reading
only those (:func:`registry.snapshot.refresh_snapshot`); any other change drops it, to be read
again on next use. The assessment is computed off the GUI thread by :attr:`AppContext.tasks`
(a thread pool; tests use :class:`ImmediateTasks`): until the new one lands (``assessed``),
:meth:`AppContext.assessment` answers with the one before the change.

A what-if (:meth:`AppContext.suppose`: another date, adequacy decisions supposed revoked) is
worked out the same way, on the snapshot held here, after today's assessment, and compared
with it (:mod:`registry.whatif`); ``supposed`` brings it. It is never written anywhere.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLocale,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QUndoStack

from registry.assessment import Assessment, assess
from registry.enums import LANGUAGES
from registry.facts import Facts, load_facts
from registry.snapshot import (
    OrganisationRow,
    Snapshot,
    Touched,
    VendorListing,
    load_snapshot,
    read_organisation,
    read_vendor_listing,
    refresh_snapshot,
)
from registry.storage import Registry
from registry.whatif import Supposition, WhatIf, what_if

T = TypeVar("T")

SWITCH_INTERVAL = 0.0005
"""Seconds a worker thread may hold the interpreter lock while the GUI thread wants it."""

INCREMENTAL_LIMIT = 200
"""Above this many touched records, reading the whole registry again is as quick."""


def system_language() -> str:
    """The UI language for country names: the system's, when it is one we know."""
    name = QLocale.system().name().split("_")[0]
    if name in ("no", "nn"):
        name = "nb"
    return name if name in LANGUAGES else "en"


class Tasks(Protocol):
    """Runs work away from the GUI thread and hands the result back on it."""

    def start(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """Run ``work``; call ``done`` with its result on the GUI thread."""

    def wait(self) -> None:
        """Block until every task started has finished and been handed back."""


class ImmediateTasks:
    """Runs every task at once, in the caller's thread (for tests: no waiting, no threads)."""

    def start(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        done(work())

    def wait(self) -> None:
        """Nothing is ever under way."""


class _Job(QRunnable):
    """One task of :class:`ThreadTasks`: its result goes back through ``relay``."""

    def __init__(self, work: Callable[[], Any], relay: ThreadTasks) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            outcome: tuple[Any, BaseException | None] = (self.work(), None)
        except BaseException as exc:  # handed to the GUI thread, where the excepthook sees it
            outcome = (None, exc)
        self.relay.finished.emit(self, outcome)


class ThreadTasks(QObject):
    """Runs tasks on a :class:`QThreadPool`; results come back to the GUI thread by signal.

    Signals:
        finished(object, object): a job and its ``(result, error)`` (queued to this thread).
    """

    finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        # While a job computes, the GUI thread waits for the interpreter lock after every
        # call that released it (a query, a paint): at most this long instead of 5 ms.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        self._done: dict[_Job, Callable[[Any], None]] = {}
        self.finished.connect(self._hand_back)

    def start(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """Queue ``work``; it starts once the event now handled is done, so that the rest
        of that event does not compete with it for the interpreter."""
        job = _Job(work, self)
        self._done[job] = done
        QTimer.singleShot(0, self, lambda: self.pool.start(job))

    def wait(self) -> None:
        """Block until every job has run, then hand their results back."""
        while self._done:
            self.pool.waitForDone()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)

    @Slot(object, object)
    def _hand_back(self, job: _Job, outcome: tuple[Any, BaseException | None]) -> None:
        done = self._done.pop(job)
        result, error = outcome
        if error is not None:
            raise error
        done(result)


def default_tasks() -> Tasks:
    """The task runner of a new :class:`AppContext` (tests replace this function)."""
    return ThreadTasks()


class AppContext(QObject):
    """The open registry and its caches.

    The snapshot is read when first needed, or with the first assessment on a worker thread
    (:meth:`request_assessment`): the window's first screen needs only the vendors' listing
    (:meth:`vendor_listing`) and the organisation (:meth:`organisation`), each read alone.

    Signals:
        changed: the registry's data changed (after a save, delete, undo, import).
        loaded: the snapshot, read in the background, is there (the data did not change).
        assessed(Assessment): the assessment of the registry as it is now is ready.
        supposition_changed: a supposition was made, changed or given up (back to today).
        supposed(WhatIf): the registry under the supposition, against today, is ready.
    """

    changed = Signal()
    loaded = Signal()
    assessed = Signal(object)
    supposition_changed = Signal()
    supposed = Signal(object)

    def __init__(self, registry: Registry, parent: QObject | None = None, *,
                 tasks: Tasks | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else default_tasks()
        if isinstance(self.tasks, QObject) and self.tasks.parent() is None:
            self.tasks.setParent(self)
        self.registry = registry
        self.undo_stack = QUndoStack(self)
        self.facts: Facts = load_facts()
        self.as_of: dt.date | None = None
        self.language = system_language()
        self._snapshot: Snapshot | None = None
        self._listing: dict[int, VendorListing] | None = None
        self._organisation: OrganisationRow | None = None
        self._assessment: Assessment | None = None
        self._previous: Assessment | None = None
        self._generation = 0
        """Counts the changes, so that an assessment of an older registry is recognised."""
        self._assessing: int | None = None
        self._supposition: Supposition | None = None
        self._what_if: WhatIf | None = None
        self._supposing: tuple[int, Supposition] | None = None

    @property
    def read_only(self) -> bool:
        return self.registry.read_only

    @property
    def ui_language(self) -> str:
        """The language of the app's own words, beside its labels: :attr:`language` when the
        interface is translated into it, else English. Findings, verdicts and country names
        follow :attr:`language`."""
        return self.language if self.language in LANGUAGES else "en"

    def today(self) -> dt.date:
        return self.as_of or dt.date.today()

    def snapshot(self) -> Snapshot:
        if self._snapshot is None:
            with self.registry.read() as session:
                self._snapshot = load_snapshot(session)
        return self._snapshot

    def has_snapshot(self) -> bool:
        """Whether the snapshot is loaded (else :meth:`snapshot` reads it now)."""
        return self._snapshot is not None

    def vendor_listing(self) -> dict[int, VendorListing]:
        """Every vendor as the vendor list shows it, by name (from the snapshot when it is
        loaded, else read alone)."""
        if self._snapshot is not None:
            return {i: VendorListing.of(v) for i, v in self._snapshot.vendors.items()}
        if self._listing is None:
            with self.registry.read() as session:
                self._listing = read_vendor_listing(session)
        return self._listing

    def organisation(self) -> OrganisationRow:
        """The organisation (from the snapshot when it is loaded, else read alone)."""
        if self._snapshot is not None:
            return self._snapshot.organisation
        if self._organisation is None:
            with self.registry.read() as session:
                self._organisation = read_organisation(session)
        return self._organisation

    def assessment(self) -> Assessment:
        """The assessment of the registry.

        Right after a change, while the new one is computed in the background, this is the
        one from before the change (``assessed`` tells when the new one is there). Only the
        very first assessment is computed here, at once.
        """
        if self._assessment is not None:
            return self._assessment
        if self._previous is not None:
            self.request_assessment()
            return self._assessment or self._previous
        self._assessment = self._previous = assess(self.snapshot(), self.today(), self.facts)
        return self._assessment

    def current_assessment(self) -> Assessment | None:
        """The assessment of the registry as it is now, or None while it is computed."""
        return self._assessment

    def request_assessment(self) -> None:
        """Have the assessment of the registry as it is now computed in the background.

        ``assessed`` is emitted when it is ready (at once if it already is).
        """
        if self._assessment is not None:
            self.assessed.emit(self._assessment)
            return
        generation = self._generation
        if self._assessing == generation:
            return
        self._assessing = generation
        as_of, facts = self.today(), self.facts
        snapshot = self._snapshot
        if snapshot is not None:
            self.tasks.start(lambda: assess(snapshot, as_of, facts),
                             lambda result: self._on_assessed(generation, result))
            return
        registry = self.registry

        def load_and_assess() -> tuple[Snapshot, Assessment]:
            with registry.read() as session:
                loaded = load_snapshot(session)
            return loaded, assess(loaded, as_of, facts)

        self.tasks.start(load_and_assess, lambda result: self._on_loaded(generation, *result))

    def _on_loaded(self, generation: int, snapshot: Snapshot, result: Assessment) -> None:
        if generation == self._generation and self._snapshot is None:
            self._snapshot = snapshot
            self._listing = self._organisation = None
            self.loaded.emit()
        self._on_assessed(generation, result)

    def _on_assessed(self, generation: int, result: Assessment) -> None:
        if self._assessing == generation:
            self._assessing = None
        if generation != self._generation:
            # The registry changed while this was computed: newer than what is shown, still.
            self._previous = result
            self.request_assessment()
            return
        if self._assessment is None:
            self._assessment = self._previous = result
        self.assessed.emit(self._assessment)
        if self._supposition is not None and self._what_if is None:
            self.request_what_if()

    # --- what if --------------------------------------------------------------------------

    def supposition(self) -> Supposition | None:
        """What the window supposes instead of today, or None (it shows today)."""
        return self._supposition

    def suppose(self, supposition: Supposition | None) -> None:
        """Show the registry under ``supposition`` (None, or one that supposes nothing: as
        it is today); its assessment is worked out in the background (``supposed``)."""
        if supposition is not None and supposition.is_today(self.today()):
            supposition = None
        if supposition == self._supposition:
            return
        self._supposition = supposition
        self._what_if = None
        self.supposition_changed.emit()
        self.request_what_if()

    def what_if(self) -> WhatIf | None:
        """The registry under the supposition against today, or None (no supposition, or it
        is being worked out)."""
        return self._what_if

    def request_what_if(self) -> None:
        """Have the supposition worked out (after today's assessment, which it is compared
        with); ``supposed`` is emitted when it is ready (at once if it is)."""
        supposition = self._supposition
        if supposition is None:
            return
        if self._what_if is not None:
            self.supposed.emit(self._what_if)
            return
        today, snapshot = self._assessment, self._snapshot
        if today is None or snapshot is None:
            self.request_assessment()  # the supposition follows (_on_assessed)
            return
        key = (self._generation, supposition)
        if self._supposing == key:
            return
        self._supposing = key
        facts = self.facts
        self.tasks.start(lambda: what_if(snapshot, supposition, today, facts),
                         lambda result: self._on_supposed(key, result))

    def _on_supposed(self, key: tuple[int, Supposition], result: WhatIf) -> None:
        if self._supposing == key:
            self._supposing = None
        if key != (self._generation, self._supposition):
            # The registry or the supposition changed meanwhile.
            self.request_what_if()
            return
        self._what_if = result
        self.supposed.emit(result)

    def invalidate(self, touched: Touched | None = None) -> None:
        """Bring the caches up to date and tell every view to refresh.

        Args:
            touched: the only records that changed, when known: the snapshot is refreshed
                by reading them alone. None: the whole registry is read again on next use.
        """
        if touched is not None and self._snapshot is not None and \
                len(touched) <= INCREMENTAL_LIMIT:
            with self.registry.read() as session:
                self._snapshot = refresh_snapshot(session, self._snapshot, touched)
        else:
            self._snapshot = None
        self._listing = self._organisation = None
        self._assessment = None
        self._what_if = None
        self._generation += 1
        self.changed.emit()

    def run(self, work: Callable[[Session], T],
            touched: Touched | Callable[[T], Touched] | None = None) -> T:
        """Run one change in one transaction, then refresh every view.

        Args:
            work: the change.
            touched: the records it writes, or how to tell them from its result (None:
                not known, everything is read again).

        Raises:
            UserError: what went wrong, for the error presenter; nothing was changed.
        """
        with self.registry.session() as session:
            result = work(session)
        self.invalidate(touched if touched is None or isinstance(touched, Touched)
                        else touched(result))
        return result

    def read(self, work: Callable[[Session], T]) -> T:
        """Run a query in a session of its own."""
        with self.registry.read() as session:
            return work(session)
