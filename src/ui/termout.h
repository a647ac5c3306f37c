/* termout.h - line-oriented output of untrusted text (lesson text, batch
 * fields, echoed input): every control character but tab and newline,
 * and every byte that is not UTF-8, is written as a visible escape
 * (core/text.h), so a lesson or a batch file cannot send the terminal a
 * command.  The one-shot commands and the line mode print text that
 * anyone else wrote through these. */
#ifndef NABLA_TERMOUT_H
#define NABLA_TERMOUT_H

#include <stdio.h>

/* Write s to f with its controls made visible (tab and newline kept). */
void termout_puts(const char *s, FILE *f);

/* Like fprintf, with the whole result made visible as termout_puts. */
void termout_printf(FILE *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
