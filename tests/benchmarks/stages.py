"""Timing a build of the synthetic province: the stages of `generator.build.build`, wall and CPU seconds."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.build import Project, build_language_site, check, collecting_rarely, epoch_of, make
from generator.builder.forked import for_each_language
from generator.model.fields import LANGUAGES
from generator.render import cards as render_cards
from generator.render.cards import prune_cards
from generator.write.docs import (
    join_languages,
    stamp_builds,
    write_root_files,
)
from generator.write.publish import new_build, publish
from tests.benchmarks import synthetic

TODAY = synthetic.TODAY


# --- Timing the stages of generator.build.build --------------------------------------------

def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@dataclass
class Stages:
    """Wall and CPU seconds per stage of one build, in pipeline order.

    CPU seconds do not grow when other programs share the cores, so they show the work done even on a
    busy machine: on a quiet one, the wall time of a one-process stage is about its CPU time.
    """

    seconds: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    languages: dict[str, dict[str, float]] = field(default_factory=dict)   # mkdocs per language: wall, cpu

    @contextlib.contextmanager
    def time(self, name: str) -> Iterator[None]:
        started, cpu = time.perf_counter(), cpu_seconds()
        yield
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
        self.cpu[name] = self.cpu.get(name, 0.0) + cpu_seconds() - cpu

    @property
    def builder(self) -> float:
        """The site builder's wall time: the slower language's mkdocs (the languages build at once)."""
        return max((times["mkdocs wall"] for times in self.languages.values()), default=0.0)

    @property
    def total(self) -> float:
        return sum(self.seconds.values())

    @property
    def generator(self) -> float:
        return self.total - self.builder

    @property
    def generator_stages(self) -> float:
        """The generator's own stages: load + validate, then the slower language's compute and render."""
        own = [times.get("compute", 0.0) + times.get("render", 0.0) for times in self.languages.values()]
        return self.seconds.get("load + validate", 0.0) + max(own, default=0.0)

    @property
    def generator_stages_cpu(self) -> float:
        """The same in CPU seconds: what they take on a quiet machine."""
        own = [times.get("compute cpu", 0.0) + times.get("render cpu", 0.0) for times in self.languages.values()]
        return self.cpu.get("load + validate", 0.0) + max(own, default=0.0)

    @property
    def quiet_estimate(self) -> float:
        """The total on a quiet machine: CPU seconds, counting only the slower of the languages built at once."""
        languages = [times["cpu"] for times in self.languages.values()]
        return sum(self.cpu.values()) - sum(languages) + max(languages, default=0.0)

    @property
    def quiet_generator_share(self) -> float:
        builder = max((times["mkdocs cpu"] for times in self.languages.values()), default=0.0)
        return 1 - builder / self.quiet_estimate


PER_LANGUAGE = "per language, both at once: compute, render, docs folder, site builder"


@collecting_rarely
def staged_build(project: Project, stages: Stages) -> list[str]:
    """`generator.build.build`, line for line, with each stage timed (in each language's process by itself);
    the pages of the first language, as the built site has them."""
    started = time.time()
    with stages.time("load + validate"):
        catalog, _ = check(project)
    with stages.time(PER_LANGUAGE):
        stamp_builds(epoch_of(TODAY))
        staging = new_build(project.site_dir)
        made = for_each_language(functools.partial(timed_language_site, project, catalog, staging), LANGUAGES)
    stages.languages = {code: times for code, (_, times) in made.items()}
    with stages.time("root files + swap into site/"):
        built = join_languages(staging)
        write_root_files(made[LANGUAGES[0]][0], built)
        publish(built, project.site_dir)
    with stages.time("prune unused cards"):
        prune_cards(project.cards_dir, started)
    return built_pages(project.site_dir)


def built_pages(site: Path) -> list[str]:
    """The first language's pages (Vietnamese, at the site's root; English is under `en/`)."""
    return sorted(str(page.relative_to(site)) for page in site.rglob("index.html")
                  if page.relative_to(site).parts[0] != "en")


def timed_language_site(project: Project, catalog: Any, staging: Path,
                        code: str) -> tuple[dict[str, bytes], dict[str, float]]:
    """`build_language_site` in its language's process, timed: its root files and seconds."""
    times = Stages()
    before = dataclasses.replace(render_cards.WORK)
    with times.time("all"):
        root_files = build_language_site(project, catalog, TODAY, staging, code, times.time)
    seconds, cpu = times.seconds, times.cpu
    return root_files, {"wall": seconds.pop("all"), "cpu": cpu.pop("all"),
                        "mkdocs wall": seconds["site builder"], "mkdocs cpu": cpu["site builder"]} | seconds | {
                            f"{stage} cpu": used for stage, used in cpu.items()} | card_work(before)


def card_work(before: render_cards.CardWork) -> dict[str, float]:
    """The link preview cards this process got since `before` (drawn, read back) and their seconds, part of the
    render stage."""
    now = render_cards.WORK
    return {"cards drawn": now.drawn - before.drawn, "cards read back": now.kept - before.kept,
            "cards wall": now.seconds - before.seconds, "cards cpu": now.cpu - before.cpu}


def warm_language(project: Project, catalog: Any, code: str) -> dict[str, float]:
    """Compute and render one language again, `build/cards/` kept from the build before (as the publishing
    workflow keeps it with actions/cache): the generator's stages with the cards read back."""
    times = Stages()
    before = dataclasses.replace(render_cards.WORK)
    make(catalog, TODAY, (code,), times.time, project.cards_dir)
    return times.seconds | {f"{stage} cpu": used for stage, used in times.cpu.items()} | card_work(before)


def warm_generator(project: Project) -> dict[str, Any]:
    """The generator's own stages once more on the same inputs, the cards kept: per language, and the slower
    language's compute + render, with and without its cards."""
    catalog, _ = check(project)
    languages = for_each_language(functools.partial(warm_language, project, catalog), LANGUAGES)
    return {"per language": languages} | card_shares(languages)


def card_shares(languages: dict[str, dict[str, float]]) -> dict[str, float]:
    """The slower language's compute + render (cpu), the cards' part of it, and the cards' ms each."""
    slower = max(languages.values(), key=lambda t: t.get("compute cpu", 0.0) + t.get("render cpu", 0.0))
    cards = slower["cards drawn"] + slower["cards read back"]
    own = slower.get("compute cpu", 0.0) + slower.get("render cpu", 0.0)
    return {"compute + render cpu (s)": round(own, 3), "cards cpu (s)": round(slower["cards cpu"], 3),
            "without cards cpu (s)": round(own - slower["cards cpu"], 3), "cards": cards,
            "drawn": slower["cards drawn"], "ms per card": round(1000 * slower["cards cpu"] / max(cards, 1), 2)}


def peak_memory_mb() -> dict[str, float]:
    """Peak resident memory (ru_maxrss, KB on Linux) of this process and of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": round(own, 1), "largest child": round(children, 1), "sum": round(own + children, 1)}
