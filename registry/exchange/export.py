"""Exporting a registry: the document of a snapshot, and the file it is written to.

The same registry always gives the same document, byte for byte.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from registry.exchange.fields import (
    ACTIVITY,
    DPA,
    FORMAT,
    LOCATION,
    ORGANISATION,
    SAFEGUARD,
    SERVICE,
    VENDOR,
    VERSION,
)
from registry.files import atomic_output
from registry.snapshot import Snapshot, VendorRow, load_snapshot


def _by_name(name: str) -> tuple[str, str]:
    """Sort key of the document: case-insensitive, then exact, so the order is total."""
    return name.casefold(), name


def _export_vendor(vendor: VendorRow, names: Mapping[int, str]) -> dict[str, Any]:
    doc = VENDOR.to_doc(vendor)
    doc["parent"] = names.get(vendor.parent_id) if vendor.parent_id is not None else None
    doc["locations"] = [LOCATION.to_doc(loc) for loc in vendor.locations]
    doc["safeguards"] = [
        SAFEGUARD.to_doc(s) for s in sorted(vendor.safeguards, key=lambda s: s.country)
    ]
    doc["dpa"] = DPA.to_doc(vendor.dpa) if vendor.dpa is not None else None
    return doc


def export_document(snapshot: Snapshot) -> dict[str, Any]:
    """The registry of ``snapshot`` as an exchange document.

    Records are sorted by name, nested lists are in a stable order and every key is
    present, so the same registry always gives the same document.

    Args:
        snapshot: the registry, as read by ``registry.snapshot.load_snapshot``.

    Returns:
        The document, ready for ``json.dump`` (see ``write_document``).
    """
    vendor_names = {vid: v.name for vid, v in snapshot.vendors.items()}
    service_names = {sid: s.name for sid, s in snapshot.services.items()}
    vendors = [
        _export_vendor(v, vendor_names)
        for v in sorted(snapshot.vendors.values(), key=lambda v: _by_name(v.name))
    ]
    services = []
    for service in sorted(snapshot.services.values(), key=lambda s: _by_name(s.name)):
        doc = SERVICE.to_doc(service)
        links = sorted(service.vendors, key=lambda p: _by_name(vendor_names[p[0]]))
        doc["vendors"] = [{"vendor": vendor_names[vid], "purpose": p} for vid, p in links]
        services.append(doc)
    activities = []
    for activity in sorted(snapshot.activities.values(), key=lambda a: _by_name(a.name)):
        doc = ACTIVITY.to_doc(activity)
        doc["vendors"] = sorted((vendor_names[i] for i in activity.vendor_ids), key=_by_name)
        doc["services"] = sorted((service_names[i] for i in activity.service_ids), key=_by_name)
        activities.append(doc)
    return {
        "format": FORMAT,
        "version": VERSION,
        "organisation": ORGANISATION.to_doc(snapshot.organisation),
        "vendors": vendors,
        "services": services,
        "activities": activities,
    }


def export_registry(session: Session) -> dict[str, Any]:
    """The whole registry of ``session``'s database as an exchange document."""
    return export_document(load_snapshot(session))


def dumps_document(doc: Mapping[str, Any]) -> str:
    """The document as JSON text with one top-level key, and one record, per line.

    A line per record keeps two exports easy to compare with a diff tool, and lets the
    fast (C) JSON encoder write each record, which an indented dump cannot use.
    """
    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))

    lines = []
    for key, value in doc.items():
        if isinstance(value, list) and value:
            items = ",\n".join("    " + one(item) for item in value)
            lines.append(f"  {one(key)}: [\n{items}\n  ]")
        else:
            lines.append(f"  {one(key)}: {one(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def write_document(doc: Mapping[str, Any], path: str | os.PathLike[str]) -> None:
    """Write a document as UTF-8 JSON, replacing ``path`` only once it is complete.

    Raises:
        UserError: when the file must not or cannot be written (see
            :func:`registry.files.check_output`).
    """
    data = dumps_document(doc).encode("utf-8")
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)
