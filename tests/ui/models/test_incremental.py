"""After one record changes, the lists update only its row, in its sorted place, and the
verdicts follow when the assessment (computed off the GUI thread) lands."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPersistentModelIndex, Qt

from registry import forms, usecases
from registry.enums import LocationKind, VendorRole
from registry.storage import Registry

from ui.context import AppContext, ThreadTasks
from ui.models import VERDICT_ROLE, ServiceTableModel, ShadowFilterProxy, VendorTableModel
from ui.undo import DeleteRecordsCommand, UpdateRecordCommand, push

from tests.ui.models.test_lists import fill_registry, names, proxy_over


def shown(context: AppContext, qtmodeltester: ModelTester,
          model_class: type[VendorTableModel | ServiceTableModel] = VendorTableModel
          ) -> ShadowFilterProxy:
    """A list as a page shows it, kept up to date on ``changed``, checked by the tester."""
    model = model_class(context)
    model.refresh()
    model.apply_assessment(context.assessment())
    context.changed.connect(model.refresh)
    context.assessed.connect(model.apply_assessment)
    qtmodeltester.check(model)
    return proxy_over(model)


def edit(context: AppContext, kind: str, record_id: int, **changes: object) -> None:
    """Save a change of one record as the editor does (through an undo command)."""
    before = context.read(lambda s: usecases.load_form(s, kind, record_id))  # type: ignore[arg-type]
    after = dataclasses.replace(before, **changes)
    push(context.undo_stack, UpdateRecordCommand(context, kind, record_id, before, after))


def test_a_rename_changes_the_row_and_moves_it(context: AppContext, registry: Registry,
                                               qtmodeltester: ModelTester) -> None:
    ids = fill_registry(registry)
    context.invalidate()
    proxy = shown(context, qtmodeltester)
    model = proxy.records()
    assert names(proxy) == ["Advania", "Hetzner", "Mailchimp", "Zendesk", "Økonomi Partner"]
    hetzner = model.row_of(ids["Hetzner"])
    mailchimp = QPersistentModelIndex(model.index(model.row_of(ids["Mailchimp"]) or 0, 1))

    edit(context, "vendor", ids["Mailchimp"], name="Abacus Mail")

    assert names(proxy) == ["Abacus Mail", "Advania", "Hetzner", "Zendesk", "Økonomi Partner"]
    assert model.row_of(ids["Hetzner"]) != hetzner
    # Updated in place, not reset: an index held on the row followed it to its new place.
    assert mailchimp.isValid() and mailchimp.row() == 0 and mailchimp.data() == "Abacus Mail"

    context.undo_stack.undo()

    assert names(proxy) == ["Advania", "Hetzner", "Mailchimp", "Zendesk", "Økonomi Partner"]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
@pytest.mark.parametrize("key", ["name", "legal_name"])
def test_a_changed_row_goes_where_a_full_sort_puts_it(
        context: AppContext, registry: Registry, qtmodeltester: ModelTester,
        key: str, order: Qt.SortOrder) -> None:
    ids = fill_registry(registry)
    context.invalidate()
    model = shown(context, qtmodeltester).records()
    column = model.column_of(key)
    model.sort(column, order)

    edit(context, "vendor", ids["Mailchimp"], name="Mailchimp Ltd", legal_name="Abacus")
    edit(context, "vendor", ids["Advania"], name="Zz Advania", legal_name="Zz")

    moved = [model.record_id(row) for row in range(model.rowCount())]
    model.sort(column, order)  # a full sort of the same rows
    assert moved == [model.record_id(row) for row in range(model.rowCount())]


def test_a_deleted_row_goes_and_comes_back(context: AppContext, registry: Registry,
                                           qtmodeltester: ModelTester) -> None:
    ids = fill_registry(registry)
    context.invalidate()
    proxy = shown(context, qtmodeltester)

    push(context.undo_stack, DeleteRecordsCommand(context, "vendor", [ids["Advania"]]))

    assert names(proxy) == ["Hetzner", "Mailchimp", "Zendesk", "Økonomi Partner"]
    assert proxy.records().row_of(ids["Advania"]) is None

    context.undo_stack.undo()

    assert names(proxy)[0] == "Advania"


def test_a_vendor_change_updates_the_services_that_use_it(
        context: AppContext, registry: Registry, qtmodeltester: ModelTester) -> None:
    ids = fill_registry(registry)
    context.invalidate()
    proxy = shown(context, qtmodeltester, ServiceTableModel)
    model = proxy.records()
    row = model.row_of(ids["Newsletter"])
    assert row is not None
    assert model.index(row, 0).data(VERDICT_ROLE) == "error"  # Mailchimp has no DPA

    assert model.index(row, model.column_of("third")).data() == "1"

    edit(context, "vendor", ids["Mailchimp"], country="NO",
         locations=[forms.LocationForm("NO", LocationKind.HOSTING)])

    row = model.row_of(ids["Newsletter"])
    assert row is not None
    assert model.index(row, model.column_of("third")).data() == "0"


def test_verdicts_update_when_the_assessment_lands_from_the_worker(
        registry: Registry, qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    context = AppContext(registry, tasks=ThreadTasks())
    context.language = "en"
    ids = fill_registry(registry)
    context.invalidate()
    proxy = shown(context, qtmodeltester)
    model = proxy.records()
    row = model.row_of(ids["Mailchimp"])
    assert row is not None
    assert model.index(row, 0).data(VERDICT_ROLE) == "error"

    with qtbot.waitSignal(context.assessed, timeout=10_000):
        edit(context, "vendor", ids["Mailchimp"], country="NO",
             role=VendorRole.INDEPENDENT_CONTROLLER,
             locations=[forms.LocationForm("NO", LocationKind.HOSTING)])
        # Until the new assessment lands, the row keeps the verdict it had.
        row = model.row_of(ids["Mailchimp"])
        assert row is not None
        assert model.index(row, 0).data(VERDICT_ROLE) == "error"
        assert not model.is_assessed
        context.request_assessment()  # as the main window does after every change

    row = model.row_of(ids["Mailchimp"])
    assert row is not None
    qtbot.waitUntil(lambda: model.index(row, 0).data(VERDICT_ROLE) != "error")
    assert model.is_assessed
    context.tasks.wait()
    context.undo_stack.clear()
    context.deleteLater()


def test_only_rows_whose_verdict_changed_are_told(context: AppContext, registry: Registry,
                                                   qtmodeltester: ModelTester) -> None:
    ids = fill_registry(registry)
    context.invalidate()
    model = shown(context, qtmodeltester).records()
    told: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles=(): told.append(
        (first.row(), last.row())))

    model.apply_assessment(context.assessment())  # the same verdicts again
    assert told == []

    edit(context, "vendor", ids["Mailchimp"], country="NO",
         role=VendorRole.INDEPENDENT_CONTROLLER,
         locations=[forms.LocationForm("NO", LocationKind.HOSTING)])
    told.clear()
    model.apply_assessment(context.assessment())

    row = model.row_of(ids["Mailchimp"])
    assert told == [(row, row)]
    assert model.index(row, 0).data(VERDICT_ROLE) != "error"


def test_the_window_shows_the_vendor_list_before_the_snapshot_and_keeps_it(
        registry: Registry, qtbot: QtBot, tmp_path: Path) -> None:
    from ui.mainwindow import MainWindow
    from ui.settings import Settings

    ids = fill_registry(registry)
    context = AppContext(registry, tasks=ThreadTasks())
    context.language = "en"
    window = MainWindow(context, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show_page("vendors")
    page = window.vendors
    # The first screen: the vendor list from the listing, the title from the organisation.
    assert not context.has_snapshot()
    assert window.windowTitle().startswith("Fjordlys AS")
    assert names(page.proxy) == ["Advania", "Hetzner", "Mailchimp", "Zendesk",
                                 "Økonomi Partner"]
    held = QPersistentModelIndex(page.model.index(page.model.row_of(ids["Zendesk"]) or 0, 1))

    with qtbot.waitSignal(context.assessed, timeout=10_000):
        window.show()  # the first paint starts the snapshot and the assessment
    qtbot.waitUntil(lambda: page.model.is_assessed)
    assert context.has_snapshot()
    assert held.isValid() and held.data() == "Zendesk"  # the rows were kept, not reset
    row = page.model.row_of(ids["Mailchimp"])
    assert row is not None and page.model.index(row, 0).data(VERDICT_ROLE) == "error"
    context.tasks.wait()
    window.close()
