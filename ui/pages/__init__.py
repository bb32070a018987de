"""The pages of the main window: the overview, the lists (with their editors) and the history."""

from __future__ import annotations

from ui.pages.history import HistoryPage
from ui.pages.list_page import ListPage
from ui.pages.lists import ActivitiesPage, ServicesPage, TransfersPage, VendorsPage
from ui.pages.overview import OverviewPage

__all__ = [
    "ActivitiesPage",
    "HistoryPage",
    "ListPage",
    "OverviewPage",
    "ServicesPage",
    "TransfersPage",
    "VendorsPage",
]
