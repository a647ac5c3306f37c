/* t_xalloc.c - tests of the allocation wrappers (src/core/xalloc.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "tap.h"

/* xasprintf formats like printf and sizes the buffer itself. */
static void
test_xasprintf(void)
{
	char	*s;
	size_t	 i;
	int	 all_x = 1;

	s = xasprintf("%d-%s-%.2f", 42, "ab", 0.125);
	is_str(s, "42-ab-0.12", "xasprintf formats int, string and float");
	free(s);

	s = xasprintf("%s", "");
	is_str(s, "", "xasprintf of an empty string");
	free(s);

	/* Longer than any small fixed buffer a broken version might use. */
	s = xasprintf("%5000s|", "x");
	ok(strlen(s) == 5001, "xasprintf makes a 5001-byte string");
	for (i = 0; i < 4999; i++)
		if (s[i] != ' ')
			all_x = 0;
	ok(all_x && s[4999] == 'x' && s[5000] == '|',
	    "xasprintf pads and terminates the long string");
	free(s);
}

/* xstrndup copies at most n bytes, xstrdup copies all. */
static void
test_strdup(void)
{
	const char	*src = "hello";
	char		*s;

	s = xstrndup(src, 3);
	is_str(s, "hel", "xstrndup truncates to n bytes");
	free(s);

	s = xstrndup(src, 99);
	is_str(s, "hello", "xstrndup stops at the end of a short string");
	free(s);

	s = xstrndup(src, 0);
	is_str(s, "", "xstrndup with n = 0 gives an empty string");
	free(s);

	s = xstrdup(src);
	is_str(s, "hello", "xstrdup copies the string");
	ok(s != src, "xstrdup returns new storage");
	s[0] = 'j';
	is_str(src, "hello", "changing the copy leaves the original");
	free(s);
}

/* xrealloc keeps the contents, xcalloc zeroes, zero sizes are allowed. */
static void
test_alloc(void)
{
	unsigned char	*p, *z;
	size_t		 i;
	int		 same = 1, zero = 1;

	p = xmalloc(100);
	for (i = 0; i < 100; i++)
		p[i] = (unsigned char)(i * 7 + 3);
	p = xrealloc(p, 100000);
	for (i = 0; i < 100; i++)
		if (p[i] != (unsigned char)(i * 7 + 3))
			same = 0;
	ok(same, "xrealloc to a larger size keeps the old contents");
	p[99999] = 1;	/* the new size is usable (ASan would catch it) */
	p = xrealloc(p, 10);
	same = 1;
	for (i = 0; i < 10; i++)
		if (p[i] != (unsigned char)(i * 7 + 3))
			same = 0;
	ok(same, "xrealloc to a smaller size keeps the first bytes");
	free(p);

	z = xcalloc(1000, 4);
	for (i = 0; i < 4000; i++)
		if (z[i] != 0)
			zero = 0;
	ok(zero, "xcalloc returns zeroed memory");
	free(z);

	p = xmalloc(0);
	ok(p != NULL, "xmalloc(0) returns usable storage, not NULL");
	free(p);
	p = xcalloc(0, 8);
	ok(p != NULL, "xcalloc(0, 8) returns usable storage, not NULL");
	free(p);
}

int
main(void)
{
	test_xasprintf();
	test_strdup();
	test_alloc();
	return tap_done();
}
