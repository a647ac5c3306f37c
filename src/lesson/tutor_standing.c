/* tutor_standing.c - how a lesson stands in a student's progress, for
 * the listings (home screen, nabla lessons): new, at a step, finished
 * with some skipped, or done; and the standing in words. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/progress.h"
#include "lesson/tutor.h"

/* How lesson l stands in store p (NULL: new) (see tutor.h). */
void
tutor_standing_of(const progress *p, const lesson *l, tutor_standing *st)
{
	progress_lesson *pl = p != NULL ?
	    progress_lesson_get((progress *)p,
	    lesson_progress_id(l), 0) : NULL;
	progress_stats ps;
	progress_index *ix;
	char *key;
	int i;

	memset(st, 0, sizeof *st);
	ix = p != NULL ? progress_index_new(p, lesson_progress_id(l)) :
	    NULL;
	for (i = 0; i < l->nsteps; i++) {
		if (l->steps[i].ex == NULL)
			continue;
		st->exercises++;
		if (p == NULL)
			continue;
		/* answers to this version of the exercise (its fingerprint;
		 * by id for a lesson only listed) */
		key = progress_exercise_key(l->steps[i].ex);
		progress_index_stats(ix, key, &ps);
		free(key);
		st->right += ps.right;
	}
	progress_index_free(ix);
	if (pl == NULL)
		return;
	st->started = 1;
	/* where the tutor resumes: a step past the end is step 1 */
	st->step = progress_resume_step(pl, l->nsteps);
	st->finished = pl->done;
	st->done = pl->done && st->right == st->exercises;
}

/* The standing in words (see tutor.h). */
char *
tutor_standing_text(const tutor_standing *st, int nsteps)
{
	int missed = st->exercises - st->right;

	if (!st->started)
		return xstrdup(_("new"));
	if (st->done && st->exercises == 0)
		return xstrdup(_("done"));
	if (st->done && st->step == 0)
		return xasprintf(_("done, %d of %d right"), st->right,
		    st->exercises);
	if (st->done)
		return xasprintf(_("done, again at step %d of %d"), st->step + 1,
		    nsteps);
	if (st->finished && st->step > 0)
		return xasprintf(_("%d of %d skipped, again at step %d of %d"),
		    missed, st->exercises, st->step + 1, nsteps);
	if (st->finished)
		return xasprintf(_("finished, %d of %d skipped"), missed,
		    st->exercises);
	return xasprintf(_("step %d of %d"), st->step + 1, nsteps);
}
