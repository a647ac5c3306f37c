#!/bin/sh
# t_progress_class.sh - nabla progress --name, --json and --merge DIR: a
# class of progress files written here with known attempts (by hand, and
# one student's at random from a printed seed), merged; the expected
# numbers worked out by hand or by the rules of the manual, computed
# here; JSON read with python3's json, CSV with its csv; a damaged file;
# a name with control characters and bytes that are not UTF-8; the
# class's files never written.  Prints TAP.

nabla=${NABLA:-${builddir:-.}/nabla}
if ! command -v python3 >/dev/null 2>&1; then
	echo "1..0 # SKIP no python3"
	exit 0
fi
case $nabla in
/*) ;;
*) nabla=$(pwd)/$nabla ;;
esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/t_progress_class.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM
HOME=$tmp/home
XDG_STATE_HOME=$tmp/state
LC_ALL=C.UTF-8
export HOME XDG_STATE_HOME LC_ALL
unset NABLA_LESSONS
mkdir -p "$HOME" "$tmp/les"

# Two lessons of our own: pc-one (exercises a, b), pc-two (exercise c).
for spec in "pc-one:Class one:a b" "pc-two:Class two:c"; do
	id=${spec%%:*}; rest=${spec#*:}; title=${rest%%:*}; exs=${rest#*:}
	{
		printf 'id: %s\ntitle: %s\nsummary: S.\n' "$id" "$title"
		for e in $exs; do
			printf '\n--- exercise: value\nid: %s\nprompt: P.\n' "$e"
			printf 'function: x + y\nask: f\nat: 1, 2\nanswer: 3\n'
		done
	} >"$tmp/les/$id.lesson"
done

NABLA=$nabla TMP=$tmp SEED=${NABLA_TEST_SEED:-20261206} python3 - <<'PYEOF'
import csv, io, json, os, random, subprocess, hashlib

nabla, tmp, seed = os.environ["NABLA"], os.environ["TMP"], int(os.environ["SEED"])
les = tmp + "/les"
n = 0
def ok(cond, what):
    global n
    n += 1
    print(("ok" if cond else "not ok") + " %d - %s" % (n, what), flush=True)
    return cond

def run(*args, env=None):
    e = dict(os.environ)
    if env:
        e.update(env)
    p = subprocess.run([nabla] + list(args), capture_output=True, env=e)
    return p.returncode, p.stdout, p.stderr

print("# seed %d (NABLA_TEST_SEED=%d replays this run)" % (seed, seed))
EXERCISES = {"pc-one": ["a", "b"], "pc-two": ["c"]}

def progress_file(name, lessons, attempts):
    """The text of a progress file: name (bytes, already escaped for the
    file, or None), lessons [(id, done)], attempts [(lesson, ex, verdict)]."""
    out = b"nabla progress 1\n"
    if name is not None:
        out += b"name " + name + b"\n"
    for lid, done in lessons:
        out += b"lesson %s 0 %d 1700000000\n" % (lid.encode(), done)
    for t, (lid, ex, v) in enumerate(attempts):
        out += b"attempt %d %s %s %s x\n" % (1700000000 + t, lid.encode(),
                                             ex.encode(), v.encode())
    return out

def expected(lessons, attempts):
    """Worked out by the rules of the manual: an exercise is right when
    some answer was right, right at the first try when the first graded
    answer (right, partly or wrong) was right before the solution was
    shown; a lesson is done when it was finished and every exercise is
    right; hints are counted."""
    started = done = answered = right = first = hints = 0
    for lid, fin in lessons:
        started += 1
        allright = True
        for ex in EXERCISES[lid]:
            vs = [v for (l, e, v) in attempts if l == lid and e == ex]
            hints += vs.count("hint")
            graded = [i for i, v in enumerate(vs) if v in ("right", "partly", "wrong")]
            sol = [i for i, v in enumerate(vs) if v == "solution"]
            isright = any(vs[i] == "right" for i in graded)
            answered += 1 if graded else 0
            right += 1 if isright else 0
            allright = allright and isright
            if graded and vs[graded[0]] == "right" and not (sol and sol[0] < graded[0]):
                first += 1
        done += 1 if (fin and allright) else 0
    return dict(lessons_started=started, lessons_done=done,
                exercises_answered=answered, exercises_right=right,
                first_try_right=first, hints=hints,
                first_try_rate=(first / answered if answered else None))

# The class: ada (by hand: a right at once, b wrong then a hint then
# right, two hints in pc-two: 2 answered, 2 right, 1 at the first try,
# 3 hints, pc-one done), bob in a folder of his own (the solution, then
# right: not a first try; pc-two done), eve with a hostile name (a wrong
# then right, pc-one not finished), a random student, a damaged file,
# files that are not progress files.
cls = tmp + "/class"
os.makedirs(cls + "/bob")
os.makedirs(cls + "/empty-folder")
hand = {
    "ada": (b"Ada Lovelace", [("pc-one", 1), ("pc-two", 0)],
            [("pc-one", "a", "right"), ("pc-one", "b", "wrong"),
             ("pc-one", "b", "hint"), ("pc-one", "b", "right"),
             ("pc-two", "c", "hint"), ("pc-two", "c", "hint")],
            dict(lessons_started=2, lessons_done=1, exercises_answered=2,
                 exercises_right=2, first_try_right=1, hints=3,
                 first_try_rate=0.5)),
    "bob": (None, [("pc-two", 1)],
            [("pc-two", "c", "solution"), ("pc-two", "c", "right")],
            dict(lessons_started=1, lessons_done=1, exercises_answered=1,
                 exercises_right=1, first_try_right=0, hints=0,
                 first_try_rate=0.0)),
    "eve": (b'Eve, \\x1b]0;pwn\\x07 "evil" \xff', [("pc-one", 0)],
            [("pc-one", "a", "wrong"), ("pc-one", "a", "right")],
            dict(lessons_started=1, lessons_done=0, exercises_answered=1,
                 exercises_right=1, first_try_right=0, hints=0,
                 first_try_rate=0.0)),
}
rng = random.Random(seed)
att = [(rng.choice(["pc-one", "pc-two"]), None, rng.choice(
    ["right", "wrong", "partly", "hint", "solution", "skip", "unreadable"]))
    for _ in range(rng.randint(0, 30))]
att = [(l, rng.choice(EXERCISES[l]), v) for (l, _, v) in att]
lessons = [(l, rng.randint(0, 1)) for l in sorted({l for (l, _, _) in att})]
hand["zed"] = (b"Zed", lessons, att, expected(lessons, att))
for who, (name, ls, at, want) in hand.items():
    if who != "zed":
        ok(expected(ls, at) == want, "%s: the rules give the numbers worked out by hand" % who)
    path = cls + ("/bob/progress" if who == "bob" else "/%s.progress" % who)
    open(path, "wb").write(progress_file(name, ls, at))
open(cls + "/carl.progress", "wb").write(b"this is not a progress file\n")
open(cls + "/notes.txt", "wb").write(b"not a student\n")

def snapshot():
    s = {}
    for d, _, fs in os.walk(cls):
        for f in fs:
            p = os.path.join(d, f)
            s[p] = (hashlib.sha256(open(p, "rb").read()).hexdigest(), os.stat(p).st_mtime_ns)
    return s
before = snapshot()

names = {"ada": "Ada Lovelace", "bob": "bob", "zed": "Zed",
         "eve": 'Eve, \x1b]0;pwn\x07 "evil" \ufffd'}
files = {"ada": "ada.progress", "bob": "bob/progress", "eve": "eve.progress",
         "zed": "zed.progress"}

rc, out, err = run("progress", "--merge", cls, "--lessons", les, "--json")
ok(rc == 1, "--merge --json: exit status 1 with a damaged file (%d)" % rc)
ok(err.count(b"carl.progress") == 1 and b"left out" in err,
   "the damaged file is named once on stderr")
try:
    j = json.loads(out.decode("utf-8"))
except Exception as e:
    j = None
ok(j is not None and j.get("format") == 1, "the JSON parses, format 1")
j = j or {}
studs = {s["file"]: s for s in j.get("students", [])}
ok(sorted(studs) == sorted(files.values()), "four students, by file: %s" % sorted(studs))
for who, f in files.items():
    s = studs.get(f, {})
    want = dict(hand[who][3])
    got = {k: s.get(k) for k in want}
    r, w = got.pop("first_try_rate"), want.pop("first_try_rate")
    ok(got == want and ((r is None and w is None) or (r is not None and w is not None and abs(r - w) < 1e-12)),
       "%s: %s (expected %s, rate %s)" % (who, got, want, w))
    ok(s.get("student") == names[who], "%s: the student is %r" % (who, s.get("student")))
ok(studs.get("bob/progress", {}).get("name", 0) is None, "bob has no name: null")
d = j.get("damaged", [])
ok(len(d) == 1 and d[0].get("file") == "carl.progress" and
   "damaged" in d[0].get("error", ""), "the damaged file is listed in the JSON")
tot = {k: sum(hand[w][3][k] for w in files) for k in ("lessons_done", "hints", "exercises_right")}
got = {k: sum(s.get(k, 0) for s in studs.values()) for k in tot}
ok(tot == got, "class totals %s" % tot)

rc, out, err = run("progress", "--merge", cls, "--lessons", les, "--csv")
ok(rc == 1, "--csv: exit status 1")
ok(out.count(b"\r\n") == 5 and out.count(b"\n") == 5, "CSV: CR LF line ends, a header and four rows")
rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"), newline="")))
byf = {r["file"]: r for r in rows}
good = len(rows) == 4
for who, f in files.items():
    r, s = byf.get(f, {}), studs.get(f, {})
    for k in ("lessons_started", "lessons_done", "exercises_answered",
              "exercises_right", "first_try_right", "hints"):
        good = good and int(r.get(k, -1)) == s.get(k)
    rate = s.get("first_try_rate")
    good = good and ((rate is None and r.get("first_try_rate") == "") or
                     (rate is not None and abs(float(r.get("first_try_rate", "nan")) - rate) < 1e-12))
ok(good, "CSV rows agree with the JSON")
ev = byf.get("eve.progress", {}).get("student", "")
ok(ev == 'Eve, \\x1b]0;pwn\\x07 "evil" \\xff',
   "CSV: the comma and quotes survive, controls and a bad byte made visible (%r)" % ev)

rc, out, err = run("progress", "--merge", cls, "--lessons", les)
ok(rc == 1, "table: exit status 1")
ok(b"\x1b" not in out and b"\x07" not in out and b"\xff" not in out,
   "table: no control character or bad byte reaches the terminal")
lines = out.decode("utf-8").splitlines()
ada = [l for l in lines if l.startswith("Ada Lovelace ")]
ok(len(ada) == 1 and ada[0].split()[2:4] == ["1", "of"] and
   ada[0].split()[-4:] == ["2", "2", "50%", "3"],
   "table: Ada, 1 lesson done, 50%% at the first try, 3 hints (%s)" % ada)
ok(any(l.startswith('Eve, \\x1b]0;pwn\\x07 "evil" \\xff ') for l in lines), "table: Eve's name escaped")
ok(snapshot() == before, "the class's files are read, never written")

rc, out, err = run("progress", "--merge", tmp + "/nowhere", "--json")
ok(rc == 2 and json.loads(out)["error"]["input"] == tmp + "/nowhere",
   "a directory that cannot be read: exit status 2, an error in JSON")
rc, out, err = run("progress", "--merge", cls + "/empty-folder")
ok(rc == 0 and b"no progress files" in err, "an empty directory: exit status 0, a note")
rc, out, err = run("progress", "--merge", cls, "--json", "--csv")
ok(rc == 2, "--json and --csv together: exit status 2")
rc, out, err = run("progress", "--csv")
ok(rc == 2, "--csv without --merge: exit status 2")

# One student: --name, then --json.
rc, out, err = run("progress", "--name", "Ada Lovelace")
ok(rc == 0 and b"Ada Lovelace" in out, "--name sets the name")
rc, out, err = run("progress", "--name", "Nobody", env={"HOME": "", "XDG_STATE_HOME": ""})
ok(rc == 2 and b"your name is now" not in out, "--name without a progress directory: exit status 2")
rc, out, err = run("progress", "--name", "Eve\x1b[2J")
ok(rc == 2, "--name refuses a control character")
store = os.environ["XDG_STATE_HOME"] + "/nabla/progress"
text = open(store, "rb").read()
ok(text.startswith(b"nabla progress 1\nname Ada Lovelace\n"), "the name is in the progress file")
text += b"".join(b"attempt 1700000001 %s\n" % a for a in [
    b"pc-one a wrong 4", b"pc-one a hint x", b"pc-one a right 3",
    b"pc-one b right 3", b"gone z right 1"])
text += b"lesson pc-one 1 1 1700000002\nlesson gone 3 0 1700000002\n"
open(store, "wb").write(text)
rc, out, err = run("progress", "--json", "--lessons", les)
j = json.loads(out.decode("utf-8"))
ok(rc == 0 and j["format"] == 1 and j["name"] == "Ada Lovelace", "--json: format 1 and the name")
by = {l["id"]: l for l in j["lessons"]}
one = by.get("pc-one", {})
exs = {e["id"]: e for e in one.get("exercises", [])}
ok(one.get("done") is True and one.get("title") == "Class one" and
   one.get("exercises_right") == 2 and one.get("first_try_right") == 1 and
   one.get("hints") == 1 and one.get("answers") == 3,
   "--json: pc-one done, 2 right, 1 at the first try, 1 hint, 3 answers")
ok(exs.get("a", {}).get("tries") == 2 and exs["a"]["first_try_right"] is False and
   exs["a"]["hints"] == 1 and exs.get("b", {}).get("first_try_right") is True and
   exs["a"]["key"].startswith("a@"), "--json: exercise a: 2 tries, 1 hint; b right at once")
ok(by.get("gone", {}).get("available") is False and by["gone"]["step"] == 4,
   "--json: a lesson no longer available, at step 4")
ok(j["totals"]["lessons_done"] == 1 and j["totals"]["lessons_started"] == 1,
   "--json totals: 1 lesson started (available), 1 done")
rc, out, err = run("progress", "--lessons", les)
ok(rc == 0 and out.decode().startswith("Progress of Ada Lovelace\n"), "the table names the student")
rc, out, err = run("progress", "--name", "")
rc2, out2, err2 = run("progress", "--json")
ok(rc == 0 and json.loads(out2)["name"] is None and b"\nname " not in open(store, "rb").read(),
   "--name '' removes the name")
print("1..%d" % n)
PYEOF
