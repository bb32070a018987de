"""A date that may be left empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from ui.i18n import translator
from ui.widgets.wheel import guard_wheel

EMPTY = QDate(1900, 1, 1)


tr = translator("widgets")


def date_format(language: str) -> str:
    """How a date is shown for editing in ``language``: its locale's short date, with the
    year in four digits (English: 2 Dec 2026, as the app's English texts write dates)."""
    short = QLocale(language).dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else "d MMM yyyy"


class OptionalDateEdit(QWidget):
    """A check box and a date: cleared, the date reads "not set" and the value is None.

    Signals:
        edited: the value changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setAccessibleName(tr("Date set"))
        self.check.setToolTip(tr("Set or clear the date"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(EMPTY)
        self.date_edit.setSpecialValueText(tr("not set"))
        self.date_edit.setDate(EMPTY)
        self.date_edit.setEnabled(False)
        guard_wheel(self.date_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self.date_edit.dateChanged.connect(lambda _d: self.edited.emit())

    def set_label(self, text: str) -> None:
        """Name both parts for screen readers after the field's label."""
        self.setAccessibleName(text)
        self.check.setAccessibleName(tr("{0}: set").format(text))
        self.date_edit.setAccessibleName(text)

    def value(self) -> dt.date | None:
        if not self.check.isChecked() or self.date_edit.date() == EMPTY:
            return None
        day = self.date_edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def setValue(self, day: dt.date | None) -> None:  # noqa: N802
        blocked = self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day) if day is not None else EMPTY)
        self.date_edit.blockSignals(blocked)
        self.check.setChecked(day is not None)
        self.date_edit.setEnabled(day is not None and self.isEnabled())
        self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.date_edit.setReadOnly(read_only)

    def _toggled(self, on: bool) -> None:
        self.date_edit.setEnabled(on)
        if on and self.date_edit.date() == EMPTY:
            self.date_edit.setDate(QDate.currentDate())
        elif not on:
            self.date_edit.setDate(EMPTY)
        self.edited.emit()
