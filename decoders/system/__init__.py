"""The system as a whole: syslog, reboot, kexec, kernel modules, sysinfo,
uname and host names, _sysctl, getrandom."""
