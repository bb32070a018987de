"""The scroll area of an editor's form: up and down, never sideways."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


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
