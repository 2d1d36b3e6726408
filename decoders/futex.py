"""futex and futex_waitv: the operation decides how many of the other five
arguments exist."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, syscall_decoder
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, hexval
from decoders.render.strings import hex_address
from decoders.render.structs import Last, print_array
from decoders.time.timespec import timespec_ptr

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

FUTEX_CMD_MASK = 127
(FUTEX_WAIT, FUTEX_WAKE, FUTEX_FD, FUTEX_REQUEUE, FUTEX_CMP_REQUEUE, FUTEX_WAKE_OP,
 FUTEX_LOCK_PI, FUTEX_UNLOCK_PI, FUTEX_TRYLOCK_PI, FUTEX_WAIT_BITSET, FUTEX_WAKE_BITSET,
 FUTEX_WAIT_REQUEUE_PI, FUTEX_CMP_REQUEUE_PI, FUTEX_LOCK_PI2) = range(14)
FUTEX_OP_OPARG_SHIFT = 8


def _timeout(value: int, call: Call) -> str:
    return timespec_ptr(value, call)


def wake_op_text(val3: int, style: str) -> str:
    """FUTEX_WAKE_OP's encoded operation: ``FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1``."""
    out = ""
    if (val3 >> 28) & FUTEX_OP_OPARG_SHIFT:
        out += ("%s<<28|" % ("FUTEX_OP_OPARG_SHIFT" if style == "abbrev" else
                             "0x8" if style == "raw" else "0x8 /* FUTEX_OP_OPARG_SHIFT */"))
    op = (val3 >> 28) & 7
    name = print_xval(op, FUTEXWAKEOPS, None, style)
    known = any(v == op for v, _ in FUTEXWAKEOPS)
    out += name + "<<28" + ("" if known else " /* FUTEX_OP_??? */")
    out += "|%s<<12" % hexval((val3 >> 12) & 0xFFF)
    cmp_ = (val3 >> 24) & 0xF
    known = any(v == cmp_ for v, _ in FUTEXWAKECMPS)
    out += "|%s<<24%s" % (print_xval(cmp_, FUTEXWAKECMPS, None, style),
                          "" if known else " /* FUTEX_OP_CMP_??? */")
    out += "|" + hexval(val3 & 0xFFF)
    return out


@syscall_decoder("futex")
class Futex:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        uaddr, op, val, timeout, uaddr2, val3 = call.args
        op &= U32
        val &= U32
        val2 = timeout & U32
        val3 &= U32
        style = call.opts.xlat_style
        cmd = op & FUTEX_CMD_MASK
        parts = [hex_address(uaddr), print_xval(op, FUTEXOPS, "FUTEX_???", style)]
        if cmd == FUTEX_WAIT:
            parts += [str(val), _timeout(timeout, call)]
        elif cmd in (FUTEX_LOCK_PI, FUTEX_LOCK_PI2):
            parts.append(_timeout(timeout, call))
        elif cmd == FUTEX_WAIT_BITSET:
            parts += [str(val), _timeout(timeout, call),
                      print_xval(val3, FUTEXBITSET, None, style)]
        elif cmd == FUTEX_WAKE_BITSET:
            parts += [str(val), print_xval(val3, FUTEXBITSET, None, style)]
        elif cmd == FUTEX_REQUEUE:
            parts += [str(val), str(val2), hex_address(uaddr2)]
        elif cmd in (FUTEX_CMP_REQUEUE, FUTEX_CMP_REQUEUE_PI):
            parts += [str(val), str(val2), hex_address(uaddr2), str(val3)]
        elif cmd == FUTEX_WAKE_OP:
            parts += [str(val), str(val2), hex_address(uaddr2), wake_op_text(val3, style)]
        elif cmd == FUTEX_WAIT_REQUEUE_PI:
            parts += [str(val), _timeout(timeout, call), hex_address(uaddr2)]
        elif cmd in (FUTEX_FD, FUTEX_WAKE):
            parts.append(str(val))
        elif cmd in (FUTEX_UNLOCK_PI, FUTEX_TRYLOCK_PI):
            pass
        else:
            parts += [str(val), hex_address(timeout), hex_address(uaddr2), hexval(val3)]
        return ", ".join(parts)

    @staticmethod
    def exit(call: Call) -> str:
        return ""


FUTEX_WAITER_FLAGS = (
    (0x2, "FUTEX_32"),
    (0x80, "FUTEX_PRIVATE_FLAG"),
)

FUTEX_WAITV = struct.Struct("<QQII")        # val, uaddr, flags, __reserved
FUTEX_WAITV_MAX = 128


@arg_kind("futex_waiters")
def _futex_waiters(value: int, call: Call) -> str:
    """futex_waitv's waiters; nr_futexes is the next argument.  strace stops
    at the kernel's limit of 128 waiters."""
    style = call.opts.xlat_style
    printed = [0]

    def one(chunk: bytes) -> str:
        if printed[0] >= FUTEX_WAITV_MAX:
            return Last("...")
        printed[0] += 1
        val, uaddr, flags, reserved = FUTEX_WAITV.unpack(chunk)
        text = "{val=%s, uaddr=%s, flags=%s" % (
            hexval(val), hex_address(uaddr),
            print_flags(flags, FUTEX_WAITER_FLAGS, "FUTEX_???", style))
        if reserved:
            text += ", __reserved=" + hexval(reserved)
        return text + "}"

    return print_array(call, value, call.args[call.index + 1] & U32, FUTEX_WAITV.size, one)
