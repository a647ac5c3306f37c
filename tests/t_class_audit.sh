#!/bin/sh
# t_class_audit.sh - a course graded as a teacher would (issue 12): a
# key with every kind (value, derivative, grad, step, critical, rate,
# number, choice) with points, a class of 30 with typical mistakes,
# decimal commas, resubmissions, empty and malformed lines, graded in
# every output: the text, TAP read by prove, JSON by json.loads, the
# CSV gradebook by the csv module, Gradescope's results.json.  Each
# answer's mark is worked out by hand in the table below from the rule
# of the manual (points x right / units) and every mark, status and
# total of every output is compared with it.  The class is drawn from a
# fixed seed (printed).  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
nabla=$NABLA

python3 - "$nabla" "$tmp" <<'PYEOF'
from tap import ok, done
import csv, io, json, os, random, shutil, subprocess, sys

nabla, tmp = sys.argv[1:3]
SEED = 1207
print("# seed %d" % SEED)
rng = random.Random(SEED)

# id, kind, function, parameters, points
KEY = [
    ("Q1", "value", "x^2y + y^3", "ask=gradient at=1,2", 2),
    ("Q2", "derivative", "x^2 sin(y)", "variable=y", 1),
    ("Q3", "grad", "x^2y + y^3", "-", 2),
    ("Q4", "step", "x^2 + 2y^2", "from=1,1 rate=0.1 steps=2", 2),
    ("Q5", "critical", "x^3 + y^3 - 3xy", "kinds=required", 4),
    ("Q6", "rate", "x^2 + 2y^2", "ask=largest", 1),
    ("Q7", "number", "-", "key=38", 1),
    ("Q8", "choice", "-", "options=4 key=c", 1),
]
PTS = {k[0]: k[4] for k in KEY}

# answers and their marks, worked by hand (status, points):
# Q1: grad (x^2y + y^3) = (2xy, x^2 + 3y^2) = (4, 13) at (1, 2); a unit
#     per component
# Q2: d/dy x^2 sin y = x^2 cos y
# Q3: (2xy, x^2 + 3y^2), a unit per component
# Q4: grad = (2x, 4y); a1 = (1,1) - 0.1 (2,4) = (0.8, 0.6); a2 = (0.8,
#     0.6) - 0.1 (1.6, 2.4) = (0.64, 0.36); a unit per step asked (2),
#     each judged from the student's own previous point: from (0.8,
#     0.8) the step is (0.8, 0.8) - 0.1 (1.6, 3.2) = (0.64, 0.48)
# Q5: grad = (3x^2 - 3y, 3y^2 - 3x): (0, 0) a saddle (Hessian det -9),
#     (1, 1) a minimum (det 27, f_xx 6); kinds required: units 2 x 2;
#     a point earns 1, its kind 1, a wrong point takes 1
# Q6: Hessian eigenvalues 2 and 4: the largest rate 2/4 = 0.5
# Q7: 38 (a whole number: only whole numbers)
# Q8: c
VARIANTS = {
    "Q1": [("4, 13", "right", 2), ("4, 12", "partly", 1),
           ("5, 12", "wrong", 0), ("4,0, 13,0", "right", 2),
           ("", "unanswered", 0), ("4, 13,", "malformed", 0)],
    "Q2": [("x^2 cos(y)", "right", 1), ("cos(y)", "wrong", 0),
           ("x^2 cos(y", "malformed", 0)],
    "Q3": [("2xy, x^2 + 3y^2", "right", 2), ("2x, x^2 + 3y^2", "partly", 1),
           ("2xy", "partly", 1), ("2y, 2x", "wrong", 0)],
    "Q4": [("0.8, 0.6; 0.64, 0.36", "right", 2), ("0.8, 0.6", "partly", 1),
           ("0,8, 0,6; 0,64, 0,36", "right", 2),
           ("(0,8; 0,6) (0,64; 0,36)", "right", 2),
           ("0.8, 0.8; 0.64, 0.48", "partly", 1),
           ("1.2, 1.4; 1.44, 1.96", "wrong", 0)],
    "Q5": [("0,0 saddle; 1,1 min", "right", 4), ("0,0; 1,1", "partly", 2),
           ("0,0 saddle; 1,1 max", "partly", 3), ("0,0 saddle", "partly", 2),
           ("0,0 saddle; 1,1 min; 2,2 max", "partly", 3)],
    "Q6": [("0.5", "right", 1), ("1", "wrong", 0), ("0,5", "right", 1),
           ("1/2", "right", 1)],
    "Q7": [("38", "right", 1), ("37", "wrong", 0), ("38,0", "right", 1)],
    "Q8": [("c", "right", 1), ("b", "wrong", 0), ("C", "right", 1)],
}

with open(os.path.join(tmp, "key.tsv"), "w") as f:
    f.write("# id\tkind\tfunction\tparameters\tpoints\n")
    for k in KEY:
        f.write("%s\t%s\t%s\t%s\t%d\n" % k)

students = ["s%02d" % i for i in range(1, 29)] + ["Müller, Jo", "=cmd"]
lines = []          # (student, question, answer, status, points)
bad = {}            # student -> malformed lines without a question
for s in students:
    for q, _, _, _, _ in KEY:
        if rng.random() < 0.1:
            continue                # never answered
        v = rng.choice(VARIANTS[q])
        lines.append((s, q, v[0], v[1], v[2]))
        if rng.random() < 0.15:     # resubmitted: the last counts
            v = rng.choice(VARIANTS[q])
            lines.append((s, q, v[0], v[1], v[2]))
    if rng.random() < 0.2:
        bad[s] = bad.get(s, 0) + 1
        lines.append((s, "Q9", "1", "malformed", 0))    # no such question
rng.shuffle(lines)
with open(os.path.join(tmp, "answers.tsv"), "w") as f:
    for s, q, a, _, _ in lines:
        cell = s if "," not in s else s
        f.write("%s\t%s\t%s\n" % (cell, q, a))

# what counts: the last line of each student and question that is not
# empty (an empty one only when all are: an empty resubmission does not
# take an answer back)
last = {}
for i, (s, q, a, st, p) in enumerate(lines):
    if q in PTS and (a.strip() != "" or (s, q) not in last or
                     lines[last[(s, q)]][2].strip() == ""):
        last[(s, q)] = i
total = {s: 0 for s in students}
cells = {s: {q: 0 for q in PTS} for s in students}
for (s, q), i in last.items():
    total[s] += lines[i][4]
    cells[s][q] = lines[i][4]
MAX = sum(PTS.values())

def run(*args):
    p = subprocess.run([nabla, "check", "--batch",
                        os.path.join(tmp, "answers.tsv"), "--questions",
                        os.path.join(tmp, "key.tsv")] + list(args),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8")

def num(x):
    return float(x)

# text: a line per answer, then the table
rc, out = run()
ok(rc == 1, "text: exit 1, something is wrong (%d)" % rc)
rows = [r.split("\t") for r in out.split("\n\n")[0].splitlines()]
good = len(rows) == len(lines)
for i, r in enumerate(rows):
    s, q, a, st, p = lines[i]
    want_q = q if q in PTS else "?"
    got = r[1:3] + [r[4], r[5]]
    want = [s, want_q, st, "%g/%g" % (p, PTS.get(q, 0))]
    if got != want:
        good = False
        print("# line %d (%s %s %r): got %s, want %s" % (i + 1, s, q, a, got, want))
ok(good, "text: every line's student, question, status and points as worked by hand")
table = {}
for r in out.split("\n\n")[1].splitlines()[1:]:
    c = r.split("\t")
    table[c[0]] = (num(c[7]), num(c[8]))
ok(all(table.get(s) == (total[s], MAX) for s in students),
   "text: every student's total out of %d" % MAX)

# TAP, read by prove
rc, out = run("--tap")
tap = os.path.join(tmp, "class.tap")
with open(tap, "w") as f:
    f.write(out)
nok = sum(1 for l in lines if l[3] != "right")
p = subprocess.run(["prove", "-e", "cat", tap], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT)
pout = p.stdout.decode("utf-8", "replace")
ok("Failed %d/%d subtests" % (nok, len(lines)) in pout,
   "TAP: prove counts %d failed of %d" % (nok, len(lines)))
descs = [l for l in out.splitlines() if l.startswith(("ok ", "not ok "))]
ok(len(descs) == len(lines) and all(
    " - line %d %s %s " % (i + 1, lines[i][0].replace(",", ","),
    lines[i][1] if lines[i][1] in PTS else "?") in d and
    " %s %g/%g" % (lines[i][3], lines[i][4], PTS.get(lines[i][1], 0)) in d
    for i, d in enumerate(descs)),
   "TAP: every description has line, student, question, kind, status, points")

# JSON
rc, out = run("--json")
j = json.loads(out)
ok(all(a["points"] == lines[i][4] and a["status"] == lines[i][3]
       for i, a in enumerate(j["answers"])), "JSON: every answer's points and status")
ok(all(a["counts"] == (last.get((lines[i][0], lines[i][1])) == i)
       for i, a in enumerate(j["answers"])),
   "JSON: counts is true for the last attempt not empty only")
js = {x["student"]: x["points"] for x in j["students"]}
ok(js == total and j["max_points"] == MAX, "JSON: the students' totals")

# CSV gradebook
rc, out = run("--csv")
rd = list(csv.reader(io.StringIO(out)))
ok(rd[0] == ["student"] + [k[0] for k in KEY] + ["total"], "CSV: the header")
book = {}
for r in rd[1:]:
    name = r[0][1:] if r[0].startswith("'") else r[0]
    book[name] = [num(x) for x in r[1:]]
ok(all(book.get(s) == [cells[s][k[0]] for k in KEY] + [total[s]]
       for s in students), "CSV: every cell and total (Müller, Jo quoted, =cmd guarded)")

# Gradescope
rc, out = run("--gradescope")
g = json.loads(out)
ok(all(x["score"] == total[x["student"]] and x["max_score"] == MAX and
       all(t["score"] == cells[x["student"]][t["name"]] for t in x["tests"])
       for x in g), "Gradescope: every test's score and total")

done()
PYEOF
