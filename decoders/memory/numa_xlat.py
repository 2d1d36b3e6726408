"""Tables for decoders/memory/numa.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

MPOL_MODES = (
    (0x0, 'MPOL_DEFAULT'),
    (0x1, 'MPOL_PREFERRED'),
    (0x2, 'MPOL_BIND'),
    (0x3, 'MPOL_INTERLEAVE'),
    (0x4, 'MPOL_LOCAL'),
    (0x5, 'MPOL_PREFERRED_MANY'),
)

MPOL_MODE_FLAGS = (
    (0x8000, 'MPOL_F_STATIC_NODES'),
    (0x4000, 'MPOL_F_RELATIVE_NODES'),
    (0x2000, 'MPOL_F_NUMA_BALANCING'),
)

MBIND_FLAGS = (
    (0x1, 'MPOL_MF_STRICT'),
    (0x2, 'MPOL_MF_MOVE'),
    (0x4, 'MPOL_MF_MOVE_ALL'),
)

GET_MEMPOLICY_FLAGS = (
    (0x1, 'MPOL_F_NODE'),
    (0x2, 'MPOL_F_ADDR'),
    (0x4, 'MPOL_F_MEMS_ALLOWED'),
)

MOVE_PAGES_FLAGS = (
    (0x2, 'MPOL_MF_MOVE'),
    (0x4, 'MPOL_MF_MOVE_ALL'),
)
