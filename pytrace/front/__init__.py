"""The front: what the user asked for, and the wiring of one run.

  cli.py       argv -> Options -> engine -> session -> sinks; exit status; user
               errors as one ``pytrace: ...`` line
  options.py   strace's command line (getopt spelling, -e qualifiers) -> Options
  filters.py   -e trace=/signal= sets, derived from the signature table
"""
