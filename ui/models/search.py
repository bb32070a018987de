"""Instant search and filters over a list, as fast as Qt filters a model of its own.

Two classes, one job. :class:`SearchTextShadow` is a shadow of a :class:`RecordTableModel`:
a ``QStandardItemModel`` with the same rows in the same order, holding one text per row (the
row's folded search string and the codes of its filter values). :class:`ShadowFilterProxy`
is the ``QSortFilterProxyModel`` the list's view shows: it filters the *shadow* (its
``sourceModel()``), and shows the *records'* cells at the same rows (:meth:`records`).
"""

from __future__ import annotations

import functools
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItemModel

from registry.country_names import quick_fold

from ui.models.records import _DISPLAY, INCREMENTAL_ROWS, ModelIndex, RecordTableModel, Row

_TAG_SEP = "\x1f"
_TAG_DIGITS = "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\x1c\x1d\x1e"
_tag_codes: dict[tuple[str, str], str] = {}
_ATTENTION = frozenset(("error", "warning"))


def tag_code(key: str, value: str) -> str:
    """The code of one filter value (``role`` = ``processor``) in the texts of a
    :class:`SearchTextShadow`.

    A code is a short run of whitespace characters, numbered in order of first use: a search
    word never holds whitespace (it comes from ``str.split``), so it can never match inside
    the tags of a row, and the tags cost a search no more than a few characters.
    """
    code = _tag_codes.get((key, value))
    if code is None:
        number, digits = len(_tag_codes) + 1, []
        while number:
            number, digit = divmod(number - 1, len(_TAG_DIGITS))
            digits.append(_TAG_DIGITS[digit])
        code = _tag_codes[key, value] = "".join(digits)
    return code


@functools.cache
def _verdict_tags(verdict: str) -> str:
    if not verdict:
        return ""
    text = _TAG_SEP + tag_code("verdict", verdict)
    if verdict in _ATTENTION:
        text += _TAG_SEP + tag_code("verdict", "attention")
    return text


def filter_pattern(words: Sequence[str], tags: Iterable[tuple[str, str]]) -> str:
    """A regular expression that finds, in a :class:`SearchTextShadow` text, every word and every
    tag (``(key, value)``), in any order.

    A single word leads, unanchored, so that the regex engine looks for it as fast as for a
    fixed string; the tags come after the words in every text.
    """
    escape = QRegularExpression.escape
    need_tags = "".join(f"(?=.*{escape(_TAG_SEP + tag_code(k, v) + _TAG_SEP)})"
                        for k, v in tags)
    if len(words) == 1:
        return escape(words[0]) + need_tags
    return "^" + "".join(f"(?=.*?{escape(w)})" for w in words) + need_tags


class SearchTextShadow(QStandardItemModel):
    """A shadow of a :class:`RecordTableModel`: the filter text of each of its rows, in the
    same row order, kept in C++ so that a ``QSortFilterProxyModel`` filters it without calling
    Python per row.

    A row's text is its folded search string followed by the codes of its tags (see
    :func:`tag_code`), its verdict included (``verdict`` = ``error``, ..., and ``attention``
    for errors and warnings). The shadow has the records' rows and columns, but only column 0
    holds text, and only once a search or filter needs it (:meth:`fill`): until then, keeping
    in step with the records costs next to nothing, so a list fills as fast as without it.

    It follows the records' signals: a reset, rows inserted or removed, changed rows (search
    text or verdict), and a new order, as a layout change that carries its persistent indexes
    (those of the proxy's selection) along.
    """

    def __init__(self, records: RecordTableModel, parent: QObject | None = None) -> None:
        super().__init__(records.rowCount(), records.columnCount(), parent)
        self.records = records
        self.wanted = False
        """Whether a search or filter is on (then a reset writes the texts at once)."""
        self._texts: list[str] | None = None
        self._tag_texts: dict[tuple[tuple[str, frozenset[str]], ...], str] = {}
        self._old_keys: list[Hashable] = []
        self._connections: list[tuple[Any, Any]] = [
            (records.modelAboutToBeReset, self._about_to_reset),
            (records.modelReset, self._reset),
            (records.rowsInserted, self._inserted),
            (records.rowsAboutToBeRemoved, self._removing),
            (records.dataChanged, self._data_changed),
            (records.layoutAboutToBeChanged, self._layout_about_to_change),
            (records.layoutChanged, self._layout_changed),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)

    def detach(self) -> None:
        """Stop following the records."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []

    @property
    def filled(self) -> bool:
        return self._texts is not None

    def fill(self) -> None:
        """Write the text of every row (once: from then on they are kept up to date)."""
        if self._texts is None:
            self._write_all()

    # Texts.

    def _text(self, row: Row, verdict: str) -> str:
        search = row.search
        if _TAG_SEP in search:
            search = search.replace(_TAG_SEP, " ")
        items = tuple(row.tags.items())
        tags = self._tag_texts.get(items)
        if tags is None:
            tags = self._tag_texts[items] = "".join(
                [_TAG_SEP + tag_code(key, value) for key, values in items
                 for value in sorted(values)])
        return "".join((search, tags, _verdict_tags(verdict), _TAG_SEP))

    def _texts_of(self, first: int, last: int) -> list[str]:
        records = self.records
        rows = records.rows()
        return [self._text(rows[i], records.verdict(i)) for i in range(first, last + 1)]

    def _write_all(self) -> None:
        """Write every row's text without telling the proxy, which is about to filter every
        row again (a new filter, a reset)."""
        records = self.records
        text = self._text
        texts = [text(row, verdict) for row, verdict in zip(records.rows(), records.verdicts(),
                                                               strict=True)]
        blocked = self.blockSignals(True)
        try:
            index, set_data = self.index, self.setData
            for row, value in enumerate(texts):
                set_data(index(row, 0), value)
        finally:
            self.blockSignals(blocked)
        self._texts = texts

    # Following the records.

    def _about_to_reset(self) -> None:
        self.beginResetModel()

    def _reset(self) -> None:
        records = self.records
        blocked = self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            if self.columnCount() != records.columnCount():
                self.setColumnCount(records.columnCount())
            self.insertRows(0, records.rowCount())
        finally:
            self.blockSignals(blocked)
        self._texts = None
        if self.wanted:
            self._write_all()
        self.endResetModel()

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        # The records hold the rows by now: the proxy finds their cells when it shows them.
        self.insertRows(first, last - first + 1)
        texts = self._texts
        if texts is not None:
            # The proxy has seen the rows empty; it filters each again as its text arrives.
            new = self._texts_of(first, last)
            texts[first:first] = new
            for row, text in enumerate(new, first):
                self.setData(self.index(row, 0), text)

    def _removing(self, _parent: QModelIndex, first: int, last: int) -> None:
        # Before the records remove them: the proxy takes them away at once, and whoever
        # hears of it from the proxy must still find every row in the records.
        self.removeRows(first, last - first + 1)
        if self._texts is not None:
            del self._texts[first:last + 1]

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                      _roles: Sequence[int] = ()) -> None:
        texts = self._texts
        if texts is None:
            return
        first = top_left.row()
        for row, text in enumerate(self._texts_of(first, bottom_right.row()), first):
            if text != texts[row]:
                texts[row] = text
                self.setData(self.index(row, 0), text)  # the proxy filters the row again

    def _layout_about_to_change(self, *_args: object) -> None:
        self._old_keys = list(self.records.keys())
        self.layoutAboutToBeChanged.emit()

    def _layout_changed(self, *_args: object) -> None:
        records = self.records
        old_keys, self._old_keys = self._old_keys, []
        texts = self._texts
        if texts is not None:
            # The same rows in a new order: each text goes with its row's key. The proxy
            # filters every row again on layoutChanged, so it need not hear of each.
            by_key = dict(zip(old_keys, texts, strict=True))
            moved = [by_key[key] for key in records.keys()]
            blocked = self.blockSignals(True)
            try:
                for row, (old, new) in enumerate(zip(texts, moved, strict=True)):
                    if new is not old:
                        self.setData(self.index(row, 0), new)
            finally:
                self.blockSignals(blocked)
            self._texts = moved
        persistent = self.persistentIndexList()
        if persistent:
            position = records.row_of_key
            self.changePersistentIndexList(
                persistent,
                [self.index(position(old_keys[i.row()]), i.column()) for i in persistent],
            )
        self.layoutChanged.emit()


class ShadowFilterProxy(QSortFilterProxyModel):
    """Instant search and filters over a :class:`RecordTableModel`, decided on its shadow.

    The search text is folded (case and accents) and split into words; a row matches when
    every word occurs in its cached search string and every filter's value is among its
    tags. Cells, headers and flags come from the records (:meth:`records`), at the same row;
    ``sort`` is forwarded to the records, which reorder their rows, and the shadow follows.

    Signals:
        filtered: the rows shown changed (after a new search text or filter, or after an
            assessment while a verdict filter is on).
    """

    filtered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._filters: dict[str, str] = {}
        self._records: RecordTableModel
        self._shadow: SearchTextShadow

    # Why ``sourceModel()`` is not the records: a QSortFilterProxyModel asks its source for
    # the data of every row it filters, and asking a Python model costs a Python call per
    # row, each keystroke, 5,000 times in a large list. Filtering a QStandardItemModel stays
    # in C++. So the proxy filters the records' shadow (SearchTextShadow: the same rows in the
    # same order, one text each) and reads what it shows from the records, at the shadow's
    # row: mapToSource() gives a shadow index whose row is the record's row.

    def records(self) -> RecordTableModel:
        """The list this proxy shows."""
        return self._records

    def shadow(self) -> SearchTextShadow:
        """The model this proxy filters (``sourceModel()``): the records' filter texts."""
        return self._shadow

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt API
        """Show ``model`` (a :class:`RecordTableModel`), filtered through a new
        :class:`SearchTextShadow` of it (which becomes ``sourceModel()``)."""
        if not isinstance(model, RecordTableModel):
            raise TypeError("ShadowFilterProxy needs a RecordTableModel")
        old = self.sourceModel()
        if isinstance(old, SearchTextShadow):
            records = old.records
            records.dataChanged.disconnect(self._records_data_changed)
            records.headerDataChanged.disconnect(self._records_header_changed)
            records.assessed.disconnect(self._on_assessed)
            old.detach()
        self._records = model
        shadow = self._shadow = SearchTextShadow(model, self)
        shadow.wanted = bool(self._terms or self._filters)
        if shadow.wanted:
            shadow.fill()
        super().setSourceModel(shadow)
        if isinstance(old, SearchTextShadow):
            old.deleteLater()
        # After the shadow's own connection: it has the new texts when the views hear of it.
        model.dataChanged.connect(self._records_data_changed)
        model.headerDataChanged.connect(self._records_header_changed)
        model.assessed.connect(self._on_assessed)

    # Criteria.

    def search_text(self) -> str:
        return " ".join(self._terms)

    def set_search(self, text: str) -> None:
        """Show only rows containing every word of ``text`` (case and accents ignored)."""
        terms = quick_fold(text).split()
        if terms == self._terms:
            return
        self._terms = terms
        self._refilter()

    def set_filter(self, key: str, value: str | None) -> None:
        """Show only rows whose tag ``key`` holds ``value`` (None: no filter on ``key``).

        ``verdict`` filters on the row's verdict; ``attention`` on errors and warnings.
        """
        if value is None or value == "":
            if key not in self._filters:
                return
            del self._filters[key]
        else:
            if self._filters.get(key) == value:
                return
            self._filters[key] = value
        self._refilter()

    def filters(self) -> dict[str, str]:
        return dict(self._filters)

    def _on_assessed(self) -> None:
        # The shadow has the new verdicts by now, and the proxy has filtered their rows again:
        # only the count of the rows shown is left to tell.
        if "verdict" in self._filters:
            self.filtered.emit()

    def _refilter(self) -> None:
        terms, filters = self._terms, self._filters
        shadow = self.sourceModel()
        if isinstance(shadow, SearchTextShadow):
            shadow.wanted = bool(terms or filters)
            if shadow.wanted:
                shadow.fill()
        if not filters and len(terms) <= 1:
            self.setFilterFixedString(terms[0] if terms else "")
        else:
            self.setFilterRegularExpression(QRegularExpression(
                filter_pattern(terms, filters.items()),
                QRegularExpression.PatternOption.DotMatchesEverythingOption,
            ))
        self.filtered.emit()

    # The records' cells.

    def _record_index(self, index: ModelIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        return self._records.index(self.mapToSource(index).row(), index.column())

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self._records.cell(self.mapToSource(index).row(), index.column(), role)

    def itemData(self, index: ModelIndex) -> dict[int, Any]:  # noqa: N802 - Qt API
        return self._records.itemData(self._record_index(index))

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return self._records.flags(self._record_index(index))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        return self._records.headerData(section, orientation, role)

    def _records_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                              roles: Sequence[int] = ()) -> None:
        shown = self._shown_rows(top_left.row(), bottom_right.row())
        if shown is not None:
            self.dataChanged.emit(self.index(shown[0], top_left.column()),
                                  self.index(shown[1], bottom_right.column()), list(roles))

    def _records_header_changed(self, orientation: Qt.Orientation, first: int, last: int
                                ) -> None:
        self.headerDataChanged.emit(orientation, first, last)

    def _shown_rows(self, first: int, last: int) -> tuple[int, int] | None:
        """The first and last proxy rows among the records' rows ``first`` to ``last`` (the
        proxy keeps their order), or None when none is shown."""
        if last - first > INCREMENTAL_ROWS:
            count = self.rowCount()
            return (0, count - 1) if count else None
        shadow = self._shadow
        low = high = -1
        for row in range(first, last + 1):
            low = self.mapFromSource(shadow.index(row, 0)).row()
            if low >= 0:
                break
        if low < 0:
            return None
        for row in range(last, first - 1, -1):
            high = self.mapFromSource(shadow.index(row, 0)).row()
            if high >= 0:
                break
        return low, high

    # The rows belong to the records: nothing changes them through the proxy.

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole  # noqa: N802
                ) -> bool:
        return False

    def setItemData(self, index: ModelIndex, roles: dict[int, Any]) -> bool:  # noqa: N802
        return False

    def clearItemData(self, index: ModelIndex) -> bool:  # noqa: N802
        return False

    def insertRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return False

    def removeRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return False

    def insertColumns(self, column: int, count: int, parent: ModelIndex = QModelIndex()  # noqa: N802, B008
                      ) -> bool:
        return False

    def removeColumns(self, column: int, count: int, parent: ModelIndex = QModelIndex()  # noqa: N802, B008
                      ) -> bool:
        return False

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: ModelIndex) -> bool:
        return False

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: ModelIndex) -> bool:
        return False

    # Order.

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the records (on their cached keys); this proxy keeps their order."""
        self.records().sort(column, order)

    # Mapping helpers.

    def record_id(self, proxy_row: int) -> int:
        """The record id of a proxy row (mapped to the source first)."""
        return self.records().record_id(self.mapToSource(self.index(proxy_row, 0)).row())

    def proxy_row_of(self, record_id: int) -> int | None:
        """The proxy row of a record, or None when it is filtered out or absent."""
        records = self.records()
        shadow = self._shadow
        for key in records.keys_of(record_id):
            proxy = self.mapFromSource(shadow.index(records.row_of_key(key), 0))
            if proxy.isValid():
                return proxy.row()
        return None
