"""The problems that stop an action read in the user's language: a registry file that cannot be
opened or written, a JSON file that cannot be imported, a refused deletion or restore. Each
still reads, word for word, as the English the command line prints, and keeps its message so
that the app words it in Norwegian (or Danish, Swedish, Finnish)."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from registry import desktop, forms, model, storage
from registry import usecases as uc
from registry.enums import LANGUAGES
from registry.error_texts import EN
from registry.errors import ConflictError, DatabaseError, UserError
from registry.exchange import (
    FORMAT,
    import_document,
    read_document,
    validate_document,
    write_document,
)
from registry.facts import FACTS_FILE, load_facts, parse_facts
from registry.history import find_record
from registry.maintenance import ensure_empty
from registry.messages import Join, Param, Sentence, msg, render
from registry.storage import Registry, open_registry
from registry.synthetic import MAX_VENDORS, plan_synthetic

from tests.registry.test_facts import changed, facts_file
from tests.registry.test_form_texts import assert_every_key_renders, keys_of

SAMPLES: dict[str, Param] = {
    "name": "/home/kari/registry.sqlite3",
    "path": "/home/kari/registry.sqlite3",
    "folder": "/home/kari",
    "wal": "/home/kari/registry.sqlite3-wal",
    "reason": "Permission denied",
    "value": "null",
    "revision": "0042",
    "kind": msg("error.registry.vendors"),
    "names": msg("error.and", first=Join((msg("error.quoted", name="AWS"),)),
                 last=msg("error.quoted", name="Sunshine")),
    "problem": msg("form.name.taken.vendor", name="Zendesk"),
    "byte": 12,
    "line": 3,
    "column": 14,
    "limit": 32,
    "subject": msg("error.exchange.document"),
    "found": msg("error.exchange.version.missing"),
    "expected": FORMAT,
    "version": 2,
    "newest": 1,
    "count": 3,
    "maximum": 50000,
    "place": msg("error.quoted", name="decisions[3].adopted"),
    "allowed": "adequacy, dpf, safeguard, derogation, dead",
    "members": msg("error.quoted", name="eea.members"),
    "id": msg("error.quoted", name="scc_2021"),
    "first": msg("error.quoted", name="AWS"),
    "last": msg("error.quoted", name="Sunshine"),
    "reports": "ropa-xlsx, ropa-pdf",
    "lang": "de",
    "languages": "en, nb, da, sv, fi",
    "known": msg("error.report.no_services"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_error_renders_with_its_parameters(lang: str) -> None:
    assert_every_key_renders(EN, SAMPLES, lang)


# --- every error the registry gives ---------------------------------------------------------


def refused(work: Callable[[], object]) -> UserError:
    with pytest.raises(UserError) as caught:
        work()
    return caught.value


def run(registry: Registry, work: Callable[..., object]) -> object:
    with registry.session() as session:
        return work(session)


def sqlite_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    open_registry(path).close()
    return path


def corrupt_file(tmp_path: Path) -> Path:
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 2000)
    return path


def newer_file(tmp_path: Path) -> Path:
    path = sqlite_file(tmp_path, "newer.sqlite3")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    return path


def locked_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserError:
    """A change while another program holds the file's write lock."""
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 20)
    path = sqlite_file(tmp_path, "locked.sqlite3")
    registry = open_registry(path)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        return refused(lambda: run(registry, lambda s: s.add(model.Vendor(name="Acme",
                                                                          country="NO"))))
    finally:
        other.close()
        registry.close()


def stale_change(tmp_path: Path) -> UserError:
    """A record changed by somebody else between reading and saving it."""
    registry = open_registry(sqlite_file(tmp_path, "stale.sqlite3"))
    run(registry, lambda s: s.add(model.Vendor(name="Acme", country="NO")))

    def work(session: Session) -> None:
        vendor = session.get(model.Vendor, 1)
        session.commit()  # what was read stays loaded, at the version it was read
        with registry.session() as theirs:
            theirs.execute(update(model.Vendor).values(name="Acme AS",
                                                       row_version=model.Vendor.row_version + 1))
        assert vendor is not None
        vendor.name = "Acme ASA"

    try:
        return refused(lambda: run(registry, work))
    finally:
        registry.close()


def driver_refusal(message: str) -> DatabaseError:
    return storage._explain(OperationalError("INSERT", {}, sqlite3.OperationalError(message)),
                            "/home/kari/registry.sqlite3")


def read_only_folder_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[UserError]:
    """What a folder or file that cannot be written refuses (tests/test_main.py has them for
    real, in a process that cannot write there; root, which runs the tests, can)."""
    folder = tmp_path / "read-only-folder"
    folder.mkdir()
    registry_file = sqlite_file(folder, "registry.sqlite3")

    def cannot_write(patch: pytest.MonkeyPatch, what: Path) -> None:
        patch.setattr(storage.os, "access", lambda path, _mode: Path(path) != what)

    def change(work: Callable[[Session], object]) -> UserError:
        registry = open_registry(registry_file)
        try:
            return refused(lambda: run(registry, work))
        finally:
            registry.close()

    with monkeypatch.context() as patch:
        cannot_write(patch, folder)
        yield refused(lambda: open_registry(folder / "new.sqlite3"))
        yield change(lambda s: s.add(model.Vendor(name="Acme", country="NO")))
    with monkeypatch.context() as patch:
        cannot_write(patch, registry_file)
        yield change(lambda s: s.execute(text("UPDATE organisation SET name = 'Acme'")))
    wal = folder / (registry_file.name + "-wal")
    writer = sqlite3.connect(registry_file)
    try:  # a -wal left behind by a program that ended before it reached the file
        writer.execute("PRAGMA user_version = 7")
        unsaved = wal.read_bytes()
    finally:
        writer.close()
    wal.write_bytes(unsaved)
    with monkeypatch.context() as patch:
        cannot_write(patch, folder)
        yield refused(lambda: open_registry(registry_file))


def database_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[UserError]:
    yield refused(lambda: open_registry(tmp_path / "missing.sqlite3", create=False))
    yield refused(lambda: open_registry(tmp_path / "no-folder" / "new.sqlite3"))
    yield refused(lambda: open_registry(tmp_path))
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("shopping list", encoding="utf-8")
    yield refused(lambda: open_registry(notes))
    yield refused(lambda: open_registry(corrupt_file(tmp_path)))
    yield refused(lambda: open_registry(newer_file(tmp_path)))
    recipes = tmp_path / "recipes.sqlite3"
    with sqlite3.connect(recipes) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    yield refused(lambda: open_registry(recipes))
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    yield refused(lambda: open_registry(empty, read_only=True))
    yield refused(lambda: open_registry("://nowhere"))
    pipe = tmp_path / "pipe.sqlite3"
    os.mkfifo(pipe)
    yield refused(lambda: open_registry(pipe))
    loop = tmp_path / "loop.sqlite3"
    loop.symlink_to(loop)
    yield refused(lambda: open_registry(loop))
    yield refused(lambda: open_registry("nosuchdialect://host/registry"))
    with monkeypatch.context() as patch:
        def unreadable(*_args: object, **_kwargs: object) -> None:
            raise PermissionError(errno.EACCES, "Permission denied")

        patch.setattr(Path, "open", unreadable)
        yield refused(lambda: open_registry(notes))

    yield from read_only_folder_errors(tmp_path, monkeypatch)
    read_only = open_registry(sqlite_file(tmp_path, "read-only.sqlite3"), read_only=True)
    try:
        yield refused(lambda: run(read_only, lambda s: s.add(model.Vendor(name="Acme",
                                                                          country="NO"))))
        yield refused(lambda: run(read_only, lambda s: s.execute(text(
            "UPDATE organisation SET name = 'Acme'"))))
    finally:
        read_only.close()
    yield locked_write(tmp_path, monkeypatch)
    yield stale_change(tmp_path)
    for message in ("database or disk is full", "unable to open database file",
                    "no such table: vendor"):
        yield driver_refusal(message)


def exchange_errors(tmp_path: Path, registry: Registry) -> Iterator[UserError]:
    def document(content: str) -> Path:
        path = tmp_path / "document.json"
        path.write_text(content, encoding="utf-8")
        return path

    yield refused(lambda: read_document(tmp_path))
    yield refused(lambda: read_document(tmp_path / "missing.json"))
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"name": "Økonomi"}'.encode("latin-1"))
    yield refused(lambda: read_document(latin1))
    yield refused(lambda: read_document(document("  \n")))
    yield refused(lambda: read_document(document('{"vendors": [')))
    for content in ("[" * 1000, '{"notice_days": 1e400}', '{"notice_days": NaN}'):
        yield refused(partial(read_document, document(content)))
    for content in ("[]", '"text"', "null", "3", "{}", '{"format": "csv"}',
                    f'{{"format": "{FORMAT}"}}', f'{{"format": "{FORMAT}", "version": "1"}}',
                    f'{{"format": "{FORMAT}", "version": 2}}'):
        yield refused(partial(read_document, document(content)))
    yield UserError(validate_document([])[0].message)
    yield refused(lambda: write_document({}, tmp_path / "no-folder" / "registry.json"))
    yield from output_errors(tmp_path)
    for vendors in (ONE_PROBLEM, TWO_PROBLEMS):
        yield refused(partial(run, registry, partial(import_document, doc=with_vendors(vendors))))


def output_errors(tmp_path: Path) -> Iterator[UserError]:
    """An export that must not or cannot be written (registry.files)."""
    import os
    import sqlite3

    from registry.storage import open_registry

    own = open_registry(tmp_path / "open.sqlite3")
    try:
        yield refused(lambda: write_document({}, tmp_path / "open.sqlite3"))
    finally:
        own.close()
    sqlite3.connect(tmp_path / "other.sqlite3").execute("CREATE TABLE t (x)").connection.close()
    yield refused(lambda: write_document({}, tmp_path / "other.sqlite3"))
    os.mkfifo(tmp_path / "pipe")
    yield refused(lambda: write_document({}, tmp_path / "pipe"))
    yield refused(lambda: write_document({}, tmp_path / ("x" * 300 + ".json")))
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    yield refused(lambda: write_document({}, tmp_path / "loop"))


ONE_PROBLEM: list[dict[str, object]] = [{"name": "Acme", "country": "XX"}]
TWO_PROBLEMS: list[dict[str, object]] = [*ONE_PROBLEM, {"name": 7, "country": "NO"}]


def with_vendors(vendors: list[dict[str, object]]) -> dict[str, object]:
    """An exchange document of these vendors and nothing else."""
    return {"format": FORMAT, "version": 1, "organisation": {}, "vendors": vendors,
            "services": [], "activities": []}


def record_errors(registry: Registry) -> Iterator[UserError]:
    def vendor(name: str, parent: int | None = None) -> int:
        made = run(registry, lambda s: uc.create_vendor(s, forms.VendorForm(
            name, country="US", parent_id=parent)))
        assert isinstance(made, int)
        return made

    zendesk = vendor("Zendesk, Inc.")
    vendor("Sunshine Conversations", zendesk)
    yield refused(lambda: run(registry, lambda s: uc.delete_vendors(s, [zendesk])))
    vendor("Amazon Web Services EMEA SARL", zendesk)
    vendor("Annapurna Labs", zendesk)
    yield refused(lambda: run(registry, lambda s: uc.delete_vendors(s, [zendesk])))

    mailchimp = vendor("Mailchimp")
    deleted = run(registry, lambda s: uc.delete_vendors(s, [mailchimp]))
    vendor("MAILCHIMP")
    yield refused(lambda: run(registry, lambda s: uc.restore(s, deleted)))  # type: ignore[arg-type]
    yield refused(lambda: run(registry, ensure_empty))
    for kind in ("vendor", "service", "activity"):
        yield refused(lambda kind=kind: run(registry, lambda s: find_record(s, kind, "Nobody")))


def facts_errors(tmp_path: Path) -> Iterator[UserError]:
    raw = json.loads(FACTS_FILE.read_text(encoding="utf-8"))
    yield refused(lambda: load_facts(tmp_path / "missing.json"))
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"note": "Åland"}'.encode("latin-1"))
    yield refused(lambda: load_facts(latin1))
    for content in ('{"eea": ', "[]"):
        yield refused(partial(load_facts, facts_file(tmp_path, content)))
    for where, value in (("eea", ...), ("eea", []), ("decisions", {}),
                         ("eea.members.0.country", 7), ("review_intervals.tia_months", "12"),
                         ("mechanisms.0.needs_tia", "no"), ("decisions.1.adopted", "2023-13"),
                         ("mechanisms.0.kind", "alive"), ("mechanisms.2", ...),
                         ("eea.territories_in_eu.0.part_of", "AX")):
        yield refused(partial(parse_facts, changed(raw, where, value)))


def registry_with(tmp_path: Path, name: str, work: Callable[..., object]) -> Registry:
    registry = open_registry(tmp_path / name)
    run(registry, work)
    return registry


def maintenance_errors(tmp_path: Path) -> Iterator[UserError]:
    yield refused(lambda: plan_synthetic(MAX_VENDORS + 1))
    for name, work in (
        ("services.sqlite3", lambda s: uc.create_service(s, forms.ServiceForm("Helpdesk"))),
        ("activities.sqlite3", lambda s: uc.create_activity(s, forms.ActivityForm("Support"))),
    ):
        registry = registry_with(tmp_path, name, work)
        try:
            yield refused(partial(run, registry, ensure_empty))
        finally:
            registry.close()


def desktop_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[UserError]:
    with monkeypatch.context() as elsewhere:
        elsewhere.setattr(desktop.sys, "platform", "darwin")
        yield refused(lambda: desktop.install_desktop(home=tmp_path))


def worded_keys(errors: Iterable[UserError]) -> set[str]:
    """The message keys the errors use, each error checked on the way: its message is a
    Sentence that reads as the English of its message and is worded in every language."""
    seen: set[str] = set()
    for error in errors:
        sentence = error.message
        assert isinstance(sentence, Sentence), sentence
        assert sentence == render(sentence.text)
        for lang in LANGUAGES:
            worded = sentence.in_(lang)
            assert worded.strip() and "{" not in worded and "}" not in worded, (lang, worded)
        assert sentence.in_("nb") != sentence, sentence
        seen.update(keys_of(sentence.text))
    return seen


NOT_HERE = {"error.file.not_replaced"}
"""Errors given outside the registry (by the app, tests/ui) or by reports (tests/reports)."""


def test_every_error_of_the_registry_is_given_and_worded(
    tmp_path: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder in ("db", "json", "facts"):
        (tmp_path / folder).mkdir()
    errors = [
        *database_errors(tmp_path / "db", monkeypatch),
        *exchange_errors(tmp_path / "json", registry),
        *record_errors(registry),
        *maintenance_errors(tmp_path / "db"),
        *facts_errors(tmp_path / "facts"),
        *desktop_errors(tmp_path, monkeypatch),
    ]
    expected = {key for key in EN if not key.startswith("error.report.")} - NOT_HERE
    assert sorted(expected - worded_keys(errors)) == []


# --- what a reader sees -------------------------------------------------------------------


def reads(error: UserError, **texts: str) -> None:
    """The error reads as ``texts`` say in each language given: ``en=...``, ``nb=...``; the
    English is the message itself, as the command line prints it."""
    for lang, expected in texts.items():
        assert (error.message if lang == "en" else error.message_in(lang)) == expected


def test_a_corrupt_registry_file(tmp_path: Path) -> None:
    path = corrupt_file(tmp_path)
    error = refused(lambda: open_registry(path))

    assert isinstance(error, DatabaseError)
    reads(error,
          en=f"{path} is damaged and cannot be read (the file is corrupt).",
          nb=f"{path} er skadet og kan ikke leses (filen er ødelagt).",
          fi=f"Rekisteri {path} on vahingoittunut, eikä sitä voi lukea (tiedosto on viallinen).")


def test_a_registry_from_a_newer_version(tmp_path: Path) -> None:
    path = newer_file(tmp_path)

    reads(refused(lambda: open_registry(path)),
          en=f"{path} was saved by a newer version of Subprocessor Registry (schema 9999). "
             "Update the app to open it.",
          nb=f"{path} ble lagret av en nyere versjon av Subprocessor Registry (skjema 9999). "
             "Oppdater appen for å åpne den.",
          sv=f"{path} har sparats av en nyare version av Subprocessor Registry (schema 9999). "
             "Uppdatera appen för att öppna den.")


def test_a_registry_locked_by_another_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = locked_write(tmp_path, monkeypatch)
    path = tmp_path / "locked.sqlite3"

    assert isinstance(error, DatabaseError)
    reads(error,
          en=f"{path} is locked by another program. Close it there, or wait, and try again.",
          nb=f"{path} er låst av et annet program. Lukk filen der, eller vent litt, og prøv "
             "igjen.",
          da=f"{path} er låst af et andet program. Luk filen der, eller vent lidt, og prøv igen.")


def test_a_change_to_a_read_only_registry(tmp_path: Path) -> None:
    path = sqlite_file(tmp_path, "read-only.sqlite3")
    registry = open_registry(path, read_only=True)
    assert registry.name == str(path)  # the file, not how SQLite is asked for it
    try:
        error = refused(lambda: run(registry, lambda s: s.add(model.Vendor(name="Acme",
                                                                           country="NO"))))
    finally:
        registry.close()

    reads(error,
          en=f"{registry.name} is open read-only; the change was not saved.",
          nb=f"{registry.name} er åpnet skrivebeskyttet; endringen ble ikke lagret.")


def test_a_record_somebody_else_changed(tmp_path: Path) -> None:
    error = stale_change(tmp_path)

    assert isinstance(error, ConflictError)
    reads(error,
          en="Somebody else changed this record since you opened it. Reload it to see their "
             "version, then make your change again.",
          nb="Noen andre har endret denne posten etter at du åpnet den. Last den inn på nytt for "
             "å se endringene, og gjør så endringen din en gang til.")


def test_what_the_database_driver_says_is_kept_as_it_is() -> None:
    reads(driver_refusal("no such table: vendor"),
          en="/home/kari/registry.sqlite3 cannot be used: no such table: vendor.",
          nb="/home/kari/registry.sqlite3 kan ikke brukes: no such table: vendor.")
    reads(driver_refusal("database or disk is full"),
          nb="/home/kari/registry.sqlite3 kan ikke skrives: disken er full.")


def test_a_missing_registry_file_and_folder(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    reads(refused(lambda: open_registry(missing, create=False)),
          en=f"{missing} does not exist.",
          nb=f"{missing} finnes ikke.",
          fi=f"Tiedostoa {missing} ei ole olemassa.")

    new = tmp_path / "gone" / "new.sqlite3"
    reads(refused(lambda: open_registry(new)),
          en=f"{new} cannot be created: the folder {new.parent} is missing.",
          nb=f"{new} kan ikke opprettes: mappen {new.parent} finnes ikke.")


def deleting_a_chain(registry: Registry, children: list[str]) -> UserError:
    """Deleting Zendesk, Inc., whose sub-processors are ``children``."""
    def build(session: Session) -> int:
        top = uc.create_vendor(session, forms.VendorForm("Zendesk, Inc.", country="US"))
        for child in children:
            uc.create_vendor(session, forms.VendorForm(child, country="US", parent_id=top))
        return top

    top = run(registry, build)
    return refused(lambda: run(registry, lambda s: uc.delete_vendors(s, [top])))


def test_a_vendor_with_a_sub_processor_is_not_deleted(registry: Registry) -> None:
    reads(deleting_a_chain(registry, ["Sunshine Conversations"]),
          en='"Zendesk, Inc." cannot be deleted: its sub-processors "Sunshine Conversations" '
             "would be left without it. Delete them too, or give them another parent first.",
          nb="Leverandøren «Zendesk, Inc.» kan ikke slettes: underdatabehandleren «Sunshine "
             "Conversations» ville da stå uten overordnet leverandør. Slett den også, eller gi "
             "den en annen overordnet leverandør først.")


def test_a_vendor_with_sub_processors_is_not_deleted(registry: Registry) -> None:
    error = deleting_a_chain(registry, ["Sunshine Conversations", "Annapurna Labs",
                                        "Amazon Web Services EMEA SARL"])

    reads(error,
          en='"Zendesk, Inc." cannot be deleted: its sub-processors "Amazon Web Services EMEA '
             'SARL", "Annapurna Labs" and "Sunshine Conversations" would be left without it. '
             "Delete them too, or give them another parent first.",
          nb="Leverandøren «Zendesk, Inc.» kan ikke slettes: underdatabehandlerne «Amazon Web "
             "Services EMEA SARL», «Annapurna Labs» og «Sunshine Conversations» ville da stå "
             "uten overordnet leverandør. Slett dem også, eller gi dem en annen overordnet "
             "leverandør først.",
          sv="Leverantören ”Zendesk, Inc.” kan inte tas bort: underbiträdena ”Amazon Web "
             "Services EMEA SARL”, ”Annapurna Labs” och ”Sunshine Conversations” skulle då stå "
             "utan överordnad leverantör. Ta bort dem också, eller ge dem en annan överordnad "
             "leverantör först.")
    assert "»Annapurna Labs« og »Sunshine Conversations«" in error.message_in("da")
    assert "”Annapurna Labs” ja ”Sunshine Conversations”" in error.message_in("fi")


def test_a_deleted_vendor_whose_name_is_taken_is_not_restored(registry: Registry) -> None:
    def delete_and_take_the_name(session: Session) -> uc.DeletedRecords:
        vendor_id = uc.create_vendor(session, forms.VendorForm("Mailchimp", country="US"))
        deleted = uc.delete_vendors(session, [vendor_id])
        uc.create_vendor(session, forms.VendorForm("MAILCHIMP", country="US"))
        return deleted

    deleted = run(registry, delete_and_take_the_name)
    assert isinstance(deleted, uc.DeletedRecords)

    reads(refused(lambda: run(registry, lambda s: uc.restore(s, deleted))),
          en='"Mailchimp" cannot be restored: there is already a vendor named "MAILCHIMP". '
             "Rename or delete that one first.",
          nb="«Mailchimp» kan ikke gjenopprettes: det finnes allerede en leverandør som heter "
             "«MAILCHIMP». Gi den andre et nytt navn, eller slett den først.",
          fi="Kohdetta ”Mailchimp” ei voi palauttaa: toimittaja nimeltä ”MAILCHIMP” on jo "
             "olemassa. Nimeä toinen uudelleen tai poista se ensin.")


def reading(tmp_path: Path, content: str) -> UserError:
    """Reading a JSON file of this content."""
    path = tmp_path / "registry.json"
    path.write_text(content, encoding="utf-8")
    return refused(lambda: read_document(path))


def test_a_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    reads(reading(tmp_path, '{"vendors": ['),
          en=f"{path} is not valid JSON: expecting value at line 1, column 14.",
          nb=f"{path} er ikke gyldig JSON: expecting value på linje 1, kolonne 14.")


def test_a_file_that_json_cannot_hold(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    reads(reading(tmp_path, "[" * 40 + "]" * 40),
          en=f"{path} nests lists and objects more than 32 levels deep (at line 1, column 33), "
             "so it is not an exchange file.",
          nb=f"{path} har lister og objekter nøstet mer enn 32 nivåer dypt (på linje 1, "
             "kolonne 33), så det er ikke en eksportfil.",
          fi=f"Tiedostossa {path} on luetteloita ja objekteja sisäkkäin yli 32 tasoa (rivillä "
             "1, sarakkeessa 33), joten se ei ole vientitiedosto.")
    reads(reading(tmp_path, '{"notice_days": 1e400}'),
          en=f"{path} holds a number too large to read at line 1, column 17.",
          da=f"{path} indeholder et tal, der er for stort til at blive læst, i linje 1, kolonne "
             "17.")
    reads(reading(tmp_path, '{"notice_days": NaN}'),
          en=f"{path} is not valid JSON: NaN is not a JSON number at line 1, column 17.",
          sv=f"{path} är inte giltig JSON: NaN är inte ett tal i JSON, på rad 1, kolumn 17.")


def test_a_document_of_another_format_or_a_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    reads(reading(tmp_path, json.dumps({"format": "csv"})),
          en=f'{path} is not a Subprocessor Registry exchange document (its "format" is "csv", '
             'not "subprocessor-registry").',
          nb=f"{path} er ikke et eksportdokument fra Subprocessor Registry («format» er "
             '"csv", ikke «subprocessor-registry»).')
    reads(reading(tmp_path, json.dumps({"format": FORMAT, "version": 2})),
          en=f"{path} was written by a newer version of Subprocessor Registry (format version "
             "2; this version reads format version 1 and older). Update the app to import it.",
          nb=f"{path} ble skrevet av en nyere versjon av Subprocessor Registry (formatversjon "
             "2; denne versjonen leser formatversjon 1 og eldre). Oppdater appen, og importer "
             "på nytt.")
    reads(reading(tmp_path, "[]"),
          en=f"{path} holds a list, not an exchange document (a JSON object).",
          nb=f"{path} inneholder en liste, ikke et eksportdokument (et JSON-objekt).")


def test_an_import_with_problems_says_how_many_and_lists_them_as_they_are(
    registry: Registry,
) -> None:
    error = refused(partial(run, registry, partial(import_document,
                                                   doc=with_vendors(TWO_PROBLEMS))))

    reads(error,
          en="The file was not imported: 2 problems were found.",
          nb="Filen ble ikke importert: 2 problemer ble funnet.")
    # The problems name places and values of the JSON document, and stay in English.
    assert error.problems_in("nb") == error.problems == [
        'vendors[0].country: "XX" is not a country code (ISO 3166-1 alpha-2, such as NO or DE).',
        "vendors[1].name: Must be text; found 7."]
    reads(refused(partial(run, registry, partial(import_document,
                                                 doc=with_vendors(ONE_PROBLEM)))),
          en="The file was not imported: 1 problem was found.",
          nb="Filen ble ikke importert: 1 problem ble funnet.",
          fi="Tiedostoa ei tuotu: löytyi 1 ongelma.")


def test_a_non_empty_registry_is_not_filled_with_the_demo(registry: Registry) -> None:
    run(registry, lambda s: uc.create_vendor(s, forms.VendorForm("Acme", country="NO")))

    reads(refused(lambda: run(registry, ensure_empty)),
          en="The registry already holds vendors. Load the demo or a synthetic registry into a "
             "new, empty registry file.",
          nb="Registeret inneholder allerede leverandører. Last demoregisteret eller et "
             "syntetisk register inn i en ny, tom registerfil.")
