"""--color: coloured output is the plain output plus ANSI sequences, nothing else."""
import re

from tests.conftest import run_pytrace

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_color_always_only_adds_escape_sequences(tmp_path):
    command = ["sh", "-c", "cat /etc/hostname /nonexistent; kill -USR1 $$"]
    colored = run_pytrace("--color=always", "-o", str(tmp_path / "color"), *command)
    assert colored.returncode == -10   # killed by SIGUSR1, as the tracee was
    text = (tmp_path / "color").read_text()
    assert "\x1b[" in text
    stripped = ANSI.sub("", text).splitlines()
    # without the escapes, the lines are strace's: results aligned at column 40
    for line in stripped:
        if line.startswith(("---", "+++")):
            continue
        assert re.match(r"^[a-z_0-9]+\(", line), line
        end = re.search(r"\) += ", line)
        assert end, line
        assert end.end() - 2 == max(40, end.start() + 2), line
    assert stripped[-1] == "+++ killed by SIGUSR1 +++"
    # errors, signals and exits are each painted
    assert any("ENOENT" in l and "\x1b[" in l for l in text.splitlines())
    assert any(l.startswith("\x1b[") and "SIGUSR1 {" in l for l in text.splitlines())


def test_color_auto_is_plain_into_a_file_and_no_color_is_honoured(tmp_path):
    run_pytrace("--color=auto", "-o", str(tmp_path / "auto"), "true")
    assert "\x1b[" not in (tmp_path / "auto").read_text()


def test_bad_color_argument():
    result = run_pytrace("--color=sometimes", "true")
    assert result.returncode == 1
    assert result.stderr == ("pytrace: invalid --color argument: 'sometimes'\n"
                             "Try 'pytrace -h' for more information.\n")
