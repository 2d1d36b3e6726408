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
 * count_syscall_stops goes further for -c, where a syscall stop only notes
 * times and a number: it reaps and handles those stops itself, in the
 * engine's stead (see engine/counting.py).
 *
 * errno: each call keeps the errno of its last failure for get_errno() to
 * return, as ctypes' use_errno does.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <errno.h>
#include <signal.h>
#include <string.h>
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

/* The thread's system CPU time in whole microseconds, from wait4's rusage. */
static long long cpu_us_of(const struct rusage *usage)
{
	return (long long) usage->ru_stime.tv_sec * 1000000 + usage->ru_stime.tv_usec;
}

static PyObject *stop_triple(pid_t pid, int status, const struct rusage *usage)
{
	return Py_BuildValue("(iiL)", (int) pid, status, usage ? cpu_us_of(usage) : 0);
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
 * wait_stop(flags | WNOHANG) repeated for up to spin_ns nanoseconds: what it
 * returned for the first stop, 0 if none came in that time, -2 with the
 * exception a signal handler raised meanwhile.
 */
static pid_t poll_for(int flags, long long spin_ns, struct rusage *wanted, int *status)
{
	long long give_up = monotonic_ns() + spin_ns;
	for (;;) {
		pid_t pid = wait_stop(flags | WNOHANG, wanted, status);
		if (pid != 0)
			return pid;
		if (PyErr_CheckSignals() < 0)
			return -2;
		if (monotonic_ns() > give_up)
			return 0;
	}
}

/*
 * poll_stop(flags, spin_ns, with_cpu_time): the first stop as wait() gives it,
 * polled for up to spin_ns nanoseconds, or (0, 0, 0) if none came in that time.
 */
static PyObject *fast_poll(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
	long a[3];
	struct rusage usage;
	int status = 0;

	if (long_args(args, nargs, 3, a, "poll") < 0)
		return NULL;
	struct rusage *wanted = a[2] ? &usage : NULL;
	pid_t pid = poll_for((int) a[0], a[1], wanted, &status);
	if (pid == -2)
		return NULL;
	return pid > 0 ? stop_triple(pid, status, wanted) : stop_triple(pid < 0 ? -1 : 0, 0, NULL);
}

/*
 * -c's syscall stops, counted here rather than one by one in Python.
 *
 * count_syscall_stops(tracees, known_arch, selected, known, clones, cpu_times,
 *                     spin_ns, spin_limit, tallied, max_tallied)
 *
 * Reaps stops as the Python waiter does (polling for up to spin_ns first, the
 * budget adapting as StopWaiter._adapt's, then every stop already reported),
 * and handles the common syscall stop of a tracee (the dict's value for its
 * pid: an engine Tracee) as Engine._on_syscall_entry and _count do: at entry
 * the number, the thread's CPU time and the time are noted in tracee.tallied;
 * at exit (pid, nr, failed, cpu_ns, wall_ns) goes to the list ``tallied``.
 * Any other stop, and a syscall stop it cannot be sure of (a tracee hidden,
 * not yet synced or under seccomp, another personality, a clone the engine
 * must see at entry, a request that failed), is handed back untouched for
 * the Python loop, with the stops reaped after it.
 *
 * Returns (stops handed back as (pid, status, cpu_us) triples, the adapted
 * spin budget, stops handled): after a stop handed back, or once ``tallied``
 * holds max_tallied entries or its first is 50 ms old.  No child left raises
 * ChildProcessError, as wait_stop does; what a signal handler raises ends the
 * wait too.
 */
#define COUNT_BATCH 64
#define TALLY_DUE_NS 50000000LL
#define SPIN_GROW_START_NS 10000LL
#define SYSCALL_STOP_STATUS ((((SIGTRAP | 0x80) << 8) | 0x7f))
#define SYSCALL_INFO_OP_ENTRY 1

typedef struct {
	pid_t pid;
	int status;
	long long cpu_us;
} reaped_stop;

typedef struct {
	PyObject *tracees, *selected, *known, *clones, *tallied;
	unsigned long known_arch;
	int cpu_times;
	Py_ssize_t max_tallied;
} count_args;

static PyObject *str_in_syscall, *str_tallied, *str_hidden, *str_synced, *str_seccomp,
	*str_arch, *zero;

static int intern_names(void)
{
	if (str_in_syscall)
		return 0;
	str_in_syscall = PyUnicode_InternFromString("in_syscall");
	str_tallied = PyUnicode_InternFromString("tallied");
	str_hidden = PyUnicode_InternFromString("hidden");
	str_synced = PyUnicode_InternFromString("synced");
	str_seccomp = PyUnicode_InternFromString("seccomp");
	str_arch = PyUnicode_InternFromString("arch");
	zero = PyLong_FromLong(0);
	return str_arch && zero ? 0 : -1;
}

/* An attribute's truth: 1, 0, or -1 with an exception. */
static int flag_of(PyObject *obj, PyObject *name)
{
	PyObject *value = PyObject_GetAttr(obj, name);
	if (!value)
		return -1;
	int truth = PyObject_IsTrue(value);
	Py_DECREF(value);
	return truth;
}

static long long realtime_ns(void)
{
	struct timespec now;

	clock_gettime(CLOCK_REALTIME, &now);
	return (long long) now.tv_sec * 1000000000LL + now.tv_nsec;
}

/* PTRACE_GET_SYSCALL_INFO into the module's buffer: its size, or -1 (errno kept). */
static long read_syscall_info(pid_t pid)
{
	long size = ptrace(PTRACE_GET_SYSCALL_INFO, pid, (void *) SYSCALL_INFO_SIZE,
			   syscall_info_buffer);
	if (size < 0)
		saved_errno = errno;
	return size;
}

/* Whether nr is in set (None: everything is); -1 with an exception. */
static int nr_in(PyObject *set, unsigned long long nr)
{
	if (set == Py_None)
		return 1;
	PyObject *number = PyLong_FromUnsignedLongLong(nr);
	if (!number)
		return -1;
	int found = PySequence_Contains(set, number);
	Py_DECREF(number);
	return found;
}

/*
 * One syscall stop: 1 handled (and the tracee resumed), 0 to hand back, -1
 * with an exception.
 */
static int count_one(const count_args *c, const reaped_stop *stop)
{
	if (stop->status != SYSCALL_STOP_STATUS)
		return 0;
	PyObject *key = PyLong_FromLong(stop->pid);
	if (!key)
		return -1;
	PyObject *tracee = PyDict_GetItemWithError(c->tracees, key);   /* borrowed */
	Py_DECREF(key);
	if (!tracee)
		return PyErr_Occurred() ? -1 : 0;
	int in_syscall = flag_of(tracee, str_in_syscall);
	int hidden = flag_of(tracee, str_hidden);
	int synced = flag_of(tracee, str_synced);
	int seccomp = flag_of(tracee, str_seccomp);
	if (in_syscall < 0 || hidden < 0 || synced < 0 || seccomp < 0)
		return -1;
	if (hidden || !synced || seccomp)
		return 0;
	if (!in_syscall) {
		if (read_syscall_info(stop->pid) < 0)
			return 0;
		unsigned char op = syscall_info_buffer[0];
		unsigned int arch;
		unsigned long long nr;
		memcpy(&arch, syscall_info_buffer + 4, sizeof(arch));
		memcpy(&nr, syscall_info_buffer + 24, sizeof(nr));
		PyObject *tracee_arch = PyObject_GetAttr(tracee, str_arch);
		if (!tracee_arch)
			return -1;
		unsigned long current = PyLong_AsUnsignedLongMask(tracee_arch);
		Py_DECREF(tracee_arch);
		if (op != SYSCALL_INFO_OP_ENTRY || arch != c->known_arch || current != arch)
			return 0;
		int clone = c->clones == Py_None ? 0 : nr_in(c->clones, nr);
		if (clone)   /* the engine clears CLONE_UNTRACED from its flags first */
			return clone < 0 ? -1 : 0;
		int counted = nr_in(c->selected, nr);
		if (counted == 0) {
			int known = nr_in(c->known, nr);
			if (known < 0)
				return -1;
			counted = !known;
		}
		if (counted < 0)
			return -1;
		PyObject *noted = counted
			? Py_BuildValue("(KLL)", nr, stop->cpu_us, realtime_ns())
			: Py_NewRef(Py_None);
		if (!noted || PyObject_SetAttr(tracee, str_tallied, noted) < 0
		    || PyObject_SetAttr(tracee, str_in_syscall, Py_True) < 0) {
			Py_XDECREF(noted);
			return -1;
		}
		Py_DECREF(noted);
	} else {
		PyObject *noted = PyObject_GetAttr(tracee, str_tallied);
		if (!noted)
			return -1;
		if (noted != Py_None) {
			/* (nr, cpu_us, t_ns): nr stays a Python int, as an i386
			 * call's is beyond 64 bits (I386_NR_BASE + its number) */
			long long cpu_entry, t_entry;
			PyObject *nr = NULL;
			int deferred = -1;
			if (PyArg_ParseTuple(noted, "OLL", &nr, &cpu_entry, &t_entry))
				deferred = PyObject_RichCompareBool(nr, zero, Py_LT);
			if (deferred != 0) {
				Py_DECREF(noted);
				return deferred < 0 ? -1 : 0;   /* read at exit: the engine's way */
			}
			/* the result, read only for a call counted, as Engine._count does */
			if (read_syscall_info(stop->pid) < 0) {
				Py_DECREF(noted);
				return 0;
			}
			/* struct ptrace_syscall_info's exit.is_error */
			PyObject *entry = Py_BuildValue(
				"(iOOLL)", (int) stop->pid, nr,
				syscall_info_buffer[32] ? Py_True : Py_False,
				(stop->cpu_us - cpu_entry) * 1000, realtime_ns() - t_entry);
			Py_DECREF(noted);
			if (!entry)
				return -1;
			int added = PyList_Append(c->tallied, entry);
			Py_DECREF(entry);
			if (added < 0)
				return -1;
		} else {
			Py_DECREF(noted);
		}
		if (PyObject_SetAttr(tracee, str_tallied, Py_None) < 0
		    || PyObject_SetAttr(tracee, str_in_syscall, Py_False) < 0)
			return -1;
	}
	if (ptrace(PTRACE_SYSCALL, stop->pid, NULL, NULL) < 0)
		saved_errno = errno;   /* gone: its exit is the next stop reaped */
	return 1;
}

/*
 * The next stop, as StopWaiter._wait_one finds it: polled for up to *spin_ns,
 * then slept for, *spin_ns adapting.  pid as wait_stop returns it.
 */
static pid_t next_reported(int cpu_times, long long *spin_ns, long long spin_limit,
			   reaped_stop *stop)
{
	struct rusage usage;
	struct rusage *wanted = cpu_times ? &usage : NULL;
	pid_t pid;

	if (*spin_ns > 0) {
		pid = poll_for(__WALL, *spin_ns, wanted, &stop->status);
		if (pid == -2)
			return -2;
		if (pid != 0)
			goto found;
	}
	long long slept_from = spin_limit ? monotonic_ns() : 0;
	pid = wait_stop(__WALL, wanted, &stop->status);
	if (spin_limit && pid > 0) {
		long long slept = monotonic_ns() - slept_from;
		if (slept <= spin_limit) {
			long long grown = *spin_ns * 2 > SPIN_GROW_START_NS ? *spin_ns * 2
									     : SPIN_GROW_START_NS;
			*spin_ns = grown < spin_limit ? grown : spin_limit;
		} else {
			*spin_ns = *spin_ns > SPIN_GROW_START_NS ? *spin_ns / 2 : 0;
		}
	}
found:
	stop->pid = pid;
	stop->cpu_us = pid > 0 && wanted ? cpu_us_of(wanted) : 0;
	return pid;
}

static PyObject *fast_count_syscall_stops(PyObject *self, PyObject *const *args,
					  Py_ssize_t nargs)
{
	count_args c;
	long long spin_ns, spin_limit;
	reaped_stop batch[COUNT_BATCH];

	if (nargs != 10) {
		PyErr_SetString(PyExc_TypeError, "count_syscall_stops takes 10 arguments");
		return NULL;
	}
	if (intern_names() < 0)
		return NULL;
	c.tracees = args[0];
	c.known_arch = PyLong_AsUnsignedLongMask(args[1]);
	c.selected = args[2];
	c.known = args[3];
	c.clones = args[4];
	c.cpu_times = PyObject_IsTrue(args[5]);
	spin_ns = PyLong_AsLongLong(args[6]);
	spin_limit = PyLong_AsLongLong(args[7]);
	c.tallied = args[8];
	c.max_tallied = PyLong_AsSsize_t(args[9]);
	if (PyErr_Occurred())
		return NULL;
	if (!PyDict_Check(c.tracees) || !PyList_Check(c.tallied)) {
		PyErr_SetString(PyExc_TypeError, "count_syscall_stops: tracees dict, tallied list");
		return NULL;
	}
	long handled = 0;
	long long started = monotonic_ns();
	for (;;) {
		if (PyErr_CheckSignals() < 0)
			return NULL;
		int count = 0;
		pid_t pid = next_reported(c.cpu_times, &spin_ns, spin_limit, &batch[0]);
		if (pid == -2)
			return NULL;
		if (pid < 0)   /* an error other than ECHILD: the Python loop's to see */
			return Py_BuildValue("([(iiL)]Ll)", -1, 0, 0LL, spin_ns, handled);
		count = 1;
		/* with several tracees, every stop already reported, in the
		 * kernel's order, as StopWaiter._take_reported takes them */
		int several = PyDict_GET_SIZE(c.tracees) > 1;
		while (several && count < COUNT_BATCH) {
			struct rusage usage;
			reaped_stop *next = &batch[count];
			next->pid = wait_stop(__WALL | WNOHANG, c.cpu_times ? &usage : NULL,
					      &next->status);
			if (next->pid == -2) {
				if (!PyErr_ExceptionMatches(PyExc_ChildProcessError))
					return NULL;   /* the stops reaped stay unhandled: the
						        * engine's detach_all sees them stopped */
				PyErr_Clear();
				break;
			}
			if (next->pid <= 0)
				break;
			next->cpu_us = c.cpu_times ? cpu_us_of(&usage) : 0;
			count++;
			int repeated = 0;
			for (int i = 0; i < count - 1; i++)
				repeated |= batch[i].pid == next->pid;
			if (repeated)
				break;
		}
		for (int i = 0; i < count; i++) {
			int done = count_one(&c, &batch[i]);
			if (done < 0)
				return NULL;
			if (done) {
				handled++;
				continue;
			}
			PyObject *rest = PyList_New(0);
			if (!rest)
				return NULL;
			for (int j = i; j < count; j++) {
				PyObject *triple = Py_BuildValue("(iiL)", (int) batch[j].pid,
								 batch[j].status, batch[j].cpu_us);
				if (!triple || PyList_Append(rest, triple) < 0) {
					Py_XDECREF(triple);
					Py_DECREF(rest);
					return NULL;
				}
				Py_DECREF(triple);
			}
			return Py_BuildValue("(NLl)", rest, spin_ns, handled);
		}
		/* the summary gets its tallies in batches, but no later than
		 * TALLY_DUE_NS after a call ended (--summary-interval's tables) */
		Py_ssize_t due = PyList_GET_SIZE(c.tallied);
		if (due >= c.max_tallied || (due && monotonic_ns() - started >= TALLY_DUE_NS))
			return Py_BuildValue("([]Ll)", spin_ns, handled);
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
	{"count_syscall_stops", (PyCFunction) (void (*)(void)) fast_count_syscall_stops,
	 METH_FASTCALL, "-c's common syscall stops, counted (see _fast.c)"},
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
