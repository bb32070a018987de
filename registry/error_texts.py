"""The words of the problems that stop an action, in English: the source of their translations.

What a person is told when a registry file cannot be opened or written (missing, damaged,
locked, read-only, from a newer version), when a JSON file cannot be imported or exported,
when a vendor cannot be deleted or a deleted record cannot be restored, and when a report
cannot be written. The findings' words are in :mod:`registry.message_texts`, the forms' in
:mod:`registry.form_texts`; :mod:`registry.messages` words all three. Every key starts with
``error.``, so no key is shared with the other tables.

This table is what the command line prints, word for word. The other languages (nb, da, sv,
fi) are in the gettext catalogues (:mod:`registry.catalogues`), with the same keys and each
message with the same ``{parameters}`` (a test checks both). Paths, URLs, the reasons the
operating system or the database driver give (``{reason}``) and values quoted from a JSON file
are shown as they are.

The wording follows the other tables and the app's own labels (resources/translations):
Norwegian register, registerfil, skrivebeskyttet, underdatabehandler, overordnet leverandør,
behandlingsaktivitet, eksportfil (the JSON file the app exports and imports); Danish register,
underdatabehandler, gendanne; Swedish register, underbiträde, behandling, skrivskyddad;
Finnish rekisteri, alikäsittelijä, ylempi toimittaja, käsittelytoimi, vientitiedosto (Finnish
names a path after a noun it can inflect: "Tiedostoa {path} ei voi lukea"). Quotation marks
are each language's own: "…", «…», »…«, ”…”.

A list of names is ``error.and`` over names each in ``error.quoted``: "A", "B" and "C".
"""

from __future__ import annotations

EN: dict[str, str | tuple[str, str]] = {
    # a record named on the command line (main.py history)
    "error.history.unknown.vendor": 'There is no vendor named "{name}".',
    "error.history.unknown.service": 'There is no service named "{name}".',
    "error.history.unknown.activity": 'There is no processing activity named "{name}".',
    # lists of names
    "error.quoted": '"{name}"',
    "error.and": "{first} and {last}",
    # any file
    "error.file.missing": "{path} does not exist.",
    "error.file.empty": "{path} is empty.",
    "error.file.unreadable": "{path} cannot be read: {reason}.",
    "error.file.unwritable": "{path} cannot be written: {reason}.",
    "error.file.disk_full": "{path} cannot be written: the disk is full.",
    "error.file.not_replaced": "{path} cannot be replaced: {reason}.",
    "error.file.name_too_long": (
        "{path} cannot be written: the file name is too long for this system."
    ),
    "error.output.is_registry": (
        "{path} is the registry that is open. A report or an export never replaces it: choose "
        "another file name."
    ),
    "error.output.is_database": (
        "{path} is a database. A report or an export never replaces it: choose another file "
        "name."
    ),
    "error.output.not_a_file": (
        "{path} is not a regular file (it is a device, a pipe or a socket): choose a file name."
    ),
    # the registry database (registry.storage)
    "error.db.not_url": '"{value}" is not a database URL.',
    "error.db.no_folder": "{path} cannot be created: the folder {folder} is missing.",
    "error.db.is_folder": "{path} is a folder, not a registry file.",
    "error.db.not_sqlite": "{path} is not a registry database (it is not an SQLite file).",
    "error.db.cannot_open": "{name} cannot be opened: {reason}.",
    "error.db.folder_gone": "{name} cannot be opened: check that the folder exists.",
    "error.db.locked": (
        "{name} is locked by another program. Close it there, or wait, and try again."
    ),
    "error.db.read_only_file": "{name} cannot be written: the file is read-only.",
    "error.db.corrupt": "{name} is damaged and cannot be read (the file is corrupt).",
    "error.db.unusable": "{name} cannot be used: {reason}.",
    "error.db.foreign": "{name} is a database, but not a Subprocessor Registry database.",
    "error.db.newer": (
        "{name} was saved by a newer version of Subprocessor Registry (schema {revision}). "
        "Update the app to open it."
    ),
    "error.db.upgrade_read_only": (
        "{name} needs an upgrade to this version's format, but it is read-only. Open a copy "
        "you can write to."
    ),
    "error.db.read_only": "{name} is open read-only; the change was not saved.",
    "error.db.conflict": (
        "Somebody else changed this record since you opened it. Reload it to see their "
        "version, then make your change again."
    ),
    "error.db.not_file": (
        "{path} is not a regular file (it is a device, a pipe or a socket), so it cannot be a "
        "registry."
    ),
    "error.db.link_loop": (
        "{path} cannot be opened: it is a symbolic link that leads back to itself."
    ),
    # the whole registry (registry.maintenance)
    "error.db.read_only_folder": "{name} cannot be written: its folder {folder} is read-only.",
    "error.db.new_in_read_only_folder": (
        "{path} cannot be created: the folder {folder} is read-only."
    ),
    "error.db.wal_unreadable": (
        "{name} cannot be opened: its latest changes are still in {wal}, which cannot be read "
        "while the folder {folder} is read-only. Open it once where the folder can be written."
    ),
    "error.registry.not_empty": (
        "The registry already holds {kind}. Load the demo or a synthetic registry into a new, "
        "empty registry file."
    ),
    "error.registry.vendors": "vendors",
    "error.registry.services": "services",
    "error.registry.activities": "processing activities",
    "error.registry.synthetic_size": (
        "A synthetic registry has from 1 to {maximum} vendors, not {count}."
    ),
    # the legal facts file (registry.facts): the reason is one of the problems below
    "error.facts.unreadable": "The legal facts file {path} cannot be read: {reason}.",
    "error.facts.not_utf8": "it is not UTF-8 text (byte {byte} is not valid UTF-8)",
    "error.facts.not_json": "it is not valid JSON: {reason} at line {line}, column {column}",
    "error.facts.not_object": "it holds {found}, not a JSON object",
    "error.facts.missing": "{place} is missing",
    "error.facts.wrong_type": "{place} must be {expected}, not {found}",
    "error.facts.not_date": "{place} must be a date written YYYY-MM-DD, not {value}",
    "error.facts.not_one_of": "{place} must be one of {allowed}, not {value}",
    "error.facts.not_member": "{place} must be a country of {members}, not {value}",
    "error.facts.no_mechanism": "there is no entry for the mechanism {id} in {place}",
    "error.facts.kind.object": "an object",
    "error.facts.kind.list": "a list",
    "error.facts.kind.text": "a text",
    "error.facts.kind.number": "a number",
    "error.facts.kind.whole": "a whole number",
    "error.facts.kind.flag": "true or false",
    # records (registry.usecases)
    "error.delete.sub_processor": (
        '"{name}" cannot be deleted: its sub-processors {names} would be left without it. '
        "Delete them too, or give them another parent first."
    ),
    "error.delete.sub_processors": (
        '"{name}" cannot be deleted: its sub-processors {names} would be left without it. '
        "Delete them too, or give them another parent first."
    ),
    "error.restore.refused": (
        '"{name}" cannot be restored: {problem:uncap} Rename or delete that one first.'
    ),
    # the JSON exchange file (registry.exchange)
    "error.exchange.is_folder": "{path} is a folder, not an exchange file.",
    "error.exchange.not_utf8": (
        "{path} is not UTF-8 text (byte {byte} is not valid UTF-8), so it is not an exchange "
        "file."
    ),
    "error.exchange.not_json": (
        "{path} is not valid JSON: {reason} at line {line}, column {column}."
    ),
    "error.exchange.document": "The document",
    "error.exchange.not_object": (
        "{subject} holds {kind}, not an exchange document (a JSON object)."
    ),
    "error.exchange.json.list": "a list",
    "error.exchange.json.text": "a text",
    "error.exchange.json.value": "the value {value}",
    "error.exchange.json.number": "a number",
    "error.exchange.not_exchange": (
        "{subject} is not a Subprocessor Registry exchange document ({found})."
    ),
    "error.exchange.format.missing": 'it has no "format"',
    "error.exchange.format.other": 'its "format" is {value}, not "{expected}"',
    "error.exchange.bad_version": (
        '{subject} has no valid "version" ({found}; it must be a whole number, 1 or more).'
    ),
    "error.exchange.version.is": "it is {value}",
    "error.exchange.version.missing": "it is missing",
    "error.exchange.newer": (
        "{subject} was written by a newer version of Subprocessor Registry (format version "
        "{version}; this version reads format version {newest} and older). Update the app to "
        "import it."
    ),
    "error.import.problems": (
        "The file was not imported: {count} problem was found.",
        "The file was not imported: {count} problems were found.",
    ),
    # the JSON exchange file: what JSON's parser cannot take
    "error.exchange.too_deep": (
        "{path} nests lists and objects more than {limit} levels deep (at line {line}, column "
        "{column}), so it is not an exchange file."
    ),
    "error.exchange.number_too_large": (
        "{path} holds a number too large to read at line {line}, column {column}."
    ),
    "error.exchange.not_a_number": (
        "{path} is not valid JSON: {value} is not a JSON number at line {line}, column {column}."
    ),
    # reports
    "error.report.unknown": 'There is no report "{kind}". Reports: {reports}.',
    "error.report.language": (
        'Reports are not available in "{lang}". Choose one of: {languages}.'
    ),
    "error.report.no_service": 'There is no service called "{name}". Known services: {known}.',
    "error.report.no_services": "none",
    "error.report.no_folder": "{path} cannot be written: the folder {folder} does not exist.",
    "error.report.not_a_folder": "{path} cannot be written: {folder} is not a folder.",
    "error.report.is_folder": "{path} is a folder. Choose a file name for the report.",
    "error.report.read_only": (
        "{path} cannot be replaced: the file is read-only or open in another program."
    ),
    "error.report.in_use": (
        "{path} cannot be replaced: it is open in another program or read-only. Close it "
        "there and export again."
    ),
    "error.report.denied": (
        "{path} cannot be written: permission denied. Choose a folder you can write to."
    ),
    "error.report.busy": "{path} is open in another program. Close it there and export again.",
    # the applications menu (registry.desktop)
    "error.desktop.not_linux": (
        "install-desktop adds the app to the applications menu of a Linux desktop; on Windows "
        "and macOS, the app's installer does that."
    ),
}
