"""Reusable input widgets of the editors.

Every value widget here has ``value()``, ``setValue()`` and an ``edited`` signal, and may
have ``problem()`` (what is wrong with what was typed) and ``set_read_only()``, so that an
editor binds them all the same way.
"""

from ui.widgets.checklist import CheckList
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.fielderror import FieldError
from ui.widgets.models import ID_ROLE, CheckListModel, RecordListModel
from ui.widgets.pickers import CountryListModel, CountryPicker, RecordPicker
from ui.widgets.stringlist import StringListEdit
from ui.widgets.tables import ChoiceCell, Column, LabelCell, LinkTable, RowsTable, TextCell
from ui.widgets.wheel import guard_wheel

__all__ = [
    "ID_ROLE",
    "CheckList",
    "CheckListModel",
    "ChoiceCell",
    "Column",
    "CountryListModel",
    "CountryPicker",
    "FieldError",
    "LabelCell",
    "LinkTable",
    "OptionalDateEdit",
    "RecordListModel",
    "RecordPicker",
    "RowsTable",
    "StringListEdit",
    "TextCell",
    "guard_wheel",
]
