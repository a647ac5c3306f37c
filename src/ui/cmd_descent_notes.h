/* cmd_descent_notes.h - the notes nabla descent prints under its table
 * (cmd_descent_notes.c), shared with cmd_descent.c.  Every function
 * returns a new string (caller frees) or NULL when there is nothing to
 * say. */
#ifndef NABLA_CMD_DESCENT_NOTES_H
#define NABLA_CMD_DESCENT_NOTES_H

#include "core/descent.h"
#include "core/expr.h"

/* One symbol in a style: ascii, unicode or LaTeX spelling (static). */
const char *cmd_descent_sym(enum expr_style st, const char *ascii,
    const char *uni, const char *tex);
/* The method and its parameters in words, for the header. */
char *cmd_descent_method_text(const descent_result *r, enum expr_style st);
/* The notes call the function fn (expr_fname: f, or its declared
 * name). */
/* What the method's notes say (Newton's Hessian not positive definite,
 * a step along -grad f). */
char *cmd_descent_method_note(const descent_result *r, const char *fn,
    enum expr_style st);
/* What the Hessian says at a_0 when it is a critical point, or at the
 * end of a converged run that is not certainly a minimum. */
char *cmd_descent_stationary_note(const expr *e, int nvars,
    const descent_result *r, const char *fn, enum expr_style st);
/* The stable range of gamma for a quadratic f (q and *isq filled). */
/* A run that left the domain falling, with no critical point of f
 * found between its iterates: f seems to fall to the edge of its
 * domain (a smaller step would not help); NULL otherwise.  A new
 * string. */
char *cmd_descent_domain_note(const expr *e, int nvars,
    const descent_result *r, const char *fn);
char *cmd_descent_quadratic_note(const expr *e, int nvars,
    const descent_result *r, const char *fn, enum expr_style st,
    descent_quad *q, int *isq);

#endif
