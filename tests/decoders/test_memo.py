"""decoders.memo: a memoized function returns what the function returns, and
calls it once per distinct arguments until the cache is full."""
from __future__ import annotations

from decoders.memo import memoized
from decoders.render.flags import print_flags


def _counting(maxsize: int):
    calls = []

    @memoized(maxsize)
    def render(value: int, style: str = "abbrev") -> str:
        """A docstring, kept."""
        calls.append((value, style))
        return "%s:%d" % (style, value)
    return render, calls


def test_a_result_is_computed_once_per_arguments():
    render, calls = _counting(8)
    assert [render(1), render(1), render(2), render(1, style="raw"), render(1, "raw")] == \
        ["abbrev:1", "abbrev:1", "abbrev:2", "raw:1", "raw:1"]
    # by keyword and by position are two keys, as under lru_cache
    assert calls == [(1, "abbrev"), (2, "abbrev"), (1, "raw"), (1, "raw")]
    assert render.__doc__ == "A docstring, kept." and render.__name__ == "render"


def test_a_full_cache_starts_over():
    render, calls = _counting(2)
    for value in (1, 2, 3, 1):
        render(value)
    assert calls == [(1, "abbrev"), (2, "abbrev"), (3, "abbrev"), (1, "abbrev")]
    assert len(render.cache) == 2


def test_the_flag_printers_are_memoized():
    table = ((1, "A"), (2, "B"))
    assert print_flags(3, table) == "A|B"
    assert print_flags.cache[(3, table)] == "A|B"
