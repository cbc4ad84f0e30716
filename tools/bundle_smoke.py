"""Smoke-test a frozen folder (dist/antiviolenza-desktop): the GUI's full self-test offscreen
(with its time to window), the CLI's self-test, then through the frozen CLI: the demo store (Faker's
it_IT names), init of a capofila and an Ambito, verify, backup, enrol issue/accept/register, bundle
export/import, province totals, co-financing hours and the financial report (PDF and XLSX) that
counts them. Passwords go through --password-file / --new-password-file files in a private
temporary folder, deleted at the end.

Usage: python tools/bundle_smoke.py [FOLDER]   (`make bundle-smoke` builds, then runs this)
Prints one line per step with its time, and the figures at the end; exits 1 on the first
failure, with the step's output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT / "dist" / "antiviolenza-desktop"
PASSWORD = "cavallo-batteria-graffetta-lanterna-gelso"  # noqa: S105 - a throwaway store's
SUFFIX = ".exe" if os.name == "nt" else ""


class SmokeFailed(RuntimeError):
    pass


def run(step: str, command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300, check=False
    )
    verdict = "OK" if done.returncode == 0 else "ERRORE"
    print(f"{verdict:7} {step} ({time.monotonic() - started:.1f} s)")
    if done.returncode != 0:
        raise SmokeFailed(f"{step}: exit {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def gui_self_test(folder: Path, env: dict[str, str]) -> float:
    """The GUI's self-test; returns seconds from launch to the main window first shown."""
    launched = time.time()
    done = run(
        "antiviolenza-gui --self-test",
        [str(folder / f"antiviolenza-gui{SUFFIX}"), "--self-test"],
        env,
    )
    print(done.stdout.rstrip())
    shown = next(line for line in done.stdout.splitlines() if "finestra principale" in line)
    return float(shown.rsplit("mostrata a ", 1)[1].rstrip(")")) - launched


class Cli:
    def __init__(self, folder: Path, work: Path, env: dict[str, str]) -> None:
        self.program = str(folder / f"antiviolenza{SUFFIX}")
        self.work = work
        self.env = env
        self.password_file = work / "password.txt"
        self.password_file.write_text(PASSWORD, "utf-8")

    def json(self, step: str, *args: str) -> dict[str, object]:
        return dict(json.loads(run(step, [self.program, *args, "--json"], self.env).stdout))

    def on(self, store: Path, *args: str) -> list[str]:
        """`action [sub]` on `store` as its coordinator, password from the file."""
        words = [arg for arg in args if not arg.startswith("-")][:2]
        rest = list(args[len(words) :])
        return [
            *words,
            "--store",
            str(store),
            "--user",
            "coord",
            "--password-file",
            str(self.password_file),
            *rest,
        ]

    def init(self, store: Path, ambito: str) -> None:
        self.json(
            f"init {ambito}",
            "init", "--store", str(store), "--name", f"Prova {ambito}", "--ambito", ambito,
            "--user", "coord", "--display-name", "Coordinatrice Prova",
            "--new-password-file", str(self.password_file),
        )  # fmt: skip


def cli_smoke(cli: Cli) -> None:
    work = cli.work
    cli.json("demo (Faker it_IT)", "demo", "--store", str(work / "demo.avdb"))
    capofila, cremonese = work / "capofila.avdb", work / "cremonese.avdb"
    cli.init(capofila, "capofila")
    cli.init(cremonese, "cremonese")
    cli.json("verify", *cli.on(capofila, "verify"))
    backup = cli.json("backup", *cli.on(capofila, "backup"))
    if not Path(str(backup["backup"])).exists():
        raise SmokeFailed("backup: the copy it names does not exist")
    enrolment, key = work / "iscrizione.json", work / "chiave.json"
    issued = cli.json(
        "enrol issue",
        *cli.on(capofila, "enrol", "issue", "--ambito", "cremonese", "--out", str(enrolment)),
    )
    code_file = work / "codice.txt"
    code_file.write_text(str(issued["codice_monouso"]), "utf-8")
    accepted = cli.json(
        "enrol accept",
        *cli.on(
            cremonese,
            "enrol",
            "accept",
            str(enrolment),
            "--code-file",
            str(code_file),
            "--out",
            str(key),
        ),
    )
    fingerprint = str(accepted["impronta"]).replace(" ", "")
    cli.json(
        "enrol register",
        *cli.on(capofila, "enrol", "register", str(key), "--fingerprint", fingerprint),
    )
    bundle = work / "cremonese-1.avbundle"
    cli.json("bundle export", *cli.on(cremonese, "bundle", "export", "--out", str(bundle)))
    merged = cli.json("bundle import", *cli.on(capofila, "bundle", "import", str(bundle)))
    if merged.get("unito") is not True:
        raise SmokeFailed(f"bundle import: not merged ({merged})")
    cli.json("province totals", *cli.on(capofila, "province", "totals"))
    report_smoke(cli, cremonese)


def report_smoke(cli: Cli, store: Path) -> None:
    """The financial report refuses an empty store: record co-financing hours first (this
    month's, 12:30 at 25,50 = 318,75 of B), then the report must count them."""
    hours = cli.json(
        "fondi ore",
        *cli.on(
            store, "fondi", "ore", "--ente", "Comune di Cremona", "--persona",
            "Assistente sociale", "--azione", "3.1", "--mese", time.strftime("%m/%Y"),
            "--ore", "12:30", "--costo-orario", "25,50",
        ),
    )  # fmt: skip
    pdf, xlsx = store.parent / "rendiconto.pdf", store.parent / "rendiconto.xlsx"
    report = cli.json(
        "fondi rendiconto",
        *cli.on(store, "fondi", "rendiconto", "--pdf", str(pdf), "--xlsx", str(xlsx)),
    )
    if report.get("realizzato_b") != hours.get("valore"):
        raise SmokeFailed(f"fondi rendiconto: B is not the hours recorded ({report}, {hours})")
    if not pdf.read_bytes().startswith(b"%PDF-") or not xlsx.read_bytes().startswith(b"PK"):
        raise SmokeFailed("fondi rendiconto: the PDF or the XLSX is not what it claims")


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT_FOLDER
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="antiviolenza-fumo-") as temporary:
        work = Path(temporary)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(work),
            "XDG_DATA_HOME": str(work / "dati"),
        }
        env.pop("ANTIVIOLENZA_PASSWORD", None)
        try:
            to_window = gui_self_test(folder, env)
            print(
                run(
                    "antiviolenza self-test",
                    [str(folder / f"antiviolenza{SUFFIX}"), "self-test"],
                    env,
                ).stdout.rstrip()
            )
            cli_smoke(Cli(folder, work, env))
        except SmokeFailed as failure:
            print(f"bundle smoke FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"Folder: {folder} — {folder_size(folder) / 2**20:.0f} MiB")
    print(f"Time to window (frozen GUI, offscreen): {to_window:.2f} s")
    print(f"Smoke: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
