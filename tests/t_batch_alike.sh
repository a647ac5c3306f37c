#!/bin/sh
# t_batch_alike.sh - without a roster, two names of one batch that may
# be one student (issue 13: "Alcie Smith" beside "Alice Smith", "Bob "
# beside "bob") are said after the table of the text output, in TAP
# comments, after the summary, in JSON's "alike_names" and as warnings
# on the standard error beside CSV, Canvas and Gradescope; never merged
# (a row each).  Which pairs are alike is worked out here from the rule
# of doc/nabla.texi: keys (ASCII case, blanks) equal, or within 1 edit
# (optimal string alignment) when the shorter key has 4 to 7 bytes,
# 2 from 8 bytes, on 3 bytes only two adjacent letters swapped ("Tmo",
# "Tom"; not "Tim", "Ama" for "Ana" nor "Anna"), never under 3 bytes
# nor with a digit; the earlier name nearest, the first of the
# nearest.  With a roster, none.
# Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
LES=${srcdir:-.}/tests/lessons-variant/tiny.lesson
export LES NABLA tmp
python3 - <<'PY'
import csv, io, json, re
from tap import ok, done
from roster_lib import run, tmp
from osa_lib import osa

names = ["Alice Smith", "Alcie Smith", "bob", "Bob ", "Tom", "Tim",
         "s1234 Lee", "s1235 Lee", "Jonathan Price", "Jonathon Pryce",
         "Carl Jung", "Karl Jung", "Ivo Lang", "Zoe Quinn", "Petra Jones",
         "Peter Jones", "Mia Wu", "Mia  WU", "Hannah Abbott",
         "Hanna Abbot", "Hannah Abott", "Lee Ann", "Lea Ann", "Ann Lee",
         "Ana", "Ama", "Anna", "Tmo", "Al", "La"]


def key(n):
    return " ".join(n.split()).lower()


def swapped(a, b):
    return len(a) == len(b) and any(
        a[:i] == b[:i] and a[i] == b[i + 1] and a[i + 1] == b[i] and
        a[i + 2:] == b[i + 2:] for i in range(len(a) - 1))


def allowed(a, b):
    if re.search("[0-9]", a) or re.search("[0-9]", b):
        return 0
    m = min(len(a), len(b))
    if m == 3:
        return 1 if swapped(a, b) else 0
    return 0 if m < 4 else 1 if m < 8 else 2


# the expected pairs: (line, name, like line, like, edits)
want, first = [], {}          # first: key -> (line, name as written)
for i, n in enumerate(names):
    line, k = i + 1, key(n)
    if k in first:
        want.append((line, n.strip(), first[k][0], first[k][1], 0))
        continue
    best = None
    for kk, (l2, n2) in first.items():
        d = osa(k, kk)
        if 1 <= d <= allowed(k, kk) and (best is None or d < best[2]):
            best = (l2, n2, d)
    if best:
        want.append((line, n.strip(), best[0], best[1], best[2]))
    first[k] = (line, n.strip())
ok(len(want) >= 9 and any(w[4] == 2 for w in want) and
   not any(w[1] in ("Tim", "s1235 Lee", "Ann Lee", "Ama", "Anna", "La")
           for w in want) and ("Tmo", "Tom") in [w[1::2][:2] for w in want],
   "the class has pairs of 0, 1 and 2 edits, and names that are not "
   "alike (guard: %d pairs)" % len(want))

with open(tmp + "/key.tsv", "w") as f:
    f.write("Q1\tnumber\t-\tkey=7\t2\n")
with open(tmp + "/a.tsv", "w") as f:
    for i, n in enumerate(names):
        f.write("%s\tQ1\t%d\n" % (n, 7 if i % 3 else 6))


def grade(*extra):
    return run("check", "--batch", tmp + "/a.tsv", "--questions",
               tmp + "/key.tsv", *extra)


def said(text, pre=""):
    """The (line, name, like line) pairs said in text."""
    got = []
    for m in re.finditer("^" + re.escape(pre) + r"\S*a\.tsv:(\d+): (.*)$",
                         text, re.M):
        got.append(int(m.group(1)))
    return got


lines = [w[0] for w in want]
rc, out, err = grade("--json")
d = json.loads(out)
al = d["alike_names"]
ok([(a["line"], a["student"], a["like_line"], a["like"], a["edits"])
    for a in al] == want, "json: alike_names, each pair worked out here")
ok(all(("a typo apart" in a["note"]) == (a["edits"] == 1) and
       ("two typos apart" in a["note"]) == (a["edits"] == 2) and
       ("other blanks, case or accents" in a["note"]) == (a["edits"] == 0)
       for a in al), "json: each note says how the two differ")
ok(len(d["students"]) == len({n.strip() for n in names}),
   "json: never merged, a row for every name as written")
ok(said(err, "nabla check: ") == lines and err.count("warning") == len(want),
   "json: the same pairs as warnings on stderr")

rc, out, err = grade()
tail = out.split("names that may be one student")[-1]
ok(said(tail) == lines and "warning" not in err,
   "text: the pairs after the table, none on stderr")
m = re.search(r"^\S*a\.tsv:2: (.*)$", tail, re.M)
ok(m is not None and m.group(1).startswith(
   "Alcie Smith and Alice Smith of line 1 may be one student"),
   "text: 'Alcie Smith and Alice Smith of line 1 may be one student'")

rc, out, err = grade("--tap")
body = [l for l in out.splitlines() if not l.startswith("#")]
ok(said(out, "# ") == lines and body[-1] == "1..%d" % len(names) and
   all(re.match(r"(not )?ok \d+ ", l) for l in body[:-1]),
   "tap: the pairs as comments, the plan last")

rc, out, err = grade("--summary")
ok(said(out) == lines and "warning" not in err,
   "summary: the pairs after the table")

rc, out, err = grade("--csv")
rows = list(csv.reader(io.StringIO(out)))
ok(rows[0] == ["student", "Q1", "total"] and
   [r[0] for r in rows[1:]] == list(dict.fromkeys(n.strip()
                                                  for n in names)),
   "csv: a row for every name as written, nothing else in it")
ok(said(err, "nabla check: ") == lines, "csv: the pairs as warnings on stderr")
for fmt in ("--gradescope", "--canvas"):
    rc, out, err = grade(fmt)
    ok(said(err, "nabla check: ") == lines, fmt[2:] + ": the pairs as warnings on stderr")

# with a roster the names are matched to it: no pairs
with open(tmp + "/roster.txt", "w") as f:
    f.write("Alice Smith\nBob\n")
rc, out, err = grade("--students", tmp + "/roster.txt")
ok("may be one student" not in out + err, "a roster: no pairs said")
rc, out, err = grade("--students", tmp + "/roster.txt", "--json")
ok(json.loads(out)["alike_names"] == [], "a roster: alike_names empty")
done()
PY
