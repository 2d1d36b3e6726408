"""Records with named fields, for the tracer's option sets and events.

``dataclasses`` would do the same, but importing it and running the code it
generates for each class costs more than the rest of pytrace's start-up
together; a class made here costs nothing until it is used.  (pytrace uses
this too: the decoders are the one package both sides import.)

A subclass declares its fields as annotated class attributes, in order; the
value is the default, and a field without one must be given::

    class Point(Record):
        x: int
        y: int = 0

``Point(1)``, ``Point(1, y=2)``; records are equal when their types and
fields are; ``replace(**changes)`` makes a changed copy.  Records are frozen
unless the class says ``frozen=False`` (``class Options(Record, frozen=False)``).
"""
from __future__ import annotations


class Record:
    _fields: tuple = ()
    _field_set: frozenset = frozenset()
    _frozen = True

    def __init_subclass__(cls, frozen: bool = True, **kwargs):
        super().__init_subclass__(**kwargs)
        fields = list(cls._fields)
        fields += [name for name in cls.__dict__.get("__annotations__", {})
                   if name not in fields]
        cls._fields = tuple(fields)
        cls._field_set = frozenset(fields)
        cls._frozen = frozen

    def __init__(self, *values, **named):
        fields = self._fields
        if len(values) > len(fields):
            raise TypeError("%s takes %d fields, %d given"
                            % (type(self).__name__, len(fields), len(values)))
        put = object.__setattr__
        for name, value in zip(fields, values):
            put(self, name, value)
        for name, value in named.items():
            if name not in self._field_set:
                raise TypeError("%s has no field %r" % (type(self).__name__, name))
            put(self, name, value)
        if len(values) + len(named) < len(fields):
            cls = type(self)
            for name in fields:
                if not hasattr(cls, name) and name not in self.__dict__:
                    raise TypeError("%s needs field %r" % (cls.__name__, name))

    def __setattr__(self, name, value):
        if self._frozen:
            raise AttributeError("%s is frozen" % type(self).__name__)
        object.__setattr__(self, name, value)

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self._fields)

    def replace(self, **changes):
        """A copy with ``changes`` made."""
        given = dict(zip(self._fields, self._values()))
        given.update(changes)
        return type(self)(**given)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self):
        if not self._frozen:
            raise TypeError("unhashable type: %r" % type(self).__name__)
        return hash(self._values())

    def __repr__(self) -> str:
        return "%s(%s)" % (type(self).__name__, ", ".join(
            "%s=%r" % (name, getattr(self, name)) for name in self._fields))


def named_tuple(name: str, fields) -> type:
    """A tuple class whose items are also read by name, as collections'
    namedtuple makes, for results built by the thousand (structure fields,
    parsed options); importing collections costs every start of pytrace
    about 2 ms.  ``Point(1, 2)``, ``Point._make(values)``, ``point.x``."""
    fields = tuple(fields.split() if isinstance(fields, str) else fields)
    namespace = {
        "__slots__": (),
        "_fields": fields,
        "__new__": lambda cls, *values: tuple.__new__(cls, values),
        "_make": classmethod(tuple.__new__),
        "__repr__": lambda self: "%s(%s)" % (name, ", ".join(
            "%s=%r" % pair for pair in zip(fields, self))),
        "__getnewargs__": lambda self: tuple(self),
    }
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, index=index: self[index])
    return type(name, (tuple,), namespace)
