"""The sinks: consumers of the engine's events that write what the user reads.

  session.py     TextSession: events -> decoded calls -> TextWriter (strace's text)
  line_options.py  the session with the options that change or hide lines (-P, -z, -T, -n...)
  text.py        TextWriter: strace's bytes (pid prefix, column, unfinished/resumed, ---/+++ lines)
  color.py       the colour variant of TextWriter (ANSI prefixes from rich styles, made once)
  timestamps.py  -t/-tt/-ttt/-r prefixes
  dumpio.py      -e read=/write= hex dumps
  jsonl.py       JsonSession: the same events as JSON Lines
  summary.py     -c/-C/-w tables and percentiles
"""
