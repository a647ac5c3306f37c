#!/bin/sh
# t_sheet_class.sh - a varied sheet run as a teacher runs it (issues 12
# and 13): a lesson of five questions with points (a gradient, two
# descent steps, critical points with their kinds, a step size, a
# choice), a roster of 30 with typos in the answers file, per-student
# sheets in text and LaTeX (compiled when pdflatex is installed), and
# the class graded in every output: text, TAP (read by prove when it is
# installed), JSON, CSV, Canvas, Gradescope, the summary.  Each
# student's numbers are read from the student's own sheet and the right
# answers worked out here by hand (the gradient of a x^2 y + b y^3 at
# (2, 3) is (12a, 4a + 27b); descent on c x^2 + y^2 from (1, 1) with
# rate 0.1 multiplies x by 1 - 0.2c and y by 0.8; x^3 - 3p x + y^2 has
# a saddle at (-sqrt p, 0) and a minimum at (sqrt p, 0); k x^2 + y^2
# converges for rates below 1/k), every mark from the manual's rule
# (points x right / units).  A name one typo from exactly one roster
# student who did not answer is that student; a typo as near two
# roster names, or near one who answered, stays a student of its own.
# Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
srcdir=${srcdir:-.}
export NABLA tmp srcdir
python3 - <<'PY'
import csv, io, json, math, os, re, shutil, subprocess
from tap import ok, skip, done

NABLA, tmp = os.environ["NABLA"], os.environ["tmp"]
LES = os.path.join(tmp, "week5.lesson")
with open(LES, "w") as f:
    f.write("""id: week5
title: Week 5 homework
summary: Five questions, every student their own numbers.

--- exercise: value
id: q1
points: 2
vary: a in 1..5, b in 1..5
prompt: Give the gradient of $f(x, y) = {a} x^2 y + {b} y^3$ at $(2, 3)$.
function: a x^2 y + b y^3
ask: gradient
at: 2, 3
hint: Differentiate with respect to each variable in turn.
solution: $grad f = ({2 a} x y, {a} x^2 + {3 b} y^2)$.

--- exercise: descent
id: q2
points: 2
vary: c in 1..4
prompt: Two steps of gradient descent on $f(x, y) = {c} x^2 + y^2$ from
  $(1, 1)$ with step size 0.1.
function: c x^2 + y^2
from: 1, 1
rate: 0.1
steps: 2
hint: $a_1 = a_0 - 0.1 grad f(a_0)$.
solution: Each step multiplies x by {1 - 0.2 c} and y by 0.8.

--- exercise: critical
id: q3
points: 4
vary: p in 1..4
prompt: Find the critical points of $f(x, y) = x^3 - {3 p} x + y^2$ and
  say the kind of each.
function: x^3 - 3 p x + y^2
ask: kinds
hint: Set each component of the gradient to 0.
solution: $x = ±sqrt({p})$, y = 0.

--- exercise: step-size
id: q4
points: 1
vary: k in 2..9
prompt: The largest step size for which gradient descent on
  $f(x, y) = {k} x^2 + y^2$ converges from every start.
function: k x^2 + y^2
ask: largest
hint: Descent on a x^2 converges when |1 - 2 a gamma| < 1.
solution: $gamma < {1 / k}$.

--- exercise: choice
id: q5
points: 1
prompt: At a strict local minimum, the Hessian is
option: negative definite
option: positive definite
option: indefinite
answer: b
hint: Think of f = x^2 + y^2 at the origin.
solution: Positive definite.
""")
POINTS = {"q1": 2, "q2": 2, "q3": 4, "q4": 1, "q5": 1}
QS = ["q1", "q2", "q3", "q4", "q5"]

ROSTER = ["Ada Lovelace", "Ben Okafor", "Cleo Schmidt", "Dan Wu",
          "Eva Nov\u00e1k", "Farid Haddad", "Gina Rossi", "Hugo Martin",
          "Ines Garc\u00eda", "Jonas M\u00fcller", "Kira Ivanova",
          "Leo Dubois", "Mia Jensen", "Noah Kim", "Olga Petrova",
          "Paul Weber", "Quinn Lee", "Rosa Silva", "Sami Aalto",
          "Tara Singh", "Uma Patel", "Viktor Horvat", "Wen Zhang",
          "Xavier Costa", "Yara Haddad", "Zoe Fischer", "Ali Demir",
          "Bea Kowalska", "Kim Park", "Kim Parr"]
with open(os.path.join(tmp, "roster.txt"), "w", encoding="utf-8") as f:
    f.write("# Week 5, group A\n" + "\n".join(ROSTER) + "\n")


def run(*args):
    p = subprocess.run([NABLA] + list(args), capture_output=True)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def numbers(name):
    """The numbers of name's sheet, read from the sheet itself (the
    function each exercise gives), and the letter of "positive
    definite"."""
    rc, out, err = run("sheet", LES, "--student", name, "--ascii")
    blocks = re.split(r"\nExercise \d \((q\d)\)[^\n]*\n", out.split(
        "(answer key)")[0])
    b = dict(zip(blocks[1::2], blocks[2::2]))
    fn = {q: [l for l in b[q].split("\n") if l.startswith("f(x, y) = ")][-1]
          for q in ("q1", "q2", "q3", "q4")}
    m1 = re.match(r"f\(x, y\) = (?:(\d+)\*)?x\^2\*y \+ (?:(\d+)\*)?y\^3$",
                  fn["q1"])
    m2 = re.match(r"f\(x, y\) = (?:(\d+)\*)?x\^2 \+ y\^2$", fn["q2"])
    m3 = re.match(r"f\(x, y\) = x\^3 \+ y\^2 - (\d+)\*x$", fn["q3"])
    m4 = re.match(r"f\(x, y\) = (\d+)\*x\^2 \+ y\^2$", fn["q4"])
    letter = re.search(r"  ([a-c])\) positive definite", b["q5"]).group(1)
    seed = int(re.search(r"Seed: (\d+)", out).group(1))
    return dict(a=int(m1.group(1) or 1), b=int(m1.group(2) or 1),
                c=int(m2.group(1) or 1), p=int(m3.group(1)) // 3,
                k=int(m4.group(1)), letter=letter, seed=seed)


def g(v):
    return "%g" % round(v, 10)


def right(n, q):
    """The right answer to q with the numbers n, worked by hand."""
    if q == "q1":
        return "%d, %d" % (12 * n["a"], 4 * n["a"] + 27 * n["b"])
    if q == "q2":
        x = 1 - 0.2 * n["c"]
        return "(%s, 0.8); (%s, 0.64)" % (g(x), g(x * x))
    if q == "q3":
        return "(-sqrt(%d), 0) saddle; (sqrt(%d), 0) min" % (n["p"], n["p"])
    if q == "q4":
        return "1/%d" % n["k"]
    return n["letter"]


N = {name: numbers(name) for name in ROSTER}
ok(all(1 <= N[s]["a"] <= 5 and 1 <= N[s]["c"] <= 4 and 1 <= N[s]["p"] <= 4
       and 2 <= N[s]["k"] <= 9 for s in ROSTER),
   "every student's numbers read from their sheet, within the vary: ranges")

# the class: (name as written, question, answer, the mark expected, the
# status).  Who is graded how, by hand:
#  - i % 5 == 1: only a1 of q2: 1 step of 2 asked, 1/2 of 2 points = 1
#  - i % 5 == 2: q3 without kinds: 2 points found of 2 x 2 units = 2
#  - i % 7 == 3: q1 with the second component 0: 1 of 2 = 1
#  - Dan Wu answers q4 wrong ("1"), then right: the last counts
#  - Hugo Martin resubmits q1 with Ada's answer: his last counts
#  - typos: "Eva Novak", "Farid Hadad", "ines garcia" are the roster's
#    Eva, Farid and Ines, who have no lines of their own (Farid's q3
#    written "farid  hadad": the same typo with other blanks and case)
#  - "Ben Okafo" answers q5 while Ben Okafor answered q1-q4: Ben Okafo
#    stays a student of his own, with his own numbers
#  - "Kim Par" is one letter from Kim Park and from Kim Parr: his own
#  - Kim Park and Kim Parr answer nothing
#  - DEC writes the critical points of q3 to 7 figures: right
TYPO = {"Eva Nov\u00e1k": "Eva Novak", "Farid Haddad": "Farid Hadad",
        "Ines Garc\u00eda": "Ines Garcia"}
# the first student answering all right whose p is 2 or 3 writes q3's
# points as decimals
DEC = [s for i, s in enumerate(ROSTER[:28]) if i % 5 not in (1, 2) and
       i % 7 != 3 and N[s]["p"] in (2, 3) and s not in TYPO][0]
lines = []      # (written, question, answer)
exp = {}        # (graded as, question) -> (mark, status)
for i, s in enumerate(ROSTER[:28]):
    n = N[s]
    for q in QS:
        if s == "Ben Okafor" and q == "q5":
            continue
        a, mark, st = right(n, q), POINTS[q], "right"
        if i % 5 == 1 and q == "q2":
            a, mark, st = a.split(";")[0], 1, "partly"
        elif i % 5 == 2 and q == "q3":
            a = a.replace(" saddle", "").replace(" min", "")
            mark, st = 2, "partly"
        elif i % 7 == 3 and q == "q1":
            a, mark, st = a.split(",")[0] + ", 0", 1, "partly"
        if s == DEC and q == "q3":
            # to 7 figures: right (the 4 points), the part's remark
            # "rounding" no mistake of the class
            r = math.sqrt(n["p"])
            a = "(%.6f, 0) saddle; (%.6f, 0) min" % (-r, r)
        if s == "Dan Wu" and q == "q4":
            lines.append((s, q, "1"))
        w = TYPO.get(s, s)
        if s == "Farid Haddad" and q == "q3":
            w = "farid  hadad"      # the same typo spelled otherwise
        lines.append((w, q, a))
        exp[(s, q)] = (mark, st)
    if s == "Hugo Martin":
        a = right(N["Ada Lovelace"], "q1")
        lines.append((s, "q1", a))
        exp[(s, "q1")] = (2, "right") if a == right(n, "q1") else (0, "wrong")
for extra in ("Ben Okafo", "Kim Par"):
    N[extra] = numbers(extra)
lines.append(("Ben Okafo", "q5", N["Ben Okafor"]["letter"]))
exp[("Ben Okafo", "q5")] = ((1, "right") if N["Ben Okafor"]["letter"] ==
                            N["Ben Okafo"]["letter"] else (0, "wrong"))
for q in reversed(QS):      # answered from the last question
    a = right(N["Kim Park"], q)
    lines.append(("Kim Par", q, a))
    exp[("Kim Par", q)] = ((POINTS[q], "right") if a == right(N["Kim Par"], q)
                           else (0, "wrong"))
with open(os.path.join(tmp, "answers.tsv"), "w", encoding="utf-8") as f:
    f.write("student\tquestion\tanswer\n")
    for w, q, a in lines:
        f.write("%s\t%s\t%s\n" % (w, q, a))
STUDENTS = ROSTER[:28] + ["Ben Okafo", "Kim Par"]
total = {s: sum(exp.get((s, q), (0, ""))[0] for q in QS) for s in STUDENTS}
total["Kim Park"] = total["Kim Parr"] = 0


def grade(*extra):
    return run("check", "--batch", os.path.join(tmp, "answers.tsv"),
               "--questions", LES, "--students",
               os.path.join(tmp, "roster.txt"), *extra)


# --- the text output ---------------------------------------------------
rc, out, err = grade()
# (then the names not in the roster: check_batch_strangers)
verdicts, table = out.split("\n\n")[:2]
rows = {l.split("\t")[0]: l.split("\t") for l in table.strip().split("\n")[1:]}
ok(rc == 1 and err == "", "graded: exit 1 (not all right), nothing on stderr")
ok(sorted(rows) == sorted(STUDENTS + ["Kim Park", "Kim Parr"]),
   "the table: the 30 of the roster and the two strangers, no typo a row "
   "of its own")
bad = [s for s in rows if float(rows[s][7]) != total[s]
       or float(rows[s][8]) != 10]
ok(bad == [], "the table: every total as worked by hand, of 10 (%s)" % bad)
ev = [l.split("\t") for l in verdicts.split("\n")
      if l.split("\t")[1] == "Eva Nov\u00e1k"]
ok(len(ev) == 5 and all(v[4] == "right" and 'written "Eva Novak", not a '
                        "roster name: graded as Eva Nov\u00e1k, the roster's "
                        "nearest name (no answers under it)" in v[6]
                        for v in ev),
   "Eva Novak is the roster's Eva Nov\u00e1k: right with her numbers, said")
kp = [l.split("\t") for l in verdicts.split("\n")
      if l.split("\t")[1] == "Kim Par"]
ok(len(kp) == 5 and all("Kim Par is not in the roster" in v[-1] for v in kp),
   "Kim Par, as near Kim Park as Kim Parr: a student of his own, named")
bo = [l.split("\t") for l in verdicts.split("\n")
      if l.split("\t")[1] == "Ben Okafo"]
ok(len(bo) == 1 and "(did you mean Ben Okafor?)" in bo[0][-1],
   "Ben Okafo, near Ben Okafor who answered: his own, with did you mean")

# --- JSON --------------------------------------------------------------
rc, out, err = grade("--json")
d = json.loads(out)
got = {}
for a in d["answers"]:
    if a["counts"]:
        got[(a["student"], a["question"])] = (a["points"], a["status"])
ok(got == exp, "--json: every answer that counts: the mark and status "
   "worked by hand (%d answers)" % len(exp))
tw = {(a.get("student_as_written"), a["student"]) for a in d["answers"]
      if "student_as_written" in a}
ok(tw == {("Eva Novak", "Eva Nov\u00e1k"), ("Farid Hadad", "Farid Haddad"),
          ("farid  hadad", "Farid Haddad"),
          ("Ines Garcia", "Ines Garc\u00eda")},
   "--json: student_as_written only for the typos, student the roster's")
ok(all(list(x["scores"]) == [q for q in QS if q in x["scores"]]
       for x in d["students"]) and list(
           [x for x in d["students"] if x["student"] == "Kim Par"][0]
           ["scores"]) == QS,
   "--json: scores in the questions' order (Kim Par answered q5 first)")
js = {s["student"]: s["points"] for s in d["students"]}
ok(js == total and d["max_points"] == 10, "--json: the students' totals")
sup = [a for a in d["answers"] if not a["counts"]]
ok(sorted((a["student"], a["question"]) for a in sup) ==
   [("Dan Wu", "q4"), ("Hugo Martin", "q1")],
   "--json: the two resubmitted answers are superseded")
seeds = {a["student"]: a["seed"] for a in d["answers"]}
ok(all(seeds[s] == N[s]["seed"] for s in STUDENTS),
   "--json: each student graded with the seed printed on their sheet")

# --- CSV, Canvas, Gradescope -------------------------------------------
rc, out, err = grade("--csv")
c = list(csv.DictReader(io.StringIO(out, newline="")))
good = len(c) == 32
for r in c:
    s = r["student"]
    good = good and all(float(r[q]) == exp.get((s, q), (0, ""))[0]
                        for q in QS) and float(r["total"]) == total[s]
ok(good, "--csv: every mark and total, read with the csv module")
rc, out, err = grade("--canvas")
cv = list(csv.reader(io.StringIO(out, newline="")))
ok(cv[0][5:] == QS and [float(x) for x in cv[1][5:]] == [2, 2, 4, 1, 1] and
   all([float(x) for x in r[5:]] ==
       [exp.get((r[0], q), (0, ""))[0] for q in QS] and r[3] == r[0]
       for r in cv[2:]) and len(cv) == 34,
   "--canvas: Points Possible and every mark, the login the roster's name")
rc, out, err = grade("--gradescope")
gs = json.loads(out)
ok({x["student"]: x["score"] for x in gs} == total and
   all(x["max_score"] == 10 for x in gs),
   "--gradescope: every student's score")

# --- TAP, read by prove --------------------------------------------------
rc, out, err = grade("--tap")
tl = [l for l in out.split("\n") if re.match(r"(not )?ok \d+ ", l)]
ok(len(tl) == len(lines) and
   sum(l.startswith("not ok") for l in tl) ==
   sum(1 for (s, q), (m, st) in exp.items() if st != "right") + 1 and
   out.rstrip().endswith("1..%d" % len(lines)),
   "--tap: a result a line, not ok for each answer not right (and Dan's "
   "superseded 1; Hugo's superseded q1 was right)")
if shutil.which("prove"):
    with open(os.path.join(tmp, "class.tap"), "w", encoding="utf-8") as f:
        f.write(out)
    p = subprocess.run(["prove", "-e", "cat", os.path.join(tmp, "class.tap")],
                       capture_output=True)
    ok(p.returncode != 0 and b"Failed" in p.stdout + p.stderr,
       "prove reads the TAP and counts the failures")
else:
    skip("prove is not installed")

# --- the summary -----------------------------------------------------------
rc, out, err = grade("--summary")
head = out.split("\n")[:6]
good = head[0].split("\t")[:7] == ["question", "points", "right", "partly",
                                   "wrong", "unanswered", "malformed"]
for q, l in zip(QS, head[1:]):
    f = l.split("\t")
    cnt = {st: sum(1 for s in STUDENTS + ["Kim Park", "Kim Parr"]
                   if exp.get((s, q), (0, "unanswered"))[1] == st)
           for st in ("right", "partly", "wrong", "unanswered")}
    good = good and f[0] == q and [int(x) for x in f[2:7]] == [
        cnt["right"], cnt["partly"], cnt["wrong"], cnt["unanswered"], 0]
ok(good, "--summary: right, partly, wrong, unanswered per question")
# the class's points: the 32 totals worked by hand above
tt = sorted(total.values())
med = (tt[15] + tt[16]) / 2
pl = [l for l in out.split("\n") if l.startswith("points: ")]
ok(pl == ["points: mean %g of 10, median %g, lowest %g, highest %g "
          "(32 students)" % (round(sum(tt) / 32, 2), med, tt[0], tt[-1])],
   "--summary: the class's mean, median, lowest, highest (%s)" % pl)
ok("rounding" not in out, "--summary: %s's q3 to 7 figures, right, is "
   "no rounding mistake" % DEC)
ok(re.search(r"^q2: incomplete 6 of 32", out, re.M) is not None and
   re.search(r"^q3: incomplete 6 of 32", out, re.M) is not None,
   "--summary: q2 and q3 incomplete 6 of the 32 (i % 5 == 1, 2 of 28)")

# --- in German: the notes of the text output translated ------------------
loc = os.path.join(tmp, "locale", "de", "LC_MESSAGES")
os.makedirs(loc)
mf = subprocess.run(["msgfmt", "-o", os.path.join(loc, "nabla.mo"),
                     os.path.join(os.environ.get("srcdir", "."), "po",
                                  "de.po")],
                    capture_output=True) if shutil.which("msgfmt") else None
env = dict(os.environ, LANGUAGE="de", LC_ALL="C.UTF-8",
           NABLA_LOCALEDIR=os.path.join(tmp, "locale"))
p = subprocess.run([NABLA, "check", "--batch",
                    os.path.join(tmp, "answers.tsv"), "--questions", LES,
                    "--students", os.path.join(tmp, "roster.txt")],
                   capture_output=True, env=env)
de = p.stdout.decode("utf-8", "replace")
if mf is None or mf.returncode != 0 or "richtig" not in de:
    skip("no German catalogue or locale (msgfmt, C.UTF-8, NLS)")
else:
    dl = de.split("\n")
    ev = [l for l in dl if "\tEva Nov\u00e1k\tq1\t" in l]
    kp = [l for l in dl if "\tKim Par\tq1\t" in l]
    hu = [l for l in dl if "\tHugo Martin\tq1\t" in l][-1]
    ok(ev and ev[0].endswith('geschrieben "Eva Novak", kein Name der '
                             "Namensliste: bewertet als Eva Nov\u00e1k, der "
                             "n\u00e4chste Name der Namensliste (ohne eigene "
                             "Antworten)") and
       "Kim Par steht nicht in der Namensliste" in kp[0] and
       (exp[("Hugo Martin", "q1")][1] == "right" or
        "das sind die Antworten der Variante von Ada Lovelace (Seed %d)" %
        N["Ada Lovelace"]["seed"] in hu or
        re.search(r"das sind die Antworten einer anderen Variante: \d+ "
                  r"andere Varianten haben sie \(Seeds [\d, ]*\b%d\b" %
                  N["Ada Lovelace"]["seed"], hu) is not None) and
       "roster" not in de,
       "German: the roster's and the variants' notes in German (%s)" %
       ev[0].split("\t")[-1] if ev else "?")

# --- sheets: text and LaTeX ------------------------------------------------
sd = os.path.join(tmp, "sheets")
rc, out, err = run("sheet", LES, "--students", os.path.join(tmp, "roster.txt"),
                   "--out", sd)
with open(os.path.join(sd, "Eva_Nov\u00e1k.txt"), encoding="utf-8") as f:
    ev = f.read()
ok(rc == 0 and "30 students" in out and len(os.listdir(sd)) == 60 and
   "Student: Eva Nov\u00e1k\n" in ev and "Points: 10\n" in ev and
   "Seed: %d\n" % N["Eva Nov\u00e1k"]["seed"] in ev,
   "sheet --students: 30 sheets and keys; Eva's with her name, points, seed")
td = os.path.join(tmp, "tex")
rc, out, err = run("sheet", LES, "--students", os.path.join(tmp, "roster.txt"),
                   "--out", td, "--latex")
heads = {}
for fn in os.listdir(td):
    if fn in ("class.tex", "class-key.tex"):
        continue	# the whole class (t_sheet_latex_class.sh)
    with open(os.path.join(td, fn), "rb") as f:
        t = f.read()
    heads[fn] = t
ok(rc == 0 and len(heads) == 60 and all(max(t) < 128 for t in heads.values()),
   "--latex: 60 files, all ASCII")
ok(b"Student: Eva Nov\\'{a}k\\\\\n" in heads["Eva_Nov\u00e1k.tex"] and
   b"Student: Jonas M\\\"{u}ller\\\\\n" in heads["Jonas_M\u00fcller.tex"] and
   b"Student: Ines Garc\\'{i}a\\\\\n" in heads["Ines_Garc\u00eda-key.tex"],
   "--latex: the name keeps its accents as LaTeX writes them (Nov\\'{a}k), "
   "not Novak, whose numbers are another student's")
# names whose letters LaTeX writes otherwise: NFD (u + U+0308), a
# letter with no accent to split off (\L, \ss), and LaTeX's own
# special characters
with open(os.path.join(tmp, "r6.txt"), "wb") as f:
    f.write(b"Anna Mu\xcc\x88ller\n\xc5\x81ukasz Stra\xc3\x9f" b"e\n"
            b"A_b #1\n")
rc, out, err = run("sheet", LES, "--students", os.path.join(tmp, "r6.txt"),
                   "--out", os.path.join(tmp, "t6"), "--latex")
hs = sorted(l for fn in os.listdir(os.path.join(tmp, "t6"))
            if not fn.endswith("-key.tex") and fn != "class.tex"
            for l in open(os.path.join(tmp, "t6", fn), encoding="ascii")
            if l.startswith("Student: "))
ok(rc == 0 and hs == ["Student: A\\_b \\#1\\\\\n",
                      "Student: Anna M\\\"{u}ller\\\\\n",
                      "Student: \\L{}ukasz Stra\\ss{}e\\\\\n"],
   "--latex: an NFD u-umlaut, \\L, \\ss and LaTeX's specials in names (%s)"
   % hs)
if shutil.which("pdflatex"):
    good = True
    for fn in ("Eva_Nov\u00e1k.tex", "Jonas_M\u00fcller-key.tex"):
        p = subprocess.run(["pdflatex", "-interaction=nonstopmode",
                            "-no-shell-escape", fn], cwd=td,
                           capture_output=True)
        good = good and p.returncode == 0
    ok(good, "pdflatex compiles the sheets")
else:
    skip("pdflatex is not installed")

done()
PY
