"""The app's own modal questions: first start, a registry that cannot be opened, deleting,
importing, choosing files, the organisation's name, and About.

Every dialog is a class with a classmethod ``ask(...)`` that shows it and returns the
answer, so tests replace ``ask`` and never block on ``exec()``.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from registry import __version__
from registry.facts import load_facts
from registry.messages import date_text

from ui.i18n import language, translator
from ui.icons import app_icon

APP_TITLE = "Subprocessor Registry"

translate = QCoreApplication.translate


tr = translator("dialogs")

FirstStartChoice = Literal["demo", "empty", "open"]
OpenProblemChoice = Literal["open_other", "new", "quit"]
FilePurpose = Literal["open", "new", "import", "export", "history"]


class FirstStartDialog(QDialog):
    """Shown when the user's registry file does not exist yet: demo, empty or open?"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: FirstStartChoice | None = None
        self.setWindowTitle(self.tr("Welcome to Subprocessor Registry"))
        self.setWindowIcon(app_icon())
        heading = QLabel(self.tr("Welcome to Subprocessor Registry"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr(
            "Keep your vendors and sub-processors, where they process data, their transfer "
            "safeguards and DPAs, your services and your Article 30 records in one place. "
            "How do you want to start?"), self)
        intro.setWordWrap(True)
        demo = QCommandLinkButton(
            self.tr("Explore the demo registry"),
            self.tr("A Nordic IT company with real-world vendors, services and records of "
                    "processing, with a few problems to find. You can clear it later."),
            self)
        empty = QCommandLinkButton(
            self.tr("Start an empty registry"),
            self.tr("Enter your organisation's name and add your vendors."), self)
        open_ = QCommandLinkButton(
            self.tr("Open an existing registry file…"),
            self.tr("A registry file you or a colleague already keep."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        quit_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(self.tr("&Quit"))
        buttons.rejected.connect(self.reject)
        for button, choice in ((demo, "demo"), (empty, "empty"), (open_, "open")):
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(demo)
        layout.addWidget(empty)
        layout.addWidget(open_)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        demo.setDefault(True)
        demo.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _choose(self, choice: FirstStartChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> FirstStartChoice | None:
        """``demo``, ``empty``, ``open``, or None to quit."""
        dialog = cls(parent)
        dialog.exec()
        return dialog.choice


class OpenProblemDialog:
    """A registry could not be opened: say why, and offer another, a new one, or quit."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> OpenProblemChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("OpenProblemDialog", "The registry cannot be opened"))
        box.setText(message)
        box.setInformativeText(translate("OpenProblemDialog",
                                  "Open another registry file, or create a new one?"))
        other = box.addButton(translate("OpenProblemDialog", "&Open Another…"),
                              QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(translate("OpenProblemDialog", "&New Registry…"),
                            QMessageBox.ButtonRole.ActionRole)
        quit_ = box.addButton(translate("OpenProblemDialog", "&Quit"),
                              QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(other)
        box.setEscapeButton(quit_)
        box.exec()
        clicked = box.clickedButton()
        if clicked is other:
            return "open_other"
        if clicked is new:
            return "new"
        return "quit"


class ConfirmDeleteDialog:
    """Asks before deleting records (which Undo brings back)."""

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str]) -> bool:
        if len(names) == 1:
            text = translate("ConfirmDeleteDialog", "Delete “{0}”?").format(names[0])
        else:
            text = tr("Delete %n record(s)?", "", len(names))
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ConfirmDeleteDialog", "Delete"))
        box.setText(text)
        box.setInformativeText(translate("ConfirmDeleteDialog",
                                  "You can bring it back with Edit ▸ Undo (Ctrl+Z)."))
        if len(names) > 1:
            shown = names[:15]
            more = len(names) - len(shown)
            listing = "\n".join(shown)
            if more:
                listing += "\n" + tr("… and %n more", "", more)
            box.setDetailedText(listing)
        delete = box.addButton(translate("ConfirmDeleteDialog", "&Delete"),
                               QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is delete


class ConfirmImportDialog:
    """Asks before an import replaces the whole registry."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ConfirmImportDialog", "Import"))
        box.setText(translate("ConfirmImportDialog",
                       "Replace everything in this registry with “{0}”?").format(path.name))
        box.setInformativeText(translate(
            "ConfirmImportDialog",
            "Every vendor, service and processing activity now in the registry is removed "
            "and cannot be brought back with Undo. Export the registry first to keep a copy."))
        replace = box.addButton(translate("ConfirmImportDialog", "&Replace"),
                                QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is replace


class OrganisationNameDialog:
    """Asks the organisation's name for a new, empty registry."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        name, ok = QInputDialog.getText(
            parent,
            translate("OrganisationNameDialog", "New registry"),
            translate("OrganisationNameDialog", "Your organisation's name (as in contracts):"),
            QLineEdit.EchoMode.Normal,
        )
        name = name.strip()
        return name if ok and name else None


class ChooseFileDialog:
    """Chooses a registry file to open or create, a JSON file to import or export, or the CSV
    file to export the history to."""

    @classmethod
    def ask(cls, parent: QWidget | None, purpose: FilePurpose,
            directory: str = "") -> Path | None:
        registries = translate("ChooseFileDialog",
                               "Registry files (*.sqlite3 *.sqlite *.db);;All files (*)")
        json_files = translate("ChooseFileDialog", "JSON documents (*.json);;All files (*)")
        if purpose == "open":
            title = translate("ChooseFileDialog", "Open Registry")
            name, _ = QFileDialog.getOpenFileName(parent, title, directory, registries)
        elif purpose == "new":
            title = translate("ChooseFileDialog", "New Registry")
            name, _ = QFileDialog.getSaveFileName(parent, title,
                                                  directory or "registry.sqlite3", registries)
        elif purpose == "import":
            title = translate("ChooseFileDialog", "Import Registry from JSON")
            name, _ = QFileDialog.getOpenFileName(parent, title, directory, json_files)
        elif purpose == "history":
            title = translate("ChooseFileDialog", "Export History to CSV")
            csv_files = translate("ChooseFileDialog", "CSV files (*.csv);;All files (*)")
            suggested = f"history-{dt.date.today().isoformat()}.csv"
            name, _ = QFileDialog.getSaveFileName(
                parent, title, str(Path(directory) / suggested) if directory else suggested,
                csv_files)
        else:
            title = translate("ChooseFileDialog", "Export Registry to JSON")
            name, _ = QFileDialog.getSaveFileName(parent, title, directory or "registry.json",
                                                  json_files)
        return Path(name) if name else None


class AboutDialog(QMessageBox):
    """What the app is, which release, and the day its legal facts were stated as of (the
    law the checks know: a later change of the law needs a later release)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        stated = date_text(load_facts().stated_as_of, language())
        self.setWindowTitle(translate("AboutDialog", "About Subprocessor Registry"))
        self.setIconPixmap(app_icon().pixmap(64, 64))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f"<h3>{APP_TITLE}</h3><p>"
                     + escape(translate("AboutDialog", "Version {0}").format(__version__))
                     + "<br>"
                     + escape(translate("AboutDialog", "Legal facts as of {0}").format(stated))
                     + "</p>")
        self.setInformativeText(translate(
            "AboutDialog",
            "Keeps vendors and sub-processors, their locations, transfer safeguards and DPAs, "
            "services, and the records of processing of GDPR Article 30, and shows what needs "
            "doing: transfers without a valid mechanism, missing DPAs, overdue reviews."))

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        cls(parent).exec()


class EditorDialog(QDialog):
    """A record editor in a dialog of its own (the organisation's details).

    Closing asks the editor's ``maybe_save()`` first, so nothing typed is lost.
    """

    def __init__(self, parent: QWidget | None, editor: QWidget, title: str) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(editor, 1)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 90, self.fontMetrics().height() * 40)

    def reject(self) -> None:
        maybe_save = getattr(self.editor, "maybe_save", None)
        if callable(maybe_save) and not maybe_save():
            return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, editor: QWidget, title: str) -> None:
        dialog = cls(parent, editor, title)
        dialog.exec()
