"""futex: the operation decides how many of the other five arguments exist."""
from __future__ import annotations

from decoders import Call, syscall_decoder
from decoders.render.flags import print_xval
from decoders.render.numbers import U32, hexval
from decoders.render.strings import hex_address
from decoders.structs.time import timespec_ptr
from decoders.xlat import special_futex as xf

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
    name = print_xval(op, xf.FUTEXWAKEOPS, None, style)
    known = any(v == op for v, _ in xf.FUTEXWAKEOPS)
    out += name + "<<28" + ("" if known else " /* FUTEX_OP_??? */")
    out += "|%s<<12" % hexval((val3 >> 12) & 0xFFF)
    cmp_ = (val3 >> 24) & 0xF
    known = any(v == cmp_ for v, _ in xf.FUTEXWAKECMPS)
    out += "|%s<<24%s" % (print_xval(cmp_, xf.FUTEXWAKECMPS, None, style),
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
        parts = [hex_address(uaddr), print_xval(op, xf.FUTEXOPS, "FUTEX_???", style)]
        if cmd == FUTEX_WAIT:
            parts += [str(val), _timeout(timeout, call)]
        elif cmd in (FUTEX_LOCK_PI, FUTEX_LOCK_PI2):
            parts.append(_timeout(timeout, call))
        elif cmd == FUTEX_WAIT_BITSET:
            parts += [str(val), _timeout(timeout, call),
                      print_xval(val3, xf.FUTEXBITSET, None, style)]
        elif cmd == FUTEX_WAKE_BITSET:
            parts += [str(val), print_xval(val3, xf.FUTEXBITSET, None, style)]
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
