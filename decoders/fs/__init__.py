"""Filesystems as a whole: mount and umount, the new mount API, quotactl, swapon."""
