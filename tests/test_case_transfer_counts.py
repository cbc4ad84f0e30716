"""A transferred woman is one woman at the capofila: after the sender and the receiver both send
their bundles, the provincial totals count her once — with a codice fiscale (same pseudonym in
every Ambito) and without one (the receiver keeps the sender's pseudonym)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from antiviolenza_desktop.operations import case_transfer as ops
from antiviolenza_desktop.operations.exchange_bundles import (
    export_bundle_file,
    merge_files,
    preview_files,
)
from antiviolenza_desktop.operations.exchange_province import read_province
from tests.transfer_support import RECEIVER, pair, woman


@pytest.mark.parametrize("without_cf", [False, True])
def test_counted_once_at_the_capofila(tmp_path: Path, without_cf: bool) -> None:
    two = pair(tmp_path)
    try:
        case_id = woman(two.sender, without_cf=without_cf)
        ops.transfer_case(two.sender, case_id, RECEIVER, tmp_path / "caso.avtr")
        ops.receive_file(two.receiver, tmp_path / "caso.avtr")
        files = [tmp_path / "a.avb", tmp_path / "b.avb"]
        export_bundle_file(two.sender, files[0])
        export_bundle_file(two.receiver, files[1])
        capofila = two.network.capofila
        merge_files(capofila, preview_files(capofila, files), all_or_none=True)
        totals = read_province(capofila, datetime.now(UTC))
        assert totals.women + totals.unshared_women == 1
    finally:
        two.network.close()
