"""The new mount API, swapon and quotactl (commands and the flags in its structures).

Values for x86_64, in the order of strace 6.1's src/xlat/*.in (the first
matching entry wins); generated from those files and the kernel UAPI headers.
Each table is named after its strace xlat file.
"""

OPEN_TREE_FLAGS = (
    (0x1, 'OPEN_TREE_CLONE'),
    (0x80000, 'OPEN_TREE_CLOEXEC'),
    (0x100, 'AT_SYMLINK_NOFOLLOW'),
    (0x200, 'AT_REMOVEDIR'),
    (0x400, 'AT_SYMLINK_FOLLOW'),
    (0x800, 'AT_NO_AUTOMOUNT'),
    (0x1000, 'AT_EMPTY_PATH'),
    (0x8000, 'AT_RECURSIVE'),
)

MOVE_MOUNT_FLAGS = (
    (0x1, 'MOVE_MOUNT_F_SYMLINKS'),
    (0x2, 'MOVE_MOUNT_F_AUTOMOUNTS'),
    (0x4, 'MOVE_MOUNT_F_EMPTY_PATH'),
    (0x10, 'MOVE_MOUNT_T_SYMLINKS'),
    (0x20, 'MOVE_MOUNT_T_AUTOMOUNTS'),
    (0x40, 'MOVE_MOUNT_T_EMPTY_PATH'),
    (0x100, 'MOVE_MOUNT_SET_GROUP'),
)

FSOPEN_FLAGS = (
    (0x1, 'FSOPEN_CLOEXEC'),
)

FSPICK_FLAGS = (
    (0x1, 'FSPICK_CLOEXEC'),
    (0x2, 'FSPICK_SYMLINK_NOFOLLOW'),
    (0x4, 'FSPICK_NO_AUTOMOUNT'),
    (0x8, 'FSPICK_EMPTY_PATH'),
)

FSMOUNT_FLAGS = (
    (0x1, 'FSMOUNT_CLOEXEC'),
)

FSMOUNT_ATTR_FLAGS = (
    (0x1, 'MOUNT_ATTR_RDONLY'),
    (0x2, 'MOUNT_ATTR_NOSUID'),
    (0x4, 'MOUNT_ATTR_NODEV'),
    (0x8, 'MOUNT_ATTR_NOEXEC'),
    (0x10, 'MOUNT_ATTR_NOATIME'),
    (0x20, 'MOUNT_ATTR_STRICTATIME'),
    (0x80, 'MOUNT_ATTR_NODIRATIME'),
)

FSCONFIG_CMDS = (
    (0x0, 'FSCONFIG_SET_FLAG'),
    (0x1, 'FSCONFIG_SET_STRING'),
    (0x2, 'FSCONFIG_SET_BINARY'),
    (0x3, 'FSCONFIG_SET_PATH'),
    (0x4, 'FSCONFIG_SET_PATH_EMPTY'),
    (0x5, 'FSCONFIG_SET_FD'),
    (0x6, 'FSCONFIG_CMD_CREATE'),
    (0x7, 'FSCONFIG_CMD_RECONFIGURE'),
)

SWAP_FLAGS = (
    (0x8000, 'SWAP_FLAG_PREFER'),
    (0x10000, 'SWAP_FLAG_DISCARD'),
    (0x20000, 'SWAP_FLAG_DISCARD_ONCE'),
    (0x40000, 'SWAP_FLAG_DISCARD_PAGES'),
)

QUOTACMDS = (
    (0x100, 'Q_V1_QUOTAON'),
    (0x200, 'Q_V1_QUOTAOFF'),
    (0x300, 'Q_V1_GETQUOTA'),
    (0x400, 'Q_V1_SETQUOTA'),
    (0x500, 'Q_V1_SETUSE'),
    (0x600, 'Q_V1_SYNC'),
    (0x700, 'Q_SETQLIM'),
    (0x800, 'Q_V1_GETSTATS'),
    (0x1000, 'Q_V1_RSQUASH'),
    (0xd00, 'Q_V2_GETQUOTA'),
    (0xe00, 'Q_V2_SETQUOTA'),
    (0xf00, 'Q_V2_SETUSE'),
    (0x900, 'Q_V2_GETINFO'),
    (0xa00, 'Q_V2_SETINFO'),
    (0xb00, 'Q_V2_SETGRACE'),
    (0xc00, 'Q_V2_SETFLAGS'),
    (0x1100, 'Q_V2_GETSTATS'),
    (0x800001, 'Q_SYNC'),
    (0x800002, 'Q_QUOTAON'),
    (0x800003, 'Q_QUOTAOFF'),
    (0x800004, 'Q_GETFMT'),
    (0x800005, 'Q_GETINFO'),
    (0x800006, 'Q_SETINFO'),
    (0x800007, 'Q_GETQUOTA'),
    (0x800008, 'Q_SETQUOTA'),
    (0x800009, 'Q_GETNEXTQUOTA'),
    (0x5801, 'Q_XQUOTAON'),
    (0x5802, 'Q_XQUOTAOFF'),
    (0x5803, 'Q_XGETQUOTA'),
    (0x5804, 'Q_XSETQLIM'),
    (0x5805, 'Q_XGETQSTAT'),
    (0x5806, 'Q_XQUOTARM'),
    (0x5807, 'Q_XQUOTASYNC'),
    (0x5808, 'Q_XGETQSTATV'),
    (0x5809, 'Q_XGETNEXTQUOTA'),
)

QUOTATYPES = (
    (0x0, 'USRQUOTA'),
    (0x1, 'GRPQUOTA'),
    (0x2, 'PRJQUOTA'),
)

QUOTA_FORMATS = (
    (0x1, 'QFMT_VFS_OLD'),
    (0x2, 'QFMT_VFS_V0'),
    (0x3, 'QFMT_OCFS2'),
    (0x4, 'QFMT_VFS_V1'),
)

XFS_QUOTA_FLAGS = (
    (0x1, 'FS_QUOTA_UDQ_ACCT'),
    (0x2, 'FS_QUOTA_UDQ_ENFD'),
    (0x4, 'FS_QUOTA_GDQ_ACCT'),
    (0x8, 'FS_QUOTA_GDQ_ENFD'),
    (0x10, 'FS_QUOTA_PDQ_ACCT'),
    (0x20, 'FS_QUOTA_PDQ_ENFD'),
)

XFS_DQBLK_FLAGS = (
    (0x1, 'FS_USER_QUOTA'),
    (0x2, 'FS_PROJ_QUOTA'),
    (0x4, 'FS_GROUP_QUOTA'),
)

IF_DQBLK_VALID = (
    (0x1, 'QIF_BLIMITS'),
    (0x2, 'QIF_SPACE'),
    (0x4, 'QIF_ILIMITS'),
    (0x8, 'QIF_INODES'),
    (0x10, 'QIF_BTIME'),
    (0x20, 'QIF_ITIME'),
)

IF_DQINFO_FLAGS = (
    (0x1, 'DQF_ROOT_SQUASH'),
    (0x10000, 'DQF_SYS_FILE'),
)

IF_DQINFO_VALID = (
    (0x1, 'IIF_BGRACE'),
    (0x2, 'IIF_IGRACE'),
    (0x4, 'IIF_FLAGS'),
)
