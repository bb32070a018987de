"""Every user setting of the app, declared once: key, default and type (and what it is for,
in its docstring).

Widgets never call ``QSettings`` with a string key; they read and write a declared
:class:`Setting` through :class:`Settings` (MusicBrainz Picard ``options.py``)::

    settings.get(LAST_PAGE)          # -> "vendors"
    settings.set(LAST_PAGE, "transfers")

The values live in an INI file in the user's configuration directory (tests pass a file of
their own), so they read the same on every platform.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

import platformdirs

from PySide6.QtCore import QByteArray, QSettings

from registry.storage import APP_NAME

T = TypeVar("T")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context``; translate it where it is shown.

    Qt's own marker is typed as returning ``object``; this one keeps ``str``.
    """
    return text

MAX_RECENT_FILES = 8


@dataclasses.dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting.

    Attributes:
        key: where it is stored (``section/name``).
        default: the value when nothing is stored (or what is stored is unusable).
        type: the Python type of the value: ``str``, ``int``, ``bool``, ``list`` (of str)
            or ``QByteArray``.
    """

    key: str
    default: T
    type: type


SETTINGS: dict[str, Setting[Any]] = {}
"""Every declared setting by key."""


def declare(key: str, default: T, kind: type) -> Setting[T]:
    """Declare a setting; a key can be declared only once."""
    if key in SETTINGS:
        raise ValueError(f"setting {key} is declared twice")
    setting: Setting[T] = Setting(key, default, kind)
    SETTINGS[key] = setting
    return setting


PAGES = ("overview", "vendors", "services", "activities", "transfers", "history")
"""The pages of the main window, in navigation order (also the keys of their settings)."""

LANGUAGE = declare("ui/language", "", str)
"""The user interface language (empty: the system's)."""
RECENT_FILES = declare("files/recent", cast(list[str], []), list)
"""The registries opened recently, the latest first."""
LAST_DATABASE = declare("files/last", "", str)
"""The registry opened last."""
WINDOW_GEOMETRY = declare("window/geometry", QByteArray(), QByteArray)
"""The size and place of the main window."""
WINDOW_STATE = declare("window/state", QByteArray(), QByteArray)
"""The tool bars and docks of the main window."""
NAVIGATION_SPLITTER = declare("window/navigation", QByteArray(), QByteArray)
"""The width of the navigation list."""
LAST_PAGE = declare("window/page", "overview", str)
"""The page shown last."""
OVERVIEW_SPLITTER = declare("overview/splitter", QByteArray(), QByteArray)
"""The widths of the findings and the chart on the overview."""
OVERVIEW_HEADER = declare("overview/header", QByteArray(), QByteArray)
"""The column widths of the findings."""
LIST_HEADERS: dict[str, Setting[QByteArray]] = {
    page: declare(f"{page}/header", QByteArray(), QByteArray) for page in PAGES[1:]
}
"""The column widths and order of each list, by page."""
LIST_SPLITTERS: dict[str, Setting[QByteArray]] = {
    page: declare(f"{page}/splitter", QByteArray(), QByteArray) for page in PAGES[1:]
}
"""The widths of each list and its editor, by page."""


def settings_file() -> Path:
    """The INI file of the user's settings (``SPR_SETTINGS`` overrides it)."""
    override = os.environ.get("SPR_SETTINGS")
    if override:
        return Path(override)
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "settings.ini"


class Settings:
    """Typed access to the declared settings over one ``QSettings`` INI file.

    Args:
        path: the INI file; the user's own (:func:`settings_file`) when None.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when none (or an unusable one) is stored."""
        raw = self._qsettings.value(setting.key)
        if raw is None:
            return _copy(setting.default)
        try:
            return cast(T, _convert(raw, setting.type))
        except (TypeError, ValueError):
            return _copy(setting.default)

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a value (written to disk by :meth:`sync` or when the app ends)."""
        if setting.type is list:
            value = cast(T, [str(v) for v in cast(list[Any], value)])
        self._qsettings.setValue(setting.key, value)

    def reset(self, setting: Setting[Any]) -> None:
        """Forget the stored value: the default applies again."""
        self._qsettings.remove(setting.key)

    def sync(self) -> None:
        """Write pending changes to the file."""
        self._qsettings.sync()

    def add_recent_file(self, path: str) -> list[str]:
        """Put ``path`` first in the recent files (at most :data:`MAX_RECENT_FILES`)."""
        files = [f for f in self.get(RECENT_FILES) if f != path]
        files.insert(0, path)
        del files[MAX_RECENT_FILES:]
        self.set(RECENT_FILES, files)
        return files


def _copy(value: T) -> T:
    if isinstance(value, list):
        return cast(T, list(value))
    if isinstance(value, QByteArray):
        return cast(T, QByteArray(value))
    return value


def _convert(raw: object, kind: type) -> object:
    """A value read from an INI file as ``kind`` (INI files keep everything as text)."""
    if kind is bool:
        if isinstance(raw, str):
            if raw.lower() in ("true", "1", "yes"):
                return True
            if raw.lower() in ("false", "0", "no"):
                return False
            raise ValueError(raw)
        return bool(raw)
    if kind is int:
        return int(cast(Any, raw))
    if kind is str:
        if not isinstance(raw, str):
            raise TypeError(raw)
        return raw
    if kind is list:
        # An INI file gives back a one-item list as a plain string.
        if isinstance(raw, str):
            return [raw] if raw else []
        if isinstance(raw, list | tuple):
            return [str(v) for v in raw]
        raise TypeError(raw)
    if kind is QByteArray:
        if isinstance(raw, QByteArray):
            return raw
        if isinstance(raw, bytes):
            return QByteArray(raw)
        raise TypeError(raw)
    raise TypeError(f"unsupported setting type {kind}")
