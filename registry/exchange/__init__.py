"""The exchange format: the whole registry as one versioned JSON document.

The document is what ``main.py export`` writes and ``main.py import`` reads, and what a
user keeps in version control or sends to a colleague. Its shape is documented for users in
``docs/exchange-format.md``; this package is the one place that knows it.

Every field of every record is declared once (``ORGANISATION``, ``VENDOR``, ...), with a
*kind* that knows how to check a value from the document, how to store it in the database
and how to write it back. Export, validation and import all walk those declarations, so a
field cannot be exported without being validated and imported the same way.

Records refer to each other by name, never by database id. Import checks the whole document
first and reports every problem with its place in the document; only a document without a
single problem is written, with Core ``executemany`` inserts and ids assigned here.

The modules, each importing only those above it:

- ``problems``: a problem and its place, and how a message shows a value of the document;
- ``fields``: the field kinds and the record declarations;
- ``validation``: ``validate_document``, every problem of a parsed document;
- ``reading``: ``read_document``, a file read strictly (encoding, JSON that a document holds);
- ``export``: ``export_registry`` and ``write_document``;
- ``importing``: ``import_document``, the rows of a document written in one transaction.
"""

from registry.exchange.export import (
    dumps_document,
    export_document,
    export_registry,
    write_document,
)
from registry.exchange.fields import (
    ACTIVITY,
    DPA,
    FORMAT,
    LOCATION,
    MAX_INT,
    ORGANISATION,
    SAFEGUARD,
    SERVICE,
    SERVICE_VENDOR,
    TOP_LEVEL,
    VENDOR,
    VERSION,
    Choice,
    Country,
    Date,
    Descriptions,
    Email,
    Entries,
    Field,
    Flag,
    Kind,
    Name,
    Nested,
    Record,
    Text,
    TextList,
    Url,
    Whole,
)
from registry.exchange.importing import (
    ACTIVITIES,
    ACTIVITY_SERVICES,
    ACTIVITY_VENDORS,
    CHANGES,
    DPAS,
    LOCATIONS,
    ORGANISATIONS,
    SAFEGUARDS,
    SERVICE_VENDORS,
    SERVICES,
    VENDORS,
    ImportSummary,
    import_document,
)
from registry.exchange.problems import Problem
from registry.exchange.reading import MAX_DEPTH, MAX_DIGITS, read_document
from registry.exchange.validation import validate_document

__all__ = [
    "ACTIVITIES",
    "ACTIVITY",
    "ACTIVITY_SERVICES",
    "ACTIVITY_VENDORS",
    "CHANGES",
    "DPA",
    "DPAS",
    "FORMAT",
    "LOCATION",
    "LOCATIONS",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_INT",
    "ORGANISATION",
    "ORGANISATIONS",
    "SAFEGUARD",
    "SAFEGUARDS",
    "SERVICE",
    "SERVICES",
    "SERVICE_VENDOR",
    "SERVICE_VENDORS",
    "TOP_LEVEL",
    "VENDOR",
    "VENDORS",
    "VERSION",
    "Choice",
    "Country",
    "Date",
    "Descriptions",
    "Email",
    "Entries",
    "Field",
    "Flag",
    "ImportSummary",
    "Kind",
    "Name",
    "Nested",
    "Problem",
    "Record",
    "Text",
    "TextList",
    "Url",
    "Whole",
    "dumps_document",
    "export_document",
    "export_registry",
    "import_document",
    "read_document",
    "validate_document",
    "write_document",
]
