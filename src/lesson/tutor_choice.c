/* tutor_choice.c - the options of a choice exercise in an order of the
 * student's own: shuffled by a seed, the same order on every retry, so
 * that "always b" or "the longest one" never wins and a screen reader
 * reads the same list twice. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/tutor.h"

/* FNV-1a of a string, continuing from h. */
static unsigned long long
tutor_hash(unsigned long long h, const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ull;
	}
	/* A separator, so ("ab", "c") and ("a", "bc") differ. */
	h ^= 0xffu;
	h *= 1099511628211ull;
	return h;
}

/* The next number of a splitmix64 sequence. */
static unsigned long long
tutor_mix(unsigned long long *state)
{
	unsigned long long z = (*state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* The seed of the student: NABLA_SEED when set (0: the lesson file's
 * order), else a hash of the progress directory (one per student and
 * account), else of the user name. */
unsigned long
tutor_seed_default(const progress *p)
{
	const char *s = getenv("NABLA_SEED"), *who;
	char *end;
	unsigned long v;
	unsigned long long h = 14695981039346656037ull;

	if (s != NULL && *s != '\0') {
		v = strtoul(s, &end, 10);
		if (*end == '\0')
			return v;
	}
	if (p != NULL && p->dir != NULL)
		who = p->dir;
	else if ((who = getenv("USER")) == NULL || *who == '\0')
		who = getenv("LOGNAME");
	h = tutor_hash(h, who != NULL ? who : "student");
	v = (unsigned long)(h ^ (h >> 32));
	return v != 0 ? v : 1;
}

/* The order of n options of exercise ex_id of lesson lesson_id for a
 * seed: perm[i] is the index (in the file) of the option shown i-th. */
void
tutor_choice_order(unsigned long seed, const char *lesson_id,
    const char *ex_id, int n, int *perm)
{
	unsigned long long st = 14695981039346656037ull;
	int i, j, k;

	for (i = 0; i < n; i++)
		perm[i] = i;
	if (seed == 0)
		return;
	st ^= seed;
	st = tutor_hash(st, lesson_id);
	st = tutor_hash(st, ex_id);
	for (i = n - 1; i > 0; i--) {
		j = (int)(tutor_mix(&st) % (unsigned long long)(i + 1));
		k = perm[i];
		perm[i] = perm[j];
		perm[j] = k;
	}
}

/* A copy of choice exercise ex with its options in the order perm:
 * the options, the right option and the letters of its "wrong:" fields
 * follow the order.  Shares everything else with ex; free it with
 * tutor_choice_free. */
exercise *
tutor_choice_copy(const exercise *ex, const int *perm)
{
	exercise *c = xmalloc(sizeof *c);
	char letter[2] = "a";
	int i, k;

	*c = *ex;
	c->options = xcalloc((size_t)ex->noptions, sizeof *c->options);
	for (i = 0; i < ex->noptions; i++) {
		c->options[i] = ex->options[perm[i]];
		if (perm[i] == ex->choice)
			c->choice = i;
	}
	c->truth.word = c->choice;
	c->wrong_answers = xcalloc((size_t)ex->nwrongs + 1,
	    sizeof *c->wrong_answers);
	for (k = 0; k < ex->nwrongs; k++) {
		c->wrong_answers[k] = xstrdup(ex->wrong_answers[k]);
		for (i = 0; i < ex->noptions; i++) {
			letter[0] = (char)('a' + perm[i]);
			if (exercise_same_answer(ex, ex->wrong_answers[k],
			    letter)) {
				free(c->wrong_answers[k]);
				letter[0] = (char)('a' + i);
				c->wrong_answers[k] = xstrdup(letter);
				break;
			}
		}
	}
	return c;
}

/* Free a copy made by tutor_choice_copy (not what it shares). */
void
tutor_choice_free(exercise *c)
{
	int k;

	if (c == NULL)
		return;
	for (k = 0; k < c->nwrongs; k++)
		free(c->wrong_answers[k]);
	free(c->wrong_answers);
	free(c->options);
	free(c);
}
