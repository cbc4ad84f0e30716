"""The closed lists of the O.R.A./ISTAT data of a case, as data (see docs/istat-ora-mapping.md).

Lombardy's Osservatorio Regionale Antiviolenza (O.R.A.) and ISTAT's survey of the users of the
Centri antiviolenza (with the Dipartimento per le Pari Opportunità and the Regions) ask how she
reached the CAV, whom she had asked for help before, what the CAV gave her, who the author of
the violence is and how the path ended. These lists keep those answers in their categories, so
the anonymous tables for the Region and ISTAT (`statutory_tables`) are counts over codes. Codes
are stored and never change; labels are Italian and may be reworded. Every field is optional:
a blank answer is "non rilevato" (the woman did not answer, or the case predates the fields).
"""

from __future__ import annotations

from antiviolenza_desktop.domain.case.intake_options import Option

NOT_COLLECTED = "non rilevato"
"""The label of a blank answer in forms, prints and tables."""
NONE = "none"
"""The "nobody / none" code of the multiple-choice lists; it excludes the other codes."""

CONTACT_CHANNELS: tuple[Option, ...] = (
    Option("direct_access", "accesso diretto al centro"),
    Option("cav_phone", "telefono del centro antiviolenza"),
    Option("helpline_1522", "numero 1522"),
    Option("social_services", "servizi sociali"),
    Option("police", "forze dell'ordine"),
    Option("health_services", "pronto soccorso o servizi sanitari"),
    Option("other", "altro canale"),
)

HELP_BEFORE: tuple[Option, ...] = (
    Option(NONE, "nessuno"),
    Option("relatives_friends", "parenti o amici"),
    Option("police", "forze dell'ordine"),
    Option("health_services", "pronto soccorso o servizi sanitari"),
    Option("social_services", "servizi sociali"),
    Option("lawyer", "avvocato"),
    Option("helpline_1522", "numero 1522"),
    Option("other_service", "altro servizio"),
)

SERVICE_KINDS: tuple[Option, ...] = (
    Option("reception", "accoglienza e colloqui"),
    Option("psychological", "supporto psicologico"),
    Option("legal", "consulenza legale"),
    Option("shelter", "ospitalità in casa rifugio"),
    Option("work_orientation", "orientamento lavorativo"),
    Option("autonomy", "sostegno all'autonomia abitativa ed economica"),
    Option("accompaniment", "accompagnamento ai servizi della rete"),
    Option("children_support", "sostegno ai figli minori"),
)

PERPETRATOR_SEX: tuple[Option, ...] = (
    Option("male", "maschio"),
    Option("female", "femmina"),
)

PERPETRATOR_AGE_BANDS: tuple[Option, ...] = (
    Option("under_18", "meno di 18 anni"),
    Option("18_29", "da 18 a 29 anni"),
    Option("30_39", "da 30 a 39 anni"),
    Option("40_49", "da 40 a 49 anni"),
    Option("50_59", "da 50 a 59 anni"),
    Option("60_plus", "60 anni e più"),
)

PERPETRATOR_CITIZENSHIP: tuple[Option, ...] = (
    Option("italian", "italiana"),
    Option("eu", "di un altro paese dell'Unione europea"),
    Option("non_eu", "di un paese fuori dall'Unione europea"),
)

PERPETRATOR_RECORD: tuple[Option, ...] = (
    Option(NONE, "nessuna denuncia o misura nota"),
    Option("previous_complaints", "denunce precedenti"),
    Option("police_warning", "ammonimento del questore"),
    Option("removal_order", "allontanamento dalla casa familiare"),
    Option("restraining_order", "divieto di avvicinamento"),
    Option("custody", "arresto o custodia cautelare"),
)
"""The complaints and measures against the author known before the referral."""

PATH_OUTCOMES: tuple[Option, ...] = (Option("perpetrator_removed", "autore allontanato"),)
"""Outcomes of the woman's path (not of a project's lines: those are `project.options`)."""
