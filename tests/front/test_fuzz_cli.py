"""Random command lines: one ``pytrace: ...`` message (with strace's Try line
where strace prints it) or a run, never a traceback."""
from __future__ import annotations

import subprocess
import sys

from hypothesis import HealthCheck, given, settings, strategies as st

from pytrace.front.long_options import LONG_OPTIONS
from pytrace.front.options import SHORT_OPTIONS, Options, UsageError, parse
from tests.conftest import pytrace_env

_VALUES = ["", "0", "-1", "1", "7", "99999999999999999999", "all", "none", "!", "!!!0", ",",
           "trace=open,,close", "open@64", "getcwd@42", "/+id", "/^open", "%file", "%FILE",
           "?x", "exit", "path", "comm", "vcpu", "execve", "time", "unix,ns", "format:s",
           "id:3,full", "ms", "raw", "name,calls", "time,time", "pgroup", "nobody",
           ":nosuchuser:", "=x", "A", "signal=!SIGCHLD", "quiet=exit", "read=!!!0", "x\udcff"]
_OPTIONS = (["-" + letter for letter in SHORT_OPTIONS if letter not in "hpo"]
            + ["--" + option.name for option in LONG_OPTIONS
               if option.name not in ("help", "attach", "output")]
            + ["--", "-", "-fff", "-qqq", "-DDDD", "-xx", "-yy", "--su", "--d", "-Q", "-e,"])
_WORD = st.one_of(st.sampled_from(_OPTIONS), st.sampled_from(_VALUES),
                  st.builds(lambda option, value: option + "=" + value,
                            st.sampled_from([o for o in _OPTIONS if o.startswith("--")]),
                            st.sampled_from(_VALUES)),
                  st.text(max_size=6))


@settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORD, max_size=8), st.lists(st.sampled_from(["-p", "-o"]), max_size=1),
       st.sampled_from(_VALUES))
def test_parse_gives_options_or_strace_message(words, pid_or_output, value):
    argv = words + [item for option in pid_or_output for item in (option, value)]
    warnings = []
    try:
        opts = parse(argv, warn=warnings.append)
    except UsageError as err:
        assert str(err)   # strace's words, with the argument as given (even a newline)
        return
    assert isinstance(opts, Options)


# Harmless words only: no real process id, no file outside the test's own
# directory, and a command that does nothing.
_SAFE_OPTIONS = [o for o in _OPTIONS if o not in ("-u", "--user", "--kill-on-exit")]


@settings(max_examples=25, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_SAFE_OPTIONS), st.sampled_from(_VALUES)),
                max_size=6),
       st.booleans())
def test_command_line_gives_one_message_or_a_run(words, with_command):
    argv = words + (["--", "true"] if with_command else [])
    done = subprocess.run([sys.executable, "-m", "pytrace", *argv], env=pytrace_env(),
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    stderr = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    ran = "+++ exited with " in stderr or "+++ killed by " in stderr   # a word became the command
    if done.returncode == 1 and not ran:
        lines = stderr.splitlines()
        if lines and lines[-1] == "Try 'pytrace -h' for more information.":
            lines.pop()
        assert lines and all(line.startswith("pytrace: ") for line in lines), stderr
