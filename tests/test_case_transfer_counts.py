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


def test_a_woman_with_a_validated_project_travels_and_both_bundles_pass(tmp_path: Path) -> None:
    """Her validated revision arrives as history without the sender's commitments; the
    receiver's bundle and store checks still pass, and the sender's money stays its own."""
    from antiviolenza_desktop.domain.case.consent import REFERRAL, NewConsent
    from antiviolenza_desktop.domain.case.transfer import TRANSFER_SERVICE_KIND
    from antiviolenza_desktop.operations import case_consents
    from antiviolenza_desktop.operations import project as project_ops
    from antiviolenza_desktop.services.maintenance import verify
    from tests.funds_support import TODAY, new_case, validate_project, work_project

    two = pair(tmp_path)
    try:
        case_id = new_case(two.sender, 31)
        validate_project(two.sender, case_id, work_project(150_000))
        new = NewConsent(REFERRAL, TODAY, "written_form", service_kind=TRANSFER_SERVICE_KIND)
        case_consents.add_consent(two.sender, case_id, new)
        ops.transfer_case(two.sender, case_id, RECEIVER, tmp_path / "caso.avtr")
        received = ops.receive_file(two.receiver, tmp_path / "caso.avtr")
        state = project_ops.read_project(two.receiver, received.case_id)
        assert state is not None
        export_bundle_file(two.sender, tmp_path / "a.avb")
        export_bundle_file(two.receiver, tmp_path / "b.avb")
        capofila = two.network.capofila
        files = [tmp_path / "a.avb", tmp_path / "b.avb"]
        merge_files(capofila, preview_files(capofila, files), all_or_none=True)
        assert read_province(capofila, datetime.now(UTC)).women == 1
        assert verify(two.sender).healthy and verify(two.receiver).healthy
    finally:
        two.network.close()
