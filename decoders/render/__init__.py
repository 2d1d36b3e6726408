"""The generic printers every domain uses; nothing here knows a syscall.

* :mod:`numbers`: C's integer conversions and formats (int32, hexval, octal...).
* :mod:`strings`: strace's quoting and escaping of strings, paths and buffers.
* :mod:`flags`: the xlat engine (printflags, printxval) and kind factories.
* :mod:`structs`: reading a structure or printing its address, arrays, comments.
* :mod:`layout`: a C structure described by its fields (``Layout``), read in one call.
* :mod:`errors`: errno names and messages (``errno_xlat`` holds the table).
* :mod:`scalars`: the generic argument and return kinds (int, fd, pid, ptr...).
* :mod:`pid_details`: what -Y and --pidns-translation print after a pid.

Domain packages import from here; nothing here imports a domain.
"""
