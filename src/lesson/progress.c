/* progress.c - the progress store: reading, locked merging and atomic
 * writing, damage.  A lesson's record in the store is kept by
 * progress_lesson.c, the keys and stats of exercises by
 * progress_stats.c. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <dirent.h>
#include <time.h>
#include <unistd.h>

#include "core/nls.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/progress.h"

#define PROGRESS_MAGIC "nabla progress 1"
#define PROGRESS_FORMAT 1	/* the number in PROGRESS_MAGIC */

/* The default store directory, or NULL (see progress.h). */
char *
progress_default_dir(void)
{
	const char *s = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	struct stat st;

	if (s != NULL && s[0] == '/')
		return xasprintf("%s/nabla", s);
	/* Below an existing home only: never make a HOME that is not
	 * there (a stale HOME=/nonexistent, a system account). */
	if (home != NULL && home[0] == '/' && stat(home, &st) == 0 &&
	    S_ISDIR(st.st_mode))
		return xasprintf("%s/.local/state/nabla", home);
	return NULL;
}

/* Escape an answer for the file (caller frees; see progress.h). */
char *
progress_escape(const char *s)
{
	size_t n = strlen(s), i, k = 0;
	char *out = xmalloc(4 * n + 1);

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\\') {
			out[k++] = '\\';
			out[k++] = '\\';
		} else if (c == '\n') {
			out[k++] = '\\';
			out[k++] = 'n';
		} else if (c == '\t') {
			out[k++] = '\\';
			out[k++] = 't';
		} else if (c < 0x20 || c == 0x7f) {
			snprintf(out + k, 5, "\\x%02x", c);
			k += 4;
		} else
			out[k++] = (char)c;
	}
	out[k] = '\0';
	return out;
}

/* The value of a hex digit, or -1. */
static int
progress_hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The answer s as it was before progress_escape (caller frees). */
char *
progress_unescape(const char *s)
{
	size_t n = strlen(s), i, k = 0;
	char *out = xmalloc(n + 1);

	for (i = 0; i < n; i++) {
		if (s[i] != '\\' || i + 1 >= n) {
			out[k++] = s[i];
			continue;
		}
		i++;
		if (s[i] == 'n')
			out[k++] = '\n';
		else if (s[i] == 't')
			out[k++] = '\t';
		else if (s[i] == 'x' && i + 2 < n && progress_hex(s[i + 1]) >=
		    0 && progress_hex(s[i + 2]) >= 0) {
			out[k++] = (char)(progress_hex(s[i + 1]) * 16 +
			    progress_hex(s[i + 2]));
			i += 2;
		} else
			out[k++] = s[i];
	}
	out[k] = '\0';
	return out;
}

/* Make dir and its parents (mode 0700).  0 or -1 with errno. */
static int
progress_mkdirs(const char *dir)
{
	char *copy = xstrdup(dir), *p;
	int r = 0;

	for (p = copy + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST)
			r = -1;
		*p = '/';
	}
	if (mkdir(copy, 0700) != 0 && errno != EEXIST)
		r = -1;
	else if (r != 0)
		r = 0;	/* a parent we may not create, but dir exists */
	free(copy);
	return r;
}

/* Whether s is a word of the file: no spaces, not empty. */
static int
progress_word_ok(const char *s)
{
	return *s != '\0' && strpbrk(s, " \t") == NULL;
}

/* Cut a name read from a file to PROGRESS_MAX_NAME bytes, at the start
 * of a character (a longer one, written by hand or by an older nabla,
 * is kept cut, not refused: the file is not damaged by it). */
static void
progress_cut_name(char *name)
{
	size_t n = strlen(name);

	if (n <= PROGRESS_MAX_NAME)
		return;
	n = PROGRESS_MAX_NAME;
	while (n > 0 && ((unsigned char)name[n] & 0xc0) == 0x80)
		n--;
	name[n] = '\0';
}

/* Parse one line into p.  0, or -1 when it is not a valid line. */
static int
progress_parse_line(progress *p, char *line)
{
	char *f[6], *save = NULL, *rest, *place;
	progress_lesson *pl;
	int n = 0;
	char *end;
	long long t;
	long step;

	if (strncmp(line, "name ", 5) == 0) {
		/* one name at most, not empty */
		if (p->name != NULL || line[5] == '\0')
			return -1;
		p->name = progress_unescape(line + 5);
		progress_cut_name(p->name);
		return 0;
	}
	if (strncmp(line, "lesson ", 7) == 0) {
		for (f[n] = strtok_r(line, " ", &save); n < 5 && f[n] != NULL;
		    f[++n] = strtok_r(NULL, " ", &save))
			;
		/* then (in f[5]) the lesson's content and its place, or
		 * nothing */
		rest = n == 5 ? f[5] : NULL;
		place = rest != NULL ? strtok_r(NULL, "", &save) : NULL;
		if (n != 5 || (rest != NULL && (strlen(rest) != 16 ||
		    strspn(rest, "0123456789abcdef") != 16 || place == NULL ||
		    place[0] != '/')))
			return -1;
		step = strtol(f[2], &end, 10);
		if (*end != '\0' || step < 0 || step > 1000000)
			return -1;
		if (strcmp(f[3], "0") != 0 && strcmp(f[3], "1") != 0)
			return -1;
		t = strtoll(f[4], &end, 10);
		if (*end != '\0')
			return -1;
		progress_set_position(p, f[1], (int)step, f[3][0] == '1', t);
		if (rest != NULL) {
			pl = progress_lesson_get(p, f[1], 1);
			free(pl->place);
			free(pl->content);
			pl->place = progress_unescape(place);
			pl->content = xstrdup(rest);
		}
		return 0;
	}
	if (strncmp(line, "attempt ", 8) == 0) {
		/* Five words, then the answer to the end of the line (an
		 * empty answer may lack its space: a file written by hand) */
		rest = line;
		for (n = 0; n < 5; n++) {
			f[n] = rest;
			rest = strchr(rest, ' ');
			if (rest == NULL && n == 4 && *f[n] != '\0') {
				rest = f[n] + strlen(f[n]);
				break;
			}
			if (rest == NULL)
				return -1;
			*rest++ = '\0';
			if (*f[n] == '\0')
				return -1;
		}
		t = strtoll(f[1], &end, 10);
		if (*end != '\0')
			return -1;
		if (!progress_word_ok(f[2]) || !progress_word_ok(f[3]) ||
		    !progress_word_ok(f[4]))
			return -1;
		f[5] = progress_unescape(rest);
		progress_add_attempt(p, f[2], f[3], f[4], f[5], t);
		free(f[5]);
		return 0;
	}
	return -1;
}

/* The format of a first line "nabla progress N" with N a whole number
 * above this build's: N; else 0 (this format, or damaged). */
static int
progress_newer_format(const char *line)
{
	const char *d;
	long n;
	char *end;

	if (strncmp(line, "nabla progress ", 15) != 0)
		return 0;
	d = line + 15;
	if (*d < '1' || *d > '9' || strspn(d, "0123456789") > 9)
		return 0;
	n = strtol(d, &end, 10);
	/* a newer format may say more after its number */
	if (*end != '\0' && strchr(" \t\r\n", *end) == NULL)
		return 0;
	return n > PROGRESS_FORMAT ? (int)n : 0;
}

/* The message for a store written by a newer nabla (caller frees). */
static char *
progress_newer_msg(const char *path, int format)
{
	/* TRANSLATORS: %s is the progress file, %d the number of its
	 * format (nabla progress N) */
	return xasprintf(_("%s was written by a newer nabla (format %d); "
	    "not changed"), path, format);
}

/* Set a damaged file aside; the warning for the student. */
static char *
progress_set_aside(progress *p, int line, const char *why)
{
	char stamp[32], *dest;
	time_t now = time(NULL);
	struct tm tm;
	int i;

	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	dest = xasprintf("%s.damaged-%s", p->path, stamp);
	for (i = 2; access(dest, F_OK) == 0 && i < 100; i++) {
		free(dest);
		dest = xasprintf("%s.damaged-%s-%d", p->path, stamp, i);
	}
	if (rename(p->path, dest) != 0) {
		char *w = xasprintf(_("the progress file %s is damaged (%s, "
		    "line %d) and could not be set aside (%s); progress will "
		    "not be saved until it is moved away"), p->path, why, line,
		    strerror(errno));
		free(dest);
		free(p->path);
		p->path = NULL;
		return w;
	}
	{
		char *w, at[32] = "";
		if (line > 1)
			snprintf(at, sizeof at, _(", at line %d"), line);
		w = xasprintf(_("the progress file was damaged (%s%s); it was "
		    "kept as %s and a new one was started"), why, at, dest);
		free(dest);
		return w;
	}
}

/* Remove temporary files left by writers that were killed. */
static void
progress_clean_temps(const progress *p)
{
	DIR *d = opendir(p->dir);
	struct dirent *de;
	long pid;
	char *end, *path;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, "progress.tmp-", 13) != 0)
			continue;
		pid = strtol(de->d_name + 13, &end, 10);
		if (*end != '\0' || pid <= 0)
			continue;
		if (pid == (long)getpid() || kill((pid_t)pid, 0) == 0 ||
		    errno != ESRCH)
			continue;
		path = xasprintf("%s/%s", p->dir, de->d_name);
		unlink(path);
		free(path);
	}
	closedir(d);
}

/* --- fault injection, for the tests -------------------------------------- */

/* The steps of progress_save that can fail, counted from 1 in the order
 * they happen (make the directory, open the lock, take it, read the
 * store, open the temporary file, write, fsync, close, rename, open the
 * directory, fsync it).  NABLA_FAULT=progress_save:N makes step N fail
 * with EIO; NABLA_FAULT=progress_save:N:crash ends the process at once
 * before step N, as a kill -9 there would.  doc/HACKING.md, Tests. */
typedef struct progress_faults {
	int step;		/* steps taken so far in this save */
	int at;			/* the step that fails; 0: none */
	int crash;		/* 1: _exit(70) instead of failing */
} progress_faults;

/* Read NABLA_FAULT into f (no fault when it is unset or not ours). */
static void
progress_faults_init(progress_faults *f)
{
	const char *s = getenv("NABLA_FAULT");
	char *end;
	long n;

	memset(f, 0, sizeof *f);
	if (s == NULL || strncmp(s, "progress_save:", 14) != 0)
		return;
	n = strtol(s + 14, &end, 10);
	if (n <= 0 || n > 1000 || (*end != '\0' && strcmp(end, ":crash") != 0))
		return;
	f->at = (int)n;
	f->crash = *end != '\0';
}

/* Count a step: 0 to take it, -1 (errno EIO) when it is to fail. */
static int
progress_fault(progress_faults *f)
{
	if (++f->step != f->at)
		return 0;
	if (f->crash)
		_exit(70);
	errno = EIO;
	return -1;
}

/* --- reading ------------------------------------------------------------- */

/* Drop every record of p (lessons, attempts, forgotten ids); the paths
 * stay. */
static void
progress_clear(progress *p)
{
	int i;

	for (i = 0; i < p->nlessons; i++) {
		free(p->lessons[i].id);
		free(p->lessons[i].place);
		free(p->lessons[i].content);
	}
	for (i = 0; i < p->nmoves; i++) {
		free(p->moves[i].from);
		free(p->moves[i].to);
	}
	free(p->moves);
	p->moves = NULL;
	p->nmoves = 0;
	for (i = 0; i < p->nattempts; i++) {
		free(p->attempts[i].lesson);
		free(p->attempts[i].exercise);
		free(p->attempts[i].verdict);
		free(p->attempts[i].answer);
	}
	for (i = 0; i < p->nreset; i++)
		free(p->reset[i]);
	free(p->name);
	p->name = NULL;
	p->name_dirty = 0;
	free(p->lessons);
	free(p->attempts);
	free(p->reset);
	free(p->slots);
	p->slots = NULL;
	p->nslots = p->nindexed = 0;
	p->lessons = NULL;
	p->attempts = NULL;
	p->reset = NULL;
	p->nlessons = p->nattempts = p->nbase = p->nreset = 0;
}

/* Read the file at path into p, which holds no records.  Returns 0 (also
 * when there is no file), 1 when the file is damaged (*bad is the line,
 * *why the reason, and p is left empty), 2 when a newer nabla wrote it
 * (*bad is its format, p is left empty), or -1 with errno when it cannot
 * be read.  What is read is p's base: not changed since the disk. */
static int
progress_read(progress *p, const char *path, int *bad, const char **why,
    long max)
{
	FILE *f;
	char *buf = NULL;
	size_t cap = 0;
	ssize_t len;
	long total = 0;
	struct stat st;
	int lineno = 0, i;

	*bad = 0;
	*why = NULL;
	f = fopen(path, "r");
	if (f == NULL)
		return errno == ENOENT ? 0 : -1;
	if (max > 0 && (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_size > max)) {
		/* not even one line of it: a line may be the whole file */
		*why = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) ?
		    _("the file is larger than 16 MiB") :
		    _("not a regular file");
		*bad = 1;
		fclose(f);
		return 1;
	}
	while ((len = getline(&buf, &cap, f)) >= 0) {
		lineno++;
		total += (long)len;
		if (max > 0 && total > max) {
			/* a student's file read for a class: bounded */
			*why = _("the file is larger than 16 MiB");
			*bad = lineno;
			break;
		}
		if (lineno == 1 && (i = progress_newer_format(buf)) > 0) {
			/* whatever follows is the newer format's */
			free(buf);
			fclose(f);
			*bad = i;
			return 2;
		}
		if (len > 0 && buf[len - 1] == '\n')
			buf[--len] = '\0';
		else {
			/* A last line without its newline: cut short. */
			*why = _("the last line is cut short");
			*bad = lineno;
			break;
		}
		if (lineno == 1) {
			if (strcmp(buf, PROGRESS_MAGIC) != 0) {
				/* PROGRESS_MAGIC spelled out for
				 * xgettext.  TRANSLATORS: the first
				 * line of a progress file. */
				*why = _("it does not start with "
				    "\"nabla progress 1\"");
				*bad = 1;
				break;
			}
			continue;
		}
		if (memchr(buf, '\0', (size_t)len) != NULL ||
		    progress_parse_line(p, buf) != 0) {
			*why = _("a line cannot be read");
			*bad = lineno;
			break;
		}
	}
	if (lineno == 0 && !*bad) {
		*why = _("it is empty");
		*bad = 1;
	}
	free(buf);
	fclose(f);
	if (*bad) {
		/* Keep nothing from a damaged file: it is set aside whole. */
		progress_clear(p);
		return 1;
	}
	for (i = 0; i < p->nlessons; i++)
		p->lessons[i].dirty = 0;
	p->nbase = p->nattempts;
	p->name_dirty = 0;
	return 0;
}

/* Open the store in dir (see progress.h). */
progress *
progress_open(const char *dir, char **warning)
{
	progress *p = xcalloc(1, sizeof *p);
	const char *why;
	int bad, r;

	*warning = NULL;
	if (dir == NULL)
		return p;
	p->dir = xstrdup(dir);
	p->path = xasprintf("%s/progress", dir);
	progress_clean_temps(p);
	r = progress_read(p, p->path, &bad, &why, 0);
	if (r < 0)
		*warning = xasprintf(_("cannot read %s: %s"), p->path,
		    strerror(errno));
	else if (r == 2) {
		p->newer = bad;
		*warning = progress_newer_msg(p->path, bad);
	} else if (r > 0)
		*warning = progress_set_aside(p, bad, why);
	return p;
}

/* Read the store in path without changing anything on disk. */
progress *
progress_read_only(const char *path, char **err)
{
	progress *p = xcalloc(1, sizeof *p);
	const char *why;
	int bad, r;

	*err = NULL;
	r = progress_read(p, path, &bad, &why, PROGRESS_MAX_READ_ONLY);
	if (r == 0 && access(path, F_OK) != 0)
		*err = xstrdup(strerror(ENOENT));
	else if (r < 0)
		*err = xstrdup(strerror(errno));
	else if (r == 2)
		/* TRANSLATORS: %d is the number of the file's format */
		*err = xasprintf(_("written by a newer nabla (format %d); "
		    "not changed"), bad);
	else if (r > 0 && bad > 1)
		*err = xasprintf(_("damaged: %s, at line %d"), why, bad);
	else if (r > 0)
		*err = xasprintf(_("damaged: %s"), why);
	if (*err != NULL) {
		progress_free(p);
		return NULL;
	}
	return p;
}

/* Set the student's name (see progress.h). */
void
progress_set_name(progress *p, const char *name)
{
	free(p->name);
	p->name = name != NULL && *name != '\0' ? xstrdup(name) : NULL;
	p->name_dirty = 1;
}

/* Free p and what it owns. */
void
progress_free(progress *p)
{
	int i;

	if (p == NULL)
		return;
	progress_clear(p);
	for (i = 0; i < p->nplaces; i++) {
		free(p->places[i].id);
		free(p->places[i].place);
		free(p->places[i].content);
	}
	free(p->places);
	free(p->dir);
	free(p->path);
	free(p);
}

/* --- writing ------------------------------------------------------------- */

/* Write all of buf to fd.  0 or -1. */
static int
progress_write_all(int fd, const char *buf, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(fd, buf, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += w;
		n -= (size_t)w;
	}
	return 0;
}

/* The text of the file for p (caller frees). */
static char *
progress_format(const progress *p)
{
	sbuf b = SBUF_INIT;
	char *esc;
	int i;

	sbuf_add(&b, PROGRESS_MAGIC "\n");
	if (p->name != NULL) {
		esc = progress_escape(p->name);
		sbuf_addf(&b, "name %s\n", esc);
		free(esc);
	}
	for (i = 0; i < p->nlessons; i++) {
		sbuf_addf(&b, "lesson %s %d %d %lld", p->lessons[i].id,
		    p->lessons[i].step, p->lessons[i].done,
		    p->lessons[i].time);
		if (p->lessons[i].place != NULL) {
			esc = progress_escape(p->lessons[i].place);
			sbuf_addf(&b, " %s %s", p->lessons[i].content, esc);
			free(esc);
		}
		sbuf_add(&b, "\n");
	}
	for (i = 0; i < p->nattempts; i++) {
		esc = progress_escape(p->attempts[i].answer);
		sbuf_addf(&b, "attempt %lld %s %s %s %s\n",
		    p->attempts[i].time, p->attempts[i].lesson,
		    p->attempts[i].exercise, p->attempts[i].verdict, esc);
		free(esc);
	}
	return sbuf_take(&b);
}

/* Take an exclusive lock on fd, waiting for it.  0 or -1. */
static int
progress_lock(int fd)
{
	while (flock(fd, LOCK_EX) != 0)
		if (errno != EINTR)
			return -1;
	return 0;
}

/* Into d, what is on disk (read under the lock), bring what p changed
 * since its base: the lessons it forgot are forgotten, the lessons it
 * moved in take its place (unless the disk's is newer), and the attempts
 * it added follow the disk's (those of a record another tutor moved to
 * a moved folder's lesson meanwhile go there too).  all: the disk's
 * store was damaged, so everything p holds counts as changed. */
static void
progress_merge(progress *d, const progress *p, int all)
{
	const progress_lesson *pl;
	const progress_attempt *a;
	progress_lesson *dl;
	progress_move *gone;
	int i, fresh, ngone;

	for (i = 0; i < p->nmoves; i++)
		progress_lesson_move(d, p->moves[i].from, p->moves[i].to);
	ngone = progress_lesson_moved_away(d, p, &gone);
	for (i = 0; i < p->nreset; i++)
		progress_reset(d, p->reset[i]);
	if (p->name_dirty || (all && p->name != NULL)) {
		free(d->name);
		d->name = p->name != NULL ? xstrdup(p->name) : NULL;
	}
	for (i = 0; i < p->nlessons; i++) {
		pl = &p->lessons[i];
		if (!pl->dirty && !all)
			continue;
		fresh = progress_lesson_get(d, pl->id, 0) == NULL;
		dl = progress_lesson_get(d, pl->id, 1);
		if (fresh || pl->time >= dl->time) {
			dl->step = pl->step;
			dl->time = pl->time;
		}
		dl->done = dl->done || pl->done;
		if (pl->place != NULL && pl->content != NULL) {
			free(dl->place);
			free(dl->content);
			dl->place = xstrdup(pl->place);
			dl->content = xstrdup(pl->content);
		}
	}
	for (i = all ? 0 : p->nbase; i < p->nattempts; i++) {
		a = &p->attempts[i];
		progress_add_attempt(d, a->lesson, a->exercise, a->verdict,
		    a->answer, a->time);
	}
	/* a record another tutor moved meanwhile is not brought back */
	for (i = 0; i < ngone; i++) {
		progress_lesson_move(d, gone[i].from, gone[i].to);
		free(gone[i].from);
		free(gone[i].to);
	}
	free(gone);
}

/* Give p the records of d (which is freed): what is now on disk. */
static void
progress_adopt(progress *p, progress *d)
{
	int i;

	progress_clear(p);
	p->name = d->name;
	d->name = NULL;
	p->lessons = d->lessons;
	p->nlessons = d->nlessons;
	p->attempts = d->attempts;
	p->nattempts = p->nbase = d->nattempts;
	p->nindexed = -1;
	for (i = 0; i < p->nlessons; i++)
		p->lessons[i].dirty = 0;
	d->lessons = NULL;
	d->attempts = NULL;
	d->nlessons = d->nattempts = 0;
	progress_free(d);
}

/* Write text to the temporary file tmp, created afresh (never through a
 * link planted there), and make it durable.  0, or -1 with errno and
 * tmp removed. */
static int
progress_write_tmp(const char *tmp, const char *text, progress_faults *fl)
{
	int fd, e;
	const int flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC;

	if (progress_fault(fl) != 0)
		return -1;
	fd = open(tmp, flags, 0600);
	if (fd < 0 && errno == EEXIST) {
		/* Ours by name, left by a writer of the same pid that was
		 * killed, or planted: remove it (a link, not its target). */
		unlink(tmp);
		fd = open(tmp, flags, 0600);
	}
	if (fd < 0)
		return -1;
	if (progress_fault(fl) != 0 ||
	    progress_write_all(fd, text, strlen(text)) != 0 ||
	    progress_fault(fl) != 0 || fsync(fd) != 0) {
		e = errno;
		close(fd);
		unlink(tmp);
		errno = e;
		return -1;
	}
	if (progress_fault(fl) != 0) {
		close(fd);
		unlink(tmp);
		errno = EIO;
		return -1;
	}
	if (close(fd) != 0) {
		e = errno;
		unlink(tmp);
		errno = e;
		return -1;
	}
	return 0;
}

/* Make a damaged store found under the lock (d's path) set aside; the
 * message when it could not be (caller frees), else NULL. */
static char *
progress_set_aside_locked(const progress *p, int bad, const char *why)
{
	progress q;
	char *w;

	memset(&q, 0, sizeof q);
	q.path = xstrdup(p->path);
	w = progress_set_aside(&q, bad, why);
	if (q.path != NULL) {
		free(w);
		w = NULL;
	}
	free(q.path);
	return w;
}

/* Write the store atomically, merged (see progress.h). */
int
progress_save(progress *p, char **err)
{
	progress_faults fl;
	progress *d;
	char *lock, *tmp, *text;
	const char *why;
	int lfd, dfd, r, bad;

	*err = NULL;
	if (p->dir == NULL)
		return 0;
	if (p->path == NULL) {
		*err = xstrdup(_("the damaged progress file is in the way"));
		return -1;
	}
	if (p->newer > 0) {
		*err = progress_newer_msg(p->path, p->newer);
		return -1;
	}
	progress_faults_init(&fl);
	if (progress_fault(&fl) != 0 || progress_mkdirs(p->dir) != 0) {
		*err = xasprintf(_("cannot create %s: %s"), p->dir,
		    strerror(errno));
		return -1;
	}
	/* One writer at a time: another tutor of the same student waits
	 * here, then reads what this one wrote. */
	lock = xasprintf("%s/progress.lock", p->dir);
	lfd = progress_fault(&fl) != 0 ? -1 : open(lock, O_RDWR | O_CREAT |
	    O_NOFOLLOW | O_CLOEXEC, 0600);
	if (lfd < 0 || progress_fault(&fl) != 0 || progress_lock(lfd) != 0) {
		*err = xasprintf(_("cannot lock %s: %s"), lock, strerror(errno));
		if (lfd >= 0)
			close(lfd);
		free(lock);
		return -1;
	}
	free(lock);
	d = xcalloc(1, sizeof *d);
	r = progress_fault(&fl) != 0 ? -1 : progress_read(d, p->path, &bad,
	    &why, 0);
	if (r < 0) {
		*err = xasprintf(_("cannot read %s: %s"), p->path,
		    strerror(errno));
		goto fail;
	}
	if (r == 2) {
		/* a newer nabla wrote it since: left alone from now on */
		p->newer = bad;
		*err = progress_newer_msg(p->path, bad);
		goto fail;
	}
	if (r > 0 && (*err = progress_set_aside_locked(p, bad, why)) != NULL)
		goto fail;
	progress_merge(d, p, r > 0);
	text = progress_format(d);
	tmp = xasprintf("%s.tmp-%ld", p->path, (long)getpid());
	if (progress_write_tmp(tmp, text, &fl) != 0) {
		*err = xasprintf(_("cannot write %s: %s"), tmp, strerror(errno));
		free(text);
		free(tmp);
		goto fail;
	}
	free(text);
	if (progress_fault(&fl) != 0 || rename(tmp, p->path) != 0) {
		*err = xasprintf(_("cannot replace %s: %s"), p->path,
		    strerror(errno));
		unlink(tmp);
		free(tmp);
		goto fail;
	}
	free(tmp);
	/* Make the rename itself durable (the new file is in place even
	 * when this fails). */
	dfd = progress_fault(&fl) != 0 ? -1 : open(p->dir, O_RDONLY |
	    O_CLOEXEC);
	if (dfd >= 0) {
		if (progress_fault(&fl) == 0)
			fsync(dfd);
		close(dfd);
	}
	progress_adopt(p, d);
	close(lfd);
	return 0;
fail:
	progress_free(d);
	close(lfd);
	return -1;
}
