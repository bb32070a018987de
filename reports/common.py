"""What every report shares: the job (registry, date, language, scope), progress and cancel,
and writing the output file so that a failed or cancelled run never leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from importlib import metadata

from registry.assessment import Transfer, assess_transfers
from registry.enums import LANGUAGES
from registry.errors import UserError
from registry.facts import Facts, load_facts
from registry.messages import msg, names, sentence
from registry.snapshot import ActivityRow, ServiceRow, Snapshot, VendorRow
from reports import Cancelled
from reports.i18n import Strings

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


@functools.cache
def app_version() -> str:
    """The installed version of the app, shown on every report."""
    try:
        return metadata.version("subprocessor-registry")
    except metadata.PackageNotFoundError:
        return "0.1.0"


def check_language(lang: str) -> str:
    """``lang`` when the reports speak it.

    Raises:
        UserError: naming the languages there are.
    """
    if lang not in LANGUAGES:
        raise UserError(sentence("error.report.language", lang=lang,
                                 languages=", ".join(LANGUAGES)))
    return lang


def find_service(snapshot: Snapshot, name: str | None) -> ServiceRow | None:
    """The service called ``name`` (None for all services).

    Raises:
        UserError: naming the services there are.
    """
    if name is None or not name.strip():
        return None
    service = snapshot.service_by_name(name.strip())
    if service is None:
        known = names(s.name for s in snapshot.services.values())
        raise UserError(sentence("error.report.no_service", name=name,
                                 known=known if known.items else msg("error.report.no_services")))
    return service


class Job:
    """One run of one report: the registry, the date, the language and the chosen service.

    Reports read everything through a job, so the scope (all services or one) is applied in
    one place, and progress and cancel are checked the same way everywhere.
    """

    def __init__(
        self,
        snapshot: Snapshot,
        *,
        lang: str,
        as_of: dt.date,
        service: ServiceRow | None,
        facts: Facts | None,
        progress: ProgressFn | None,
        cancelled: CancelledFn | None,
    ) -> None:
        self.snapshot = snapshot
        self.lang = lang
        self.t = Strings(lang)
        self.as_of = as_of
        self.service = service
        self.facts = facts or load_facts()
        self._progress = progress
        self._cancelled = cancelled
        self._total = 1
        self._done = 0

    @functools.cached_property
    def transfers(self) -> tuple[Transfer, ...]:
        """Every third-country transfer on the as-of date, with how it is covered.

        Only the transfer part of the assessment: the reports need no other finding.
        """
        transfers, _findings = assess_transfers(self.snapshot, self.as_of, self.facts)
        return tuple(transfers)

    @functools.cached_property
    def vendor_ids(self) -> frozenset[int]:
        """The vendors in scope: all, or the service's vendors and their sub-processors."""
        if self.service is None:
            return frozenset(self.snapshot.vendors)
        found: set[int] = set()
        stack = [vid for vid, _ in self.service.vendors]
        children = self._children()
        while stack:
            vid = stack.pop()
            if vid in found or vid not in self.snapshot.vendors:
                continue
            found.add(vid)
            stack.extend(children.get(vid, ()))
        return frozenset(found)

    def _children(self) -> dict[int, list[int]]:
        children: dict[int, list[int]] = {}
        for v in self.snapshot.vendors.values():
            if v.parent_id is not None:
                children.setdefault(v.parent_id, []).append(v.id)
        return children

    def vendors(self) -> list[VendorRow]:
        """Vendors in scope, by name."""
        ids = self.vendor_ids
        return [v for v in self.snapshot.vendors.values() if v.id in ids]

    def activities(self) -> list[ActivityRow]:
        """Records in scope, by name."""
        acts = self.snapshot.activities.values()
        if self.service is None:
            return list(acts)
        sid = self.service.id
        return [a for a in acts if sid in a.service_ids]

    def services(self) -> list[ServiceRow]:
        if self.service is not None:
            return [self.service]
        return list(self.snapshot.services.values())

    # --- progress and cancel --------------------------------------------------------------

    def plan(self, total: int) -> None:
        """Announce how many steps the run has."""
        self._total = max(total, 1)
        self._done = 0
        self.step(0)

    def step(self, count: int = 1) -> None:
        """Count ``count`` steps done; report progress and stop when cancelled.

        Raises:
            Cancelled: the user asked to stop.
        """
        self._done = min(self._done + count, self._total)
        if self._cancelled is not None and self._cancelled():
            raise Cancelled("The report was cancelled.")
        if self._progress is not None:
            self._progress(self._done, self._total)

    def finish(self) -> None:
        self._done = self._total
        if self._progress is not None:
            self._progress(self._total, self._total)
