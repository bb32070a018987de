"""Record editors for the side panel, and the organisation's details.

Every editor is a :class:`RecordEditor`: ``load(id)``, ``save()``, ``revert()``,
``maybe_save()``, ``is_dirty()``, with ``saved(int)`` and ``dirtyChanged(bool)``.
"""

from ui.editors.activity import ActivityEditor
from ui.editors.base import RecordEditor, UnsavedChangesDialog
from ui.editors.organisation import OrganisationEditor
from ui.editors.service import ServiceEditor
from ui.editors.vendor import VendorEditor

__all__ = [
    "ActivityEditor",
    "OrganisationEditor",
    "RecordEditor",
    "ServiceEditor",
    "UnsavedChangesDialog",
    "VendorEditor",
]
