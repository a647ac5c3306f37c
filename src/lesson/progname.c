/* progname.c - the name the program was run under (progname.h): the base
 * name of argv[0], as GNU tar and coreutils name themselves in their
 * messages, so "gnabla" (--program-prefix=g) or a symlink's name is what
 * a command to type says.  doc/HACKING.md says why. */
#include "config.h"

#include <string.h>

#include "core/text.h"
#include "lesson/progname.h"

/* The name, and room for one with "-tui" cut off. */
static const char *progname_name = "nabla";
static char progname_buf[256];

/* Remember argv0's base name (progname.h). */
void
progname_set(const char *argv0)
{
	const char	*base;
	size_t		 n;

	if (argv0 == NULL)
		return;
	base = strrchr(argv0, '/');
	base = base != NULL ? base + 1 : argv0;
	n = strlen(base);
	if (n > 4 && strcmp(base + n - 4, "-tui") == 0 &&
	    n - 4 < sizeof progname_buf) {
		memcpy(progname_buf, base, n - 4);
		progname_buf[n - 4] = '\0';
		base = progname_buf;
	}
	/* a name with a control character in it (exec -a) would be
	 * echoed in every message: "nabla" instead */
	if (base[0] != '\0' && text_find_control(base, strlen(base), NULL) ==
	    strlen(base))
		progname_name = base;
}

/* The name for messages (progname.h). */
const char *
progname(void)
{
	return progname_name;
}
