#!/bin/sh
# t_grading.sh - grading a course (issue 12): a class of 30 students and
# 4 questions with right, partly right, wrong, incomplete, resubmitted,
# unanswered and malformed answers, graded in every output of
# nabla check --batch --questions.  Each answer is drawn from templates
# whose status and score were worked out by hand from the rule in the
# manual ("Grading a course"); the totals, the gradebook and the counts
# per question are computed here from those, never from nabla's output.
# The CSV is read with Python's csv module, the JSON with json.loads.
# The class is drawn from a fixed seed (printed).  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
nabla=$NABLA

python3 - "$nabla" "$tmp" <<'EOF'
from tap import ok, done
import csv, io, json, random, subprocess, sys

nabla, tmp = sys.argv[1], sys.argv[2]
SEED = 2026
rng = random.Random(SEED)

print("# seed %d" % SEED)

# The key: f = x^2 y + y^3 has gradient (2xy, x^2 + 3y^2), (4, 13) at
# (1, 2); descent on x^2 + 2y^2 from (1, 1) with step 0.1 goes to
# (0.8, 0.6), then (0.64, 0.36); x^3 + y^3 - 3xy has a saddle at (0, 0)
# and a minimum at (1, 1).
KEY = [
    ("Q1", "grad", "x^2y + y^3", "-", "2"),
    ("Q2", "grad", "x^2y + y^3", "at=1,2", "1"),
    ("Q3", "step", "x^2 + 2y^2", "from=1,1 rate=0.1 steps=2", "2"),
    ("Q4", "critical", "x^3 + y^3 - 3xy", "kinds=required", "4"),
]
POINTS = {"Q1": 2, "Q2": 1, "Q3": 2, "Q4": 4}
# (answer, status, score): the score by the rule, points x right / units.
T = {
    "Q1": [("2xy, x^2 + 3y^2", "right", 2),
           ("2x, x^2 + 3y^2", "partly", 1),      # dropped factor y: 1 of 2
           ("2y, 3y^2", "wrong", 0),
           ("2xy", "partly", 1),                 # incomplete: 1 of 2
           ("2x^^y, 1", "malformed", 0),
           ("", "unanswered", 0)],
    "Q2": [("4, 13", "right", 1),
           ("4, 12", "partly", 0.5),
           ("1, 1", "wrong", 0)],
    "Q3": [("0.8, 0.6; 0.64, 0.36", "right", 2),
           ("0.8, 0.6", "partly", 1),            # a2 missing: 1 of 2
           ("0.8, 0.5; 0.64, 0.3", "partly", 1), # a2 right from own a1
           ("1.2, 1.4; 1.44, 1.96", "wrong", 0), # ascent
           ("0,8; 0,6", "partly", 1)],           # a1 = (0.8, 0.6), a2 missing
    "Q4": [("0,0 saddle; 1,1 min", "right", 4),
           ("0,0; 1,1", "partly", 2),            # no kinds: 2 of 4
           ("1,1 min", "partly", 2),             # one point: 2 of 4
           ("0,0 saddle; 1,1 max", "partly", 3), # a wrong kind: 3 of 4
           ("2,2 min", "wrong", 0)],
}

def cell(s):
    return '"' + s.replace('"', '""') + '"'

names = ["s%02d" % i for i in range(1, 31)]
names[3] = "Müller, Jo"
names[7] = 'Ann "Bee" Lu'
lines = []          # (student, question, answer)
final = {}          # (student, question) -> template of the last attempt
for s in names:
    for q in ("Q1", "Q2", "Q3", "Q4"):
        if rng.random() < 0.08:
            continue            # never answered
        if rng.random() < 0.25:
            # an earlier attempt, resubmitted later
            lines.append((s, q, rng.choice(T[q])[0]))
        t = rng.choice(T[q])
        lines.append((s, q, t[0]))
        final[(s, q)] = t
rng.shuffle(lines)
# make sure each resubmission keeps its order: the last line counts
order = {}
for i, (s, q, a) in enumerate(lines):
    order.setdefault((s, q), []).append(i)
fixed = list(lines)
for key, idx in order.items():
    if len(idx) > 1:
        # the template that counts goes last
        last = [l for l in lines if (l[0], l[1]) == key]
        want = final[key][0]
        rest = [l for l in last if l[2] != want] + [l for l in last if l[2] == want]
        # keep the earlier ones in front, the counted one at the end
        for j, i in enumerate(idx):
            fixed[i] = rest[j]
lines = fixed
# what counts: the last attempt that is not empty (an empty line after
# an answer does not take it back; an empty one counts only when all are)
for key, idx in order.items():
    given = [i for i in idx if lines[i][2].strip() != ""]
    i = given[-1] if given else idx[-1]
    final[key] = [t for t in T[key[1]] if t[0] == lines[i][2]][0]

resub = [k for k, v in order.items() if len(v) > 1]
changed = [k for k in resub if len(set([T[k[1]][[t[0] for t in T[k[1]]].index(
    lines[i][2])][2] for i in order[k]])) > 1]
ok(len(resub) > 0 and len(changed) > 0,
   "the class has %d resubmissions, %d of which change the mark" %
   (len(resub), len(changed)))
kept = [k for k in resub if lines[order[k][-1]][2] == "" and
        final[k][0] != ""]
ok(len(kept) > 0, "the class has %d empty resubmissions after an answer: "
   "the answer counts" % len(kept))
kinds = set(t[1] for t in final.values())
ok(kinds >= {"right", "partly", "wrong", "unanswered", "malformed"} and
   any(t[0] in ("2xy", "0.8, 0.6", "0,0; 1,1") for t in final.values()),
   "the class has right, partly, wrong, incomplete, unanswered and "
   "malformed answers")

with open(tmp + "/key.tsv", "w") as f:
    f.write("# id\tkind\tfunction\tparameters\tpoints\n")
    for k in KEY:
        f.write("\t".join(k) + "\n")
# the students' file as a spreadsheet exports it: BOM, header, CR LF,
# quoted cells, commas
with open(tmp + "/class.csv", "w", newline="") as f:
    f.write("\ufeffstudent,question,answer\r\n")
    for s, q, a in lines:
        f.write("%s,%s,%s\r\n" % (cell(s), q, cell(a)))
    f.write("s01,Q9,1\r\n")      # an unknown question: malformed, no mark

def run(*args):
    p = subprocess.run([nabla, "check", "--questions", tmp + "/key.tsv",
                        "--batch", tmp + "/class.csv"] + list(args),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")

total = {s: sum(final[(s, q)][2] for q in POINTS if (s, q) in final)
         for s in names}
def count(q, st):
    return sum(1 for s in names if (final[(s, q)][1] if (s, q) in final
               else "unanswered") == st)

# --- text ----------------------------------------------------------------
rc, out, err = run()
ok(rc == 1, "text: exit 1 (wrong answers, a malformed line)")
rows = [l.split("\t") for l in out.splitlines() if l[:1].isdigit()]
ok(len(rows) == len(lines) + 1, "text: one line per answer (%d)" % (len(lines) + 1))
good = True
for i, (s, q, a) in enumerate(lines):
    st = [t for t in T[q] if t[0] == a][0]
    r = rows[i]
    if r[1] != s or r[2] != q or r[4] != st[1]:
        good = False
        print("# line %d: %r, want %s %s %s" % (i + 2, r, s, q, st[1]))
ok(good, "text: every answer's status is the one worked by hand")
ok(rows[-1][4] == "malformed" and "unknown question" in rows[-1][-1],
   "text: an unknown question is a malformed line, the rest still graded")
table = {}
for l in out.splitlines():
    f = l.split("\t")
    if len(f) == 9 and f[0] in names:
        table[f[0]] = f
ok(len(table) == 30 and all(abs(float(table[s][7]) - total[s]) < 1e-9
   for s in names), "text: each student's points are the hand-made total")

# --- CSV -----------------------------------------------------------------
rc, out, err = run("--csv")
rd = list(csv.reader(io.StringIO(out)))
ok(rd[0] == ["student", "Q1", "Q2", "Q3", "Q4", "total"],
   "csv: the header names the questions in the key's order")
ok(len(rd) == 31, "csv: one row per student (30)")
byname = {r[0]: r for r in rd[1:]}
good = set(byname) == set(names)
for s in names:
    for j, q in enumerate(("Q1", "Q2", "Q3", "Q4")):
        want = final[(s, q)][2] if (s, q) in final else 0
        if s in byname and abs(float(byname[s][j + 1]) - want) > 1e-9:
            good = False
            print("# %s %s: %s, want %s" % (s, q, byname[s][j + 1], want))
    if s in byname and abs(float(byname[s][5]) - total[s]) > 1e-9:
        good = False
ok(good, "csv: every mark and total is the hand-made one (names with a comma and quotes kept)")
ok(out.endswith("\r\n") and "\r\n" in out, "csv: RFC 4180 line ends")

# --- CSV: no formula from a student's cell (OWASP) ---------------------------
# A name that starts with = + - @, a tab or a carriage return gets a '
# before it; the marks stay numbers a spreadsheet adds up.
EVIL = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)",
        "\tann", "\rbob", "ok-name"]
with open(tmp + "/evilkey.tsv", "w") as f:
    f.write("=Q1\tgrad\tx^2\t-\t1\n")
with open(tmp + "/evil.tsv", "w", newline="") as f:
    w = csv.writer(f, delimiter="\t")
    for i, e in enumerate(EVIL):
        w.writerow([e, "=Q1", "2x" if i % 2 == 0 else "3x"])
p = subprocess.run([nabla, "check", "--batch", tmp + "/evil.tsv",
                    "--questions", tmp + "/evilkey.tsv", "--csv"],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
rd = list(csv.reader(io.StringIO(p.stdout.decode("utf-8"), newline="")))
ok(rd[0][1] == "'=Q1", "csv guard: a question id starting with = gets a '")
names_out = [r[0] for r in rd[1:]]
good = len(names_out) == len(EVIL)
for e, got in zip(EVIL, names_out):
    want = ("'" + e) if e[0] in "=+-@\t\r" else e
    if e[0] == "\r":
        want = "'\\x0d" + e[1:]     # a carriage return is shown escaped
    if e[0] == "\t":
        want = e[1:]    # the reader trims blanks around a cell
    if got != want:
        good = False
        print("# %r -> %r, want %r" % (e, got, want))
ok(good, "csv guard: names starting with = + - @ tab CR get a ', others kept")
good = True
for i, r in enumerate(rd[1:]):
    want = 1.0 if i % 2 == 0 else 0.0
    if r[1][:1] == "'" or r[2][:1] == "'" or float(r[1]) != want or \
            float(r[2]) != want:
        good = False
        print("# %r" % r)
ok(good, "csv guard: the marks stay plain numbers")

# --- JSON ----------------------------------------------------------------
rc, out, err = run("--json")
d = json.loads(out)
ok(len(d["answers"]) == len(lines) + 1, "json: every answer")
a0 = d["answers"][0]
ok(all(k in a0 for k in ("question", "points", "max_points", "function",
                         "parameters", "answer", "status")),
   "json: question, points, max_points, function, parameters, answer")
good = True
for i, (s, q, a) in enumerate(lines):
    st = [t for t in T[q] if t[0] == a][0]
    j = d["answers"][i]
    if (j["student"] != s or j["question"] != q or j["answer"] != a or
            j["status"] != st[1] or abs(j["points"] - st[2]) > 1e-9 or
            j["max_points"] != POINTS[q]):
        good = False
        print("# answer %d: %r" % (i, j))
ok(good, "json: each answer's points and status as worked by hand")
parts_read = [p["answer"] for j in d["answers"] if j["status"] == "right"
              for p in j.get("parts", [])]
ok(parts_read and all(x is not None for x in parts_read),
   "json: the parts' answers as read are filled, not null")
dec = [j for j in d["answers"] if j["answer"] == "0,8; 0,6"]
ok(dec and all(j["notes"] and
               j["notes"][0].startswith("did you mean (0.8, 0.6)?")
               for j in dec),
   "json: a decimal comma is named first (did you mean (0.8, 0.6)?) (%d)"
   % len(dec))
studs = {x["student"]: x for x in d["students"]}
ok(all(abs(studs[s]["points"] - total[s]) < 1e-9 for s in names) and
   d["max_points"] == 9, "json: totals per student, max 9")
# the answers' statuses are checked against the hand-worked ones above;
# each student's counts of right, partly and wrong are those of the
# answers that count, under the questions' names ("right", not
# "correct")
good = True
for s in names:
    for st in ("right", "partly", "wrong"):
        want = sum(1 for j in d["answers"] if j["student"] == s and
                   j["counts"] and j["status"] == st)
        if studs[s].get(st) != want:
            good = False
            print("# %s %s: %r, want %d" % (s, st, studs[s].get(st), want))
ok(good and all("correct" not in studs[s] for s in names),
   "json: right, partly, wrong per student")
qs = {x["question"]: x for x in d["questions"]}
good = True
for q in POINTS:
    for st in ("right", "partly", "wrong", "unanswered", "malformed"):
        if qs[q][st] != count(q, st):
            good = False
            print("# %s %s: %d, want %d" % (q, st, qs[q][st], count(q, st)))
ok(good, "json: right, partly, wrong, unanswered, malformed per question")

# --- Gradescope ------------------------------------------------------------
rc, out, err = run("--gradescope")
g = json.loads(out)
ok(isinstance(g, list) and len(g) == 30 and all(
   abs(x["score"] - total[x["student"]]) < 1e-9 and x["max_score"] == 9 and
   [t["name"] for t in x["tests"]] == ["Q1", "Q2", "Q3", "Q4"] and
   all("output" in t and "score" in t for t in x["tests"]) for x in g),
   "gradescope: score, max_score, tests with name, score, output")

# --- TAP -------------------------------------------------------------------
rc, out, err = run("--tap")
res = [l for l in out.splitlines() if l.startswith(("ok", "not ok"))]
nright = sum(1 for s, q, a in lines if [t for t in T[q] if t[0] == a][0][1] == "right")
ok("1..%d" % (len(lines) + 1) in out.splitlines() and
   sum(1 for l in res if l.startswith("ok")) == nright,
   "tap: a result per answer, ok for the right ones (%d)" % nright)

# --- summary ---------------------------------------------------------------
rc, out, err = run("--summary")
summ = {l.split("\t")[0]: l.split("\t") for l in out.splitlines() if "\t" in l}
good = True
for q in POINTS:
    want = [str(count(q, st)) for st in ("right", "partly", "wrong",
            "unanswered", "malformed")]
    if summ.get(q, [])[2:] != want:
        good = False
        print("# %s: %r, want %r" % (q, summ.get(q), want))
ok(good, "summary: right, partly, wrong, unanswered, malformed per question")
nd = sum(1 for s in names if final.get((s, "Q1"), ("",))[0] == "2x, x^2 + 3y^2")
ok(nd == 0 or ("Q1: dropped-factor %d of 30" % nd) in out,
   "summary: the named mistake counted (Q1: dropped-factor %d of 30)" % nd)

# --- --all-attempts: the mean of the attempts --------------------------------
rc, out, err = run("--csv", "--all-attempts")
rd = {r[0]: r for r in list(csv.reader(io.StringIO(out)))[1:]}
good = True
for s in names:
    t = 0
    for q in POINTS:
        sc = [[x for x in T[q] if x[0] == a][0][2] for s2, q2, a in lines
              if s2 == s and q2 == q]
        t += sum(sc) / len(sc) if sc else 0
    if abs(float(rd[s][5]) - round(t, 2)) > 0.011:
        good = False
        print("# %s: %s, want %.3f" % (s, rd[s][5], t))
ok(good, "--all-attempts: each question's mark is the mean of the attempts")

# --- the kinds a lesson asks, judged by the lessons' code ---------------------
# f = x^2 y + y^3: f(1, 2) = 10, grad f(1, 2) = (4, 13), df/dx = 2xy;
# d/dy x^2 sin y = x^2 cos y; x^2 + 2y^2 has Hessian eigenvalues 2 and 4:
# the largest stable step is 2/4 = 0.5, and with 0.6 |1 - 0.6*4| > 1
EX = [
    ("value", "x^2y + y^3", "ask=f at=1,2", "10", "right", 1),
    ("value", "x^2y + y^3", "ask=gradient at=1,2 points=2", "4, 12", "partly", 1),
    ("value", "x^2y + y^3", "ask=partial y at=1,2", "13", "right", 1),
    ("derivative", "x^2y + y^3", "variable=x", "2x", "wrong", 0),
    ("derivative", "x^2 sin(y)", "variable=y", "x^2 cos(y)", "right", 1),
    ("rate", "x^2 + 2y^2", "ask=largest", "0.5", "right", 1),
    ("rate", "x^2 + 2y^2", "ask=behaviour rate=0.6", "diverge", "right", 1),
    ("number", "-", "key=38", "38", "right", 1),
    ("number", "-", "key=38", "37.9", "wrong", 0),
    ("choice", "-", "options=3 key=b", "b", "right", 1),
    ("choice", "-", "options=3 key=b", "c", "wrong", 0),
    ("value", "x^2", "ask=nonsense at=1", "1", "malformed", 0),
    ("number", "-", "key=38", "", "unanswered", 0),
]
with open(tmp + "/kinds.tsv", "w") as f:
    for k, fn, par, ans, st, sc in EX:
        f.write("ann\t%s\t%s\t%s\t%s\n" % (k, fn, par, ans))
p = subprocess.run([nabla, "check", "--batch", tmp + "/kinds.tsv", "--json"],
                   stdout=subprocess.PIPE)
d = json.loads(p.stdout.decode("utf-8"))
good = len(d["answers"]) == len(EX)
for j, e in zip(d["answers"], EX):
    if j["status"] != e[4] or abs(j["points"] - e[5]) > 1e-9:
        good = False
        print("# %r: %s %s" % (e, j["status"], j["points"]))
ok(good, "value, derivative, rate, number, choice: graded as lessons grade them")
ok(d["answers"][3]["parts"][0]["mistake"] == "dropped-factor",
   "derivative: the mistake is named (dropped-factor)")
# each part with the answer as read: "4, 12" is 4 for df/dx and 12 for
# df/dy; "38" is 38; a single part has the whole answer
ok([p["answer"] for p in d["answers"][1]["parts"]] == ["4", "12"] and
   [p["answer"] for p in d["answers"][7]["parts"]] == ["38"] and
   all(p["answer"] for a in d["answers"] if a["status"] not in
       ("malformed", "unanswered") for p in a["parts"]),
   "the lessons' kinds: each part has its answer as read, not null")

# --- usage and the key's mistakes ----------------------------------------------
def nab(*args):
    p = subprocess.run([nabla, "check"] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")

rc, out, err = nab("--batch", tmp + "/class.csv", "--csv", "--json")
ok(rc == 2 and "choose one of" in err, "two output formats: a usage error")
rc, out, err = nab("--csv", "grad", "x^2", "--answer", "2x")
ok(rc == 2 and "--csv is for --batch" in err, "--csv without --batch")
with open(tmp + "/badkey.tsv", "w") as f:
    f.write("Q1\tgrad\tx^2\t-\t1\nQ2\tgrad\tx^2\tfrom=1\t1\n")
rc, out, err = nab("--batch", tmp + "/class.csv", "--questions",
                   tmp + "/badkey.tsv")
ok(rc == 2 and "badkey.tsv:2:" in err and out == "",
   "a mistake in the key: file:line, nothing graded, exit 2")
with open(tmp + "/dupkey.tsv", "w") as f:
    f.write("Q1\tgrad\tx^2\t-\t1\nQ1\tgrad\tx^3\t-\t1\n")
rc, out, err = nab("--batch", tmp + "/class.csv", "--questions",
                   tmp + "/dupkey.tsv")
ok(rc == 2 and "Q1 is defined twice" in err, "a question defined twice")
with open(tmp + "/bad.tsv", "wb") as f:
    f.write(b"ann\tgrad\tx^2\t-\t2x\nb\xe9a\tgrad\tx^2\t-\t2x\n")
rc, out, err = nab("--batch", tmp + "/bad.tsv", "--json")
d = json.loads(out)
ok(rc == 1 and d["answers"][1]["status"] == "malformed" and
   "not UTF-8 at byte 2" in d["answers"][1]["error"] and
   d["answers"][1]["line"] == 2, "invalid UTF-8: a malformed line 2, the JSON valid")

# --- a line that names no student is nobody's -----------------------------------
# two students answer Q1 of a 1-question key; a line with an empty first
# cell and a line of one cell are malformed, shown, and belong to no
# student: the class is 2, Q1 has 0 unanswered, the gradebook 2 rows
with open(tmp + "/key1.tsv", "w") as f:
    f.write("Q1\tgrad\tx^2y\t-\t1\n")
with open(tmp + "/nobody.tsv", "w") as f:
    f.write("ann\tQ1\t2xy, x^2\n\tQ1\t2xy, x^2\nnonsense\n"
            "bob\tQ1\t2x, x^2\n")
rc, out, err = nab("--batch", tmp + "/nobody.tsv", "--questions",
                   tmp + "/key1.tsv", "--csv")
rows = list(csv.reader(io.StringIO(out)))
ok(rc == 1 and rows == [["student", "Q1", "total"], ["ann", "1", "1"],
                        ["bob", "0.5", "0.5"]],
   "a line without a student: no row in the gradebook (%r)" % (rows,))
rc, out, err = nab("--batch", tmp + "/nobody.tsv", "--questions",
                   tmp + "/key1.tsv", "--summary")
ok(out.startswith("question\tpoints\tright\tpartly\twrong\tunanswered\t"
                  "malformed\nQ1\t1\t1\t1\t0\t0\t0\n") and
   "of 2" in out and "of 3" not in out,
   "a line without a student: not a student more in the summary")
rc, out, err = nab("--batch", tmp + "/nobody.tsv", "--questions",
                   tmp + "/key1.tsv", "--json")
d = json.loads(out)
ok([a["status"] for a in d["answers"]] ==
   ["right", "malformed", "malformed", "partly"] and
   [s["student"] for s in d["students"]] == ["ann", "bob"],
   "a line without a student: its answer shown malformed, no student '?'")

# --- a .csv from a spreadsheet whose list separator is ';' (German) ------------
# key1: Q1 is grad (x^2 y) = (2xy, x^2), 1 point; "2xy; x^2" would be
# two cells at ';' if unquoted: a spreadsheet quotes it
with open(tmp + "/de.csv", "wb") as f:
    f.write("\ufeffstudent;question;answer\r\nJürgen;Q1;\"2xy, x^2\"\r\n"
            "Zoë;Q1;2x\r\n".encode("utf-8"))
rc, out, err = nab("--batch", tmp + "/de.csv", "--questions",
                   tmp + "/key1.tsv", "--csv")
rows = list(csv.reader(io.StringIO(out)))
ok(rows == [["student", "Q1", "total"], ["Jürgen", "1", "1"],
            ["Zoë", "0", "0"]],
   "a .csv with ';' between cells, a header, BOM, CR LF (%r)" % (rows,))

# --- the wide form a form exports: a row per student, a column per question ---
# by the key above: Q1 (2 points) grad (x^2y + y^3) = (2xy, x^2 + 3y^2),
# Q2 (1) the same at (1, 2) = (4, 13), Q4 (4) saddle (0, 0), minimum (1, 1);
# a Timestamp column is left out, an empty cell is not answered
with open(tmp + "/wide.csv", "w") as f:
    f.write("Timestamp,Student,Q1,Q2,Q3,Q4\r\n"
            "2026-12-01,ann,\"2xy, x^2 + 3y^2\",\"4, 13\",,\"0,0 saddle; 1,1 min\"\r\n"
            "2026-12-02,ben,\"2x, x^2 + 3y^2\",,,\"0,0; 1,1\"\r\n")
rc, out, err = nab("--batch", tmp + "/wide.csv", "--questions",
                   tmp + "/key.tsv", "--csv")
rows = list(csv.reader(io.StringIO(out)))
# ann 2 + 1 + 0 + 4 = 7; ben 1 (one component of 2) + 2 (points, no kinds)
ok(rows == [["student", "Q1", "Q2", "Q3", "Q4", "total"],
            ["ann", "2", "1", "0", "4", "7"], ["ben", "1", "0", "0", "2", "3"]],
   "a wide .csv (a column per question): the gradebook (%r)" % (rows,))
rc, out, err = nab("--batch", tmp + "/wide.csv", "--questions",
                   tmp + "/key.tsv", "--json")
ok([(a["line"], a["student"], a["question"]) for a in json.loads(out)["answers"]]
   == [(2, "ann", "Q1"), (2, "ann", "Q2"), (2, "ann", "Q4"), (3, "ben", "Q1"),
       (3, "ben", "Q4")], "a wide .csv: an answer for each cell, its row's line")

# --- one rule for a key's question and a lesson's exercise ---------------------
def same_rule(stem, lesson, keyline, rows, what):
    """Grade rows (answer, status, points) to question q of the lesson
    text and of the key line alike; the answers of each."""
    header = "id: %s\ntitle: %s\nsummary: One exercise.\n\n" % (stem, stem)
    with open("%s/%s.lesson" % (tmp, stem), "w") as f:
        f.write(header + lesson)
    with open("%s/%s.tsv" % (tmp, stem), "w") as f:
        f.write(keyline)
    with open("%s/%sa.tsv" % (tmp, stem), "w") as f:
        for i, (a, st, sc) in enumerate(rows):
            f.write("s%d\tq\t%s\n" % (i, a))
    res = []
    for key in (stem + ".tsv", stem + ".lesson"):
        rc, out, err = nab("--batch", "%s/%sa.tsv" % (tmp, stem),
                           "--questions", tmp + "/" + key, "--json")
        ans = json.loads(out)["answers"]
        got = [(a["status"], a["points"]) for a in ans]
        ok(got == [(st, sc) for a, st, sc in rows],
           "%s graded by the rule with --questions %s (%r)" % (what, key, got))
        res.append(ans)
    return res

# --- critical points: one rule for a key's question and a lesson's ------------
# f = x^3 - 3x + y^3 - 3y: grad = (3x^2 - 3, 3y^2 - 3) is 0 at (+-1, +-1);
# the Hessian diag(6x, 6y): (1, 1) minimum, (-1, -1) maximum, (1, -1)
# and (-1, 1) saddles.  Kinds asked: 4 points x 2 = 8 units; a point
# found earns 1, its kind 1 more, an extra point takes 1 away.
ALL4 = "(1, 1) minimum; (-1, -1) maximum; (1, -1) saddle; (-1, 1) saddle"
C4 = [(ALL4, "right", 1),
      ("(1, 1) minimum", "partly", 0.25),                 # 2 of 8
      ("(1, 1); (-1, -1); (1, -1); (-1, 1)", "partly", 0.5),  # no kinds: 4 of 8
      ("(1, 1) maximum; (-1, -1) minimum; (1, -1) saddle; (-1, 1) saddle",
       "partly", 0.75),                                   # 2 kinds wrong: 6 of 8
      (ALL4 + "; (0, 0) saddle", "partly", 0.88),         # 8 - 1 of 8
      ("(1, 1) minimum; (-1, -1) saddle", "partly", 0.38)]  # 3 of 8
res = same_rule("c4", "--- exercise: critical\nid: q\nfunction: x^3 - 3x + y^3 - 3y\n"
          "ask: kinds\nprompt: Find and classify the critical points.\n",
          "q\tcritical\tx^3 - 3x + y^3 - 3y\tkinds=required\t1\n", C4,
          "critical points")
# the last answer found 2 of the 4 points, (-1, -1) of the wrong kind
parts = res[1][5]["parts"]
ok([p["label"] for p in parts if p["mistake"] == "wrong-kind"] == ["(-1, -1)"]
   and any("you found 2 of 4" in p["feedback"] for p in parts),
   "a lesson's critical parts: the point of the wrong kind named and found "
   "(%r)" % ([(p["label"], p["feedback"]) for p in parts],))

# kinds not asked for but written after every point are judged (8 units
# as above); written after some points only, the points alone (4 units)
C4P = [("(1, 1) maximum; (-1, -1) minimum; (1, -1) saddle; (-1, 1) saddle",
        "partly", 0.75),                                  # 6 of 8
       ("(1, 1); (-1, -1); (1, -1); (-1, 1)", "right", 1),
       ("(1, 1) minimum", "partly", 0.25),                # 2 of 8
       ("(1, 1) minimum; (-1, -1) maximum; (1, -1) saddle; (-1, 1)",
        "right", 1),                                      # 4 of 4
       ("(1, 1); (-1, -1)", "partly", 0.5),               # 2 of 4
       ("none", "wrong", 0)]
same_rule("c4p", "--- exercise: critical\nid: q\nfunction: x^3 - 3x + y^3 - 3y\n"
          "ask: points\nprompt: Find the critical points.\n",
          "q\tcritical\tx^3 - 3x + y^3 - 3y\t-\t1\n", C4P,
          "critical points, kinds not asked")

# --- descent steps: one rule for a key's question and a lesson's ---------------
# f = 3x^2 + y^2, grad (6x, 2y), from (1, 2) with step 0.1: a1 = (1 - 0.6,
# 2 - 0.4) = (0.4, 1.6), a2 = (0.4 - 0.24, 1.6 - 0.32) = (0.16, 1.28);
# from a wrong a1 = (0.5, 1.6), a2 = (0.5 - 0.3, 1.28) = (0.2, 1.28) is
# right (error carried forward).  Two steps asked: a unit each; a step
# past them does not count.
D2 = [("(0.4, 1.6); (0.16, 1.28)", "right", 1),
      ("(0.4, 1.6)", "partly", 0.5),                       # a2 missing
      ("(0.4, 1.6); (0.16, 1.28); (0, 1)", "right", 1),    # a3 not asked
      ("(0.5, 1.6); (0.2, 1.28)", "partly", 0.5),          # a2 carried
      ("(0.5, 1.6)", "wrong", 0)]
res = same_rule("d2", "--- exercise: descent\nid: q\nfunction: 3x^2 + y^2\n"
                "from: 1, 2\nrate: 0.1\nsteps: 2\nprompt: Two steps.\n",
                "q\tstep\t3x^2 + y^2\tfrom=1,2 rate=0.1 steps=2\t1\n", D2,
                "descent steps")
ok(all(any(p.get("mistake") == "incomplete" for p in ans[1]["parts"])
       for ans in res), "a step not given: incomplete, in both")
ok([p["answer"] for p in res[1][3]["parts"]] == ["(0.5, 1.6)", "(0.2, 1.28)"],
   "a lesson's steps: each with its answer as read")

done()
EOF
