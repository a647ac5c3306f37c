/* batch_impl.h - what the batch files (batch.c, batch_read.c,
 * batch_score.c) share and nobody else uses. */
#ifndef NABLA_BATCH_IMPL_H
#define NABLA_BATCH_IMPL_H

#include <stddef.h>

#include "batch.h"

/* A copy of s[0..len) without surrounding blanks (caller frees). */
char *batch_trimmed(const char *s, size_t len);

/* Whether s (len bytes) is only blanks. */
int batch_blank(const char *s, size_t len);

/* The style of the cache's texts. */
enum expr_style batch_cache_style(const batch_cache *bc);

/* The number of variables of line l's function (prepared and kept),
 * or -1 when it cannot be read. */
int batch_nvars(batch_cache *bc, const batch_line *l);

/* --- batch_memo.c: graded answers remembered ---------------------------- */

typedef struct batch_memo batch_memo;

batch_memo *batch_memo_new(void);
void batch_memo_free(batch_memo *m);

/* The answers bc remembers. */
batch_memo *batch_cache_memo(batch_cache *bc);
/* Whether the last batch_check prepared its function (a function seen
 * for the first time, or again after it left the cache). */
int batch_cache_fresh(const batch_cache *bc);

/* The key of line l: every field grading reads (caller frees). */
char *batch_memo_key(const batch_line *l);

/* Whether key was graded before: then a copy of its verdict in r (caller
 * frees) and its grade in g. */
int batch_memo_get(batch_memo *m, const char *key, check_result *r,
    batch_grade *g);

/* Remember the verdict r and grade g of key (copied). */
void batch_memo_put(batch_memo *m, const char *key, const check_result *r,
    const batch_grade *g);

#endif
