"""What `make install` promises: Python 3.11+ (Debian 12 ships 3.11.2), and every download pinned by hash."""

from __future__ import annotations

import re
from importlib import metadata

import pytest
from packaging.specifiers import SpecifierSet

from tests.conftest import ROOT

OLDEST_PYTHON = "3.11.0"       # the README's promise: "Python 3.11+"
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^ \\]+)", re.M)


def pinned() -> dict[str, str]:
    return dict(PIN.findall((ROOT / "requirements.lock").read_text(encoding="utf-8")))


def test_every_pinned_package_installs_on_the_oldest_python_we_promise() -> None:
    refusing = {}
    for name, version in pinned().items():
        needs = metadata.metadata(name)["Requires-Python"] or ""
        if not SpecifierSet(needs).contains(OLDEST_PYTHON):
            refusing[f"{name}=={version}"] = needs
    assert refusing == {}


def test_the_project_promises_what_the_readme_says() -> None:
    assert 'requires-python = ">=3.11"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "Python 3.11+" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_pinned_package_has_a_hash_and_is_the_one_installed() -> None:
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z])", lock.split("\n", 1)[1] if lock.startswith("#") else lock)
    for block in (b for b in blocks if PIN.match(b)):
        name, version = PIN.match(block).groups()       # type: ignore[union-attr]
        assert "--hash=sha256:" in block, name
        assert metadata.version(name) == version, name


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-build.lock", "requirements-tools.lock"])
def test_every_lock_pins_each_package_with_a_hash(lock: str) -> None:
    text = (ROOT / lock).read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z])", text)
    pins = [entry for entry in entries if PIN.match(entry)]
    assert pins and all("--hash=sha256:" in entry for entry in pins)
    assert not [line for line in text.splitlines() if re.match(r"^[A-Za-z]", line) and "==" not in line]


def test_every_download_of_the_makefile_is_pinned_and_hash_checked() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = re.findall(r"pip\"? install ([^\n;]*)", makefile)
    assert installs and all("--require-hashes" in line or "--no-deps --no-build-isolation -e ." in line
                            for line in installs), installs
    assert "sha256sum --quiet -c" in makefile and "axe-core@$(AXE_VERSION)" in makefile
