"""The gettext catalogues say word for word what the tables say, in every language."""

from __future__ import annotations

import pytest

from registry import catalogues
from registry.error_texts import ERROR_TABLES
from registry.form_texts import FORM_TABLES
from registry.message_texts import TABLES, TERM_TABLES
from reports.i18n import TABLES as REPORT_TABLES


@pytest.mark.parametrize("lang", ["nb", "da", "sv", "fi"])
def test_the_catalogues_word_every_text_as_the_tables(lang: str) -> None:
    for domain, tables in (("registry", (TABLES, FORM_TABLES, ERROR_TABLES, TERM_TABLES)),
                           ("reports", (REPORT_TABLES,))):
        old = {key: text for table in tables for key, text in table[lang].items()}
        assert dict(catalogues.translations(domain, lang)) == old, domain
