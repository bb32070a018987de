"""The mouse wheel over a field that does not have the focus scrolls what holds the field.

Qt turns a pick-list, a date or a number with the wheel whenever the pointer is over it, and
gives it the focus on the way: scrolling a long form would change whatever field passes under
the pointer (a status from Active to Retired). A guarded field takes the wheel only once the
user has clicked or tabbed into it; until then the wheel goes on to the form's scroll area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget


class _WheelGuard(QObject):
    """The event filter of every guarded field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) \
                or watched.hasFocus():
            return False
        assert isinstance(event, QWheelEvent)
        _pass_on(watched, event)
        event.accept()
        return True


def _pass_on(field: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the field's parents, innermost first, until one takes it: what Qt
    does with a wheel event that a widget ignores (but only for a real one, not one a
    program sends, so it is done here for both)."""
    target = field.parentWidget()
    where = event.globalPosition()
    while target is not None:
        passed = QWheelEvent(
            target.mapFromGlobal(where), where, event.pixelDelta(), event.angleDelta(),
            event.buttons(), event.modifiers(), event.phase(), event.inverted(),
            event.source(), event.pointingDevice())
        handled = QApplication.sendEvent(target, passed)
        if (handled and passed.isAccepted()) or target.isWindow():
            return
        target = target.parentWidget()


_guard: _WheelGuard | None = None


def guard_wheel(*fields: QWidget) -> None:
    """Let ``fields`` take the wheel only when they have the focus (which a wheel no longer
    gives them); otherwise it scrolls the form they are in."""
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QApplication.instance())
    for field in fields:
        if field.focusPolicy() & Qt.FocusPolicy.WheelFocus == Qt.FocusPolicy.WheelFocus:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(_guard)
