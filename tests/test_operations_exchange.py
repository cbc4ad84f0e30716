"""The exchange operations without Qt: export → dry run → merge → totals and the report files,
the merge order of several files given out of order, and refusals that change nothing.

The GUI's «Rete» area and the CLI's `bundle`, `enrol` and `province` commands call these very
functions, so these tests are the flows of both front ends on real encrypted stores.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.exchange.bundle_import import ImportPreview
from antiviolenza_desktop.operations.exchange_bundles import (
    BundleFileRefused,
    FilePreview,
    export_bundle_file,
    merge_files,
    merge_order,
    preview_files,
    refuse_unless_all_pass,
)
from antiviolenza_desktop.operations.exchange_enrolment import read_network
from antiviolenza_desktop.operations.exchange_keys import list_keys, read_key_file, register_key
from antiviolenza_desktop.operations.exchange_province import (
    read_province,
    write_provincial_report,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from tests.exchange_merge_support import row_counts, woman
from tests.exchange_stores import Network, enrolled_network, public_key_file


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    network = enrolled_network(tmp_path, ("cremonese", "casalasco"))
    woman(network.ambiti["cremonese"], 61, active=90_000)
    yield network
    network.close()


def _export(opened: OpenStore, path: Path) -> Path:
    export_bundle_file(opened, path)
    return path


def test_export_dry_run_merge_and_totals(network: Network, tmp_path: Path) -> None:
    cremonese, capofila = network.ambiti["cremonese"], network.capofila
    path = tmp_path / "cremonese.avbundle"
    bundle = export_bundle_file(cremonese, path)
    assert path.read_bytes() == bundle.data and bundle.sequence == 1
    lines = bundle.summary.messages()
    assert lines[0].code == "pacchetto_donne" and dict(lines[0].params)["women"] == 1
    assert lines[0].text.startswith("Donne: 1 (1 schede condivise")
    assert read_network(cremonese).next_sequence == 2

    before = row_counts(capofila)
    (checked,) = preview_files(capofila, [path])
    assert checked.mergeable and checked.preview is not None
    assert "Schede: 1 nuove" in checked.preview.as_text()
    assert row_counts(capofila) == before  # the dry run writes nothing

    (outcome,) = merge_files(capofila, [checked], all_or_none=False)
    assert outcome.merged and outcome.line.code == "pacchetto_unito"
    assert outcome.line.text == "Unito il pacchetto n. 1 dell'Ambito «cremonese»."
    totals = read_province(capofila, datetime.now(UTC))
    assert totals.women == 1
    assert {f.fund: f.projects_committed for f in totals.funds}["active_policies"] == 90_000

    (again,) = preview_files(capofila, [path])
    assert again.preview is not None and again.preview.already_imported
    assert merge_files(capofila, [again], all_or_none=False) == []

    pdf, xlsx = tmp_path / "provincia.pdf", tmp_path / "provincia.xlsx"
    assert write_provincial_report(capofila, pdf, xlsx, date.today()) == [pdf, xlsx]
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.read_bytes().startswith(b"PK")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Sulla scheda questa tabella cita la d.g.r. n. 6497 del 27/04/2017" in text


def test_several_files_out_of_order_merge_oldest_first(network: Network, tmp_path: Path) -> None:
    cremonese, casalasco = network.ambiti["cremonese"], network.ambiti["casalasco"]
    first = _export(cremonese, tmp_path / "c1.avbundle")
    second = _export(cremonese, tmp_path / "c2.avbundle")
    other = _export(casalasco, tmp_path / "k1.avbundle")
    garbage = tmp_path / "altro.avbundle"
    garbage.write_bytes(b"non un pacchetto" * 10)

    previews = preview_files(network.capofila, [garbage, second, other, first])
    shown = [(p.preview.ambito, p.preview.sequence) if p.preview else p.path.name for p in previews]
    assert shown == [("casalasco", 1), ("cremonese", 1), ("cremonese", 2), "altro.avbundle"]
    outcomes = merge_files(network.capofila, list(reversed(previews)), all_or_none=False)
    assert [(o.ambito, o.sequence, o.merged) for o in outcomes] == [
        ("casalasco", 1, True),
        ("cremonese", 1, True),
        ("cremonese", 2, True),
    ]
    kept = {a.ambito: a.sequence for a in read_province(network.capofila, datetime.now(UTC)).ambiti}
    assert (kept["cremonese"], kept["casalasco"]) == (2, 1)


def test_the_newer_first_would_make_the_older_stale(network: Network, tmp_path: Path) -> None:
    """Why the rule exists: merged newest first, the older bundle is refused as stale."""
    cremonese = network.ambiti["cremonese"]
    first = _export(cremonese, tmp_path / "c1.avbundle")
    second = _export(cremonese, tmp_path / "c2.avbundle")
    one, two = preview_files(network.capofila, [first, second])
    merge_files(network.capofila, [two], all_or_none=False)
    before = row_counts(network.capofila)
    (refused,) = merge_files(network.capofila, [one], all_or_none=False)
    assert refused.error is not None and refused.error.code == "pacchetto_superato"
    assert refused.line.code == "pacchetto_rifiutato_nulla_unito"
    assert row_counts(network.capofila) == before


def test_merge_order_is_by_ambito_then_number() -> None:
    def preview(ambito: str, sequence: int) -> FilePreview:
        made = ImportPreview(ambito, sequence, datetime.now(UTC), 2, "k", "s", False, None)  # type: ignore[arg-type]
        return FilePreview(Path(f"{ambito}-{sequence}"), preview=made)

    refused = FilePreview(Path("rotto"), error=AppError())
    given = [preview("b", 3), refused, preview("a", 2), preview("b", 1)]
    assert [p.path.name for p in merge_order(given)] == ["a-2", "b-1", "b-3", "rotto"]


def test_all_or_none_merges_nothing_when_one_file_is_refused(
    network: Network, tmp_path: Path
) -> None:
    """The CLI's rule: the refusal names the file and carries the file's own refusal."""
    good = _export(network.ambiti["cremonese"], tmp_path / "c1.avbundle")
    garbage = tmp_path / "altro.avbundle"
    garbage.write_bytes(b"non un pacchetto" * 10)
    before = row_counts(network.capofila)
    previews = preview_files(network.capofila, [good, garbage])
    with pytest.raises(BundleFileRefused) as refused:
        merge_files(network.capofila, previews, all_or_none=True)
    assert refused.value.params["file"] == "altro.avbundle"
    assert refused.value.params["cause"] == refused.value.cause.code != "pacchetto_rifiutato"
    assert row_counts(network.capofila) == before
    with pytest.raises(AppError) as alone:
        refuse_unless_all_pass(preview_files(network.capofila, [garbage]))
    assert not isinstance(alone.value, BundleFileRefused)  # one file: its own error


def test_not_all_or_none_merges_the_files_that_passed(network: Network, tmp_path: Path) -> None:
    """The GUI's rule, once the refusals are shown and the merge confirmed."""
    good = _export(network.ambiti["cremonese"], tmp_path / "c1.avbundle")
    garbage = tmp_path / "altro.avbundle"
    garbage.write_bytes(b"non un pacchetto" * 10)
    previews = preview_files(network.capofila, [good, garbage])
    (outcome,) = merge_files(network.capofila, previews, all_or_none=False)
    assert (outcome.path, outcome.merged) == (good, True)
    assert row_counts(network.capofila)["exchange_snapshots"] == 1


def test_refusals_leave_the_stores_unchanged(network: Network, tmp_path: Path) -> None:
    cremonese, capofila = network.ambiti["cremonese"], network.capofila
    taken = tmp_path / "c1.avbundle"
    taken.write_bytes(b"gia qui")
    with pytest.raises(AppError) as exists:
        export_bundle_file(cremonese, taken)
    assert exists.value.code == "file_esistente"
    assert taken.read_bytes() == b"gia qui" and read_network(cremonese).next_sequence == 1

    (on_ambito,) = preview_files(cremonese, [_export(cremonese, tmp_path / "x.avbundle")])
    assert on_ambito.error is not None and on_ambito.error.code == "solo_capofila"
    assert merge_files(cremonese, [on_ambito], all_or_none=False) == []
    assert row_counts(cremonese)["exchange_snapshots"] == 0

    key_file = tmp_path / "chiave.json"
    key_file.write_bytes(public_key_file(cremonese))
    registry = list_keys(capofila).registry
    with pytest.raises(AppError) as wrong:
        register_key(capofila, read_key_file(key_file), "00000 00000 00000 00000 00000 00000")
    assert wrong.value.field == "fingerprint" and list_keys(capofila).registry == registry

    report = tmp_path / "provincia.pdf"
    report.write_bytes(b"mio")
    with pytest.raises(AppError):
        write_provincial_report(capofila, report, tmp_path / "provincia.xlsx", date.today())
    assert report.read_bytes() == b"mio" and not (tmp_path / "provincia.xlsx").exists()


def test_the_provincial_report_needs_a_target_and_leaves_no_half_export(
    network: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from antiviolenza_desktop.domain.store_errors import DiskFull
    from antiviolenza_desktop.operations import export_writing
    from antiviolenza_desktop.operations.export_writing import ReportTargetMissing

    capofila = network.capofila
    before = row_counts(capofila)
    with pytest.raises(ReportTargetMissing):
        write_provincial_report(capofila, None, None, date.today())
    assert row_counts(capofila) == before

    def disk_full(*_args: object) -> None:
        raise DiskFull

    monkeypatch.setattr(export_writing, "write_financial_report_xlsx", disk_full)
    pdf, xlsx = tmp_path / "provincia.pdf", tmp_path / "provincia.xlsx"
    with pytest.raises(DiskFull):
        write_provincial_report(capofila, pdf, xlsx, date.today())
    assert not pdf.exists() and not xlsx.exists()


def test_a_damaged_file_among_several_is_named_before_any_password(
    network: Network, tmp_path: Path
) -> None:
    from antiviolenza_desktop.operations.exchange_bundles import read_bundle_files

    good = _export(network.ambiti["cremonese"], tmp_path / "cremonese.avbundle")
    broken = tmp_path / "rotto.avbundle"
    broken.write_bytes(good.read_bytes()[:100])
    with pytest.raises(BundleFileRefused) as refused:
        read_bundle_files([good, broken])
    assert refused.value.params["file"] == "rotto.avbundle"
    assert refused.value.cause.code == refused.value.params["cause"]
    assert "rotto.avbundle" in refused.value.message
    with pytest.raises(AppError) as alone:
        read_bundle_files([broken])
    assert not isinstance(alone.value, BundleFileRefused)
