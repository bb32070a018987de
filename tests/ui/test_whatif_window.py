"""What if, in the window: the Overview and Transfers pages under a supposition (another
date, adequacy decisions supposed revoked), what changes against today, the banner that says
so, one click back to today, and nothing of it written to the registry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from registry import model, usecases
from registry.demo import DEMO_AS_OF, build_demo
from registry.enums import LocationKind, Mechanism
from registry.facts import load_facts
from registry.forms import DpaForm, LocationForm, SafeguardForm, VendorForm
from registry.storage import Registry, open_registry

from ui.context import AppContext, ImmediateTasks
from ui.mainwindow import MainWindow
from ui.models.records import VERDICT_ROLE
from ui.pages.whatif import WhatIfBar
from ui.settings import Settings

from tests.conftest import database_url
from tests.ui.conftest import translations

# The offscreen platform cannot pass a window's size limits on; it says so on every change.
pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("english")]

DPF_CHAINS = [
    "Google Ireland → Google LLC",
    "LinkedIn",
    "Meta (Facebook)",
    "Microsoft Ireland → Microsoft Corporation",
    "Zendesk",
]
"""The demo's transfers that the EU-US Data Privacy Framework covers, by chain."""

DPF_FAILS = (
    "5 transfers would fail: Google Ireland → Google LLC (United States), LinkedIn (United "
    "States), Meta (Facebook) (United States), Microsoft Ireland → Microsoft Corporation "
    "(United States), Zendesk (United States).\n"
    "5 vendors affected: Google LLC, LinkedIn, Meta (Facebook), Microsoft Corporation, "
    "Zendesk."
)


def add_uk_vendor(context: AppContext) -> None:
    """A vendor in the United Kingdom, whose adequacy decision ends on a date of the facts."""
    context.run(lambda session: usecases.create(session, "vendor", VendorForm(
        name="Brighton Mail", legal_name="Brighton Mail Ltd", country="GB",
        locations=[LocationForm("GB", LocationKind.HOSTING)],
        dpa=DpaForm(signed_date=dt.date(2025, 3, 1)))))


def shown(window: MainWindow) -> MainWindow:
    """``window`` on screen, with its Overview assessed."""
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.schedule_assessment()
    app = QApplication.instance()
    assert app is not None
    for _ in range(1000):
        if not window.overview.is_stale():
            break
        app.processEvents()
    assert not window.overview.is_stale()
    return window


@pytest.fixture(scope="module")
def demo_window(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[MainWindow]:
    """One window on the demo registry (and a vendor in the UK) for the tests that leave
    the registry as they found it; its today is the demo's date."""
    with translations(qapp, "en"):
        yield from _demo_window(tmp_path_factory)


def _demo_window(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MainWindow]:
    folder = tmp_path_factory.mktemp("whatif")
    registry = open_registry(database_url(folder))
    with registry.session() as session:
        build_demo(session)
    context = AppContext(registry, tasks=ImmediateTasks())
    context.language = "en"
    context.as_of = DEMO_AS_OF
    add_uk_vendor(context)
    window = shown(MainWindow(context, Settings(folder / "settings.ini")))
    yield window
    window.close()
    window.deleteLater()
    context.deleteLater()
    registry.close()


@pytest.fixture
def window(demo_window: MainWindow) -> Iterator[MainWindow]:
    """The demo's window, back to today and the Overview after the test."""
    yield demo_window
    demo_window.context.suppose(None)
    demo_window.transfers.clear_search()
    demo_window.show_page("overview")


@pytest.fixture
def demo(registry: Registry, context: AppContext) -> AppContext:
    """A context of its own on the demo registry, whose today is the demo's date."""
    with registry.session() as session:
        build_demo(session)
    context.as_of = DEMO_AS_OF
    context.invalidate()
    return context


WindowFactory = Callable[[AppContext], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> WindowFactory:
    def make(context: AppContext) -> MainWindow:
        window = MainWindow(context, Settings(tmp_path / "settings.ini"))
        qtbot.addWidget(window)
        return shown(window)

    return make


def tiles(window: MainWindow) -> dict[str, tuple[str, str]]:
    """Each Overview tile's figure and the detail under it."""
    return {key: (tile.value(), tile.detail()) for key, tile in window.overview.tiles.items()}


def verdicts(window: MainWindow) -> dict[tuple[str, str], str]:
    """Each row of the Transfers page: (chain, country) -> its verdict."""
    page = window.transfers
    page.ensure_fresh()
    proxy = page.proxy
    chain, country = page.model.column_of("chain"), page.model.column_of("country")
    return {
        (proxy.index(r, chain).data(), proxy.index(r, country).data()):
            proxy.index(r, 0).data(VERDICT_ROLE)
        for r in range(proxy.rowCount())
    }


def revoke(bar: WhatIfBar, decision: str) -> None:
    """Tick a decision in the bar's menu of decisions to suppose revoked (as a click does)."""
    action = bar.decision_actions[decision]
    assert not action.isChecked()
    action.trigger()


def qtbot_click(button: QWidget) -> None:
    """A click on ``button`` with the mouse."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def set_as_of(bar: WhatIfBar, day: dt.date) -> None:
    """Pick a date in the bar's as-of field, as from its calendar."""
    bar.as_of.setDate(QDate(day.year, day.month, day.day))


def test_supposing_the_dpf_revoked_fails_the_demo_s_dpf_transfers_on_both_pages(
        window: MainWindow) -> None:
    today = verdicts(window)
    bar = window.overview.what_if
    assert bar.decision_actions["us-dpf"].text() == "EU-US Data Privacy Framework (5 transfers)"

    revoke(bar, "us-dpf")

    assert bar.changes.text() == DPF_FAILS
    assert tiles(window)["errors"] == ("7", "2 today")
    window.show_page("transfers")
    supposed = verdicts(window)
    assert sorted(chain for (chain, _), verdict in supposed.items()
                  if verdict == "error" and today[chain, _] != "error") == DPF_CHAINS
    assert {key: v for key, v in supposed.items() if key[0] not in DPF_CHAINS} == \
        {key: v for key, v in today.items() if key[0] not in DPF_CHAINS}
    assert window.transfers.what_if.changes.text() == "5 transfers would fail."
    proxy, chain = window.transfers.proxy, window.transfers.model.column_of("chain")
    assert sorted(proxy.index(r, chain).data() for r in range(proxy.rowCount())
                  if proxy.index(r, chain).data(Qt.ItemDataRole.BackgroundRole)) == DPF_CHAINS
    change = window.transfers.filter_combos["change"]
    assert change.isVisible()
    change.setCurrentIndex(change.findData("fails"))
    assert window.transfers.row_texts("chain") == DPF_CHAINS
    zendesk = window.transfers.proxy.index(DPF_CHAINS.index("Zendesk"), 0)
    assert zendesk.data(Qt.ItemDataRole.ToolTipRole) == "Error (today: OK)"


def test_a_date_after_a_decision_s_end_fails_the_transfers_it_covered(
        window: MainWindow) -> None:
    uk = load_facts().decision("gb")
    assert uk is not None and uk.valid_until == dt.date(2031, 12, 27)
    window.show_page("transfers")
    assert verdicts(window)["Brighton Mail", "United Kingdom"] == "ok"

    set_as_of(window.transfers.what_if, uk.valid_until + dt.timedelta(days=1))

    assert verdicts(window)["Brighton Mail", "United Kingdom"] == "error"
    assert window.transfers.what_if.changes.text() == "1 transfer would fail."
    window.show_page("overview")
    assert window.overview.what_if.changes.text() == (
        "1 transfer would fail: Brighton Mail (United Kingdom).\n"
        "1 vendor affected: Brighton Mail.")
    assert window.overview.subtitle.text() == "Smart Solution AS — assessed as of 28 Dec 2031"


def test_a_date_before_privacy_shield_fell_shows_mailchimp_no_longer_failing(
        window: MainWindow) -> None:
    set_as_of(window.overview.what_if, dt.date(2020, 7, 1))

    assert window.overview.what_if.changes.text().endswith(
        "\n1 transfer would no longer fail: Mailchimp (United States).")
    qtbot_click(window.overview.what_if.show_changes)
    assert window.current_page_key() == "transfers"
    change = window.transfers.filter_combos["change"]
    assert change.currentData() == "fails"
    change.setCurrentIndex(change.findData("recovers"))
    assert window.transfers.row_texts("chain") == ["Mailchimp"]
    mailchimp = window.transfers.proxy.index(0, 0)
    assert mailchimp.data(Qt.ItemDataRole.ToolTipRole) == "OK (today: Error)"


def test_the_banner_names_the_date_and_the_revoked_decisions_on_both_pages(
        window: MainWindow) -> None:
    bar = window.overview.what_if
    assert not bar.banner.isVisible()
    assert not bar.back.isVisible()

    revoke(bar, "us-dpf")
    revoke(bar, "jp")

    texts = {
        "What if: the registry as of 21 Nov 2026, with the adequacy decisions for EU-US "
        "Data Privacy Framework and Japan revoked. A supposition, not today's state; "
        "nothing is saved."}
    assert bar.banner.isVisible() and bar.back.isVisible()
    assert {bar.banner.text()} == texts
    assert bar.decisions.text() == "2 decisions"
    window.show_page("transfers")
    other = window.transfers.what_if
    assert other.banner.isVisible() and {other.banner.text()} == texts
    assert other.decision_actions["jp"].isChecked()
    set_as_of(other, dt.date(2027, 1, 15))
    assert bar.banner.text().startswith(
        "What if: the registry as of 15 Jan 2027, with the adequacy decisions")
    assert bar.as_of.date() == QDate(2027, 1, 15)


def test_back_to_today_restores_today_s_figures(window: MainWindow, qtbot: QtBot) -> None:
    before = tiles(window)
    transfers_before = verdicts(window)
    window.show_page("overview")
    bar = window.overview.what_if
    revoke(bar, "us-dpf")
    set_as_of(bar, dt.date(2032, 6, 1))
    assert tiles(window) != before

    qtbot.mouseClick(bar.back, Qt.MouseButton.LeftButton)

    assert tiles(window) == before
    assert not bar.banner.isVisible()
    assert bar.as_of.date() == QDate(2026, 11, 21)
    assert not bar.decision_actions["us-dpf"].isChecked()
    assert bar.decisions.text() == "None"
    assert window.overview.subtitle.text() == "Smart Solution AS — assessed as of 21 Nov 2026"
    window.show_page("transfers")
    assert verdicts(window) == transfers_before
    assert not window.transfers.filter_combos["change"].isVisible()
    assert not window.transfers.what_if.banner.isVisible()


def test_nothing_of_a_supposition_is_written_to_the_registry(
        window: MainWindow, qtbot: QtBot) -> None:
    registry = window.context.registry

    def written() -> tuple[Any, ...]:
        with registry.read() as session:
            changes = session.scalar(select(func.count()).select_from(model.Change))
            versions = tuple(session.execute(
                select(model.Vendor.id, model.Vendor.row_version).order_by(model.Vendor.id)))
        return changes, versions

    before = written()
    bar = window.overview.what_if
    revoke(bar, "us-dpf")
    set_as_of(bar, dt.date(2031, 12, 28))
    window.show_page("transfers")
    window.transfers.filter_combos["change"].setCurrentIndex(1)
    qtbot.mouseClick(window.transfers.what_if.back, Qt.MouseButton.LeftButton)

    assert written() == before
    assert not window.context.undo_stack.count()


def test_a_change_of_the_registry_is_supposed_again(make_window: WindowFactory,
                                                   demo: AppContext) -> None:
    window = make_window(demo)
    revoke(window.overview.what_if, "us-dpf")

    demo.run(lambda session: usecases.create(session, "vendor", VendorForm(
        name="Acme Analytics", legal_name="Acme Analytics, Inc.", country="US",
        locations=[LocationForm("US", LocationKind.HOSTING)],
        safeguards=[SafeguardForm("US", Mechanism.EU_US_DPF, dpf_certified=True,
                                  dpf_checked=dt.date(2026, 10, 1))])))

    window.show_page("transfers")
    assert verdicts(window)["Acme Analytics", "United States"] == "error"
    assert window.transfers.what_if.changes.text() == "6 transfers would fail."
    window.show_page("overview")
    assert window.overview.what_if.changes.text().startswith(
        "6 transfers would fail: Acme Analytics (United States), ")


class Deferred:
    """Tasks that run when the test says so: the window meanwhile is the user's."""

    def __init__(self) -> None:
        self.waiting: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def start(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.waiting.append((work, done))

    def wait(self) -> None:
        while self.waiting:
            work, done = self.waiting.pop(0)
            done(work())


def test_the_supposition_is_worked_out_off_the_gui_thread(
        make_window: WindowFactory, demo: AppContext) -> None:
    window = make_window(demo)
    before = tiles(window)
    tasks = demo.tasks = Deferred()
    bar = window.overview.what_if

    revoke(bar, "us-dpf")

    assert len(tasks.waiting) == 1, "the supposed assessment waits for the worker"
    assert bar.banner.isVisible()
    assert bar.changes.text() == "Working out what changes…"
    assert tiles(window) == before
    tasks.wait()
    assert bar.changes.text() == DPF_FAILS
    assert tiles(window)["errors"] == ("7", "2 today")


def test_the_what_if_speaks_norwegian(make_window: WindowFactory, demo: AppContext,
                                      qapp: QApplication) -> None:
    with translations(qapp, "nb"):
        demo.language = "nb"
        window = make_window(demo)
        bar = window.overview.what_if
        assert bar.decision_actions["gb"].text() == "Storbritannia"
        assert bar.decisions.text() == "Ingen"

        revoke(bar, "us-dpf")

        assert bar.banner.text() == (
            "Hva om: registeret per 21. november 2026, med adekvansbeslutningen for EU-US "
            "Data Privacy Framework opphevet. En antakelse, ikke dagens tilstand; ingenting "
            "lagres.")
        assert bar.changes.text().startswith(
            "5 overføringer ville fått feil: Google Ireland → Google LLC (USA), ")
        assert bar.back.text() == "Tilbake til i dag"
