"""Netlink messages, as strace 6.1 prints the buffers of sendto, recvfrom,
sendmsg, recvmsg, sendmmsg and recvmmsg on netlink sockets.

``message`` reads the buffer once and walks its ``struct nlmsghdr`` chain;
``nlattr`` walks nested attributes; one module per protocol family decodes
the payloads (``route*``, ``sock_diag*``, ``netfilter``, ``crypto``,
``selinux``, ``kobject_uevent``; audit, xfrm and generic messages only get
their types named).  ``fields`` holds the structure printers they share.
"""
