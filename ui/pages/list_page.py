"""What every list page shares: the search box and filters, the table, the editor beside it.

Each page is a search box and filter combos above a table, and the record's editor beside
it (``QSplitter``: list | editor). The table shows a :class:`ui.models.ShadowFilterProxy`
over the page's :class:`ui.models.RecordTableModel`; every row is mapped to the source with
``mapToSource`` before its id is used.

Nothing typed is lost: before the editor shows another record (a click on another row, a new
record, another page, closing the window) the page asks the editor's ``maybe_save()``, and
stays where it is when that returns False. Only the user picks another record: a search or a
filter that hides the record being edited leaves it in the editor, with no row selected, and
selects its row again when it is shown again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from registry.errors import UserError

from ui.context import AppContext
from ui.models import RecordTableModel, ShadowFilterProxy
from ui.pages.following import FollowingPage
from ui.pages.list_widgets import FlowLayout, RecordTable
from ui.settings import LIST_HEADERS, LIST_SPLITTERS, Settings

if TYPE_CHECKING:
    from registry.assessment import Assessment

    from ui.editors.base import RecordEditor


FilterSpec = tuple[str, str, list[tuple[str, str]]]
"""``(key, label, [(value, text), ...])`` of one filter combo."""

LIST_BESIDE_EDITOR = 30
"""The narrowest the list may be beside the editor, in average characters (a verdict and a
name); with less room the editor goes below the list."""


class ListPage(FollowingPage):
    """A searchable, filterable, sortable list of records with an editor beside it.

    Signals:
        selectionChanged: the selected rows changed (for the Delete action).
        openRecord(str, int): show a record of another page (kind, id).
        dirtyChanged(bool): the editor has (or no longer has) unsaved changes.
        historyRequested(str, int, str): show a record's whole history (kind, id, name).
    """

    selectionChanged = Signal()
    openRecord = Signal(str, int)
    dirtyChanged = Signal(bool)
    historyRequested = Signal(str, int, str)

    page_key: ClassVar[str] = ""
    kind: ClassVar[str] = ""
    """The kind of record the editor shows and Delete removes (empty: none)."""
    deletable: ClassVar[bool] = True
    model_class: ClassVar[type[RecordTableModel]]
    fill_key: ClassVar[str] = "name"
    """The column that takes the room the others leave."""

    def __init__(self, context: AppContext, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.settings = settings
        self._fitted = False
        self._shown_id: int | None = None
        self._guard = False
        self._editor: RecordEditor | None = None
        self._editor_type: type[RecordEditor] | None = None
        self._read_only = context.read_only

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.search_placeholder())
        self.search.setToolTip(self.search_tip())
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)

        self.model = self.model_class(context, self)
        self.proxy = ShadowFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_combos: dict[str, QComboBox] = {}
        # The filters sit beside the search box when there is room, else on a row below it.
        self.filters = QWidget(self)
        filters_layout = FlowLayout(self.filters)
        for key, text, options in self.filter_specs():
            combo = QComboBox(self.filters)
            combo.setAccessibleName(text)
            combo.setToolTip(text)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(self.all_text(key, text), "")
            for value, option in options:
                combo.addItem(option, value)
            combo.currentIndexChanged.connect(
                lambda _i, key=key, combo=combo: self._set_filter(key, combo.currentData())
            )
            self.filter_combos[key] = combo
            filters_layout.addWidget(combo)
        self.filters.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy = self.filters.sizePolicy()
        policy.setHeightForWidth(True)
        self.filters.setSizePolicy(policy)
        self.count_label = QLabel(self)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._toolbar = QHBoxLayout()
        self._toolbar.setSpacing(8)
        self._toolbar.addWidget(self.search, 1)
        self._toolbar.addWidget(self.filters)
        self._toolbar.addWidget(self.count_label)
        self._second_row = QHBoxLayout()
        self._filters_below = False
        toolbar = self._toolbar

        self.view = RecordTable(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.list_title())
        self.view.horizontalHeader().setSortIndicator(self.model.name_column,
                                                      Qt.SortOrder.AscendingOrder)
        self.view.deleteRequested.connect(self._delete_key)

        self.placeholder = QLabel(self.placeholder_text(), self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setMargin(24)
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.addWidget(self.placeholder)
        self._splitter_state = QByteArray()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.page_key}Splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._remember_splitter())
        self.editor_stack.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(toolbar)
        layout.addLayout(self._second_row)
        layout.addWidget(self.splitter, 1)

        self.search.textChanged.connect(self._set_search)
        self.proxy.filtered.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(self._on_current_changed)
        selection.selectionChanged.connect(self._on_selection_changed)
        self.view.activated.connect(self._on_activated)
        self.setTabOrder(self.search, next(iter(self.filter_combos.values()), self.view))
        combos = list(self.filter_combos.values())
        for first, second in zip(combos, combos[1:], strict=False):
            self.setTabOrder(first, second)
        self.setTabOrder(combos[-1] if combos else self.search, self.view)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_filters()
        self._place_editor()

    def event(self, event: QEvent) -> bool:
        # The editor's narrowest width changes with what it shows (and once it is built).
        if event.type() == QEvent.Type.LayoutRequest:
            self._place_editor()
        return super().event(event)

    def _place_filters(self) -> None:
        """Filters beside the search box when everything fits, else on a second row."""
        if not self.filter_combos:
            return
        char = self.fontMetrics().averageCharWidth()
        needed = (char * 34 + self.filters.sizeHint().width() +
                  self.count_label.sizeHint().width() + 40)
        below = self.width() < needed
        if below == self._filters_below:
            return
        self._filters_below = below
        if below:
            self._toolbar.removeWidget(self.filters)
            self._second_row.addWidget(self.filters)
        else:
            self._second_row.removeWidget(self.filters)
            self._toolbar.insertWidget(1, self.filters)

    # Texts (overridden per page).

    def list_title(self) -> str:
        raise NotImplementedError

    def search_placeholder(self) -> str:
        return self.tr("Search (Ctrl+F)")

    def placeholder_text(self) -> str:
        return ""

    def search_tip(self) -> str:
        return ""

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("%n record(s)", "", total) if shown == total else \
            self.tr("{0} of {1}").format(shown, total)

    def all_text(self, key: str, text: str) -> str:
        return self.tr("{0}: all").format(text)

    def filter_specs(self) -> list[FilterSpec]:
        return []

    # Loading.

    def refresh(self) -> None:
        """Reload the rows (the registry changed since they were loaded)."""
        selected = self.selected_ids()
        current = self._shown_id
        if current is not None and current not in selected:
            selected = [current]
        with self._keeping_editor():
            self.model.refresh()
            self._refresh_filter_options()
            self._select_ids(selected, current)
        if not self._fitted and self.model.rowCount():
            self.fit_columns()
        self._after_refresh(current)
        self._update_count()

    def _after_refresh(self, current: int | None) -> None:
        """A record deleted meanwhile leaves the placeholder (unless it has unsaved changes).

        The editor follows other changes of the registry itself.
        """
        editor = self._editor
        if editor is None or current is None or editor.is_dirty():
            return
        if self.model.row_of(current) is None:
            self._show_placeholder()

    def apply_assessment(self, assessment: Assessment) -> None:
        """Show the verdicts of ``assessment`` (when the rows are current); a list whose
        rows come from the assessment (transfers) is reloaded from it."""
        if self._stale:
            return
        if not self.model.needs_assessment:
            with self._keeping_editor():  # a verdict filter may hide or show rows
                self.model.apply_assessment(assessment)
        elif not self.model.is_assessed:
            self._stale = True
            self.ensure_fresh()

    def _refresh_filter_options(self) -> None:
        """Filter options that depend on the data (countries present)."""

    # Search and filters.

    def _set_search(self, text: str) -> None:
        with self._keeping_editor():
            self.proxy.set_search(text)

    def _set_filter(self, key: str, value: str | None) -> None:
        with self._keeping_editor():
            self.proxy.set_filter(key, value)

    @contextlib.contextmanager
    def _keeping_editor(self) -> Iterator[None]:
        """Rows hidden or shown meanwhile (a search, a filter, a reload) change nothing in the
        editor; the row of its record is selected whenever the list shows it.

        Qt moves the current row off a row that is hidden, to a neighbour: that is not the
        user picking another record.
        """
        outermost = not self._guard
        self._guard = True
        try:
            yield
        finally:
            if outermost:
                self._guard = False
        if outermost:
            self._select_shown_record()

    def _select_shown_record(self) -> None:
        """The editor's record as the current and only selected row when the list shows it;
        no current row when it does not (a click on any row then opens that row)."""
        shown = self._shown_id
        if shown is None or not self.editor_visible():
            return
        row = self.proxy.proxy_row_of(shown)
        if row is None:
            if self.view.selectionModel().currentIndex().isValid():
                self._guard = True
                try:
                    self.view.selectionModel().clearCurrentIndex()
                finally:
                    self._guard = False
        elif self.current_record_id() != shown:
            self._quietly_select(shown)
            self._scroll_to_row(row)

    # Selection.

    def current_record_id(self) -> int | None:
        """The record of the current row, or None."""
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.proxy.record_id(index.row())

    def selected_ids(self) -> list[int]:
        """The records of the selected rows, in list order, without repeats."""
        ids: list[int] = []
        seen: set[int] = set()
        for index in sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row()):
            source = self.proxy.mapToSource(index)
            record_id = self.model.record_id(source.row())
            if record_id not in seen:
                seen.add(record_id)
                ids.append(record_id)
        return ids

    def selected_records(self) -> tuple[dict[int, int], dict[int, str]]:
        """The selected records as the list shows them: their versions and names by id."""
        ids = self.selected_ids()
        names = {i: self.model.name(row)
                 for i, row in ((i, self.model.row_of(i)) for i in ids) if row is not None}
        return self.model.seen_versions(ids), names

    def selected_names(self) -> list[str]:
        names = []
        for index in sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row()):
            names.append(self.model.name(self.proxy.mapToSource(index).row()))
        return names

    def row_count(self) -> int:
        """How many rows the list shows (after search and filters)."""
        return self.proxy.rowCount()

    def row_texts(self, column: str = "name") -> list[str]:
        """The texts of one column of the shown rows, top to bottom."""
        col = self.model.column_of(column)
        return [self.proxy.index(r, col).data() for r in range(self.proxy.rowCount())]

    def select_record(self, record_id: int, *, clear_search: bool = True) -> bool:
        """Select and show a record (clearing search and filters if they hide it).

        Returns:
            False when the record is not in the list, or the user kept editing another.
        """
        self.ensure_fresh()
        if self.model.row_of(record_id) is None:
            return False
        if self.proxy.proxy_row_of(record_id) is None and clear_search:
            self.clear_search()
        row = self.proxy.proxy_row_of(record_id)
        if row is None:
            return False
        self.view.setFocus()
        index = self.proxy.index(row, self.model.name_column)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._scroll_to_row(row)
        return self._shown_id == record_id

    def _scroll_to_row(self, row: int) -> None:
        """Bring a row into view without scrolling sideways."""
        bar = self.view.horizontalScrollBar()
        offset = bar.value()
        self.view.scrollTo(self.proxy.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        bar.setValue(offset)

    def clear_search(self) -> None:
        """Empty the search box and reset every filter."""
        self.search.clear()
        for combo in self.filter_combos.values():
            combo.setCurrentIndex(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _select_ids(self, ids: list[int], current: int | None) -> None:
        selection_model = self.view.selectionModel()
        selection = QItemSelection()
        for record_id in ids:
            row = self.proxy.proxy_row_of(record_id)
            if row is not None:
                selection.select(self.proxy.index(row, 0),
                                 self.proxy.index(row, self.proxy.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        if current is not None:
            row = self.proxy.proxy_row_of(current)
            if row is not None:
                selection_model.setCurrentIndex(self.proxy.index(row, self.model.name_column),
                                                flags.NoUpdate)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection
                              ) -> None:
        self.selectionChanged.emit()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._guard:
            return
        new_id = self.proxy.record_id(current.row()) if current.isValid() else None
        if new_id == self._shown_id:
            return
        if new_id is None:
            # The row went away (filtered out): the editor keeps its record.
            return
        if not self.confirm_leave():
            self._restore_current()
            # A mouse press selects the clicked row after this: put the selection back
            # once it is done.
            QTimer.singleShot(0, self, self._restore_current)
            return
        self._show_record(new_id)
        # A save may have reloaded the rows: make sure the record is still the current row.
        if self.current_record_id() != new_id:
            self._quietly_select(new_id)

    def _restore_current(self) -> None:
        if self._shown_id is not None:
            if self.selected_ids() == [self._shown_id] and \
                    self.current_record_id() == self._shown_id:
                return
            self._quietly_select(self._shown_id)
        else:
            self._guard = True
            try:
                self.view.selectionModel().clear()
            finally:
                self._guard = False

    def _quietly_select(self, record_id: int) -> None:
        row = self.proxy.proxy_row_of(record_id)
        if row is None:
            return
        self._guard = True
        try:
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(row, self.model.name_column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._guard = False

    def _on_activated(self, index: QModelIndex) -> None:
        """Enter or double-click on a row: go to its editor."""
        if self.editor_visible():
            assert self._editor is not None
            self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self._editor.focusNextChild()

    def _delete_key(self) -> None:
        window = self.window()
        action = getattr(window, "delete_action", None)
        if action is not None and action.isEnabled():
            action.trigger()

    def _update_count(self) -> None:
        self.count_label.setText(self.count_text(self.proxy.rowCount(), self.model.rowCount()))

    # The editor.

    def editor_class(self) -> type[RecordEditor]:
        """The editor of this page's records.

        Each page imports its editor here, when first needed, rather than at the top: the
        editors' modules are a good part of start-up, and are loaded in idle time after it
        (:meth:`prepare_editor`).
        """
        raise NotImplementedError

    def editor(self) -> RecordEditor:
        """The page's editor, created on first use."""
        if self._editor is None:
            self._editor = self._create_editor()
        return self._editor

    def editor_ready(self) -> bool:
        """Whether the editor has been built."""
        return self._editor is not None

    def prepare_editor(self) -> None:
        """Build the editor ahead of the first selection (in idle time after start-up), and
        read one record into it so that the first real one opens at once.

        Each step is an event of its own (the editor's module loaded, the editor built, a
        record read into it), so that the window answers a click in between.
        """
        if self._editor is not None:
            return
        if self._editor_type is None:
            QTimer.singleShot(0, self, self._load_editor_class)
            return
        editor = self.editor()
        if self.model.rowCount() == 0 or self._shown_id is not None:
            return
        first = self.model.record_id(0)
        QTimer.singleShot(0, editor, lambda: self._warm(editor, first))

    def _load_editor_class(self) -> None:
        if self._editor_type is None:
            self._editor_type = self.editor_class()
        QTimer.singleShot(0, self, self.prepare_editor)

    def _warm(self, editor: RecordEditor, record_id: int) -> None:
        if self._shown_id is None and self.editor_stack.currentWidget() is self.placeholder \
                and not editor.is_dirty():
            try:
                editor.load(record_id)
            except UserError:
                pass

    def _create_editor(self) -> RecordEditor:
        if self._editor_type is None:
            self._editor_type = self.editor_class()
        editor = self._editor_type(self.context, self)
        editor.save_shortcut.setEnabled(False)  # the window's File > Save has Ctrl+S
        self.editor_stack.addWidget(editor)
        editor.saved.connect(self._on_saved)
        editor.dirtyChanged.connect(self.dirtyChanged)
        editor.history.showAll.connect(self.historyRequested)
        if self._read_only:
            editor.set_read_only(True)
        return editor

    def _show_record(self, record_id: int | None) -> None:
        editor = self.editor()
        self._shown_id = record_id
        editor.load(record_id)
        self._set_panel(editor)

    def _show_placeholder(self) -> None:
        self._shown_id = None
        self._set_panel(self.placeholder)

    def _set_panel(self, widget: QWidget) -> None:
        """Show the editor beside the list, or (with nothing to edit) the list alone."""
        self.editor_stack.setCurrentWidget(widget)
        shown = widget is not self.placeholder
        if shown == (not self.editor_stack.isHidden()):
            return
        if shown:
            self.editor_stack.show()
            self._place_editor()
            self._apply_splitter_state()
        else:
            self._remember_splitter()
            self.editor_stack.hide()

    def _place_editor(self) -> None:
        """The editor beside the list when both fit, else below it (a narrow window, large
        fonts, 200 % scaling): the editor is never squeezed into scrolling sideways."""
        char = self.fontMetrics().averageCharWidth()
        room = self.splitter.width() - self.splitter.handleWidth()
        beside = room >= char * LIST_BESIDE_EDITOR + self.editor_stack.minimumSizeHint().width()
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        if not self.editor_stack.isHidden():
            self._apply_splitter_state()

    def _remember_splitter(self) -> None:
        # Only the sizes side by side are kept: below the list, the editor takes what it can.
        if not self.editor_stack.isHidden() and \
                self.splitter.orientation() == Qt.Orientation.Horizontal:
            self._splitter_state = self.splitter.saveState()

    def _apply_splitter_state(self) -> None:
        state = self._splitter_state
        orientation = self.splitter.orientation()
        if orientation == Qt.Orientation.Horizontal and not state.isEmpty() and \
                self.splitter.restoreState(state) and not self.editor_stack.isHidden() and \
                self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        self.editor_stack.show()
        if orientation == Qt.Orientation.Vertical:
            total = max(self.splitter.height(), 300)
            self.splitter.setSizes([total // 3, total - total // 3])
            return
        total = self.splitter.width() - self.splitter.handleWidth()
        current = self.editor_stack.currentWidget()
        wanted = current.sizeHint().width() if current is not None else 0
        editor = min(max(int(total * 0.45), wanted), int(total * 0.6))
        editor = max(editor, self.editor_stack.minimumSizeHint().width())
        self.splitter.setSizes([total - editor, editor])

    def shown_record_id(self) -> int | None:
        """The record in the editor (None: none, or a new record not saved yet)."""
        return self._shown_id

    def editor_visible(self) -> bool:
        return self._editor is not None and self.editor_stack.currentWidget() is self._editor

    def is_dirty(self) -> bool:
        """Whether the editor holds unsaved changes."""
        return self._editor is not None and self._editor.is_dirty()

    def confirm_leave(self) -> bool:
        """Ask the editor to save or discard unsaved changes; False to stay."""
        editor = self._editor
        if editor is None or not editor.is_dirty():
            return True
        return editor.maybe_save()

    def new_record(self) -> bool:
        """Show an empty editor for a new record (after saving what is unsaved)."""
        if not self.kind or self._read_only:
            return False
        if not self.confirm_leave():
            return False
        editor = self.editor()
        self._guard = True
        try:
            self.view.selectionModel().clear()
        finally:
            self._guard = False
        self._shown_id = None
        editor.load(None)
        self._set_panel(editor)
        editor.show_top()
        return True

    def _on_saved(self, record_id: int) -> None:
        """After a save: show the saved record's row (a new record gets its row now)."""
        self._shown_id = record_id
        self.ensure_fresh()
        self._quietly_select(record_id)

    def set_context(self, context: AppContext) -> None:
        """Show another registry (after File > Open)."""
        self.follow(context)
        self.model.context = context
        self._read_only = context.read_only
        if self._editor is not None:
            self.editor_stack.removeWidget(self._editor)
            self._editor.deleteLater()
        self._editor = None
        self._shown_id = None
        self._set_panel(self.placeholder)
        self.clear_search()

    # State.

    def save_state(self) -> None:
        self.settings.set(LIST_HEADERS[self.page_key], self.view.horizontalHeader().saveState())
        self._remember_splitter()
        if not self._splitter_state.isEmpty():
            self.settings.set(LIST_SPLITTERS[self.page_key], self._splitter_state)

    def restore_state(self) -> None:
        header = self.view.horizontalHeader()
        state = self.settings.get(LIST_HEADERS[self.page_key])
        if state.isEmpty() or not header.restoreState(state):
            self.fit_columns()
        else:
            self._fitted = True  # as the user left them
            header.setStretchLastSection(False)  # as states saved before kept it
            fill = self.model.column_of(self.fill_key)
            self.view.set_fill_column(fill, header.sectionSize(fill))
            for column in range(header.count()):  # a header in another language may be longer
                header.resizeSection(column, max(header.sectionSize(column),
                                                 header.sectionSizeHint(column)))
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        # Applied when the editor is first shown.
        self._splitter_state = self.settings.get(LIST_SPLITTERS[self.page_key])

    def fit_columns(self) -> None:
        """Each column as wide as its header and its texts (those of the rows on screen and
        around them), up to its widest (:meth:`column_widths`); the name column takes the
        room left (a first start, before the user sized them)."""
        header = self.view.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        icon = self.style().pixelMetric(self.style().PixelMetric.PM_SmallIconSize) + 18
        widest = self.column_widths()
        self._fitted = self.model.rowCount() > 0
        for i, column in enumerate(self.model.columns):
            if i == self.model.verdict_column:
                header.resizeSection(i, icon)
                continue
            self.view.resizeColumnToContents(i)  # the header's text and the texts, whole
            cap = char * widest.get(column.key, 40)
            if header.sectionSize(i) > cap:
                header.resizeSection(i, max(cap, header.sectionSizeHint(i)))
        fill = self.model.column_of(self.fill_key)
        self.view.set_fill_column(fill, max(header.sectionSize(fill), char * 20))

    def column_widths(self) -> dict[str, int]:
        """The widest each column grows to fit its texts, in average characters (a header
        is always shown whole)."""
        return {"name": 40}

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if read_only and self._editor is not None:
            self._editor.set_read_only(True)


def refill_choices(combo: QComboBox, options: list[tuple[str, str]]) -> None:
    """Replace a filter combo's options, keeping the chosen one when it is still there."""
    current = combo.currentData()
    first = combo.itemText(0)
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(first, "")
        for value, text in options:
            combo.addItem(text, value)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)
    if current and combo.currentData() != current:
        combo.currentIndexChanged.emit(combo.currentIndex())
