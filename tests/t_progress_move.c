/* t_progress_move.c - issue 17: a record moved into another of the
 * same lesson (progress_lesson_move: a tutor still open on a moved
 * folder saves into the record another tutor moved) takes the moved-in
 * record's step when it was saved later or in the same second, and is
 * finished when either was.  A tutor's two saves within one second (its
 * answer, then the lesson's end) must end at the end, whatever second
 * the other tutor saved in (t_lesson_moved.sh found the step 2 of the
 * answer left standing when the two tutors' saves fell in different
 * seconds).  Times are given, not read from the clock. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/progress.h"
#include "tap.h"

/* The record id of p, or NULL. */
static const progress_lesson *
rec(progress *p, const char *id)
{
	return progress_lesson_get(p, id, 0);
}

int
main(void)
{
	char *warn = NULL;
	progress *p = progress_open(NULL, &warn);
	const progress_lesson *r;

	/* the other tutor finished at time 100 (step 0, done); the old
	 * tutor answers at step index 2 in the same second */
	progress_set_position(p, "pack@new", 0, 1, 100);
	progress_set_position(p, "pack@old", 2, 0, 100);
	progress_lesson_move(p, "pack@old", "pack@new");
	r = rec(p, "pack@new");
	ok(r != NULL && rec(p, "pack@old") == NULL && r->step == 2 &&
	    r->done == 1, "same second: the moved-in step (2), still done");
	/* then it reaches the end in that second too */
	progress_set_position(p, "pack@old", 0, 1, 100);
	progress_lesson_move(p, "pack@old", "pack@new");
	r = rec(p, "pack@new");
	ok(r != NULL && r->step == 0 && r->done == 1,
	    "its end in the same second: step 0, done");
	/* a later answer (time 101), then the end in that second */
	progress_set_position(p, "pack@old", 2, 0, 101);
	progress_lesson_move(p, "pack@old", "pack@new");
	progress_set_position(p, "pack@old", 0, 1, 101);
	progress_lesson_move(p, "pack@old", "pack@new");
	r = rec(p, "pack@new");
	ok(r != NULL && r->step == 0 && r->done == 1 && r->time == 101,
	    "a later second: ends at step 0, done, time 101");
	/* an older record moved in keeps the newer one's step */
	progress_set_position(p, "pack@old", 3, 0, 50);
	progress_lesson_move(p, "pack@old", "pack@new");
	r = rec(p, "pack@new");
	ok(r != NULL && r->step == 0 && r->time == 101 && r->done == 1,
	    "an older record moved in: the newer step stays");
	progress_free(p);
	free(warn);
	return tap_done();
}
