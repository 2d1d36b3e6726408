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
 * errno: each call keeps the errno of its last failure for errno() to
 * return, as ctypes' use_errno does.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <errno.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/syscall.h>
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

/* ptrace(request, pid, addr, data) with integer arguments: its result. */
static PyObject *fast_ptrace(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
	long a[4];

	if (long_args(args, nargs, 4, a, "ptrace") < 0)
		return NULL;
	long result = ptrace((enum __ptrace_request) a[0], (pid_t) a[1], (void *) a[2],
			     (void *) a[3]);
	if (result == -1)
		saved_errno = errno;
	return PyLong_FromLong(result);
}

/* ptrace(request, pid (the Python int arg), addr, into): its result. */
static PyObject *ptrace_into(int request, PyObject *arg, void *addr, void *into)
{
	long pid = PyLong_AsLong(arg);

	if (pid == -1 && PyErr_Occurred())
		return NULL;
	long result = ptrace((enum __ptrace_request) request, (pid_t) pid, addr, into);
	if (result == -1)
		saved_errno = errno;
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
 * wait(flags, with_cpu_time): (pid, status, system CPU microseconds of the
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
 * poll(flags, spin_ns, with_cpu_time): wait(flags | WNOHANG) repeated for up
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
	 "ptrace(request, pid, addr, data) -> result; errno() after -1"},
	{"syscall_info", fast_syscall_info, METH_O,
	 "PTRACE_GET_SYSCALL_INFO into syscall_info_view(): size, or -1"},
	{"get_registers", fast_get_registers, METH_O,
	 "PTRACE_GETREGS into registers_view(): 0, or -1"},
	{"wait", (PyCFunction) (void (*)(void)) fast_wait, METH_FASTCALL,
	 "wait(flags, with_cpu_time) -> (pid, status, cpu_us)"},
	{"poll", (PyCFunction) (void (*)(void)) fast_poll, METH_FASTCALL,
	 "poll(flags, spin_ns, with_cpu_time) -> (pid, status, cpu_us), pid 0 if none came"},
	{"errno", fast_errno, METH_NOARGS, "errno of the last failed call"},
	{"syscall_info_view", fast_syscall_info_view, METH_NOARGS,
	 "the buffer syscall_info() fills, as a memoryview"},
	{"registers_view", fast_registers_view, METH_NOARGS,
	 "the buffer get_registers() fills (struct user_regs_struct), as a memoryview"},
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
