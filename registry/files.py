"""Writing the files a person names: a report, an export.

Every such file is written the same way (:func:`atomic_output`): checked first, written to a
temporary file beside its target, and renamed onto the target only when it is complete. A
failed, cancelled or interrupted run leaves the target as it was and no temporary file.

What is never written (:func:`check_output`):
- the registry that is open in this process, under any spelling of its path (``./a/../x``, a
  symbolic or a hard link), nor its ``-wal``, ``-shm`` and ``-journal`` files: SQLite keeps
  the newest changes there;
- any other SQLite database: a report or an export never replaces a registry;
- what is not a regular file: a folder, a device such as ``/dev/full``, a named pipe (writing
  into one would wait for a reader for ever), a socket;
- a file name longer than the file system allows.

A symbolic link is written through: its target gets the new content and the link stays.

A CSV file (:func:`write_csv`) is UTF-8 with a byte order mark, so that Excel reads its
letters right, and no cell of it can run as a formula when a spreadsheet opens it
(:func:`spreadsheet_text`).
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from registry.errors import UserError
from registry.messages import sentence

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
"""What SQLite keeps beside a database file while it is open."""

_open_registries: dict[str, int] = {}
_lock = threading.Lock()


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


NEW_FILE_MODE = 0o666 & ~_read_umask()
"""The mode a new output gets (read once, at start-up: setting the umask to read it is not
safe while a report is written on another thread)."""


def _key(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.realpath(path))


def guard_registry(path: str | os.PathLike[str]) -> None:
    """``path`` is a registry file open in this process: no output may replace it."""
    with _lock:
        key = _key(path)
        _open_registries[key] = _open_registries.get(key, 0) + 1


def release_registry(path: str | os.PathLike[str]) -> None:
    """The registry file ``path`` was closed (as often as it was guarded)."""
    with _lock:
        key = _key(path)
        count = _open_registries.get(key, 0) - 1
        if count > 0:
            _open_registries[key] = count
        else:
            _open_registries.pop(key, None)


def _is_open_registry(target: str) -> bool:
    with _lock:
        guarded = list(_open_registries)
    for registry in guarded:
        if target == registry or any(target == registry + side for side in SIDE_FILES):
            return True
        # A hard link has another path but the same file.
        with contextlib.suppress(OSError):
            if os.path.samefile(target, registry):
                return True
    return False


def _name_too_long(path: Path) -> bool:
    try:
        limit = os.pathconf(path.parent, "PC_NAME_MAX")
    except (OSError, ValueError):
        limit = 255
    return len(os.fsencode(path.name)) > limit


def check_output(out: str | os.PathLike[str]) -> Path:
    """Refuse an output path that must not or cannot be written, with a sentence.

    Returns:
        The file to write: ``out`` itself, or the file a symbolic link ``out`` points to.

    Raises:
        UserError: the path is the open registry or another database, not a regular file,
            in a missing folder, too long a name, or read-only.
    """
    given = str(out)
    path = Path(out)
    try:
        target = Path(os.path.realpath(path, strict=False))
    except OSError as exc:  # a loop of symbolic links
        raise UserError(sentence("error.file.unwritable", path=given,
                                 reason=str(exc.strerror or exc))) from exc
    if _name_too_long(path) or _name_too_long(target):
        raise UserError(sentence("error.file.name_too_long", path=given))
    parent = target.parent
    if not parent.exists():
        raise UserError(sentence("error.report.no_folder", path=given,
                                 folder=str(path.parent)))
    if not parent.is_dir():
        raise UserError(sentence("error.report.not_a_folder", path=given,
                                 folder=str(path.parent)))
    if _is_open_registry(_key(target)):
        raise UserError(sentence("error.output.is_registry", path=given))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise UserError(sentence("error.file.unwritable", path=given,
                                 reason=str(exc.strerror or exc))) from exc
    if stat.S_ISDIR(mode):
        raise UserError(sentence("error.report.is_folder", path=given))
    if not stat.S_ISREG(mode):
        raise UserError(sentence("error.output.not_a_file", path=given))
    if _starts_like_a_database(target):
        raise UserError(sentence("error.output.is_database", path=given))
    if not os.access(target, os.W_OK):
        raise UserError(sentence("error.report.read_only", path=given))
    return target


def _starts_like_a_database(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def unwritable(path: str, exc: OSError) -> UserError:
    """Why ``path`` could not be written, as a sentence."""
    if exc.errno == errno.ENOSPC:
        return UserError(sentence("error.file.disk_full", path=path))
    if exc.errno == errno.ENAMETOOLONG:
        return UserError(sentence("error.file.name_too_long", path=path))
    if exc.errno in (errno.EBUSY, errno.ETXTBSY):
        return UserError(sentence("error.report.busy", path=path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(sentence("error.report.denied", path=path))
    return UserError(sentence("error.file.unwritable", path=path,
                              reason=str(exc.strerror or exc)))


@contextlib.contextmanager
def atomic_output(out: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary file beside ``out`` (or the file it links to), renamed onto it only when
    the block succeeds; removed whatever happens otherwise (an error, Ctrl+C, a SIGTERM
    that the command line turns into an exception).

    Raises:
        UserError: ``out`` must not or cannot be written (see :func:`check_output`).
    """
    given = str(out)
    target = check_output(out)
    tmp: Path | None = None
    try:
        with _interruptions_held():  # so that no Ctrl+C or SIGTERM falls between the two
            try:
                fd, name = tempfile.mkstemp(prefix=f".{target.name[:200]}.", suffix=".part",
                                            dir=target.parent)
            except OSError as exc:
                raise unwritable(given, exc) from exc
            tmp = Path(name)
        os.close(fd)
        yield tmp
        # mkstemp makes the file private; give the output the mode a new file gets (or
        # keep the mode of the file it replaces).
        mode = target.stat().st_mode & 0o777 if target.exists() else NEW_FILE_MODE
        os.chmod(tmp, mode)
        # The target may have become the registry or a pipe while the output was written.
        check_output(out)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM):
                raise UserError(sentence("error.report.in_use", path=given)) from exc
            raise unwritable(given, exc) from exc
    except OSError as exc:
        raise unwritable(given, exc) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


@contextlib.contextmanager
def _interruptions_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back from this thread while the block runs; one that came
    meanwhile is handled right after it (where the caller cleans up after itself)."""
    hold = getattr(signal, "pthread_sigmask", None)
    if hold is None:  # Windows: no signal masks
        yield
        return
    before = hold(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        hold(signal.SIG_SETMASK, before)


FORMULA_STARTS = frozenset("=+-@\t\r")
"""The first characters that make a spreadsheet take a cell for a formula (a tab or a carriage
return before one too): those OWASP names for CSV injection."""


def spreadsheet_text(text: str) -> str:
    """``text`` as a cell of a CSV file that a spreadsheet shows and never runs: one that
    starts like a formula gets a leading apostrophe, which Excel and LibreOffice show as text
    (as the Excel register quotes such a cell, reports/xlsx.py)."""
    return "'" + text if text[:1] in FORMULA_STARTS else text


def write_csv(out: str | os.PathLike[str], heading: Sequence[str],
              rows: Iterable[Sequence[str]]) -> int:
    """Write a CSV file: UTF-8 with a byte order mark (Excel reads it so), the heading, then
    ``rows``, every cell guarded (:func:`spreadsheet_text`); through :func:`atomic_output`.

    Returns:
        How many rows were written (the heading not counted).

    Raises:
        UserError: ``out`` must not or cannot be written (see :func:`check_output`).
    """
    written = 0
    with atomic_output(out) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([spreadsheet_text(cell) for cell in heading])
        for row in rows:
            writer.writerow([spreadsheet_text(cell) for cell in row])
            written += 1
    return written
