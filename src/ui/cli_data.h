/* cli_data.h - the data table of a one-shot command (--data FILE): read
 * once, then used by cli_parse_function for mean(...) and sum(...), and
 * by descent for mini-batches.  One table per process: a command reads
 * at most one. */
#ifndef NABLA_CLI_DATA_H
#define NABLA_CLI_DATA_H

#include "core/datafn.h"

#define CLI_MAX_FILE (4 << 20)	/* bytes of a data file */

/* Read the whole file name into a string (caller frees); NULL after
 * saying why (what names the option, "--data"). */
char *cli_data_read_file(const char *what, const char *name);

/* Read the table of --data FILE (file may be NULL: nothing to do).
 * Returns 0, or 2 after reporting the error (the bad line echoed with
 * a caret under the bad field). */
int cli_data_load(const char *file);

/* The table read, or NULL. */
const data_table *cli_data_table(void);

/* The parts of the last function with mean(...) or sum(...) that
 * cli_parse_function read, or NULL; it stays the reader's. */
const datafn *cli_data_fn(void);

/* Remember d as the last function over the data (takes it; NULL
 * forgets the one before). */
void cli_data_set_fn(datafn *d);

#endif
