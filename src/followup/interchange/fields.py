"""Typed, path-aware reading of untrusted JSON objects for the interchange importer."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from followup.errors import ImportFormatError, InputError
from followup.model import AppStatus, MessageKind, Policy, ReplyKind, Stage, check_key

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeVar

    E = TypeVar("E", bound=StrEnum)

_ENUM_NAMES: dict[type[StrEnum], str] = {
    Stage: "stage",
    AppStatus: "status",
    MessageKind: "message kind",
    ReplyKind: "reply kind",
    Policy: "policy",
}


def type_name(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "null"
    return names.get(type(value), "a number" if isinstance(value, int | float) else "a value")


class FieldReader:
    """Typed access to one JSON object, with every error naming where it happened."""

    def __init__(self, obj: object, path: str, prefix: str, fields: tuple[str, ...]) -> None:
        self.prefix = prefix
        self.path = path
        if not isinstance(obj, dict):
            raise self.error("", f"expected an object, got {type_name(obj)}")
        unknown = [k for k in obj if k not in fields]
        if unknown:
            raise self.error("", f"unknown field {unknown[0]!r} (known: {', '.join(fields)})")
        self.obj: dict[str, Any] = obj

    def where(self, name: str) -> str:
        if not name:
            return self.path or "document"
        return f"{self.path}.{name}" if self.path else name

    def error(self, name: str, message: str) -> ImportFormatError:
        return ImportFormatError(f"{self.prefix}{self.where(name)}: {message}")

    def raw(self, name: str, required: bool) -> Any:
        if name not in self.obj or self.obj[name] is None:
            if required:
                raise self.error(name, "is required")
            return None
        return self.obj[name]

    def text(self, name: str, required: bool = False, nonblank: bool = False) -> str:
        value = self.raw(name, required)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.error(name, f"expected a string, got {type_name(value)}")
        if nonblank and not value.strip():
            raise self.error(name, "must not be empty")
        return value

    def key(self, name: str) -> str:
        value = self.text(name, required=True)
        try:
            return check_key(value, "key")
        except InputError as err:
            raise self.error(name, str(err)) from err

    def flag(self, name: str) -> bool:
        value = self.raw(name, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.error(name, f"expected true or false, got {type_name(value)}")
        return value

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        value = self.raw(name, False)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(name, f"expected a whole number, got {type_name(value)}")
        if not low <= value <= high:
            raise self.error(name, f"{value} is outside {low}..{high}")
        return value

    def strings(self, name: str, required: bool = False) -> list[str]:
        value = self.raw(name, required)
        if value is None:
            return []
        return self._string_list(value, self.where(name))

    def _string_list(self, value: object, where: str) -> list[str]:
        if not isinstance(value, list):
            raise ImportFormatError(f"{self.prefix}{where}: expected a list of strings")
        for n, item in enumerate(value):
            if not isinstance(item, str):
                raise ImportFormatError(
                    f"{self.prefix}{where}[{n}]: expected a string, got {type_name(item)}"
                )
        return list(value)

    def string_map(self, name: str) -> dict[str, list[str]]:
        value = self.raw(name, False)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.error(name, f"expected an object, got {type_name(value)}")
        return {k: self._string_list(v, f"{self.where(name)}.{k}") for k, v in value.items()}

    def enum(self, name: str, kind: type[E], default: E | None = None) -> E:
        value = self.raw(name, default is None)
        if value is None and default is not None:
            return default
        if isinstance(value, str):
            try:
                return kind(value)
            except ValueError:
                pass
        choices = ", ".join(m.value for m in kind)
        what = _ENUM_NAMES.get(kind, kind.__name__.lower())
        shown = repr(value) if isinstance(value, str) else type_name(value)
        raise self.error(name, f"unknown {what} {shown} (one of {choices})")

    def moment(self, name: str) -> datetime:
        value = self.raw(name, True)
        problem = f"{value!r} is not an ISO 8601 date-time with a UTC offset"
        if not isinstance(value, str):
            raise self.error(name, problem)
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError as err:
            raise self.error(name, problem) from err
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            raise self.error(name, f"{value!r} has no UTC offset (write e.g. {value}-05:00)")
        return parsed

    def day(self, name: str) -> date | None:
        value = self.raw(name, False)
        if value is None:
            return None
        problem = f"{value!r} is not an ISO 8601 date such as 2026-12-04"
        if not isinstance(value, str) or len(value) != 10:
            raise self.error(name, problem)
        try:
            return date.fromisoformat(value)
        except ValueError as err:
            raise self.error(name, problem) from err

    def items(self, name: str) -> list[tuple[str, object]]:
        """The elements of a list field with their paths, e.g. ('interviews[0]', {...})."""
        value = self.raw(name, False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(name, f"expected a list, got {type_name(value)}")
        return [(f"{self.where(name)}[{n}]", item) for n, item in enumerate(value)]
