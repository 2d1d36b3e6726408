"""tests/decoders/render/test_flags.py."""
from __future__ import annotations

from decoders.files.fcntl_xlat import FLOCKCMDS
from decoders.memory.mmap_xlat import MMAP_PROT
from decoders.render.flags import print_flags


def test_zero_with_and_without_a_zero_entry():
    # Observed: mprotect(NULL, 0, PROT_NONE); flock(-1, 0) (no LOCK_* is zero).
    assert print_flags(0, MMAP_PROT, "PROT_???") == "PROT_NONE"
    assert print_flags(0, FLOCKCMDS, "LOCK_???") == "0"
    # Zero with no zero entry and no default prints nothing (visible in statx
    # flags under -X raw below).
    assert print_flags(0, FLOCKCMDS, None) == ""
