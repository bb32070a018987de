"""Citations of the GDPR's articles, as each language's supervisory authority writes them.

A label, a heading or a parenthesis that cites an article asks :func:`cite` for it, so that
the translations hold the words and never the pattern of a citation:

======  =====================================  =========================================
lang    Art. 30(1)(a)                          Art. 49(1), second subparagraph
======  =====================================  =========================================
en      Art. 30(1)(a)                          Art. 49(1) second subparagraph
nb      art. 30 nr. 1 bokstav a                art. 49 nr. 1 annet ledd
da      artikel 30, stk. 1, litra a            artikel 49, stk. 1, 2. afsnit
sv      artikel 30.1 a                         artikel 49.1 andra stycket
fi      30 artiklan 1 kohdan a alakohta        49 artiklan 1 kohdan toinen alakohta
======  =====================================  =========================================

(Datatilsynet in Norway and in Denmark, IMY and the Finnish Data Protection Ombudsman write
them so; the Finnish form is the nominative, as a label or a parenthesis has it.) A citation
inside a sentence whose grammar bends it (the Finnish genitive of "28 artiklan 2 kohdan
mukaan") stays in the sentence's words.

:func:`regulation` names the regulation itself, as those authorities call it.
"""

from __future__ import annotations

import dataclasses
import re

_ORDINALS: dict[str, tuple[str, ...]] = {
    "en": ("first", "second", "third", "fourth"),
    "nb": ("første", "annet", "tredje", "fjerde"),
    "da": ("1.", "2.", "3.", "4."),
    "sv": ("första", "andra", "tredje", "fjärde"),
    "fi": ("ensimmäinen", "toinen", "kolmas", "neljäs"),
}
"""A subparagraph's number as each language names it ("second subparagraph")."""

_REGULATION: dict[str, tuple[str, str]] = {
    "en": ("GDPR", "General Data Protection Regulation"),
    "nb": ("personvernforordningen", "personvernforordningen (GDPR)"),
    "da": ("databeskyttelsesforordningen", "databeskyttelsesforordningen (GDPR)"),
    "sv": ("dataskyddsförordningen", "dataskyddsförordningen (GDPR)"),
    "fi": ("tietosuoja-asetus", "EU:n yleinen tietosuoja-asetus"),
}

_CODE = re.compile(r"(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?")


@dataclasses.dataclass(frozen=True, slots=True)
class Citation:
    """An article of the GDPR, with its paragraph, point (letter) or subparagraph.

    It is a parameter of a message too (:mod:`registry.messages` words it with :func:`cite`).
    """

    article: int
    paragraph: int | None = None
    point: str | None = None
    subparagraph: int | None = None

    @classmethod
    def parse(cls, code: str) -> Citation:
        """The citation an English-style code names: ``"30(1)(a)"``, ``"49(1)"``, ``"6"``."""
        found = _CODE.fullmatch(code.strip())
        if found is None:
            raise ValueError(f"not an article, paragraph and point: {code!r}")
        article, paragraph, point = found.groups()
        return cls(int(article), int(paragraph) if paragraph else None, point)

    def in_(self, lang: str) -> str:
        """The citation as ``lang`` writes it."""
        return cite(self.article, self.paragraph, self.point, lang,
                    subparagraph=self.subparagraph)


_STYLES: dict[str, tuple[str, str, str, str]] = {
    "en": ("Art. {}", "({})", "({})", " {} subparagraph"),
    "nb": ("art. {}", " nr. {}", " bokstav {}", " {} ledd"),
    "da": ("artikel {}", ", stk. {}", ", litra {}", ", {} afsnit"),
    "sv": ("artikel {}", ".{}", " {}", " {} stycket"),
}
"""How each language writes an article, a paragraph, a point and a subparagraph, each part
after the one before it (Finnish bends the parts before the last: :func:`_finnish`)."""


def cite(article: int, paragraph: int | None = None, point: str | None = None,
         lang: str = "en", *, subparagraph: int | None = None) -> str:
    """Article ``article`` (its ``paragraph``, ``point`` or ``subparagraph``) as ``lang``
    writes it, in lower case but in English: ``cite(30, 1, "a", "nb")`` is
    "art. 30 nr. 1 bokstav a". A language the app does not speak reads English."""
    ordinals = _ORDINALS.get(lang, _ORDINALS["en"])
    sub = ordinals[subparagraph - 1] if subparagraph else None
    if lang == "fi":
        return _finnish(article, paragraph, point, sub)
    style = _STYLES.get(lang, _STYLES["en"])
    parts = (article, paragraph, point, sub)
    return "".join(form.format(part) for form, part in zip(style, parts, strict=True) if part)


def _finnish(article: int, paragraph: int | None, point: str | None, sub: str | None) -> str:
    # The last part is in the nominative, those before it in the genitive:
    # "30 artikla", "30 artiklan 1 kohta", "30 artiklan 1 kohdan a alakohta".
    parts = [(f"{article} artikla", f"{article} artiklan")]
    if paragraph:
        parts.append((f"{paragraph} kohta", f"{paragraph} kohdan"))
    if point or sub:
        parts.append((f"{point or sub} alakohta", f"{point or sub} alakohdan"))
    return " ".join([genitive for _, genitive in parts[:-1]] + [parts[-1][0]])


def regulation(lang: str = "en", long: bool = False) -> str:
    """The regulation's name as ``lang`` writes it: "GDPR", "personvernforordningen"; its
    long form ("General Data Protection Regulation") on a title page."""
    short, full = _REGULATION.get(lang, _REGULATION["en"])
    return full if long else short
