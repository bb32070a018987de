"""The mouse wheel over a field that does not have the focus scrolls the form and never
changes the field (a pick-list, a date, a number): what the wheel is over is rarely what the
user means to edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from registry import usecases as uc
from registry.enums import (
    ActivityRole,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    TiaOutcome,
    VendorStatus,
)

from ui.context import AppContext
from ui.editors import ActivityEditor, VendorEditor
from ui.editors.base import RecordEditor
from ui.widgets import CountryPicker, OptionalDateEdit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

DAY = dt.date(2025, 3, 14)

Field = Callable[[RecordEditor], QWidget]


def _date(editor: RecordEditor, key: str) -> QWidget:
    widget = editor._bindings[key].widget
    assert isinstance(widget, OptionalDateEdit)
    return widget.date_edit


def _cell(editor: RecordEditor, key: str) -> QWidget:
    assert isinstance(editor, VendorEditor)
    cell = editor.locations.cell(0, key)
    assert isinstance(cell, QWidget)
    return cell


def _safeguard(editor: RecordEditor, name: str) -> QWidget:
    assert isinstance(editor, VendorEditor)
    widget: QWidget = getattr(editor.safeguards.rows["IN"], name)
    return widget.date_edit if isinstance(widget, OptionalDateEdit) else widget


VENDOR_FIELDS: dict[str, Field] = {
    "status (pick-list)": lambda e: e._bindings["status"].widget,
    "role (pick-list)": lambda e: e._bindings["role"].widget,
    "start date": lambda e: _date(e, "start_date"),
    "country (country picker)": lambda e: e._bindings["country"].widget,
    "parent vendor (record picker)": lambda e: e._bindings["parent_id"].widget,
    "location country (in a table)": lambda e: _cell(e, "country"),
    "location kind (in a table)": lambda e: _cell(e, "kind"),
    "mechanism": lambda e: _safeguard(e, "mechanism"),
    "SCC module": lambda e: _safeguard(e, "scc_module"),
    "TIA date": lambda e: _safeguard(e, "tia_date"),
    "TIA outcome": lambda e: _safeguard(e, "tia_outcome"),
    "DPA notice days (number)": lambda e: e._bindings["dpa.notice_days"].widget,
    "DPA review date": lambda e: _date(e, "dpa.review_date"),
    "next review": lambda e: _date(e, "next_review"),
}

ACTIVITY_FIELDS: dict[str, Field] = {
    "role (pick-list)": lambda e: e._bindings["role"].widget,
    "legal basis": lambda e: e._bindings["legal_basis"].widget,
    "special categories": lambda e: e._bindings["art9_condition"].widget,
    "DPIA": lambda e: e._bindings["dpia_status"].widget,
    "last reviewed": lambda e: _date(e, "last_reviewed"),
    "next review": lambda e: _date(e, "next_review"),
}


def _vendor(context: AppContext) -> int:
    parent = context.run(lambda s: uc.create_vendor(s, uc.VendorForm(
        name="Amazon Web Services", country="IE")))
    form = uc.VendorForm(
        name="Zendesk", legal_name="Zendesk, Inc.", country="US", parent_id=parent,
        status=VendorStatus.ACTIVE, start_date=DAY,
        locations=[uc.LocationForm("IN", LocationKind.SUPPORT, "Pune")],
        safeguards=[
            uc.SafeguardForm("IN", Mechanism.SCC_2021, scc_module=2, tia_date=DAY,
                             tia_outcome=TiaOutcome.ADEQUATE),
            uc.SafeguardForm("US", Mechanism.EU_US_DPF, dpf_certified=True, dpf_checked=DAY),
        ],
        dpa=uc.DpaForm(signed_date=DAY, review_date=DAY, notice_days=30),
        last_reviewed=DAY, next_review=DAY,
    )
    vendor_id: int = context.run(lambda s: uc.create_vendor(s, form))
    return vendor_id


def _activity(context: AppContext) -> int:
    form = uc.ActivityForm(
        name="Customer support", role=ActivityRole.CONTROLLER,
        legal_basis=LegalBasis.CONTRACT, dpia_status=DpiaStatus.DONE,
        last_reviewed=DAY, next_review=DAY)
    activity_id: int = context.run(lambda s: uc.create_activity(s, form))
    return activity_id


def wheel(widget: QWidget, notches: int) -> None:
    """Turn the wheel by ``notches`` (negative: towards the user, scrolling down) with the
    pointer in the middle of ``widget``, as the window system delivers it there."""
    centre = widget.rect().center()
    event = QWheelEvent(
        QPointF(centre), QPointF(widget.mapToGlobal(centre)), QPoint(0, 0),
        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _check_wheel_scrolls(editor: RecordEditor, fields: dict[str, Field], qtbot: QtBot
                         ) -> None:
    editor.resize(700, 500)  # shorter than the form: it scrolls
    bar = editor.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    stored = editor.form()
    for kind, make in fields.items():
        field = make(editor)
        editor.scroll_area.ensureWidgetVisible(field, 50, 120)
        assert field.isVisible() and field.isEnabled() and not field.hasFocus(), kind
        position = bar.value()
        notches = -1 if position < bar.maximum() else 1

        wheel(field, notches)

        assert editor.form() == stored, f"the wheel changed the {kind}"
        assert not editor.is_dirty(), kind
        assert bar.value() != position, f"the form did not scroll over the {kind}"
        # A real wheel would first give the focus to a field that takes it from the wheel,
        # and then turn it.
        assert field.focusPolicy() & Qt.FocusPolicy.WheelFocus != Qt.FocusPolicy.WheelFocus, \
            kind


def test_the_wheel_over_any_vendor_field_scrolls_the_form(context: AppContext,
                                                         qtbot: QtBot) -> None:
    editor = VendorEditor(context)
    qtbot.addWidget(editor)
    editor.show()
    editor.load(_vendor(context))

    _check_wheel_scrolls(editor, VENDOR_FIELDS, qtbot)


def test_the_wheel_over_any_activity_field_scrolls_the_form(context: AppContext,
                                                           qtbot: QtBot) -> None:
    editor = ActivityEditor(context)
    qtbot.addWidget(editor)
    editor.show()
    editor.load(_activity(context))

    _check_wheel_scrolls(editor, ACTIVITY_FIELDS, qtbot)


def test_the_wheel_over_the_field_being_edited_changes_it(context: AppContext,
                                                         qtbot: QtBot) -> None:
    editor = VendorEditor(context)
    qtbot.addWidget(editor)
    editor.show()
    editor.load(_vendor(context))
    status = editor._bindings["status"].widget
    editor.scroll_area.ensureWidgetVisible(status)
    editor.activateWindow()
    qtbot.waitActive(editor)
    status.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(status.hasFocus)

    wheel(status, -1)

    assert editor.form().status == VendorStatus.RETIRED
    assert editor.is_dirty()


def test_the_wheel_over_a_country_picker_outside_a_form_scrolls_nothing(qtbot: QtBot) -> None:
    picker = CountryPicker("en")
    qtbot.addWidget(picker)
    picker.setCode("NO")
    picker.show()

    wheel(picker, -1)

    assert picker.code() == "NO"
