"""The pieces every rule shares: findings, hits and the rule base class."""

from __future__ import annotations

from collections.abc import Iterable

from followup.record import FrozenRecord

#: Frozen records refuse plain assignment; their __init__ sets each field through this.
_setattr = object.__setattr__

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar, Literal

    from followup.checks.document import Document
    from followup.checks.scope import Scope

    Severity = Literal["error", "warning"]
    Part = Literal["subject", "to", "cc", "body"]
else:
    # Plain names at run time, where typing is not imported; the checker reads the above.
    Severity = Part = str


class Finding(FrozenRecord):
    """One problem in one draft, located by 1-based line and column in the original file."""

    __slots__ = ("code", "column", "line", "message", "name", "path", "severity", "text")
    _fields = ("path", "code", "name", "severity", "line", "column", "text", "message")
    path: str
    code: str
    name: str
    severity: Severity
    line: int
    column: int
    text: str
    message: str

    def __init__(
        self,
        path: str,
        code: str,
        name: str,
        severity: Severity,
        line: int,
        column: int,
        text: str,
        message: str,
    ) -> None:
        # One call per field, not _set(**fields): a call builds hundreds of findings.
        _setattr(self, "path", path)
        _setattr(self, "code", code)
        _setattr(self, "name", name)
        _setattr(self, "severity", severity)
        _setattr(self, "line", line)
        _setattr(self, "column", column)
        _setattr(self, "text", text)
        _setattr(self, "message", message)

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape documented in docs/check-json.md."""
        return {
            "path": self.path,
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "message": self.message,
        }


class Hit(FrozenRecord):
    """What a rule reports: a span of one part of the draft and what is wrong with it."""

    __slots__ = ("end", "message", "part", "severity", "start")
    _fields = ("start", "end", "message", "part", "severity")
    start: int
    end: int
    message: str
    part: Part
    severity: Severity | None  # None means the rule's own severity

    def __init__(
        self,
        start: int,
        end: int,
        message: str,
        part: Part = "body",
        severity: Severity | None = None,
    ) -> None:
        _setattr(self, "start", start)
        _setattr(self, "end", end)
        _setattr(self, "message", message)
        _setattr(self, "part", part)
        _setattr(self, "severity", severity)


class Rule:
    """Base of every rule; subclasses set the class attributes and implement `check`."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    #: Tunable numbers a config file may override under [rules.CODE].
    params: ClassVar[dict[str, Any]] = {}
    #: The [phrases] key whose user phrases this rule also flags, if any.
    phrase_key: ClassVar[str | None] = None
    #: Rules that can only run with an application in the context.
    needs_application: ClassVar[bool] = False

    def check(self, doc: Document, scope: Scope) -> Iterable[Hit]:
        """Yield the hits in `doc`."""
        raise NotImplementedError
