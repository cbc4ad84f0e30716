"""The register of a project's sign-offs (`domain.project.signoff`; see `store.schema`).

One row per signature: the case, the revision number and the act signed (validazione,
revisione, chiusura), the signer's user id, the fingerprint of the content signed, the moment,
and the login of the session that recorded it. Rows migrated from the typed approvers of the
projects validated before this register (`way` «before_signoff») carry the typed name instead
of a user and no fingerprint. Migration 0018's triggers refuse every UPDATE, a DELETE except
for a case already erased (the erasure of her case), and an INSERT on an erased case.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from antiviolenza_desktop.store.schema_base import Base


class ProjectSignOff(Base):
    """One signature of an act of a case's project."""

    __tablename__ = "project_signoffs"
    __table_args__ = (
        Index(
            "ux_project_signoffs_once",
            "case_id",
            "revision_number",
            "act",
            "user_id",
            "content_digest",
            unique=True,
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    revision_number: Mapped[int] = mapped_column(Integer)
    act: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    typed_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    content_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    way: Mapped[str] = mapped_column(String(16))
    signed_at: Mapped[str] = mapped_column(String(32))
    recorded_by: Mapped[str] = mapped_column(String(64))
