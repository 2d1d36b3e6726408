"""Networking: sockets (domains, types, protocols), socket addresses, socket
options, and the message headers of sendmsg/recvmsg/sendmmsg/recvmmsg."""
