"""The app as ``pip install`` and ``pipx install`` give it: a wheel built from a copy of the
checkout, installed into a virtual environment of its own and run from a folder outside the
checkout, so that every resource it reads (legal facts, catalogues, fonts, the window's
translations, the icons) comes from the installed package.

The environment borrows the libraries the app needs from the one running the tests (a
``.pth`` line), so that the test builds and installs only the app itself. Building the wheel
(with a setuptools of its own, as pip does) and starting a dozen programs from a fresh
environment takes some 40 seconds, so these tests run with ``--install`` (``make
bundle-test``, and so CI), not in every ``make test``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.install,
    pytest.mark.skipif(sys.platform == "win32", reason="a POSIX virtual environment"),
]

COPIED = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                ".*_cache", "tests", "bench", "docs", "*.sqlite3*")


class Installed:
    """A virtual environment with the app's wheel installed, and a folder to work in."""

    def __init__(self, venv: Path, work: Path, wheel: Path) -> None:
        self.venv, self.work, self.wheel = venv, work, wheel
        purelib = "import sysconfig; print(sysconfig.get_path('purelib'))"
        self.site = Path(subprocess.run([venv / "bin" / "python", "-c", purelib],
                                        capture_output=True, text=True, check=True).stdout.strip())

    def run(self, *argv: str | Path, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
        clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        return subprocess.run([str(a) for a in argv], capture_output=True, text=True,
                              cwd=self.work, env={**clean, **(env or {})}, timeout=120,
                              check=False)

    def command(self, *argv: str | Path) -> subprocess.CompletedProcess[str]:
        return self.run(self.venv / "bin" / "subprocessor-registry", *argv)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("install")
    source, wheels, venv, work = (base / n for n in ("source", "wheels", "venv", "work"))
    shutil.copytree(ROOT, source, ignore=COPIED)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--wheel-dir", wheels, source], check=True, capture_output=True)
    (wheel,) = wheels.glob("subprocessor_registry-*.whl")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    subprocess.run([sys.executable, "-m", "pip", "--python", venv / "bin" / "python",
                    "install", "--quiet", "--no-deps", "--no-index", wheel],
                   check=True, capture_output=True)
    result = Installed(venv, work, wheel)
    (result.site / "borrowed-libraries.pth").write_text(
        sysconfig.get_path("purelib") + "\n", "utf-8")
    work.mkdir()
    return result


def test_the_wheel_carries_the_resources_and_no_development_files(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for lang in ("nb", "da", "sv", "fi"):
        assert f"resources/locale/{lang}/LC_MESSAGES/registry.mo" in names
        assert f"resources/locale/{lang}/LC_MESSAGES/reports.mo" in names
    for lang in ("en", "nb", "da", "sv", "fi"):
        assert f"resources/translations/subprocessor_registry_{lang}.qm" in names
    assert {"resources/legal_facts.json", "resources/fonts/DejaVuSans.ttf",
            "resources/desktop/subprocessor-registry.svg",
            "resources/desktop/subprocessor-registry.desktop",
            "registry/migrations/env.py", "subprocessor_registry.py", "main.py"} <= names
    assert not [n for n in names if n.endswith((".po", ".pot", ".ts", "update.py"))
                or n.startswith(("tests/", "bench/"))]


def test_the_installed_command_opens_a_registry_checks_it_and_reports(
    installed: Installed
) -> None:
    version = installed.command("--version")
    assert (version.returncode, version.stderr) == (0, "")
    assert version.stdout.startswith("Subprocessor Registry ")
    assert installed.run(installed.venv / "bin" / "python", "-m", "subprocessor_registry",
                         "--version").stdout == version.stdout

    db = installed.work / "registry.sqlite3"
    demo = installed.command("demo", "--db", db)
    assert (demo.returncode, demo.stderr) == (0, "")
    check = installed.command("check", "--db", db, "--as-of", "2026-11-21")
    assert (check.returncode, check.stderr) == (0, "")
    assert "transfer.dead-mechanism" in check.stdout

    facts = installed.command("facts")
    assert facts.stdout.startswith(
        f"Legal facts from {installed.site / 'resources' / 'legal_facts.json'}, stated as of")

    register = installed.work / "register.xlsx"
    report = installed.command("report", "ropa-xlsx", "--db", db, "--lang", "nb",
                               "-o", register)
    assert (report.returncode, report.stderr) == (0, "")
    sheets = load_workbook(register, read_only=True).sheetnames
    assert "Leverandører" in sheets, sheets

    pdf = installed.work / "list.pdf"
    report = installed.command("report", "subprocessors-pdf", "--db", db, "--lang", "fi",
                               "-o", pdf)
    assert (report.returncode, report.stderr) == (0, "")
    fonts = {str(f.get_object()["/BaseFont"]) for page in PdfReader(pdf).pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in font for font in fonts), fonts


def test_the_installed_window_finds_its_translations_and_icon(installed: Installed) -> None:
    probe = ("import ui.app\n"
             "from PySide6.QtWidgets import QApplication\n"
             "from ui.language import install_translations\n"
             "from ui.icons import app_icon\n"
             "app = QApplication([])\n"
             "install_translations(app, 'nb')\n"
             "print(QApplication.translate('MainWindow', '&File'))\n"
             "print(sorted(s.width() for s in app_icon().availableSizes()))\n")
    result = installed.run(installed.venv / "bin" / "python", "-c", probe,
                           env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["&Fil", "[16, 24, 32, 48, 64, 128, 256, 512]"]
    db = installed.work / "window.sqlite3"
    assert installed.command("demo", "--db", db).returncode == 0
    started = installed.run(installed.venv / "bin" / "subprocessor-registry", "--db", db,
                            env={"QT_QPA_PLATFORM": "offscreen", "SPR_QUIT_WHEN_READY": "1"})
    assert (started.returncode, started.stdout) == (0, "SPR-READY\n"), started.stderr
