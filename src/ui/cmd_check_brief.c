/* cmd_check_brief.c - what nabla check --batch says of a line in brief:
 * the roster's notes added to its verdict (a name not in the roster,
 * spelled otherwise, a typo of the nearest roster name), and the brief
 * of the text and TAP outputs, the wrong parts and the notes a teacher
 * reads on the line (decimal commas, another variant, the roster's),
 * found by their words in English or in the language of the messages. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/batch_name.h"
#include "core/check.h"
#include "core/nls.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/batch_sheet.h"
#include "ui/cli_util.h"
#include "ui/cmd_check_batch.h"
#include "ui/termout.h"
#include "core/text.h"

/* The notes on an answer whose student is not in the roster, whose
 * student the roster spells otherwise, and whose name is a typo of the
 * roster's nearest name (check_batch_roster_near).  Translated: the text
 * output says them in the language of the messages; the brief finds
 * them by their words in either language (brief_note). */
static const char not_in_roster[] = N_("%s is not in the roster: graded "
    "with the numbers of that name");
static const char not_in_roster_near[] = N_("%s is not in the roster: "
    "graded with the numbers of that name (did you mean %s?)");
static const char not_in_class[] = N_("%s is not in the roster: a row of "
    "its own");
static const char not_in_class_near[] = N_("%s is not in the roster: a row "
    "of its own (did you mean %s?)");
static const char roster_spelled[] = N_("written \"%s\": the roster's "
    "name with other blanks, case or accents");
static const char roster_order[] = N_("written \"%s\": the roster's "
    "name in the other order (\"Last, First\" is \"First Last\")");
static const char roster_order_spelled[] = N_("written \"%s\": the "
    "roster's name in the other order (\"Last, First\" is \"First "
    "Last\"), with other blanks, case or accents");
static const char roster_near[] = N_("written \"%s\", not a roster name: "
    "graded as %s, the roster's nearest name (no answers under it)");
static const char file_order[] = N_("written \"%s\": the name of line %d "
    "in the other order (\"Last, First\" is \"First Last\"): one student");

/* Whether one of names a and b is "Last, First" and the other not; see
 * cmd_check_batch.h. */
int
check_batch_other_order(const char *a, const char *b)
{
	char	*na = batch_name_natural(a), *nb = batch_name_natural(b);
	int	 r = (na == NULL) != (nb == NULL);

	free(na);
	free(nb);
	return r;
}

/* How written, a roster name spelled otherwise, differs from the
 * roster's name: the note to say (a format of one %s, translated). */
static const char *
roster_how(const char *written, const char *name)
{
	char	*a, *b;
	int	 same;

	if (!check_batch_other_order(written, name))
		return _(roster_spelled);
	a = batch_name_natural(written);
	b = batch_name_natural(name);
	/* the other order, letter for letter, or with other blanks too */
	same = strcmp(a != NULL ? a : written, b != NULL ? b : name) == 0;
	free(a);
	free(b);
	return same ? _(roster_order) : _(roster_order_spelled);
}

/* Add the roster's notes to line r's verdict; see cmd_check_batch.h. */
void
check_batch_roster_notes(struct run *run, struct rec *r)
{
	const char	*near;

	if (r->g.status == BATCH_MALFORMED)
		return;
	if (r->stranger) {
		near = check_batch_roster_closest(run, r->l.student);
		/* a key's questions: the same numbers for every name */
		check_add_note(&r->r, near != NULL ? xasprintf(run->sheet ?
		    _(not_in_roster_near) : _(not_in_class_near),
		    r->l.student, near) : xasprintf(run->sheet ?
		    _(not_in_roster) : _(not_in_class), r->l.student));
	}
	if (r->order_of > 0)	/* no roster: the file's own name */
		check_add_note(&r->r, xasprintf(_(file_order), r->spelled,
		    r->order_of));
	else if (r->spelled != NULL)
		check_add_note(&r->r, r->near ? xasprintf(_(roster_near),
		    r->spelled, r->l.student) : xasprintf(roster_how(
		    r->spelled, r->l.student), r->spelled));
}

/* The names of the answers that are not in the roster; see
 * cmd_check_batch.h. */
void
check_batch_strangers(struct run *run, int warn, const char *pre)
{
	batch_tally	 seen = { 0 };
	const char	*near, *name;
	char		*note;
	int		 i, n = 0;

	for (i = 0; i < run->nrec; i++) {
		name = run->rec[i].l.student;
		if (!run->rec[i].stranger || name == NULL ||
		    batch_tally_find(&seen, name) >= 0)
			continue;
		(void)batch_tally_index(&seen, name);
		/* the nearest roster name by core/edit.h, within 2 edits */
		near = check_batch_roster_closest(run, name);
		note = near != NULL ? xasprintf(run->sheet ?
		    _(not_in_roster_near) : _(not_in_class_near), name, near) :
		    xasprintf(run->sheet ? _(not_in_roster) : _(not_in_class),
		    name);
		if (warn)
			termout_line(stderr, _("%s: %s:%d: warning: %s\n"),
			    cli_who(), run->a->batch, run->rec[i].l.lineno,
			    note);
		else {
			if (n++ == 0)
				/* TRANSLATORS: check --batch --students, after
				 * the table: the lines that follow name the
				 * answers' names missing from the roster */
				termout_printf(stdout, "%s%s%s\n", *pre ? "" :
				    "\n", pre,
				    _("not in the roster (correct the name in "
				    "the answers, or add it to the roster):"));
			termout_printf(stdout, "%s%s:%d: %s\n", pre,
			    run->a->batch, run->rec[i].l.lineno, note);
		}
		free(note);
	}
	batch_tally_free(&seen);
}

/* Whether note was written from the message fmt (English, or its
 * translation): it holds the longest run of fmt's own words between
 * its "%s"s, when that run is long enough to tell (12 bytes). */
static int
note_from(const char *note, const char *fmt)
{
	const char	*p = fmt, *best = NULL, *e;
	size_t		 n = 0;
	char		*run;
	int		 found;

	for (;;) {
		e = strchr(p, '%');
		if (e == NULL)
			e = p + strlen(p);
		if ((size_t)(e - p) > n) {
			best = p;
			n = (size_t)(e - p);
		}
		if (*e == '\0')
			break;
		p = e + 1 + strspn(e + 1, "l");
		if (*p != '\0')
			p++;	/* the conversion's letter */
	}
	if (n < 12)
		return 0;
	run = xstrndup(best, n);
	found = strstr(note, run) != NULL;
	free(run);
	return found;
}

/* Whether note is one the brief shows: a decimal comma's "did you mean
 * 0.4? ..." or "... can be read with decimal commas in more than one
 * way ..." (core translates them: the text output is in the language
 * of the messages, the machine outputs in English), or a varied
 * sheet's or a roster's note. */
static int
brief_note(const char *note)
{
	return text_ncasecmp(note, "did you mean", 12) == 0 ||
	    note_from(note, _("did you mean %s? %s reads as two numbers: "
	    "write decimals with a point")) ||
	    strstr(note, CHECK_DECIMAL_AMBIGUOUS_WORDS) != NULL ||
	    note_from(note, _("%s can be read with decimal commas in more "
	    "than one way: write decimals with a point, and a blank after "
	    "each comma between numbers")) ||
	    note_from(note, batch_another_fmt) ||
	    note_from(note, _(batch_another_fmt)) ||
	    note_from(note, batch_another_named_fmt) ||
	    note_from(note, _(batch_another_named_fmt)) ||
	    note_from(note, batch_another_many_fmt) ||
	    note_from(note, _(batch_another_many_fmt)) ||
	    note_from(note, not_in_roster) ||
	    note_from(note, _(not_in_roster)) ||
	    note_from(note, roster_spelled) ||
	    note_from(note, _(roster_spelled)) ||
	    note_from(note, roster_order) ||
	    note_from(note, _(roster_order)) ||
	    note_from(note, roster_order_spelled) ||
	    note_from(note, _(roster_order_spelled)) ||
	    note_from(note, roster_near) || note_from(note, _(roster_near)) ||
	    note_from(note, file_order) || note_from(note, _(file_order)) ||
	    note_from(note, not_in_class) || note_from(note, _(not_in_class));
}

/* The brief of a verdict; see cmd_check_batch.h. */
char *
check_batch_brief(const check_result *r)
{
	sbuf	 b = SBUF_INIT;
	int	 i;

	sbuf_add(&b, "");
	for (i = 0; i < r->nparts; i++) {
		const check_part *p = &r->parts[i];

		if (p->correct)
			continue;
		/* a mistake id stays English (scripts count them) */
		sbuf_addf(&b, "%s%s: %s", b.len ? "; " : "", p->label,
		    p->mistake ? p->mistake : check_batch_status_text(
		    BATCH_WRONG));
	}
	for (i = 0; i < r->nnotes; i++) {
		/* (batch_exercise.c writes a lesson's "Did you mean"
		 * in lower case, as the others) */
		if (brief_note(r->notes[i]))
			sbuf_addf(&b, "%s%s", b.len ? "; " : "", r->notes[i]);
	}
	return sbuf_take(&b);
}

