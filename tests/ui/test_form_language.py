"""The editors' problems read in the user's language: next to a field as you type, under a
table, in a safeguard's row, in the summary and in the dialog of a refused save. The window's
own words come from Qt's translations; the problems come from the registry's form tables, in
:attr:`AppContext.ui_language` (the window's language: Norwegian in a Norwegian window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from registry import forms
from registry import usecases as uc
from registry.enums import LocationKind, Mechanism
from registry.errors import UserError

from ui.context import AppContext
from ui.editors import OrganisationEditor, VendorEditor
from ui.errors import show_user_error
from ui.pages.overview import OverviewPage
from ui.settings import Settings

from tests.ui.test_editors import add_vendor, error_of, line, show, zendesk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

INVALID_NO_ORGNR = "986901052"
INVALID_NO_ORGNR_NB = (
    "«986901052» er ikke gyldig som organisasjonsnummer for Norge (kontrollsifferet stemmer "
    "ikke)."
)


@pytest.fixture
def vendor_editor(norwegian: AppContext, qtbot: QtBot) -> VendorEditor:
    editor = VendorEditor(norwegian)
    show(qtbot, editor)
    return editor


def test_an_invalid_organisation_number_is_explained_in_norwegian_as_you_type(
    norwegian: AppContext, qtbot: QtBot
) -> None:
    editor = OrganisationEditor(norwegian)
    show(qtbot, editor)
    qtbot.keyClicks(line(editor, "name"), "Fjordlys AS")
    editor._bindings["country"].widget.setCode("NO")  # type: ignore[attr-defined]

    qtbot.keyClicks(line(editor, "registration_number"), INVALID_NO_ORGNR)

    qtbot.waitUntil(lambda: error_of(editor, "registration_number") != "")
    assert error_of(editor, "registration_number") == INVALID_NO_ORGNR_NB


def test_the_vendors_registration_number_is_checked_in_norwegian_at_every_keystroke(
    vendor_editor: VendorEditor, qtbot: QtBot
) -> None:
    vendor_editor.load(None)
    vendor_editor.country.setCode("NO")

    qtbot.keyClicks(vendor_editor.registration, INVALID_NO_ORGNR)

    assert error_of(vendor_editor, "registration_number") == INVALID_NO_ORGNR_NB


def test_a_vendor_without_a_name_is_refused_in_norwegian(
    vendor_editor: VendorEditor, norwegian: AppContext, qtbot: QtBot
) -> None:
    vendor_editor.load(None)
    vendor_editor.country.setCode("NO")
    qtbot.keyClicks(line(vendor_editor, "website"), "www.example.no")

    assert not vendor_editor.save()

    assert error_of(vendor_editor, "name") == "Navn må fylles ut."
    assert error_of(vendor_editor, "website") == (
        "«www.example.no» er ikke en nettadresse: den må begynne med https:// eller http://.")
    assert vendor_editor.summary.text() == "2 problemer må rettes før lagring."
    assert norwegian.read(lambda s: uc.record_names(s, "vendor", [1])) == {}


def test_problems_of_rows_and_safeguards_in_norwegian(
    vendor_editor: VendorEditor, norwegian: AppContext
) -> None:
    vendor_editor.load(add_vendor(norwegian))
    vendor_editor.locations.add_row({"country": "XX", "kind": LocationKind.HOSTING})
    row = vendor_editor.safeguards.rows["US"]
    row.mechanism.setCurrentIndex(row.mechanism.findData(Mechanism.DEROGATION))

    assert not vendor_editor.save()

    assert error_of(vendor_editor, "locations") == (
        "Lokasjon 2: «XX» er ikke en landkode (ISO 3166-1 alpha-2, for eksempel NO eller DE).")
    assert row.errors["derogation"].text() == "Velg hvilket unntak i art. 49 som gjelder."


def test_a_name_already_taken_in_norwegian(vendor_editor: VendorEditor, norwegian: AppContext,
                                           qtbot: QtBot) -> None:
    add_vendor(norwegian)
    vendor_editor.load(None)

    qtbot.keyClicks(vendor_editor.name_edit, "ZENDESK, INC.")

    qtbot.waitUntil(lambda: error_of(vendor_editor, "name") != "")
    assert error_of(vendor_editor, "name") == (
        "Det finnes allerede en leverandør som heter «Zendesk, Inc.».")


def test_a_conflict_on_save_is_shown_in_norwegian(
    vendor_editor: VendorEditor, norwegian: AppContext, qtbot: QtBot,
    shown_errors: list[tuple[str, str]],
) -> None:
    vendor_id = add_vendor(norwegian)
    vendor_editor.load(vendor_id)
    qtbot.keyClicks(vendor_editor._bindings["address"].widget, "Min")
    with norwegian.registry.session() as theirs:
        uc.update_vendor(theirs, vendor_id, zendesk(address="Deres"), None)

    assert not vendor_editor.save()

    assert shown_errors == [("Ikke lagret", (
        "Noen andre har endret leverandøren «Zendesk, Inc.» etter at du åpnet den. Last den inn "
        "på nytt for å se endringene, og gjør så endringen din en gang til."))]


def test_a_save_the_registry_refuses_is_listed_in_norwegian(
    vendor_editor: VendorEditor, norwegian: AppContext, shown_errors: list[tuple[str, str]],
) -> None:
    with pytest.raises(UserError) as caught:
        norwegian.run(lambda s: uc.create_vendor(s, forms.VendorForm("", country="XX")))

    show_user_error(vendor_editor, caught.value)

    [(_title, text)] = shown_errors
    assert text == (
        "Leverandøren kan ikke lagres: rett de merkede feltene først.\n\n"
        "Navn: Navn må fylles ut.\n"
        "Land: «XX» er ikke en landkode (ISO 3166-1 alpha-2, for eksempel NO eller DE).")


@pytest.mark.parametrize(("language", "required"), [
    ("da", "Navn skal udfyldes."), ("sv", "Namn måste anges."), ("fi", "Nimi on pakollinen."),
])
def test_a_danish_swedish_or_finnish_window_shows_problems_in_its_language(
    context: AppContext, qtbot: QtBot, language: str, required: str
) -> None:
    context.language = language
    editor = VendorEditor(context)
    show(qtbot, editor)
    editor.load(None)

    assert not editor.save()

    assert error_of(editor, "name") == required


def test_the_organisation_without_a_name_is_called_virksomhet(
    qtbot: QtBot, norwegian: AppContext, tmp_path: Path
) -> None:
    page = OverviewPage(norwegian, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    page.set_assessment(norwegian.assessment())
    model = page.findings_model
    errors = model.index(0, 0)

    records = {model.index(r, 0, errors).data() for r in range(model.rowCount(errors))}

    assert "Virksomhet" in records
    assert "Organisation" not in records


def test_the_safeguards_mechanisms_read_in_norwegian(
    vendor_editor: VendorEditor, norwegian: AppContext
) -> None:
    vendor_editor.load(add_vendor(norwegian))
    combo = vendor_editor.safeguards.rows["US"].mechanism

    def shown(mechanism: Mechanism) -> str:
        return combo.itemText(combo.findData(mechanism))

    assert shown(Mechanism.ADEQUACY) == "Adekvansbeslutning"
    assert shown(Mechanism.SCC_2021) == "Standard personvernbestemmelser (EU) 2021/914"
    assert shown(Mechanism.DEROGATION) == "Unntak for særlige situasjoner"
    assert shown(Mechanism.SCC_2010_87) == (
        "Gamle standard personvernbestemmelser 2010/87/EU (behandlingsansvarlig til "
        "databehandler) (ikke lenger gyldig)")


def test_the_review_interval_reads_as_norwegian_counts_months(
    norwegian: AppContext, qtbot: QtBot
) -> None:
    """Not "Gjennomgå hver 12 måneder": the interval is a noun, the months a number-aware
    plural."""
    editor = OrganisationEditor(norwegian)
    show(qtbot, editor)
    binding = editor._bindings["review_interval_months"]
    spin, label = binding.widget, binding.layout.labelForField(binding.holder)

    spin.setValue(12)  # type: ignore[attr-defined]
    assert (label.text(), spin.text()) == (  # type: ignore[attr-defined]
        "Gjennomgangsintervall", "12 måneder")
    spin.setValue(1)  # type: ignore[attr-defined]
    assert spin.text() == "1 måned"  # type: ignore[attr-defined]
    notice = editor._bindings["notice_days"].widget
    notice.setValue(1)  # type: ignore[attr-defined]
    assert notice.text() == "1 dag"  # type: ignore[attr-defined]
