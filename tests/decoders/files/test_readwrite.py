"""decoders/files/readwrite.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_every_style, assert_in_its_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 0), 'SEEK_SET', '0', '0 /* SEEK_SET */'),
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 1), 'SEEK_CUR', '0x1', '0x1 /* SEEK_CUR */'),
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 2), 'SEEK_END', '0x2', '0x2 /* SEEK_END */'),
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 3), 'SEEK_DATA', '0x3', '0x3 /* SEEK_DATA */'),
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 4), 'SEEK_HOLE', '0x4', '0x4 /* SEEK_HOLE */'),
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 5), '0x5 /* SEEK_??? */', '0x5', '0x5 /* SEEK_??? */'),
    ('fadvise_advice', 'fadvise64', 3, (0xffffffffffffffff, 0, 0, 0), 'POSIX_FADV_NORMAL', '0', '0 /* POSIX_FADV_NORMAL */'),
    ('fadvise_advice', 'fadvise64', 3, (0xffffffffffffffff, 0, 0, 4), 'POSIX_FADV_DONTNEED', '0x4', '0x4 /* POSIX_FADV_DONTNEED */'),
    ('fadvise_advice', 'fadvise64', 3, (0xffffffffffffffff, 0, 0, 5), 'POSIX_FADV_NOREUSE', '0x5', '0x5 /* POSIX_FADV_NOREUSE */'),
    ('fadvise_advice', 'fadvise64', 3, (0xffffffffffffffff, 0, 0, 6), '0x6 /* POSIX_FADV_??? */', '0x6', '0x6 /* POSIX_FADV_??? */'),
    ('fallocate_mode', 'fallocate', 1, (0xffffffffffffffff, 0, 0, 0), '0', '0', '0'),
    ('fallocate_mode', 'fallocate', 1, (0xffffffffffffffff, 1, 0, 0), 'FALLOC_FL_KEEP_SIZE', '0x1', '0x1 /* FALLOC_FL_KEEP_SIZE */'),
    ('fallocate_mode', 'fallocate', 1, (0xffffffffffffffff, 3, 0, 0), 'FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE', '0x3', '0x3 /* FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE */'),
    ('fallocate_mode', 'fallocate', 1, (0xffffffffffffffff, 0x10, 0, 0), 'FALLOC_FL_ZERO_RANGE', '0x10', '0x10 /* FALLOC_FL_ZERO_RANGE */'),
    ('fallocate_mode', 'fallocate', 1, (0xffffffffffffffff, 0x80, 0, 0), '0x80 /* FALLOC_FL_??? */', '0x80', '0x80 /* FALLOC_FL_??? */'),
    ('splice_flags', 'splice', 5, (0xffffffffffffffff, 0, 0xffffffffffffffff, 0, 0, 0), '0', '0', '0'),
    ('splice_flags', 'splice', 5, (0xffffffffffffffff, 0, 0xffffffffffffffff, 0, 0, 1), 'SPLICE_F_MOVE', '0x1', '0x1 /* SPLICE_F_MOVE */'),
    ('splice_flags', 'splice', 5, (0xffffffffffffffff, 0, 0xffffffffffffffff, 0, 0, 0xf), 'SPLICE_F_MOVE|SPLICE_F_NONBLOCK|SPLICE_F_MORE|SPLICE_F_GIFT', '0xf', '0xf /* SPLICE_F_MOVE|SPLICE_F_NONBLOCK|SPLICE_F_MORE|SPLICE_F_GIFT */'),
    ('splice_flags', 'splice', 5, (0xffffffffffffffff, 0, 0xffffffffffffffff, 0, 0, 0x10), '0x10 /* SPLICE_F_??? */', '0x10', '0x10 /* SPLICE_F_??? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('rwf_flags', 'preadv2', 5, 0x0, 'abbrev', '0'),
    ('rwf_flags', 'preadv2', 5, 0x1f, 'abbrev', 'RWF_HIPRI|RWF_DSYNC|RWF_SYNC|RWF_NOWAIT|RWF_APPEND'),
    ('rwf_flags', 'pwritev2', 5, 0x83, 'abbrev', 'RWF_HIPRI|RWF_DSYNC|0x80'),
    ('rwf_flags', 'pwritev2', 5, 0x80, 'abbrev', '0x80 /* RWF_??? */'),
    ('rwf_flags', 'pwritev2', 5, 0x100000002, 'abbrev', 'RWF_DSYNC'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x0, 'abbrev', '0'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x7, 'abbrev', 'SYNC_FILE_RANGE_WAIT_BEFORE|SYNC_FILE_RANGE_WRITE|SYNC_FILE_RANGE_WAIT_AFTER'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x18, 'abbrev', '0x18 /* SYNC_FILE_RANGE_??? */'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x100000002, 'abbrev', 'SYNC_FILE_RANGE_WRITE'),
    ('rwf_flags', 'preadv2', 5, 0x0, 'raw', '0'),
    ('rwf_flags', 'preadv2', 5, 0x1f, 'raw', '0x1f'),
    ('rwf_flags', 'pwritev2', 5, 0x83, 'raw', '0x83'),
    ('rwf_flags', 'pwritev2', 5, 0x80, 'raw', '0x80'),
    ('rwf_flags', 'pwritev2', 5, 0x100000002, 'raw', '0x2'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x0, 'raw', '0'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x7, 'raw', '0x7'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x18, 'raw', '0x18'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x100000002, 'raw', '0x2'),
    ('rwf_flags', 'preadv2', 5, 0x0, 'verbose', '0'),
    ('rwf_flags', 'preadv2', 5, 0x1f, 'verbose', '0x1f /* RWF_HIPRI|RWF_DSYNC|RWF_SYNC|RWF_NOWAIT|RWF_APPEND */'),
    ('rwf_flags', 'pwritev2', 5, 0x83, 'verbose', '0x83 /* RWF_HIPRI|RWF_DSYNC|0x80 */'),
    ('rwf_flags', 'pwritev2', 5, 0x80, 'verbose', '0x80 /* RWF_??? */'),
    ('rwf_flags', 'pwritev2', 5, 0x100000002, 'verbose', '0x2 /* RWF_DSYNC */'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x0, 'verbose', '0'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x7, 'verbose', '0x7 /* SYNC_FILE_RANGE_WAIT_BEFORE|SYNC_FILE_RANGE_WRITE|SYNC_FILE_RANGE_WAIT_AFTER */'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x18, 'verbose', '0x18 /* SYNC_FILE_RANGE_??? */'),
    ('sync_file_range_flags', 'sync_file_range', 3, 0x100000002, 'verbose', '0x2 /* SYNC_FILE_RANGE_WRITE */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
