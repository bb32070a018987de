"""The record editors on a real registry: typing, validation, save, revert, undo, prompts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from registry import forms
from registry import usecases as uc
from registry.enums import ActivityRole, LocationKind, Mechanism
from registry.snapshot import Touched
from registry.storage import Registry, open_registry

from ui.context import AppContext
from ui.editors import (
    ActivityEditor,
    OrganisationEditor,
    ServiceEditor,
    UnsavedChangesDialog,
    VendorEditor,
)
from ui.editors.base import RecordEditor
from ui.widgets import (
    CheckListModel,
    CountryListModel,
    CountryPicker,
    RecordListModel,
    RecordPicker,
)

VALID_NO_ORGNR = "974760673"

# The offscreen platform cannot size windows, raise popups or grab the keyboard: not our warnings.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def zendesk(**changes: Any) -> forms.VendorForm:
    form = forms.VendorForm(
        name="Zendesk, Inc.", legal_name="Zendesk, Inc.", country="US",
        locations=[forms.LocationForm("IE", LocationKind.HOSTING, "AWS eu-west-1, Dublin")],
        safeguards=[forms.SafeguardForm("US", Mechanism.EU_US_DPF, dpf_certified=True,
                                        dpf_checked=dt.date(2026, 1, 5))],
    )
    return dataclasses.replace(form, **changes)


def add_vendor(context: AppContext, **changes: Any) -> int:
    vendor_id: int = context.run(lambda s: uc.create_vendor(s, zendesk(**changes)))
    return vendor_id


def stored(context: AppContext, vendor_id: int) -> forms.VendorForm:
    form: forms.VendorForm = context.read(lambda s: uc.load_vendor_form(s, vendor_id))
    return form


def show(qtbot: QtBot, editor: RecordEditor) -> RecordEditor:
    qtbot.addWidget(editor)
    editor.resize(700, 900)
    editor.show()
    return editor


@pytest.fixture
def vendor_editor(context: AppContext, qtbot: QtBot) -> VendorEditor:
    editor = VendorEditor(context)
    show(qtbot, editor)
    return editor


def error_of(editor: RecordEditor, key: str) -> str:
    label = editor._bindings[key].error
    return label.text() if label.isVisibleTo(editor) else ""


def line(editor: RecordEditor, key: str) -> QLineEdit:
    widget = editor._bindings[key].widget
    assert isinstance(widget, QLineEdit)
    return widget


# --- validation as you type ----------------------------------------------------------------


def test_registration_number_is_checked_as_you_type(vendor_editor: VendorEditor,
                                                    qtbot: QtBot) -> None:
    vendor_editor.load(None)
    vendor_editor.country.setCode("NO")

    qtbot.keyClicks(vendor_editor.registration, "986901052")

    assert "not a valid organisation number for Norway" in error_of(
        vendor_editor, "registration_number")
    vendor_editor.registration.clear()
    qtbot.keyClicks(vendor_editor.registration, VALID_NO_ORGNR)
    assert error_of(vendor_editor, "registration_number") == ""


def test_problems_appear_next_to_their_field(vendor_editor: VendorEditor,
                                             qtbot: QtBot) -> None:
    vendor_editor.load(add_vendor(vendor_editor.context))

    qtbot.keyClicks(line(vendor_editor, "website"), "ftp://zendesk.com")
    vendor_editor.name_edit.clear()

    qtbot.waitUntil(lambda: error_of(vendor_editor, "website") != "")
    assert "must start with https:// or http://" in error_of(vendor_editor, "website")
    assert error_of(vendor_editor, "name") == "A name is required."
    assert "2 problem" in vendor_editor.summary.text()


def test_problems_of_a_table_row_are_shown_under_the_table(
    vendor_editor: VendorEditor, qtbot: QtBot
) -> None:
    vendor_editor.load(None)
    vendor_editor.locations.add_row({"country": "XX", "kind": LocationKind.HOSTING})

    assert not vendor_editor.save()

    assert 'Location 1: "XX" is not a country code' in error_of(vendor_editor, "locations")


@pytest.fixture
def pointer() -> Iterator[None]:
    """The pointer is put back where it was after the test (other tests' forms under it)."""
    where = QCursor.pos()
    yield
    QCursor.setPos(where)


@pytest.mark.parametrize("scrolled", [False, True], ids=["at the top", "scrolled"])
def test_a_problem_appearing_or_going_moves_nothing_under_the_pointer(
    vendor_editor: VendorEditor, qtbot: QtBot, scrolled: bool, pointer: None
) -> None:
    vendor_editor.load(add_vendor(vendor_editor.context))
    vendor_editor.resize(700, 500)
    area = vendor_editor.scroll_area
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    website, below = line(vendor_editor, "website"), line(vendor_editor, "privacy_url")
    area.ensureWidgetVisible(below, 0, 200 if scrolled else 0)
    if scrolled:
        assert area.verticalScrollBar().value() > 0
    QCursor.setPos(below.mapToGlobal(below.rect().center()))  # about to click into it

    def where() -> int:
        return below.mapTo(area.viewport(), QPoint(0, 0)).y()

    before = where()

    website.setText("ftp://zendesk.com")
    vendor_editor.validate_now()

    assert error_of(vendor_editor, "website") != ""
    assert where() == before
    QCoreApplication.processEvents()  # the layouts settle
    assert where() == before

    website.setText("https://zendesk.com")
    vendor_editor.validate_now()
    QCoreApplication.processEvents()

    assert error_of(vendor_editor, "website") == ""
    assert where() == before


# --- save, revert, dirty -------------------------------------------------------------------


def test_save_creates_the_vendor(vendor_editor: VendorEditor, qtbot: QtBot,
                                 context: AppContext) -> None:
    vendor_editor.load(None)
    assert not vendor_editor.save_button.isEnabled()
    qtbot.keyClicks(vendor_editor.name_edit, "Link Mobility Group ASA")
    vendor_editor.country.setCode("NO")
    qtbot.keyClicks(vendor_editor.registration, VALID_NO_ORGNR)
    qtbot.keyClicks(vendor_editor.internal_notes, "Renegotiate in 2027")

    with qtbot.waitSignal(vendor_editor.saved) as saved:
        assert vendor_editor.save()

    form = stored(context, saved.args[0])
    assert (form.name, form.country, form.registration_number, form.internal_notes) == (
        "Link Mobility Group ASA", "NO", VALID_NO_ORGNR, "Renegotiate in 2027")
    assert vendor_editor.record_id() == saved.args[0]
    assert not vendor_editor.is_dirty()


def test_ctrl_s_saves(vendor_editor: VendorEditor, qtbot: QtBot, context: AppContext) -> None:
    vendor_id = add_vendor(context)
    vendor_editor.load(vendor_id)
    qtbot.keyClicks(line(vendor_editor, "legal_name"), " Intl")

    with qtbot.waitSignal(vendor_editor.saved):
        qtbot.keyClick(vendor_editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert stored(context, vendor_id).legal_name == "Zendesk, Inc. Intl"


def test_an_invalid_form_is_not_saved(vendor_editor: VendorEditor, context: AppContext) -> None:
    vendor_id = add_vendor(context)
    vendor_editor.load(vendor_id)
    line(vendor_editor, "contact_email").setText("not an address")

    assert not vendor_editor.save()

    assert "is not an e-mail address" in error_of(vendor_editor, "contact_email")
    assert stored(context, vendor_id).contact_email == ""
    assert vendor_editor.is_dirty()


def test_revert_puts_the_fields_back(vendor_editor: VendorEditor, qtbot: QtBot,
                                     context: AppContext) -> None:
    vendor_editor.load(add_vendor(context))
    qtbot.keyClicks(vendor_editor.name_edit, " (old)")
    vendor_editor.locations.add_row({"country": "IN", "kind": LocationKind.SUPPORT})

    vendor_editor.revert()

    assert vendor_editor.name_edit.text() == "Zendesk, Inc."
    assert vendor_editor.locations.table.rowCount() == 1
    assert not vendor_editor.is_dirty()


def test_dirty_tracking(vendor_editor: VendorEditor, qtbot: QtBot, context: AppContext) -> None:
    vendor_editor.load(add_vendor(context))
    assert not vendor_editor.is_dirty() and not vendor_editor.save_button.isEnabled()

    with qtbot.waitSignal(vendor_editor.dirtyChanged) as became:
        qtbot.keyClicks(vendor_editor.name_edit, "x")
    assert became.args == [True] and vendor_editor.save_button.isEnabled()

    with qtbot.waitSignal(vendor_editor.dirtyChanged) as cleared:
        qtbot.keyClick(vendor_editor.name_edit, Qt.Key.Key_Backspace)
    assert cleared.args == [False]  # typed back to what is stored: nothing to save


def test_ctrl_z_after_save_restores_the_old_value(vendor_editor: VendorEditor, qtbot: QtBot,
                                                  context: AppContext) -> None:
    vendor_id = add_vendor(context)
    vendor_editor.load(vendor_id)
    line(vendor_editor, "legal_name").setText("Zendesk International Ltd")
    assert vendor_editor.save()
    assert context.undo_stack.undoText() == "Edit vendor Zendesk, Inc."

    context.undo_stack.undo()

    assert stored(context, vendor_id).legal_name == "Zendesk, Inc."
    assert line(vendor_editor, "legal_name").text() == "Zendesk, Inc."
    context.undo_stack.redo()
    assert line(vendor_editor, "legal_name").text() == "Zendesk International Ltd"


def test_a_conflict_is_shown_and_nothing_typed_is_lost(
    vendor_editor: VendorEditor, qtbot: QtBot, context: AppContext,
    shown_errors: list[tuple[str, str]],
) -> None:
    vendor_id = add_vendor(context)
    vendor_editor.load(vendor_id)
    qtbot.keyClicks(vendor_editor._bindings["address"].widget, "Mine")
    with context.registry.session() as theirs:  # a team member saves first
        uc.update_vendor(theirs, vendor_id, zendesk(address="Theirs"), None)

    assert not vendor_editor.save()

    assert "Somebody else changed" in shown_errors[0][1]
    assert vendor_editor._bindings["address"].get() == "Mine"
    assert vendor_editor.is_dirty()
    assert stored(context, vendor_id).address == "Theirs"


@pytest.mark.parametrize(("answer", "result", "saved_name"), [
    ("save", True, "Zendesk 2"),
    ("discard", True, "Zendesk, Inc."),
    ("cancel", False, "Zendesk, Inc."),
])
def test_maybe_save_asks_about_unsaved_changes(
    vendor_editor: VendorEditor, context: AppContext, monkeypatch: pytest.MonkeyPatch,
    answer: str, result: bool, saved_name: str,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(UnsavedChangesDialog, "ask",
                        classmethod(lambda cls, parent, name: asked.append(name) or answer))
    vendor_id = add_vendor(context)
    vendor_editor.load(vendor_id)
    vendor_editor.name_edit.setText("Zendesk 2")

    assert vendor_editor.maybe_save() is result

    assert asked == ["Zendesk 2"]
    assert stored(context, vendor_id).name == saved_name
    assert vendor_editor.is_dirty() is (answer == "cancel")
    if answer == "discard":
        assert vendor_editor.name_edit.text() == "Zendesk, Inc."


def test_maybe_save_does_not_ask_when_nothing_changed(
    vendor_editor: VendorEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(
        lambda cls, parent, name: pytest.fail("asked without changes")))
    vendor_editor.load(None)

    assert vendor_editor.maybe_save()


# --- what the vendor editor shows -----------------------------------------------------------


def test_internal_notes_are_marked_never_published(vendor_editor: VendorEditor) -> None:
    assert vendor_editor.internal_badge.text() == "Internal — never published"
    assert vendor_editor.internal_badge.isVisible()
    assert "background" in vendor_editor.internal_badge.styleSheet()


def test_safeguard_fields_follow_the_mechanism(vendor_editor: VendorEditor,
                                               context: AppContext) -> None:
    vendor_editor.load(add_vendor(context))
    row = vendor_editor.safeguards.rows["US"]

    def shown(*widgets: QWidget) -> bool:
        return all(w.isVisibleTo(vendor_editor) for w in widgets)

    def pick(mechanism: Mechanism) -> None:
        row.mechanism.setCurrentIndex(row.mechanism.findData(mechanism))

    assert shown(row.dpf_certified, row.dpf_checked) and not shown(row.tia_date)
    pick(Mechanism.SCC_2021)
    assert shown(row.scc_module, row.tia_date, row.tia_outcome, row.supplementary_measures)
    assert not shown(row.derogation) and not shown(row.dpf_certified)
    pick(Mechanism.DEROGATION)
    assert shown(row.derogation)
    assert not shown(row.scc_module) and not shown(row.tia_date)
    pick(Mechanism.BCR)
    assert shown(row.tia_outcome) and not shown(row.scc_module)
    assert vendor_editor.form().safeguards == [forms.SafeguardForm("US", Mechanism.BCR)]
    pick(Mechanism.EU_US_DPF)
    assert shown(row.dpf_certified) and not shown(row.tia_date)


def test_documents_filled_in_for_a_mechanism_go_with_it_and_typed_ones_stay(
    vendor_editor: VendorEditor, context: AppContext, qtbot: QtBot
) -> None:
    dpf = uc.SafeguardForm("US", Mechanism.EU_US_DPF, dpf_certified=True,
                           dpf_checked=dt.date(2026, 1, 5),
                           documents="DPF List entry for Zendesk, Inc.")  # as in the demo
    vendor_editor.load(add_vendor(context, safeguards=[dpf]))
    row = vendor_editor.safeguards.rows["US"]

    def pick(mechanism: Mechanism) -> None:
        row.mechanism.setCurrentIndex(row.mechanism.findData(mechanism))

    pick(Mechanism.SCC_2021)
    assert row.documents.text() == ""
    pick(Mechanism.EU_US_DPF)
    assert row.documents.text() == "DPF List entry for Zendesk, Inc."
    assert not vendor_editor.is_dirty()  # back to what is stored

    pick(Mechanism.SCC_2021)
    qtbot.keyClicks(row.documents, "Signed SCCs, contracts folder")
    pick(Mechanism.BCR)
    assert row.documents.text() == "Signed SCCs, contracts folder"
    pick(Mechanism.EU_US_DPF)
    assert row.documents.text() == "Signed SCCs, contracts folder"
    assert vendor_editor.form().safeguards[0].documents == "Signed SCCs, contracts folder"


def test_the_saved_verdict_is_shown_per_destination(vendor_editor: VendorEditor,
                                                    context: AppContext) -> None:
    context.as_of = dt.date(2026, 6, 1)
    vendor_editor.load(add_vendor(context))

    text = vendor_editor.safeguards.rows["US"].verdict.text()

    assert text.startswith("OK: Certified under the EU-US DPF (checked 5 Jan 2026)")


def test_the_verdict_the_unsaved_form_would_get_is_shown_beside_the_saved_one(
    vendor_editor: VendorEditor, context: AppContext, qtbot: QtBot
) -> None:
    context.as_of = dt.date(2026, 6, 1)
    vendor_editor.load(add_vendor(context))
    row = vendor_editor.safeguards.rows["US"]
    assert not row.preview.isVisibleTo(vendor_editor)  # nothing changed: the saved one holds

    row.mechanism.setCurrentIndex(row.mechanism.findData(Mechanism.DEROGATION))

    assert row.preview.isVisibleTo(vendor_editor)
    assert row.preview.text().startswith("Warning: it relies on a derogation (Art. 49)")
    assert row.verdict.text().startswith("OK: Certified under the EU-US DPF")
    assert context.read(lambda s: uc.load_vendor_form(s, vendor_editor.record_id() or 0)
                        ).safeguards[0].mechanism == Mechanism.EU_US_DPF  # nothing saved

    row.mechanism.setCurrentIndex(row.mechanism.findData(Mechanism.EU_US_DPF))
    assert not row.preview.isVisibleTo(vendor_editor)


def test_a_new_vendor_shows_its_verdicts_before_it_is_saved(
    vendor_editor: VendorEditor, context: AppContext, qtbot: QtBot
) -> None:
    context.as_of = dt.date(2026, 6, 1)
    vendor_editor.load(None)
    qtbot.keyClicks(vendor_editor.name_edit, "Acme Mail")
    vendor_editor.country.setCode("IN")

    row = vendor_editor.safeguards.rows["IN"]
    assert row.preview.isVisibleTo(vendor_editor)
    assert row.preview.text().startswith("Error: ")


def test_a_safeguard_row_per_third_country_destination(vendor_editor: VendorEditor,
                                                       context: AppContext) -> None:
    vendor_editor.load(add_vendor(context))
    assert list(vendor_editor.safeguards.rows) == ["US"]  # IE hosting is in the EEA

    vendor_editor.locations.add_row({"country": "IN", "kind": LocationKind.SUPPORT})
    vendor_editor.locations.add_row({"country": "DE", "kind": LocationKind.BACKUP})

    assert sorted(vendor_editor.safeguards.rows) == ["IN", "US"]
    assert "support / remote access" in vendor_editor.safeguards.rows["IN"].reach.text()
    assert vendor_editor.form().safeguards == stored(context, vendor_editor.record_id()
                                                     or 0).safeguards


def test_safeguard_problems_are_shown_in_their_row(vendor_editor: VendorEditor,
                                                   context: AppContext) -> None:
    vendor_editor.load(add_vendor(context))
    row = vendor_editor.safeguards.rows["US"]
    row.mechanism.setCurrentIndex(row.mechanism.findData(Mechanism.DEROGATION))

    assert not vendor_editor.save()

    assert row.errors["derogation"].text() == "Choose the Art. 49 derogation that applies."


def test_user_text_is_never_markup(vendor_editor: VendorEditor, context: AppContext) -> None:
    vendor_editor.load(add_vendor(context, name="<b>bold</b>"))

    assert vendor_editor.title.text() == "Vendor: <b>bold</b>"
    assert vendor_editor.title.textFormat() == Qt.TextFormat.PlainText
    assert vendor_editor.chain_tree.topLevelItem(0).text(0) == "<b>bold</b>"
    for label in vendor_editor.findChildren(QLabel):
        if "<b>" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_chain_and_the_parent_choices(vendor_editor: VendorEditor,
                                          context: AppContext) -> None:
    top = add_vendor(context, name="Zendesk")
    me = add_vendor(context, name="AWS", parent_id=top, safeguards=[])
    below = add_vendor(context, name="Annapurna", parent_id=me, safeguards=[])
    other = add_vendor(context, name="Twilio", safeguards=[])

    vendor_editor.load(me)

    tree = vendor_editor.chain_tree
    assert tree.topLevelItem(0).text(0) == "Zendesk"
    assert tree.topLevelItem(0).child(0).text(0) == "AWS"
    assert tree.topLevelItem(0).child(0).child(0).text(0) == "Annapurna"
    model = vendor_editor.parent_model
    enabled = Qt.ItemFlag.ItemIsEnabled
    assert not model.flags(model.index(model.row_of(me))) & enabled
    assert not model.flags(model.index(model.row_of(below))) & enabled
    assert model.flags(model.index(model.row_of(other))) & enabled
    assert vendor_editor.parent_picker.currentText() == "Zendesk"

    vendor_editor.parent_picker.setValue(below)  # typed in anyway: refused, with the reason
    assert not vendor_editor.save()
    assert "circle" in error_of(vendor_editor, "parent_id")


def test_services_using_the_vendor(vendor_editor: VendorEditor, context: AppContext) -> None:
    service_id = context.run(lambda s: uc.create_service(s, forms.ServiceForm("Helpdesk")))
    vendor_id = add_vendor(context)
    vendor_editor.load(vendor_id)

    table = vendor_editor.services
    table.picker.setValue(service_id)
    table.add_picked()
    table.cell(0, "purpose").setValue("Ticketing")
    assert vendor_editor.save()

    assert stored(context, vendor_id).services == [(service_id, "Ticketing")]


@pytest.mark.sqlite_only
def test_read_only_registry(registry: Registry, qtbot: QtBot) -> None:
    with registry.session() as session:
        vendor_id = uc.create_vendor(session, zendesk())
    assert registry.path is not None
    read_only = open_registry(registry.path, read_only=True)
    try:
        context = AppContext(read_only)
        editor = VendorEditor(context)
        show(qtbot, editor)
        editor.load(vendor_id)

        assert editor.name_edit.isReadOnly()
        detail = editor.locations.cell(0, "detail")
        assert isinstance(detail, QLineEdit) and detail.isReadOnly()
        assert not editor.locations.cell(0, "country").isEnabled()  # type: ignore[attr-defined]
        assert not editor.save_button.isVisible()
        assert "Read-only" in editor.banner.text()
        assert not editor.save()
    finally:
        read_only.close()


# --- the other editors -----------------------------------------------------------------------


@pytest.fixture
def activity_editor(context: AppContext, qtbot: QtBot) -> Iterator[ActivityEditor]:
    editor = ActivityEditor(context)
    show(qtbot, editor)
    yield editor


def test_activity_completeness_follows_the_typing(activity_editor: ActivityEditor,
                                                  qtbot: QtBot) -> None:
    activity_editor.load(None)
    assert "30(1)(b)" not in activity_editor.completeness.complete_codes()

    qtbot.keyClicks(activity_editor.purposes, "Answer customer requests")

    assert "30(1)(b)" in activity_editor.completeness.complete_codes()
    assert activity_editor.completeness.heading.text().startswith("Article 30: ")


def test_activity_processor_fields(activity_editor: ActivityEditor) -> None:
    activity_editor.load(None)
    role = activity_editor._bindings["role"].widget
    assert not activity_editor.controllers.isVisible()

    role.setCurrentIndex(role.findData(ActivityRole.PROCESSOR))  # type: ignore[attr-defined]

    assert activity_editor.controllers.isVisible()
    assert [i.code for i in activity_editor.completeness.items][0] == "30(2)(a)"


def test_activity_save_with_lists_links_and_transfers(
    activity_editor: ActivityEditor, qtbot: QtBot, context: AppContext
) -> None:
    vendor_id = add_vendor(context, safeguards=[])
    activity_editor.load(None)
    qtbot.keyClicks(activity_editor._bindings["name"].widget, "Customer support")
    subjects = activity_editor._bindings["data_subjects"].widget
    qtbot.keyClicks(subjects.entry, "Customers")  # type: ignore[attr-defined]
    qtbot.keyClick(subjects.entry, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    activity_editor.retention.add_row({"category": "Tickets", "period": "3 years"})
    activity_editor.vendors.setValue([vendor_id])

    assert activity_editor.save()

    form = context.read(lambda s: uc.load_activity_form(s, activity_editor.record_id() or 0))
    assert form.data_subjects == ["Customers"]
    assert form.retention == [{"category": "Tickets", "period": "3 years"}]
    assert form.vendor_ids == [vendor_id]
    transfers = activity_editor.transfers
    assert transfers.topLevelItemCount() == 1
    assert transfers.topLevelItem(0).text(1) == "United States (US)"
    assert transfers.topLevelItem(0).text(3) == "Error"


def test_service_editor_links_vendors(context: AppContext, qtbot: QtBot) -> None:
    vendor_id = add_vendor(context)
    editor = ServiceEditor(context)
    show(qtbot, editor)
    editor.load(None)
    qtbot.keyClicks(editor._bindings["name"].widget, "SMS gateway")
    editor.vendors.picker.setValue(vendor_id)
    editor.vendors.add_picked()
    editor.vendors.cell(0, "purpose").setValue("Delivery of SMS")

    assert editor.save()

    service = context.read(lambda s: uc.load_service_form(s, editor.record_id() or 0))
    assert service.vendors == [(vendor_id, "Delivery of SMS")]
    assert editor.vendors.cell(0, "id").text() == "Zendesk, Inc."  # type: ignore[attr-defined]


def test_organisation_editor_loads_and_saves_itself(context: AppContext, qtbot: QtBot) -> None:
    editor = OrganisationEditor(context)
    show(qtbot, editor)
    assert editor.record_id() == 1
    qtbot.keyClicks(line(editor, "name"), "Smart Solution AS")
    qtbot.keyClicks(line(editor, "email"), "personvern@smartsolution.no")

    assert editor.save()

    form = context.read(uc.load_organisation_form)
    assert (form.name, form.email) == ("Smart Solution AS", "personvern@smartsolution.no")
    context.undo_stack.undo()
    assert context.read(uc.load_organisation_form) == forms.OrganisationForm()


# --- widgets and models ------------------------------------------------------------------------


def test_country_picker_finds_names_in_both_languages_and_codes(qtbot: QtBot) -> None:
    picker = CountryPicker("nb")
    qtbot.addWidget(picker)

    qtbot.keyClicks(picker.lineEdit(), "Tyskl")
    assert picker._matches.code_at(0) == "DE"
    picker.setEditText("Germany")
    assert picker.code() == "DE" and picker.problem() is None
    picker.setEditText("se")
    assert picker.code() == "SE"
    picker.setCode("NO")
    assert picker.currentText() == "Norge (NO)"
    picker.setEditText("Narnia")
    assert picker.problem() == '"Narnia" is not a country: pick one from the list.'


def test_item_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    records = RecordListModel("(none)")
    records.set_records([(1, "AWS"), (2, "Zendesk")])
    records.set_disabled([2])
    qtmodeltester.check(records)
    checks = CheckListModel()
    checks.set_records([(1, "AWS"), (2, "Zendesk")])
    checks.set_checked([2])
    qtmodeltester.check(checks)
    qtmodeltester.check(CountryListModel("da"))


# --- pick-lists follow the registry in small steps ------------------------------------------

def _signals(model: RecordListModel) -> list[str]:
    seen: list[str] = []
    for name in ("modelReset", "rowsInserted", "rowsRemoved", "rowsMoved", "dataChanged"):
        getattr(model, name).connect(lambda *_args, name=name: seen.append(name))
    return seen


def _listed(model: RecordListModel) -> list[tuple[object, str]]:
    return [(model.id_at(row), model.index(row).data()) for row in range(model.rowCount())]


@pytest.mark.parametrize(("after", "signal"), [
    ([(1, "Alpha"), (2, "Beta"), (5, "Charlie"), (3, "Delta"), (4, "Echo")], "rowsInserted"),
    ([(1, "Alpha"), (3, "Delta"), (4, "Echo")], "rowsRemoved"),
    ([(1, "Alpha"), (2, "Bravo"), (3, "Delta"), (4, "Echo")], "dataChanged"),
    ([(2, "Beta"), (3, "Delta"), (4, "Echo"), (1, "Zulu")], "rowsMoved"),
    ([(4, "Aardvark"), (1, "Alpha"), (2, "Beta"), (3, "Delta")], "rowsMoved"),
    ([(4, "Echo"), (3, "Delta"), (2, "Beta"), (1, "Alpha")], "modelReset"),
])
def test_a_record_list_changes_in_small_steps(qtmodeltester: Any, after: list[tuple[int, str]],
                                              signal: str) -> None:
    model = RecordListModel("(none)")
    model.set_records([(1, "Alpha"), (2, "Beta"), (3, "Delta"), (4, "Echo")])
    qtmodeltester.check(model)
    seen = _signals(model)

    model.set_records(after)

    assert seen and set(seen) <= {signal, "dataChanged"}, seen
    assert _listed(model) == [(None, "(none)"), *after]
    assert all(model.row_of(record_id) == row + 1 for row, (record_id, _) in enumerate(after))
    assert all(model.row_named(name.upper()) == row + 1 for row, (_, name) in enumerate(after))
    seen.clear()
    model.set_records(after)  # the same again: nothing to tell
    assert seen == []


def test_a_picker_keeps_its_choice_when_its_record_moves(qtbot: QtBot) -> None:
    model = RecordListModel("(none)")
    picker = RecordPicker(model)
    qtbot.addWidget(picker)
    picker.set_records([(1, "Alpha"), (2, "Beta"), (3, "Delta")])
    picker.setValue(1)

    picker.set_records([(2, "Beta"), (3, "Delta"), (1, "Zulu")])

    assert picker.value() == 1
    assert picker.currentText() == "Zulu"


def test_the_parent_picker_offers_a_vendor_created_after_it_opened(
        vendor_editor: VendorEditor, context: AppContext, qtbot: QtBot) -> None:
    me = add_vendor(context, name="AWS", safeguards=[])
    vendor_editor.load(me)

    newcomer = add_vendor(context, name="Zendesk", safeguards=[])
    qtbot.waitUntil(lambda: vendor_editor.parent_model.row_of(newcomer) >= 0)

    picker = vendor_editor.parent_picker
    picker.setEditText("zendesk")
    assert picker.value() == newcomer
    completions = picker.completer().model()
    assert "Zendesk" in [completions.index(row, 0).data()
                         for row in range(completions.rowCount())]
    assert vendor_editor.save()
    assert stored(context, me).parent_id == newcomer


def test_the_parent_picker_follows_a_rename_and_a_delete(
        vendor_editor: VendorEditor, context: AppContext, qtbot: QtBot) -> None:
    top = add_vendor(context, name="Zendesk", safeguards=[])
    me = add_vendor(context, name="AWS", parent_id=top, safeguards=[])
    gone = add_vendor(context, name="Twilio", safeguards=[])
    vendor_editor.load(me)
    model = vendor_editor.parent_model

    renamed = dataclasses.replace(stored(context, top), name="ABC Helpdesk")
    context.run(lambda s: uc.update_vendor(s, top, renamed, None), Touched.of("vendor", [top]))
    context.run(lambda s: uc.delete_vendors(s, [gone]), Touched.of("vendor", [gone]))
    qtbot.waitUntil(lambda: model.row_of(gone) < 0)

    assert [model.index(row).data() for row in range(1, model.rowCount())] == [
        "ABC Helpdesk", "AWS"]
    assert vendor_editor.parent_picker.currentText() == "ABC Helpdesk"
    assert vendor_editor.parent_picker.value() == top
