"""Item models of the lists and the Overview's findings tree.

- :mod:`ui.models.labels`: the labels of vocabulary values;
- :mod:`ui.models.records`: the base of the list models (ids, a row cache, verdicts, sorting);
- :mod:`ui.models.lists`: the vendors, services, processing activities and transfers;
- :mod:`ui.models.search`: instant search and filters over a list;
- :mod:`ui.models.findings`: the findings by severity.
"""

from __future__ import annotations

from ui.models.findings import FindingsModel, GrowingFindingsModel
from ui.models.labels import activity_role_label, label, verdict_of
from ui.models.lists import (
    ActivityTableModel,
    ServiceTableModel,
    TransferTableModel,
    VendorTableModel,
)
from ui.models.records import (
    ID_ROLE,
    VERDICT_ROLE,
    Column,
    LazyRows,
    ModelIndex,
    RecordTableModel,
    Row,
    places_of,
)
from ui.models.search import SearchTextShadow, ShadowFilterProxy, filter_pattern, tag_code

__all__ = [
    "ID_ROLE",
    "VERDICT_ROLE",
    "ActivityTableModel",
    "Column",
    "FindingsModel",
    "GrowingFindingsModel",
    "LazyRows",
    "ModelIndex",
    "ShadowFilterProxy",
    "RecordTableModel",
    "Row",
    "SearchTextShadow",
    "ServiceTableModel",
    "TransferTableModel",
    "VendorTableModel",
    "activity_role_label",
    "filter_pattern",
    "label",
    "places_of",
    "tag_code",
    "verdict_of",
]
