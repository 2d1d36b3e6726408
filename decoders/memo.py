"""Memoized pure functions, without functools: importing it (and collections,
which it imports) costs every start of pytrace about 3 ms, and a flag table
rendered once per distinct value needs nothing of lru_cache but its effect."""
from __future__ import annotations

_MISSING = object()


def memoized(maxsize: int):
    """Decorate a function of hashable arguments: each result is kept, until
    ``maxsize`` are, when the cache starts over (no least-recently-used
    order to keep: a trace repeats few values)."""
    def decorate(fn):
        cache: dict = {}
        get = cache.get

        def cached(*args, **named):
            key = (args, tuple(named.items())) if named else args
            value = get(key, _MISSING)
            if value is _MISSING:
                if len(cache) >= maxsize:
                    cache.clear()
                value = cache[key] = fn(*args, **named)
            return value

        cached.__name__ = fn.__name__
        cached.__qualname__ = fn.__qualname__
        cached.__doc__ = fn.__doc__
        cached.__module__ = fn.__module__
        cached.__wrapped__ = fn
        cached.cache = cache
        return cached
    return decorate
