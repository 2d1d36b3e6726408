"""JSON Lines: one typed object per completed syscall, signal, exit, attach/detach.

The JSON is a second rendering of the same event records the text writer
consumes, and of the same decoded text: each argument's strace text is parsed
back into typed values (numbers, flag sets, strings, structures, arrays), so
the two outputs can never disagree.  The schema is in the README.
"""
from __future__ import annotations

import json
import re

from decoders import DecodeOptions
from decoders.render.errors import errno_name, errno_text, is_restart
from decoders.signals.names import signal_name
from pytrace.decode.calls import CallBuilder
from pytrace.engine.arch import I386_NR_BASE
from pytrace.engine.events import (AttachEvent, DetachEvent, ExecEvent, ExitEvent, GroupStopEvent,
                            NewProcessEvent, PersonalityEvent, SignalEvent, SyscallEntry, SyscallExit,
                            SyscallUnfinished)
from pytrace.decode.plans import PlanCache, signature
from pytrace.sinks.session import outcome_shown, touches_paths

# --- parsing strace's value syntax back into values ---------------------------

_NUMBER = re.compile(r"-?(0x[0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)\Z")
_FLAG_WORD = re.compile(r"[A-Z][A-Z0-9_]*\Z")
# -y's ``3</etc/passwd>``, ``AT_FDCWD</home>``; -Y's ``1234<cat>``
_DECORATED = re.compile(r"(-?[0-9]+|[A-Z][A-Z0-9_]*)<(.*)>(\(deleted\))?\Z", re.DOTALL)
_ESCAPES = {"t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


def _unquote(body: str) -> bytes:
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8", "surrogateescape")
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in _ESCAPES:
            out += _ESCAPES[nxt].encode()
            i += 2
        elif nxt == "x":
            out.append(int(body[i + 2:i + 4], 16))
            i += 4
        else:
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(int(body[i + 1:j], 8) & 0xFF)
            i = j
    return bytes(out)


def _lossless(data: bytes, key: str) -> dict:
    """``{key: text}`` from which the exact bytes come back: UTF-8 when they
    are UTF-8 (they read as themselves), else ISO-8859-1, one character per
    byte, said by ``"encoding": "latin-1"`` (the README's schema).  Either way
    ``text.encode(obj.get("encoding", "utf-8")) == data``, in any JSON reader."""
    try:
        return {key: data.decode("utf-8")}
    except UnicodeDecodeError:
        return {key: data.decode("latin-1"), "encoding": "latin-1"}


def _number(text: str) -> int:
    digits = text.lstrip("-")
    sign = -1 if text.startswith("-") else 1
    if digits.startswith("0x"):
        return sign * int(digits, 16)
    if digits.startswith("0") and len(digits) > 1:
        return sign * int(digits, 8)   # file modes: 0644
    return sign * int(digits)


def _decoration_end(text: str, i: int) -> int:
    """Where the ``<...>`` that -y / -Y put after a number or name at ``i`` ends
    (the index of its ``>``), or -1 if there is none.  A path's own ``<>`` are
    escaped; a socket's ``->`` is inside its brackets."""
    if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
        return -1
    depth = 0
    for j in range(i + 1, len(text)):
        c = text[j]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == ">" and depth <= 0:
            return j
    return -1


def split_top(text: str, sep: str = ", ") -> list[str]:
    """Split at ``sep`` outside braces, brackets, parentheses, quotes and fd paths."""
    parts, depth, start, i, n = [], 0, 0, 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == "<" and (end := _decoration_end(text, i)) > 0:
            i = end
        elif c in "{[(":
            depth += 1
        elif c in "}])":
            depth -= 1
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return [p for p in parts if p != ""]


def parse_value(text: str, raw: int | None = None, nested: bool = False,
                flags: bool = False):
    """A typed value for one piece of strace text; unparsed text stays a string."""
    text = text.strip()
    if not text:
        return None
    if text == "NULL":
        return None
    if _NUMBER.match(text):
        return _number(text)
    if text.startswith('"'):
        truncated = text.endswith('"...')
        body = text[1:-4] if truncated else text[1:-1]
        value = _lossless(_unquote(body), "string")
        if truncated:
            value["truncated"] = True
        return value
    if text.startswith("{") and text.endswith("}"):
        obj = {}
        for i, item in enumerate(split_top(text[1:-1])):
            if item == "...":
                obj["..."] = True
                continue
            key, eq, val = item.partition("=")
            if eq and re.match(r"[A-Za-z_][\w.\[\]]*\Z", key):
                obj[key] = parse_value(val, nested=True)
            else:
                obj[str(i)] = parse_value(item, nested=True)
        return obj
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1]
        items = split_top(inner) if ", " in inner or not inner.strip() or "{" in inner \
            else inner.split(" ")
        return [parse_value(item, nested=True) for item in items if item]
    if text.startswith("~[") and text.endswith("]"):
        return {"complement": parse_value(text[1:], None, nested=True)}
    decorated = _DECORATED.match(text)
    if decorated:
        value = {"value": parse_value(decorated[1], nested=True),
                 **_lossless(_unquote(decorated[2]), "decoded")}
        if decorated[3]:
            value["deleted"] = True
        return value
    words = text.split("|")
    if all(_FLAG_WORD.match(w) or _NUMBER.match(w) for w in words):
        names = [w for w in words if _FLAG_WORD.match(w)]
        if len(words) == 1 and names and not flags:
            return names[0] if nested else ({"name": names[0], "raw": raw}
                                            if raw is not None else {"name": names[0]})
        value = {"names": names}
        other = [_number(w) for w in words if _NUMBER.match(w)]
        if other:
            value["other"] = other[0]
        if raw is not None:
            value["raw"] = raw
        return value
    return text


def _is_flag_set(kind: str) -> bool:
    """Kinds whose value is a set of flags: always a list of names in JSON, even of one."""
    return kind.endswith(("flags", "_mask", "_prot", "options")) or kind == "open_mode"


def tampering_object(tampered) -> dict:
    """What -e inject= did to a call: the expression, what was injected, what
    the kernel had returned before the result was replaced, what ran instead
    (``syscall=``); the call's ``return``/``error`` are what the program saw."""
    rule = tampered.rule
    obj = {"expression": rule.text}
    if tampered.injected:
        if rule.retval is not None:
            obj["retval"] = rule.retval
        else:
            obj["error"] = errno_name(rule.error) or rule.error
        if tampered.kernel_rv is not None:
            obj["kernel_return"] = tampered.kernel_rv
        if tampered.nofail:
            obj["syscall"] = signature(rule.scno).name
    if tampered.signo:
        obj["signal"] = signal_name(tampered.signo)
    if tampered.poked:
        obj["poked"] = True
    if tampered.delayed:
        obj["delay_ns"] = {key: value for key, value in
                           (("enter", rule.delay_enter_ns), ("exit", rule.delay_exit_ns))
                           if value is not None}
    return obj


# --- the sink ---------------------------------------------------------------------

_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")


def _escape_line_break(match) -> str:
    return "\\u%04x" % ord(match.group())


class JsonSession:
    """Writes one JSON object per line for each event."""

    def __init__(self, out, decode_options: DecodeOptions = DecodeOptions(),
                 plans: PlanCache | None = None, show_signal=None,
                 unabbreviated: frozenset = frozenset(), statuses: frozenset | None = None,
                 paths=None):
        self.out = out
        self.statuses = statuses   # -z / -Z / -e status=: the outcomes shown
        self.paths = paths         # -P: a PathMatcher, or None
        self.options = decode_options
        self.plans = plans if plans is not None else PlanCache(decode_options.raw)
        self.show_signal = show_signal
        self.dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
        # the text session's own builder: the JSON decodes exactly what the text would
        self.calls = CallBuilder(decode_options, unabbreviated)

    def _emit(self, obj) -> None:
        line = self.dumps(obj)
        if _LINE_BREAKS.search(line):
            # one object a line for every reader: Python's splitlines() and
            # JavaScript also break lines at these, which JSON leaves raw
            line = _LINE_BREAKS.sub(_escape_line_break, line)
        self.out.write(line + "\n")

    def handle(self, event) -> None:
        kind = type(event)
        if kind is SyscallEntry:
            record = event.record
            plan = self.plans[record.nr]
            if self.paths and not touches_paths(plan, record, self.calls.memories, self.paths):
                record.entry_text = ""   # filtered out, as in the text output
                return
            call = record.call = self.calls.at_entry(record, plan)
            record.entry_text = plan.entry_args(call) if plan.whole is None \
                else plan.whole[0](call)
        elif kind is SyscallExit or kind is SyscallUnfinished:
            self._syscall(event.record, finished=kind is SyscallExit)
        elif kind is SignalEvent:
            if self.show_signal is None or self.show_signal(event.signo):
                info = self.calls.siginfo(event.siginfo, event.pid)
                self._emit({"type": "signal", "pid": event.pid, "time_ns": event.time,
                            "signal": signal_name(event.signo), "signo": event.signo,
                            "siginfo": parse_value(info), "text": info})
        elif kind is GroupStopEvent:
            self._emit({"type": "stopped", "pid": event.pid, "time_ns": event.time,
                        "signal": signal_name(event.signo), "signo": event.signo})
        elif kind is ExitEvent:
            self.calls.exited(event.pid)
            obj = {"type": "exit", "pid": event.pid, "time_ns": event.time}
            if event.signo is not None:
                obj.update(killed_by=signal_name(event.signo), signo=event.signo,
                           core_dumped=event.core)
            else:
                obj["code"] = event.code
            self._emit(obj)
        elif kind is ExecEvent:
            self.calls.execed(event.pid, event.old_pid)
            self._emit({"type": "exec", "pid": event.pid, "old_pid": event.old_pid,
                        "time_ns": event.time})
        elif kind is NewProcessEvent:
            self._emit({"type": "new_process", "pid": event.pid, "parent": event.parent,
                        "how": event.kind, "time_ns": event.time})
        elif kind is AttachEvent:
            self._emit({"type": "attach", "pid": event.pid, "time_ns": event.time})
        elif kind is DetachEvent:
            self._emit({"type": "detach", "pid": event.pid, "time_ns": event.time})
        elif kind is PersonalityEvent and event.then is not None:
            # each call says its personality; the change itself needs no object
            self.handle(event.then)

    def _syscall(self, record, finished: bool) -> None:
        if self.paths and record.entry_text == "":
            return
        if not outcome_shown(self.statuses, finished, bool(record.errno)):
            return
        plan = self.plans[record.nr]
        call = record.call
        if call is None:
            call = record.call = self.calls.build(record, plan)
            record.entry_text = plan.entry_args(call) if plan.whole is None else plan.whole[0](call)
        sig = signature(record.nr)
        obj = {"type": "syscall", "pid": record.pid, "name": plan.name, "nr": sig.nr}
        if record.nr >= I386_NR_BASE:
            obj["personality"] = "32"   # strace's @32: an i386 call (int $0x80, a 32-bit program)
        if finished:
            call.exiting = True
            call.rv = record.rv
            call.errno = record.errno
            rest = plan.exit_args(call) if plan.whole is None else plan.whole[1](call)
            self.calls.printed(record.pid, plan.name)
        else:
            rest = []
        pieces = record.entry_text or []
        if isinstance(pieces, str) or isinstance(rest, str):
            texts = split_top((pieces if isinstance(pieces, str) else "")
                              + (rest if isinstance(rest, str) else ""))
            positions = list(range(len(texts)))
        else:
            both = list(pieces) + list(rest)
            positions = [i for i, _ in both]
            texts = [t for _, t in both]
        args = []
        for position, text in zip(positions, texts):
            raw = record.args[position] if position < len(record.args) else None
            kind = sig.args[position].kind if position < len(sig.args) else ""
            value = parse_value(text, raw, flags=_is_flag_set(kind))
            if isinstance(value, dict) and "string" in value:
                # the buffer's full length, when the call says it
                if kind in ("buf_rv", "sockbuf_rv") and finished and not record.errno:
                    value["length"] = record.rv
                elif kind in ("buf_next", "sockbuf_next") and position + 1 < len(record.args):
                    value["length"] = record.args[position + 1]
            arg = {"text": text, "value": value}
            if position < len(sig.args):
                arg["name"] = sig.args[position].name
            if raw is not None:
                arg["raw"] = raw
            args.append(arg)
        obj["args"] = args
        if not finished:
            obj["unfinished"] = True
        elif record.errno:
            obj["error"] = {"errno": record.errno, "name": errno_name(record.errno),
                            "text": errno_text(record.errno),
                            "restart": is_restart(record.errno)}
            obj["return"] = -1
        elif plan.returns:
            text = plan.ret(record.rv, call)
            obj["return"] = record.rv
            obj["return_text"] = text
        tampered = getattr(record, "tampered", None)   # set only by -e inject=
        if tampered is not None:
            obj["tampering"] = tampering_object(tampered)
        obj["entry_ns"] = record.t_entry
        if finished:
            obj["exit_ns"] = record.t_exit
            obj["duration_ns"] = record.t_exit - record.t_entry
        self._emit(obj)

    def flush_now(self) -> None:
        self.out.flush()

    def finish(self) -> None:
        self.out.flush()
