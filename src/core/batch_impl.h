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

#endif
