"""Time: timespec, timeval and the itimer structures, nanosleep, clocks,
timers, timerfd, adjtimex and clock_t counts."""
