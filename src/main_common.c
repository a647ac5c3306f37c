/* main_common.c - what both programs, nabla (main.c) and nabla-tui
 * (tui_main.c), do around a command: the locale and the message
 * catalogue, the final check that stdout arrived, the pointer to --help. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "lesson/progname.h"
#include "ui/cli_util.h"
#include "main_common.h"

/* Point at --help after a usage error; returns the exit status 2. */
int
main_try_help(void)
{
	fprintf(stderr, _("Try '%s --help' for more information.\n"),
	    progname());
	return 2;
}

/* Make sure everything written to stdout arrived; a failed write (a full
 * disk, a closed pipe) turns success into exit status 2. */
int
main_close_stdout(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, _("%s: write error: %s\n"), cli_who(),
		    strerror(errno));
		return 2;
	}
	return status;
}

/* 1 if the command line asks for output that programs read (--json,
 * --tap, --csv, --canvas, --gradescope): that output stays English in every
 * language, its messages too. */
static int
main_machine_output(int argc, char **argv)
{
	int	i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--json") == 0 ||
		    strcmp(argv[i], "--tap") == 0 ||
		    strcmp(argv[i], "--csv") == 0 ||
		    strcmp(argv[i], "--canvas") == 0 ||
		    strcmp(argv[i], "--gradescope") == 0)
			return 1;
	}
	return 0;
}

#ifdef ENABLE_NLS
/* The codeset messages are read in (main_locale): UTF-8, or ASCII
 * spelled out by iconv in a locale that is not UTF-8.  Not in the C
 * locale, whose transliteration knows no letters (ü as ?) and where
 * gettext finds no catalogue anyway, but sheet headings (cmd_sheet). */
static const char *
main_codeset(void)
{
	const char *ct = setlocale(LC_CTYPE, NULL);

	if (cli_default_style() == EXPR_UNICODE || ct == NULL ||
	    strcmp(ct, "C") == 0 || strcmp(ct, "POSIX") == 0)
		return "UTF-8";
	return "ASCII//TRANSLIT";
}
#endif

/* Set up the locale: messages in the user's language (LANGUAGE,
 * LC_ALL, LC_MESSAGES, LANG), but English for machine-readable output;
 * numbers always with '.' (LC_NUMERIC stays "C", so no printf or strtod
 * anywhere reads or writes "0,5").  The catalogues are read from
 * LOCALEDIR, or from $NABLA_LOCALEDIR when it is set (the tests use the
 * catalogues of the build tree).  The catalogues are UTF-8; in a locale
 * that is not (de_DE.ISO-8859-1: the tutor's ASCII mode, in which lesson
 * text is transliterated), messages come spelled in ASCII by iconv's
 * transliteration (für as fuer under de_DE) instead of UTF-8 bytes the
 * terminal would show as mojibake. */
void
main_locale(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C");
	if (main_machine_output(argc, argv))
		setlocale(LC_MESSAGES, "C");
#ifdef ENABLE_NLS
	{
		const char *dir = getenv("NABLA_LOCALEDIR");

		bindtextdomain(PACKAGE, dir != NULL && dir[0] != '\0' ?
		    dir : LOCALEDIR);
		bind_textdomain_codeset(PACKAGE, main_codeset());
		textdomain(PACKAGE);
	}
#endif
}
