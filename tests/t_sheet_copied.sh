#!/bin/sh
# t_sheet_copied.sh - whose variant a copied answer is (issue 13): a
# class of a roster, its sheets written by nabla sheet; each student's
# numbers read from their own sheet and the right answers of q3
# (critical point (p, -q)) worked out here.  A student who hands in a
# classmate's answer is told whose variant it is when a roster names
# the students ("Bob Lee's variant (seed N)", in the text and in the
# JSON field another_variant), only the seed without a roster, and
# "N other variants" with no name when more than one variant has that
# answer.  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
srcdir=${srcdir:-.}
XDG_STATE_HOME=$tmp/state
XDG_DATA_HOME=$tmp/data
export XDG_STATE_HOME XDG_DATA_HOME
unset NABLA_LESSONS NABLA_SEED

python3 - "$NABLA" "$srcdir" "$tmp" <<'EOF'
from tap import ok, done
import json, os, re, subprocess, sys

nabla, srcdir, tmp = sys.argv[1:4]
LES = srcdir + "/tests/lessons-variant/homework.lesson"

def run(*args):
    p = subprocess.run([nabla] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")

# 40 names: with 25 pairs (p, q) some share their numbers for q3
names = ["Stu%02d Doe" % i for i in range(40)]
with open(tmp + "/roster.txt", "w") as f:
    f.write("\n".join(names) + "\n")
rc, out, err = run("sheet", LES, "--students", tmp + "/roster.txt",
                   "--out", tmp + "/s")
ok(rc == 0, "sheet: 40 sheets (%s)" % err.strip())
P = {}
for s in names:
    with open(tmp + "/s/" + s.replace(" ", "_") + ".txt") as f:
        t = f.read()
    m = re.search(r"With\s+p\s+=\s+(\d+)\s+and\s+q\s+=\s+(\d+):", t)
    sd = re.search(r"^Seed: (\d+)$", t, re.M)
    P[s] = (int(sd.group(1)), int(m.group(1)), int(m.group(2)))
ok(len(P) == 40, "every sheet shows its seed and the numbers of q3")

def answer(s):
    return "%d, %d" % (P[s][1], -P[s][2])

def owners(a):
    return [s for s in names if answer(s) == a]

# one whose answer is no one else's, one shared by two, and a copier
# whose own answer is neither
alone = [s for s in names if len(owners(answer(s))) == 1]
twice = [s for s in names if len(owners(answer(s))) == 2]
ok(len(alone) >= 2 and len(twice) >= 2, "the class has unique and shared "
   "numbers (%d, %d)" % (len(alone), len(twice)))
bob = alone[0]
pair = owners(answer(twice[0]))
copier = [s for s in names if answer(s) not in (answer(bob),
          answer(pair[0]))][0]
copier2 = [s for s in names if answer(s) not in (answer(bob),
           answer(pair[0])) and s != copier][0]
with open(tmp + "/a.tsv", "w") as f:
    f.write("%s\tq3\t%s\n" % (copier, answer(bob)))
    f.write("%s\tq3\t%s\n" % (copier2, answer(pair[0])))
    f.write("%s\tq3\t%s\n" % (bob, answer(bob)))

def grade(*more):
    return run("check", "--batch", tmp + "/a.tsv", "--questions", LES,
               *more)

rc, out, err = grade("--students", tmp + "/roster.txt")
rows = [l.split("\t") for l in out.splitlines() if l[:1].isdigit()]
want = "these are the answers to %s's variant (seed %d)" % (bob, P[bob][0])
ok(rows[0][4] == "wrong" and want in rows[0][6],
   "roster: the copy names the student whose variant it is: %r" % rows[0][6:])
m = re.search(r"these are the answers to another variant: (\d+) other "
              r"variants have them \(seeds ([\d, ]+)\)", rows[1][6])
ok(rows[1][4] == "wrong" and m is not None and int(m.group(1)) == 2 and
   {int(x) for x in m.group(2).split(", ")} == {P[x][0] for x in pair} and
   not any(x in rows[1][6] for x in pair),
   "roster: an answer of two variants names neither (%s)" % " and ".join(pair))
ok(rows[2][4] == "right" and len(rows[2]) == 6, "the student's own answer is right")

rc, out, err = grade("--students", tmp + "/roster.txt", "--json")
d = json.loads(out)["answers"]
ok(d[0]["another_variant"] == {"variants": 1, "seed": P[bob][0],
                               "student": bob},
   "json: another_variant names the student and the seed")
ok(d[1]["another_variant"] == {"variants": 2} and
   "another_variant" not in d[2], "json: two variants, no name; none when right")

rc, out, err = grade()
rows = [l.split("\t") for l in out.splitlines() if l[:1].isdigit()]
ok("these are the answers to another variant (seed %d)" % P[bob][0] in rows[0][6]
   and bob not in rows[0][6], "no roster: the seed only")
rc, out, err = grade("--json")
d = json.loads(out)["answers"]
ok(d[0]["another_variant"] == {"variants": 1, "seed": P[bob][0],
                               "student": None}, "no roster: json student null")
done()
EOF
