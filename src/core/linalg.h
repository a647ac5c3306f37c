/* linalg.h - small dense linear algebra for Hessians and Newton steps.
 *
 * Matrices are n×n arrays of doubles stored row by row: entry (i, j) is
 * a[i * n + j].  n is at most LINALG_MAX_N, which equals EXPR_MAX_VARS,
 * so every work array lives on the stack and nothing here allocates.
 * The caller owns every array passed in or filled.  Nothing here prints,
 * exits or keeps state. */
#ifndef NABLA_LINALG_H
#define NABLA_LINALG_H

#define LINALG_MAX_N 32		/* largest n accepted (EXPR_MAX_VARS) */

/* The Euclidean length of x (n values), computed without overflow or
 * underflow for huge or tiny entries.  NaN if an entry is NaN, infinity
 * if an entry is infinite. */
double linalg_norm(const double *x, int n);

/* The dot product of a and b (n values). */
double linalg_dot(const double *a, const double *b, int n);

/* y = A x for an n×n matrix a; y must not alias x. */
void linalg_matvec(const double *a, const double *x, double *y, int n);

/* The eigenvalues of the symmetric part (A + Aᵀ)/2 of a, by cyclic Jacobi
 * rotations, sorted ascending into eval (n values).  When evec is not
 * NULL it receives the orthonormal eigenvectors as columns: component i
 * of the eigenvector for eval[k] is evec[i * n + k].  Returns 0, or -1
 * when n is out of range or a contains NaN or an infinity (eval is then
 * filled with NaN). */
int linalg_sym_eigen(const double *a, int n, double *eval, double *evec);

/* Solve A x = b by Gaussian elimination with partial pivoting.  Returns 0
 * and fills x (n values; it may alias b), or -1 when n is out of range,
 * an entry is not finite, or A is singular: a pivot is no larger than
 * LINALG_SINGULAR_TOL times the largest entry of A, times n. */
int linalg_solve(const double *a, const double *b, double *x, int n);

#define LINALG_SINGULAR_TOL 1e-13

/* The determinant of a (by the same elimination).  0 for a singular
 * matrix, NaN when n is out of range or an entry is not finite. */
double linalg_det(const double *a, int n);

#endif
