/*
 * pytrace.engine._fast: the ptrace and wait4 calls of the stop loop, for
 * CPython without ctypes in between.
 *
 * Every stop costs the tracer a wait4, a PTRACE_GET_SYSCALL_INFO and a
 * resume.  Through ctypes each call costs about half a microsecond of
 * argument conversion on top of the kernel's work, which at two stops per
 * syscall is a good part of the Python side's whole budget.  These functions
 * take small ints only and write into buffers this module owns, which
 * binding.py exposes as memoryviews; binding.py keeps a ctypes version of each
 * for machines where this file could not be compiled (PYTRACE_NO_ACCEL=1
 * forces that path, for the tests).
 *
 * errno: each call keeps the errno of its last failure for get_errno() to
 * return, as ctypes' use_errno does.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <errno.h>
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef PTRACE_GET_SYSCALL_INFO
#define PTRACE_GET_SYSCALL_INFO 0x420e
#endif

/* struct ptrace_syscall_info's size in the kernel's ABI (binding.py's too). */
#define SYSCALL_INFO_SIZE 88

static unsigned char syscall_info_buffer[SYSCALL_INFO_SIZE];
static struct user_regs_struct regs_buffer;
static int saved_errno;

static int long_args(PyObject *const *args, Py_ssize_t nargs, Py_ssize_t want,
		     long *out, const char *name)
{
	if (nargs != want) {
		PyErr_Format(PyExc_TypeError, "%s takes %zd arguments", name, want);
		return -1;
	}
	for (Py_ssize_t i = 0; i < want; i++) {
		out[i] = PyLong_AsLong(args[i]);
		if (out[i] == -1 && PyErr_Occurred())
			return -1;
	}
	return 0;
}

/* A Python int as a 64-bit word: negative ones in two's complement. */
static int word_arg(PyObject *arg, unsigned long *out)
{
	*out = PyLong_AsUnsignedLongMask(arg);
	return *out == (unsigned long) -1 && PyErr_Occurred() ? -1 : 0;
}

/*
 * ptrace(request, pid (the Python int arg), addr, data) into *result, errno
 * kept on failure; -1 (with a Python exception) when arg is no pid.
 */
static int ptrace_pid_arg(int request, PyObject *arg, void *addr, void *data, long *result)
{
	long pid = PyLong_AsLong(arg);

	if (pid == -1 && PyErr_Occurred())
		return -1;
	*result = ptrace((enum __ptrace_request) request, (pid_t) pid, addr, data);
	if (*result == -1)
		saved_errno = errno;
	return 0;
}

/* ptrace(request, pid, addr, data), addr and data 64-bit words: its result. */
static PyObject *fast_ptrace(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
	long a[2];
	unsigned long addr, data;

	if (nargs != 4) {
		PyErr_SetString(PyExc_TypeError, "ptrace takes 4 arguments");
		return NULL;
	}
	if (long_args(args, 2, 2, a, "ptrace") < 0 || word_arg(args[2], &addr) < 0
	    || word_arg(args[3], &data) < 0)
		return NULL;
	long result = ptrace((enum __ptrace_request) a[0], (pid_t) a[1], (void *) addr,
			     (void *) data);
	if (result == -1)
		saved_errno = errno;
	return PyLong_FromLong(result);
}

/* peek(request, pid, addr): PEEKDATA/PEEKUSER's word and 0, or 0 and errno
 * (glibc returns the word itself: -1 is a word like any other). */
static PyObject *fast_peek(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
	long a[2];
	unsigned long addr;

	if (nargs != 3) {
		PyErr_SetString(PyExc_TypeError, "peek takes 3 arguments");
		return NULL;
	}
	if (long_args(args, 2, 2, a, "peek") < 0 || word_arg(args[2], &addr) < 0)
		return NULL;
	errno = 0;
	long word = ptrace((enum __ptrace_request) a[0], (pid_t) a[1], (void *) addr, NULL);
	int err = errno;
	if (err) {
		saved_errno = err;
		return Py_BuildValue("(ii)", 0, err);
	}
	return Py_BuildValue("(ki)", (unsigned long) word, 0);
}

/* PTRACE_GETEVENTMSG's value, 0 on failure. */
static PyObject *fast_event_message(PyObject *self, PyObject *arg)
{
	unsigned long message = 0;
	long result;

	if (ptrace_pid_arg(PTRACE_GETEVENTMSG, arg, NULL, &message, &result) < 0)
		return NULL;
	return PyLong_FromUnsignedLong(result == -1 ? 0 : message);
}

/* The raw siginfo_t of a signal-delivery-stop, as bytes; None in a group-stop. */
static PyObject *fast_siginfo(PyObject *self, PyObject *arg)
{
	siginfo_t info;
	long result;

	if (ptrace_pid_arg(PTRACE_GETSIGINFO, arg, NULL, &info, &result) < 0)
		return NULL;
	if (result == -1)
		Py_RETURN_NONE;
	return PyBytes_FromStringAndSize((const char *) &info, sizeof(info));
}

/* read_memory_once(pid, addr, size): up to size bytes in one process_vm_readv,
 * b"" on failure. */
static PyObject *fast_read_memory(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
	long pid, size;
	unsigned long addr;

	if (nargs != 3) {
		PyErr_SetString(PyExc_TypeError, "read_memory_once takes 3 arguments");
		return NULL;
	}
	pid = PyLong_AsLong(args[0]);
	size = PyLong_AsLong(args[2]);
	if (PyErr_Occurred() || word_arg(args[1], &addr) < 0)
		return NULL;
	if (size <= 0)
		return PyBytes_FromStringAndSize(NULL, 0);
	PyObject *data = PyBytes_FromStringAndSize(NULL, size);
	if (!data)
		return NULL;
	struct iovec local = { PyBytes_AS_STRING(data), (size_t) size };
	struct iovec remote = { (void *) addr, (size_t) size };
	ssize_t got = process_vm_readv((pid_t) pid, &local, 1, &remote, 1, 0);
	if (got <= 0) {
		saved_errno = errno;
		got = 0;
	}
	if (got < size && _PyBytes_Resize(&data, got) < 0)
		return NULL;
	return data;
}

/* write_memory(pid, addr, data): (bytes written, 0), or (-1, errno). */
static PyObject *fast_write_memory(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
	long a[2];
	unsigned long addr;
	Py_buffer data;

	if (nargs != 3) {
		PyErr_SetString(PyExc_TypeError, "write_memory takes 3 arguments");
		return NULL;
	}
	if (long_args(args, 1, 1, a, "write_memory") < 0 || word_arg(args[1], &addr) < 0)
		return NULL;
	if (PyObject_GetBuffer(args[2], &data, PyBUF_SIMPLE) < 0)
		return NULL;
	struct iovec local = { data.buf, (size_t) data.len };
	struct iovec remote = { (void *) addr, (size_t) data.len };
	ssize_t written = process_vm_writev((pid_t) a[0], &local, 1, &remote, 1, 0);
	int err = written < 0 ? errno : 0;
	PyBuffer_Release(&data);
	if (err)
		saved_errno = err;
	return Py_BuildValue("(ni)", written < 0 ? (Py_ssize_t) -1 : (Py_ssize_t) written, err);
}

/* ptrace(request, pid (the Python int arg), addr, into): its result. */
static PyObject *ptrace_into(int request, PyObject *arg, void *addr, void *into)
{
	long result;

	if (ptrace_pid_arg(request, arg, addr, into, &result) < 0)
		return NULL;
	return PyLong_FromLong(result);
}

/* PTRACE_GET_SYSCALL_INFO into the module's buffer: its size, or -1. */
static PyObject *fast_syscall_info(PyObject *self, PyObject *arg)
{
	return ptrace_into(PTRACE_GET_SYSCALL_INFO, arg, (void *) SYSCALL_INFO_SIZE,
			   syscall_info_buffer);
}

/* PTRACE_GETREGS into the module's buffer: 0, or -1. */
static PyObject *fast_get_registers(PyObject *self, PyObject *arg)
{
	return ptrace_into(PTRACE_GETREGS, arg, NULL, &regs_buffer);
}

static PyObject *stop_triple(pid_t pid, int status, const struct rusage *usage)
{
	long long cpu_us = usage ? (long long) usage->ru_stime.tv_sec * 1000000
					   + usage->ru_stime.tv_usec : 0;
	return Py_BuildValue("(iiL)", (int) pid, status, cpu_us);
}

/*
 * wait4(-1, flags): the pid, 0 when WNOHANG found nothing, -1 on an error
 * other than EINTR and ECHILD, or -2 with a Python exception set:
 * ChildProcessError when no child is left, or what a signal handler raised.
 * EINTR runs the Python signal handlers, and waits on unless one raised, as
 * os.waitpid does.
 */
static pid_t wait_stop(int flags, struct rusage *wanted, int *status)
{
	pid_t pid;

	for (;;) {
		if (flags & WNOHANG) {
			pid = wait4(-1, status, flags, wanted);
		} else {
			Py_BEGIN_ALLOW_THREADS
			pid = wait4(-1, status, flags, wanted);
			Py_END_ALLOW_THREADS
		}
		if (pid >= 0)
			return pid;
		saved_errno = errno;
		if (errno == ECHILD) {
			PyErr_SetNone(PyExc_ChildProcessError);
			return -2;
		}
		if (errno != EINTR)
			return -1;
		if (PyErr_CheckSignals() < 0)
			return -2;
	}
}

/*
 * wait_stop(flags, with_cpu_time): (pid, status, system CPU microseconds of the
 * thread when with_cpu_time, else 0); pid 0 when WNOHANG found nothing, -1
 * on an error (see wait_stop).
 */
static PyObject *fast_wait(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
	long a[2];
	struct rusage usage;
	int status = 0;

	if (long_args(args, nargs, 2, a, "wait") < 0)
		return NULL;
	struct rusage *wanted = a[1] ? &usage : NULL;
	pid_t pid = wait_stop((int) a[0], wanted, &status);
	if (pid == -2)
		return NULL;
	return pid > 0 ? stop_triple(pid, status, wanted) : stop_triple(pid, 0, NULL);
}

static long long monotonic_ns(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long long) now.tv_sec * 1000000000LL + now.tv_nsec;
}

/*
 * poll_stop(flags, spin_ns, with_cpu_time): wait_stop(flags | WNOHANG) repeated for up
 * to spin_ns nanoseconds: the first stop as wait() gives it, or (0, 0, 0)
 * if none came in that time.
 */
static PyObject *fast_poll(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
	long a[3];
	struct rusage usage;
	int status = 0;

	if (long_args(args, nargs, 3, a, "poll") < 0)
		return NULL;
	struct rusage *wanted = a[2] ? &usage : NULL;
	long long give_up = monotonic_ns() + a[1];
	for (;;) {
		pid_t pid = wait_stop((int) a[0] | WNOHANG, wanted, &status);
		if (pid == -2)
			return NULL;
		if (pid != 0)
			return pid > 0 ? stop_triple(pid, status, wanted) : stop_triple(-1, 0, NULL);
		if (PyErr_CheckSignals() < 0)
			return NULL;
		if (monotonic_ns() > give_up)
			return stop_triple(0, 0, NULL);
	}
}

static PyObject *fast_errno(PyObject *self, PyObject *unused)
{
	return PyLong_FromLong(saved_errno);
}

static PyObject *fast_syscall_info_view(PyObject *self, PyObject *unused)
{
	return PyMemoryView_FromMemory((char *) syscall_info_buffer, SYSCALL_INFO_SIZE,
				       PyBUF_WRITE);
}

static PyObject *fast_registers_view(PyObject *self, PyObject *unused)
{
	return PyMemoryView_FromMemory((char *) &regs_buffer, sizeof(regs_buffer),
				       PyBUF_WRITE);
}

static PyMethodDef fast_methods[] = {
	{"ptrace", (PyCFunction) (void (*)(void)) fast_ptrace, METH_FASTCALL,
	 "ptrace(request, pid, addr, data) -> result; get_errno() after -1 (no PEEK requests)"},
	{"peek", (PyCFunction) (void (*)(void)) fast_peek, METH_FASTCALL,
	 "peek(request, pid, addr) -> (word, 0) or (0, errno)"},
	{"event_message", fast_event_message, METH_O,
	 "PTRACE_GETEVENTMSG's value, 0 on failure"},
	{"siginfo", fast_siginfo, METH_O,
	 "the raw siginfo_t of a signal-delivery-stop, None in a group-stop"},
	{"read_memory_once", (PyCFunction) (void (*)(void)) fast_read_memory, METH_FASTCALL,
	 "read_memory_once(pid, addr, size) -> up to size bytes (one process_vm_readv; b'' on failure)"},
	{"write_memory", (PyCFunction) (void (*)(void)) fast_write_memory, METH_FASTCALL,
	 "write_memory(pid, addr, data) -> (bytes written, 0) or (-1, errno)"},
	{"read_syscall_info", fast_syscall_info, METH_O,
	 "PTRACE_GET_SYSCALL_INFO into syscall_info_view(): size, or -1"},
	{"read_registers", fast_get_registers, METH_O,
	 "PTRACE_GETREGS into registers_view(): 0, or -1"},
	{"wait_stop", (PyCFunction) (void (*)(void)) fast_wait, METH_FASTCALL,
	 "wait_stop(flags, with_cpu_time) -> (pid, status, cpu_us)"},
	{"poll_stop", (PyCFunction) (void (*)(void)) fast_poll, METH_FASTCALL,
	 "poll_stop(flags, spin_ns, with_cpu_time) -> (pid, status, cpu_us), pid 0 if none came"},
	{"get_errno", fast_errno, METH_NOARGS, "errno of the last failed call"},
	{"syscall_info_view", fast_syscall_info_view, METH_NOARGS,
	 "the buffer read_syscall_info() fills, as a memoryview"},
	{"registers_view", fast_registers_view, METH_NOARGS,
	 "the buffer read_registers() fills (struct user_regs_struct), as a memoryview"},
	{NULL, NULL, 0, NULL},
};

static struct PyModuleDef fast_module = {
	PyModuleDef_HEAD_INIT, "_fast",
	"The stop loop's ptrace and wait4 calls without ctypes (see _fast.c).", -1,
	fast_methods,
};

PyMODINIT_FUNC PyInit__fast(void)
{
	return PyModule_Create(&fast_module);
}
