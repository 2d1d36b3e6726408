"""--json and the Python API: typed events from real traces, checked against the schema."""
from __future__ import annotations

import io
import json
import re
import subprocess

import pytest

import pytrace
from pytrace.sinks.jsonl import parse_value, split_top
from tests.conftest import pytrace_command, pytrace_env, run_pytrace

# The schema documented in the README: required keys and their types per event type.
SCHEMA = {
    "syscall": {"pid": int, "name": str, "nr": int, "args": list, "entry_ns": int},
    "signal": {"pid": int, "signal": str, "signo": int, "siginfo": dict, "text": str,
               "time_ns": int},
    "exit": {"pid": int, "time_ns": int},
    "exec": {"pid": int, "old_pid": int, "time_ns": int},
    "new_process": {"pid": int, "parent": int, "how": str, "time_ns": int},
    "stopped": {"pid": int, "signal": str, "signo": int, "time_ns": int},
    "attach": {"pid": int, "time_ns": int},
    "detach": {"pid": int, "time_ns": int},
}
ARG_KEYS = {"text": str, "value": object}


def check(event: dict) -> None:
    required = SCHEMA[event["type"]]
    for key, kind in required.items():
        assert isinstance(event[key], kind), (key, event)
    if event["type"] == "syscall":
        for arg in event["args"]:
            assert isinstance(arg["text"], str) and "value" in arg
        if "error" in event:
            assert event["return"] == -1
            assert set(event["error"]) >= {"errno", "name", "text"}
        elif "unfinished" not in event and "return" in event:
            assert isinstance(event["return"], int) and isinstance(event["return_text"], str)
        if "exit_ns" in event:
            assert event["duration_ns"] == event["exit_ns"] - event["entry_ns"] >= 0
    if event["type"] == "exit":
        assert ("code" in event) != ("killed_by" in event)


def test_json_lines_follow_the_schema(tmp_path):
    out = tmp_path / "trace.jsonl"
    result = run_pytrace("--json", "-f", "-o", str(out), "sh", "-c",
                         "cat /etc/hostname /nonexistent; kill -USR1 $$")
    assert result.returncode == 0 or result.returncode < 0 or result.returncode == 138
    events = [json.loads(line) for line in out.read_text().splitlines()]
    for event in events:
        check(event)
    openat = [e for e in events if e["type"] == "syscall" and e["name"] == "openat"
              and e["args"][1]["value"] == {"string": "/nonexistent"}]
    assert openat and openat[0]["error"]["name"] == "ENOENT"
    assert openat[0]["error"]["text"] == "ENOENT (No such file or directory)"
    flags = openat[0]["args"][2]
    assert flags["name"] == "flags" and "O_RDONLY" in flags["value"]["names"]
    assert flags["value"]["raw"] == flags["raw"]
    assert [e["signal"] for e in events if e["type"] == "signal"][-1] == "SIGUSR1"
    # a buffer cut at -s keeps its full length
    reads = [e for e in events if e["type"] == "syscall" and e["name"] == "read"
             and "error" not in e and e["return"] > 32]
    assert reads and reads[0]["args"][1]["value"]["truncated"]
    assert reads[0]["args"][1]["value"]["length"] == reads[0]["return"]
    # one object per completed syscall: never split into unfinished/resumed halves
    assert not any("resumed" in e.get("text", "") for e in events)


def test_python_api_yields_the_same_objects():
    events = list(pytrace.trace(["cat", "/etc/hostname"], trace="%file"))
    for event in events:
        check(event)
    names = [e["name"] for e in events if e["type"] == "syscall"]
    assert names and set(names) <= {"execve", "openat", "access", "newfstatat", "statfs", "statx",
                                    "readlink", "stat", "lstat"}
    assert events[-1]["type"] == "exit" and events[-1]["code"] == 0


def test_python_api_stopping_early_leaves_nothing_traced():
    seen = 0
    for event in pytrace.trace(["sleep", "5"]):
        seen += 1
        if seen == 3:
            break
    assert seen == 3


# --- decode options: the JSON shows what strace's text shows ---------------------

def _as_strace_line(event: dict) -> str:
    """A JSON syscall object written back as strace's line (without the padding)."""
    if "error" in event:
        result = "-1 " + event["error"]["text"]
    else:
        result = event.get("return_text", "?")
    return "%s(%s) = %s" % (event["name"], ", ".join(a["text"] for a in event["args"]), result)


def _without_pids(line: str, pids) -> str:
    """Pids differ between the two runs: the known ones, and -Y's ``PID<comm>``
    (strace names the first process nowhere else; fds here are small)."""
    for pid in pids:
        line = re.sub(r"\b%d\b" % pid, "PID", line)
    return re.sub(r"\b[0-9]{4,}(?=<)", "PID", line)


def _trace_output(command: list[str], **kwargs) -> str:
    # the command's own output is not the trace's: the same for both tracers
    return subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, timeout=60, **kwargs).stderr


def strace_lines(*args: str) -> list[str]:
    """strace's syscall lines for ``args``, pids masked, padding before ``=`` dropped."""
    lines = _trace_output(["strace", "-qq", *args]).splitlines()
    lines = [line for line in lines if not line.startswith(("---", "+++"))]
    pids = {int(m) for line in lines for m in re.findall(r"\[pid +(\d+)", line)}
    lines = [re.sub(r"^\[pid +\d+(<[^>]*>)?\] ", "", line) for line in lines]
    return [re.sub(r"\)\s+= ", ") = ", _without_pids(line, pids)) for line in lines]


def pytrace_json_lines(*args: str) -> list[str]:
    """The same, from pytrace --json: each syscall object written back as a line."""
    output = _trace_output(pytrace_command("--json", "-qq", *args), env=pytrace_env())
    events = [json.loads(line) for line in output.splitlines()]
    pids = {e["pid"] for e in events}
    return [_without_pids(_as_strace_line(e), pids) for e in events if e["type"] == "syscall"]


def test_decode_fds_path_matches_strace_y():
    command = ("-e", "trace=openat,read,close", "cat", "/etc/hostname")
    expected = [line for line in strace_lines("-y", *command) if "/etc/hostname" in line]
    assert expected and any(line.startswith("read(3</etc/hostname>") for line in expected)
    got = [line for line in pytrace_json_lines("-y", *command) if "/etc/hostname" in line]
    assert got == expected
    # the fd's value keeps its number, with what -y decoded beside it
    events = [json.loads(line) for line in run_pytrace(
        "--json", "-y", "-e", "trace=read", "cat", "/etc/hostname").stderr.splitlines()]
    reads = [e for e in events if e["type"] == "syscall" and "hostname" in e["args"][0]["text"]]
    assert reads[0]["args"][0]["value"] == {"value": 3, "decoded": "/etc/hostname"}


def test_decode_fds_all_and_decode_pids_match_strace():
    command = ("-f", "-e", "trace=openat,read,kill", "sh", "-c", "cat /etc/hostname; kill -0 $$")
    for options in (("-yy", "-Y"), ("-Y",), ("--decode-fds=path,socket", "--decode-pids=comm")):
        expected = strace_lines(*options, *command)
        assert any(line.startswith("kill(PID<sh>") for line in expected)
        assert pytrace_json_lines(*options, *command) == expected, options


@pytest.mark.parametrize("options", [
    ("-v",), ("--no-abbrev",), ("-e", "abbrev=none")])
def test_unabbreviated_structures_match_strace(options):
    command = ("-e", "trace=uname", "uname", "-a")
    expected = strace_lines(*options, *command)
    assert "release=" in expected[0]
    assert pytrace_json_lines(*options, *command) == expected


def test_abbrev_set_matches_strace():
    # uname in full, newfstatat abbreviated: per syscall, as strace -e abbrev=newfstatat
    command = ("-e", "abbrev=newfstatat", "-e", "trace=uname,newfstatat", "uname", "-a")
    expected = strace_lines(*command)
    assert any("release=" in line for line in expected)
    assert any(", ...}" in line for line in expected)
    assert pytrace_json_lines(*command) == expected


def test_session_given_an_abbrev_set_decodes_like_strace():
    """What cli.py hands JsonSession for -e abbrev=!uname (all but uname abbreviated)."""
    from decoders import DecodeOptions
    from pytrace.front import syscall_sets
    from pytrace.front.cli import find_program
    from pytrace.engine.tracer import Engine, EngineOptions
    from pytrace.sinks.jsonl import JsonSession

    engine = Engine(EngineOptions(selected=syscall_sets.trace_set(["uname"])))
    engine.spawn(find_program("uname"), ["uname", "-a"])
    session = JsonSession(io.StringIO(), DecodeOptions(), unabbreviated=frozenset({"uname"}))
    collected = []
    session._emit = collected.append
    for event in engine.events():
        session.handle(event)
    got = [_as_strace_line(e) for e in collected if e["type"] == "syscall"]
    assert got == strace_lines("-e", "abbrev=!uname", "-e", "trace=uname", "uname", "-a")


def test_signal_frame_context_matches_strace():
    # rt_sigreturn's mask comes from the signal frame at the entry's stack pointer
    command = ("-e", "trace=rt_sigreturn", "sh", "-c", "trap : USR1; kill -USR1 $$")
    expected = strace_lines(*command)
    assert any(line.startswith("rt_sigreturn({mask=") for line in expected)
    assert pytrace_json_lines(*command) == expected


@pytest.mark.parametrize("text, value", [
    ("AT_FDCWD", "AT_FDCWD"),
    ("O_RDONLY|O_CLOEXEC", {"names": ["O_RDONLY", "O_CLOEXEC"]}),
    ('"abc\\n"...', {"string": "abc\n", "truncated": True}),
    ("{st_mode=S_IFREG|0644, st_size=34547, ...}",
     {"st_mode": {"names": ["S_IFREG"], "other": 0o644}, "st_size": 34547, "...": True}),
    ("[3, 4]", [3, 4]),
    ("~[KILL STOP]", {"complement": ["KILL", "STOP"]}),
    ("0x7ffc", 0x7ffc), ("-1", -1), ("NULL", None), ("0644", 0o644),
    ("3</etc/passwd>", {"value": 3, "decoded": "/etc/passwd"}),
    ("AT_FDCWD</a\\76b>", {"value": "AT_FDCWD", "decoded": "/a>b"}),
    ("4<TCP:[127.0.0.1:80->127.0.0.1:5555]>",
     {"value": 4, "decoded": "TCP:[127.0.0.1:80->127.0.0.1:5555]"}),
])
def test_parse_value(text, value):
    parsed = parse_value(text, nested=True) if text == "AT_FDCWD" else parse_value(text)
    assert parsed == value


def test_split_top_keeps_nested_commas():
    assert split_top('3, {a=1, b="x, y"}, [1, 2]') == ["3", '{a=1, b="x, y"}', "[1, 2]"]
    # -y's paths may hold ", "; a socket's "->" does not end its brackets
    assert split_top("3</tmp/a, b>, {fd=4<TCP:[1.2.3.4:5->6.7.8.9:1]>, events=POLLIN}") == [
        "3</tmp/a, b>", "{fd=4<TCP:[1.2.3.4:5->6.7.8.9:1]>, events=POLLIN}"]


def test_python_api_decodes_fds_and_pids_like_strace_y():
    events = list(pytrace.trace(["cat", "/etc/hostname"], trace="openat,close",
                                decode_fds=["path"]))
    theirs = subprocess.run(["strace", "-y", "-e", "trace=openat,close", "cat", "/etc/hostname"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    (opened,) = [e for e in events if e["type"] == "syscall" and e["name"] == "openat"
                 and e["args"][1]["text"] == '"/etc/hostname"']
    fd = opened["return_text"]
    assert re.fullmatch(r"\d+</etc/hostname>", fd) and "= %s\n" % fd in theirs
    closed = [e["args"][0]["text"] for e in events if e["type"] == "syscall"
              and e["name"] == "close"]
    assert fd in closed and "close(%s)" % fd in theirs


def test_python_api_decodes_pids_like_strace_Y():
    events = list(pytrace.trace(["sh", "-c", "kill -0 $$"], trace="kill", decode_pids=["comm"]))
    theirs = subprocess.run(["strace", "-Y", "-e", "trace=kill", "sh", "-c", "kill -0 $$"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    (killed,) = [e for e in events if e["type"] == "syscall"]
    assert re.fullmatch(r"\d+<sh>", killed["args"][0]["text"])
    assert re.search(r"^kill\(\d+<sh>, 0\)", theirs, re.M)


@pytest.mark.parametrize("options", [("-Z",), ("-z",), ("-e", "status=failed,unfinished"),
                                     ("-P", "/etc/hostname"), ("-P", "/etc/ld.so.preload", "-Z")])
def test_status_and_path_filters_select_the_calls_strace_shows(options):
    # the same calls as strace's lines, whatever their arguments' addresses
    command = ("cat", "/etc/hostname")
    # (addresses and the tracee's pid, as set_tid_address returns it, differ by run)
    name_and_result = lambda line: (line.split("(", 1)[0], re.sub(
        r"^(PID|\d{3,})$", "N", re.sub(r"0x[0-9a-f]+", "ADDR", line.rsplit(" = ", 1)[-1])))
    expected = [name_and_result(l) for l in strace_lines(*options, *command)]
    got = [name_and_result(l) for l in pytrace_json_lines(*options, *command)]
    assert expected and got == expected


# --- strings are lossless ------------------------------------------------------

def _recovered(value: dict) -> bytes:
    """The bytes of a string value, by the README's rule."""
    return value["string"].encode(value.get("encoding", "utf-8"))


WRITER = "import os\nfd = os.open('/dev/null', os.O_WRONLY)\nfor data in %r:\n    os.write(fd, data)\n"
SAMPLES = [b"caf\xe9", "café".encode(), bytes(range(256)), b"\xff\xfe\x00tail",
           bytes(range(255, -1, -1))]


@pytest.mark.parametrize("hex_option", [[], ["-x"], ["-xx"]])
def test_json_strings_give_back_the_exact_bytes(hex_option, tmp_path):
    """Bytes a real process wrote, every value 0-255 among them, come back exactly
    from the JSON, whatever -x says about their text."""
    import sys
    out = tmp_path / "trace.jsonl"
    result = run_pytrace("--json", "-o", str(out), "-s", "512", *hex_option, "-e", "trace=write",
                         sys.executable, "-c", WRITER % (SAMPLES,))
    assert result.returncode == 0, result.stderr
    writes = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    buffers = [event["args"][1]["value"] for event in writes if event["type"] == "syscall"]
    assert [_recovered(value) for value in buffers] == SAMPLES
    # text that is UTF-8 reads as itself; anything else says how it is spelled
    assert buffers[1] == {"string": "café", "length": 5}
    assert buffers[0]["encoding"] == "latin-1" and buffers[0]["string"] == "caf\xe9"


def test_python_api_strings_give_back_the_exact_bytes():
    import sys
    events = list(pytrace.trace([sys.executable, "-c", WRITER % (SAMPLES,)], trace="write",
                                string_limit=512))
    buffers = [e["args"][1]["value"] for e in events if e["type"] == "syscall"]
    assert [_recovered(value) for value in buffers] == SAMPLES


def test_truncated_strings_give_back_the_bytes_shown():
    value = parse_value('"caf\\351\\303"...')
    assert value["truncated"] and _recovered(value) == b"caf\xe9\xc3"
    assert parse_value('3</tmp/caf\\351>') == {"value": 3, "decoded": "/tmp/caf\xe9",
                                               "encoding": "latin-1"}
