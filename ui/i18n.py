"""The window's languages: its own words from Qt's translations, the vocabulary from the
registry's catalogues.

The window's own words (menus, buttons, headings) are Qt Linguist texts
(``resources/translations``), looked up through the installed ``QTranslator``: a widget's
``self.tr()`` in its class's context, a module's ``tr = translator("undo")`` in the context it
names. The labels of the vocabulary (roles, statuses, mechanisms, verdicts) are the registry's
(:mod:`registry.labels`), the same as in the reports; :func:`language` tells them which
language the window speaks.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication


class Translate(Protocol):
    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def translator(context: str) -> Translate:
    """The ``tr()`` of a module whose texts live in ``context``: ``tr = translator("undo")``.

    lupdate files the texts of such a ``tr()`` under no context (it knows only a class's
    ``self.tr()``); ``make translations`` finds this call in the module and files them under
    ``context``, where the returned function looks them up. A plural text passes its count
    as ``n`` (``tr("%n vendor(s)", "", count)``).
    """

    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, disambiguation or None, n)

    return tr


def language() -> str:
    """The language of the installed translation: ``nb``, ``da``, ``sv``, ``fi``, or ``en``
    without one.

    Each translation translates the text ``en`` of the context ``language`` into its own
    code, as Qt's translations say a language's layout direction (``QT_LAYOUT_DIRECTION``),
    so that the labels follow the words of the window whichever translation is installed.
    """
    return QCoreApplication.translate(
        "language", "en", "The code of this translation's language: nb, da, sv or fi.") or "en"
