"""site.py's work, when the launcher started Python without it (``-S``, see
bin/launcher.c): done only once something needs the site-packages."""
from __future__ import annotations

import sys


def ensure_site() -> None:
    """What site.py skipped at start, done now if it was: for what looks for
    installed packages on the path (-V's version) rather than importing them."""
    if SiteOnDemand in sys.meta_path:
        sys.meta_path.remove(SiteOnDemand)
        import site
        site.main()


class SiteOnDemand:
    """The last finder on sys.meta_path: a top-level module no other finder
    found makes site.py do now what it skipped at start, then is looked for
    again on the path it made."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if path is not None:   # a submodule: its package's own path was searched
            return None
        ensure_site()
        for finder in sys.meta_path:
            if getattr(finder, "__name__", None) == "PathFinder":
                return finder.find_spec(name, None, target)
        return None
