"""The pages of the main window: the overview and the lists (with their editors)."""

from __future__ import annotations

from ui.pages.list_page import ListPage
from ui.pages.lists import ActivitiesPage, ServicesPage, TransfersPage, VendorsPage
from ui.pages.overview import OverviewPage

__all__ = [
    "ActivitiesPage",
    "ListPage",
    "OverviewPage",
    "ServicesPage",
    "TransfersPage",
    "VendorsPage",
]
