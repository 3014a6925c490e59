"""`--stats`: word, sentence and question counts and a reading grade, with reference ranges."""

from __future__ import annotations

from dataclasses import dataclass

from followup.checks import patterns
from followup.checks.document import Document
from followup.checks.text import WORD, core_span, sentence_spans

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: Ranges from Boomerang's published study of reply rates (emails, not follow-ups as such).
WORD_RANGE = (50, 125)
SUBJECT_RANGE = (3, 4)
GRADE_TARGET = 3.0
GRADE_UPPER = 5.0  # "around third grade": up to fifth still counts as plain
QUESTION_RANGE = (1, 3)
_VOWEL_GROUPS = patterns.compile(r"[aeiouy]+")


@dataclass(frozen=True)
class DraftStats:
    """The numbers `--stats` shows for one draft."""

    words: int
    sentences: int
    questions: int
    grade: float
    subject_words: int | None

    def verdicts(self) -> dict[str, str]:
        """'low', 'ok' or 'high' for each figure against its reference range."""
        result = {
            "words": _place(self.words, WORD_RANGE),
            "questions": _place(self.questions, QUESTION_RANGE),
            "grade": "ok" if self.grade <= GRADE_UPPER else "high",
        }
        if self.subject_words is not None:
            result["subject_words"] = _place(self.subject_words, SUBJECT_RANGE)
        return result

    def as_dict(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "sentences": self.sentences,
            "questions": self.questions,
            "reading_grade": round(self.grade, 1),
            "subject_words": self.subject_words,
            "verdicts": self.verdicts(),
            "reference": {
                "words": list(WORD_RANGE),
                "subject_words": list(SUBJECT_RANGE),
                "reading_grade": GRADE_TARGET,
                "questions": list(QUESTION_RANGE),
            },
        }

    def render(self) -> str:
        """One line for the terminal."""
        v = self.verdicts()
        parts = [
            f"{self.words} words ({_label(v['words'], WORD_RANGE)})",
            f"{self.sentences} sentences",
            f"reading grade {self.grade:.1f} ({'plain' if v['grade'] == 'ok' else 'aim for about 3'})",
            f"{self.questions} questions ({_label(v['questions'], QUESTION_RANGE)})",
        ]
        if self.subject_words is not None:
            parts.append(
                f"subject {self.subject_words} words ({_label(v['subject_words'], SUBJECT_RANGE)})"
            )
        return ", ".join(parts)


def _place(value: int, bounds: tuple[int, int]) -> str:
    low, high = bounds
    return "low" if value < low else "high" if value > high else "ok"


def _label(verdict: str, bounds: tuple[int, int]) -> str:
    span = f"{bounds[0]}-{bounds[1]}"
    return {"ok": f"within {span}", "low": f"below {span}", "high": f"above {span}"}[verdict]


def syllables(word: str) -> int:
    """A vowel-group estimate of syllables: good enough for a reading grade."""
    word = word.lower().strip("'’-")
    if len(word) <= 3:
        return 1
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")):
        word = word[:-1]
    if word.endswith(("es", "ed")) and not word.endswith(
        ("ted", "ded", "ses", "zes", "ces", "ges")
    ):
        word = word[:-2]
    return max(1, len(_VOWEL_GROUPS.findall(word)))


def reading_grade(word_list: list[str], sentence_count: int) -> float:
    """The Flesch-Kincaid grade level."""
    if not word_list or not sentence_count:
        return 0.0
    syllable_count = sum(syllables(w) for w in word_list)
    grade = 0.39 * len(word_list) / sentence_count + 11.8 * syllable_count / len(word_list) - 15.59
    return max(0.0, grade)


def draft_stats(doc: Document, your_name: str = "") -> DraftStats:
    """Counts for the message between greeting and sign-off."""
    start, end = core_span(doc.body, your_name)
    word_list = [m.group() for m in WORD.finditer(doc.body, start, end)]
    spans = sentence_spans(doc.body, start, end)
    questions = sum(1 for s, e in spans if doc.body[s:e].rstrip("\"')”’ ").endswith("?"))
    subject = doc.subject.value if doc.subject else None
    return DraftStats(
        words=len(word_list),
        sentences=len(spans),
        questions=questions,
        grade=reading_grade(word_list, len(spans)),
        subject_words=len(subject.split()) if subject is not None else None,
    )
