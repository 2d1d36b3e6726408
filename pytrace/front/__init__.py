"""The front: what the user asked for, and the wiring of one run.

  cli.py       argv -> Options -> engine -> session -> sinks; exit status; user
               errors as one ``pytrace: ...`` line
  options.py   strace's command line (getopt spelling, -e qualifiers) -> Options
  filters.py   the calls -e trace= sets take, derived from the signature table

What only some runs use is loaded by them alone: long_options.py (the long
option table), expressions.py (-e QUALIFIER=SET), syscall_sets.py (reading
-e trace=SET), time_options.py (-t, -r, -T, --tips), summary_options.py (-O,
-S, -U...), process_options.py (-p, -D, -u), summary_setup.py (-c/-C),
seccomp_filter.py (--seccomp-bpf), stack_traces.py (-k), pipe_output.py
(-o '|cmd').
"""
