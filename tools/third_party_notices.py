"""Write THIRD-PARTY-NOTICES.txt: every distribution the application needs at run time (the
closure of antiviolenza-desktop's requirements, extras left out), with its version, its
licence and the full licence texts its dist-info carries; then the fonts in resources/fonts
(their licence files) and the Python interpreter.

LGPL components (PySide6, shiboken6 and Qt inside them; python-stdnum) get the source offer
and how to replace them in an installed build. A distribution that names its licence but
ships no text (PySide6 and shiboken6) gets the official text kept in installer/licenses/.

Usage: python tools/third_party_notices.py [OUTPUT] (default: THIRD-PARTY-NOTICES.txt at the
repository root). Run it from the venv the build uses, after a dependency changes; commit
the result (the About dialog and the installer ship it).
"""

from __future__ import annotations

import re
import sys
import sysconfig
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "THIRD-PARTY-NOTICES.txt"
KEPT_LICENCES = ROOT / "installer" / "licenses"
APPLICATION = "antiviolenza-desktop"
LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# Texts for distributions that name these licences but ship none (file in installer/licenses).
FALLBACK_TEXTS = {"LGPL-3.0": ("LGPL-3.0.txt", "GPL-3.0.txt")}
RULE = "=" * 78

LGPL_NOTE = """\
LGPL component. This build uses it unmodified, as a separately replaceable library: its
Python files and shared libraries are plain files in the program folder (_internal/{folder}),
not compiled into the application's archive. To use your own build of it, replace those
files with a compatible version (same Python ABI; for PySide6/shiboken6 the same Qt 6 minor
version) and restart the application; `antiviolenza-gui --self-test` checks the result.
Source offer: the complete corresponding source of this exact version is published by its
authors ({source}); on request, for three years from the date you received this build, the
maintainers of antiviolenza-desktop will provide a copy of it on a physical medium at no
more than the cost of making it."""
LGPL_SOURCES = {
    "pyside6-essentials": ("PySide6", "https://download.qt.io/official_releases/QtForPython/"),
    "shiboken6": ("shiboken6", "https://download.qt.io/official_releases/QtForPython/"),
    "python-stdnum": ("stdnum", "https://pypi.org/project/python-stdnum/#files"),
}
QT_NOTE = """\
PySide6 contains the Qt 6 libraries (LGPL-3.0), which include third-party components under
their own permissive licences; their list is at https://doc.qt.io/qt-6/licenses-used-in-qt.html."""


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    texts: tuple[tuple[str, str], ...]  # (file name, full text)

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}".strip()

    @property
    def key(self) -> str:
        return normalise(self.name)

    @property
    def is_lgpl(self) -> bool:
        return "LGPL" in self.licence or "Lesser General Public" in self.licence


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _application_requirements() -> list[str]:
    """The runtime requirements of the application: from its installed metadata, or from
    pyproject.toml when it is frozen from src/ without being installed (the Windows build)."""
    try:
        return list(metadata.distribution(APPLICATION).requires or ())
    except metadata.PackageNotFoundError:
        project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
        return list(project["dependencies"])


def runtime_closure() -> list[metadata.Distribution]:
    """Every distribution the application's unconditional requirements need, recursively, as
    installed in the running environment (so the notices match the platform they ship on)."""
    found: dict[str, metadata.Distribution] = {}
    pending = [
        Requirement(line).name
        for line in _application_requirements()
        if Requirement(line).marker is None
        or Marker(str(Requirement(line).marker)).evaluate({"extra": ""})
    ]
    while pending:
        name = pending.pop()
        if normalise(name) in found:
            continue
        distribution = metadata.distribution(name)
        found[normalise(name)] = distribution
        for line in distribution.requires or ():
            requirement = Requirement(line)
            marker = requirement.marker
            if marker is None or Marker(str(marker)).evaluate({"extra": ""}):
                pending.append(requirement.name)
    return [found[key] for key in sorted(found) if key != normalise(APPLICATION)]


def licence_of(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 100:
        return declared
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or ()]
    licences = [c for c in classifiers if "icen" in c]
    return ", ".join(licences) or "see the licence text below"


def licence_texts(distribution: metadata.Distribution, licence: str) -> tuple[tuple[str, str], ...]:
    texts = []
    for file in distribution.files or ():
        parts = Path(str(file)).parts
        in_dist_info = bool(parts) and parts[0].endswith(".dist-info")
        if in_dist_info and (LICENCE_FILE.match(parts[-1]) or "licenses" in parts[1:-1]):
            texts.append(
                ("/".join(parts[1:]), Path(file.locate()).read_text("utf-8", errors="replace"))
            )
    if not texts:
        for spdx, files in FALLBACK_TEXTS.items():
            if spdx in licence:
                texts.extend((name, (KEPT_LICENCES / name).read_text("utf-8")) for name in files)
    return tuple(texts)


def components() -> list[Component]:
    result = []
    for distribution in runtime_closure():
        licence = licence_of(distribution)
        name = distribution.metadata["Name"]
        result.append(
            Component(name, distribution.version, licence, licence_texts(distribution, licence))
        )
    return result


def font_component() -> list[Component]:
    """The fonts shipped in resources/fonts (embedded in every PDF), with their licence files."""
    folder = ROOT / "resources" / "fonts"
    texts = tuple(
        (path.name, path.read_text("utf-8", errors="replace"))
        for path in sorted(folder.glob("*"))
        if path.is_file() and LICENCE_FILE.match(path.name)
    )
    return (
        [Component("Fonts (resources/fonts)", "", "see the licence text below", texts)]
        if texts
        else []
    )


def python_component() -> Component:
    # Linux keeps it in the standard library's folder, Windows beside python.exe.
    places = (Path(sysconfig.get_paths()["stdlib"]), Path(sys.base_prefix))
    licence_file = next(
        (place / "LICENSE.txt" for place in places if (place / "LICENSE.txt").exists()), None
    )
    texts = ((licence_file.name, licence_file.read_text("utf-8")),) if licence_file else ()
    return Component("Python", sys.version.split()[0], "PSF-2.0", texts)


def render(items: list[Component]) -> Iterator[str]:
    yield "antiviolenza-desktop – THIRD-PARTY NOTICES"
    yield ""
    yield "antiviolenza-desktop is licensed under the EUPL-1.2 (see LICENSE). The installed"
    yield "program includes the following components, each under its own licence."
    yield ""
    for item in items:
        yield f"- {item.label}: {item.licence}" + (" [LGPL]" if item.is_lgpl else "")
    for item in items:
        yield from ("", RULE, item.label, f"Licence: {item.licence}", RULE)
        if item.is_lgpl:
            folder, source = LGPL_SOURCES.get(item.key, (item.name, "its project page"))
            yield ""
            yield LGPL_NOTE.format(folder=folder, source=source)
        if item.key == "pyside6-essentials":
            yield ""
            yield QT_NOTE
        for file_name, text in item.texts:
            yield from ("", f"--- {file_name} ---", "", text.rstrip())
        if not item.texts:
            yield "(no licence text shipped by this distribution)"


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else DEFAULT_OUTPUT
    items = [*components(), *font_component(), python_component()]
    text = "\n".join(render(items)) + "\n"
    output.write_bytes(text.encode("utf-8"))
    lgpl = [item.name for item in items if item.is_lgpl]
    print(f"{output}: {len(items)} components, LGPL: {', '.join(lgpl)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
