/* main_common.h - what the two programs, nabla (main.c) and nabla-tui
 * (tui_main.c), both do around a command: set up the locale, check that
 * stdout arrived, point at --help. */
#ifndef NABLA_MAIN_COMMON_H
#define NABLA_MAIN_COMMON_H

/* Set up the locale and the message catalogue for argv (English for
 * machine-readable output). */
void main_locale(int argc, char **argv);

/* Flush stdout; returns status, or 2 when a write failed (said on
 * stderr). */
int main_close_stdout(int status);

/* Point at --help after a usage error; returns the exit status 2. */
int main_try_help(void);

#endif
