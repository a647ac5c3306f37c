#!/bin/sh
# t_roster_names.sh - a student's name spelled two ways (issue 13): the
# seed stays the hash of the name as written (sheets handed out keep
# their numbers), and check --batch --students finds a roster student
# whose name the answers file writes with other blanks, case or an NFD
# "ü" (u + U+0308), grading the line with the roster's numbers; without
# the roster, and in nabla sheet --students, two spellings of one name
# are said.  The names are written here as bytes (NFC ü is C3 BC, NFD
# is 75 CC 88) and the seeds computed here from FNV-1a (64 bits, folded
# to 32, the rule of lesson/variant.h).  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
LES=${srcdir:-.}/tests/lessons-variant/tiny.lesson
export LES NABLA tmp
python3 - <<'PY'
import json, os
from tap import ok, done
from roster_lib import LES, run, seed, tmp

nfc = b"Anna M\xc3\xbcller"
nfd = b"Anna Mu\xcc\x88ller"
loose = b"  anna   M\xc3\x9cLLER"
ben = b"Ben Lee"
with open(tmp + "/roster.txt", "wb") as f:
    f.write(nfc + b"\n" + ben + b"\n" + b"Cleo\n")
with open(tmp + "/answers.tsv", "wb") as f:
    for who in (nfc, nfd, loose, b"BEN  LEE", b"Bert", b"Ben Le"):
        f.write(who + b"\tq1\t1\n")

# the seed of a name is the hash of its bytes, as before
rc, out, err = run("sheet", LES, "--student", nfc.decode(), "--ascii")
ok(rc == 0 and "Seed: %d" % seed(nfc) in out,
   "sheet --student: the seed is FNV-1a of the name as written (%d)" %
   seed(nfc))
rc, out, err = run("sheet", LES, "--student", nfd.decode(), "--ascii")
ok(rc == 0 and "Seed: %d" % seed(nfd) in out and seed(nfd) != seed(nfc),
   "an NFD name keeps its own seed (%d): no sheet changes its numbers" %
   seed(nfd))

# with the roster: every spelling is the roster's student, its seed
rc, out, err = run("check", "--batch", tmp + "/answers.tsv", "--questions",
                   LES, "--students", tmp + "/roster.txt", "--json")
d = json.loads(out)["answers"]
want = [(nfc, seed(nfc))] * 3 + [(ben, seed(ben)), (b"Bert", seed(b"Bert")),
                                 (b"Ben Le", seed(b"Ben Le"))]
got = [(a["student"].encode(), a["seed"]) for a in d]
ok(got == want, "--students: NFC, NFD and loose spellings are %s (seed %d), "
   "BEN  LEE is Ben Lee, Bert stays Bert" % (nfc.decode(), seed(nfc)))
ok(not any("other blanks, case or accents" in n for n in d[0]["notes"]) and
   all(any("written" in n and "other blanks, case or accents" in n
           for n in d[i]["notes"]) for i in (1, 2, 3)),
   "--students: a line written otherwise says so, the exact one does not")
ok([a.get("student_as_written", "").encode() for a in d] ==
   [b"", nfd, loose.strip(), b"BEN  LEE", b"", b""] and
   all("student_as_written" not in d[i] for i in (0, 4, 5)),
   "--json: student is the roster's name, student_as_written the file's "
   "spelling, only when they differ")
ok(any("Bert is not in the roster" in n and "did you mean" not in n
       for n in d[4]["notes"]),
   "--students: a name that is no roster name is still named")
ok(any("Ben Le is not in the roster" in n and "(did you mean Ben Lee?)" in n
       for n in d[5]["notes"]),
   "--students: a name one letter from a roster name: did you mean Ben Lee?")
s = json.loads(out)["students"]
ok([x["student"].encode() for x in s] == [nfc, ben, b"Bert", b"Ben Le",
                                          b"Cleo"] and
   s[0]["answers"] == 3,
   "--students: one row for Anna, with her 3 lines")
ok(s[4]["answers"] == 0 and s[4]["unanswered"] == 1 and s[4]["points"] == 0,
   "--students: Cleo, who answered nothing, has a row: unanswered, 0 points")

# without the roster: graded as written, the spellings said on stderr
rc, out, err = run("check", "--batch", tmp + "/answers.tsv", "--questions",
                   LES, "--json")
d = json.loads(out)["answers"]
ok([a["seed"] for a in d[:3]] == [seed(nfc), seed(nfd), seed(loose.strip())]
   or [a["seed"] for a in d[:3]] == [seed(nfc), seed(nfd), seed(loose)],
   "no roster: each spelling has its own seed")
ok(err.count("with other blanks, case or accents: graded as two students")
   == 2 and ":2: warning:" in err and
   ":3: warning:" in err and "--students" in err,
   "no roster: lines 2 and 3 are said to be Anna spelled otherwise")

# a plain key (no sheet): the same warning, with its own advice
with open(tmp + "/key.tsv", "w") as f:
    f.write("Q1\tnumber\t-\tkey=1\t1\n")
with open(tmp + "/plain.tsv", "wb") as f:
    f.write(nfc + b"\tQ1\t1\n" + nfd + b"\tQ1\t2\n")
rc, out, err = run("check", "--batch", tmp + "/plain.tsv", "--questions",
                   tmp + "/key.tsv")
ok("plain.tsv:2: " in out and "write the name one way" in out and
   "warning" not in err,
   "a key's batch: two spellings said after the table, graded as two "
   "students")

# a roster that has one name twice, spelled otherwise
with open(tmp + "/twice.txt", "wb") as f:
    f.write(nfc + b"\n" + nfd + b"\n")
os.mkdir(tmp + "/sheets")
rc, out, err = run("sheet", LES, "--students", tmp + "/twice.txt", "--out",
                   tmp + "/sheets")
ok(rc == 0 and "twice.txt:2: warning:" in err and "spelled otherwise" in err
   and len(os.listdir(tmp + "/sheets")) == 4,
   "sheet --students: NFC and NFD Anna: two sheets, said")
rc, out, err = run("check", "--batch", tmp + "/answers.tsv", "--questions",
                   LES, "--students", tmp + "/twice.txt", "--json")
d = json.loads(out)["answers"]
ok("twice.txt:2: warning:" in err and
   [a["seed"] for a in d[:3]] == [seed(nfc), seed(nfd), seed(nfc)],
   "--students: each roster spelling keeps its seed, a third one is the "
   "first's")
done()
PY
