/* termout.h - line-oriented output of untrusted text (lesson text, batch
 * fields, echoed input): every control character but tab and newline,
 * and every byte that is not UTF-8, is written as a visible escape
 * (core/text.h), so a lesson or a batch file cannot send the terminal a
 * command.  The one-shot commands and the line mode print text that
 * anyone else wrote through these.  In ASCII mode (termout_set_ascii)
 * the text is also spelled in ASCII first (core/ascii.h: Größe ->
 * Groesse, γ -> gamma), so a C locale shows words, not '?'. */
#ifndef NABLA_TERMOUT_H
#define NABLA_TERMOUT_H

#include <stdio.h>

/* Spell what termout writes in ASCII from now on (ascii 1) or not (0,
 * the start): the line mode and the listings set it when their output
 * is ASCII (--ascii, or a locale that is not UTF-8). */
void termout_set_ascii(int ascii);

/* The columns s takes once termout writes it (ASCII mode: after the
 * spelling). */
size_t termout_width(const char *s);

/* Write s to f with its controls made visible (tab and newline kept). */
void termout_puts(const char *s, FILE *f);

/* Like fprintf, with the whole result made visible as termout_puts. */
void termout_printf(FILE *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Like termout_printf for a message of one line (a format with no
 * newline but the one at its end): every control character of the
 * result, newline and tab too, is made visible, but for the newline
 * that ends it.  So an argument echoed in a message (a file name, an
 * option's value, a lesson's name) cannot start a line of its own nor
 * send the terminal a command, whatever it holds. */
void termout_line(FILE *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
