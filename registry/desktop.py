"""The app in the applications menu of a Linux desktop (``install-desktop``).

A desktop finds an app by its desktop entry in ``$XDG_DATA_HOME/applications`` and its icon
in the ``hicolor`` theme of ``$XDG_DATA_HOME/icons`` (the freedesktop.org Desktop Entry and
Icon Theme specifications; ``~/.local/share`` when ``XDG_DATA_HOME`` is not set). The shipped
entry (``resources/desktop/subprocessor-registry.desktop``) starts ``subprocessor-registry``
from the ``PATH``; the one installed here starts the program that installs it, wherever it
is: the app folder of the bundle, or the Python of the environment pip or pipx installed the
app into. No Qt here: the command line runs it.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from registry.errors import UserError
from registry.files import unwritable
from registry.messages import sentence
from registry.resources import DESKTOP

APP_ID = "subprocessor-registry"
"""The name of the desktop entry and of the icon (and the window's ``desktopFileName``)."""

ENTRY = DESKTOP / f"{APP_ID}.desktop"

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
"""Characters that make an argument of ``Exec`` need quotes (Desktop Entry spec, "The Exec
key")."""


def data_home() -> Path:
    """Where the user's applications and icons go: ``$XDG_DATA_HOME`` or ``~/.local/share``."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def this_program() -> list[str]:
    """The command that starts this app again: the bundle's own program, else this Python
    running the installed module (``python -m subprocessor_registry``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "subprocessor_registry"]


def exec_value(command: Sequence[str]) -> str:
    """``command`` as the value of an ``Exec`` key: each argument quoted where it must be,
    then escaped as any string value is."""
    arguments = []
    for argument in command:
        if argument and not _RESERVED & set(argument):
            arguments.append(argument.replace("%", "%%"))
            continue
        quoted = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
        arguments.append('"' + quoted.replace("%", "%%") + '"')
    return " ".join(arguments).replace("\\", "\\\\")


def _icons() -> list[tuple[Path, Path]]:
    """Each shipped icon and its place under the icon theme: ``hicolor/<n>x<n>/apps/`` for
    each PNG, ``hicolor/scalable/apps/`` for the SVG."""
    pngs = sorted((DESKTOP / "hicolor").glob(f"*/apps/{APP_ID}.png"))
    placed = [(png, png.relative_to(DESKTOP)) for png in pngs]
    placed.append((DESKTOP / f"{APP_ID}.svg", Path("hicolor", "scalable", "apps", f"{APP_ID}.svg")))
    return placed


def _entry_text(command: Sequence[str]) -> str:
    lines = []
    for line in ENTRY.read_text("utf-8").splitlines():
        key = line.partition("=")[0]
        if key == "Exec":
            line = f"Exec={exec_value(command)}"
        elif key == "TryExec":
            line = f"TryExec={exec_value(command[:1])}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _refuse_elsewhere() -> None:
    if not sys.platform.startswith("linux"):
        raise UserError(sentence("error.desktop.not_linux"))


def install_desktop(command: Sequence[str] | None = None,
                    home: Path | None = None) -> tuple[Path, Path]:
    """Put the desktop entry and the icons in place for this user; replaces what an earlier
    install put there.

    Args:
        command: what the entry starts (default: :func:`this_program`).
        home: the data folder (default: :func:`data_home`).

    Returns:
        The desktop entry written, and the icon theme folder the icons went to.

    Raises:
        UserError: not on Linux, or a folder or file cannot be written.
    """
    _refuse_elsewhere()
    home = home or data_home()
    entry = home / "applications" / ENTRY.name
    icons = home / "icons"
    target = entry.parent
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        target = entry
        entry.write_text(_entry_text(command or this_program()), "utf-8")
        for source, place in _icons():
            target = icons / place
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    except OSError as exc:
        raise unwritable(str(target), exc) from None
    _touch_theme(icons / "hicolor")
    return entry, icons / "hicolor"


def remove_desktop(home: Path | None = None) -> None:
    """Take away what :func:`install_desktop` put in place (what is not there is skipped)."""
    _refuse_elsewhere()
    home = home or data_home()
    targets = [home / "applications" / ENTRY.name]
    targets += [home / "icons" / place for _, place in _icons()]
    for target in targets:
        try:
            target.unlink(missing_ok=True)
        except OSError as exc:
            raise unwritable(str(target), exc) from None
    _touch_theme(home / "icons" / "hicolor")


def _touch_theme(theme: Path) -> None:
    """Tell icon caches the theme folder changed (they compare its time), where it exists."""
    try:
        os.utime(theme)
    except OSError:
        pass
