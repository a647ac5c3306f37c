"""roster_lib.py - what the roster tests (t_roster_names.sh,
t_roster_order.sh) share: running nabla, and a name's seed computed
here, independently of nabla: FNV-1a (64 bits) of the bytes, folded to
32 bits, never 0 (the rule of lesson/variant.h)."""
import os
import subprocess

NABLA, LES, tmp = os.environ["NABLA"], os.environ["LES"], os.environ["tmp"]


def run(*args):
    """nabla ARGS: the exit status, stdout and stderr (decoded)."""
    p = subprocess.run([NABLA] + list(args), capture_output=True)
    return p.returncode, p.stdout.decode("utf-8", "replace"), \
        p.stderr.decode("utf-8", "replace")


def seed(name):
    """The seed of name (bytes, or str written in UTF-8)."""
    if isinstance(name, str):
        name = name.encode()
    h = 14695981039346656037
    for c in name:
        h ^= c
        h = (h * 1099511628211) % (1 << 64)
    v = (h ^ (h >> 32)) & 0xffffffff
    return v if v else 1
