"""Every label of every vocabulary reads in the window's language: the pick-lists of the
editors and the labels of the lists, for every enum of registry.enums (a Norwegian transfer
mechanism drop-down once listed "Binding Corporate Rules" and "Adequacy decision")."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterator
from enum import Enum

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QComboBox

from registry import enums
from registry.catalogues import LOCALE_DIR
from registry.facts import load_facts

from ui import models
from ui.app import install_translations
from ui.context import AppContext
from ui.editors import ActivityEditor, VendorEditor
from ui.widgets import labels as choices

from tests.ui.test_editors import add_vendor, show

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SAME = set(json.loads((LOCALE_DIR / "glossary.json").read_text("utf-8"))["same_as_english"])
"""The labels that read as in English in every language (names, abbreviations)."""

FACTS = load_facts()


def _listed(enum: type[Enum]) -> Callable[[], list[str]]:
    """The labels of the lists (and their filters) for the values of ``enum``."""
    return lambda: [models.label(value.value) for value in enum]


def _picked(pick: Callable[[], choices.Choices]) -> Callable[[], list[str]]:
    """The items of an editor's pick-list, but "not chosen" (the window's own words)."""
    return lambda: [text for value, text in pick() if value is not None]


SHOWN: dict[type[Enum], list[Callable[[], list[str]]]] = {
    enums.VendorRole: [_picked(choices.vendor_roles), _listed(enums.VendorRole)],
    enums.VendorStatus: [_picked(choices.vendor_statuses), _listed(enums.VendorStatus)],
    enums.LocationKind: [_picked(choices.location_kinds)],
    enums.Mechanism: [_picked(lambda: choices.mechanisms(FACTS))],
    enums.Derogation: [_picked(choices.derogations)],
    enums.TiaOutcome: [_picked(choices.tia_outcomes)],
    enums.ActivityRole: [_picked(choices.activity_roles)],
    enums.LegalBasis: [_picked(choices.legal_bases), _listed(enums.LegalBasis)],
    enums.Art9Condition: [_picked(choices.art9_conditions)],
    enums.DpiaStatus: [_picked(choices.dpia_statuses), _listed(enums.DpiaStatus)],
    enums.Severity: [_listed(enums.Severity)],
}
"""Where the window shows the values of each enum."""


def test_every_enum_is_looked_at() -> None:
    found = {value for _, value in inspect.getmembers(enums, inspect.isclass)
             if issubclass(value, Enum) and value.__module__ == enums.__name__}
    assert found == set(SHOWN)


def _all_shown() -> list[str]:
    return [text for shown in SHOWN.values() for each in shown for text in each()] + [
        text for _, text in choices.scc_modules()[1:]]


@pytest.fixture(scope="module")
def english() -> list[str]:
    return _all_shown()


@pytest.fixture
def speaking(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    installed = install_translations(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("speaking", ["nb", "da", "sv", "fi"], indirect=True)
def test_every_vocabulary_label_in_the_window_is_translated(speaking: str,
                                                           english: list[str]) -> None:
    shown = _all_shown()
    assert len(shown) == len(english)
    untranslated = [en for en, text in zip(english, shown, strict=True)
                    if text == en and en not in SAME]
    assert not untranslated, f"{speaking}: {untranslated}"


def _items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


@pytest.mark.parametrize("speaking", ["nb"], indirect=True)
def test_the_norwegian_vendor_editor_names_every_mechanism_in_norwegian(
    speaking: str, context: AppContext, qtbot: QtBot, english: list[str]
) -> None:
    context.language = speaking
    editor = VendorEditor(context)
    show(qtbot, editor)
    editor.load(add_vendor(context))
    row = editor.safeguards.rows["US"]

    mechanisms = _items(row.mechanism)
    assert mechanisms[:4] == ["Intet overføringsgrunnlag registrert", "Adekvansbeslutning",
                              "EU-US Data Privacy Framework",
                              "Standard personvernbestemmelser (EU) 2021/914"]
    assert "Bindende virksomhetsregler (BCR)" in mechanisms
    assert mechanisms[-1].startswith("Gamle standard personvernbestemmelser 2010/87/EU")
    shown = [*mechanisms, *_items(row.derogation), *_items(row.tia_outcome),
             *_items(row.scc_module)]
    assert not [text for text in shown if text in english and text not in SAME]
    assert "Tvingende berettigede interesser (art. 49 nr. 1 annet ledd)" in shown


@pytest.mark.parametrize("speaking", ["sv"], indirect=True)
def test_the_swedish_activity_editor_names_and_cites_in_swedish(
    speaking: str, context: AppContext, qtbot: QtBot
) -> None:
    context.language = speaking
    editor = ActivityEditor(context)
    show(qtbot, editor)
    editor.load(None)
    combos = {key: editor._bindings[key].widget for key in ("legal_basis", "art9_condition")}

    labels = {key: binding.layout.labelForField(binding.holder).text()  # type: ignore[union-attr]
              for key, binding in editor._bindings.items() if key in combos}
    assert labels == {"legal_basis": "Rättslig grund (artikel 6)",
                      "art9_condition": "Känsliga personuppgifter (artikel 9)"}
    _, first = editor.completeness._rows[0]
    assert first.text().replace("\N{NO-BREAK SPACE}", " ").startswith(
        "Personuppgiftsansvarig och kontaktuppgifter (artikel 30.1 a)")
    bases = _items(combos["legal_basis"])  # type: ignore[arg-type]
    assert "Allmänt intresse eller myndighetsutövning (artikel 6.1 e)" in bases
    assert "Uttryckligt samtycke (artikel 9.2 a)" in _items(
        combos["art9_condition"])  # type: ignore[arg-type]
