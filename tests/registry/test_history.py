"""The history as people read it: labels, values, links, filters, pages, imports, the CSV file."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import getpass
from pathlib import Path

import pytest
from sqlalchemy import insert

from registry import forms, model
from registry import usecases as uc
from registry.enums import ActivityRole, LocationKind, Mechanism, VendorRole, VendorStatus
from registry.errors import UserError
from registry.exchange import export_registry, import_document
from registry.history import (
    COLUMNS,
    HistoryFilter,
    count_history,
    field_label,
    find_record,
    history,
    history_people,
    iter_history,
    read_history,
    write_history_csv,
)
from registry.storage import Registry

from tests.registry.builders import zendesk_form

ME = getpass.getuser()


def run(registry: Registry, work):  # type: ignore[no-untyped-def]
    with registry.session() as session:
        return work(session)


def read(registry: Registry, where: HistoryFilter, lang: str = "en", limit: int = 500
         ) -> list[tuple[str, str, str]]:
    """What changed, before and after, of each row the filter keeps, newest first."""
    with registry.read() as session:
        return [(e.what, e.old, e.new) for e in read_history(session, where, lang, limit)]


def vendor_history(registry: Registry, vendor_id: int, lang: str = "en"
                   ) -> list[tuple[str, str, str]]:
    return read(registry, HistoryFilter(kind="vendor", record_id=vendor_id), lang)


def edit_vendor(registry: Registry, vendor_id: int, **changes: object) -> None:
    form = run(registry, lambda s: uc.load_vendor_form(s, vendor_id))
    changed = dataclasses.replace(form, **changes)  # type: ignore[arg-type]
    run(registry, lambda s: uc.update_vendor(s, vendor_id, changed, form.row_version))


@pytest.fixture
def zendesk(registry: Registry) -> int:
    return int(run(registry, lambda s: uc.create_vendor(s, zendesk_form())))


# --- what a change says ---------------------------------------------------------------------


def test_a_change_reads_with_the_editors_labels_and_values_as_labels(
        registry: Registry, zendesk: int) -> None:
    edit_vendor(registry, zendesk, role=VendorRole.SUB_PROCESSOR, country="IE",
                next_review=dt.date(2027, 6, 1), legal_name="Zendesk International Ltd")

    rows = vendor_history(registry, zendesk)

    assert set(rows[:4]) == {
        ("Legal name", "Zendesk, Inc.", "Zendesk International Ltd"),
        ("Country", "United States", "Ireland"),
        ("Role", "Processor", "Sub-processor"),
        ("Next review", "1 May 2027", "1 Jun 2027"),
    }
    assert rows[-1] == ("Created", "", "")
    norwegian = vendor_history(registry, zendesk, "nb")
    assert ("Rolle", "Databehandler", "Underdatabehandler") in norwegian
    assert ("Land", "USA", "Irland") in norwegian
    assert ("Neste gjennomgang", "1. mai 2027", "1. juni 2027") in norwegian
    assert norwegian[-1] == ("Opprettet", "", "")


def test_who_and_when_are_recorded(registry: Registry, zendesk: int) -> None:
    before = dt.datetime.now()
    edit_vendor(registry, zendesk, status=VendorStatus.RETIRED)

    with registry.read() as session:
        newest = read_history(session, HistoryFilter(), "en", 1)[0]

    assert (newest.who, newest.kind, newest.record_id, newest.record) == (
        ME, "vendor", zendesk, "Zendesk, Inc.")
    assert (newest.what, newest.old, newest.new) == ("Status", "Active", "Retired")
    # Local time, to the minute, as the window and the file show it.
    assert before - dt.timedelta(minutes=1) <= newest.at <= dt.datetime.now()
    assert newest.cells()[0] == newest.at.strftime("%Y-%m-%d %H:%M")
    assert newest.cells()[2] == "Vendor"


def test_a_list_says_what_was_added_and_what_was_removed(
        registry: Registry, zendesk: int) -> None:
    form = run(registry, lambda s: uc.load_vendor_form(s, zendesk))
    edit_vendor(registry, zendesk,
                locations=[*form.locations,
                           forms.LocationForm("DE", LocationKind.BACKUP, "Frankfurt")],
                certifications=["ISO 27001"])
    edit_vendor(registry, zendesk, former_names=["Zendesk ApS", "Zopim"],
                locations=form.locations[1:])

    rows = vendor_history(registry, zendesk)

    assert ("Locations: added", "", "Germany (Backup): Frankfurt") in rows
    assert ("Certifications: removed", "SOC 2", "") in rows
    assert ("Former names: added", "", "Zopim") in rows
    assert ("Locations: removed", "Ireland (Hosting / storage): AWS eu-west-1, Dublin; "
            "Germany (Backup): Frankfurt", "") in rows


def test_a_transfer_and_the_dpa_say_what_changed_in_them(
        registry: Registry, zendesk: int) -> None:
    form = run(registry, lambda s: uc.load_vendor_form(s, zendesk))
    assert form.dpa is not None
    edit_vendor(registry, zendesk,
                safeguards=[forms.SafeguardForm("US", Mechanism.SCC_2021, scc_module=2,
                                                tia_date=dt.date(2026, 3, 1))],
                dpa=dataclasses.replace(form.dpa, version="2026-01", notice_days=14))

    rows = vendor_history(registry, zendesk)

    assert ("Transfers to third countries",
            "United States: EU-US Data Privacy Framework; DPF: Yes; "
            "DPF List checked: 1 Oct 2025",
            "United States: EU Standard Contractual Clauses (SCC); "
            "SCC module: Module 2: controller to processor; TIA date: 1 Mar 2026") in rows
    assert ("Data processing agreement", "Version: 2023-03; Notice of changes: 30 days",
            "Version: 2026-01; Notice of changes: 14 days") in rows


def test_links_read_as_the_names_they_had_then(registry: Registry, zendesk: int) -> None:
    helpdesk = run(registry, lambda s: uc.create_service(s, forms.ServiceForm("Helpdesk")))
    aws = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="AWS", legal_name="")))
    edit_vendor(registry, zendesk, parent_id=aws, services=[(helpdesk, "Tickets")])
    support = run(registry, lambda s: uc.create_activity(
        s, forms.ActivityForm("Support", vendor_ids=[zendesk])))
    activity = run(registry, lambda s: uc.load_activity_form(s, support))
    run(registry, lambda s: uc.update_activity(
        s, support, dataclasses.replace(activity, vendor_ids=[zendesk, aws]),
        activity.row_version))
    edit_vendor(registry, aws, name="Amazon Web Services")

    rows = vendor_history(registry, zendesk)
    assert ("Parent vendor", "", "AWS") in rows
    assert ("Services: added", "", "Helpdesk: Tickets") in rows
    assert read(registry, HistoryFilter(kind="activity", record_id=support))[0] == (
        "Vendors: added", "", "AWS")


def test_the_organisation_reads_as_its_editor_says(registry: Registry) -> None:
    details = forms.OrganisationForm(name="Acme AS", country="NO")
    run(registry, lambda s: uc.save_organisation(s, details))
    run(registry, lambda s: uc.save_organisation(
        s, dataclasses.replace(details, is_processor=True, notice_days=14,
                               review_interval_months=6)))

    rows = read(registry, HistoryFilter(kind="organisation", record_id=uc.ORGANISATION_ID))

    assert set(rows[:3]) == {("Processor", "No", "Yes"),
                             ("Notice period", "30 days", "14 days"),
                             ("Review every", "12 months", "6 months")}
    assert ("Varslingsfrist", "30 dager", "14 dager") in read(
        registry, HistoryFilter(kind="organisation", record_id=1), "nb")


def test_an_undone_delete_reads_as_deleted_then_restored(
        registry: Registry, zendesk: int) -> None:
    deleted = run(registry, lambda s: uc.delete_vendors(s, [zendesk]))
    run(registry, lambda s: uc.restore(s, deleted))

    assert vendor_history(registry, zendesk)[:2] == [("Restored", "", ""), ("Deleted", "", "")]
    assert vendor_history(registry, zendesk, "sv")[:2] == [("Återställd", "", ""),
                                                           ("Raderad", "", "")]


@pytest.mark.sqlite_only
def test_a_record_history_starts_when_the_record_was_made(registry: Registry) -> None:
    """SQLite gives a freed id to the next vendor: its history is its own."""
    first = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="First")))
    edit_vendor(registry, first, legal_name="First Ltd")
    run(registry, lambda s: uc.delete_vendors(s, [first]))
    second = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="Second")))
    assert second == first

    assert vendor_history(registry, second) == [("Created", "", "")]


def test_rows_written_by_other_parts_read_as_they_are(registry: Registry) -> None:
    run(registry, lambda s: s.add(model.Change(
        who="ola", entity="publication", entity_id=3, record="Version 3", action="override",
        field="reason", old=None, new="Signed DPA on its way")))

    with registry.read() as session:
        entry = read_history(session, HistoryFilter(), "nb", 1)[0]

    assert (entry.cells()[1:]) == ("ola", "publication", "Version 3", "override: reason", "",
                                   "Signed DPA on its way")


@pytest.mark.parametrize("lang", ["en", "nb", "da", "sv", "fi"])
def test_every_field_of_every_form_has_its_editors_label(lang: str) -> None:
    """A field added to a form shows in the history by a label, not by its column name."""
    owners = {"vendor": forms.VendorForm, "service": forms.ServiceForm,
              "activity": forms.ActivityForm, "organisation": forms.OrganisationForm,
              "safeguard": forms.SafeguardForm, "dpa": forms.DpaForm}
    for kind, form in owners.items():
        for field in dataclasses.fields(form):
            if field.compare:
                text = field_label(kind, field.name, lang)
                assert text and text != field.name and "_" not in text, (kind, field.name)


# --- filters and pages ------------------------------------------------------------------------


def add_changes(registry: Registry, rows: list[dict[str, object]]) -> None:
    run(registry, lambda s: s.execute(insert(model.Change), rows))


def test_filters_by_kind_record_who_action_and_dates(registry: Registry) -> None:
    def row(who: str, entity: str, entity_id: int, day: str, action: str = "update",
            field: str = "legal_name") -> dict[str, object]:
        updated = action == "update"
        return {"who": who, "entity": entity, "entity_id": entity_id, "record": f"{entity} "
                f"{entity_id}", "action": action, "field": field, "old": "a" if updated else None,
                "new": day if updated else None,
                "at": dt.datetime.fromisoformat(f"{day} 12:00")}

    add_changes(registry, [
        row("ola", "vendor", 1, "2026-01-10", "create", ""),
        row("kari", "vendor", 1, "2026-02-10"),
        row("kari", "vendor", 2, "2026-03-10"),
        row("ola", "service", 1, "2026-03-11"),
        row("ola", "vendor", 1, "2026-04-10", "delete", ""),
    ])

    def news(**where: object) -> list[str]:
        with registry.read() as session:
            return [e.new or e.what for e in read_history(session, HistoryFilter(**where), "en")]

    assert news(kind="vendor", who="kari") == ["2026-03-10", "2026-02-10"]
    assert news(kind="vendor", record_id=1) == ["Deleted", "2026-02-10", "Created"]
    assert news(action="delete") == ["Deleted"]
    assert news(since=dt.date(2026, 2, 10), until=dt.date(2026, 3, 10)) == [
        "2026-03-10", "2026-02-10"]
    assert news(kind="service") == ["2026-03-11"]
    with registry.read() as session:
        assert history_people(session) == ["kari", "ola"]
        assert count_history(session, HistoryFilter(who="ola"), "en") == 3


def test_the_text_filter_finds_names_values_labels_and_countries(
        registry: Registry, zendesk: int) -> None:
    edit_vendor(registry, zendesk, role=VendorRole.SUB_PROCESSOR, country="DE",
                internal_notes="Renegotiate in spring")
    run(registry, lambda s: uc.create_service(s, forms.ServiceForm("Payroll")))

    def found(text: str, lang: str = "en") -> set[str]:
        return {what for what, _, _ in read(registry, HistoryFilter(text=text), lang)}

    assert found("renegotiate") == {"Internal notes"}
    assert found("payroll") == {"Created"}
    assert found("underdatabehandler", "nb") == {"Rolle"}
    assert found("Tyskland", "nb") == {"Land"}
    assert found("germany") == {"Country"}
    assert found("interne notater", "nb") == {"Interne notater"}
    assert found("100%_") == set()


def test_pages_come_newest_first_and_the_stream_reads_them_all(registry: Registry) -> None:
    add_changes(registry, [
        {"who": "ola", "entity": "vendor", "entity_id": i, "record": f"Vendor {i}",
         "action": "create", "field": ""} for i in range(1, 1201)])

    with registry.read() as session:
        first = read_history(session, HistoryFilter(), "en", 500)
        second = read_history(session, HistoryFilter(), "en", 500, before=first[-1].id)
        streamed = list(iter_history(session, HistoryFilter(), "en", batch=500))

    assert [e.record for e in first[:2]] == ["Vendor 1200", "Vendor 1199"]
    assert second[0].record == "Vendor 700"
    assert [e.record for e in streamed] == [f"Vendor {i}" for i in range(1200, 0, -1)]


# --- imports ------------------------------------------------------------------------------------


def test_an_import_leaves_a_row_for_each_record_it_writes_and_replaces(
        registry: Registry, zendesk: int) -> None:
    run(registry, lambda s: uc.save_organisation(s, forms.OrganisationForm("Acme AS")))
    run(registry, lambda s: uc.create_service(s, forms.ServiceForm("Helpdesk")))
    with registry.read() as session:
        document = export_registry(session)
        before = read_history(session, HistoryFilter(), "en", 1)[0].id
    document["vendors"].append({**document["vendors"][0], "name": "Freshdesk"})

    run(registry, lambda s: import_document(s, document, replace=True, source="registry.json"))

    with registry.read() as session:
        entries = [e for e in read_history(session, HistoryFilter(), "en") if e.id > before]
    assert {(e.kind, e.record, e.what, e.old, e.new) for e in entries} == {
        ("registry", "registry.json", "Imported from registry.json",
         "1 vendor, 1 service, 0 processing activities",
         "2 vendors, 1 service, 0 processing activities"),
        ("vendor", "Zendesk, Inc.", "Removed by the import of registry.json", "", ""),
        ("service", "Helpdesk", "Removed by the import of registry.json", "", ""),
        ("vendor", "Zendesk, Inc.", "Imported from registry.json", "", ""),
        ("vendor", "Freshdesk", "Imported from registry.json", "", ""),
        ("service", "Helpdesk", "Imported from registry.json", "", ""),
        ("organisation", "Acme AS", "Imported from registry.json", "", ""),
    }
    assert entries[0].kind == "registry"
    assert {e.who for e in entries} == {ME}
    with registry.read() as session:
        freshdesk = find_record(session, "vendor", "Freshdesk")
        own = read_history(session, HistoryFilter(kind="vendor", record_id=freshdesk), "nb")
    assert [(e.what, e.old, e.new) for e in own] == [("Importert fra registry.json", "", "")]


# --- the CSV file ---------------------------------------------------------------------------------


def test_the_csv_file_is_the_rows_guarded_in_utf8_with_a_bom(
        registry: Registry, tmp_path: Path) -> None:
    run(registry, lambda s: uc.create_vendor(s, zendesk_form(name='=HYPERLINK("x")')))
    run(registry, lambda s: uc.create_activity(
        s, forms.ActivityForm("-Payroll", role=ActivityRole.PROCESSOR)))
    out = tmp_path / "history.csv"

    with registry.read() as session:
        entries = list(iter_history(session, HistoryFilter(), "da"))
        write_history_csv(entries, out, "da")

    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [COLUMNS[key].in_("da") for key in COLUMNS] == [
        "Tidspunkt", "Hvem", "Type", "Post", "Ændring", "Før", "Efter"]
    assert [row[3] for row in rows[1:]] == ["'-Payroll", "'=HYPERLINK(\"x\")"]
    assert [row[:3] + row[4:] for row in rows[1:]] == [
        list(e.cells()[:3] + e.cells()[4:]) for e in entries]


def test_a_csv_file_that_cannot_be_written_is_one_sentence(
        registry: Registry, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        write_history_csv([], tmp_path / "no such folder" / "history.csv", "en")


# --- finding a record by name -----------------------------------------------------------------


def test_a_record_is_found_by_its_name(registry: Registry, zendesk: int) -> None:
    with registry.read() as session:
        assert find_record(session, "vendor", "Zendesk, Inc.") == zendesk
        assert find_record(session, "vendor", "zendesk, inc.") == zendesk
        with pytest.raises(UserError) as refused:
            find_record(session, "service", "Zendesk, Inc.")
    assert str(refused.value) == 'There is no service named "Zendesk, Inc.".'


def test_the_old_history_function_reads_a_records_rows_oldest_first(
        registry: Registry, zendesk: int) -> None:
    edit_vendor(registry, zendesk, status=VendorStatus.RETIRED)
    with registry.read() as session:
        assert [c.action for c in history(session, "vendor", zendesk)] == ["create", "update"]
