/* cli_data.c - the data table of a one-shot command: reading --data
 * FILE and keeping it, with the last function read over it, for the
 * rest of the command. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/nls.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "ui/cli_data.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

/* The command's table and its last function over it: one command runs
 * per process, and both live until it exits. */
static data_table cli_table;
static int cli_have_table;
static datafn *cli_fn;

/* Read a whole file: only a regular file (a FIFO would wait for ever,
 * /dev/zero never end, a directory read as empty), without NUL bytes
 * (the text would end at the first one, silently dropping the rest). */
char *
cli_data_read_file(const char *what, const char *name)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	int fd = open(name, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	FILE *f;
	sbuf b = SBUF_INIT;
	char buf[4096];
	const char *nul;
	char label[300];
	size_t n;
	int line;

	if (fd < 0 || fstat(fd, &st) != 0 || (f = fdopen(fd, "rb")) ==
	    NULL) {
		termout_line(stderr, "%s: %s: %s\n", cli_who(), name,
		    strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	snprintf(label, sizeof label, "%s %.280s", what, name);
	if (!S_ISREG(st.st_mode)) {
		fclose(f);
		cli_fail(label, NULL, _("give a file of CSV text"), _("not a "
		    "regular file (a table is read only from a file)"));
		return NULL;
	}
	sbuf_add(&b, "");
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		if (b.len + n > CLI_MAX_FILE) {
			fclose(f);
			free(b.s);
			cli_fail(label, NULL, _("use a smaller file"),
			    _("the file is larger than %d bytes"), CLI_MAX_FILE);
			return NULL;
		}
		sbuf_addn(&b, buf, n);
	}
	if (ferror(f)) {
		termout_line(stderr, "%s: %s: %s\n", cli_who(), name,
		    strerror(errno));
		fclose(f);
		free(b.s);
		return NULL;
	}
	fclose(f);
	if ((nul = memchr(b.s, '\0', b.len)) != NULL) {
		line = 1;
		for (n = 0; b.s + n < nul; n++)
			line += b.s[n] == '\n';
		free(b.s);
		cli_fail(label, NULL, _("give a file of CSV text"), _("line %d: a "
		    "NUL byte (the file is not text)"), line);
		return NULL;
	}
	return b.s;
}

/* Read --data FILE. */
int
cli_data_load(const char *file)
{
	expr_error err;
	char *text;

	if (file == NULL)
		return 0;
	if ((text = cli_data_read_file("--data", file)) == NULL)
		return 2;
	if (cli_have_table)
		data_table_free(&cli_table);
	cli_have_table = 0;
	if (data_table_parse(&cli_table, text, &err) != 0) {
		/* echo the bad line, the caret under the bad field */
		size_t pos = err.pos < strlen(text) ? err.pos : strlen(text);
		size_t a = pos, e = pos;
		char *line, label[300];
		while (a > 0 && text[a - 1] != '\n')
			a--;
		while (text[e] != '\0' && text[e] != '\n')
			e++;
		line = xstrndup(text + a, e - a);
		err.pos = pos - a;
		snprintf(label, sizeof label, "%.280s", file);
		cli_report(label, line, &err);
		free(line);
		free(text);
		return 2;
	}
	free(text);
	cli_have_table = 1;
	return 0;
}

/* The table read, or NULL. */
const data_table *
cli_data_table(void)
{
	return cli_have_table ? &cli_table : NULL;
}

/* The last function over the data. */
const datafn *
cli_data_fn(void)
{
	return cli_fn;
}

/* Keep d as the last function over the data. */
void
cli_data_set_fn(datafn *d)
{
	datafn_free(cli_fn);
	cli_fn = d;
}
