"""The app in the applications menu of a Linux desktop: ``install-desktop`` puts its launcher
and icon where the desktop looks for them (``XDG_DATA_HOME``), and the launcher starts it."""

from __future__ import annotations

import configparser
import os
import shlex
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import main

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

linux = pytest.mark.skipif(sys.platform != "linux", reason="the desktop of Linux")


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@linux
def test_install_desktop_adds_a_launcher_that_starts_the_app(
    capsys: pytest.CaptureFixture[str]
) -> None:
    data = Path(os.environ["XDG_DATA_HOME"])
    entry = data / "applications" / "subprocessor-registry.desktop"
    assert main.main(["install-desktop"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out == (f"Added Subprocessor Registry to the applications menu: {entry} "
                   f"(icons in {data / 'icons' / 'hicolor'}).\n")
    fields = desktop_entry(entry)
    assert (fields["Type"], fields["Name"], fields["Icon"]) == (
        "Application", "Subprocessor Registry", "subprocessor-registry")
    for language in ("nb", "da", "sv", "fi"):
        assert fields[f"Comment[{language}]"] != fields["Comment"], language
    for size in ICON_SIZES:
        icon = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "subprocessor-registry.png"
        assert png_size(icon) == (size, size)
    svg = data / "icons" / "hicolor" / "scalable" / "apps" / "subprocessor-registry.svg"
    assert svg.read_text("utf-8").startswith("<svg")

    launched = subprocess.run([*shlex.split(fields["Exec"]), "--version"], capture_output=True,
                              text=True, cwd=data, timeout=60, check=False)
    assert launched.returncode == 0, launched.stderr
    assert launched.stdout.startswith("Subprocessor Registry ")


@linux
def test_install_desktop_remove_takes_launcher_and_icons_away(
    capsys: pytest.CaptureFixture[str]
) -> None:
    data = Path(os.environ["XDG_DATA_HOME"])
    assert main.main(["install-desktop"]) == 0
    assert main.main(["install-desktop", "--remove"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "Removed Subprocessor Registry from the applications menu."
    left = [p for p in data.rglob("subprocessor-registry*")]
    assert left == []


@linux
def test_install_desktop_where_nothing_can_be_written_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be\n", "utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    assert main.main(["install-desktop"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"error: {blocked / 'applications'} cannot be written: ")
    assert err.count("\n") == 1


def test_install_desktop_elsewhere_than_linux_points_to_the_installer(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert main.main(["install-desktop"]) == 2
    assert capsys.readouterr() == ("", (
        "error: install-desktop adds the app to the applications menu of a Linux desktop; "
        "on Windows and macOS, the app's installer does that.\n"))
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "applications").exists()
