"""The words of the history of changes, in English: the source of their translations.

What the History page, a record's History panel, the history's CSV file and ``main.py
history`` say beside the labels of the fields and the actions (:mod:`registry.labels`, the
vocabularies ``field`` and ``action``): the columns, what an import or a list change was, and
how a yes, a number of days or the contents of a registry read. :mod:`registry.history` words
them; :mod:`registry.messages` knows them with the other tables. Every key starts with
``history.``, so no key is shared with another table.

The other languages (nb, da, sv, fi) are in the gettext catalogue ``registry``
(:mod:`registry.catalogues`), with the same keys and each message with the same
``{parameters}`` (a test checks both).
"""

from __future__ import annotations

EN: dict[str, str | tuple[str, str]] = {
    # the columns, on the History page, in a record's History panel and in the CSV file
    "history.column.when": "When",
    "history.column.who": "Who",
    "history.column.kind": "Kind",
    "history.column.record": "Record",
    "history.column.what": "Change",
    "history.column.old": "Before",
    "history.column.new": "After",
    # what changed: an import, a list that grew or shrank, another part's action on a field
    "history.imported_from": "Imported from {file}",
    "history.removed_by_import": "Removed by the import of {file}",
    "history.list.added": "{field}: added",
    "history.list.removed": "{field}: removed",
    "history.action_field": "{action}: {field}",
    # values
    "history.yes": "Yes",
    "history.no": "No",
    "history.days": ("{count} day", "{count} days"),
    "history.months": ("{count} month", "{count} months"),
    # what a registry held before and after an import
    "history.vendors": ("{count} vendor", "{count} vendors"),
    "history.services": ("{count} service", "{count} services"),
    "history.activities": ("{count} processing activity", "{count} processing activities"),
}
