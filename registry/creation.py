"""Making a new registry file: an empty one for an organisation, or the demo registry.

The window's first start and File > New call :func:`create_registry`; it lives here rather
than in :mod:`registry.storage` because filling the demo needs :mod:`registry.demo`, which
already reaches storage through :mod:`registry.maintenance` and :mod:`registry.messages`.
"""

from __future__ import annotations

from pathlib import Path

from registry.errors import DatabaseError
from registry.messages import sentence
from registry.storage import Registry, open_registry


def create_registry(path: Path, *, name: str | None = None, demo: bool = False,
                    replace: bool = False) -> Registry:
    """Create a registry file: the demo registry, or an empty one for ``name``.

    Args:
        path: the new file.
        name: the organisation's name (for an empty registry).
        demo: fill it with the demo registry.
        replace: remove a file already at ``path`` (the user confirmed overwriting it).

    Returns:
        The new registry, open.

    Raises:
        UserError: when the file cannot be created.
    """
    if replace:
        for leftover in (path, path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError as exc:
                raise DatabaseError(sentence("error.file.not_replaced", path=str(leftover),
                                             reason=str(exc.strerror or exc))) from exc
    registry = open_registry(path, create=True)
    try:
        if demo:
            from registry.demo import build_demo

            with registry.session() as session:
                build_demo(session)
        elif name:
            from registry.forms import OrganisationForm
            from registry.usecases import save_organisation

            with registry.session() as session:
                save_organisation(session, OrganisationForm(name=name))
    except BaseException:
        registry.close()
        raise
    return registry
