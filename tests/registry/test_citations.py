"""Articles cited as each language's supervisory authority writes them."""

from __future__ import annotations

import pytest

from registry.citations import Citation, cite, regulation


@pytest.mark.parametrize(("lang", "point", "paragraph", "article", "subparagraph"), [
    ("en", "Art. 30(1)(a)", "Art. 30(1)", "Art. 30", "Art. 49(1) second subparagraph"),
    ("nb", "art. 30 nr. 1 bokstav a", "art. 30 nr. 1", "art. 30",
     "art. 49 nr. 1 annet ledd"),
    ("da", "artikel 30, stk. 1, litra a", "artikel 30, stk. 1", "artikel 30",
     "artikel 49, stk. 1, 2. afsnit"),
    ("sv", "artikel 30.1 a", "artikel 30.1", "artikel 30", "artikel 49.1 andra stycket"),
    ("fi", "30 artiklan 1 kohdan a alakohta", "30 artiklan 1 kohta", "30 artikla",
     "49 artiklan 1 kohdan toinen alakohta"),
])
def test_each_language_cites_in_its_own_style(lang: str, point: str, paragraph: str,
                                              article: str, subparagraph: str) -> None:
    assert cite(30, 1, "a", lang) == point
    assert cite(30, 1, lang=lang) == paragraph
    assert cite(30, lang=lang) == article
    assert cite(49, 1, lang=lang, subparagraph=2) == subparagraph


def test_a_code_of_the_registry_is_cited_in_the_language() -> None:
    assert Citation.parse("30(2)(d)").in_("nb") == "art. 30 nr. 2 bokstav d"
    assert Citation.parse("6").in_("sv") == "artikel 6"
    assert Citation.parse("28(3)").in_("da") == "artikel 28, stk. 3"
    with pytest.raises(ValueError):
        Citation.parse("Art. 30")


def test_the_regulation_is_named_as_each_authority_names_it() -> None:
    assert [regulation(lang) for lang in ("en", "nb", "da", "sv", "fi")] == [
        "GDPR", "personvernforordningen", "databeskyttelsesforordningen",
        "dataskyddsförordningen", "tietosuoja-asetus"]
    assert regulation("en", long=True) == "General Data Protection Regulation"
