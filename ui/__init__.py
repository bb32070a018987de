"""The desktop app: PySide6 widgets over the registry.

The registry layer (and with it SQLAlchemy and its SQLite dialect, Babel, pycountry and
python-stdnum) is imported here, before any Qt module: once Qt for Python is loaded it reads
the source of every module imported after it, to see whether the module uses Qt. For
SQLAlchemy's hundred-odd modules that is about 80 ms of start-up (``make bench``, "start").
"""

import sqlalchemy.dialects.sqlite  # noqa: F401

import registry.assessment
import registry.storage
import registry.validation  # noqa: F401
