"""Combo boxes that pick a country or a record by typing part of its name."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from registry.countries import all_countries, country_name, find_countries, fold

from ui.i18n import translator
from ui.widgets.models import RecordListModel
from ui.widgets.wheel import guard_wheel

ModelIndex = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_MATCHES = 60


tr = translator("widgets")


def _line_edit(combo: QComboBox) -> QLineEdit:
    """The line edit of an editable combo box."""
    line = combo.lineEdit()
    assert line is not None
    return line


@functools.cache
def _countries(language: str) -> tuple[tuple[str, str], ...]:
    """``(code, "Germany (DE)")`` for every country, sorted by name in ``language``."""
    return tuple((code, f"{name} ({code})") for code, name in all_countries(language))


class CountryListModel(QAbstractListModel):
    """Countries as "Germany (DE)", in the order given."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = dict(_countries(language))
        self._codes: list[str] = [code for code, _ in _countries(language)]

    def set_codes(self, codes: Iterable[str]) -> None:
        self.beginResetModel()
        self._codes = [c for c in codes if c in self._labels]
        self.endResetModel()

    def code_at(self, row: int) -> str:
        return self._codes[row] if 0 <= row < len(self._codes) else ""

    def row_of(self, code: str) -> int:
        try:
            return self._codes.index(code)
        except ValueError:
            return -1

    def label(self, code: str) -> str:
        return self._labels.get(code, code)

    def code_for_label(self, text: str) -> str:
        """The code shown as ``text`` ("Germany (DE)" gives DE), or ""."""
        if text.endswith(")") and text[-4:-3] == "(":
            code = text[-3:-1]
            if self._labels.get(code) == text:
                return code
        return ""

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._codes)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._codes):
            return None
        code = self._codes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._labels[code]
        if role == CODE_ROLE:
            return code
        return None


class CountryPicker(QComboBox):
    """Pick a country by typing part of its name in the UI language or English, or its code.

    Shows "Germany (DE)"; :meth:`code` is the ISO 3166-1 alpha-2 code ("" when empty).

    Signals:
        edited: the chosen country (or the typed text) changed.
    """

    edited = Signal()

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        guard_wheel(self)
        self._model = CountryListModel(language, self)
        self.setModel(self._model)
        self.setCurrentIndex(-1)
        self.setCompleter(None)  # type: ignore[arg-type]  # its prefix search knows one name
        line = _line_edit(self)
        line.setPlaceholderText(tr("Type a country or code"))
        self._matches = CountryListModel(language, self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setWidget(line)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated.connect(self._picked)
        line.textEdited.connect(self._suggest)
        self.currentIndexChanged.connect(lambda _row: self.edited.emit())
        self.editTextChanged.connect(lambda _text: self.edited.emit())

    # The value.

    def code(self) -> str:
        """The chosen country's code; the text as typed when it names no country."""
        text = self.currentText().strip()
        if not text:
            return ""
        row = self.currentIndex()
        if row >= 0 and self.itemText(row) == text:
            return self._model.code_at(row)
        return self._resolve(text) or text

    def setCode(self, code: str | None) -> None:  # noqa: N802 - Qt naming, like setCurrentIndex
        """Show the country of ``code``; empty for "" or None."""
        row = self._model.row_of(code or "")
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText(code or "")

    value = code
    setValue = setCode  # noqa: N815

    def problem(self) -> str | None:
        """What is wrong with the typed text, when it names no country."""
        text = self.currentText().strip()
        if text and not self._resolve(text) and not (
            self.currentIndex() >= 0 and self.itemText(self.currentIndex()) == text
        ):
            return tr('"{0}" is not a country: pick one from the list.').format(text)
        return None

    def _resolve(self, text: str) -> str | None:
        """The code that ``text`` names exactly: a code, a label, or a full name."""
        folded = fold(text)
        for code in find_countries(text, self.language)[:MAX_MATCHES]:
            names = (code, self._model.label(code), country_name(code, self.language),
                     country_name(code, "en"))
            if any(fold(n) == folded for n in names):
                return code
        return None

    # Suggestions.

    def _suggest(self, text: str) -> None:
        codes = find_countries(text, self.language)[:MAX_MATCHES]
        self._matches.set_codes(codes)
        popup = self._completer.popup()
        if codes:
            self._completer.complete()
        elif popup is not None:
            popup.hide()

    def _picked(self, text: str) -> None:
        code = self._model.code_for_label(text)
        if code:
            self.setCode(code)


class RecordPicker(QComboBox):
    """Pick a record (a vendor, a service) from a long list by typing part of its name.

    Model-backed, so that a list of 5,000 vendors costs nothing to fill again.

    Signals:
        edited: the choice (or the typed text) changed.
    """

    edited = Signal()

    def __init__(self, model: RecordListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setMaxVisibleItems(15)
        guard_wheel(self)
        self.setModel(model)
        self._records = model
        # The completer searches a model of its own: greying out rows of the combo's model
        # would otherwise make it filter all 5,000 names again.
        self._searchable = RecordListModel(parent=self)
        completer = QCompleter(self._searchable, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(lambda _row: self.edited.emit())
        self.editTextChanged.connect(lambda _text: self.edited.emit())

    def line_edit(self) -> QLineEdit:
        return _line_edit(self)

    def value(self) -> int | None:
        """The chosen record's id; None for "none" or text that names no record."""
        row = self._matching_row()
        return self._records.id_at(row) if row >= 0 else None

    def setValue(self, record_id: int | None) -> None:  # noqa: N802
        self.setCurrentIndex(self._records.row_of(record_id))
        if self.currentIndex() < 0:
            self.setEditText("")

    def problem(self) -> str | None:
        """What is wrong with the typed text, when it names no record in the list."""
        text = self.currentText().strip()
        if text and self._matching_row() < 0:
            return tr('Nothing in the list is named "{0}": pick one from the list.').format(text)
        return None

    def _matching_row(self) -> int:
        text = self.currentText()
        row = self.currentIndex()
        if row >= 0 and self.itemText(row) == text:
            return row
        return self._records.row_named(text)

    def set_records(self, records: Iterable[tuple[int, str]]) -> None:
        """Offer these ``(id, name)`` records, keeping the current choice where it still is."""
        chosen = self.value()
        blocked = self.blockSignals(True)
        records = list(records)
        try:
            self._records.set_records(records)
            self._searchable.set_records(records)
            self.setValue(chosen)
        finally:
            self.blockSignals(blocked)

    def set_disabled(self, ids: Iterable[int]) -> None:
        """Grey out records that cannot be chosen here (they stay typeable: the form's
        validation says why they are refused)."""
        self._records.set_disabled(ids)
