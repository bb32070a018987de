"""Checking a parsed document: every problem of it, each with its place in the document.

A document without a single problem can be imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from registry.enums import Mechanism
from registry.exchange.fields import (
    ACTIVITY,
    DPA,
    FORMAT,
    LOCATION,
    ORGANISATION,
    SAFEGUARD,
    SERVICE,
    SERVICE_VENDOR,
    TOP_LEVEL,
    VENDOR,
    VERSION,
)
from registry.exchange.problems import Problem, add_problem, show, text_problem, wrong_type
from registry.messages import Message, Param, msg, sentence
from registry.validation import check_registration


def _json_kind(value: object) -> Message:
    """What a JSON value that is not an object is: a list, a text, null, a number."""
    if isinstance(value, list):
        return msg("error.exchange.json.list")
    if isinstance(value, str):
        return msg("error.exchange.json.text")
    if isinstance(value, bool) or value is None:
        return msg("error.exchange.json.value", value=show(value))
    return msg("error.exchange.json.number")


def header_problem(doc: object, path: str | None = None) -> Problem | None:
    """What keeps ``doc`` from being read as an exchange document of a known version.

    Args:
        doc: the parsed JSON.
        path: the file it was read from, which the message names; None: "The document".
    """
    subject: Param = path if path is not None else msg("error.exchange.document")
    if not isinstance(doc, dict):
        return Problem("", sentence("error.exchange.not_object", subject=subject,
                                    kind=_json_kind(doc)))
    fmt = doc.get("format")
    if fmt != FORMAT:
        found = msg("error.exchange.format.missing")
        if "format" in doc:
            found = msg("error.exchange.format.other", value=show(fmt), expected=FORMAT)
        return Problem("format", sentence("error.exchange.not_exchange", subject=subject,
                                          found=found))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        found = (msg("error.exchange.version.is", value=show(version)) if "version" in doc
                 else msg("error.exchange.version.missing"))
        return Problem("version", sentence("error.exchange.bad_version", subject=subject,
                                           found=found))
    if version > VERSION:
        return Problem("version", sentence("error.exchange.newer", subject=subject,
                                           version=version, newest=VERSION))
    return None


class _Validator:
    """Collects every problem of one document, in document order."""

    def __init__(self) -> None:
        self.out: list[Problem] = []
        self.names: dict[str, dict[str, int]] = {"vendors": {}, "services": {}, "activities": {}}
        """The index of each name in ``vendors``, ``services`` and ``activities``."""
        self.unreadable: set[str] = set()
        """Those of the three that are not lists: references to them cannot be checked."""

    def problem(self, where: str, message: str) -> None:
        self.out.append(Problem(where, message))

    def records(self, doc: Mapping[str, Any], key: str) -> list[Any]:
        value = doc.get(key)
        if isinstance(value, list):
            return value
        self.problem(key, "Is required." if key not in doc else wrong_type("a list", value))
        self.unreadable.add(key)
        return []

    def register(self, record: Mapping[str, Any], key: str, index: int) -> None:
        """Record the name of ``doc[key][index]``, or report that it is taken."""
        name = record.get("name")
        if not isinstance(name, str) or not name.strip():
            return
        names = self.names[key]
        if name in names:
            self.problem(
                f"{key}[{index}].name",
                f"{show(name)} is already the name of {key}[{names[name]}]; names must be unique.",
            )
        else:
            names[name] = index

    def document(self, doc: Mapping[str, Any]) -> None:
        for key in doc:
            if key not in TOP_LEVEL:
                self.problem("", f"{show(key)} is not a key of an exchange document.")
        self.organisation(doc)
        vendors = self.records(doc, "vendors")
        for i, vendor in enumerate(vendors):
            self.vendor(vendor, f"vendors[{i}]", i)
        self.parents(vendors)
        for i, service in enumerate(self.records(doc, "services")):
            self.service(service, f"services[{i}]", i)
        for i, activity in enumerate(self.records(doc, "activities")):
            self.activity(activity, f"activities[{i}]", i)

    def organisation(self, doc: Mapping[str, Any]) -> None:
        if "organisation" not in doc:
            self.problem("organisation", "Is required.")
            return
        org = doc["organisation"]
        bad = ORGANISATION.check(org, "organisation", self.out)
        if bad is None:
            return
        self.registration(org, "organisation", bad)
        if org.get("is_controller", True) is False and org.get("is_processor", False) is False:
            self.problem(
                "organisation",
                "The organisation must be a controller, a processor or both: "
                "is_controller and is_processor cannot both be false.",
            )

    def registration(self, obj: Mapping[str, Any], where: str, bad: set[str]) -> None:
        if {"country", "registration_number"} & bad or not obj.get("country"):
            return
        problem = check_registration(obj["country"], obj.get("registration_number", ""))
        if problem is not None:
            self.problem(f"{where}.registration_number", problem)

    def vendor(self, vendor: object, where: str, index: int) -> None:
        bad = VENDOR.check(vendor, where, self.out)
        if bad is None:
            return
        assert isinstance(vendor, dict)
        self.register(vendor, "vendors", index)
        self.registration(vendor, where, bad)
        start, end = vendor.get("start_date"), vendor.get("end_date")
        if start and end and not {"start_date", "end_date"} & bad and end < start:
            self.problem(f"{where}.end_date", f"{end} is before the start date {start}.")
        parent = vendor.get("parent")
        if parent is not None:
            add_problem(self.out, f"{where}.parent", text_problem(parent, None))
        self.locations(vendor, where)
        self.safeguards(vendor, where)
        dpa = vendor.get("dpa")
        if dpa is not None:
            DPA.check(dpa, f"{where}.dpa", self.out)

    def nested(self, obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = obj.get(key, [])
        if isinstance(value, list):
            return value
        self.problem(f"{where}.{key}", wrong_type("a list", value))
        return []

    def locations(self, vendor: Mapping[str, Any], where: str) -> None:
        seen: dict[tuple[str, str, str], int] = {}
        for i, loc in enumerate(self.nested(vendor, "locations", where)):
            spot = f"{where}.locations[{i}]"
            bad = LOCATION.check(loc, spot, self.out)
            if bad is None or bad:
                continue
            key = (loc["country"], loc["kind"], loc.get("detail", ""))
            if key in seen:
                self.problem(
                    spot, f"Repeats locations[{seen[key]}] (same country, kind and detail)."
                )
            seen.setdefault(key, i)

    def safeguards(self, vendor: Mapping[str, Any], where: str) -> None:
        seen: dict[str, int] = {}
        for i, safeguard in enumerate(self.nested(vendor, "safeguards", where)):
            spot = f"{where}.safeguards[{i}]"
            bad = SAFEGUARD.check(safeguard, spot, self.out)
            if bad is None:
                continue
            if "country" not in bad:
                country = safeguard["country"]
                if country in seen:
                    self.problem(
                        f"{spot}.country",
                        f'"{country}" already has a safeguard (safeguards[{seen[country]}]); '
                        "a vendor has one safeguard per country.",
                    )
                seen.setdefault(country, i)
            if "mechanism" not in bad:
                self.mechanism_details(safeguard, spot, bad)

    def mechanism_details(self, safeguard: Mapping[str, Any], spot: str, bad: set[str]) -> None:
        mechanism = safeguard["mechanism"]
        if safeguard.get("scc_module") is not None and "scc_module" not in bad:
            if mechanism != Mechanism.SCC_2021:
                self.problem(
                    f"{spot}.scc_module",
                    f'An SCC module goes with mechanism "scc_2021" only, not "{mechanism}"; '
                    "use null.",
                )
        if safeguard.get("derogation") is not None and "derogation" not in bad:
            if mechanism != Mechanism.DEROGATION:
                self.problem(
                    f"{spot}.derogation",
                    f'A derogation goes with mechanism "derogation" only, not "{mechanism}"; '
                    "use null.",
                )

    def parents(self, vendors: list[Any]) -> None:
        known = self.names["vendors"]
        parents: dict[str, str] = {}
        for i, vendor in enumerate(vendors):
            name = vendor.get("name") if isinstance(vendor, dict) else None
            parent = vendor.get("parent") if isinstance(vendor, dict) else None
            if not isinstance(name, str) or not isinstance(parent, str):
                continue
            if parent == name:
                self.problem(f"vendors[{i}].parent", "A vendor cannot be its own parent.")
            elif parent not in known:
                self.problem(f"vendors[{i}].parent", f"There is no vendor named {show(parent)}.")
            elif known.get(name) == i:
                parents[name] = parent
        for cycle in _cycles(parents, known):
            chain = " → ".join(show(name) for name in (*cycle, cycle[0]))
            self.problem(
                f"vendors[{known[cycle[0]]}].parent",
                f"The parents form a cycle: {chain}. A vendor cannot be its own "
                "sub-processor, directly or through others.",
            )

    def references(self, names: object, where: str, key: str) -> None:
        """Check a list of names of records of ``doc[key]``."""
        if not isinstance(names, list):
            self.problem(where, wrong_type(f"a list of {key[:-1]} names", names))
            return
        seen: dict[str, str] = {}
        for i, name in enumerate(names):
            self.reference(name, f"{where}[{i}]", key, seen)

    def reference(self, name: object, spot: str, key: str, seen: dict[str, str]) -> None:
        """Check a name of a record of ``doc[key]``; ``seen`` holds the names listed so far."""
        if not add_problem(self.out, spot, text_problem(name, None)):
            return
        assert isinstance(name, str)
        if name not in self.names[key] and key not in self.unreadable:
            self.problem(spot, f"There is no {key[:-1]} named {show(name)}.")
        elif name in seen:
            self.problem(spot, f"{show(name)} is already listed at {seen[name]}.")
        else:
            seen[name] = spot

    def service(self, service: object, where: str, index: int) -> None:
        bad = SERVICE.check(service, where, self.out)
        if bad is None:
            return
        assert isinstance(service, dict)
        self.register(service, "services", index)
        seen: dict[str, str] = {}
        for i, link in enumerate(self.nested(service, "vendors", where)):
            spot = f"{where}.vendors[{i}]"
            if SERVICE_VENDOR.check(link, spot, self.out) is None:
                continue
            if "vendor" not in link:
                self.problem(f"{spot}.vendor", "Is required.")
            else:
                self.reference(link["vendor"], f"{spot}.vendor", "vendors", seen)

    def activity(self, activity: object, where: str, index: int) -> None:
        bad = ACTIVITY.check(activity, where, self.out)
        if bad is None:
            return
        assert isinstance(activity, dict)
        self.register(activity, "activities", index)
        self.references(activity.get("vendors", []), f"{where}.vendors", "vendors")
        self.references(activity.get("services", []), f"{where}.services", "services")


def _cycles(parents: Mapping[str, str], order: Mapping[str, int]) -> list[tuple[str, ...]]:
    """Every cycle of the parent relation, each once, starting at its first vendor."""
    cycles: list[tuple[str, ...]] = []
    done: set[str] = set()
    for start in parents:
        path: list[str] = []
        on_path: dict[str, int] = {}
        current: str | None = start
        while current is not None and current not in done and current not in on_path:
            on_path[current] = len(path)
            path.append(current)
            current = parents.get(current)
        if current is not None and current in on_path:
            cycle = path[on_path[current] :]
            first = min(range(len(cycle)), key=lambda k: order[cycle[k]])
            cycles.append(tuple(cycle[first:] + cycle[:first]))
        done.update(path)
    return sorted(cycles, key=lambda c: order[c[0]])


def validate_document(doc: object) -> list[Problem]:
    """Every problem of an exchange document, each with its place in the document.

    Checks types, required fields, closed vocabularies, dates, country codes, web and
    e-mail addresses, registration numbers, text lengths, unique names, references between
    records, parent cycles and the rules that tie fields of a safeguard together. A
    document without problems can be imported.

    Args:
        doc: the parsed JSON document.

    Returns:
        The problems in document order; empty when the document can be imported.
    """
    header = header_problem(doc)
    if header is not None:
        return [header]
    assert isinstance(doc, dict)
    validator = _Validator()
    validator.document(doc)
    return validator.out
