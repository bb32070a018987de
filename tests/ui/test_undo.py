"""Undo commands on a bare QUndoStack over a real registry."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from PySide6.QtGui import QUndoStack

from registry import forms
from registry import usecases as uc
from registry.enums import LocationKind, Mechanism
from registry.errors import UserError
from registry.snapshot import VendorRow

from ui.context import AppContext
from ui.undo import CreateRecordCommand, DeleteRecordsCommand, UpdateRecordCommand, push


def vendor(name: str = "Zendesk, Inc.", **changes: Any) -> forms.VendorForm:
    form = forms.VendorForm(
        name=name, country="US", legal_name=name,
        locations=[forms.LocationForm("IE", LocationKind.HOSTING, "Dublin")],
        safeguards=[forms.SafeguardForm("US", Mechanism.SCC_2021, scc_module=2)],
    )
    return dataclasses.replace(form, **changes)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


def read(context: AppContext, work: Callable[[Session], Any]) -> Any:
    return context.read(work)


def contents(vendors: dict[int, VendorRow]) -> dict[int, VendorRow]:
    """The vendors with their locations, safeguards and DPA as written again: the same but
    for the ids of those rows (which SQLite hands out again and PostgreSQL does not)."""
    def renumbered(vendor: VendorRow) -> VendorRow:
        return dataclasses.replace(
            vendor,
            locations=tuple(dataclasses.replace(row, id=0) for row in vendor.locations),
            safeguards=tuple(dataclasses.replace(row, id=0) for row in vendor.safeguards),
            dpa=dataclasses.replace(vendor.dpa, id=0) if vendor.dpa else None)
    return {i: renumbered(v) for i, v in vendors.items()}


def exists(context: AppContext, kind: forms.Kind, record_id: int | None) -> bool:
    assert record_id is not None
    return bool(read(context, lambda s: uc.record_names(s, kind, [record_id])))


def test_create_undo_redo(context: AppContext, stack: QUndoStack) -> None:
    command = CreateRecordCommand(context, "vendor", vendor())
    push(stack, command)
    first_id = command.record_id

    assert exists(context, "vendor", first_id)
    assert stack.undoText() == "Add vendor Zendesk, Inc."
    stack.undo()
    assert not exists(context, "vendor", first_id)
    assert command.record_id is None
    stack.redo()
    assert exists(context, "vendor", command.record_id)
    assert read(context, lambda s: uc.load_vendor_form(s, command.record_id)) == vendor()


def test_every_change_emits_changed(context: AppContext, stack: QUndoStack, qtbot: Any) -> None:
    with qtbot.waitSignal(context.changed):
        push(stack, CreateRecordCommand(context, "service", forms.ServiceForm("Helpdesk")))
    with qtbot.waitSignal(context.changed):
        stack.undo()


def test_edit_undo_redo(context: AppContext, stack: QUndoStack) -> None:
    push(stack, CreateRecordCommand(context, "vendor", vendor()))
    vendor_id = stack.command(0).record_id
    before = read(context, lambda s: uc.load_vendor_form(s, vendor_id))
    after = dataclasses.replace(before, legal_name="Zendesk International Ltd",
                                locations=[])

    push(stack, UpdateRecordCommand(context, "vendor", vendor_id, before, after))
    assert stack.undoText() == "Edit vendor Zendesk, Inc."
    assert read(context, lambda s: uc.load_vendor_form(s, vendor_id)) == after

    stack.undo()
    assert read(context, lambda s: uc.load_vendor_form(s, vendor_id)) == before
    stack.redo()
    assert read(context, lambda s: uc.load_vendor_form(s, vendor_id)) == after


def test_several_saves_of_one_record_undo_and_redo_one_by_one(
    context: AppContext, stack: QUndoStack
) -> None:
    push(stack, CreateRecordCommand(context, "vendor", vendor()))
    vendor_id = stack.command(0).record_id
    names = ["Zendesk, Inc.", "Zendesk 1", "Zendesk 2", "Zendesk 3"]
    for name in names[1:]:
        before = read(context, lambda s: uc.load_vendor_form(s, vendor_id))
        push(stack, UpdateRecordCommand(context, "vendor", vendor_id, before,
                                        dataclasses.replace(before, name=name)))

    def name_now() -> str:
        return str(read(context, lambda s: uc.load_vendor_form(s, vendor_id)).name)

    for expected in reversed(names[:-1]):
        stack.undo()
        assert name_now() == expected
    for expected in names[1:]:
        stack.redo()
        assert name_now() == expected
    assert stack.count() == 4


def test_the_command_keeps_its_own_copy_of_the_forms(context: AppContext,
                                                     stack: QUndoStack) -> None:
    form = vendor()
    push(stack, CreateRecordCommand(context, "vendor", form))
    form.name = "Changed after pushing"
    stack.undo()
    stack.redo()

    assert read(context, lambda s: uc.record_names(
        s, "vendor", [stack.command(0).record_id])) == {stack.command(0).record_id:
                                                          "Zendesk, Inc."}


def test_delete_undo_restores_the_record_and_all_its_links(
    context: AppContext, stack: QUndoStack
) -> None:
    def build(s: Session) -> tuple[int, int, int, int]:
        service = uc.create_service(s, forms.ServiceForm("Helpdesk"))
        top = uc.create_vendor(s, vendor(services=[(service, "Ticketing")]))
        child = uc.create_vendor(s, vendor("AWS EMEA SARL", country="LU", parent_id=top,
                                           safeguards=[]))
        activity = uc.create_activity(s, forms.ActivityForm(
            name="Support", vendor_ids=[top, child], service_ids=[service]))
        return service, top, child, activity

    service, top, child, activity = context.run(build)
    snapshot_before = context.snapshot()

    push(stack, DeleteRecordsCommand(context, "vendor", [top, child]))
    assert stack.undoText() == "Delete 2 vendors"
    assert read(context, lambda s: uc.load_activity_form(s, activity)).vendor_ids == []

    stack.undo()
    assert contents(context.snapshot().vendors) == contents(snapshot_before.vendors)
    assert context.snapshot().services == snapshot_before.services
    assert context.snapshot().activities == snapshot_before.activities

    stack.redo()
    assert not exists(context, "vendor", top) and not exists(context, "vendor", child)


def test_delete_text_names_a_single_record(context: AppContext) -> None:
    vendor_id = context.run(lambda s: uc.create_vendor(s, vendor()))

    assert DeleteRecordsCommand(context, "vendor", [vendor_id]).text() == \
        "Delete vendor Zendesk, Inc."


@pytest.mark.sqlite_only
def test_redo_deletes_the_restored_record_even_under_a_new_id(
    context: AppContext, stack: QUndoStack
) -> None:
    vendor_id = context.run(lambda s: uc.create_vendor(s, vendor()))
    command = DeleteRecordsCommand(context, "vendor", [vendor_id])
    push(stack, command)
    # Meanwhile a team member adds a vendor, and SQLite gives it the freed id.
    other = context.run(lambda s: uc.create_vendor(s, vendor("Link Mobility", country="NO")))
    assert other == vendor_id

    stack.undo()
    restored = command.ids[0]
    assert restored != vendor_id
    assert read(context, lambda s: uc.record_names(s, "vendor", [restored])) == {
        restored: "Zendesk, Inc."}

    stack.redo()
    assert read(context, lambda s: uc.record_names(s, "vendor", [other, restored])) == {
        other: "Link Mobility"}


@pytest.mark.sqlite_only
def test_an_earlier_edit_follows_the_record_to_its_new_id(
    context: AppContext, stack: QUndoStack
) -> None:
    vendor_id = context.run(lambda s: uc.create_vendor(s, vendor()))
    before = read(context, lambda s: uc.load_vendor_form(s, vendor_id))
    after = dataclasses.replace(before, legal_name="Edited")
    push(stack, UpdateRecordCommand(context, "vendor", vendor_id, before, after))
    push(stack, DeleteRecordsCommand(context, "vendor", [vendor_id]))
    context.run(lambda s: uc.create_vendor(s, vendor("Taken the id", country="NO")))

    stack.undo()  # the delete: restored under a new id
    stack.undo()  # the edit: must change the restored vendor, not the newcomer

    restored = stack.command(1).ids[0]
    assert read(context, lambda s: uc.load_vendor_form(s, restored)).legal_name == \
        "Zendesk, Inc."
    assert read(context, lambda s: uc.load_vendor_form(s, vendor_id)).name == "Taken the id"


def test_a_refused_change_is_not_pushed(context: AppContext, stack: QUndoStack) -> None:
    with pytest.raises(UserError, match="cannot be saved"):
        push(stack, CreateRecordCommand(context, "vendor", vendor(name="")))

    assert stack.count() == 0
    assert read(context, lambda s: uc.record_names(s, "vendor", range(1, 10))) == {}


def test_a_failed_undo_drops_the_command_and_shows_why(
    context: AppContext, stack: QUndoStack, shown_errors: list[tuple[str, str]]
) -> None:
    push(stack, CreateRecordCommand(context, "vendor", vendor()))
    vendor_id = stack.command(0).record_id
    form = read(context, lambda s: uc.load_vendor_form(s, vendor_id))
    # A team member edits the vendor: undoing the create would throw their work away.
    context.run(lambda s: uc.update_vendor(s, vendor_id, dataclasses.replace(
        form, address="Theirs"), None))

    stack.undo()

    assert stack.count() == 0 and stack.index() == 0
    assert exists(context, "vendor", vendor_id)
    assert shown_errors and "Somebody else changed" in shown_errors[0][1]


def test_redo_of_a_delete_refuses_to_delete_a_colleague_s_later_change(
    context: AppContext, stack: QUndoStack, shown_errors: list[tuple[str, str]]
) -> None:
    vendor_id = context.run(lambda s: uc.create_vendor(s, vendor()))
    command = DeleteRecordsCommand(context, "vendor", [vendor_id])
    push(stack, command)
    stack.undo()
    restored = command.ids[0]
    form = read(context, lambda s: uc.load_vendor_form(s, restored))
    # A team member edits the restored vendor: redoing the delete would throw it away.
    context.run(lambda s: uc.update_vendor(s, restored, dataclasses.replace(
        form, address="Theirs"), form.row_version))

    stack.redo()

    assert read(context, lambda s: uc.load_vendor_form(s, restored)).address == "Theirs"
    assert shown_errors and \
        'Somebody else changed the vendor "Zendesk, Inc."' in shown_errors[0][1]


def test_a_command_pushed_without_apply_still_guards_the_stack(
    context: AppContext, stack: QUndoStack, shown_errors: list[tuple[str, str]]
) -> None:
    stack.push(CreateRecordCommand(context, "service", forms.ServiceForm("")))

    assert stack.count() == 0
    assert "cannot be saved" in shown_errors[0][1]


def test_organisation_edit_undo(context: AppContext, stack: QUndoStack) -> None:
    before = read(context, uc.load_organisation_form)
    after = dataclasses.replace(before, name="Nordic SMS AS", email="privacy@sms.no")

    push(stack, UpdateRecordCommand(context, "organisation", 1, before, after))
    assert read(context, uc.load_organisation_form) == after
    stack.undo()
    assert read(context, uc.load_organisation_form) == before
