"""io_uring_setup, io_uring_enter and io_uring_register (raw syscalls).

io_uring_setup shows the parameters the caller set at entry and what the
kernel filled in at exit inside the same braces; io_uring_register's
argument depends on the opcode (iovecs, fd arrays, probe, restrictions,
resource tables, CPU masks, worker limits, ring fds, buffer rings)."""
from __future__ import annotations

import struct

from decoders import Call, syscall_decoder
from decoders.io.io_uring_xlat import (
    URING_ENTER_FLAGS, URING_FILES_UPDATE_FDS, URING_IOWQ_ACCT, URING_OPS, URING_OP_FLAGS,
    URING_REGISTER_OPCODES, URING_REGISTER_RSRC_FLAGS, URING_RESTRICTION_OPCODES,
    URING_SETUP_FEATURES, URING_SETUP_FLAGS, URING_SQE_FLAGS)
from decoders.process.sched import affinity_text
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, hexval
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address, quote
from decoders.render.structs import fetch, page_size, print_array, print_array_ex
from decoders.signals.sigset import sigset_at

IORING_SETUP_ATTACH_WQ = 1 << 5

(IORING_REGISTER_BUFFERS, IORING_UNREGISTER_BUFFERS, IORING_REGISTER_FILES,
 IORING_UNREGISTER_FILES, IORING_REGISTER_EVENTFD, IORING_UNREGISTER_EVENTFD,
 IORING_REGISTER_FILES_UPDATE, IORING_REGISTER_EVENTFD_ASYNC, IORING_REGISTER_PROBE,
 IORING_REGISTER_PERSONALITY, IORING_UNREGISTER_PERSONALITY, IORING_REGISTER_RESTRICTIONS,
 IORING_REGISTER_ENABLE_RINGS, IORING_REGISTER_FILES2, IORING_REGISTER_FILES_UPDATE2,
 IORING_REGISTER_BUFFERS2, IORING_REGISTER_BUFFERS_UPDATE, IORING_REGISTER_IOWQ_AFF,
 IORING_UNREGISTER_IOWQ_AFF, IORING_REGISTER_IOWQ_MAX_WORKERS, IORING_REGISTER_RING_FDS,
 IORING_UNREGISTER_RING_FDS, IORING_REGISTER_PBUF_RING,
 IORING_UNREGISTER_PBUF_RING) = range(24)

IORING_RESTRICTION_REGISTER_OP, IORING_RESTRICTION_SQE_OP = 0, 1
IORING_RESTRICTION_SQE_FLAGS_ALLOWED, IORING_RESTRICTION_SQE_FLAGS_REQUIRED = 2, 3

# struct io_uring_params: sq_entries, cq_entries, flags, sq_thread_cpu,
# sq_thread_idle, features, wq_fd, resv[3], then the two offset structures
PARAMS = struct.Struct("<10I")
SQ_OFF = struct.Struct("<8IQ")      # head tail ring_mask ring_entries flags dropped array resv1 resv2
CQ_OFF = struct.Struct("<8IQ")      # head tail ring_mask ring_entries overflow cqes flags resv1 resv2
PARAMS_SIZE = PARAMS.size + SQ_OFF.size + CQ_OFF.size


def _xints(values, call: Call) -> str:
    """A fixed-size array of a structure, in hex, cut after -s elements unless -v."""
    return _local_array((hexval(v) for v in values), call)


def _ring_offsets(values, names) -> str:
    parts = ["%s=%d" % (name, value) for name, value in zip(names, values[:7])]
    if values[7]:
        parts.append("resv1=" + hexval(values[7]))
    if values[8]:
        parts.append("resv2=" + hexval(values[8]))
    return "{" + ", ".join(parts) + "}"


@syscall_decoder("io_uring_setup")
class IoUringSetup:
    @staticmethod
    def entry(call: Call) -> str:
        entries, where = call.args[0] & U32, call.args[1]
        data = fetch(call, where, PARAMS_SIZE)
        if data is None:
            call.saved["decoded"] = True
            return "%d, %s" % (entries, hex_address(where))
        (_, _, flags, sq_thread_cpu, sq_thread_idle, _, wq_fd, *resv) = PARAMS.unpack_from(data)
        style = call.opts.xlat_style
        parts = ["flags=" + print_flags(flags, URING_SETUP_FLAGS, "IORING_SETUP_???", style),
                 "sq_thread_cpu=" + hexval(sq_thread_cpu),
                 "sq_thread_idle=%d" % sq_thread_idle]
        if flags & IORING_SETUP_ATTACH_WQ:
            parts.append("wq_fd=" + fd_text(wq_fd, call))
        if any(resv):
            parts.append("resv=" + _xints(resv, call))
        return "%d, {%s" % (entries, ", ".join(parts))

    @staticmethod
    def exit(call: Call) -> str:
        if call.saved.get("decoded"):
            return ""
        data = fetch(call, call.args[1], PARAMS_SIZE)
        if data is None:
            return "}"
        sq_entries, cq_entries, _, _, _, features = PARAMS.unpack_from(data)[:6]
        sq = SQ_OFF.unpack_from(data, PARAMS.size)
        cq = CQ_OFF.unpack_from(data, PARAMS.size + SQ_OFF.size)
        return ", sq_entries=%d, cq_entries=%d, features=%s, sq_off=%s, cq_off=%s}" % (
            sq_entries, cq_entries,
            print_flags(features, URING_SETUP_FEATURES, "IORING_FEAT_???",
                        call.opts.xlat_style),
            _ring_offsets(sq, ("head", "tail", "ring_mask", "ring_entries", "flags", "dropped",
                               "array")),
            _ring_offsets(cq, ("head", "tail", "ring_mask", "ring_entries", "overflow", "cqes",
                               "flags")))


@syscall_decoder("io_uring_enter")
class IoUringEnter:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        fd, to_submit, min_complete, flags, sig, sigsz = call.args[:6]
        return "%s, %d, %d, %s, %s, %d" % (
            fd_text(fd, call), to_submit & U32, min_complete & U32,
            print_flags(flags & U32, URING_ENTER_FLAGS, "IORING_ENTER_???",
                        call.opts.xlat_style),
            sigset_at(call, sig, sigsz), sigsz)

    @staticmethod
    def exit(call: Call) -> str:
        return ""


# io_uring_register's arguments ---------------------------------------------

def _array(call: Call, addr: int, count: int, size: int, render, ignore_failure=False) -> str:
    return print_array(call, addr, count, size, render, ignore_failure)


def _fd_member(call: Call):
    return lambda chunk: fd_text(struct.unpack("<i", chunk)[0] & U32, call)


def _update_fd_member(call: Call):
    style = call.opts.xlat_style

    def render(chunk: bytes) -> str:
        fd = struct.unpack("<i", chunk)[0]
        if fd < -1:
            return print_xval(fd, URING_FILES_UPDATE_FDS, None, style, "d")
        return fd_text(fd & U32, call)
    return render


def _iovecs(call: Call, addr: int, count: int) -> str:
    def render(chunk: bytes) -> str:
        base, length = struct.unpack("<QQ", chunk)
        return "{iov_base=%s, iov_len=%d}" % (hex_address(base), length)
    return _array(call, addr, count, 16, render, ignore_failure=True)


def _files_update(call: Call, addr: int, nargs: int) -> str:
    data = fetch(call, addr, 16)
    if data is None:
        return hex_address(addr)
    offset, resv, fds = struct.unpack("<IIQ", data)
    parts = ["offset=%d" % offset]
    if resv:
        parts.append("resv=" + hexval(resv))
    parts.append("fds=" + _array(call, fds, nargs, 4, _update_fd_member(call)))
    return "{" + ", ".join(parts) + "}"


def _local_array(items, call: Call, truncated: bool = False) -> str:
    """print_local_array: cut after -s elements unless -v; ``...`` also marks
    an array the kernel had more elements for."""
    items = list(items)
    cut = not call.opts.verbose and len(items) > call.opts.string_limit
    if cut:
        items = items[:call.opts.string_limit] + ["..."]
    elif truncated:
        items.append("...")
    return "[" + ", ".join(items) + "]"


def _probe_op(chunk: bytes, style: str) -> str:
    op, resv, flags, resv2 = struct.unpack("<BBHI", chunk)
    parts = ["op=" + print_xval(op, URING_OPS, "IORING_OP_???", style, "u")]
    if resv:
        parts.append("resv=" + hexval(resv))
    parts.append("flags=" + print_flags(flags, URING_OP_FLAGS, "IO_URING_OP_???", style))
    if resv2:
        parts.append("resv2=" + hexval(resv2))
    return "{" + ", ".join(parts) + "}"


def _probe(call: Call, addr: int, nargs: int) -> tuple[str, bool]:
    """The probe text and whether strace is done with the argument."""
    printed = call.saved.get("probe_printed", False)
    if call.exiting and call.failed:
        return ("" if printed else hex_address(addr)), True
    if nargs > 256:
        return hex_address(addr), True
    prefix = " => " if printed else ""
    data = fetch(call, addr, 16 + 8 * nargs)
    if data is None:
        return prefix + hex_address(addr), True
    if not call.exiting and not any(data):
        return "", False
    call.saved["probe_printed"] = True
    style = call.opts.xlat_style
    last_op, ops_len, resv = struct.unpack_from("<BBH", data)
    resv2 = struct.unpack_from("<3I", data, 4)
    parts = ["last_op=" + print_xval(last_op, URING_OPS, "IORING_OP_???", style, "u"),
             "ops_len=%d" % ops_len]
    if resv:
        parts.append("resv=" + hexval(resv))
    if any(resv2):
        parts.append("resv2=" + _xints(resv2, call))
    count = min(ops_len, nargs) if call.exiting else nargs
    ops = (_probe_op(data[16 + 8 * i:24 + 8 * i], style) for i in range(count))
    parts.append("ops=" + _local_array(ops, call, call.exiting and nargs < ops_len))
    return prefix + "{" + ", ".join(parts) + "}", False


def _restriction(chunk: bytes, call: Call) -> str:
    style = call.opts.xlat_style
    opcode, op, resv = struct.unpack_from("<HBB", chunk)
    resv2 = struct.unpack_from("<3I", chunk, 4)
    text = "{opcode=" + print_xval(opcode, URING_RESTRICTION_OPCODES,
                                   "IORING_RESTRICTION_???", style)
    if opcode == IORING_RESTRICTION_REGISTER_OP:
        text += ", register_op=" + print_xval(op, URING_REGISTER_OPCODES,
                                              "IORING_REGISTER_???", style)
    elif opcode == IORING_RESTRICTION_SQE_OP:
        text += ", sqe_op=" + print_xval(op, URING_OPS, "IORING_OP_???", style)
    elif opcode in (IORING_RESTRICTION_SQE_FLAGS_ALLOWED, IORING_RESTRICTION_SQE_FLAGS_REQUIRED):
        text += ", sqe_flags=" + print_flags(op, URING_SQE_FLAGS, "IOSQE_???", style)
    else:
        text += " /* op: %s */" % hexval(op)
    if resv:
        text += ", resv=" + hexval(resv)
    if any(resv2):
        text += ", resv2=" + _xints(resv2, call)
    return text + "}"


def _rsrc_data(call: Call, data: int, nr: int, opcode: int) -> str:
    if opcode == IORING_REGISTER_FILES2:
        return ", data=" + _array(call, data, nr, 4, _fd_member(call))
    if opcode == IORING_REGISTER_FILES_UPDATE2:
        return ", data=" + _array(call, data, nr, 4, _update_fd_member(call))
    if opcode in (IORING_REGISTER_BUFFERS2, IORING_REGISTER_BUFFERS_UPDATE):
        return ", data=" + _iovecs(call, data, nr)
    return ""


def _rsrc_tags(call: Call, tags: int, nr: int) -> str:
    return ", tags=" + _array(call, tags, nr, 8, lambda c: hexval(struct.unpack("<Q", c)[0]))


def _nonzero_tail(call: Call, addr: int, size: int) -> str:
    total = min(size, page_size())
    if total <= 32:
        return ""
    data = call.mem.read(addr + 32, total - 32)
    if data is None:
        return ", ???"
    if not data.strip(b"\0"):
        return ""
    shown = min(len(data), call.opts.string_limit)
    return ", /* bytes %d..%d */ %s" % (32, total - 1, quote(data[:shown], 2, shown < len(data)))


def _register_rsrc(call: Call, addr: int, size: int, opcode: int) -> str:
    if size < 32:
        return hex_address(addr)
    raw = fetch(call, addr, 32)
    if raw is None:
        return hex_address(addr)
    nr, flags, resv2, data, tags = struct.unpack("<IIQQQ", raw)
    text = "{nr=%d, flags=%s" % (nr, print_flags(flags, URING_REGISTER_RSRC_FLAGS,
                                                  "IORING_RSRC_REGISTER_???",
                                                  call.opts.xlat_style))
    if resv2:
        text += ", resv2=" + hexval(resv2)
    text += _rsrc_data(call, data, nr, opcode) + _rsrc_tags(call, tags, nr)
    return text + _nonzero_tail(call, addr, size) + "}"


def _update_rsrc(call: Call, addr: int, size: int, opcode: int) -> str:
    if size < 32:
        return hex_address(addr)
    raw = fetch(call, addr, 32)
    if raw is None:
        return hex_address(addr)
    offset, resv, data, tags, nr, resv2 = struct.unpack("<IIQQII", raw)
    text = "{offset=%d" % offset
    if resv:
        text += ", resv=" + hexval(resv)
    text += _rsrc_data(call, data, nr, opcode) + _rsrc_tags(call, tags, nr)
    text += ", nr=%d" % nr
    if resv2:
        text += ", resv2=" + hexval(resv2)
    return text + _nonzero_tail(call, addr, size) + "}"


def _iowq_acct(call: Call, addr: int, nargs: int) -> tuple[str, bool]:
    """``[[IO_WQ_BOUND]=4, [IO_WQ_UNBOUND]=8]``, and whether the whole array
    was read (or cut by -s after a readable first element): only then does
    strace print it again at exit."""
    style = call.opts.xlat_style
    index = [0]

    def render(chunk: bytes) -> str:
        i = index[0]
        index[0] += 1
        return "[%s]=%d" % (print_xval(i, URING_IOWQ_ACCT, "IO_WQ_???", style, "u"),
                            struct.unpack("<I", chunk)[0])
    return print_array_ex(call, addr, nargs, 4, render)


def _ring_fd(call: Call, unregister: bool):
    def render(chunk: bytes) -> str:
        offset, resv, data = struct.unpack("<IIQ", chunk)
        parts = ["offset=%d" % (-1 if offset == U32 and not unregister else offset)]
        if resv:
            parts.append("resv=" + hexval(resv))
        if not unregister:
            parts.append("data=" + fd_text(data & U32, call))
        elif data:
            parts.append("data=" + hexval(data))
        return "{" + ", ".join(parts) + "}"
    return render


def _buf_reg(call: Call, addr: int) -> str:
    raw = fetch(call, addr, 40)
    if raw is None:
        return hex_address(addr)
    ring_addr, ring_entries, bgid, pad, *resv = struct.unpack("<QIHH3Q", raw)
    parts = ["ring_addr=" + hex_address(ring_addr), "ring_entries=%d" % ring_entries,
             "bgid=%d" % bgid]
    if pad:
        parts.append("pad=" + hexval(pad))
    if any(resv):
        parts.append("resv=" + _xints(resv, call))
    return "{" + ", ".join(parts) + "}"


def _register_arg(call: Call, opcode: int, arg: int, nargs: int) -> tuple[str, bool]:
    """The argument's text and whether the call is complete (strace's RVAL_DECODED)."""
    if opcode == IORING_REGISTER_BUFFERS:
        return _iovecs(call, arg, nargs), True
    if opcode in (IORING_REGISTER_FILES, IORING_REGISTER_EVENTFD, IORING_REGISTER_EVENTFD_ASYNC):
        return _array(call, arg, nargs, 4, _fd_member(call)), True
    if opcode == IORING_REGISTER_FILES_UPDATE:
        return _files_update(call, arg, nargs), True
    if opcode == IORING_REGISTER_PROBE:
        return _probe(call, arg, nargs)
    if opcode == IORING_REGISTER_RESTRICTIONS:
        return _array(call, arg, nargs, 16, lambda c: _restriction(c, call)), True
    if opcode in (IORING_REGISTER_FILES2, IORING_REGISTER_BUFFERS2):
        return _register_rsrc(call, arg, nargs, opcode), True
    if opcode in (IORING_REGISTER_FILES_UPDATE2, IORING_REGISTER_BUFFERS_UPDATE):
        return _update_rsrc(call, arg, nargs, opcode), True
    if opcode == IORING_REGISTER_IOWQ_AFF:
        return affinity_text(call, arg, nargs), True
    if opcode == IORING_REGISTER_IOWQ_MAX_WORKERS:
        text, read = _iowq_acct(call, arg, nargs)
        if read and not call.exiting:
            return text + " => ", False
        return text, True
    if opcode == IORING_REGISTER_RING_FDS:
        return _array(call, arg, nargs, 16, _ring_fd(call, False)), True
    if opcode == IORING_UNREGISTER_RING_FDS:
        return _array(call, arg, nargs, 16, _ring_fd(call, True)), True
    if opcode in (IORING_REGISTER_PBUF_RING, IORING_UNREGISTER_PBUF_RING):
        return _buf_reg(call, arg), True
    return hex_address(arg), True


@syscall_decoder("io_uring_register")
class IoUringRegister:
    @staticmethod
    def entry(call: Call) -> str:
        fd, opcode, arg, nargs = call.args[0], call.args[1] & U32, call.args[2], call.args[3] & U32
        head = "%s, %s, " % (fd_text(fd, call),
                             print_xval(opcode, URING_REGISTER_OPCODES, "IORING_REGISTER_???",
                                        call.opts.xlat_style))
        text, done = _register_arg(call, opcode, arg, nargs)
        if done:
            call.saved["decoded"] = True
            return head + text + ", %d" % nargs
        return head + text

    @staticmethod
    def exit(call: Call) -> str:
        if call.saved.get("decoded"):
            return ""
        opcode, arg, nargs = call.args[1] & U32, call.args[2], call.args[3] & U32
        text, _ = _register_arg(call, opcode, arg, nargs)
        return text + ", %d" % nargs
