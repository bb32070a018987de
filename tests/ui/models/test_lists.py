"""The list models and the filter proxy: rows, verdicts, search, filters, sorting."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pytestqt.modeltest import ModelTester

from PySide6.QtCore import QModelIndex, Qt

from registry import usecases
from registry.enums import LocationKind, Mechanism, VendorRole
from registry.forms import (
    ActivityForm,
    DpaForm,
    LocationForm,
    OrganisationForm,
    SafeguardForm,
    ServiceForm,
    VendorForm,
)
from registry.storage import Registry

from ui.context import AppContext
from ui.models import (
    ID_ROLE,
    VERDICT_ROLE,
    ActivityTableModel,
    FindingsModel,
    LazyRows,
    RecordTableModel,
    ServiceTableModel,
    ShadowFilterProxy,
    TransferTableModel,
    VendorTableModel,
)

from tests.conftest import fill_once

RECENT = dt.date.today() - dt.timedelta(days=30)


def fill_registry(registry: Registry) -> dict[str, int]:
    """A small registry: five vendors (one German, two in the US), a service, a record.

    Written by the use cases once per test session, copied after that (see
    :func:`tests.conftest.fill_once`).

    Returns:
        The ids of the records by name.
    """
    return fill_once(registry, _fill_registry)


def _fill_registry(registry: Registry) -> dict[str, int]:
    ids: dict[str, int] = {}
    signed = DpaForm(signed_date=dt.date(2024, 1, 15), version="2.1")
    with registry.session() as session:
        usecases.save_organisation(session, OrganisationForm(
            name="Fjordlys AS", address="Storgata 1, 0155 Oslo", country="NO",
            email="personvern@fjordlys.example"))
        ids["Hetzner"] = usecases.create(session, "vendor", VendorForm(
            name="Hetzner", legal_name="Hetzner Online GmbH", country="DE",
            locations=[LocationForm("DE", LocationKind.HOSTING, "Falkenstein")], dpa=signed))
        ids["Advania"] = usecases.create(session, "vendor", VendorForm(
            name="Advania", legal_name="Advania Norge AS", former_names=["TeleComputing"],
            country="NO", locations=[LocationForm("NO", LocationKind.HOSTING)], dpa=signed))
        ids["Zendesk"] = usecases.create(session, "vendor", VendorForm(
            name="Zendesk", legal_name="Zendesk, Inc.", country="US",
            role=VendorRole.SUB_PROCESSOR,
            locations=[LocationForm("IE", LocationKind.HOSTING, "AWS eu-west-1")],
            safeguards=[SafeguardForm("US", Mechanism.EU_US_DPF, dpf_certified=True,
                                      dpf_checked=RECENT)],
            dpa=signed))
        ids["Mailchimp"] = usecases.create(session, "vendor", VendorForm(
            name="Mailchimp", legal_name="The Rocket Science Group LLC", country="US",
            locations=[LocationForm("US", LocationKind.HOSTING)]))
        ids["Økonomi Partner"] = usecases.create(session, "vendor", VendorForm(
            name="Økonomi Partner", legal_name="Økonomi Partner AS", country="NO",
            role=VendorRole.INDEPENDENT_CONTROLLER,
            locations=[LocationForm("NO", LocationKind.PROCESSING)]))
        ids["Helpdesk"] = usecases.create(session, "service", ServiceForm(
            name="Helpdesk", description="Customer support by e-mail and chat",
            vendors=[(ids["Zendesk"], "Tickets")]))
        ids["Newsletter"] = usecases.create(session, "service", ServiceForm(
            name="Newsletter", vendors=[(ids["Mailchimp"], "Mailing")]))
        ids["Customer support"] = usecases.create(session, "activity", ActivityForm(
            name="Customer support", purposes="Answer customers",
            vendor_ids=[ids["Zendesk"]], service_ids=[ids["Helpdesk"]]))
    return ids


@pytest.fixture
def filled(registry: Registry, context: AppContext) -> dict[str, int]:
    ids = fill_registry(registry)
    context.invalidate()
    return ids


def loaded(model_class: type[RecordTableModel], context: AppContext) -> RecordTableModel:
    model = model_class(context)
    model.refresh()
    model.apply_assessment(context.assessment())
    return model


def names(proxy: ShadowFilterProxy) -> list[str]:
    column = proxy.records().name_column
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def proxy_over(model: RecordTableModel) -> ShadowFilterProxy:
    proxy = ShadowFilterProxy()
    proxy.setSourceModel(model)
    return proxy


@pytest.mark.parametrize("model_class", [VendorTableModel, ServiceTableModel,
                                         ActivityTableModel, TransferTableModel])
def test_every_list_model_passes_the_model_tester(
    qtmodeltester: ModelTester, context: AppContext, filled: dict[str, int],
    model_class: type[RecordTableModel],
) -> None:
    model = loaded(model_class, context)
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    proxy = proxy_over(model)
    proxy.set_search("e")
    qtmodeltester.check(proxy)


def test_findings_model_passes_the_model_tester(
    qtmodeltester: ModelTester, context: AppContext, filled: dict[str, int]
) -> None:
    model = FindingsModel(context)
    model.set_assessment(context.assessment())
    qtmodeltester.check(model)
    groups = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert groups[0].startswith("Errors (")
    assert groups[1].startswith("Warnings (")
    assert groups[2].startswith("Notes (")


def test_empty_models_pass_the_model_tester(
    qtmodeltester: ModelTester, context: AppContext
) -> None:
    model = loaded(VendorTableModel, context)
    assert model.rowCount() == 0
    qtmodeltester.check(model)
    findings = FindingsModel(context)
    findings.set_assessment(None)
    qtmodeltester.check(findings)


def test_vendor_rows_show_what_a_user_reads(context: AppContext,
                                            filled: dict[str, int]) -> None:
    model = loaded(VendorTableModel, context)
    row = model.row_of(filled["Zendesk"])
    assert row is not None
    cells = {column.key: model.index(row, i).data() for i, column in enumerate(model.columns)}
    assert cells["name"] == "Zendesk"
    assert cells["legal_name"] == "Zendesk, Inc."
    assert cells["country"] == "United States"
    assert cells["role"] == "Sub-processor"
    assert cells["hosting"] == "Ireland"
    assert cells["third"] == "United States"
    assert cells["dpa"] == "2024-01-15"
    mailchimp = model.row_of(filled["Mailchimp"])
    assert mailchimp is not None
    assert model.index(mailchimp, model.column_of("dpa")).data() == "missing"
    assert model.index(mailchimp, model.column_of("dpa")).data(
        Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(row, model.column_of("dpa")).data(Qt.ItemDataRole.ForegroundRole) is None
    verdict = model.column_of("verdict")
    assert model.index(mailchimp, verdict).data(VERDICT_ROLE) == "error"
    assert model.index(mailchimp, verdict).data(Qt.ItemDataRole.ToolTipRole) == "Error"
    assert model.index(mailchimp, 0).data(ID_ROLE) == filled["Mailchimp"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"


def test_verdicts_arrive_after_the_rows(context: AppContext, filled: dict[str, int]) -> None:
    model = VendorTableModel(context)
    model.refresh()
    row = model.row_of(filled["Mailchimp"])
    assert row is not None
    verdict = model.column_of("verdict")
    assert model.index(row, verdict).data(VERDICT_ROLE) == ""
    assert model.index(row, verdict).data(Qt.ItemDataRole.DecorationRole) is None
    model.apply_assessment(context.assessment())
    assert model.index(row, verdict).data(VERDICT_ROLE) == "error"
    assert model.index(row, verdict).data(Qt.ItemDataRole.DecorationRole) is not None


def test_search_matches_names_former_names_and_legal_names(
    context: AppContext, filled: dict[str, int]
) -> None:
    proxy = proxy_over(loaded(VendorTableModel, context))
    proxy.set_search("telecomputing")
    assert names(proxy) == ["Advania"]
    proxy.set_search("ROCKET science")
    assert names(proxy) == ["Mailchimp"]
    proxy.set_search("økonomi")
    assert names(proxy) == ["Økonomi Partner"]
    proxy.set_search("")
    assert proxy.rowCount() == 5


def test_search_finds_countries_by_code_and_by_name_in_the_users_language(
    context: AppContext, filled: dict[str, int]
) -> None:
    context.language = "nb"
    proxy = proxy_over(loaded(VendorTableModel, context))
    proxy.set_search("Tyskland")
    assert names(proxy) == ["Hetzner"]
    proxy.set_search("germany")
    assert names(proxy) == ["Hetzner"]
    proxy.set_search("irland")
    assert names(proxy) == ["Zendesk"]
    proxy.set_search("usa")
    assert names(proxy) == ["Mailchimp", "Zendesk"]


def test_search_words_must_all_match(context: AppContext, filled: dict[str, int]) -> None:
    proxy = proxy_over(loaded(VendorTableModel, context))
    proxy.set_search("united states zendesk")
    assert names(proxy) == ["Zendesk"]


def test_filters_combine_with_the_search(context: AppContext, filled: dict[str, int]) -> None:
    proxy = proxy_over(loaded(VendorTableModel, context))
    proxy.set_filter("region", "third")
    assert names(proxy) == ["Mailchimp", "Zendesk"]
    proxy.set_filter("region", "eea")
    assert names(proxy) == ["Advania", "Hetzner", "Økonomi Partner"]
    proxy.set_filter("region", None)
    proxy.set_filter("role", "independent_controller")
    assert names(proxy) == ["Økonomi Partner"]
    proxy.set_filter("role", None)
    proxy.set_filter("country", "IE")
    assert names(proxy) == ["Zendesk"]
    proxy.set_filter("country", None)
    proxy.set_filter("verdict", "error")
    assert names(proxy) == ["Mailchimp"]
    proxy.set_search("zen")
    assert names(proxy) == []
    proxy.set_filter("verdict", None)
    assert names(proxy) == ["Zendesk"]


def test_sorting_happens_in_the_source_on_cached_keys(
    context: AppContext, filled: dict[str, int]
) -> None:
    model = loaded(VendorTableModel, context)
    proxy = proxy_over(model)
    proxy.sort(model.column_of("country"), Qt.SortOrder.AscendingOrder)
    countries = [proxy.index(r, model.column_of("country")).data()
                 for r in range(proxy.rowCount())]
    assert countries == sorted(countries)
    proxy.sort(model.column_of("verdict"), Qt.SortOrder.AscendingOrder)
    assert names(proxy)[0] == "Mailchimp"
    proxy.set_search("a")
    proxy.sort(model.column_of("name"), Qt.SortOrder.DescendingOrder)
    shown = names(proxy)
    assert shown == sorted(shown, key=str.casefold, reverse=True)


def test_rows_map_to_records_through_the_source(context: AppContext,
                                                filled: dict[str, int]) -> None:
    model = loaded(VendorTableModel, context)
    proxy = proxy_over(model)
    proxy.set_search("zendesk")
    assert proxy.record_id(0) == filled["Zendesk"]
    assert proxy.proxy_row_of(filled["Zendesk"]) == 0
    assert proxy.proxy_row_of(filled["Hetzner"]) is None


def test_services_take_the_worst_verdict_of_their_vendors(
    context: AppContext, filled: dict[str, int]
) -> None:
    model = loaded(ServiceTableModel, context)
    newsletter = model.row_of(filled["Newsletter"])
    assert newsletter is not None
    assert model.index(newsletter, 0).data(VERDICT_ROLE) == "error"
    assert model.index(newsletter, model.column_of("vendors")).data() == "1"
    assert model.index(newsletter, model.column_of("vendors")).data(
        Qt.ItemDataRole.TextAlignmentRole) is not None


def test_activities_list_their_role_and_vendors(context: AppContext,
                                                filled: dict[str, int]) -> None:
    model = loaded(ActivityTableModel, context)
    proxy = proxy_over(model)
    assert names(proxy) == ["Customer support"]
    assert model.index(0, model.column_of("role")).data() == "Controller (Art. 30(1))"
    proxy.set_search("zendesk")
    assert names(proxy) == ["Customer support"]


def test_transfers_list_each_vendor_and_destination(context: AppContext,
                                                    filled: dict[str, int]) -> None:
    model = loaded(TransferTableModel, context)
    proxy = proxy_over(model)
    vendor, country = model.column_of("vendor"), model.column_of("country")
    rows = {(proxy.index(r, vendor).data(), proxy.index(r, country).data()):
            proxy.index(r, 0).data(VERDICT_ROLE) for r in range(proxy.rowCount())}
    assert rows == {("Mailchimp", "United States"): "error",
                    ("Zendesk", "United States"): "ok"}
    mailchimp = next(r for r in range(proxy.rowCount())
                     if proxy.index(r, vendor).data() == "Mailchimp")
    assessment = proxy.index(mailchimp, model.column_of("message")).data()
    assert assessment.startswith("No transfer mechanism is recorded."), assessment
    assert model.keys_of(filled["Zendesk"])
    proxy.set_filter("verdict", "error")
    assert names(proxy) == ["Mailchimp"]


def test_refresh_follows_the_registry(context: AppContext, registry: Registry,
                                      filled: dict[str, int]) -> None:
    model = loaded(VendorTableModel, context)
    proxy = proxy_over(model)
    proxy.set_search("hetz")
    assert names(proxy) == ["Hetzner"]
    context.run(lambda s: usecases.delete(s, "vendor", [filled["Hetzner"]]))
    model.refresh()
    assert names(proxy) == []
    proxy.set_search("")
    assert model.rowCount() == 4
    assert model.index(0, 0).parent() == QModelIndex()


def test_places_follow_the_assessment_s_destinations(context: AppContext,
                                                     filled: dict[str, int]) -> None:
    from registry.assessment import destinations

    from ui.models import places_of

    for vendor in context.snapshot().vendors.values():
        assert places_of(vendor) == list(destinations(vendor))


def test_before_the_snapshot_the_vendor_list_shows_the_listing_and_keeps_its_rows(
        context: AppContext, filled: dict[str, int], qtmodeltester: ModelTester) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    loaded_signals: list[bool] = []
    context.loaded.connect(lambda: loaded_signals.append(True))
    model = VendorTableModel(context)
    model.refresh()
    # Read from the vendors' listing alone: the snapshot is still to come.
    assert not context.has_snapshot()
    proxy = proxy_over(model)
    assert names(proxy) == ["Advania", "Hetzner", "Mailchimp", "Zendesk", "Økonomi Partner"]
    first = [model.index(row, column).data() for row in range(5) for column in range(10)]
    held = QPersistentModelIndex(model.index(model.row_of(filled["Zendesk"]) or 0, 1))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    qtmodeltester.check(model)

    context.request_assessment()  # reads the snapshot with the assessment (at once in tests)
    assert context.has_snapshot() and loaded_signals == [True]
    model.refresh()
    # The same rows, not reset: a held index still points at Zendesk.
    assert [model.index(row, column).data() for row in range(5) for column in range(10)] \
        == first
    assert resets == [] and held.isValid() and held.data() == "Zendesk"


def test_a_vendor_changed_before_the_snapshot_came_shows_the_change(
        context: AppContext, registry: Registry, filled: dict[str, int]) -> None:
    model = VendorTableModel(context)
    model.refresh()
    assert not context.has_snapshot()
    # A colleague renames a vendor between the first screen and the snapshot.
    form = context.read(lambda s: usecases.load_form(s, "vendor", filled["Mailchimp"]))
    with registry.session() as session:
        usecases.update(session, "vendor", filled["Mailchimp"],
                        dataclasses.replace(form, name="Abacus Mail"), None)
    context.request_assessment()
    model.refresh()
    proxy = proxy_over(model)
    assert names(proxy) == ["Abacus Mail", "Advania", "Hetzner", "Zendesk", "Økonomi Partner"]


def built_rows(model: RecordTableModel) -> int:
    rows = model.rows()
    if not isinstance(rows, LazyRows):
        return len(rows)
    return sum(1 for position in range(len(rows)) if rows.peek(position)[0] is not None)


def test_the_first_vendor_list_builds_only_the_rows_it_shows(
        context: AppContext, filled: dict[str, int]) -> None:
    model = VendorTableModel(context)
    model.refresh()
    proxy = proxy_over(model)
    # Sorted by name without building a row.
    assert built_rows(model) == 0
    assert [model.name(row) for row in range(5)] == [
        "Advania", "Hetzner", "Mailchimp", "Zendesk", "Økonomi Partner"]
    # The country filter offers every country without building the rows either.
    assert model.countries() == {"DE", "IE", "NO", "US"}
    assert built_rows(model) == 0
    # A row that is read is built, alone.
    row = model.row_of(filled["Zendesk"])
    assert row is not None
    column = model.column_of("hosting")
    assert model.index(row, column).data() == "Ireland"
    assert built_rows(model) == 1
    # The first search builds them all, and finds what the full rows hold.
    proxy.set_search("dublin")
    assert names(proxy) == []
    proxy.set_search("germany")
    assert names(proxy) == ["Hetzner"]
    assert built_rows(model) == 5


def test_lazy_rows_sort_on_another_column_and_follow_a_change(
        context: AppContext, filled: dict[str, int]) -> None:
    model = VendorTableModel(context)
    model.refresh()
    proxy = proxy_over(model)
    country = model.column_of("country")
    proxy.sort(country, Qt.SortOrder.DescendingOrder)
    assert [model.index(row, country).data() for row in range(5)] == [
        "United States", "United States", "Norway", "Norway", "Germany"]
    proxy.sort(model.column_of("name"), Qt.SortOrder.AscendingOrder)
    model2 = VendorTableModel(context)
    model2.refresh()
    assert built_rows(model2) == 0
    context.run(lambda s: usecases.delete(s, "vendor", [filled["Hetzner"]]))
    model2.refresh()  # the snapshot is read now: only rows that differ are built
    assert [model2.name(row) for row in range(model2.rowCount())] == [
        "Advania", "Mailchimp", "Zendesk", "Økonomi Partner"]
    assert model2.index(2, model2.column_of("legal_name")).data() == "Zendesk, Inc."
