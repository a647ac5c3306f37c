#!/bin/sh
# makeinfo.sh - run makeinfo, given as the command line "$@" the way
# configure found it (through build-aux/missing).  When makeinfo is not
# installed, say so and go on: nabla builds and works without its Info
# manual.  A release tarball has the manual built already; building it
# from git needs GNU Texinfo (Debian: apt-get install texinfo).
"$@"
status=$?
if [ "$status" -eq 127 ]; then
	echo "nabla: makeinfo is not installed, so the manual doc/nabla.texi" \
	    "is not built (install texinfo to build it); the rest is" >&2
	exit 0
fi
exit "$status"
