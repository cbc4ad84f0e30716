"""Documents round-trip exactly: what was validated is what is read back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from antiviolenza_desktop.domain.case.intake import CaseDraft, Child
from antiviolenza_desktop.services.documents import from_document, to_document


@dataclass(frozen=True)
class Row:
    label: str
    cents: int
    on: date | None = None


@dataclass(frozen=True)
class Doc:
    rows: tuple[Row, ...] = ()
    tags: frozenset[str] = frozenset()
    dates: Mapping[str, date] = field(default_factory=dict)
    note: str | None = None


rows = st.builds(
    Row,
    label=st.text(max_size=20),
    cents=st.integers(min_value=-(10**9), max_value=10**9),
    on=st.none() | st.dates(),
)
docs = st.builds(
    Doc,
    rows=st.lists(rows, max_size=5).map(tuple),
    tags=st.frozensets(st.sampled_from(["a", "b", "c"])),
    dates=st.dictionaries(st.sampled_from(["x", "y"]), st.dates()),
    note=st.none() | st.text(max_size=30),
)


@given(docs)
def test_round_trip(doc: Doc) -> None:
    assert from_document(Doc, to_document(doc)) == doc


def test_canonical_text_is_stable() -> None:
    doc = Doc(tags=frozenset({"b", "a"}), dates={"y": date(2026, 1, 2), "x": date(2025, 1, 2)})
    assert to_document(doc) == to_document(Doc(tags=frozenset({"a", "b"}), dates=dict(doc.dates)))


def test_a_case_draft_round_trips() -> None:
    draft = CaseDraft(
        referral_date=date(2026, 11, 1),
        first_name="Prova",
        last_name="Sintetica",
        children=(Child(age=5, minor=True, disabled=False),),
        violence_types=frozenset({"psychological", "economic"}),
        lines_requested=frozenset({"work"}),
        stage_dates={"contact": date(2026, 11, 1)},
    )
    assert from_document(CaseDraft, to_document(draft)) == draft


@dataclass(frozen=True)
class PathA:
    months: int = 0


@dataclass(frozen=True)
class PathB:
    controlled_rent: bool = False


@dataclass(frozen=True)
class WithUnion:
    path: PathA | PathB | None = None


def test_a_union_of_records_is_told_apart_by_its_fields() -> None:
    for value in (WithUnion(PathA(3)), WithUnion(PathB(True)), WithUnion(None)):
        assert from_document(WithUnion, to_document(value)) == value
