"""Undo and redo: one :class:`QUndoCommand` per change of the registry.

Each command calls :mod:`registry.usecases` through :meth:`AppContext.run` (one transaction,
then ``changed``), never a widget. A command is applied once *before* it is pushed
(:func:`push`): when that first application fails with a :class:`UserError` the stack is left
as it was and the caller shows the error. Qt's ``push()`` then calls ``redo()`` again, which
the command skips because the work is already done.

When a later undo or redo fails (somebody else changed the record meanwhile), the command
makes itself obsolete so that the stack drops it instead of believing it was applied, and the
error goes to the one presenter.

Records are named through shared :class:`RecordRef` objects rather than bare ids: a deleted
record that is restored may get a new id (its old one was taken meanwhile), and every
command that names it, earlier or later on the stack, must follow it there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from sqlalchemy.orm import Session

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from registry import usecases
from registry.errors import UserError
from registry.forms import AnyForm, Kind, OrganisationForm, RecordForm, copy_form
from registry.snapshot import Touched
from registry.usecases import DeletedRecords

from ui.context import AppContext
from ui.errors import show_user_error
from ui.i18n import translator

T = TypeVar("T")

RecordKind = Kind | str
"""``"vendor"``, ``"service"``, ``"activity"``, or ``"organisation"`` for updates."""


tr = translator("undo")


def kind_label(kind: str, count: int = 1) -> str:
    """How a kind of record is named in the Edit menu."""
    one = {"vendor": tr("vendor"), "service": tr("service"),
           "activity": tr("processing activity"), "organisation": tr("organisation")}
    many = {"vendor": tr("vendors"), "service": tr("services"),
            "activity": tr("processing activities"), "organisation": tr("organisations")}
    return (one if count == 1 else many).get(kind, kind)


class RecordRef:
    """A record's identity across delete and restore: its current id, kept up to date.

    ``version`` is the row version the last command of this session left the record at, or
    the one the list showed when a deletion was asked for (None when unknown): the next
    command expects to find it, and refuses to overwrite or delete a colleague's change made
    in between.
    """

    __slots__ = ("kind", "id", "version")

    def __init__(self, kind: str, record_id: int) -> None:
        self.kind = kind
        self.id = record_id
        self.version: int | None = None

    def __repr__(self) -> str:
        return f"RecordRef({self.kind!r}, {self.id})"


class RecordRefs(QObject):
    """The live records that commands name, one :class:`RecordRef` per record.

    A child of the :class:`AppContext`, so that every command on the context shares it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordRefs")
        self._live: dict[tuple[str, int], RecordRef] = {}

    @classmethod
    def of(cls, context: AppContext) -> RecordRefs:
        """The context's refs, created on first use."""
        refs = context.findChild(RecordRefs, "recordRefs")
        return refs if refs is not None else cls(context)

    def ref(self, kind: str, record_id: int) -> RecordRef:
        """The ref of the record of ``kind`` whose id is now ``record_id``."""
        key = (kind, record_id)
        if key not in self._live:
            self._live[key] = RecordRef(kind, record_id)
        return self._live[key]

    def forget(self, ref: RecordRef) -> None:
        """The record is gone; its id may be given to another record."""
        if self._live.get((ref.kind, ref.id)) is ref:
            del self._live[(ref.kind, ref.id)]

    def moved(self, ref: RecordRef, record_id: int) -> None:
        """The record exists again, under ``record_id``."""
        self.forget(ref)
        ref.id = record_id
        ref.version = None
        self._live[(ref.kind, record_id)] = ref


class RecordCommand(QUndoCommand):
    """A change of the registry that can be undone.

    Subclasses implement :meth:`_apply` and :meth:`_revert`; both run use cases through
    :meth:`_run` and raise :class:`UserError` when they cannot be done.
    """

    def __init__(self, context: AppContext, kind: str, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.kind = kind
        self.refs = RecordRefs.of(context)
        self._skip_redo = False
        self.error: UserError | None = None
        """The last error of a failed undo or redo, for tests and logs."""

    def apply(self) -> None:
        """Do the change the first time, before the command is pushed.

        Raises:
            UserError: the change was refused; nothing was written.
        """
        self._apply()
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self._apply, tr("Redo"))

    def undo(self) -> None:
        self._guarded(self._revert, tr("Undo"))

    def _guarded(self, work: Callable[[], None], title: str) -> None:
        try:
            work()
        except UserError as exc:
            # Nothing was written; the stack drops this command rather than believe it ran.
            self.error = exc
            self.setObsolete(True)
            show_user_error(QApplication.activeWindow(), exc, title, self.context.ui_language)

    def _run(self, work: Callable[[Session], T], touched: Callable[[T], Touched]) -> T:
        """Run a change through the context, saying which records it wrote (so that only
        they are read again)."""
        return self.context.run(work, touched)

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError


def push(stack: QUndoStack, command: RecordCommand) -> None:
    """Apply ``command`` and put it on ``stack`` only when that worked.

    Raises:
        UserError: the change was refused; the stack is unchanged.
    """
    command.apply()
    stack.push(command)


class CreateRecordCommand(RecordCommand):
    """Add a vendor, service or processing activity; undo deletes it again."""

    def __init__(self, context: AppContext, kind: Kind, form: RecordForm) -> None:
        super().__init__(context, kind,
                         tr("Add {kind} {name}").format(kind=kind_label(kind),
                                                        name=form.name.strip()))
        self.record_kind: Kind = kind
        self.form = copy_form(form)
        self.ref: RecordRef | None = None
        self._version: int | None = None
        self._exists = False

    @property
    def record_id(self) -> int | None:
        """The id of the added record; None before the first redo and after undo."""
        return self.ref.id if self.ref is not None and self._exists else None

    def _apply(self) -> None:
        kind, form = self.record_kind, self.form

        def work(session: Session) -> tuple[int, int | None]:
            new_id = usecases.create(session, kind, form)
            return new_id, usecases.record_version(session, kind, new_id)

        new_id, self._version = self._run(work, lambda r: Touched.of(kind, [r[0]]))
        if self.ref is None:
            self.ref = self.refs.ref(kind, new_id)
        else:
            self.refs.moved(self.ref, new_id)
        self._exists = True

    def _revert(self) -> None:
        assert self.ref is not None
        ref, kind, version = self.ref, self.record_kind, self._version
        expected = {ref.id: version} if version is not None else None
        self._run(lambda s: usecases.delete(s, kind, [ref.id], expected),
                  lambda deleted: Touched.of(kind, deleted.ids))
        self.refs.forget(ref)
        self._exists = False


class UpdateRecordCommand(RecordCommand):
    """Save an edited record; undo puts the ``before`` form back.

    Both directions check that nobody else changed the record in between: the first redo
    against ``before.row_version`` (what the editor showed), later ones against the version
    the last command on this record left (several saves of one record undo one by one).
    """

    def __init__(self, context: AppContext, kind: RecordKind, record_id: int,
                 before: AnyForm, after: AnyForm) -> None:
        super().__init__(context, kind,
                         tr("Edit {kind} {name}").format(kind=kind_label(kind),
                                                         name=after.name.strip()))
        self.ref = self.refs.ref(kind, record_id)
        self.before = copy_form(before)
        self.after = copy_form(after)
        self._first_version: int | None = getattr(before, "row_version", None)
        self._applied = False

    def _apply(self) -> None:
        version = self.ref.version if self._applied else self._first_version
        self._save(self.after, self.before, version)
        self._applied = True

    def _revert(self) -> None:
        self._save(self.before, self.after, self.ref.version)

    def _save(self, form: AnyForm, current: AnyForm, version: int | None) -> None:
        record_id = self.ref.id
        if isinstance(form, OrganisationForm):
            assert isinstance(current, OrganisationForm)
            self._run(lambda s: usecases.save_organisation(s, form, current),
                      lambda _: Touched())
            return
        kind: Kind = self.kind  # type: ignore[assignment]

        def work(session: Session) -> int | None:
            usecases.update(session, kind, record_id, form, version)
            return usecases.record_version(session, kind, record_id)

        self.ref.version = self._run(work, lambda _: Touched.of(kind, [record_id]))


class DeleteRecordsCommand(RecordCommand):
    """Delete records with everything linked to them; undo restores them exactly."""

    def __init__(self, context: AppContext, kind: Kind, ids: list[int],
                 versions: Mapping[int, int] | None = None,
                 names: Mapping[int, str] | None = None) -> None:
        """Delete the records ``ids``.

        ``versions`` and ``names`` are what the person saw (the list's rows): the deletion
        is refused when a record changed since, or when its id now belongs to another
        record, and the refusal names the record as they saw it.
        """
        if names is None:
            names = context.read(lambda s: usecases.record_names(s, kind, ids))
        if len(ids) == 1 and ids[0] in names:
            text = tr("Delete {kind} {name}").format(kind=kind_label(kind), name=names[ids[0]])
        else:
            text = tr("Delete {count} {kinds}").format(count=len(ids),
                                                       kinds=kind_label(kind, len(ids)))
        super().__init__(context, kind, text)
        self.record_kind: Kind = kind
        self.targets = [self.refs.ref(kind, i) for i in dict.fromkeys(ids)]
        self.deleted: DeletedRecords | None = None
        self._linked: dict[tuple[Kind, int], RecordRef] = {}
        self._names = {ref: names.get(ref.id, "") for ref in self.targets}
        for ref in self.targets:
            if versions is not None and ref.id in versions:
                ref.version = versions[ref.id]

    @property
    def ids(self) -> list[int]:
        """The current ids of the records this command deletes."""
        return [ref.id for ref in self.targets]

    def _apply(self) -> None:
        kind, ids = self.record_kind, self.ids
        expected = {ref.id: ref.version for ref in self.targets if ref.version is not None}
        names = {ref.id: self._names[ref] for ref in self.targets}
        self.deleted = self._run(lambda s: usecases.delete(s, kind, ids, expected, names),
                                 lambda deleted: Touched.of(kind, deleted.ids))
        # Linked records may themselves be deleted and restored under new ids before this
        # command is undone: hold their refs, as they were when these records went.
        self._linked = {key: self.refs.ref(*key) for key in self.deleted.references()}
        for ref in self.targets:
            self.refs.forget(ref)

    def _revert(self) -> None:
        deleted, kind = self.deleted, self.record_kind
        assert deleted is not None
        linked = self._linked

        def resolve(kind: Kind, old: int) -> int:
            ref = linked.get((kind, old))
            return ref.id if ref is not None else old

        def work(session: Session) -> tuple[dict[int, int], dict[int, int | None]]:
            ids = usecases.restore(session, deleted, resolve)
            return ids, {new: usecases.record_version(session, kind, new)
                         for new in ids.values()}

        new_ids, versions = self._run(work, lambda r: Touched.of(kind, r[0].values()))
        for ref, old in zip(self.targets, deleted.ids, strict=True):
            self.refs.moved(ref, new_ids[old])
            ref.version = versions[new_ids[old]]
