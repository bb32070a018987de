"""The app folder of ``make bundle``, run as a person runs it, without a Python of their own:
its version, the demo registry, the check, reports that need the catalogues and the fonts,
the window (offscreen), and its place in the applications menu (Linux).

Run by ``make bundle-test`` (``--install``; ``--bundle`` names another app folder: the
workflows of .github/workflows/ run it on the Windows folder and the macOS ``.app`` too).
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.test_desktop import desktop_entry

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.install


def program_in(folder: Path) -> Path:
    """The command-line program of an app folder, as PyInstaller lays it out here."""
    if sys.platform == "win32":
        return folder / "subprocessor-registry.exe"
    if sys.platform == "darwin":
        return folder / "Contents" / "MacOS" / "subprocessor-registry"
    return folder / "subprocessor-registry"


class Bundle:
    def __init__(self, folder: Path, work: Path) -> None:
        self.folder, self.work = folder, work
        self.program = program_in(folder)

    def run(self, *argv: str | Path, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
        """The bundle's program, in a clean environment: no Python of the developer's."""
        clean = {k: v for k, v in os.environ.items()
                 if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        if sys.platform != "win32":
            clean["PATH"] = "/usr/bin:/bin"
        return subprocess.run([str(self.program), *map(str, argv)], capture_output=True,
                              text=True, cwd=self.work, env={**clean, **(env or {})},
                              timeout=120, check=False)


@pytest.fixture(scope="module")
def bundle(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    folder = Path(pytestconfig.getoption("--bundle")).resolve()
    if not program_in(folder).is_file():
        pytest.fail(f"no bundle in {folder}: run make bundle first")
    return Bundle(folder, tmp_path_factory.mktemp("bundle"))


@pytest.fixture(scope="module")
def demo(bundle: Bundle) -> Path:
    db = bundle.work / "registry.sqlite3"
    loaded = bundle.run("demo", "--db", db)
    assert (loaded.returncode, loaded.stderr) == (0, "")
    assert loaded.stdout == f"Loaded the demo registry into {db}.\n"
    return db


def test_the_bundle_says_its_version(bundle: Bundle) -> None:
    shown = bundle.run("--version")
    assert (shown.returncode, shown.stderr) == (0, "")
    assert shown.stdout.startswith("Subprocessor Registry ")
    assert "(legal facts as of " in shown.stdout


def test_the_bundle_checks_the_demo_with_its_own_legal_facts(bundle: Bundle, demo: Path) -> None:
    checked = bundle.run("check", "--db", demo, "--as-of", "2026-11-21")
    assert (checked.returncode, checked.stderr) == (0, "")
    assert checked.stdout.startswith("Smart Solution AS as of 2026-11-21: ")
    assert "transfer.dead-mechanism" in checked.stdout and "C-311/18" in checked.stdout
    facts = bundle.run("facts")
    assert facts.stdout.startswith(f"Legal facts from {bundle.folder}")


def test_the_bundle_finds_what_the_source_finds(bundle: Bundle, demo: Path) -> None:
    """Every finding of the demo, registration numbers checked for their country among them
    (python-stdnum finds a country's module by its name, which a bundle can miss), is the
    same as the source's."""
    argv = ("check", "--json", "--db", str(demo), "--as-of", "2026-11-21")
    bundled = bundle.run(*argv)
    source = subprocess.run([sys.executable, str(ROOT / "main.py"), *argv], capture_output=True,
                            text=True, timeout=120, check=True)
    assert bundled.returncode == 0, bundled.stderr
    assert json.loads(bundled.stdout) == json.loads(source.stdout)


def test_the_bundle_writes_the_register_in_norwegian(bundle: Bundle, demo: Path) -> None:
    register = bundle.work / "register.xlsx"
    written = bundle.run("report", "ropa-xlsx", "--db", demo, "--lang", "nb", "-o", register)
    assert (written.returncode, written.stderr) == (0, "")
    workbook = load_workbook(register, read_only=True)
    assert "Leverandører" in workbook.sheetnames, workbook.sheetnames
    vendors = [row[0] for row in workbook["Leverandører"].iter_rows(values_only=True)]
    assert any(str(name).startswith("Zendesk") for name in vendors), vendors


def test_the_bundle_prints_the_list_with_its_fonts(bundle: Bundle, demo: Path) -> None:
    pdf = bundle.work / "underleverandorer.pdf"
    written = bundle.run("report", "subprocessors-pdf", "--db", demo, "--lang", "fi",
                         "-o", pdf)
    assert (written.returncode, written.stderr) == (0, "")
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Sivu 1/" in text and "Laadittu ohjelmalla Subprocessor Registry" in text, text
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in font for font in fonts), fonts


def test_the_bundle_opens_the_window(bundle: Bundle, demo: Path) -> None:
    started = bundle.run("--db", demo, env={"QT_QPA_PLATFORM": "offscreen",
                                            "SPR_QUIT_WHEN_READY": "1", "SPR_LANGUAGE": "sv"})
    assert (started.returncode, started.stdout) == (0, "SPR-READY\n"), started.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="the desktop of Linux")
def test_the_bundle_puts_itself_in_the_applications_menu(bundle: Bundle) -> None:
    data = bundle.work / "data"
    added = bundle.run("install-desktop", env={"XDG_DATA_HOME": str(data)})
    assert (added.returncode, added.stderr) == (0, "")
    entry = data / "applications" / "subprocessor-registry.desktop"
    command = shlex.split(desktop_entry(entry)["Exec"])
    assert command == [str(bundle.program)]
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "subprocessor-registry.png").is_file()
