"""The window's languages: its own words from Qt's translations, the vocabulary from the
registry's catalogues.

The window's own words (menus, buttons, headings) are Qt Linguist texts
(``resources/translations``), looked up through the installed ``QTranslator``. The labels of
the vocabulary (roles, statuses, mechanisms, verdicts) are the registry's
(:mod:`registry.labels`), the same as in the reports; :func:`language` tells them which
language the window speaks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def language() -> str:
    """The language of the installed translation: ``nb``, ``da``, ``sv``, ``fi``, or ``en``
    without one.

    Each translation translates the text ``en`` of the context ``language`` into its own
    code, as Qt's translations say a language's layout direction (``QT_LAYOUT_DIRECTION``),
    so that the labels follow the words of the window whichever translation is installed.
    """
    return QCoreApplication.translate(
        "language", "en", "The code of this translation's language: nb, da, sv or fi.") or "en"
