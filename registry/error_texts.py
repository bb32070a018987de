"""The words of the problems that stop an action, one table per language (en, nb, da, sv, fi).

What a person is told when a registry file cannot be opened or written (missing, damaged,
locked, read-only, from a newer version), when a JSON file cannot be imported or exported,
when a vendor cannot be deleted or a deleted record cannot be restored, and when a report
cannot be written. The findings' words are in :mod:`registry.message_texts`, the forms' in
:mod:`registry.form_texts`; :mod:`registry.messages` words all three. Every key starts with
``error.``, so no key is shared with the other tables.

The English table is what the command line prints, word for word. Every other table has the
same keys and each message the same ``{parameters}`` as the English one (a test checks both).
Paths, URLs, the reasons the operating system or the database driver give (``{reason}``) and
values quoted from a JSON file are shown as they are.

The wording follows the other tables and the app's own labels (resources/translations):
Norwegian register, registerfil, skrivebeskyttet, underdatabehandler, overordnet leverandør,
behandlingsaktivitet, eksportfil (the JSON file the app exports and imports); Danish register,
underdatabehandler, gendanne; Swedish register, underbiträde, behandling, skrivskyddad;
Finnish rekisteri, alihankkija, ylempi toimittaja, käsittelytoimi, vientitiedosto (Finnish
names a path after a noun it can inflect: "Tiedostoa {path} ei voi lukea"). Quotation marks
are each language's own: "…", «…», »…«, ”…”.

A list of names is ``error.and`` over names each in ``error.quoted``: "A", "B" and "C".
"""

from __future__ import annotations

EN: dict[str, str] = {
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
    "error.import.problem": "The file was not imported: 1 problem was found.",
    "error.import.problems": "The file was not imported: {count} problems were found.",
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
}

NB: dict[str, str] = {
    "error.quoted": "«{name}»",
    "error.and": "{first} og {last}",
    "error.file.missing": "{path} finnes ikke.",
    "error.file.empty": "{path} er tom.",
    "error.file.unreadable": "{path} kan ikke leses: {reason}.",
    "error.file.unwritable": "{path} kan ikke skrives: {reason}.",
    "error.file.disk_full": "{path} kan ikke skrives: disken er full.",
    "error.file.not_replaced": "{path} kan ikke erstattes: {reason}.",
    "error.file.name_too_long": (
        "{path} kan ikke skrives: filnavnet er for langt for dette systemet."
    ),
    "error.output.is_registry": (
        "{path} er registeret som er åpent. En rapport eller en eksport erstatter det aldri: "
        "velg et annet filnavn."
    ),
    "error.output.is_database": (
        "{path} er en database. En rapport eller en eksport erstatter den aldri: velg et annet "
        "filnavn."
    ),
    "error.output.not_a_file": (
        "{path} er ikke en vanlig fil (det er en enhet, en pipe eller en socket): velg et "
        "filnavn."
    ),
    "error.db.not_url": "«{value}» er ikke en databaseadresse (URL).",
    "error.db.no_folder": "{path} kan ikke opprettes: mappen {folder} finnes ikke.",
    "error.db.is_folder": "{path} er en mappe, ikke en registerfil.",
    "error.db.not_sqlite": "{path} er ikke en registerdatabase (det er ikke en SQLite-fil).",
    "error.db.cannot_open": "{name} kan ikke åpnes: {reason}.",
    "error.db.folder_gone": "{name} kan ikke åpnes: kontroller at mappen finnes.",
    "error.db.locked": (
        "{name} er låst av et annet program. Lukk filen der, eller vent litt, og prøv igjen."
    ),
    "error.db.read_only_file": "{name} kan ikke skrives: filen er skrivebeskyttet.",
    "error.db.corrupt": "{name} er skadet og kan ikke leses (filen er ødelagt).",
    "error.db.unusable": "{name} kan ikke brukes: {reason}.",
    "error.db.foreign": "{name} er en database, men ikke en database fra Subprocessor Registry.",
    "error.db.newer": (
        "{name} ble lagret av en nyere versjon av Subprocessor Registry (skjema {revision}). "
        "Oppdater appen for å åpne den."
    ),
    "error.db.upgrade_read_only": (
        "{name} må oppgraderes til formatet i denne versjonen, men den er skrivebeskyttet. "
        "Åpne en kopi du kan skrive til."
    ),
    "error.db.read_only": "{name} er åpnet skrivebeskyttet; endringen ble ikke lagret.",
    "error.db.conflict": (
        "Noen andre har endret denne posten etter at du åpnet den. Last den inn på nytt for å "
        "se endringene, og gjør så endringen din en gang til."
    ),
    "error.db.not_file": (
        "{path} er ikke en vanlig fil (det er en enhet, et rør eller en socket), så den kan "
        "ikke være et register."
    ),
    "error.db.link_loop": (
        "{path} kan ikke åpnes: det er en symbolsk lenke som peker tilbake på seg selv."
    ),
    "error.db.read_only_folder": "{name} kan ikke skrives: mappen {folder} er skrivebeskyttet.",
    "error.db.new_in_read_only_folder": (
        "{path} kan ikke opprettes: mappen {folder} er skrivebeskyttet."
    ),
    "error.db.wal_unreadable": (
        "{name} kan ikke åpnes: de siste endringene ligger fortsatt i {wal}, som ikke kan "
        "leses så lenge mappen {folder} er skrivebeskyttet. Åpne registeret én gang der "
        "mappen kan skrives til."
    ),
    "error.registry.not_empty": (
        "Registeret inneholder allerede {kind}. Last demoregisteret eller et syntetisk "
        "register inn i en ny, tom registerfil."
    ),
    "error.registry.vendors": "leverandører",
    "error.registry.services": "tjenester",
    "error.registry.activities": "behandlingsaktiviteter",
    "error.registry.synthetic_size": (
        "Et syntetisk register har fra 1 til {maximum} leverandører, ikke {count}."
    ),
    "error.facts.unreadable": "Filen med juridiske fakta, {path}, kan ikke leses: {reason}.",
    "error.facts.not_utf8": "den er ikke UTF-8-tekst (byte {byte} er ikke gyldig UTF-8)",
    "error.facts.not_json": "den er ikke gyldig JSON: {reason} på linje {line}, kolonne {column}",
    "error.facts.not_object": "den inneholder {found}, ikke et JSON-objekt",
    "error.facts.missing": "{place} mangler",
    "error.facts.wrong_type": "{place} må være {expected}, ikke {found}",
    "error.facts.not_date": "{place} må være en dato på formen ÅÅÅÅ-MM-DD, ikke {value}",
    "error.facts.not_one_of": "{place} må være en av {allowed}, ikke {value}",
    "error.facts.not_member": "{place} må være et land i {members}, ikke {value}",
    "error.facts.no_mechanism": "det finnes ingen oppføring for mekanismen {id} i {place}",
    "error.facts.kind.object": "et objekt",
    "error.facts.kind.list": "en liste",
    "error.facts.kind.text": "en tekst",
    "error.facts.kind.number": "et tall",
    "error.facts.kind.whole": "et heltall",
    "error.facts.kind.flag": "true eller false",
    "error.delete.sub_processor": (
        "Leverandøren «{name}» kan ikke slettes: underdatabehandleren {names} ville da stå "
        "uten overordnet leverandør. Slett den også, eller gi den en annen overordnet "
        "leverandør først."
    ),
    "error.delete.sub_processors": (
        "Leverandøren «{name}» kan ikke slettes: underdatabehandlerne {names} ville da stå "
        "uten overordnet leverandør. Slett dem også, eller gi dem en annen overordnet "
        "leverandør først."
    ),
    "error.restore.refused": (
        "«{name}» kan ikke gjenopprettes: {problem:uncap} Gi den andre et nytt navn, eller "
        "slett den først."
    ),
    "error.exchange.is_folder": "{path} er en mappe, ikke en eksportfil.",
    "error.exchange.not_utf8": (
        "{path} er ikke UTF-8-tekst (byte {byte} er ikke gyldig UTF-8), så det er ikke en "
        "eksportfil."
    ),
    "error.exchange.not_json": (
        "{path} er ikke gyldig JSON: {reason} på linje {line}, kolonne {column}."
    ),
    "error.exchange.document": "Dokumentet",
    "error.exchange.not_object": (
        "{subject} inneholder {kind}, ikke et eksportdokument (et JSON-objekt)."
    ),
    "error.exchange.json.list": "en liste",
    "error.exchange.json.text": "en tekst",
    "error.exchange.json.value": "verdien {value}",
    "error.exchange.json.number": "et tall",
    "error.exchange.not_exchange": (
        "{subject} er ikke et eksportdokument fra Subprocessor Registry ({found})."
    ),
    "error.exchange.format.missing": "«format» mangler",
    "error.exchange.format.other": "«format» er {value}, ikke «{expected}»",
    "error.exchange.bad_version": (
        "{subject} har ingen gyldig «version» ({found}; den må være et heltall, 1 eller mer)."
    ),
    "error.exchange.version.is": "den er {value}",
    "error.exchange.version.missing": "den mangler",
    "error.exchange.newer": (
        "{subject} ble skrevet av en nyere versjon av Subprocessor Registry (formatversjon "
        "{version}; denne versjonen leser formatversjon {newest} og eldre). Oppdater appen, og "
        "importer på nytt."
    ),
    "error.import.problem": "Filen ble ikke importert: 1 problem ble funnet.",
    "error.import.problems": "Filen ble ikke importert: {count} problemer ble funnet.",
    "error.exchange.too_deep": (
        "{path} har lister og objekter nøstet mer enn {limit} nivåer dypt (på linje {line}, "
        "kolonne {column}), så det er ikke en eksportfil."
    ),
    "error.exchange.number_too_large": (
        "{path} inneholder et tall som er for stort til å leses, på linje {line}, kolonne "
        "{column}."
    ),
    "error.exchange.not_a_number": (
        "{path} er ikke gyldig JSON: {value} er ikke et tall i JSON, på linje {line}, kolonne "
        "{column}."
    ),
    "error.report.unknown": "Det finnes ingen rapport som heter «{kind}». Rapporter: {reports}.",
    "error.report.language": (
        "Rapporter kan ikke lages på språket «{lang}». Velg ett av disse: {languages}."
    ),
    "error.report.no_service": (
        "Det finnes ingen tjeneste som heter «{name}». Tjenester som finnes: {known}."
    ),
    "error.report.no_services": "ingen",
    "error.report.no_folder": "{path} kan ikke skrives: mappen {folder} finnes ikke.",
    "error.report.not_a_folder": "{path} kan ikke skrives: {folder} er ikke en mappe.",
    "error.report.is_folder": "{path} er en mappe. Velg et filnavn for rapporten.",
    "error.report.read_only": (
        "{path} kan ikke erstattes: filen er skrivebeskyttet eller åpen i et annet program."
    ),
    "error.report.in_use": (
        "{path} kan ikke erstattes: den er åpen i et annet program eller skrivebeskyttet. Lukk "
        "den der, og eksporter på nytt."
    ),
    "error.report.denied": (
        "{path} kan ikke skrives: ingen tilgang. Velg en mappe du kan skrive til."
    ),
    "error.report.busy": (
        "{path} er åpen i et annet program. Lukk den der, og eksporter på nytt."
    ),
}

DA: dict[str, str] = {
    "error.quoted": "»{name}«",
    "error.and": "{first} og {last}",
    "error.file.missing": "{path} findes ikke.",
    "error.file.empty": "{path} er tom.",
    "error.file.unreadable": "{path} kan ikke læses: {reason}.",
    "error.file.unwritable": "{path} kan ikke skrives: {reason}.",
    "error.file.disk_full": "{path} kan ikke skrives: disken er fuld.",
    "error.file.not_replaced": "{path} kan ikke erstattes: {reason}.",
    "error.file.name_too_long": "{path} kan ikke skrives: filnavnet er for langt til dette system.",
    "error.output.is_registry": (
        "{path} er det register, der er åbent. En rapport eller en eksport erstatter det "
        "aldrig: vælg et andet filnavn."
    ),
    "error.output.is_database": (
        "{path} er en database. En rapport eller en eksport erstatter den aldrig: vælg et andet "
        "filnavn."
    ),
    "error.output.not_a_file": (
        "{path} er ikke en almindelig fil (det er en enhed, en pipe eller en socket): vælg et "
        "filnavn."
    ),
    "error.db.not_url": "»{value}« er ikke en databaseadresse (URL).",
    "error.db.no_folder": "{path} kan ikke oprettes: mappen {folder} findes ikke.",
    "error.db.is_folder": "{path} er en mappe, ikke en registerfil.",
    "error.db.not_sqlite": "{path} er ikke en registerdatabase (det er ikke en SQLite-fil).",
    "error.db.cannot_open": "{name} kan ikke åbnes: {reason}.",
    "error.db.folder_gone": "{name} kan ikke åbnes: kontrollér, at mappen findes.",
    "error.db.locked": (
        "{name} er låst af et andet program. Luk filen der, eller vent lidt, og prøv igen."
    ),
    "error.db.read_only_file": "{name} kan ikke skrives: filen er skrivebeskyttet.",
    "error.db.corrupt": "{name} er beskadiget og kan ikke læses (filen er ødelagt).",
    "error.db.unusable": "{name} kan ikke bruges: {reason}.",
    "error.db.foreign": "{name} er en database, men ikke en database fra Subprocessor Registry.",
    "error.db.newer": (
        "{name} er gemt med en nyere version af Subprocessor Registry (skema {revision}). "
        "Opdater appen for at åbne den."
    ),
    "error.db.upgrade_read_only": (
        "{name} skal opgraderes til denne versions format, men den er skrivebeskyttet. Åbn en "
        "kopi, du kan skrive til."
    ),
    "error.db.read_only": "{name} er åbnet skrivebeskyttet; ændringen blev ikke gemt.",
    "error.db.conflict": (
        "En anden har ændret denne post, efter at du åbnede den. Genindlæs den for at se "
        "ændringerne, og foretag så din ændring igen."
    ),
    "error.db.not_file": (
        "{path} er ikke en almindelig fil (det er en enhed, en pipe eller en socket), så den "
        "kan ikke være et register."
    ),
    "error.db.link_loop": (
        "{path} kan ikke åbnes: det er et symbolsk link, der peger tilbage på sig selv."
    ),
    "error.db.read_only_folder": "{name} kan ikke skrives: mappen {folder} er skrivebeskyttet.",
    "error.db.new_in_read_only_folder": (
        "{path} kan ikke oprettes: mappen {folder} er skrivebeskyttet."
    ),
    "error.db.wal_unreadable": (
        "{name} kan ikke åbnes: de seneste ændringer ligger stadig i {wal}, som ikke kan "
        "læses, så længe mappen {folder} er skrivebeskyttet. Åbn registeret én gang et sted, "
        "hvor mappen kan skrives til."
    ),
    "error.registry.not_empty": (
        "Registeret indeholder allerede {kind}. Indlæs demoregisteret eller et syntetisk "
        "register i en ny, tom registerfil."
    ),
    "error.registry.vendors": "leverandører",
    "error.registry.services": "tjenester",
    "error.registry.activities": "behandlingsaktiviteter",
    "error.registry.synthetic_size": (
        "Et syntetisk register har fra 1 til {maximum} leverandører, ikke {count}."
    ),
    "error.facts.unreadable": "Filen med juridiske fakta, {path}, kan ikke læses: {reason}.",
    "error.facts.not_utf8": "den er ikke UTF-8-tekst (byte {byte} er ikke gyldig UTF-8)",
    "error.facts.not_json": "den er ikke gyldig JSON: {reason} i linje {line}, kolonne {column}",
    "error.facts.not_object": "den indeholder {found}, ikke et JSON-objekt",
    "error.facts.missing": "{place} mangler",
    "error.facts.wrong_type": "{place} skal være {expected}, ikke {found}",
    "error.facts.not_date": "{place} skal være en dato på formen ÅÅÅÅ-MM-DD, ikke {value}",
    "error.facts.not_one_of": "{place} skal være en af {allowed}, ikke {value}",
    "error.facts.not_member": "{place} skal være et land i {members}, ikke {value}",
    "error.facts.no_mechanism": "der er ingen post for mekanismen {id} i {place}",
    "error.facts.kind.object": "et objekt",
    "error.facts.kind.list": "en liste",
    "error.facts.kind.text": "en tekst",
    "error.facts.kind.number": "et tal",
    "error.facts.kind.whole": "et heltal",
    "error.facts.kind.flag": "true eller false",
    "error.delete.sub_processor": (
        "Leverandøren »{name}« kan ikke slettes: underdatabehandleren {names} ville så stå "
        "uden overordnet leverandør. Slet den også, eller giv den en anden overordnet "
        "leverandør først."
    ),
    "error.delete.sub_processors": (
        "Leverandøren »{name}« kan ikke slettes: underdatabehandlerne {names} ville så stå "
        "uden overordnet leverandør. Slet dem også, eller giv dem en anden overordnet "
        "leverandør først."
    ),
    "error.restore.refused": (
        "»{name}« kan ikke gendannes: {problem:uncap} Omdøb eller slet den anden først."
    ),
    "error.exchange.is_folder": "{path} er en mappe, ikke en eksportfil.",
    "error.exchange.not_utf8": (
        "{path} er ikke UTF-8-tekst (byte {byte} er ikke gyldig UTF-8), så det er ikke en "
        "eksportfil."
    ),
    "error.exchange.not_json": (
        "{path} er ikke gyldig JSON: {reason} i linje {line}, kolonne {column}."
    ),
    "error.exchange.document": "Dokumentet",
    "error.exchange.not_object": (
        "{subject} indeholder {kind}, ikke et eksportdokument (et JSON-objekt)."
    ),
    "error.exchange.json.list": "en liste",
    "error.exchange.json.text": "en tekst",
    "error.exchange.json.value": "værdien {value}",
    "error.exchange.json.number": "et tal",
    "error.exchange.not_exchange": (
        "{subject} er ikke et eksportdokument fra Subprocessor Registry ({found})."
    ),
    "error.exchange.format.missing": "»format« mangler",
    "error.exchange.format.other": "»format« er {value}, ikke »{expected}«",
    "error.exchange.bad_version": (
        "{subject} har ingen gyldig »version« ({found}; den skal være et heltal, 1 eller "
        "derover)."
    ),
    "error.exchange.version.is": "den er {value}",
    "error.exchange.version.missing": "den mangler",
    "error.exchange.newer": (
        "{subject} er skrevet med en nyere version af Subprocessor Registry (formatversion "
        "{version}; denne version læser formatversion {newest} og ældre). Opdater appen, og "
        "importér igen."
    ),
    "error.import.problem": "Filen blev ikke importeret: der blev fundet 1 problem.",
    "error.import.problems": "Filen blev ikke importeret: der blev fundet {count} problemer.",
    "error.exchange.too_deep": (
        "{path} har lister og objekter indlejret mere end {limit} niveauer dybt (i linje "
        "{line}, kolonne {column}), så det er ikke en eksportfil."
    ),
    "error.exchange.number_too_large": (
        "{path} indeholder et tal, der er for stort til at blive læst, i linje {line}, kolonne "
        "{column}."
    ),
    "error.exchange.not_a_number": (
        "{path} er ikke gyldig JSON: {value} er ikke et tal i JSON, i linje {line}, kolonne "
        "{column}."
    ),
    "error.report.unknown": "Der findes ingen rapport med navnet »{kind}«. Rapporter: {reports}.",
    "error.report.language": (
        "Rapporter kan ikke laves på sproget »{lang}«. Vælg et af disse: {languages}."
    ),
    "error.report.no_service": (
        "Der findes ingen tjeneste med navnet »{name}«. Kendte tjenester: {known}."
    ),
    "error.report.no_services": "ingen",
    "error.report.no_folder": "{path} kan ikke skrives: mappen {folder} findes ikke.",
    "error.report.not_a_folder": "{path} kan ikke skrives: {folder} er ikke en mappe.",
    "error.report.is_folder": "{path} er en mappe. Vælg et filnavn til rapporten.",
    "error.report.read_only": (
        "{path} kan ikke erstattes: filen er skrivebeskyttet eller åben i et andet program."
    ),
    "error.report.in_use": (
        "{path} kan ikke erstattes: den er åben i et andet program eller skrivebeskyttet. Luk "
        "den der, og eksportér igen."
    ),
    "error.report.denied": (
        "{path} kan ikke skrives: adgang nægtet. Vælg en mappe, du kan skrive i."
    ),
    "error.report.busy": "{path} er åben i et andet program. Luk den der, og eksportér igen.",
}

SV: dict[str, str] = {
    "error.quoted": "”{name}”",
    "error.and": "{first} och {last}",
    "error.file.missing": "{path} finns inte.",
    "error.file.empty": "{path} är tom.",
    "error.file.unreadable": "{path} kan inte läsas: {reason}.",
    "error.file.unwritable": "{path} kan inte skrivas: {reason}.",
    "error.file.disk_full": "{path} kan inte skrivas: disken är full.",
    "error.file.not_replaced": "{path} kan inte ersättas: {reason}.",
    "error.file.name_too_long": (
        "{path} kan inte skrivas: filnamnet är för långt för det här systemet."
    ),
    "error.output.is_registry": (
        "{path} är registret som är öppet. En rapport eller en export ersätter det aldrig: "
        "välj ett annat filnamn."
    ),
    "error.output.is_database": (
        "{path} är en databas. En rapport eller en export ersätter den aldrig: välj ett annat "
        "filnamn."
    ),
    "error.output.not_a_file": (
        "{path} är inte en vanlig fil (det är en enhet, en pipe eller en socket): välj ett "
        "filnamn."
    ),
    "error.db.not_url": "”{value}” är inte en databasadress (URL).",
    "error.db.no_folder": "{path} kan inte skapas: mappen {folder} finns inte.",
    "error.db.is_folder": "{path} är en mapp, inte en registerfil.",
    "error.db.not_sqlite": "{path} är inte en registerdatabas (det är inte en SQLite-fil).",
    "error.db.cannot_open": "{name} kan inte öppnas: {reason}.",
    "error.db.folder_gone": "{name} kan inte öppnas: kontrollera att mappen finns.",
    "error.db.locked": (
        "{name} är låst av ett annat program. Stäng filen där, eller vänta en stund, och "
        "försök igen."
    ),
    "error.db.read_only_file": "{name} kan inte skrivas: filen är skrivskyddad.",
    "error.db.corrupt": "{name} är skadad och kan inte läsas (filen är trasig).",
    "error.db.unusable": "{name} kan inte användas: {reason}.",
    "error.db.foreign": "{name} är en databas, men inte en databas från Subprocessor Registry.",
    "error.db.newer": (
        "{name} har sparats av en nyare version av Subprocessor Registry (schema {revision}). "
        "Uppdatera appen för att öppna den."
    ),
    "error.db.upgrade_read_only": (
        "{name} måste uppgraderas till den här versionens format, men den är skrivskyddad. "
        "Öppna en kopia som du kan skriva till."
    ),
    "error.db.read_only": "{name} är öppnad skrivskyddad; ändringen sparades inte.",
    "error.db.conflict": (
        "Någon annan har ändrat den här posten sedan du öppnade den. Läs in den igen för att "
        "se ändringarna och gör sedan din ändring en gång till."
    ),
    "error.db.not_file": (
        "{path} är inte en vanlig fil (det är en enhet, ett rör eller en socket), så den kan "
        "inte vara ett register."
    ),
    "error.db.link_loop": (
        "{path} kan inte öppnas: det är en symbolisk länk som pekar tillbaka på sig själv."
    ),
    "error.db.read_only_folder": "{name} kan inte skrivas: mappen {folder} är skrivskyddad.",
    "error.db.new_in_read_only_folder": (
        "{path} kan inte skapas: mappen {folder} är skrivskyddad."
    ),
    "error.db.wal_unreadable": (
        "{name} kan inte öppnas: de senaste ändringarna finns fortfarande i {wal}, som inte "
        "kan läsas så länge mappen {folder} är skrivskyddad. Öppna registret en gång där "
        "mappen går att skriva till."
    ),
    "error.registry.not_empty": (
        "Registret innehåller redan {kind}. Läs in demoregistret eller ett syntetiskt "
        "register i en ny, tom registerfil."
    ),
    "error.registry.vendors": "leverantörer",
    "error.registry.services": "tjänster",
    "error.registry.activities": "behandlingar",
    "error.registry.synthetic_size": (
        "Ett syntetiskt register har från 1 till {maximum} leverantörer, inte {count}."
    ),
    "error.facts.unreadable": "Filen med rättsliga fakta, {path}, kan inte läsas: {reason}.",
    "error.facts.not_utf8": "den är inte UTF-8-text (byte {byte} är inte giltig UTF-8)",
    "error.facts.not_json": "den är inte giltig JSON: {reason} på rad {line}, kolumn {column}",
    "error.facts.not_object": "den innehåller {found}, inte ett JSON-objekt",
    "error.facts.missing": "{place} saknas",
    "error.facts.wrong_type": "{place} måste vara {expected}, inte {found}",
    "error.facts.not_date": "{place} måste vara ett datum på formen ÅÅÅÅ-MM-DD, inte {value}",
    "error.facts.not_one_of": "{place} måste vara en av {allowed}, inte {value}",
    "error.facts.not_member": "{place} måste vara ett land i {members}, inte {value}",
    "error.facts.no_mechanism": "det finns ingen post för mekanismen {id} i {place}",
    "error.facts.kind.object": "ett objekt",
    "error.facts.kind.list": "en lista",
    "error.facts.kind.text": "en text",
    "error.facts.kind.number": "ett tal",
    "error.facts.kind.whole": "ett heltal",
    "error.facts.kind.flag": "true eller false",
    "error.delete.sub_processor": (
        "Leverantören ”{name}” kan inte tas bort: underbiträdet {names} skulle då stå utan "
        "överordnad leverantör. Ta bort det också, eller ge det en annan överordnad "
        "leverantör först."
    ),
    "error.delete.sub_processors": (
        "Leverantören ”{name}” kan inte tas bort: underbiträdena {names} skulle då stå utan "
        "överordnad leverantör. Ta bort dem också, eller ge dem en annan överordnad "
        "leverantör först."
    ),
    "error.restore.refused": (
        "”{name}” kan inte återställas: {problem:uncap} Byt namn på den andra eller ta bort "
        "den först."
    ),
    "error.exchange.is_folder": "{path} är en mapp, inte en exportfil.",
    "error.exchange.not_utf8": (
        "{path} är inte UTF-8-text (byte {byte} är inte giltig UTF-8), så det är inte en "
        "exportfil."
    ),
    "error.exchange.not_json": (
        "{path} är inte giltig JSON: {reason} på rad {line}, kolumn {column}."
    ),
    "error.exchange.document": "Dokumentet",
    "error.exchange.not_object": (
        "{subject} innehåller {kind}, inte ett exportdokument (ett JSON-objekt)."
    ),
    "error.exchange.json.list": "en lista",
    "error.exchange.json.text": "en text",
    "error.exchange.json.value": "värdet {value}",
    "error.exchange.json.number": "ett tal",
    "error.exchange.not_exchange": (
        "{subject} är inte ett exportdokument från Subprocessor Registry ({found})."
    ),
    "error.exchange.format.missing": "”format” saknas",
    "error.exchange.format.other": "”format” är {value}, inte ”{expected}”",
    "error.exchange.bad_version": (
        "{subject} har ingen giltig ”version” ({found}; den måste vara ett heltal, 1 eller "
        "större)."
    ),
    "error.exchange.version.is": "den är {value}",
    "error.exchange.version.missing": "den saknas",
    "error.exchange.newer": (
        "{subject} har skrivits av en nyare version av Subprocessor Registry (formatversion "
        "{version}; den här versionen läser formatversion {newest} och äldre). Uppdatera "
        "appen och importera igen."
    ),
    "error.import.problem": "Filen importerades inte: 1 problem hittades.",
    "error.import.problems": "Filen importerades inte: {count} problem hittades.",
    "error.exchange.too_deep": (
        "{path} har listor och objekt som är nästlade mer än {limit} nivåer djupt (på rad "
        "{line}, kolumn {column}), så det är inte en exportfil."
    ),
    "error.exchange.number_too_large": (
        "{path} innehåller ett tal som är för stort för att läsas, på rad {line}, kolumn "
        "{column}."
    ),
    "error.exchange.not_a_number": (
        "{path} är inte giltig JSON: {value} är inte ett tal i JSON, på rad {line}, kolumn "
        "{column}."
    ),
    "error.report.unknown": "Det finns ingen rapport som heter ”{kind}”. Rapporter: {reports}.",
    "error.report.language": (
        "Rapporter kan inte skapas på språket ”{lang}”. Välj ett av dessa: {languages}."
    ),
    "error.report.no_service": (
        "Det finns ingen tjänst som heter ”{name}”. Kända tjänster: {known}."
    ),
    "error.report.no_services": "inga",
    "error.report.no_folder": "{path} kan inte skrivas: mappen {folder} finns inte.",
    "error.report.not_a_folder": "{path} kan inte skrivas: {folder} är inte en mapp.",
    "error.report.is_folder": "{path} är en mapp. Välj ett filnamn för rapporten.",
    "error.report.read_only": (
        "{path} kan inte ersättas: filen är skrivskyddad eller öppen i ett annat program."
    ),
    "error.report.in_use": (
        "{path} kan inte ersättas: den är öppen i ett annat program eller skrivskyddad. Stäng "
        "den där och exportera igen."
    ),
    "error.report.denied": (
        "{path} kan inte skrivas: åtkomst nekad. Välj en mapp som du kan skriva till."
    ),
    "error.report.busy": "{path} är öppen i ett annat program. Stäng den där och exportera igen.",
}

FI: dict[str, str] = {
    "error.quoted": "”{name}”",
    "error.and": "{first} ja {last}",
    "error.file.missing": "Tiedostoa {path} ei ole olemassa.",
    "error.file.empty": "Tiedosto {path} on tyhjä.",
    "error.file.unreadable": "Tiedostoa {path} ei voi lukea: {reason}.",
    "error.file.unwritable": "Tiedostoon {path} ei voi kirjoittaa: {reason}.",
    "error.file.disk_full": "Tiedostoon {path} ei voi kirjoittaa: levy on täynnä.",
    "error.file.not_replaced": "Tiedostoa {path} ei voi korvata: {reason}.",
    "error.file.name_too_long": (
        "Tiedostoon {path} ei voi kirjoittaa: tiedostonimi on liian pitkä tälle järjestelmälle."
    ),
    "error.output.is_registry": (
        "Tiedosto {path} on avoinna oleva rekisteri. Raportti tai vienti ei koskaan korvaa sitä: "
        "valitse toinen tiedostonimi."
    ),
    "error.output.is_database": (
        "Tiedosto {path} on tietokanta. Raportti tai vienti ei koskaan korvaa sitä: valitse "
        "toinen tiedostonimi."
    ),
    "error.output.not_a_file": (
        "Polku {path} ei ole tavallinen tiedosto (se on laite, putki tai pistoke): valitse "
        "tiedostonimi."
    ),
    "error.db.not_url": "”{value}” ei ole tietokannan osoite (URL).",
    "error.db.no_folder": "Tiedostoa {path} ei voi luoda: kansiota {folder} ei ole olemassa.",
    "error.db.is_folder": "{path} on kansio, ei rekisteritiedosto.",
    "error.db.not_sqlite": "{path} ei ole rekisteritietokanta (se ei ole SQLite-tiedosto).",
    "error.db.cannot_open": "Rekisteriä {name} ei voi avata: {reason}.",
    "error.db.folder_gone": "Rekisteriä {name} ei voi avata: tarkista, että kansio on olemassa.",
    "error.db.locked": (
        "Toinen ohjelma on lukinnut rekisterin {name}. Sulje se siinä ohjelmassa tai odota "
        "hetki ja yritä uudelleen."
    ),
    "error.db.read_only_file": (
        "Rekisteriin {name} ei voi kirjoittaa: tiedosto on kirjoitussuojattu."
    ),
    "error.db.corrupt": (
        "Rekisteri {name} on vahingoittunut, eikä sitä voi lukea (tiedosto on viallinen)."
    ),
    "error.db.unusable": "Rekisteriä {name} ei voi käyttää: {reason}.",
    "error.db.foreign": "{name} on tietokanta, mutta ei Subprocessor Registryn tietokanta.",
    "error.db.newer": (
        "Rekisteri {name} on tallennettu Subprocessor Registryn uudemmalla versiolla (skeema "
        "{revision}). Päivitä sovellus, niin voit avata sen."
    ),
    "error.db.upgrade_read_only": (
        "Rekisteri {name} on päivitettävä tämän version muotoon, mutta se on "
        "kirjoitussuojattu. Avaa kopio, johon voit kirjoittaa."
    ),
    "error.db.read_only": (
        "Rekisteri {name} on avattu vain luku -tilassa; muutosta ei tallennettu."
    ),
    "error.db.conflict": (
        "Joku muu on muuttanut tätä tietuetta sen jälkeen, kun avasit sen. Lataa se uudelleen "
        "nähdäksesi muutokset ja tee sitten muutoksesi uudelleen."
    ),
    "error.db.not_file": (
        "{path} ei ole tavallinen tiedosto (se on laite, putki tai pistoke), joten se ei voi "
        "olla rekisteri."
    ),
    "error.db.link_loop": (
        "Tiedostoa {path} ei voi avata: se on symbolinen linkki, joka osoittaa takaisin "
        "itseensä."
    ),
    "error.db.read_only_folder": (
        "Rekisteriin {name} ei voi kirjoittaa: sen kansio {folder} on kirjoitussuojattu."
    ),
    "error.db.new_in_read_only_folder": (
        "Tiedostoa {path} ei voi luoda: kansio {folder} on kirjoitussuojattu."
    ),
    "error.db.wal_unreadable": (
        "Rekisteriä {name} ei voi avata: sen viimeisimmät muutokset ovat vielä tiedostossa "
        "{wal}, jota ei voi lukea, kun kansio {folder} on kirjoitussuojattu. Avaa rekisteri "
        "kerran paikassa, jossa kansioon voi kirjoittaa."
    ),
    "error.registry.not_empty": (
        "Rekisterissä on jo {kind}. Lataa esittelyrekisteri tai synteettinen rekisteri "
        "uuteen, tyhjään rekisteritiedostoon."
    ),
    "error.registry.vendors": "toimittajia",
    "error.registry.services": "palveluja",
    "error.registry.activities": "käsittelytoimia",
    "error.registry.synthetic_size": (
        "Synteettisessä rekisterissä on 1–{maximum} toimittajaa, ei {count}."
    ),
    "error.facts.unreadable": "Oikeudellisten tietojen tiedostoa {path} ei voi lukea: {reason}.",
    "error.facts.not_utf8": "se ei ole UTF-8-tekstiä (tavu {byte} ei ole kelvollista UTF-8:aa)",
    "error.facts.not_json": (
        "se ei ole kelvollista JSONia: {reason} rivillä {line}, sarakkeessa {column}"
    ),
    "error.facts.not_object": "siinä on {found}, ei JSON-objektia",
    "error.facts.missing": "kohta {place} puuttuu",
    "error.facts.wrong_type": "kohdan {place} on oltava {expected}, ei {found}",
    "error.facts.not_date": (
        "kohdan {place} on oltava päivämäärä muodossa VVVV-KK-PP, ei {value}"
    ),
    "error.facts.not_one_of": "kohdan {place} on oltava jokin arvoista {allowed}, ei {value}",
    "error.facts.not_member": "kohdan {place} on oltava jokin kohdan {members} maista, ei {value}",
    "error.facts.no_mechanism": "kohdassa {place} ei ole merkintää mekanismille {id}",
    "error.facts.kind.object": "objekti",
    "error.facts.kind.list": "luettelo",
    "error.facts.kind.text": "teksti",
    "error.facts.kind.number": "luku",
    "error.facts.kind.whole": "kokonaisluku",
    "error.facts.kind.flag": "true tai false",
    "error.delete.sub_processor": (
        "Toimittajaa ”{name}” ei voi poistaa: sen alihankkija {names} jäisi ilman ylempää "
        "toimittajaa. Poista myös se tai anna sille ensin toinen ylempi toimittaja."
    ),
    "error.delete.sub_processors": (
        "Toimittajaa ”{name}” ei voi poistaa: sen alihankkijat {names} jäisivät ilman ylempää "
        "toimittajaa. Poista myös ne tai anna niille ensin toinen ylempi toimittaja."
    ),
    "error.restore.refused": (
        "Kohdetta ”{name}” ei voi palauttaa: {problem:uncap} Nimeä toinen uudelleen tai "
        "poista se ensin."
    ),
    "error.exchange.is_folder": "{path} on kansio, ei vientitiedosto.",
    "error.exchange.not_utf8": (
        "{path} ei ole UTF-8-tekstiä (tavu {byte} ei ole kelvollista UTF-8:aa), joten se ei "
        "ole vientitiedosto."
    ),
    "error.exchange.not_json": (
        "{path} ei ole kelvollista JSONia: {reason} rivillä {line}, sarakkeessa {column}."
    ),
    "error.exchange.document": "Asiakirja",
    "error.exchange.not_object": (
        "{subject} ei sisällä vientiasiakirjaa (JSON-objektia), vaan siinä on {kind}."
    ),
    "error.exchange.json.list": "luettelo",
    "error.exchange.json.text": "teksti",
    "error.exchange.json.value": "arvo {value}",
    "error.exchange.json.number": "luku",
    "error.exchange.not_exchange": (
        "{subject} ei ole Subprocessor Registryn vientiasiakirja ({found})."
    ),
    "error.exchange.format.missing": "siitä puuttuu ”format”",
    "error.exchange.format.other": "sen ”format” on {value} eikä ”{expected}”",
    "error.exchange.bad_version": (
        "{subject} ei sisällä kelvollista ”version”-arvoa ({found}; sen on oltava "
        "kokonaisluku, vähintään 1)."
    ),
    "error.exchange.version.is": "arvo on {value}",
    "error.exchange.version.missing": "arvo puuttuu",
    "error.exchange.newer": (
        "{subject} on kirjoitettu Subprocessor Registryn uudemmalla versiolla (muotoversio "
        "{version}; tämä versio lukee muotoversiota {newest} ja vanhempia). Päivitä sovellus "
        "ja tuo tiedosto uudelleen."
    ),
    "error.import.problem": "Tiedostoa ei tuotu: löytyi 1 ongelma.",
    "error.import.problems": "Tiedostoa ei tuotu: löytyi {count} ongelmaa.",
    "error.exchange.too_deep": (
        "Tiedostossa {path} on luetteloita ja objekteja sisäkkäin yli {limit} tasoa (rivillä "
        "{line}, sarakkeessa {column}), joten se ei ole vientitiedosto."
    ),
    "error.exchange.number_too_large": (
        "Tiedostossa {path} on rivillä {line}, sarakkeessa {column} luku, joka on liian suuri "
        "luettavaksi."
    ),
    "error.exchange.not_a_number": (
        "{path} ei ole kelvollista JSONia: {value} ei ole JSONin sallima luku (rivillä {line}, "
        "sarakkeessa {column})."
    ),
    "error.report.unknown": "Raporttia ”{kind}” ei ole. Raportit: {reports}.",
    "error.report.language": (
        "Raportteja ei ole saatavilla kielellä ”{lang}”. Valitse jokin näistä: {languages}."
    ),
    "error.report.no_service": "Palvelua nimeltä ”{name}” ei ole. Tunnetut palvelut: {known}.",
    "error.report.no_services": "ei yhtään",
    "error.report.no_folder": (
        "Tiedostoon {path} ei voi kirjoittaa: kansiota {folder} ei ole olemassa."
    ),
    "error.report.not_a_folder": "Tiedostoon {path} ei voi kirjoittaa: {folder} ei ole kansio.",
    "error.report.is_folder": "{path} on kansio. Valitse raportille tiedostonimi.",
    "error.report.read_only": (
        "Tiedostoa {path} ei voi korvata: tiedosto on kirjoitussuojattu tai auki toisessa "
        "ohjelmassa."
    ),
    "error.report.in_use": (
        "Tiedostoa {path} ei voi korvata: se on auki toisessa ohjelmassa tai "
        "kirjoitussuojattu. Sulje se siellä ja vie raportti uudelleen."
    ),
    "error.report.denied": (
        "Tiedostoon {path} ei voi kirjoittaa: käyttöoikeus puuttuu. Valitse kansio, johon "
        "voit kirjoittaa."
    ),
    "error.report.busy": (
        "Tiedosto {path} on auki toisessa ohjelmassa. Sulje se siellä ja vie raportti "
        "uudelleen."
    ),
}

ERROR_TABLES: dict[str, dict[str, str]] = {"en": EN, "nb": NB, "da": DA, "sv": SV, "fi": FI}
