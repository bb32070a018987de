"""The what-if bar of the Overview and Transfers pages: another as-of date, adequacy decisions
supposed revoked, and what that changes against today.

Both pages have one; both show the one supposition of the window
(:meth:`ui.context.AppContext.suppose`). Without a supposition the bar is a row of controls
set to today. With one, it is a yellow banner that says the date and the decisions supposed
revoked, that this is not today's state and that nothing is saved, with **Back to today**;
under it, which transfers would fail (or no longer fail) and the vendors affected. The
comparison itself is :mod:`registry.whatif`'s, worked out off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QFont, QMouseEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registry.assessment import Assessment, decision_label, decision_title
from registry.countries import country_name, sort_key
from registry.messages import Join, date_text, render, worded
from registry.whatif import Change, Supposition, TransferChange, WhatIf

from ui.context import AppContext
from ui.pages.list_widgets import FlowLayout
from ui.widgets.dates import date_format
from ui.widgets.wheel import guard_wheel

SHOWN = 8
"""How many transfers (and vendors) a list of changes names before "and N more"."""

ACTIVE_STYLE = (
    "QFrame#whatIfBar[active=\"true\"] { background: #fff3cd; border: 1px solid #e0c36c; "
    "border-radius: 4px; } "
    "QFrame#whatIfBar[active=\"true\"] QLabel { color: #5c4400; }"
)
"""The bar under a supposition: the yellow of the window's other notices."""

EARLIEST = QDate(2000, 1, 1)
"""The earliest as-of date (the legal facts start with Safe Harbor, in 2000)."""
LATEST = QDate(2099, 12, 31)


class _TickMenu(QMenu):
    """A menu of check boxes that stays open while they are ticked with the mouse."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class WhatIfBar(QFrame):
    """The as-of date and the decisions to suppose revoked, and what changes.

    Args:
        context: the open registry.
        show_text: the button under the changes (it emits ``showChanges``).
        names: name the transfers and vendors that change (the Overview); else only count
            them (the Transfers page, whose list shows them).

    Signals:
        showChanges(str): show the transfers of a kind of change (``fails``, ``recovers``).
    """

    showChanges = Signal(str)

    def __init__(self, context: AppContext, show_text: str,
                 parent: QWidget | None = None, *, names: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.names = names
        self.setObjectName("whatIfBar")
        self.setStyleSheet(ACTIVE_STYLE)
        self.setProperty("active", False)
        self._syncing = False

        self.title = QLabel(self.tr("What if"), self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.as_of = QDateEdit(self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setKeyboardTracking(False)  # a date typed counts once it is whole
        self.as_of.setDateRange(EARLIEST, LATEST)
        self.as_of.setAccessibleName(self.tr("What if: as of"))
        self.as_of.setToolTip(self.tr("Assess the registry as of this date"))
        guard_wheel(self.as_of)
        as_of_label = QLabel(self.tr("As &of:"), self)
        as_of_label.setBuddy(self.as_of)
        self.decisions = QPushButton(self)
        self.decisions.setAccessibleName(self.tr("What if: adequacy decisions revoked"))
        self.decisions.setToolTip(self.tr(
            "Suppose adequacy decisions revoked: the transfers they cover lose their basis"))
        self.menu = _TickMenu(self.decisions)
        self.menu.setToolTipsVisible(True)
        self.decisions.setMenu(self.menu)
        decisions_label = QLabel(self.tr("Suppose re&voked:"), self)
        decisions_label.setBuddy(self.decisions)
        self.back = QPushButton(self.tr("Back to today"), self)
        self.back.setToolTip(self.tr("Show the registry as it is today"))
        self.back.clicked.connect(lambda: self.context.suppose(None))

        self.banner = QLabel(self)
        self.banner.setObjectName("whatIfBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAccessibleName(self.tr("What if"))
        self.banner.setFont(bold)
        self.changes = QLabel(self)
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_changes = QPushButton(show_text, self)
        self.show_changes.clicked.connect(self._show_changes)

        controls = QWidget(self)
        flow = FlowLayout(controls)
        self.title.setMinimumHeight(self.as_of.sizeHint().height())  # level with the fields
        flow.addWidget(self.title)
        for label, field in ((as_of_label, self.as_of), (decisions_label, self.decisions)):
            pair = QWidget(controls)  # a label stays beside its field when the row wraps
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label)
            row.addWidget(field)
            flow.addWidget(pair)
        top = QHBoxLayout()
        top.addWidget(controls, 1)
        top.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.changes, 1)
        bottom.addWidget(self.show_changes, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(bottom)

        self.decision_actions: dict[str, QAction] = {}
        self._make_actions()
        self.as_of.dateChanged.connect(lambda _day: self._apply())
        self._bind()
        self._sync()

    # --- the context ------------------------------------------------------------------------

    def _bind(self) -> None:
        self.context.supposition_changed.connect(self._sync)
        self.context.supposed.connect(self._show)
        self.context.assessed.connect(self._count_transfers)

    def set_context(self, context: AppContext) -> None:
        """Follow another registry (after File ▸ Open): it supposes nothing yet."""
        self.context.supposition_changed.disconnect(self._sync)
        self.context.supposed.disconnect(self._show)
        self.context.assessed.disconnect(self._count_transfers)
        self.context = context
        self._bind()
        self._make_actions()
        self._sync()

    # --- the decisions ----------------------------------------------------------------------

    def _make_actions(self) -> None:
        """An action to tick for each adequacy decision of the legal facts, named as the
        facts name it, in the window's language."""
        language = self.context.language
        self.menu.clear()
        for action in self.decision_actions.values():
            action.deleteLater()
        self.decision_actions = {}
        self._titles: dict[str, str] = {}
        for decision in self.context.facts.decisions:
            title = worded(decision_title(decision), language)
            action = QAction(title, self)
            action.setCheckable(True)
            action.setToolTip(render(decision_label(decision), language))
            action.toggled.connect(lambda _on: self._apply())
            self.decision_actions[decision.id] = action
            self._titles[decision.id] = title
        current = self.context.current_assessment()
        self._count_transfers(current)

    def _count_transfers(self, assessment: Assessment | None) -> None:
        """Name how many of today's transfers rely on each decision, and list those first."""
        relied = Counter(t.decision_id for t in assessment.transfers if t.decision_id) \
            if assessment is not None else Counter[str]()
        language = self.context.ui_language
        for decision_id, action in self.decision_actions.items():
            count = relied.get(decision_id, 0)
            title = self._titles[decision_id]
            action.setText(self.tr("{0} (%n transfer(s))", "", count).format(title)
                           if count else title)
        ordered = sorted(self.decision_actions.items(), key=lambda item: (
            -relied.get(item[0], 0), sort_key(self._titles[item[0]], language)))
        self.menu.clear()
        for number, (decision_id, action) in enumerate(ordered):
            if number and relied.get(ordered[number - 1][0]) and not relied.get(decision_id):
                self.menu.addSeparator()  # the decisions today's transfers rely on come first
            self.menu.addAction(action)

    def _named(self, ids: Sequence[str]) -> list[str]:
        """The titles of these decisions, in the order of the window's language."""
        language = self.context.ui_language
        return sorted((self._titles[d] for d in ids), key=lambda t: sort_key(t, language))

    # --- from the controls to the context ------------------------------------------------------

    def _apply(self) -> None:
        """Suppose what the controls say (or today, when they say today)."""
        if self._syncing:
            return
        day = self.as_of.date()
        revoked = tuple(d.id for d in self.context.facts.decisions
                        if self.decision_actions[d.id].isChecked())
        self.context.suppose(Supposition(dt.date(day.year(), day.month(), day.day()), revoked))

    def _show_changes(self) -> None:
        result = self.context.what_if()
        if result is not None:
            self.showChanges.emit(Change.FAILS.value if result.failing or not result.recovering
                                  else Change.RECOVERS.value)

    # --- from the context to the bar ----------------------------------------------------------

    def _sync(self) -> None:
        """Show the context's supposition: the controls, the banner, the bar's colour."""
        context = self.context
        supposition = context.supposition()
        today = context.today()
        as_of = supposition.as_of if supposition is not None else today
        revoked = supposition.revoked if supposition is not None else ()
        language = context.ui_language
        self._syncing = True
        try:
            self.as_of.setLocale(QLocale(language))
            self.as_of.setDisplayFormat(date_format(language))
            self.as_of.setDate(QDate(as_of.year, as_of.month, as_of.day))
            for decision_id, action in self.decision_actions.items():
                action.setChecked(decision_id in revoked)
        finally:
            self._syncing = False
        titles = self._named(revoked)
        if not titles:
            self.decisions.setText(self.tr("None"))
        elif len(titles) == 1:
            self.decisions.setText(titles[0])
        else:
            self.decisions.setText(self.tr("%n decision(s)", "", len(titles)))
        self.decisions.setToolTip(", ".join(titles) or self.tr(
            "Suppose adequacy decisions revoked: the transfers they cover lose their basis"))
        active = supposition is not None
        self.setProperty("active", active)
        self.style().unpolish(self)
        self.style().polish(self)
        self.back.setVisible(active)
        self.banner.setVisible(active)
        self.banner.setText(self._banner_text(supposition) if supposition else "")
        result = context.what_if()
        if active and result is None:
            self.changes.setText(self.tr("Working out what changes…"))
            self.changes.setVisible(True)
            self.show_changes.setVisible(False)
        elif result is not None:
            self._show(result)
        else:
            self.changes.setVisible(False)
            self.show_changes.setVisible(False)

    def _banner_text(self, supposition: Supposition) -> str:
        day = date_text(supposition.as_of, self.context.ui_language)
        if not supposition.revoked:
            return self.tr("What if: the registry as of {0}. A supposition, not today's state; "
                           "nothing is saved.").format(day)
        titles = Join(tuple(self._named(supposition.revoked)), "and")
        return self.tr(
            "What if: the registry as of {0}, with the adequacy decision(s) for {1} revoked. "
            "A supposition, not today's state; nothing is saved.", "",
            len(supposition.revoked)).format(day, worded(titles, self.context.ui_language))

    def _show(self, result: WhatIf | None) -> None:
        """Say what the supposition changes against today."""
        if result is None or result is not self.context.what_if():
            return
        self.changes.setText(self.changes_text(result))
        self.changes.setVisible(True)
        self.show_changes.setVisible(bool(result.failing or result.recovering))

    def changes_text(self, result: WhatIf) -> str:
        """Which transfers would fail or no longer fail, and the vendors affected (or, without
        :attr:`names`, how many transfers)."""
        failing, recovering = result.failing, result.recovering
        if not failing and not recovering:
            return self.tr("Against today, no transfer would fail and none would stop "
                           "failing.")
        if not self.names:
            counts = []
            if failing:
                counts.append(self.tr("%n transfer(s) would fail.", "", len(failing)))
            if recovering:
                counts.append(self.tr("%n transfer(s) would no longer fail.", "",
                                      len(recovering)))
            return " ".join(counts)
        lines: list[str] = []
        if failing:
            lines.append(self.tr("%n transfer(s) would fail: {0}.", "", len(failing)).format(
                self._transfers(failing)))
            vendors = [name for _id, name in result.vendors(Change.FAILS)]
            lines.append(self.tr("%n vendor(s) affected: {0}.", "", len(vendors)).format(
                self._first(vendors)))
        if recovering:
            lines.append(self.tr("%n transfer(s) would no longer fail: {0}.", "",
                                 len(recovering)).format(self._transfers(recovering)))
        return "\n".join(lines)

    def _transfers(self, changes: Sequence[TransferChange]) -> str:
        language = self.context.language
        return self._first([
            f"{' → '.join(c.transfer.chain)} ({country_name(c.transfer.country, language)})"
            for c in changes[:SHOWN]], len(changes))

    def _first(self, names: Sequence[str], count: int | None = None) -> str:
        """The first names of ``count`` (all of them by default), and how many more."""
        count = len(names) if count is None else count
        shown = ", ".join(names[:SHOWN])
        if count <= SHOWN:
            return shown
        return self.tr("{0} and %n more", "", count - SHOWN).format(shown)
