"""Plain slotted records: what the model and the checker used of dataclasses.

Building a dataclass runs generated code through exec, a millisecond or more each at
import on a slow machine; a check of one draft built eight before reading the draft.
These give the same equality, hashing, repr and immutability from hand-written
`__init__` methods, plus `replace()`.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar, TypeVar

    _R = TypeVar("_R", bound="Record")


class Record:
    """Equality, repr and `replace` over the names in `_fields`; mutable, so unhashable.

    (Defining __eq__ alone makes Python set __hash__ to None, as for a dataclass.)
    """

    __slots__ = ()
    #: The constructor's keyword arguments, in order; what equality and repr compare.
    _fields: ClassVar[tuple[str, ...]] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled through the constructor, since a frozen record refuses attribute setting.
        return (_rebuild, (type(self), self._values()))

    def replace(self: _R, **changes: Any) -> _R:
        """A copy with some fields changed, as dataclasses.replace makes."""
        values = {name: getattr(self, name) for name in self._fields}
        values.update(changes)
        return type(self)(**values)


def _rebuild(cls: type[_R], values: tuple[Any, ...]) -> _R:
    return cls(**dict(zip(cls._fields, values, strict=True)))


class FrozenRecord(Record):
    """A Record whose fields are set once, in `__init__` through `_set`; hashable."""

    __slots__ = ()

    def _set(self, **values: Any) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __hash__(self) -> int:
        return hash(self._values())

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a frozen record")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a frozen record")
