"""The lease of housing path b: who lets the home (a role), the rent, the contract's dates.

One rule set, called by project validation (`project.validation_problems`) and by saving a
draft (`services.projects.save_draft`), so an impossible lease is named at once and never
stored. Refusals carry the field they concern and an Italian message with the figures.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.case.intake_options import codes
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.draft import PrivateLease


class LandlordRoleUnknown(AppError):
    code = "locatore_ruolo_sconosciuto"
    template = "Percorso b: indica chi affitta scegliendo un ruolo dall'elenco, mai un nome."


class RentNotPositive(AppError):
    code = "canone_non_positivo"
    template = "Percorso b: il canone mensile ({rent}) deve essere maggiore di zero."


class ContractEndsBeforeStart(AppError):
    code = "contratto_fine_prima_inizio"
    template = "Percorso b: la fine del contratto ({end}) deve essere dopo l'inizio ({start})."


LeaseProblem = LandlordRoleUnknown | RentNotPositive | ContractEndsBeforeStart


def lease_problems(lease: PrivateLease) -> list[LeaseProblem]:
    """What is wrong with the lease details as typed, each on its field; [] when nothing.

    Every detail may still be unknown (a lease not yet found); what is given must hold: a
    landlord's role from the list, a monthly rent above zero, a contract that ends after it
    starts. The rent is hers to pay and no fund's cost, and the programme file sets no rent
    threshold, so no cap applies to it: the housing cap checks the entry costs (`fund_total`)."""
    problems: list[LeaseProblem] = []
    if lease.landlord_role and lease.landlord_role not in codes(opt.LANDLORD_ROLES):
        problems.append(LandlordRoleUnknown("housing.landlord_role"))
    if lease.monthly_rent is not None and lease.monthly_rent <= 0:
        problems.append(
            RentNotPositive("housing.monthly_rent", rent=format_eur(lease.monthly_rent))
        )
    start, end = lease.contract_start, lease.contract_end
    if start is not None and end is not None and end <= start:
        problems.append(
            ContractEndsBeforeStart(
                "housing.contract_end", start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"
            )
        )
    return problems


def check_lease(lease: PrivateLease) -> None:
    """Raise the first of `lease_problems`: a draft is not saved with an impossible lease."""
    for problem in lease_problems(lease):
        raise problem
