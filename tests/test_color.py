"""--color: coloured output is the plain output plus ANSI sequences, nothing else."""
import re

from tests.conftest import run_pytrace

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_color_always_only_adds_escape_sequences(tmp_path):
    command = ["sh", "-c", "cat /etc/hostname /nonexistent; kill -USR1 $$"]
    plain = run_pytrace("--color=never", "-o", str(tmp_path / "plain"), *command)
    colored = run_pytrace("--color=always", "-o", str(tmp_path / "color"), *command)
    assert plain.returncode == colored.returncode
    text = (tmp_path / "color").read_text()
    assert "\x1b[" in text
    stripped = ANSI.sub("", text).splitlines()
    expected = (tmp_path / "plain").read_text().splitlines()
    # pids, addresses and random bytes differ between the two runs
    strip_pid = re.compile(r"0x[0-9a-f]+|\b\d{3,7}\b|\\x[0-9a-f]{2}")
    assert [strip_pid.sub("", l) for l in stripped] == [strip_pid.sub("", l) for l in expected]
    # errors, signals and exits are each painted
    assert any("ENOENT" in l and "\x1b[" in l for l in text.splitlines())
    assert any(l.lstrip("0123456789 ").startswith("\x1b[") and "SIGUSR1" in l
               for l in text.splitlines())


def test_color_auto_is_plain_into_a_file_and_no_color_is_honoured(tmp_path):
    run_pytrace("--color=auto", "-o", str(tmp_path / "auto"), "true")
    assert "\x1b[" not in (tmp_path / "auto").read_text()


def test_bad_color_argument():
    result = run_pytrace("--color=sometimes", "true")
    assert result.returncode == 1
    assert result.stderr == "pytrace: invalid --color argument 'sometimes'\n"
