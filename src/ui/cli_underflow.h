/* cli_underflow.h - numbers of a function that fall below the smallest
 * double on the way (cli_underflow.c). */
#ifndef NABLA_CLI_UNDERFLOW_H
#define NABLA_CLI_UNDERFLOW_H

#include "core/expr.h"

/* Whether the constant factors of a product in text as typed (read with
 * the variables vars), or a power of a constant, come out as 0 though
 * none of them is 0: a number below the smallest double, which the
 * simplifier would fold to 0 (1e-200*1e-200*x, (1e-200x)^2).  Powers of
 * exact numbers (10^-200) stay exact and do not count. */
int cli_const_underflows(const char *text, const expr_vars *vars);
/* Clear the floating-point underflow flag before simplifying (parsing
 * a function, differentiating it). */
void cli_underflow_watch(void);
/* After cli_underflow_watch and work that made the n trees es: when a
 * number fell below the smallest normal double (about 2.2e-308) on the
 * way and none of es holds such a number to account for it (nor input,
 * read with vars, a power of constants such as 10⁻³²⁰), a term was
 * rounded to 0 or lost digits: print the note msg for input (stderr).
 * (1e-200x + 1)^2 differentiates to 2e-200 + 2e-400x, whose second term
 * is 0.)  Returns 1 when it printed the note. */
int cli_underflow_note(const char *input, const expr_vars *vars,
    expr *const *es, int n, const char *msg);

#endif
