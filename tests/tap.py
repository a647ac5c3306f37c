"""tap.py - the Test Anything Protocol for the Python parts of the shell
tests (t_grading.sh, t_sheet_grading.sh, t_class_audit.sh), as tap.sh
is for the shell ones:

    from tap import ok, skip, done
    ok(cond, "what was checked")
    skip("why")     # one result skipped
    done()          # prints the plan 1..N, exits 1 after a failure

cli_lib.sh's python_tests puts this folder on PYTHONPATH."""
import sys

_count = 0
_failed = 0


def ok(cond, what):
    """One TAP line: "ok N - what" when cond holds, else "not ok"."""
    global _count, _failed
    _count += 1
    if not cond:
        _failed = 1
    print("%sok %d - %s" % ("" if cond else "not ", _count, what))
    sys.stdout.flush()


def skip(why):
    """One result skipped: "ok N # SKIP why"."""
    global _count
    _count += 1
    print("ok %d # SKIP %s" % (_count, why))
    sys.stdout.flush()


def done():
    """The plan, after the results, and the exit status."""
    print("1..%d" % _count)
    sys.exit(_failed)
