/* progname.h - the name the program was run under, for the messages that
 * tell the user a command to type ("run nabla lint FILE"): a user who
 * installed nabla as gnabla (./configure --program-prefix=g) must be told
 * "gnabla lint FILE".  Set once by main (main.c, tui_main.c); read by the
 * lesson and ui layers. */
#ifndef NABLA_PROGNAME_H
#define NABLA_PROGNAME_H

/* Remember the base name of argv0 (what the user typed, without its
 * folder; a trailing "-tui" removed, as nabla-tui speaks for nabla).
 * NULL, "" or a name with a control character or a byte that is not
 * UTF-8 in it (core/text.h) keeps the default, "nabla".  argv0 must outlive the
 * program's messages (argv[0] does). */
void progname_set(const char *argv0);

/* The name to print in a command the user is told to type: the one set,
 * else "nabla".  Owned by progname. */
const char *progname(void);

#endif
