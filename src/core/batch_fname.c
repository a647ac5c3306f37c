/* batch_fname.c - unique, safe file names for students (see
 * batch_fname.h). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "batch_fname.h"
#include "sbuf.h"
#include "text.h"
#include "utf8.h"
#include "xalloc.h"

/* Whether cp (not ASCII) is kept in a file name: not a C1 control, a
 * space or an invisible character that reorders or hides text. */
static int
keep_cp(uint32_t cp)
{
	return cp >= 0xa1 && cp != 0xad && cp != 0x2028 && cp != 0x2029 &&
	    !(cp >= 0x2000 && cp <= 0x200f) &&
	    !(cp >= 0x202a && cp <= 0x202f) &&
	    !(cp >= 0x205f && cp <= 0x206f) && cp != 0x3000 &&
	    cp != 0xfeff && !(cp >= 0xfff9 && cp <= 0xfffb);
}

/* The safe form of name (caller frees). */
static char *
safe_name(const char *name)
{
	sbuf		 b = SBUF_INIT;
	size_t		 n = strlen(name), i;
	uint32_t	 cp;
	int		 k;
	unsigned char	 c;

	for (i = 0; i < n && b.len < BATCH_FNAME_MAX; i += (size_t)k) {
		c = (unsigned char)name[i];
		k = 1;
		if (c < 0x80) {
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			    (c >= '0' && c <= '9') || c == '_' || ((c == '.' ||
			    c == '-') && b.len > 0))
				sbuf_addn(&b, name + i, 1);
			else
				sbuf_add(&b, "_");
			continue;
		}
		k = utf8_decode(name + i, n - i, &cp);
		if (k <= 0 || !keep_cp(cp) || b.len + (size_t)k >
		    BATCH_FNAME_MAX) {
			sbuf_add(&b, "_");
			k = k <= 0 ? 1 : k;
		} else
			sbuf_addn(&b, name + i, (size_t)k);
	}
	sbuf_add(&b, "");
	return sbuf_take(&b);
}

/* Whether stem (lowered) or its key's stem is taken. */
static int
taken(batch_fnames *fs, const char *stem)
{
	char	*key = xasprintf("%s-key", stem);
	int	 t = batch_tally_find(&fs->stems, stem) >= 0 ||
		    batch_tally_find(&fs->stems, key) >= 0;

	free(key);
	return t;
}

/* A unique file name for name. */
char *
batch_fname(batch_fnames *fs, const char *name, int *renamed)
{
	char	*base = safe_name(name), *cand = xstrdup(base), *low, *key;
	int	 i, b;

	/* the suffixes of a base already tried are not tried again, so a
	 * class of many namesakes costs linear time */
	low = text_lower(xstrdup(base));
	b = batch_tally_index(&fs->bases, low);
	free(low);
	*renamed = 0;
	for (i = fs->bases.s[b].answers > 1 ? fs->bases.s[b].answers : 2;;
	    i++) {
		low = text_lower(xstrdup(cand));
		if (!taken(fs, low))
			break;
		free(low);
		free(cand);
		cand = xasprintf("%s-%d", base, i);
		*renamed = 1;
	}
	fs->bases.s[b].answers = i;
	key = xasprintf("%s-key", low);
	batch_tally_index(&fs->stems, low);
	batch_tally_index(&fs->stems, key);
	free(key);
	free(low);
	free(base);
	return cand;
}

/* Free the names given. */
void
batch_fnames_free(batch_fnames *fs)
{
	batch_tally_free(&fs->stems);
	batch_tally_free(&fs->bases);
	memset(fs, 0, sizeof *fs);
}
