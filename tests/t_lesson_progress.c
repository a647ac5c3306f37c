/* t_lesson_progress.c - the progress store: round trips, damaged files,
 * kill -9 in the middle of saving, a fault at each step of a save, two
 * tutors saving into one store, a planted link, where the store lives,
 * the fingerprints of exercises, and whether the tutor's place is kept.
 * Works in a fresh directory under $TMPDIR. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/xalloc.h"
#include "lesson/lesson.h"
#include "lesson/progress.h"
#include "lesson/tutor.h"
#include "lesson/variant.h"
#include "tap.h"

/* Remove a directory with its files (one level). */
static void
rmtree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char *p;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		p = xasprintf("%s/%s", dir, de->d_name);
		unlink(p);
		free(p);
	}
	closedir(d);
	rmdir(dir);
}

/* How many files in dir start with prefix. */
static int
count_files(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	if (d == NULL)
		return 0;
	while ((de = readdir(d)) != NULL)
		if (strncmp(de->d_name, prefix, strlen(prefix)) == 0)
			n++;
	closedir(d);
	return n;
}

/* Write text to path. */
static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (f != NULL) {
		fputs(text, f);
		fclose(f);
	}
}

static void
test_escape(void)
{
	const char *s = "a\\b\nc\td\x01 é ∇f";
	char *e = progress_escape(s), *u;

	ok(strchr(e, '\n') == NULL && strchr(e, '\t') == NULL &&
	    strchr(e, '\x01') == NULL, "escaped text has no control "
	    "characters");
	u = progress_unescape(e);
	is_str(u, s, "escape and unescape round trip");
	free(e);
	free(u);
}

static void
test_roundtrip(const char *base)
{
	char *dir = xasprintf("%s/rt/deep/nabla", base), *w = NULL, *err =
	    NULL;
	progress *p;
	progress_stats st;

	p = progress_open(dir, &w);
	ok(w == NULL && p->nattempts == 0 && p->nlessons == 0,
	    "a missing store opens empty, without a warning");
	progress_set_position(p, "gradient", 3, 0, 1700000000);
	progress_set_position(p, "partial-derivatives", 0, 1, 1700000001);
	progress_add_attempt(p, "gradient", "lecture", "wrong", "6xy, 3x^2",
	    1700000002);
	progress_add_attempt(p, "gradient", "lecture", "hint", "", 1700000003);
	progress_add_attempt(p, "gradient", "lecture", "right",
	    "6xy - 1, 3x^2 + z, y\nwith a newline", 1700000004);
	ok(progress_save(p, &err) == 0, "save creates the directories");
	progress_free(p);

	p = progress_open(dir, &w);
	ok(w == NULL, "reopened without a warning");
	ok(p->nlessons == 2 && p->nattempts == 3, "two lessons, three "
	    "attempts back");
	ok(progress_lesson_get(p, "gradient", 0) != NULL &&
	    progress_lesson_get(p, "gradient", 0)->step == 3 &&
	    !progress_lesson_get(p, "gradient", 0)->done,
	    "position of gradient");
	ok(progress_lesson_get(p, "partial-derivatives", 0) != NULL &&
	    progress_lesson_get(p, "partial-derivatives", 0)->done,
	    "partial-derivatives is done");
	is_str(p->attempts[2].answer, "6xy - 1, 3x^2 + z, y\nwith a newline",
	    "an answer with a newline survives");
	ok(p->attempts[0].time == 1700000002, "attempt time");
	progress_exercise_stats(p, "gradient", "lecture", &st);
	ok(st.tries == 2 && st.right && !st.first_try && st.hints == 1,
	    "stats: two tries, one hint, right at last");
	ok(progress_reset(p, "gradient") == 4 &&
	    progress_lesson_get(p, "gradient", 0) == NULL &&
	    p->nattempts == 0, "reset forgets a lesson and its attempts");
	ok(progress_reset(p, "nothing") == 0, "reset of an unknown lesson");
	progress_free(p);
	free(dir);
}

/* A damaged file is set aside with a warning, never dropped silently. */
static void
test_damaged(const char *base, const char *name, const char *content)
{
	char *dir = xasprintf("%s/dmg-%s", base, name), *path, *w = NULL,
	    *err = NULL;
	progress *p;

	mkdir(dir, 0700);
	path = xasprintf("%s/progress", dir);
	write_file(path, content);
	p = progress_open(dir, &w);
	ok(w != NULL && strstr(w, "damaged") != NULL && strstr(w,
	    "progress.damaged-") != NULL, "%s: a warning names the copy", name);
	if (w != NULL)
		diag("%s", w);
	ok(count_files(dir, "progress.damaged-") == 1, "%s: the damaged file "
	    "is kept aside", name);
	ok(p->nattempts == 0 && p->nlessons == 0, "%s: a fresh start", name);
	progress_add_attempt(p, "l", "e", "right", "1", 1);
	ok(progress_save(p, &err) == 0, "%s: saving works again", name);
	progress_free(p);
	free(w);
	p = progress_open(dir, &w);
	ok(w == NULL && p->nattempts == 1, "%s: the new file reads back",
	    name);
	progress_free(p);
	free(path);
	free(dir);
}

/* The child of the kill test: save attempt after attempt, and report
 * each finished save through the pipe. */
static void
saver(const char *dir, int fd)
{
	progress *p;
	char *w = NULL, *err = NULL, answer[64];
	int i;

	p = progress_open(dir, &w);
	for (i = p->nattempts;; i++) {
		snprintf(answer, sizeof answer, "answer %d", i);
		progress_add_attempt(p, "lesson", "ex", "wrong", answer, i);
		progress_set_position(p, "lesson", i % 7, 0, i);
		if (progress_save(p, &err) != 0)
			_exit(3);
		if (write(fd, &i, sizeof i) != (ssize_t)sizeof i)
			_exit(4);
	}
}

/* kill -9 in the middle of saves: everything reported saved is there,
 * the file is never damaged, and leftover temporary files of the dead
 * writers are cleaned up.  No clock: each round kills the writer right
 * after it reported a number of saves drawn from the seeded generator,
 * so the kill lands somewhere in the save after that one. */
static void
test_kill(const char *base)
{
	char *dir = xasprintf("%s/kill", base), *w;
	int round, fds[2], last, got, i, k, good_all = 1, intact = 1,
	    order = 1, saves = 0;
	pid_t pid;
	progress *p;
	char want[64];
	unsigned long long rng = tap_seed(0x9e3779b97f4a7c15ULL);

	last = -1;
	for (round = 0; round < 12; round++) {
		if (pipe(fds) != 0)
			break;
		pid = fork();
		if (pid == 0) {
			close(fds[0]);
			saver(dir, fds[1]);
		}
		close(fds[1]);
		/* Let it finish 1 to 8 saves, then kill it hard. */
		rng ^= rng << 13;
		rng ^= rng >> 7;
		rng ^= rng << 17;
		k = 1 + (int)(rng % 8);
		for (i = 0; i < k && read(fds[0], &got, sizeof got) ==
		    (ssize_t)sizeof got; i++) {
			last = got;
			saves++;
		}
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		while (read(fds[0], &got, sizeof got) == (ssize_t)sizeof got) {
			last = got;
			saves++;
		}
		close(fds[0]);
		w = NULL;
		p = progress_open(dir, &w);
		if (w != NULL) {
			diag("round %d: %s", round, w);
			intact = 0;
			free(w);
		}
		if (p->nattempts < last + 1) {
			diag("round %d: %d attempts saved, %d reported", round,
			    p->nattempts, last + 1);
			good_all = 0;
		}
		for (i = 0; i < p->nattempts && i <= last; i++) {
			snprintf(want, sizeof want, "answer %d", i);
			if (strcmp(p->attempts[i].answer, want) != 0)
				order = 0;
		}
		progress_free(p);
	}
	ok(saves >= 12, "the writers saved %d times before the kills", saves);
	ok(intact, "after 12 kill -9s the file was never damaged");
	ok(good_all, "every save reported finished was on disk");
	ok(order, "the attempts are all there, in order");
	ok(count_files(dir, "progress.tmp-") == 0, "temporary files of "
	    "killed writers are cleaned up");
	free(dir);
}

/* The whole text of a file (caller frees), or NULL. */
static char *
read_text(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf;
	size_t n;

	if (f == NULL)
		return NULL;
	buf = xmalloc(65536);
	n = fread(buf, 1, 65535, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* The store the fault test starts from, and the same store after the
 * change it saves (lesson new at step 1, one attempt), written by hand
 * from the format in progress.h: lessons first, then attempts. */
static const char fault_old[] = "nabla progress 1\n"
    "lesson old 2 0 100\n"
    "attempt 100 old e1 right 1, 2\n"
    "attempt 101 old e2 wrong 3\n";
static const char fault_new[] = "nabla progress 1\n"
    "lesson old 2 0 100\n"
    "lesson new 1 0 200\n"
    "attempt 100 old e1 right 1, 2\n"
    "attempt 101 old e2 wrong 3\n"
    "attempt 200 new e3 right 4, 5\n";

/* Open the store in dir (holding fault_old) and make the change. */
static progress *
fault_change(const char *dir)
{
	char *w = NULL;
	progress *p = progress_open(dir, &w);

	free(w);
	progress_add_attempt(p, "new", "e3", "right", "4, 5", 200);
	progress_set_position(p, "new", 1, 0, 200);
	return p;
}

/* Deterministic crash points: NABLA_FAULT makes the N-th step of
 * progress_save that can fail fail (or end the process there), for
 * every N.  Whatever the step, the store reads back whole, as it was
 * or as it was to be, and a failure reported is a store unchanged. */
static void
test_faults(const char *base)
{
	char *dir = xasprintf("%s/fault", base), *path, *text, *w, *err;
	char spec[64];
	int n, r, status, consistent = 1, failed_upto = 0, crashed = 0,
	    clean = 1, retried = 1, later_ok = 1;
	progress *p;
	pid_t pid;

	mkdir(dir, 0700);
	path = xasprintf("%s/progress", dir);
	/* A failure: progress_save returns -1 and nothing changed. */
	for (n = 1; n <= 14; n++) {
		write_file(path, fault_old);
		p = fault_change(dir);
		snprintf(spec, sizeof spec, "progress_save:%d", n);
		setenv("NABLA_FAULT", spec, 1);
		err = NULL;
		r = progress_save(p, &err);
		unsetenv("NABLA_FAULT");
		text = read_text(path);
		if (text == NULL || strcmp(text, r == 0 ? fault_new :
		    fault_old) != 0) {
			diag("fault at step %d: save returned %d, the file "
			    "is:\n%s", n, r, text ? text : "(none)");
			consistent = 0;
		}
		if (r != 0 && n == failed_upto + 1)
			failed_upto = n;
		if (r == 0 && n <= 9)
			later_ok = 0;
		if (count_files(dir, "progress.tmp-") != 0)
			clean = 0;
		free(text);
		free(err);
		/* The change is still in memory: the next save keeps it. */
		err = NULL;
		if (r != 0 && (progress_save(p, &err) != 0 ||
		    (text = read_text(path)) == NULL)) {
			retried = 0;
		} else if (r != 0) {
			if (strcmp(text, fault_new) != 0)
				retried = 0;
			free(text);
		}
		free(err);
		progress_free(p);
	}
	ok(consistent, "a fault at any step of a save: the store is the old "
	    "one when the save failed, the new one when it succeeded");
	ok(failed_upto == 9 && later_ok, "a fault in each of the 9 steps up "
	    "to the rename fails the save (first %d)", failed_upto);
	ok(clean, "a failed save leaves no temporary file");
	ok(retried, "after a failed save the change is kept in memory and "
	    "the next save writes it");
	/* A crash: the process ends at step N, as if killed there. */
	consistent = 1;
	for (n = 1; n <= 13; n++) {
		write_file(path, fault_old);
		pid = fork();
		if (pid == 0) {
			snprintf(spec, sizeof spec, "progress_save:%d:crash",
			    n);
			setenv("NABLA_FAULT", spec, 1);
			p = fault_change(dir);
			err = NULL;
			_exit(progress_save(p, &err) == 0 ? 0 : 1);
		}
		if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
			continue;
		if (WEXITSTATUS(status) == 70)
			crashed++;
		w = NULL;
		p = progress_open(dir, &w);
		text = read_text(path);
		if (w != NULL || text == NULL || (strcmp(text, fault_old) !=
		    0 && strcmp(text, fault_new) != 0)) {
			diag("crash at step %d: %s; the file is:\n%s", n,
			    w ? w : "no warning", text ? text : "(none)");
			consistent = 0;
		}
		if (count_files(dir, "progress.tmp-") != 0)
			clean = 0;
		free(text);
		free(w);
		progress_free(p);
	}
	ok(crashed == 11, "the save has 11 steps that can fail, each reached "
	    "(%d crashed)", crashed);
	ok(consistent, "a crash at any step: the store reads back whole, old "
	    "or new, without a warning");
	ok(clean, "the next start removes what a crashed save left");
	free(path);
	free(dir);
}

/* Two stores open on one directory, as two tutors of one student: each
 * save merges with what the other saved. */
static void
test_two_tutors(const char *base)
{
	char *dir = xasprintf("%s/two", base), *path, *w = NULL, *err = NULL;
	progress *p1, *p2, *q;
	progress_lesson *a, *b;
	int i, na = 0, nb = 0;

	mkdir(dir, 0700);
	path = xasprintf("%s/progress", dir);
	write_file(path, "nabla progress 1\nlesson a 1 0 100\n"
	    "attempt 100 a e1 wrong 1\n");
	p1 = progress_open(dir, &w);
	p2 = progress_open(dir, &w);
	progress_add_attempt(p1, "a", "e1", "right", "2", 200);
	progress_set_position(p1, "a", 2, 0, 200);
	ok(progress_save(p1, &err) == 0, "two tutors: the first saves");
	progress_add_attempt(p2, "b", "e9", "right", "7", 201);
	progress_set_position(p2, "b", 3, 0, 201);
	ok(progress_save(p2, &err) == 0, "two tutors: the second saves");
	q = progress_open(dir, &w);
	a = progress_lesson_get(q, "a", 0);
	b = progress_lesson_get(q, "b", 0);
	for (i = 0; i < q->nattempts; i++) {
		na += strcmp(q->attempts[i].lesson, "a") == 0;
		nb += strcmp(q->attempts[i].lesson, "b") == 0;
	}
	ok(na == 2 && nb == 1, "two tutors: both attempts of a and the one "
	    "of b are kept (%d, %d)", na, nb);
	ok(a != NULL && a->step == 2 && b != NULL && b->step == 3,
	    "two tutors: both places are kept (a at 2, b at 3)");
	ok(p2->nattempts == 3, "the second tutor now knows the first one's "
	    "attempts too");
	progress_free(q);
	/* A lesson forgotten by one stays forgotten when the other, which
	 * knew it, saves again. */
	ok(progress_reset(p2, "a") == 3, "two tutors: the second forgets a");
	ok(progress_save(p2, &err) == 0, "... and saves");
	progress_add_attempt(p1, "b", "e9", "wrong", "8", 300);
	ok(progress_save(p1, &err) == 0, "the first saves again");
	q = progress_open(dir, &w);
	na = nb = 0;
	for (i = 0; i < q->nattempts; i++) {
		na += strcmp(q->attempts[i].lesson, "a") == 0;
		nb += strcmp(q->attempts[i].lesson, "b") == 0;
	}
	ok(na == 0 && nb == 2 && progress_lesson_get(q, "a", 0) == NULL,
	    "a forgotten lesson does not come back (a: %d attempts, b: %d)",
	    na, nb);
	progress_free(q);
	progress_free(p1);
	progress_free(p2);
	free(path);
	free(dir);
}

/* A link planted where the temporary file goes is not followed. */
static void
test_planted_link(const char *base)
{
	char *dir = xasprintf("%s/link", base), *victim, *tmp, *text, *w =
	    NULL, *err = NULL;
	progress *p;
	struct stat st;

	mkdir(dir, 0700);
	victim = xasprintf("%s/victim", base);
	write_file(victim, "precious\n");
	tmp = xasprintf("%s/progress.tmp-%ld", dir, (long)getpid());
	if (!ok(symlink(victim, tmp) == 0, "a link planted as %s", tmp))
		return;
	p = progress_open(dir, &w);
	progress_add_attempt(p, "l", "e", "right", "1", 1);
	ok(progress_save(p, &err) == 0, "the save goes through");
	text = read_text(victim);
	is_str(text, "precious\n", "the link's target is untouched");
	ok(lstat(tmp, &st) != 0, "and the link is gone");
	free(text);
	progress_free(p);
	p = progress_open(dir, &w);
	ok(w == NULL && p->nattempts == 1, "the store reads back");
	progress_free(p);
	unlink(victim);
	free(victim);
	free(tmp);
	free(dir);
}

/* The state directory lies only below a HOME that exists. */
static void
test_default_dir(const char *base)
{
	char *oh = getenv("HOME") ? xstrdup(getenv("HOME")) : NULL;
	char *ox = getenv("XDG_STATE_HOME") ? xstrdup(getenv("XDG_STATE_HOME"))
	    : NULL;
	char *nohome = xasprintf("%s/no-such-home", base), *d, *want;

	unsetenv("XDG_STATE_HOME");
	setenv("HOME", nohome, 1);
	d = progress_default_dir();
	ok(d == NULL, "no state directory below a HOME that does not exist");
	free(d);
	setenv("HOME", "", 1);
	d = progress_default_dir();
	ok(d == NULL, "nor with an empty HOME");
	free(d);
	setenv("HOME", base, 1);
	d = progress_default_dir();
	want = xasprintf("%s/.local/state/nabla", base);
	is_str(d, want, "below an existing HOME: HOME/.local/state/nabla");
	free(d);
	free(want);
	setenv("XDG_STATE_HOME", nohome, 1);
	d = progress_default_dir();
	want = xasprintf("%s/nabla", nohome);
	is_str(d, want, "XDG_STATE_HOME/nabla when it is set");
	free(d);
	free(want);
	if (oh != NULL)
		setenv("HOME", oh, 1);
	else
		unsetenv("HOME");
	if (ox != NULL)
		setenv("XDG_STATE_HOME", ox, 1);
	else
		unsetenv("XDG_STATE_HOME");
	free(oh);
	free(ox);
	free(nohome);
}

/* A stored step past the end of a (shortened) lesson resumes at 0. */
static void
test_resume_step(void)
{
	progress_lesson pl;

	memset(&pl, 0, sizeof pl);
	pl.step = 1000000;
	ok(progress_resume_step(&pl, 11) == 0, "step 1000000 of 11 resumes "
	    "at 0");
	pl.step = 10;
	ok(progress_resume_step(&pl, 11) == 10, "step 10 of 11 is kept");
	pl.step = 11;
	ok(progress_resume_step(&pl, 11) == 0, "step 11 of 11 is past the "
	    "end");
	ok(progress_resume_step(NULL, 11) == 0, "no record: step 0");
}

/* The exercise e1 of a lesson parsed from text (the lesson is kept in
 * *lp for the caller to free), or NULL. */
static const exercise *
first_exercise(const char *text, lesson **lp)
{
	lesson_diags ds;
	int i;

	memset(&ds, 0, sizeof ds);
	*lp = lesson_parse(text, strlen(text), "fp.lesson", &ds);
	lesson_diags_free(&ds);
	for (i = 0; *lp != NULL && i < (*lp)->nsteps; i++)
		if ((*lp)->steps[i].ex != NULL)
			return (*lp)->steps[i].ex;
	return NULL;
}

/* Attempts carry a fingerprint of their exercise: an edited question
 * does not inherit the old answers; an edited prompt keeps them. */
static void
test_fingerprint(void)
{
	static const char v1[] = "id: fp\ntitle: T\nsummary: S\n\n"
	    "--- exercise: value\nid: e1\nprompt: Find it.\n"
	    "function: x^2\nask: partial x\nat: 3\n";
	static const char v1_prompt[] = "id: fp\ntitle: T\nsummary: S\n\n"
	    "--- exercise: value\nid: e1\nprompt: Now find it.\n"
	    "function: x^2\nask: partial x\nat: 3\n";
	static const char v2[] = "id: fp\ntitle: T\nsummary: S\n\n"
	    "--- exercise: value\nid: e1\nprompt: Find it.\n"
	    "function: x^3\nask: partial x\nat: 3\n";
	static const char v3[] = "id: fp\ntitle: T\nsummary: S\n\n"
	    "--- exercise: value\nid: e1\nprompt: Find it.\n"
	    "function: x^2\nask: partial x\nat: 4\n";
	lesson *l1, *l1p, *l2, *l3;
	const exercise *e1 = first_exercise(v1, &l1);
	const exercise *e1p = first_exercise(v1_prompt, &l1p);
	const exercise *e2 = first_exercise(v2, &l2);
	const exercise *e3 = first_exercise(v3, &l3);
	char *k1, *k1p, *k2, *k3, *w = NULL;
	progress *p;
	progress_stats st;
	size_t i;
	int hex = 1;

	if (!ok(e1 && e1p && e2 && e3, "fingerprint: four versions parse"))
		goto out;
	k1 = progress_exercise_key(e1);
	k1p = progress_exercise_key(e1p);
	k2 = progress_exercise_key(e2);
	k3 = progress_exercise_key(e3);
	for (i = 3; i < strlen(k1); i++)
		hex = hex && strchr("0123456789abcdef", k1[i]) != NULL;
	ok(strncmp(k1, "e1@", 3) == 0 && strlen(k1) == 11 && hex,
	    "the key is the id, @ and 8 hex digits (%s)", k1);
	is_str(k1p, k1, "an edited prompt keeps the key");
	ok(strcmp(k2, k1) != 0, "another function: another key");
	ok(strcmp(k3, k1) != 0, "another point: another key");
	p = progress_open(NULL, &w);
	progress_add_attempt(p, "fp", k1, "right", "6", 1);
	progress_exercise_stats(p, "fp", k1, &st);
	ok(st.right && st.first_try, "right under its own key");
	progress_exercise_stats(p, "fp", k2, &st);
	ok(!st.right && st.tries == 0, "an edited function does not "
	    "inherit the old right answer");
	progress_exercise_stats(p, "fp", k3, &st);
	ok(!st.right && st.tries == 0, "nor does an edited point");
	progress_exercise_stats(p, "fp", "e1", &st);
	ok(st.right, "the bare id counts every version");
	progress_add_attempt(p, "fp", "e1", "wrong", "5", 0);
	progress_exercise_stats(p, "fp", k2, &st);
	ok(st.tries == 1 && !st.right, "an attempt stored before "
	    "fingerprints (bare id) counts for the exercise");
	progress_free(p);
	free(k1);
	free(k1p);
	free(k2);
	free(k3);
out:
	lesson_free(l1);
	lesson_free(l1p);
	lesson_free(l2);
	lesson_free(l3);
}

/* A varied exercise keeps one key over all its variants, and another
 * exercise with its id (another kind, from another lesson with the
 * same id) has another one (issue 17): the other lesson's right
 * answer does not count for it.  An attempt under the bare id (how
 * varied exercises were stored before) still counts. */
static void
test_fingerprint_varied(void)
{
	static const char varied[] = "id: fv\ntitle: T\nsummary: S\n\n"
	    "--- exercise: gradient\nid: product\nvary: c in {4, 2, 3, 5}\n"
	    "prompt: Find it.\nfunction: x^2 y^3 - c y\n";
	static const char fake[] = "id: fv\ntitle: T\nsummary: S\n\n"
	    "--- exercise: number\nid: product\nprompt: P.\nanswer: 2\n";
	lesson *lv, *lf;
	const exercise *ev = first_exercise(varied, &lv);
	const exercise *ef = first_exercise(fake, &lf);
	lesson_diags ds;
	char *k0, *k, *kf, *w = NULL;
	progress *p;
	progress_stats st;
	unsigned long seed;
	int same = 1;

	memset(&ds, 0, sizeof ds);
	if (!ok(ev && ef && ev->varied, "varied fingerprint: both parse"))
		goto out;
	k0 = progress_exercise_key(ev);
	ok(strncmp(k0, "product@", 8) == 0 && strlen(k0) == 16,
	    "a varied exercise's key has a fingerprint (%s)", k0);
	for (seed = 1; seed <= 20; seed++) {
		if (variant_lesson(lv, seed, &ds) != 0) {
			same = 0;
			break;
		}
		k = progress_exercise_key(lv->steps[0].ex);
		same = same && strcmp(k, k0) == 0;
		free(k);
	}
	ok(same, "20 variants: one key");
	kf = progress_exercise_key(ef);
	ok(strcmp(kf, k0) != 0, "another exercise with the id: another key");
	p = progress_open(NULL, &w);
	progress_add_attempt(p, "fv", kf, "right", "2", 1);
	progress_exercise_stats(p, "fv", k0, &st);
	ok(!st.right && st.tries == 0, "its right answer does not count for "
	    "the varied exercise");
	progress_add_attempt(p, "fv", "product", "wrong", "1", 0);
	progress_exercise_stats(p, "fv", k0, &st);
	ok(st.tries == 1 && !st.right, "an attempt stored under the bare id "
	    "counts for it");
	progress_free(p);
	free(k0);
	free(kf);
out:
	lesson_diags_free(&ds);
	lesson_free(lv);
	lesson_free(lf);
}

#define CHOICE(lang, prompt, a, b, c, right) \
	"id: t\ntitle: T\nsummary: S\n" lang "\n--- exercise: choice\n" \
	"id: pick\nprompt: " prompt "\noption: " a "\noption: " b \
	"\noption: " c "\nanswer: " right "\n"

/* A translated choice (other words, the same options and right one)
 * keeps the key, so a learner who changes language keeps the attempts;
 * another right option is another question. */
static void
test_fingerprint_translated(void)
{
	static const char en[] = CHOICE("", "What is it?", "a number",
	    "a vector", "a function", "b");
	static const char de[] = CHOICE("language: de\n", "Was ist das?",
	    "eine Zahl", "ein Vektor", "eine Funktion", "b");
	static const char other[] = CHOICE("", "What is it?", "a number",
	    "a vector", "a function", "c");
	lesson *le, *ld, *lo;
	const exercise *ee = first_exercise(en, &le);
	const exercise *ed = first_exercise(de, &ld);
	const exercise *eo = first_exercise(other, &lo);
	char *ke, *kd, *ko;

	if (ok(ee && ed && eo, "fingerprint: three choice exercises parse")) {
		ke = progress_exercise_key(ee);
		kd = progress_exercise_key(ed);
		ko = progress_exercise_key(eo);
		is_str(kd, ke, "a translated choice keeps the English key");
		ok(strcmp(ko, ke) != 0, "another right option: another key");
		free(ke);
		free(kd);
		free(ko);
	}
	lesson_free(le);
	lesson_free(ld);
	lesson_free(lo);
}

/* The tutor says the place is saved only when it is on disk: not for a
 * store kept in memory (no HOME, no XDG_STATE_HOME), nor without one. */
static void
test_place_saved(const char *base)
{
	static const char text[] = "id: tut\ntitle: T\nsummary: S\n\n"
	    "--- text\nHi.\n\n--- text\nBye.\n";
	char *dir = xasprintf("%s/place", base), *w = NULL;
	lesson_diags ds;
	lesson *l;
	progress *p;
	tutor *t;

	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "t.lesson", &ds);
	lesson_diags_free(&ds);
	if (!ok(l != NULL, "place: the lesson parses"))
		return;
	p = progress_open(dir, &w);
	t = tutor_new(l, p, 0);
	tutor_next(t);
	ok(tutor_place_saved(t) && !tutor_place_memory(t),
	    "place: saved in a directory");
	tutor_free(t);
	progress_free(p);
	p = progress_open(NULL, &w);
	t = tutor_new(l, p, 0);
	tutor_next(t);
	ok(!tutor_place_saved(t) && tutor_place_memory(t),
	    "place: not saved when kept in memory only");
	tutor_free(t);
	progress_free(p);
	t = tutor_new(l, NULL, 0);
	tutor_next(t);
	ok(!tutor_place_saved(t) && tutor_place_memory(t),
	    "place: not saved without a store");
	tutor_free(t);
	lesson_free(l);
	free(dir);
}

/* The student's name: kept by a save, merged with another tutor's
 * save, removed; the read-only reader changes nothing on disk. */
static void
test_name(const char *base)
{
	char *dir = xasprintf("%s/name", base), *path, *w = NULL, *err = NULL;
	const char *odd = "Ada \\ \"L\"\n\t\xc3\xa9";
	progress *p1, *p2, *q;
	struct stat st;

	p1 = progress_open(dir, &w);
	p2 = progress_open(dir, &w);
	progress_set_name(p1, odd);
	ok(progress_save(p1, &err) == 0, "a name is saved");
	progress_add_attempt(p2, "gradient", "lecture", "hint", "", 5);
	ok(progress_save(p2, &err) == 0 && p2->name != NULL &&
	    strcmp(p2->name, odd) == 0, "another tutor's save keeps the "
	    "name it did not change");
	path = xasprintf("%s/progress", dir);
	q = progress_read_only(path, &err);
	ok(q != NULL && q->name != NULL && strcmp(q->name, odd) == 0 &&
	    q->nattempts == 1, "read back: the name with a backslash, quotes, "
	    "a newline, a tab and UTF-8, and the attempt");
	progress_free(q);
	progress_set_name(p1, "");
	ok(progress_save(p1, &err) == 0 && p1->name == NULL &&
	    p1->nattempts == 1, "an empty name removes it; the attempt stays");
	q = progress_read_only(path, &err);
	ok(q != NULL && q->name == NULL, "no name on disk");
	progress_free(q);
	progress_free(p1);
	progress_free(p2);

	write_file(path, "nabla progress 1\nname A\nname B\n");
	q = progress_read_only(path, &err);
	ok(q == NULL && err != NULL && strstr(err, "line 3") != NULL,
	    "two names: damaged at line 3 (%s)", err ? err : "no error");
	free(err);
	ok(stat(path, &st) == 0 && count_files(dir, "progress.damaged") == 0,
	    "the read-only reader sets nothing aside");
	q = progress_read_only(dir, &err);
	ok(q == NULL && err != NULL, "a directory is not a store");
	free(err);
	free(path);
	rmtree(dir);
	free(dir);
}

int
main(void)
{
	const char *tmp = getenv("TMPDIR");
	/* a new directory each run (mkdtemp), never one an earlier run with
	 * the same PID left behind */
	char *base = xasprintf("%s/t_lesson_progress.XXXXXX", tmp && *tmp ?
	    tmp : "/tmp");

	if (mkdtemp(base) == NULL) {
		printf("1..0 # SKIP cannot create %s\n", base);
		return 0;
	}
	test_escape();
	test_roundtrip(base);
	test_damaged(base, "garbage", "this is not a progress file\n");
	test_damaged(base, "bad-line", "nabla progress 1\nlesson x 1 0 5\n"
	    "attempt nonsense\n");
	test_damaged(base, "cut-short", "nabla progress 1\nlesson x 1 0 5\n"
	    "attempt 5 x e right par");
	test_damaged(base, "empty", "");
	test_kill(base);
	test_faults(base);
	test_two_tutors(base);
	test_planted_link(base);
	test_default_dir(base);
	test_resume_step();
	test_fingerprint();
	test_fingerprint_translated();
	test_fingerprint_varied();
	test_place_saved(base);
	test_name(base);
	{
		/* Clean up: every directory this test made. */
		static const char *sub[] = { "rt/deep/nabla", "rt/deep", "rt",
			"dmg-garbage", "dmg-bad-line", "dmg-cut-short",
			"dmg-empty", "kill", "fault", "two", "link",
			"place" };
		size_t i;
		for (i = 0; i < sizeof sub / sizeof sub[0]; i++) {
			char *d = xasprintf("%s/%s", base, sub[i]);
			rmtree(d);
			free(d);
		}
		rmdir(base);
	}
	free(base);
	return tap_done();
}
