"""The words of a referral on screen: its status and its service, translated with the
contexts the catalogue keeps them under (statuses: "referral_options"; kinds of body: the
network registers' "network_kinds", through `consent_dialogs.kind_label`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.referral import Referral
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.ui.case.service_picker import kind_label
from antiviolenza_desktop.ui.formatting import format_date


def status_label(code: str) -> str:
    return QCoreApplication.translate("referral_options", rules.label_of(rules.STATUSES, code))


def service_text(referral: Referral) -> str:
    """The member she was sent to, or the kind of body."""
    return referral.member_name or kind_label(rules.label_of(BODY_KINDS, referral.service_kind))


def status_text(referral: Referral) -> str:
    """«accolta dal 12/11/2026», «inviata il ...»: the status and its day."""
    template = (
        QCoreApplication.translate("referral_options", "%1 il %2")
        if referral.status == rules.SENT
        else QCoreApplication.translate("referral_options", "%1 dal %2")
    )
    return template.replace("%1", status_label(referral.status)).replace(
        "%2", format_date(referral.since)
    )
