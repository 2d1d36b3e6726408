"""--json and the Python API: typed events from real traces, checked against the schema."""
from __future__ import annotations

import json

import pytest

import pytrace
from pytrace.jsonl import parse_value, split_top
from tests.conftest import run_pytrace

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


@pytest.mark.parametrize("text, value", [
    ("AT_FDCWD", "AT_FDCWD"),
    ("O_RDONLY|O_CLOEXEC", {"names": ["O_RDONLY", "O_CLOEXEC"]}),
    ('"abc\\n"...', {"string": "abc\n", "truncated": True}),
    ("{st_mode=S_IFREG|0644, st_size=34547, ...}",
     {"st_mode": {"names": ["S_IFREG"], "other": 0o644}, "st_size": 34547, "...": True}),
    ("[3, 4]", [3, 4]),
    ("~[KILL STOP]", {"complement": ["KILL", "STOP"]}),
    ("0x7ffc", 0x7ffc), ("-1", -1), ("NULL", None), ("0644", 0o644),
])
def test_parse_value(text, value):
    parsed = parse_value(text, nested=True) if text == "AT_FDCWD" else parse_value(text)
    assert parsed == value


def test_split_top_keeps_nested_commas():
    assert split_top('3, {a=1, b="x, y"}, [1, 2]') == ["3", '{a=1, b="x, y"}', "[1, 2]"]
