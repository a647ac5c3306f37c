/* plain.h - the line-mode player: a lesson as a dialogue on a stream.
 *
 * It prints each step as wrapped text and reads answers and commands
 * (hint, solution, skip, back, quit, help) one line at a time.  It is
 * the accessible mode (screen readers, braille displays, dumb
 * terminals), the fallback when standard input or output is not a
 * terminal, and the way lessons are tested end to end: answers piped in,
 * the transcript compared.  It drives the same tutor (lesson/tutor.h)
 * as the curses TUI. */
#ifndef NABLA_PLAIN_H
#define NABLA_PLAIN_H

#include <stdio.h>

#include "lesson/tutor.h"

typedef struct plain_opts {
	int width;		/* columns to wrap to */
	int unicode;		/* 0: ASCII only */
	int echo;		/* print each input line after the prompt
				   (when input is not a terminal) */
	int pause;		/* wait for Enter after text steps (when
				   input is a terminal) */
	int plots;		/* draw plots (0: captions only) */
	int describe;		/* plots in words and numbers instead of
				   pictures (for screen readers) */
} plain_opts;

/* Fill o from the streams: width from the terminal (or 80), echo when
 * in is not a terminal, pause when it is, plots on. */
void plain_opts_init(plain_opts *o, FILE *in, FILE *out, int unicode);

/* Play the tutor's lesson from its current step on in/out.  Returns 0
 * when the lesson was finished, 1 when the student stopped (quit or end
 * of input); the position is saved either way. */
int plain_run(tutor *t, FILE *in, FILE *out, const plain_opts *o);

#endif
