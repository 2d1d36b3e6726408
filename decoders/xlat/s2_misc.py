"""Tables for the remaining structures of decoders/structs2 (NUMA, keys,
openat2, mount_setattr, futex_waitv, landlock): x86_64 values, in the order
of strace 6.1's src/xlat/*.in (each table is named after its strace xlat
file)."""
from decoders.xlat.more_mm import MPOL_MODES  # noqa: F401


KEY_SPEC = (
    (-1, "KEY_SPEC_THREAD_KEYRING"),
    (-2, "KEY_SPEC_PROCESS_KEYRING"),
    (-3, "KEY_SPEC_SESSION_KEYRING"),
    (-4, "KEY_SPEC_USER_KEYRING"),
    (-5, "KEY_SPEC_USER_SESSION_KEYRING"),
    (-6, "KEY_SPEC_GROUP_KEYRING"),
    (-7, "KEY_SPEC_REQKEY_AUTH_KEY"),
    (-8, "KEY_SPEC_REQUESTOR_KEYRING"),
)

OPEN_RESOLVE_FLAGS = (
    (0x01, "RESOLVE_NO_XDEV"),
    (0x02, "RESOLVE_NO_MAGICLINKS"),
    (0x04, "RESOLVE_NO_SYMLINKS"),
    (0x08, "RESOLVE_BENEATH"),
    (0x10, "RESOLVE_IN_ROOT"),
    (0x20, "RESOLVE_CACHED"),
)

MOUNT_ATTR_ATTR = (
    (0x1, "MOUNT_ATTR_RDONLY"),
    (0x2, "MOUNT_ATTR_NOSUID"),
    (0x4, "MOUNT_ATTR_NODEV"),
    (0x8, "MOUNT_ATTR_NOEXEC"),
    (0x10, "MOUNT_ATTR_NOATIME"),
    (0x20, "MOUNT_ATTR_STRICTATIME"),
    (0x80, "MOUNT_ATTR_NODIRATIME"),
    (0x100000, "MOUNT_ATTR_IDMAP"),
    (0x200000, "MOUNT_ATTR_NOSYMFOLLOW"),
)

MOUNT_ATTR_PROPAGATION = (
    (0x20000, "MS_UNBINDABLE"),
    (0x40000, "MS_PRIVATE"),
    (0x80000, "MS_SLAVE"),
    (0x100000, "MS_SHARED"),
)

FUTEX_WAITER_FLAGS = (
    (0x2, "FUTEX_32"),
    (0x80, "FUTEX_PRIVATE_FLAG"),
)

LANDLOCK_RULESET_ACCESS_FS = (
    (1 << 0, "LANDLOCK_ACCESS_FS_EXECUTE"),
    (1 << 1, "LANDLOCK_ACCESS_FS_WRITE_FILE"),
    (1 << 2, "LANDLOCK_ACCESS_FS_READ_FILE"),
    (1 << 3, "LANDLOCK_ACCESS_FS_READ_DIR"),
    (1 << 4, "LANDLOCK_ACCESS_FS_REMOVE_DIR"),
    (1 << 5, "LANDLOCK_ACCESS_FS_REMOVE_FILE"),
    (1 << 6, "LANDLOCK_ACCESS_FS_MAKE_CHAR"),
    (1 << 7, "LANDLOCK_ACCESS_FS_MAKE_DIR"),
    (1 << 8, "LANDLOCK_ACCESS_FS_MAKE_REG"),
    (1 << 9, "LANDLOCK_ACCESS_FS_MAKE_SOCK"),
    (1 << 10, "LANDLOCK_ACCESS_FS_MAKE_FIFO"),
    (1 << 11, "LANDLOCK_ACCESS_FS_MAKE_BLOCK"),
    (1 << 12, "LANDLOCK_ACCESS_FS_MAKE_SYM"),
    (1 << 13, "LANDLOCK_ACCESS_FS_REFER"),
)
