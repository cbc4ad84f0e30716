"""The multidimensional assessment instrument (valutazione multidimensionale) as data.

The Cabina di regia designs «indicatori di valutazione dei casi» and action 4.2 asks for one
instrument that lets every équipe weigh needs and resources the same way. The instrument is a
versioned file in `resources/instruments/`: its domains (housing, income, work, ...), each with
a need scale and a resources scale whose points carry Italian anchor labels, plus a housing
section and a work section of questions. A new wording or a new domain is a new file with a
higher `version`; an assessment records the id and version it was made with, so old ones are
still read with their own scales.

`instrument_from_mapping` turns the parsed file (tomllib) into frozen dataclasses. It reuses the
programme reader, so a person editing the file gets every defect at once, each with its
location (`domini[housing].bisogno`), in one `InstrumentInvalid`. The suggestions of
`assessment` read the answers to a few questions by code: the loader refuses an instrument
that lacks them, because a suggestion that silently never fires is worse than a refusal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from antiviolenza_desktop.domain.case.intake_options import Option
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.programme.reader import Finding, Reader, at

FORMAT_VERSION = 1
MIN_POINTS = 2
MAX_POINTS = 11

QuestionKind = Literal["yes_no", "choice"]
QUESTION_KINDS: tuple[str, ...] = ("yes_no", "choice")

YES = "yes"
NO = "no"
UNKNOWN = "unknown"
YES_NO_ANSWERS: tuple[Option, ...] = (
    Option(YES, "sì"),
    Option(NO, "no"),
    Option(UNKNOWN, "non so / da approfondire"),
)
"""The answers of every `yes_no` question; `unknown` is a real answer, not a missing one."""

GOOD = "good"
"""The option of a resources-level question that the card calls «un buon livello»."""

HOUSING_RULE_QUESTIONS: Mapping[str, QuestionKind] = {
    "income_sustains_private_lease": "yes_no",
    "territory_offers_private_lease": "yes_no",
    "life_project_tied_to_territory": "yes_no",
    "economic_resources": "choice",
    "social_resources": "choice",
}
"""The housing questions the card's a/b rule reads (`assessment.suggest_housing_path`)."""

WORK_RULE_QUESTIONS: Mapping[str, QuestionKind] = {
    "recent_work_experience": "yes_no",
    "clear_work_goal": "yes_no",
    "skills_to_certify": "yes_no",
    "needs_training": "yes_no",
    "self_employment_interest": "yes_no",
    "job_search_autonomy": "yes_no",
    "ready_for_placement": "yes_no",
    "needs_support_at_work": "yes_no",
}
"""The work questions `assessment.suggest_work_services` reads."""


class InstrumentInvalid(AppError):
    """An instrument file with defects: it cannot be used. `findings` lists all of them."""

    code = "strumento_non_valido"
    template = (
        "Lo strumento di valutazione non è valido (errori: {count}). Il primo, in {location}: "
        "{first}"
    )

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        first = self.findings[0]
        super().__init__(count=len(self.findings), location=first.location, first=first.message_it)


@dataclass(frozen=True, slots=True)
class Scale:
    """A scale from 0 to `maximum`; `anchors[n]` is the Italian description of point n."""

    anchors: tuple[str, ...]

    @property
    def maximum(self) -> int:
        return len(self.anchors) - 1

    def __contains__(self, value: object) -> bool:
        return type(value) is int and 0 <= value <= self.maximum

    def label(self, value: int) -> str:
        """The anchor of `value`; IndexError outside the scale."""
        if value not in self:
            raise IndexError(value)
        return self.anchors[value]


@dataclass(frozen=True, slots=True)
class AssessmentDomain:
    """One area of her life the équipe scores: a need and a resources level, and a note."""

    code: str
    label: str
    guidance: str
    need: Scale
    resources: Scale


@dataclass(frozen=True, slots=True)
class Question:
    """A question of the housing or work section; `options` are its possible answers."""

    code: str
    text: str
    kind: QuestionKind
    options: tuple[Option, ...]

    def answer_codes(self) -> tuple[str, ...]:
        return tuple(option.code for option in self.options)


@dataclass(frozen=True, slots=True)
class Section:
    """The housing-autonomy section (action 4.2) or the work section (action 3.2)."""

    label: str
    guidance: str
    questions: tuple[Question, ...]

    def question(self, code: str) -> Question:
        """The question with this code; KeyError if there is none."""
        for question in self.questions:
            if question.code == code:
                return question
        raise KeyError(code)


@dataclass(frozen=True, slots=True)
class Instrument:
    """One version of the instrument."""

    id: str
    version: int
    valid_from: date
    title: str
    description: str
    domains: tuple[AssessmentDomain, ...]
    housing: Section
    work: Section

    @property
    def label(self) -> str:
        """How forms cite it: `valutazione-multidimensionale v1 (dal 01/03/2018)`."""
        return f"{self.id} v{self.version} (dal {self.valid_from:%d/%m/%Y})"

    def domain(self, code: str) -> AssessmentDomain:
        """The domain with this code; KeyError if there is none."""
        for domain in self.domains:
            if domain.code == code:
                return domain
        raise KeyError(code)


_TOP_KEYS = frozenset({"versione_formato", "strumento", "domini", "abitare", "lavoro"})
_HEAD_KEYS = frozenset({"id", "versione", "valido_dal", "titolo", "descrizione"})
_DOMAIN_KEYS = frozenset({"codice", "nome", "guida", "bisogno", "risorse"})
_SECTION_KEYS = frozenset({"nome", "guida", "domande"})
_QUESTION_KEYS = frozenset({"codice", "testo", "tipo", "opzioni"})
_OPTION_KEYS = frozenset({"codice", "etichetta"})


def instrument_from_mapping(data: Mapping[str, Any]) -> Instrument:
    """Build the instrument from the parsed file; InstrumentInvalid lists every defect."""
    reader = Reader()
    reader.known(data, _TOP_KEYS, "")
    version = reader.integer(data, "versione_formato", "")
    if type(data.get("versione_formato")) is int and version != FORMAT_VERSION:
        message = "Versione del formato non supportata da questa versione del programma."
        reader.error("versione_formato", message, str(FORMAT_VERSION), str(version))
    head = reader.table(data, "strumento", "")
    reader.known(head, _HEAD_KEYS, "strumento")
    instrument = Instrument(
        id=reader.text(head, "id", "strumento"),
        version=reader.integer(head, "versione", "strumento", minimum=1),
        valid_from=reader.day(head, "valido_dal", "strumento"),
        title=reader.text(head, "titolo", "strumento"),
        description=reader.text(head, "descrizione", "strumento"),
        domains=_domains(reader, data),
        housing=_section(reader, data, "abitare", HOUSING_RULE_QUESTIONS),
        work=_section(reader, data, "lavoro", WORK_RULE_QUESTIONS),
    )
    if reader.findings:
        raise InstrumentInvalid(reader.findings)
    return instrument


def _domains(reader: Reader, data: Mapping[str, Any]) -> tuple[AssessmentDomain, ...]:
    domains = []
    for where, item in reader.tables(data, "domini", ""):
        reader.known(item, _DOMAIN_KEYS, where)
        domains.append(
            AssessmentDomain(
                code=reader.text(item, "codice", where),
                label=reader.text(item, "nome", where),
                guidance=reader.text(item, "guida", where),
                need=_scale(reader, item, "bisogno", where),
                resources=_scale(reader, item, "risorse", where),
            )
        )
    _unique(reader, [domain.code for domain in domains], "domini")
    if not domains and "domini" in data:
        reader.error("domini", "Serve almeno un ambito da valutare.", "almeno un ambito", "0")
    return tuple(domains)


def _scale(reader: Reader, item: Mapping[str, Any], key: str, where: str) -> Scale:
    anchors = reader.texts(item, key, where)
    if key in item and not MIN_POINTS <= len(anchors) <= MAX_POINTS:
        expected = f"da {MIN_POINTS} a {MAX_POINTS} descrizioni (punti da 0 in su)"
        message = f"La scala deve avere {expected}."
        reader.error(at(where, key), message, expected, str(len(anchors)))
    for index, anchor in enumerate(anchors):
        if not anchor.strip():
            reader.error(f"{at(where, key)}[{index}]", "Descrizione vuota.", "un testo", '""')
    return Scale(anchors)


def _section(
    reader: Reader, data: Mapping[str, Any], key: str, required: Mapping[str, QuestionKind]
) -> Section:
    table = reader.table(data, key, "")
    reader.known(table, _SECTION_KEYS, key)
    questions = tuple(
        _question(reader, item, where) for where, item in reader.tables(table, "domande", key)
    )
    _unique(reader, [question.code for question in questions], at(key, "domande"))
    found = {question.code: question for question in questions}
    for code, kind in required.items():
        question = found.get(code)
        if question is None:
            message = f"Manca la domanda «{code}», che il programma usa per i suggerimenti."
            reader.error(at(key, "domande"), message, code, None)
        elif question.kind != kind or (kind == "choice" and GOOD not in question.answer_codes()):
            expected = kind if kind == "yes_no" else f"choice con l'opzione «{GOOD}»"
            message = f"La domanda «{code}» deve essere di tipo {expected}."
            reader.error(f"{at(key, 'domande')}[{code}]", message, expected, question.kind)
    return Section(
        label=reader.text(table, "nome", key),
        guidance=reader.text(table, "guida", key),
        questions=questions,
    )


def _question(reader: Reader, item: Mapping[str, Any], where: str) -> Question:
    reader.known(item, _QUESTION_KEYS, where)
    kind = reader.text(item, "tipo", where)
    if kind and kind not in QUESTION_KINDS:
        expected = " oppure ".join(QUESTION_KINDS)
        reader.error(
            at(where, "tipo"), f"Tipo di domanda sconosciuto: serve {expected}.", expected, kind
        )
    options = YES_NO_ANSWERS if kind == "yes_no" else _options(reader, item, where)
    if kind == "yes_no" and "opzioni" in item:
        message = "Le domande yes_no hanno già le risposte sì / no / non so: togli «opzioni»."
        reader.error(at(where, "opzioni"), message, None, "opzioni")
    return Question(
        code=reader.text(item, "codice", where),
        text=reader.text(item, "testo", where),
        kind="choice" if kind == "choice" else "yes_no",
        options=options,
    )


def _options(reader: Reader, item: Mapping[str, Any], where: str) -> tuple[Option, ...]:
    options = []
    for place, table in reader.tables(item, "opzioni", where):
        reader.known(table, _OPTION_KEYS, place)
        options.append(
            Option(reader.text(table, "codice", place), reader.text(table, "etichetta", place))
        )
    _unique(reader, [option.code for option in options], at(where, "opzioni"))
    if "opzioni" in item and len(options) < MIN_POINTS:
        message = f"Una domanda a scelta ha almeno {MIN_POINTS} opzioni."
        reader.error(at(where, "opzioni"), message, f"≥ {MIN_POINTS}", str(len(options)))
    return tuple(options)


def _unique(reader: Reader, codes: list[str], where: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            reader.error(
                f"{where}[{code}]", f"Codice «{code}» ripetuto.", "codici tutti diversi", code
            )
        seen.add(code)


def answer_label(question: Question, answer: str) -> str:
    """The Italian label of `answer` to `question`; KeyError when it is not one of its options."""
    for option in question.options:
        if option.code == answer:
            return option.label
    raise KeyError(answer)
