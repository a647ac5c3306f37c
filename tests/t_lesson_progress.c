/* t_lesson_progress.c - the progress store: round trips, damaged files,
 * kill -9 in the middle of saving, and whether the tutor's place is
 * kept.  Works in a fresh directory under
 * $TMPDIR. */
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

/* kill -9 at random moments during saves: everything reported saved is
 * there, the file is never damaged, and leftover temporary files of the
 * dead writers are cleaned up. */
static void
test_kill(const char *base)
{
	char *dir = xasprintf("%s/kill", base), *w;
	int round, fds[2], last, got, i, good_all = 1, intact = 1, order = 1;
	pid_t pid;
	progress *p;
	struct timespec ts;
	char want[64];

	srand((unsigned)time(NULL));
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
		/* Let it save for a random while, then kill it hard. */
		ts.tv_sec = 0;
		ts.tv_nsec = (long)(rand() % 40 + 5) * 1000000L;
		nanosleep(&ts, NULL);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		while (read(fds[0], &got, sizeof got) == (ssize_t)sizeof got)
			last = got;
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
	ok(last > 0, "the writer saved %d times before the kills", last + 1);
	ok(intact, "after 12 kill -9s the file was never damaged");
	ok(good_all, "every save reported finished was on disk");
	ok(order, "the attempts are all there, in order");
	ok(count_files(dir, "progress.tmp-") == 0, "temporary files of "
	    "killed writers are cleaned up");
	free(dir);
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

int
main(void)
{
	const char *tmp = getenv("TMPDIR");
	char *base = xasprintf("%s/t_lesson_progress.%ld", tmp && *tmp ? tmp :
	    "/tmp", (long)getpid());

	if (mkdir(base, 0700) != 0) {
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
	test_place_saved(base);
	{
		/* Clean up: every directory this test made. */
		static const char *sub[] = { "rt/deep/nabla", "rt/deep", "rt",
			"dmg-garbage", "dmg-bad-line", "dmg-cut-short",
			"dmg-empty", "kill", "place" };
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
