"""The folder tree shows the pipeline: imports go one way between the stage packages, and no module is long.

Read from the source with `ast`, so the rule holds for code that is never run by another test.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
# The packages in pipeline order: each may use only those before it. The site builder knows nothing of
# campaigns (it takes pages and files), so it comes right after the shared base.
ORDER = ("base", "builder", "model", "load", "validate", "compute", "render", "write", "build", "staff", "commands",
         "__main__")
MOST_LINES = 300


def modules() -> Iterator[Path]:
    yield from sorted(GENERATOR.rglob("*.py"))


def dotted(path: Path) -> str:
    """generator/compute/site.py -> compute.site; generator/build.py -> build."""
    parts = path.relative_to(GENERATOR).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage(module: str) -> str:
    return module.split(".")[0]


def imported(path: Path) -> Iterator[tuple[int, str]]:
    """Each module of the generator that `path` imports, with its line, as dotted names inside the generator."""
    here = dotted(path).split(".")
    yield from imports_of(path.read_text(encoding="utf-8"), here if path.name == "__init__.py" else here[:-1])


def imports_of(source: str, package: list[str]) -> Iterator[tuple[int, str]]:
    """The generator's modules that `source`, standing in `package`, imports."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = [*base, *(node.module.split(".") if node.module else [])]
            elif node.module and node.module.split(".")[0] == "generator":
                target = node.module.split(".")[1:]
            else:
                continue
            names = [alias.name for alias in node.names]
            for name in names if not node.module or not target else [""]:
                yield node.lineno, ".".join(t for t in [*target, name] if t)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "generator":
                    yield node.lineno, ".".join(alias.name.split(".")[1:])


def test_every_module_belongs_to_a_stage_of_the_order() -> None:
    strays = sorted({stage(dotted(path)) for path in modules() if dotted(path)} - set(ORDER))
    assert not strays, f"generator/ holds {strays}: put each in its stage's package, or add the stage to ORDER"


@pytest.mark.parametrize("path", list(modules()), ids=lambda path: dotted(path) or "generator")
def test_imports_go_one_way_along_the_pipeline(path: Path) -> None:
    mine = stage(dotted(path))
    if not mine:
        return
    wrong = [f"{path.relative_to(GENERATOR.parent)}:{line}: {mine} imports {target}"
             for line, target in imported(path)
             if target and stage(target) != mine and ORDER.index(stage(target)) > ORDER.index(mine)]
    assert not wrong, "a stage may use only the stages before it:\n" + "\n".join(wrong)


@pytest.mark.parametrize("path", list(modules()), ids=lambda path: dotted(path) or "generator")
def test_no_module_reaches_into_another_packages_private_module(path: Path) -> None:
    mine = stage(dotted(path))
    wrong = [f"{line}: {target}" for line, target in imported(path)
             if stage(target) != mine and any(part.startswith("_") for part in target.split(".")[1:])]
    assert not wrong, f"{path}: " + ", ".join(wrong)


@pytest.mark.parametrize("path", list(modules()), ids=lambda path: dotted(path) or "generator")
def test_no_module_is_over_300_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MOST_LINES, f"{path} has {lines} lines: split it by what its parts hold"


def test_the_check_sees_an_import_against_the_order() -> None:
    """The checker itself: in model, an import of compute is caught and one of base is not."""
    source = "from ..compute.site import SiteView\nfrom ..base.errors import Problem\nfrom . import dates\n"
    targets = [target for _, target in imports_of(source, ["model"])]
    assert targets == ["compute.site", "base.errors", "model.dates"]
    assert [t for t in targets if ORDER.index(stage(t)) > ORDER.index("model")] == ["compute.site"]
