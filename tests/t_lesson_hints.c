/* t_lesson_hints.c - hints lead, they never give the answer away: in
 * every exercise of the built-in course, no formula of a hint ($...$,
 * or what follows its last "=") is graded right as the answer to its
 * own exercise.  (A hint "$grad f(1, 1) = (6, 2)$" before the question
 * "what is grad f(1, 1)?" would be; so would "$x_10 = 0.107374$" when
 * the answer is 0.107374.)  The translations (lessons/de/, lessons/es/)
 * are read too.  Prints TAP: one line per lesson file. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "lesson/builtin.h"
#include "lesson/library.h"
#include "tap.h"

/* Whether the text s (n bytes) graded as the answer to ex is right. */
static int
gives_away(const exercise *ex, const char *s, size_t n)
{
	exercise_verdict v;
	char *a;
	int right;

	while (n > 0 && (*s == ' ' || *s == '\n')) {
		s++;
		n--;
	}
	if (n == 0 || memchr(s, '{', n) != NULL)	/* empty, or a template */
		return 0;
	a = xstrndup(s, n);
	right = exercise_grade(ex, a, 0, &v) == EXERCISE_RIGHT;
	exercise_verdict_clear(&v);
	free(a);
	return right;
}

/* The first formula of hint h that ex would grade right, appended to
 * bad (with the exercise's id); 1 when there is one. */
static int
check_hint(const exercise *ex, const char *h, sbuf *bad)
{
	const char *p = h, *q, *eq, *r;

	while ((p = strchr(p, '$')) != NULL) {
		if ((q = strchr(p + 1, '$')) == NULL)
			break;
		eq = NULL;
		for (r = p + 1; r < q; r++)
			if (*r == '=')
				eq = r;
		if (gives_away(ex, p + 1, (size_t)(q - p - 1)) ||
		    (eq != NULL && gives_away(ex, eq + 1,
		    (size_t)(q - eq - 1)))) {
			sbuf_addf(bad, " %s: \"%.*s\";", ex->id,
			    (int)(q - p + 1), p);
			return 1;
		}
		p = q + 1;
	}
	return 0;
}

/* Whether name (a built-in file name, "de/NAME.lesson") is in the
 * language folder lang ("" for English, at the top). */
static int
in_language(const char *name, const char *lang)
{
	size_t n = strlen(lang);

	if (n == 0)
		return strchr(name, '/') == NULL;
	return strncmp(name, lang, n) == 0 && name[n] == '/';
}

/* One TAP line for built-in lesson file i: no hint of its exercises
 * gives the answer away. */
static void
check_lesson(int i)
{
	const char *name = builtin_lessons[i].name;
	lesson_diags ds = { 0 };
	sbuf bad = SBUF_INIT;
	lesson *l = library_parse_builtin(i, &ds);
	int j, k, nbad = 0, nh = 0;

	lesson_diags_free(&ds);
	if (l == NULL) {
		ok(0, "%s opens", name);
		return;
	}
	for (j = 0; j < l->nsteps; j++) {
		const exercise *ex = l->steps[j].ex;

		/* (a choice's answer is a letter: "$c$" in a hint is a
		 * name there) */
		if (l->steps[j].kind != LESSON_EXERCISE || ex == NULL ||
		    ex->kind == EXERCISE_CHOICE)
			continue;
		for (k = 0; k < ex->nhints; k++, nh++)
			nbad += check_hint(ex, ex->hints[k], &bad);
	}
	ok(nbad == 0 && nh > 0, "%s: no hint gives the answer away (%d "
	    "hints)%s", name, nh, nbad ? sbuf_str(&bad) : "");
	sbuf_free(&bad);
	lesson_free(l);
}

int
main(void)
{
	static const char *const langs[] = { "", "de", "es" };
	int i, m, n;

	/* every file of the built-in course, English and translated: a
	 * translation must hide its answers as well as the original */
	for (m = 0; m < 3; m++) {
		n = 0;
		for (i = 0; i < builtin_nlessons; i++)
			if (in_language(builtin_lessons[i].name, langs[m])) {
				check_lesson(i);
				n++;
			}
		ok(n >= 17, "the whole course was read in %s (%d lessons)",
		    *langs[m] ? langs[m] : "English", n);
	}
	return tap_done();
}
