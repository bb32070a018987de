"""The search box and filter combos of the lists: which rows a user sees while typing,
filtering, saving, adding, deleting and sorting, and the selection across it all."""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QItemSelectionModel, Qt

from registry.enums import LocationKind, VendorRole
from registry.forms import LocationForm, ServiceForm, VendorForm
from registry.snapshot import Snapshot
from registry.storage import Registry

from ui.context import AppContext
from ui.models import (
    VERDICT_ROLE,
    Column,
    RecordTableModel,
    Row,
    ServiceTableModel,
    ShadowFilterProxy,
    TransferTableModel,
    VendorTableModel,
    tag_code,
)
from ui.pages.lists import VendorsPage
from ui.settings import Settings
from ui.undo import CreateRecordCommand, DeleteRecordsCommand, push

from tests.ui.models.test_incremental import edit, shown
from tests.ui.models.test_lists import fill_registry, loaded, names, proxy_over

EVERYONE = ["Advania", "Hetzner", "Mailchimp", "Zendesk", "Økonomi Partner"]


@pytest.fixture
def ids(registry: Registry, context: AppContext) -> dict[str, int]:
    filled = fill_registry(registry)
    context.invalidate()
    return filled


@pytest.fixture
def proxy(context: AppContext, ids: dict[str, int], qtmodeltester: ModelTester
          ) -> ShadowFilterProxy:
    """The vendor list as a page shows it, following every change, checked by the tester."""
    shown_proxy = shown(context, qtmodeltester)
    qtmodeltester.check(shown_proxy)
    return shown_proxy


def test_every_word_must_occur_in_any_order(proxy: ShadowFilterProxy) -> None:
    proxy.set_search("zendesk united")
    assert names(proxy) == ["Zendesk"]
    proxy.set_search("states united")
    assert names(proxy) == ["Mailchimp", "Zendesk"]
    proxy.set_search("  STATES   rocket ")
    assert names(proxy) == ["Mailchimp"]
    proxy.set_search("hetzner usa")
    assert names(proxy) == []
    proxy.set_search("hetzner")
    assert names(proxy) == ["Hetzner"]
    proxy.set_search("")
    assert names(proxy) == EVERYONE


def test_case_and_accents_are_ignored(context: AppContext, ids: dict[str, int],
                                      proxy: ShadowFilterProxy) -> None:
    push(context.undo_stack, CreateRecordCommand(context, "vendor", VendorForm(
        name="Société Générale", legal_name="Société Générale SA", country="FR",
        locations=[LocationForm("FR", LocationKind.HOSTING)])))
    proxy.set_search("societe")
    assert names(proxy) == ["Société Générale"]
    proxy.set_search("GÉNÉRALE société")
    assert names(proxy) == ["Société Générale"]
    proxy.set_search("ØKONOMI")
    assert names(proxy) == ["Økonomi Partner"]


def test_a_country_is_found_by_its_name_in_the_users_language(
        context: AppContext, ids: dict[str, int]) -> None:
    context.language = "nb"
    proxy = proxy_over(loaded(VendorTableModel, context))
    proxy.set_search("tyskland")
    assert names(proxy) == ["Hetzner"]
    proxy.set_search("hetzner Tyskland")
    assert names(proxy) == ["Hetzner"]
    proxy.set_filter("region", "eea")
    assert names(proxy) == ["Hetzner"]
    proxy.set_filter("region", "third")
    assert names(proxy) == []


def test_filter_values_are_not_search_words(proxy: ShadowFilterProxy) -> None:
    """Only the filter combos reach a row's tags: a word matches only the row's own texts."""
    for word in ("third", "eea", "independent_controller", "error", "verdict", "region=third"):
        proxy.set_search(word)
        assert names(proxy) == [], word
    proxy.set_search("")
    proxy.set_filter("region", "third")
    assert names(proxy) == ["Mailchimp", "Zendesk"]
    proxy.set_filter("verdict", "error")
    assert names(proxy) == ["Mailchimp"]


def test_words_on_different_lines_of_a_description_are_found(
        context: AppContext, ids: dict[str, int], qtmodeltester: ModelTester) -> None:
    push(context.undo_stack, CreateRecordCommand(context, "service", ServiceForm(
        name="Chat", description="Tickets by e-mail\nand chat on the web",
        vendors=[(ids["Mailchimp"], "Mailing")])))
    proxy = shown(context, qtmodeltester, ServiceTableModel)
    proxy.set_search("web tickets")
    assert names(proxy) == ["Chat"]
    proxy.set_search("tickets")
    proxy.set_filter("verdict", "error")  # Mailchimp has no DPA
    assert names(proxy) == ["Chat"]


class GivenRows(RecordTableModel):
    """A list of the rows it is given, whatever the registry holds."""

    kind = "vendor"

    def __init__(self, context: AppContext, rows: list[Row]) -> None:
        super().__init__(context)
        self.given = rows

    def _columns(self) -> list[Column]:
        return [Column("verdict", ""), Column("name", "Name")]

    def _load(self, snapshot: Snapshot, only: Collection[int] | None = None
              ) -> Iterable[tuple[Hashable, int, Row]]:
        return [(i, i, row) for i, row in enumerate(self.given)]

    def _records(self, snapshot: Snapshot) -> Mapping[int, object]:
        return {}


def test_text_pasted_into_a_record_cannot_pass_for_a_filter_value(context: AppContext
                                                                   ) -> None:
    third = "\x1f" + tag_code("region", "third") + "\x1f"
    model = GivenRows(context, [
        Row(cells=("", "Pasted"), search=f"pasted {third} text",
            tags={"region": frozenset(("eea",))}),
        Row(cells=("", "Real"), search="real text", tags={"region": frozenset(("third",))}),
    ])
    model.refresh()
    proxy = proxy_over(model)
    proxy.set_filter("region", "third")
    assert names(proxy) == ["Real"]
    proxy.set_search("pasted")
    assert names(proxy) == []
    proxy.set_filter("region", None)
    assert names(proxy) == ["Pasted"]


def test_filters_combine_with_each_other_and_with_the_words(proxy: ShadowFilterProxy) -> None:
    proxy.set_filter("role", "processor")
    assert names(proxy) == ["Advania", "Hetzner", "Mailchimp"]
    proxy.set_filter("region", "eea")
    assert names(proxy) == ["Advania", "Hetzner"]
    proxy.set_search("norge")
    assert names(proxy) == ["Advania"]
    proxy.set_search("norge hetzner")
    assert names(proxy) == []
    proxy.set_filter("country", "DE")
    proxy.set_search("gmbh")
    assert names(proxy) == ["Hetzner"]
    proxy.set_filter("region", "third")
    assert names(proxy) == []
    proxy.set_filter("region", None)
    proxy.set_filter("country", None)
    proxy.set_search("")
    assert names(proxy) == ["Advania", "Hetzner", "Mailchimp"]
    assert proxy.filters() == {"role": "processor"}
    proxy.set_filter("role", None)
    assert names(proxy) == EVERYONE


def test_verdict_filters_follow_each_assessment(context: AppContext, ids: dict[str, int]
                                                ) -> None:
    model = VendorTableModel(context)
    model.refresh()
    proxy = proxy_over(model)
    proxy.set_filter("verdict", "error")
    assert names(proxy) == []  # no verdicts yet

    model.apply_assessment(context.assessment())
    assert names(proxy) == ["Mailchimp"]
    proxy.set_filter("verdict", "attention")
    attention = [name for name in EVERYONE if proxy.records().index(
        proxy.records().row_of(ids[name]) or 0, 0).data(VERDICT_ROLE) in ("error", "warning")]
    assert "Mailchimp" in attention
    assert names(proxy) == attention

    edit(context, "vendor", ids["Mailchimp"], country="NO",
         role=VendorRole.INDEPENDENT_CONTROLLER,
         locations=[LocationForm("NO", LocationKind.HOSTING)])
    model.refresh()
    model.apply_assessment(context.assessment())
    assert "Mailchimp" not in names(proxy)
    proxy.set_filter("verdict", "error")
    assert names(proxy) == []
    proxy.set_filter("verdict", "ok")
    assert "Mailchimp" in names(proxy)


def test_search_results_follow_saves_additions_deletions_and_sorting(
        context: AppContext, ids: dict[str, int], proxy: ShadowFilterProxy) -> None:
    proxy.set_search("united states")
    assert names(proxy) == ["Mailchimp", "Zendesk"]

    edit(context, "vendor", ids["Hetzner"], country="US")  # saved into the results
    assert names(proxy) == ["Hetzner", "Mailchimp", "Zendesk"]
    edit(context, "vendor", ids["Mailchimp"], name="Abacus Mail")  # moves within them
    assert names(proxy) == ["Abacus Mail", "Hetzner", "Zendesk"]
    edit(context, "vendor", ids["Hetzner"], country="DE")  # and out of them
    assert names(proxy) == ["Abacus Mail", "Zendesk"]

    push(context.undo_stack, CreateRecordCommand(context, "vendor", VendorForm(
        name="Box", country="US", locations=[LocationForm("US", LocationKind.HOSTING)])))
    push(context.undo_stack, CreateRecordCommand(context, "vendor", VendorForm(
        name="Aa Norsk", country="NO")))
    push(context.undo_stack, CreateRecordCommand(context, "vendor", VendorForm(
        name="Øresund Cloud", country="US")))  # last by name: added where it stays
    assert names(proxy) == ["Abacus Mail", "Box", "Zendesk", "Øresund Cloud"]

    push(context.undo_stack, DeleteRecordsCommand(context, "vendor", [ids["Zendesk"]]))
    assert names(proxy) == ["Abacus Mail", "Box", "Øresund Cloud"]

    proxy.sort(proxy.records().column_of("name"), Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["Øresund Cloud", "Box", "Abacus Mail"]
    context.undo_stack.undo()  # Zendesk is back, in the list's order
    assert names(proxy) == ["Øresund Cloud", "Zendesk", "Box", "Abacus Mail"]
    proxy.sort(proxy.records().column_of("verdict"), Qt.SortOrder.AscendingOrder)  # worst first
    assert names(proxy)[0] == "Abacus Mail"

    proxy.set_search("")
    assert sorted(names(proxy)) == ["Aa Norsk", "Abacus Mail", "Advania", "Box", "Hetzner",
                                    "Zendesk", "Økonomi Partner", "Øresund Cloud"]


def test_whoever_hears_of_a_change_reads_the_rows_as_they_are(
        context: AppContext, ids: dict[str, int], proxy: ShadowFilterProxy) -> None:
    heard: list[tuple[str, list[str]]] = []
    for signal in ("rowsAboutToBeRemoved", "rowsRemoved", "rowsAboutToBeInserted",
                   "rowsInserted", "layoutChanged"):
        getattr(proxy, signal).connect(
            lambda *_args, signal=signal: heard.append((signal, names(proxy))))

    push(context.undo_stack, DeleteRecordsCommand(context, "vendor", [ids["Advania"]]))
    after = EVERYONE[1:]
    assert heard == [("rowsAboutToBeRemoved", EVERYONE), ("rowsRemoved", after)]

    proxy.set_search("united")
    heard.clear()
    push(context.undo_stack, DeleteRecordsCommand(context, "vendor", [ids["Mailchimp"]]))
    assert heard == [("rowsAboutToBeRemoved", ["Mailchimp", "Zendesk"]),
                     ("rowsRemoved", ["Zendesk"])]

    heard.clear()
    context.undo_stack.undo()  # back at the end of the rows, then in its place
    assert heard == [("rowsAboutToBeInserted", ["Zendesk"]),
                     ("rowsInserted", ["Zendesk", "Mailchimp"]),
                     ("layoutChanged", ["Mailchimp", "Zendesk"])]


def test_views_are_told_when_a_shown_row_changes(
        context: AppContext, ids: dict[str, int], proxy: ShadowFilterProxy) -> None:
    told: list[str] = []
    name = proxy.records().name_column
    proxy.dataChanged.connect(lambda first, last, _roles=(): told.extend(
        proxy.index(row, name).data() for row in range(first.row(), last.row() + 1)))

    edit(context, "vendor", ids["Hetzner"], legal_name="Hetzner Online AG")
    assert "Hetzner" in told

    told.clear()
    proxy.set_search("zendesk")
    edit(context, "vendor", ids["Hetzner"], legal_name="Hetzner Online GmbH")
    assert told == []  # not shown: nothing to paint

    edit(context, "vendor", ids["Zendesk"], country="NO", role=VendorRole.PROCESSOR,
         locations=[LocationForm("NO", LocationKind.HOSTING)], safeguards=[])
    assert "Zendesk" in told
    told.clear()
    before = proxy.index(0, 0).data(VERDICT_ROLE)
    proxy.records().apply_assessment(context.assessment())
    assert proxy.index(0, 0).data(VERDICT_ROLE) != before
    assert set(told) == {"Zendesk"}


def test_a_list_reloaded_whole_keeps_its_search_and_filters(
        context: AppContext, ids: dict[str, int], qtmodeltester: ModelTester) -> None:
    model = loaded(TransferTableModel, context)  # rebuilt whole on every refresh
    proxy = proxy_over(model)
    qtmodeltester.check(proxy)
    proxy.set_filter("verdict", "error")
    assert names(proxy) == ["Mailchimp"]
    proxy.set_search("mailchimp")
    assert names(proxy) == ["Mailchimp"]

    edit(context, "vendor", ids["Zendesk"], name="Mailchimp Support")
    model.refresh()
    assert names(proxy) == ["Mailchimp"]  # the renamed vendor's transfer is fine
    proxy.set_filter("verdict", None)
    assert sorted(names(proxy)) == ["Mailchimp", "Mailchimp Support"]

    edit(context, "vendor", ids["Mailchimp"], country="NO",
         locations=[LocationForm("NO", LocationKind.HOSTING)])
    model.refresh()
    assert names(proxy) == ["Mailchimp Support"]


def test_the_selection_stays_on_its_records_when_the_list_is_sorted(
        proxy: ShadowFilterProxy, ids: dict[str, int]) -> None:
    name, country = proxy.records().column_of("name"), proxy.records().column_of("country")
    for search in ("", "e"):
        proxy.set_search(search)
        selection = QItemSelectionModel(proxy)
        for vendor in ("Zendesk", "Hetzner"):
            row = proxy.proxy_row_of(ids[vendor])
            assert row is not None
            selection.select(proxy.index(row, name), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        selection.setCurrentIndex(proxy.index(proxy.proxy_row_of(ids["Zendesk"]) or 0, name),
                                  QItemSelectionModel.SelectionFlag.NoUpdate)

        for column, order in ((country, Qt.SortOrder.DescendingOrder),
                              (name, Qt.SortOrder.DescendingOrder),
                              (name, Qt.SortOrder.AscendingOrder)):
            proxy.sort(column, order)
            chosen = sorted(proxy.record_id(index.row()) for index in selection.selectedRows())
            assert chosen == sorted([ids["Zendesk"], ids["Hetzner"]]), (search, column)
            assert proxy.record_id(selection.currentIndex().row()) == ids["Zendesk"]
            assert selection.currentIndex().data() == "Zendesk"


def test_the_list_is_not_edited_through_its_proxy(proxy: ShadowFilterProxy) -> None:
    proxy.set_search("zen")
    index = proxy.index(0, proxy.records().column_of("name"))
    assert not proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not proxy.setData(index, "Renamed")
    assert not proxy.setItemData(index, {Qt.ItemDataRole.DisplayRole: "Renamed"})
    assert not proxy.removeRows(0, 1)
    assert not proxy.insertRows(0, 1)
    assert names(proxy) == ["Zendesk"]
    assert proxy.itemData(index)[Qt.ItemDataRole.DisplayRole] == "Zendesk"
    assert proxy.headerData(1, Qt.Orientation.Horizontal) == "Name"


@pytest.fixture
def page(context: AppContext, ids: dict[str, int], qtbot: QtBot, tmp_path: Path
         ) -> VendorsPage:
    vendors = VendorsPage(context, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(vendors)
    vendors.show()
    vendors.ensure_fresh()
    return vendors


def test_the_count_follows_a_verdict_filter_when_the_assessment_lands(
        page: VendorsPage, context: AppContext) -> None:
    verdict = page.filter_combos["verdict"]
    verdict.setCurrentIndex(verdict.findData("error"))
    assert page.row_texts() == []
    assert page.count_label.text().startswith("0 of 5")

    page.apply_assessment(context.assessment())

    assert page.row_texts() == ["Mailchimp"]
    assert page.count_label.text().startswith("1 of 5")


@pytest.mark.parametrize("search", ["", "e"])
def test_the_page_keeps_its_selection_when_sorted(page: VendorsPage, ids: dict[str, int],
                                                  qtbot: QtBot, search: str) -> None:
    qtbot.keyClicks(page.search, search)
    assert page.select_record(ids["Zendesk"], clear_search=False) or \
        page.current_record_id() == ids["Zendesk"]
    page.view.sortByColumn(page.model.column_of("country"), Qt.SortOrder.DescendingOrder)
    assert page.selected_names() == ["Zendesk"]
    assert page.current_record_id() == ids["Zendesk"]
    page.view.sortByColumn(page.model.column_of("name"), Qt.SortOrder.DescendingOrder)
    assert page.selected_ids() == [ids["Zendesk"]]
    assert page.row_texts()[0] == "Økonomi Partner"


def test_a_selected_row_deleted_under_a_search_leaves_the_list_consistent(
        page: VendorsPage, context: AppContext, ids: dict[str, int], qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search, "united")
    assert page.row_texts() == ["Mailchimp", "Zendesk"]
    page.select_record(ids["Mailchimp"], clear_search=False)
    seen: list[list[str]] = []
    page.selectionChanged.connect(lambda: seen.append(page.selected_names()))

    push(context.undo_stack, DeleteRecordsCommand(context, "vendor", [ids["Mailchimp"]]))

    assert page.row_texts() == ["Zendesk"]
    assert page.selected_names() == []
    assert all(names_ in ([], ["Mailchimp"]) for names_ in seen)
    context.undo_stack.undo()
    assert page.row_texts() == ["Mailchimp", "Zendesk"]


def test_search_texts_are_written_only_once_someone_searches(
        page: VendorsPage, context: AppContext, ids: dict[str, int], qtbot: QtBot) -> None:
    """A list shown, sorted and edited without a search pays nothing for the search."""
    index = page.proxy.shadow()
    page.apply_assessment(context.assessment())
    page.view.sortByColumn(page.model.column_of("country"), Qt.SortOrder.DescendingOrder)
    edit(context, "vendor", ids["Hetzner"], legal_name="Hetzner Online AG")
    assert not index.filled

    qtbot.keyClicks(page.search, "zen")
    assert index.filled
    assert page.row_texts() == ["Zendesk"]
