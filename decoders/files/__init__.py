"""Files, paths and descriptors: open and its flags, stat and friends, fcntl,
directory entries, xattrs, file handles, inotify/fanotify, utime and the
read/write family (lseek, preadv2, sendfile, splice, fallocate, fadvise...)."""
