"""The checkers from the npm registry, pinned, in the git-ignored build/node/: axe-core (the browser tests), the Nu
HTML checker (vnu-jar, run with Java 17) and Lighthouse (tests/quality/lighthouse_nu.py only).

They are installed in one `npm install`, since npm removes from the folder what a command does not name."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NODE_DIR = REPO / "build" / "node"
MODULES = NODE_DIR / "node_modules"
AXE_VERSION = "4.14.1"
VNU_VERSION = "26.9.27"
LIGHTHOUSE_VERSION = "12.8.2"       # 13.x needs Node 22; Debian 12 ships Node 18/20
# SHA-256 of the one file run from each (the Makefile reads these lines): npm checks the registry's own hash, this
# checks ours.
AXE_SHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c"
VNU_SHA256 = "22f15dd39a33bed929d2a5c0cddf5946849a647eca9272bf4d5d00bc7e7a4d47"
SHA256 = {"axe-core/axe.min.js": AXE_SHA256, "vnu-jar/build/dist/vnu.jar": VNU_SHA256}
VNU_JAR = MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = MODULES / "lighthouse" / "cli" / "index.js"


def installed(package: str) -> str | None:
    """The version of `package` in build/node, or None."""
    manifest = MODULES / package / "package.json"
    version: str | None = json.loads(manifest.read_text(encoding="utf-8"))["version"] if manifest.is_file() else None
    return version


def wanted(with_lighthouse: bool) -> dict[str, str]:
    """The packages and versions to have: axe-core and vnu-jar always, Lighthouse when asked (or already there)."""
    packages = {"axe-core": AXE_VERSION, "vnu-jar": VNU_VERSION}
    if with_lighthouse or installed("lighthouse") == LIGHTHOUSE_VERSION:
        packages["lighthouse"] = LIGHTHOUSE_VERSION
    return packages


def ensure_tools(with_lighthouse: bool = False) -> str | None:
    """Install what is missing (all at once); None when ready, else what went wrong and how to fix it."""
    packages = wanted(with_lighthouse)
    if any(installed(name) != version for name, version in packages.items()):
        npm = shutil.which("npm")
        if npm is None:
            return "npm is missing: sudo apt-get install npm"
        command = [npm, "install", "--prefix", str(NODE_DIR), "--no-save", "--no-package-lock", "--no-audit",
                   "--no-fund", *[f"{name}@{version}" for name, version in packages.items()]]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            return f"npm could not install {', '.join(packages)} into {NODE_DIR}:\n{done.stderr}"
    for path, digest in SHA256.items():
        if hashlib.sha256((MODULES / path).read_bytes()).hexdigest() != digest:
            shutil.rmtree(NODE_DIR)
            return f"{path}: wrong SHA-256, refused (tests/quality/tools.py SHA256); build/node removed"
    return None
