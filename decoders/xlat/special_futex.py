"""Tables for the whole-call decoders in decoders/special/futex.py: x86_64 values in the order of strace 6.1's src/xlat/*.in, generated from those files and the kernel UAPI headers.  Each table is named after its strace xlat file."""

FUTEXOPS = (
    (0x0, 'FUTEX_WAIT'),
    (0x1, 'FUTEX_WAKE'),
    (0x2, 'FUTEX_FD'),
    (0x3, 'FUTEX_REQUEUE'),
    (0x4, 'FUTEX_CMP_REQUEUE'),
    (0x5, 'FUTEX_WAKE_OP'),
    (0x6, 'FUTEX_LOCK_PI'),
    (0x7, 'FUTEX_UNLOCK_PI'),
    (0x8, 'FUTEX_TRYLOCK_PI'),
    (0x9, 'FUTEX_WAIT_BITSET'),
    (0xa, 'FUTEX_WAKE_BITSET'),
    (0xb, 'FUTEX_WAIT_REQUEUE_PI'),
    (0xc, 'FUTEX_CMP_REQUEUE_PI'),
    (0xd, 'FUTEX_LOCK_PI2'),
    (0x80, 'FUTEX_WAIT_PRIVATE'),
    (0x81, 'FUTEX_WAKE_PRIVATE'),
    (0x82, 'FUTEX_FD|FUTEX_PRIVATE_FLAG'),
    (0x83, 'FUTEX_REQUEUE_PRIVATE'),
    (0x84, 'FUTEX_CMP_REQUEUE_PRIVATE'),
    (0x85, 'FUTEX_WAKE_OP_PRIVATE'),
    (0x86, 'FUTEX_LOCK_PI_PRIVATE'),
    (0x87, 'FUTEX_UNLOCK_PI_PRIVATE'),
    (0x88, 'FUTEX_TRYLOCK_PI_PRIVATE'),
    (0x89, 'FUTEX_WAIT_BITSET_PRIVATE'),
    (0x8a, 'FUTEX_WAKE_BITSET_PRIVATE'),
    (0x8b, 'FUTEX_WAIT_REQUEUE_PI_PRIVATE'),
    (0x8c, 'FUTEX_CMP_REQUEUE_PI_PRIVATE'),
    (0x8d, 'FUTEX_LOCK_PI2_PRIVATE'),
    (0x100, 'FUTEX_WAIT|FUTEX_CLOCK_REALTIME'),
    (0x180, 'FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME'),
    (0x109, 'FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME'),
    (0x189, 'FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME'),
    (0x10b, 'FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME'),
    (0x18b, 'FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME'),
)

FUTEXWAKEOPS = (
    (0x0, 'FUTEX_OP_SET'),
    (0x1, 'FUTEX_OP_ADD'),
    (0x2, 'FUTEX_OP_OR'),
    (0x3, 'FUTEX_OP_ANDN'),
    (0x4, 'FUTEX_OP_XOR'),
)

FUTEXWAKECMPS = (
    (0x0, 'FUTEX_OP_CMP_EQ'),
    (0x1, 'FUTEX_OP_CMP_NE'),
    (0x2, 'FUTEX_OP_CMP_LT'),
    (0x3, 'FUTEX_OP_CMP_LE'),
    (0x4, 'FUTEX_OP_CMP_GT'),
    (0x5, 'FUTEX_OP_CMP_GE'),
)

FUTEXBITSET = (
    (0xffffffff, 'FUTEX_BITSET_MATCH_ANY'),
)

