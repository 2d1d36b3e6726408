"""decoders/ioctl/requests.py: request names as strace 6.1 prints them, in the
three -X styles: several names for one number, ``_IOC(...)`` for unknown
ones, and the requests whose code holds a parameter (EVIOCGBIT(EV_KEY, 8))."""
from __future__ import annotations

from decoders.ioctl.requests import request_text


def test_names_and_ioc_spelling():
    assert request_text(0x5402).startswith("SNDCTL_TMR_START or TCSETS")
    assert request_text(0x80081234) == "_IOC(_IOC_READ, 0x12, 0x34, 0x8)"
    assert request_text(0x1234, "raw") == "0x1234"
    assert request_text(0x1234, "verbose") == "0x1234 /* _IOC(_IOC_NONE, 0x12, 0x34, 0) */"
    assert request_text(0xc0081234, "verbose") == \
        "0xc0081234 /* _IOC(_IOC_READ|_IOC_WRITE, 0x12, 0x34, 0x8) */"


def test_requests_named_with_their_parameter():
    assert request_text(0x80084521) == "EVIOCGBIT(EV_KEY, 8)"
    assert request_text(0x80084520) == "EVIOCGBIT(0, 8)"
    assert request_text(0x80084812) == "HIDIOCGPHYS(8)"
    assert request_text(0x80044d0d) == "MIXER_READ(13) or OTPSELECT"
    assert request_text(0x400445ff) == "EVIOCSABS(0x3f /* ABS_??? */)"
    assert request_text(0x400445ff, "verbose") == "0x400445ff /* EVIOCSABS(0x3f) */"
    assert request_text(0x400445ff, "raw") == "0x400445ff"
    assert request_text(0x80082102) == "SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR"
