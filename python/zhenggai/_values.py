"""The value classes of the model (Text, Count, DatedValue, Percentage).

Each is a subclass of the builtin its value is (str, int, datetime.date,
decimal.Decimal), so it compares, hashes and computes as that value, with the
``span`` it was read from and its flags (``approximate``, ``year_inferred``) as
read-only attributes. ``zhenggai._core`` makes one class per value type of the
model's description through :func:`value_type`.
"""

from __future__ import annotations

import datetime
import decimal
from typing import Any

_BASES: dict[str, type] = {
    "str": str,
    "int": int,
    "datetime.date": datetime.date,
    "decimal.Decimal": decimal.Decimal,
}


def _rebuild(cls: type, value: Any, fields: dict[str, Any]) -> Any:
    return cls(value, **fields)


def value_type(name: str, base_name: str, fields: list[str], doc: str) -> type:
    """A subclass of the builtin `base_name` whose instances carry `fields`."""
    base = _BASES[base_name]
    is_date = base is datetime.date

    def __new__(cls: type, value: Any, **given: Any) -> Any:
        args = (value.year, value.month, value.day) if is_date else (value,)
        self: Any = base.__new__(cls, *args)
        self.__dict__.update({f: given.get(f, False) for f in fields})
        return self

    def plain(self: Any) -> Any:
        return datetime.date(self.year, self.month, self.day) if is_date else base(self)

    def __setattr__(self: Any, key: str, value: Any) -> None:
        raise AttributeError(f"{name} is read-only")

    def __delattr__(self: Any, key: str) -> None:
        raise AttributeError(f"{name} is read-only")

    def __reduce__(self: Any) -> Any:
        return (_rebuild, (type(self), plain(self), {f: self.__dict__[f] for f in fields}))

    namespace: dict[str, Any] = {
        "__new__": __new__,
        "__doc__": doc,
        "__module__": "zhenggai",
        "__setattr__": __setattr__,
        "__delattr__": __delattr__,
        "__reduce__": __reduce__,
        "__reduce_ex__": lambda self, protocol: __reduce__(self),
        "value": property(plain, doc="The plain value."),
    }
    for f in fields:
        namespace[f] = property(_getter(f))
    return type(name, (base,), namespace)


def _getter(field: str) -> Any:
    def get(self: Any) -> Any:
        return self.__dict__[field]

    return get
