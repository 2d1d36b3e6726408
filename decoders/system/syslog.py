"""syslog: the action, and the buffer and length that depend on it."""
from __future__ import annotations

from decoders import Call, arg_kind, syscall_decoder
from decoders.render.flags import print_xval
from decoders.render.numbers import U64, int32
from decoders.render.strings import buffer, hex_address

SYSLOG_ACTION_TYPE = (
    (0x0, 'SYSLOG_ACTION_CLOSE'),
    (0x1, 'SYSLOG_ACTION_OPEN'),
    (0x2, 'SYSLOG_ACTION_READ'),
    (0x3, 'SYSLOG_ACTION_READ_ALL'),
    (0x4, 'SYSLOG_ACTION_READ_CLEAR'),
    (0x5, 'SYSLOG_ACTION_CLEAR'),
    (0x6, 'SYSLOG_ACTION_CONSOLE_OFF'),
    (0x7, 'SYSLOG_ACTION_CONSOLE_ON'),
    (0x8, 'SYSLOG_ACTION_CONSOLE_LEVEL'),
    (0x9, 'SYSLOG_ACTION_SIZE_UNREAD'),
    (0xa, 'SYSLOG_ACTION_SIZE_BUFFER'),
)

SYSLOG_CONSOLE_LEVELS = (
    (0x0, 'LOGLEVEL_EMERG'),
    (0x1, 'LOGLEVEL_ALERT'),
    (0x2, 'LOGLEVEL_CRIT'),
    (0x3, 'LOGLEVEL_ERR'),
    (0x4, 'LOGLEVEL_WARNING'),
    (0x5, 'LOGLEVEL_NOTICE'),
    (0x6, 'LOGLEVEL_INFO'),
    (0x7, 'LOGLEVEL_DEBUG'),
    # strace 6.1 prints 8 (the kernel's "all messages" level) with this name
    (0x8, 'LOGLEVEL_DEBUG+1'),
)

SYSLOG_ACTION_READ = 2
SYSLOG_ACTION_READ_ALL = 3
SYSLOG_ACTION_READ_CLEAR = 4
SYSLOG_ACTION_CONSOLE_LEVEL = 8
# Actions whose buffer and length arguments strace leaves out.
SYSLOG_NO_ARGS = frozenset((0, 1, 5, 6, 7, 9, 10))
SYSLOG_READS = frozenset((SYSLOG_ACTION_READ, SYSLOG_ACTION_READ_ALL, SYSLOG_ACTION_READ_CLEAR))


@arg_kind("syslog_action")
def _syslog_action(value: int, call: Call) -> str:
    """Always ``8 /* SYSLOG_ACTION_CONSOLE_LEVEL */``: strace forces the
    verbose style with a decimal number for this one, whatever -X says."""
    return print_xval(int32(value), SYSLOG_ACTION_TYPE, "SYSLOG_ACTION_???",
                      "verbose", "d")


@arg_kind("syslog_buf")
def _syslog_buf(value: int, call: Call) -> str | None:
    """syslog's bufp: the text read for the READ actions, the address for
    the others, nothing for the actions that take no buffer."""
    action = int32(call.args[0])
    if action in SYSLOG_NO_ARGS:
        return None
    if action in SYSLOG_READS and call.exiting and not call.failed and call.rv is not None:
        return buffer(value, call.rv, call)
    return hex_address(value & U64)


@arg_kind("syslog_len")
def _syslog_len(value: int, call: Call) -> str | None:
    action = int32(call.args[0])
    if action in SYSLOG_NO_ARGS:
        return None
    if action == SYSLOG_ACTION_CONSOLE_LEVEL:
        return print_xval(int32(value), SYSLOG_CONSOLE_LEVELS, "LOGLEVEL_???",
                          "verbose", "d")
    return str(int32(value))


@syscall_decoder("syslog")
class Syslog:
    """The whole call, to place the separators where strace does: the READ
    actions print only the action at entry and ``, buf, len`` at exit (a
    line split by another tracee's reads ``syslog(2 /* ... */ <unfinished
    ...>``, then ``<... syslog resumed>, "...", 10) = 10``); the others print
    everything at entry, nothing for the actions that take no buffer."""

    @staticmethod
    def entry(call: Call) -> str:
        action = _syslog_action(call.args[0], call)
        if int32(call.args[0]) in SYSLOG_READS:
            return action
        rest = [text for text in (_syslog_buf(call.args[1], call), _syslog_len(call.args[2], call))
                if text is not None]
        return ", ".join([action] + rest)

    @staticmethod
    def exit(call: Call) -> str:
        if int32(call.args[0]) not in SYSLOG_READS:
            return ""
        return ", %s, %s" % (_syslog_buf(call.args[1], call), _syslog_len(call.args[2], call))
