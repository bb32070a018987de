"""The sentence that says what is wrong with a field, shown right under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b71c1c;"


class FieldError(QLabel):
    """A red, plain-text, word-wrapped label that hides itself when there is nothing to say.

    The message is also set as the field's accessible description, so that a screen reader
    says it when the field gets the focus.
    """

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName("fieldError")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def set_message(self, message: str | None) -> None:
        """Show ``message``, or hide the label when it is empty or None."""
        text = message or ""
        self.setText(text)
        self.setVisible(bool(text))
        if self.field is not None:
            self.field.setAccessibleDescription(text)

    def message(self) -> str:
        return self.text()
