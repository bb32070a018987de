"""Findings and verdicts read in the user's language: the overview, the transfers list, the
vendor editor. The window's own words come from Qt's translations; these come from the
registry's message tables, in :attr:`AppContext.language`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel

from registry.storage import Registry

from ui.context import AppContext
from ui.editors.vendor import VendorEditor
from ui.models import FindingsModel, TransferTableModel
from ui.pages.overview import OverviewPage
from ui.settings import Settings

from tests.ui.models.test_lists import fill_registry, loaded
from tests.ui.test_editors import add_vendor, show

# The offscreen platform cannot pass a window's size limits on; it says so on every change.
pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"),
              pytest.mark.usefixtures("english")]

MAILCHIMP_NB = (
    "Overføring til USA (US, selskapets sete, lagring): ikke noe overføringsgrunnlag er "
    "registrert. EU-US Data Privacy Framework omfatter bare sertifiserte virksomheter"
)


@pytest.fixture
def norwegian(registry: Registry, context: AppContext) -> AppContext:
    fill_registry(registry)
    context.invalidate()
    context.language = "nb"
    return context


def mailchimp_error(page: OverviewPage) -> QModelIndex:
    model = page.findings_model
    errors = model.index(0, 0)
    return next(model.index(r, 0, errors) for r in range(model.rowCount(errors))
                if model.index(r, 0, errors).data() == "Mailchimp")


def test_the_overview_shows_findings_in_norwegian(
    qtbot: QtBot, norwegian: AppContext, tmp_path: Path
) -> None:
    norwegian.as_of = dt.date(2026, 6, 1)
    page = OverviewPage(norwegian, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    page.set_assessment(norwegian.assessment())

    assert page.subtitle.text().endswith("1. juni 2026")
    mailchimp = mailchimp_error(page)
    row, errors = mailchimp.row(), mailchimp.parent()
    model = page.findings_model
    assert model.index(row, FindingsModel.COUNTRY, errors).data() == "USA"
    assert model.index(row, FindingsModel.MESSAGE, errors).data().startswith(MAILCHIMP_NB)

    page.findings.setCurrentIndex(mailchimp)
    detail = page.detail.text()
    assert "ikke noe overføringsgrunnlag er registrert" in detail
    assert "no transfer mechanism" not in detail


def test_the_overview_in_english_is_unchanged(
    qtbot: QtBot, registry: Registry, context: AppContext, tmp_path: Path
) -> None:
    fill_registry(registry)
    context.invalidate()
    context.as_of = dt.date(2026, 6, 1)
    page = OverviewPage(context, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    page.set_assessment(context.assessment())
    assert page.subtitle.text() == "Fjordlys AS — assessed as of 1 Jun 2026"
    mailchimp = mailchimp_error(page)
    text = page.findings_model.index(mailchimp.row(), 2, mailchimp.parent()).data()
    assert text.startswith("Transfer to United States (US, entity, hosting): no transfer "
                           "mechanism is recorded.")


def test_the_transfers_list_shows_verdicts_in_norwegian(norwegian: AppContext) -> None:
    model = loaded(TransferTableModel, norwegian)
    vendor, basis, message = (model.column_of(key) for key in ("vendor", "basis", "message"))
    by_vendor = {model.index(r, vendor).data(): r for r in range(model.rowCount())}
    mailchimp = by_vendor["Mailchimp"]
    assert model.index(mailchimp, basis).data() == "ingen"
    assert model.index(mailchimp, message).data().startswith("Ikke noe overføringsgrunnlag")
    zendesk = by_vendor["Zendesk"]
    assert model.index(zendesk, basis).data().startswith(
        "EU-US Data Privacy Framework, beslutning")


def test_the_vendor_editor_shows_findings_and_verdicts_in_norwegian(
    qtbot: QtBot, context: AppContext
) -> None:
    context.language = "nb"
    context.as_of = dt.date(2026, 6, 1)
    editor = VendorEditor(context)
    show(qtbot, editor)
    editor.load(add_vendor(context))

    verdict = editor.safeguards.rows["US"].verdict.text()
    assert "Sertifisert under EU-US Data Privacy Framework (kontrollert 5. januar 2026)." in verdict
    shown = [label.text() for label in editor.findings.findChildren(QLabel)]
    assert any(text.startswith("Ingen signert databehandleravtale er registrert")
               for text in shown), shown
