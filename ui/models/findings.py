"""The Overview's findings tree: Errors / Warnings / Notes, then one row per finding.

:class:`GrowingFindingsModel` is the one the Overview shows: thousands of findings reach the
tree a group's first rows at a time, so that no single event lays them all out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from registry.assessment import Assessment, Finding
from registry.country_names import CountryNames
from registry.enums import Severity

from ui.context import AppContext
from ui.icons import text_colour, verdict_icon
from ui.models.labels import label
from ui.models.records import _ACCESSIBLE, _DECORATION, _DISPLAY, _TOOLTIP, ModelIndex
from ui.settings import QT_TRANSLATE_NOOP

_GROUPS: tuple[tuple[Severity, str], ...] = (
    (Severity.ERROR, QT_TRANSLATE_NOOP("FindingsModel", "Errors")),
    (Severity.WARNING, QT_TRANSLATE_NOOP("FindingsModel", "Warnings")),
    (Severity.INFO, QT_TRANSLATE_NOOP("FindingsModel", "Notes")),
)


class FindingsModel(QAbstractItemModel):
    """The assessment's findings as a tree: Errors / Warnings / Notes, then one row each.

    Columns: record, country, message. A group row's internal id is 0, a finding's is its
    group's number plus one.
    """

    RECORD, COUNTRY, MESSAGE = range(3)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._groups: list[list[Finding]] = [[] for _ in _GROUPS]
        self._country_names: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_assessment(self, assessment: Assessment | None) -> None:
        """Show the findings of ``assessment`` (nothing when None)."""
        self.beginResetModel()
        groups: list[list[Finding]] = [[] for _ in _GROUPS]
        if assessment is not None:
            slot = {severity: i for i, (severity, _) in enumerate(_GROUPS)}
            for finding in assessment.findings:
                groups[slot[finding.severity]].append(finding)
        self._groups = groups
        self._country_names = {}
        self.endResetModel()

    def finding(self, index: ModelIndex) -> Finding | None:
        """The finding of a row, or None for a group row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][index.row()]

    def group_count(self, severity: Severity) -> int:
        for i, (s, _) in enumerate(_GROUPS):
            if s == severity:
                return len(self._groups[i])
        return 0

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= 3 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(_GROUPS):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(_GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        titles = (self.tr("Record"), self.tr("Country"), self.tr("Finding"))
        return titles[section] if 0 <= section < 3 else None

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == 0:
            severity, title = _GROUPS[index.row()]
            if column != 0:
                return None
            if role == _DISPLAY:
                return self.tr("{0} ({1})").format(
                    QCoreApplication.translate("FindingsModel", title),
                    len(self._groups[index.row()]))
            if role == _DECORATION:
                return verdict_icon(severity.value)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole:
                return text_colour(severity.value)
            return None
        finding = self._groups[index.internalId() - 1][index.row()]
        if role == _DISPLAY:
            if column == self.RECORD:
                return finding.record_name_in(self.context.language)
            if column == self.COUNTRY:
                return self._country(finding.country) if finding.country else ""
            return finding.message_in(self.context.language)
        if role == _DECORATION and column == self.RECORD:
            return verdict_icon(finding.severity.value)
        if role == _TOOLTIP:
            if column == self.MESSAGE:
                return finding.message_in(self.context.language)
            if column == self.RECORD:
                return (f"{label(finding.record_kind)}: "
                        f"{finding.record_name_in(self.context.language)}")
        if role == _ACCESSIBLE and column == self.RECORD:
            return (f"{label(finding.severity.value)}: "
                    f"{finding.record_name_in(self.context.language)}")
        return None

    def country_text(self, finding: Finding) -> str:
        """The finding's country, named in the user's language."""
        return self._country(finding.country) if finding.country else ""

    def _country(self, code: str) -> str:
        name = self._country_names.get(code)
        if name is None:
            name = self._country_names[code] = CountryNames(self.context.language).name(code)
        return name


_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FINDING_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemNeverHasChildren


class GrowingFindingsModel(FindingsModel):
    """The findings tree with each group's first rows at once and the rest a moment later.

    A tree view lays out every row of an expanded group, calling into the model for each
    (some microseconds a row from Python), so thousands of findings would hold the window up
    for a noticeable time whenever the assessment changes. Here each group shows its first
    ``first`` rows when the assessment is set, enough to fill the view, and the rest are
    appended in the next pass of the event loop: painting and input go on in between, and
    no single event lays out more than the tree once. The group headings count every
    finding from the start.

    Signals:
        complete(): every finding of the assessment is in the tree.
    """

    FIRST = 200

    complete = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None, *,
                 first: int | None = None) -> None:
        super().__init__(context, parent)
        self._first = max(1, self.FIRST if first is None else first)
        self._limits = [self._first] * super().rowCount()
        """Per group, the number of its findings in the tree at most."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fill)

    def set_assessment(self, assessment: Assessment | None) -> None:
        self._timer.stop()
        # Set before the reset, so that the views asking during it see the limits already.
        self._limits = [self._first] * len(self._limits)
        super().set_assessment(assessment)
        if self.is_complete():
            self.complete.emit()
        else:
            self._timer.start()

    def is_complete(self) -> bool:
        """Whether every finding is in the tree."""
        return all(len(findings) <= limit
                   for findings, limit in zip(self._groups, self._limits, strict=True))

    def fill(self) -> None:
        """Put every finding that is still missing in the tree now."""
        self._timer.stop()
        if self.is_complete():
            return
        for group, findings in enumerate(self._groups):
            shown = min(len(findings), self._limits[group])
            if shown < len(findings):
                self.beginInsertRows(self.index(group, 0), shown, len(findings) - 1)
                self._limits[group] = len(findings)
                self.endInsertRows()
        self.complete.emit()

    # The view calls these for every row it lays out: kept short.

    def index(self, row: int, column: int,
              parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():
            return super().index(row, column, parent)
        group = parent.row()
        if parent.internalId() != 0 or not 0 <= column < 3 or row < 0 or \
                row >= self._limits[group] or row >= len(self._groups[group]):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        count = super().rowCount(parent)
        if parent.isValid() and count:
            return min(count, self._limits[parent.row()])
        return count

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FINDING_FLAGS if index.internalId() else _GROUP_FLAGS
