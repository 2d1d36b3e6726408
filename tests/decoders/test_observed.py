"""The observed rows (tests/decoders/observed.py), spread over the decoder tests, still
cover every plain flag and enum kind that has no test of its own."""
from __future__ import annotations

import importlib
import pkgutil

import tests.decoders

PLAIN_KINDS = {
    "rwf_flags", "signalfd_flags", "sync_file_range_flags", "swap_flags",
    "delete_module_flags", "module_init_flags", "uffd_flags", "pkey_access",
    "memfd_secret_flags", "pidfd_open_flags", "open_tree_flags", "move_mount_flags",
    "fsopen_flags", "fspick_flags", "fsmount_flags", "mount_attr_flags",
    "fanotify_init_flags", "fanotify_mark_flags", "fanotify_mask", "mbind_flags",
    "get_mempolicy_flags", "move_pages_flags", "mpol_mode", "syslog_action",
    "ioprio_which", "ioprio_value", "reboot_magic1", "reboot_magic2", "reboot_cmd",
    "kcmp_type", "quotactl_cmd", "fsconfig_cmd", "ipc_key", "ipc_get_flags",
    "shmget_flags", "shmat_flags", "ipc_msg_flags", "shmctl_cmd", "semctl_cmd",
    "msgctl_cmd", "landlock_create_flags", "landlock_rule_type",
}


def observed_kinds() -> set[str]:
    kinds = set()
    for info in pkgutil.walk_packages(tests.decoders.__path__, "tests.decoders."):
        if info.ispkg or not info.name.rpartition(".")[2].startswith("test_"):
            continue
        module = importlib.import_module(info.name)
        for rows in (getattr(module, "FLAG_ROWS", ()), getattr(module, "STYLE_ROWS", ())):
            kinds.update(row[0] for row in rows)
    return kinds


def test_every_plain_kind_has_observed_rows():
    assert PLAIN_KINDS <= observed_kinds()
