"""The scroll area of an editor's form: up and down, never sideways."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from ui.widgets import FieldError


class FormScrollArea(QScrollArea):
    """Scrolls a form up and down, never sideways: it is never narrower than the form can be.

    The form's rows wrap (labels above their fields) and its pick-lists narrow down to a
    minimum; that minimum width, not a fixed one, is what the panel asks of the splitter.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._form_width = -1

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt API
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # A row shown or hidden may change how narrow the form can be: tell the splitter.
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            width = self._minimum_width()
            if width != self._form_width:
                self._form_width = width
                self.updateGeometry()
        return super().eventFilter(watched, event)

    @contextlib.contextmanager
    def keeping_still_under_pointer(self) -> Iterator[None]:
        """Rows that grow or shrink meanwhile (a problem shown under a field, or gone) move
        nothing under the pointer: the form scrolls by as much as they moved it, so that the
        field about to be clicked stays where it is."""
        anchor = self._under_pointer()
        yield
        if anchor is None:
            return
        widget, before = anchor
        # The new heights are laid out now rather than after this event.
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        moved = widget.mapTo(self.viewport(), QPoint(0, 0)).y() - before
        if moved:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + moved)

    def _under_pointer(self) -> tuple[QWidget, int] | None:
        """The widget of the form under the pointer, and where it is in the viewport."""
        form = self.widget()
        viewport = self.viewport()
        if form is None or not viewport.isVisible():
            return None
        pointer = viewport.mapFromGlobal(QCursor.pos())
        if not viewport.rect().contains(pointer):
            return None
        widget = form.childAt(form.mapFrom(viewport, pointer))
        if isinstance(widget, FieldError):  # it may be the one that goes
            widget = widget.parentWidget()
        if widget is None:
            return None
        return widget, widget.mapTo(viewport, QPoint(0, 0)).y()

    def _minimum_width(self) -> int:
        widget = self.widget()
        if widget is None:
            return 0
        return (widget.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._minimum_width()), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # As wide as the form would like (QScrollArea caps it at 36 lines of text).
        hint = super().sizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        width = (widget.sizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())
