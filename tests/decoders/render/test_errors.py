"""Error numbers against strace 6.1's rendering of real failed calls.

OBSERVED comes from one run of strace 6.1 on a C program whose seccomp filter
made ``tee(e, 0, 0, 0)`` fail with errno ``e`` (SECCOMP_RET_ERRNO|e), for e in
1..140, 510..535 and 4095: ``(errno, printed with "= ?", text after "= -1 " or
"= ? ")``.  OBSERVED_RAW is the same program under ``-e raw=tee``, where strace
prints even the restart codes with strerror's message.
"""
from __future__ import annotations

import pytest

from decoders.render.errors import errno_name, errno_text, errno_value_text, is_restart

OBSERVED = [
    (1, False, 'EPERM (Operation not permitted)'),
    (2, False, 'ENOENT (No such file or directory)'),
    (3, False, 'ESRCH (No such process)'),
    (4, False, 'EINTR (Interrupted system call)'),
    (5, False, 'EIO (Input/output error)'),
    (6, False, 'ENXIO (No such device or address)'),
    (7, False, 'E2BIG (Argument list too long)'),
    (8, False, 'ENOEXEC (Exec format error)'),
    (9, False, 'EBADF (Bad file descriptor)'),
    (10, False, 'ECHILD (No child processes)'),
    (11, False, 'EAGAIN (Resource temporarily unavailable)'),
    (12, False, 'ENOMEM (Cannot allocate memory)'),
    (13, False, 'EACCES (Permission denied)'),
    (14, False, 'EFAULT (Bad address)'),
    (15, False, 'ENOTBLK (Block device required)'),
    (16, False, 'EBUSY (Device or resource busy)'),
    (17, False, 'EEXIST (File exists)'),
    (18, False, 'EXDEV (Invalid cross-device link)'),
    (19, False, 'ENODEV (No such device)'),
    (20, False, 'ENOTDIR (Not a directory)'),
    (21, False, 'EISDIR (Is a directory)'),
    (22, False, 'EINVAL (Invalid argument)'),
    (23, False, 'ENFILE (Too many open files in system)'),
    (24, False, 'EMFILE (Too many open files)'),
    (25, False, 'ENOTTY (Inappropriate ioctl for device)'),
    (26, False, 'ETXTBSY (Text file busy)'),
    (27, False, 'EFBIG (File too large)'),
    (28, False, 'ENOSPC (No space left on device)'),
    (29, False, 'ESPIPE (Illegal seek)'),
    (30, False, 'EROFS (Read-only file system)'),
    (31, False, 'EMLINK (Too many links)'),
    (32, False, 'EPIPE (Broken pipe)'),
    (33, False, 'EDOM (Numerical argument out of domain)'),
    (34, False, 'ERANGE (Numerical result out of range)'),
    (35, False, 'EDEADLK (Resource deadlock avoided)'),
    (36, False, 'ENAMETOOLONG (File name too long)'),
    (37, False, 'ENOLCK (No locks available)'),
    (38, False, 'ENOSYS (Function not implemented)'),
    (39, False, 'ENOTEMPTY (Directory not empty)'),
    (40, False, 'ELOOP (Too many levels of symbolic links)'),
    (41, False, '(errno 41)'),
    (42, False, 'ENOMSG (No message of desired type)'),
    (43, False, 'EIDRM (Identifier removed)'),
    (44, False, 'ECHRNG (Channel number out of range)'),
    (45, False, 'EL2NSYNC (Level 2 not synchronized)'),
    (46, False, 'EL3HLT (Level 3 halted)'),
    (47, False, 'EL3RST (Level 3 reset)'),
    (48, False, 'ELNRNG (Link number out of range)'),
    (49, False, 'EUNATCH (Protocol driver not attached)'),
    (50, False, 'ENOCSI (No CSI structure available)'),
    (51, False, 'EL2HLT (Level 2 halted)'),
    (52, False, 'EBADE (Invalid exchange)'),
    (53, False, 'EBADR (Invalid request descriptor)'),
    (54, False, 'EXFULL (Exchange full)'),
    (55, False, 'ENOANO (No anode)'),
    (56, False, 'EBADRQC (Invalid request code)'),
    (57, False, 'EBADSLT (Invalid slot)'),
    (58, False, '(errno 58)'),
    (59, False, 'EBFONT (Bad font file format)'),
    (60, False, 'ENOSTR (Device not a stream)'),
    (61, False, 'ENODATA (No data available)'),
    (62, False, 'ETIME (Timer expired)'),
    (63, False, 'ENOSR (Out of streams resources)'),
    (64, False, 'ENONET (Machine is not on the network)'),
    (65, False, 'ENOPKG (Package not installed)'),
    (66, False, 'EREMOTE (Object is remote)'),
    (67, False, 'ENOLINK (Link has been severed)'),
    (68, False, 'EADV (Advertise error)'),
    (69, False, 'ESRMNT (Srmount error)'),
    (70, False, 'ECOMM (Communication error on send)'),
    (71, False, 'EPROTO (Protocol error)'),
    (72, False, 'EMULTIHOP (Multihop attempted)'),
    (73, False, 'EDOTDOT (RFS specific error)'),
    (74, False, 'EBADMSG (Bad message)'),
    (75, False, 'EOVERFLOW (Value too large for defined data type)'),
    (76, False, 'ENOTUNIQ (Name not unique on network)'),
    (77, False, 'EBADFD (File descriptor in bad state)'),
    (78, False, 'EREMCHG (Remote address changed)'),
    (79, False, 'ELIBACC (Can not access a needed shared library)'),
    (80, False, 'ELIBBAD (Accessing a corrupted shared library)'),
    (81, False, 'ELIBSCN (.lib section in a.out corrupted)'),
    (82, False, 'ELIBMAX (Attempting to link in too many shared libraries)'),
    (83, False, 'ELIBEXEC (Cannot exec a shared library directly)'),
    (84, False, 'EILSEQ (Invalid or incomplete multibyte or wide character)'),
    (85, False, 'ERESTART (Interrupted system call should be restarted)'),
    (86, False, 'ESTRPIPE (Streams pipe error)'),
    (87, False, 'EUSERS (Too many users)'),
    (88, False, 'ENOTSOCK (Socket operation on non-socket)'),
    (89, False, 'EDESTADDRREQ (Destination address required)'),
    (90, False, 'EMSGSIZE (Message too long)'),
    (91, False, 'EPROTOTYPE (Protocol wrong type for socket)'),
    (92, False, 'ENOPROTOOPT (Protocol not available)'),
    (93, False, 'EPROTONOSUPPORT (Protocol not supported)'),
    (94, False, 'ESOCKTNOSUPPORT (Socket type not supported)'),
    (95, False, 'EOPNOTSUPP (Operation not supported)'),
    (96, False, 'EPFNOSUPPORT (Protocol family not supported)'),
    (97, False, 'EAFNOSUPPORT (Address family not supported by protocol)'),
    (98, False, 'EADDRINUSE (Address already in use)'),
    (99, False, 'EADDRNOTAVAIL (Cannot assign requested address)'),
    (100, False, 'ENETDOWN (Network is down)'),
    (101, False, 'ENETUNREACH (Network is unreachable)'),
    (102, False, 'ENETRESET (Network dropped connection on reset)'),
    (103, False, 'ECONNABORTED (Software caused connection abort)'),
    (104, False, 'ECONNRESET (Connection reset by peer)'),
    (105, False, 'ENOBUFS (No buffer space available)'),
    (106, False, 'EISCONN (Transport endpoint is already connected)'),
    (107, False, 'ENOTCONN (Transport endpoint is not connected)'),
    (108, False, 'ESHUTDOWN (Cannot send after transport endpoint shutdown)'),
    (109, False, 'ETOOMANYREFS (Too many references: cannot splice)'),
    (110, False, 'ETIMEDOUT (Connection timed out)'),
    (111, False, 'ECONNREFUSED (Connection refused)'),
    (112, False, 'EHOSTDOWN (Host is down)'),
    (113, False, 'EHOSTUNREACH (No route to host)'),
    (114, False, 'EALREADY (Operation already in progress)'),
    (115, False, 'EINPROGRESS (Operation now in progress)'),
    (116, False, 'ESTALE (Stale file handle)'),
    (117, False, 'EUCLEAN (Structure needs cleaning)'),
    (118, False, 'ENOTNAM (Not a XENIX named type file)'),
    (119, False, 'ENAVAIL (No XENIX semaphores available)'),
    (120, False, 'EISNAM (Is a named type file)'),
    (121, False, 'EREMOTEIO (Remote I/O error)'),
    (122, False, 'EDQUOT (Disk quota exceeded)'),
    (123, False, 'ENOMEDIUM (No medium found)'),
    (124, False, 'EMEDIUMTYPE (Wrong medium type)'),
    (125, False, 'ECANCELED (Operation canceled)'),
    (126, False, 'ENOKEY (Required key not available)'),
    (127, False, 'EKEYEXPIRED (Key has expired)'),
    (128, False, 'EKEYREVOKED (Key has been revoked)'),
    (129, False, 'EKEYREJECTED (Key was rejected by service)'),
    (130, False, 'EOWNERDEAD (Owner died)'),
    (131, False, 'ENOTRECOVERABLE (State not recoverable)'),
    (132, False, 'ERFKILL (Operation not possible due to RF-kill)'),
    (133, False, 'EHWPOISON (Memory page has hardware error)'),
    (134, False, '(errno 134)'),
    (135, False, '(errno 135)'),
    (136, False, '(errno 136)'),
    (137, False, '(errno 137)'),
    (138, False, '(errno 138)'),
    (139, False, '(errno 139)'),
    (140, False, '(errno 140)'),
    (510, False, '(errno 510)'),
    (511, False, '(errno 511)'),
    (512, True, 'ERESTARTSYS (To be restarted if SA_RESTART is set)'),
    (513, True, 'ERESTARTNOINTR (To be restarted)'),
    (514, True, 'ERESTARTNOHAND (To be restarted if no handler)'),
    (515, False, 'ENOIOCTLCMD (Unknown error 515)'),
    (516, True, 'ERESTART_RESTARTBLOCK (Interrupted by signal)'),
    (517, False, 'EPROBE_DEFER (Unknown error 517)'),
    (518, False, 'EOPENSTALE (Unknown error 518)'),
    (519, False, '(errno 519)'),
    (520, False, '(errno 520)'),
    (521, False, 'EBADHANDLE (Unknown error 521)'),
    (522, False, 'ENOTSYNC (Unknown error 522)'),
    (523, False, 'EBADCOOKIE (Unknown error 523)'),
    (524, False, 'ENOTSUPP (Unknown error 524)'),
    (525, False, 'ETOOSMALL (Unknown error 525)'),
    (526, False, 'ESERVERFAULT (Unknown error 526)'),
    (527, False, 'EBADTYPE (Unknown error 527)'),
    (528, False, 'EJUKEBOX (Unknown error 528)'),
    (529, False, 'EIOCBQUEUED (Unknown error 529)'),
    (530, False, 'ERECALLCONFLICT (Unknown error 530)'),
    (531, False, '(errno 531)'),
    (532, False, '(errno 532)'),
    (533, False, '(errno 533)'),
    (534, False, '(errno 534)'),
    (535, False, '(errno 535)'),
    (4095, False, '(errno 4095)'),
]

OBSERVED_RAW = [
    (510, '(errno 510)'),
    (511, '(errno 511)'),
    (512, 'ERESTARTSYS (Unknown error 512)'),
    (513, 'ERESTARTNOINTR (Unknown error 513)'),
    (514, 'ERESTARTNOHAND (Unknown error 514)'),
    (515, 'ENOIOCTLCMD (Unknown error 515)'),
    (516, 'ERESTART_RESTARTBLOCK (Unknown error 516)'),
    (517, 'EPROBE_DEFER (Unknown error 517)'),
    (518, 'EOPENSTALE (Unknown error 518)'),
    (519, '(errno 519)'),
    (520, '(errno 520)'),
]


@pytest.mark.parametrize("errno, restart, text", OBSERVED)
def test_errno_text_matches_strace(errno, restart, text):
    assert errno_text(errno) == text
    assert is_restart(errno) == restart


@pytest.mark.parametrize("errno, text", OBSERVED_RAW)
def test_errno_text_for_raw_syscalls(errno, text):
    assert errno_text(errno, raw=True) == text


def test_errno_names():
    assert errno_name(2) == "ENOENT"
    assert errno_name(529) == "EIOCBQUEUED"
    assert errno_name(41) is None


def test_errno_value_text_follows_xlat_style():
    # As si_errno printed in the siginfo tests: ENOENT, 2, 2 /* ENOENT */.
    assert errno_value_text(2) == "ENOENT"
    assert errno_value_text(2, "raw") == "2"
    assert errno_value_text(2, "verbose") == "2 /* ENOENT */"
    assert errno_value_text(41, "verbose") == "41"
