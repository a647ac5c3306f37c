"""osa_lib.py - the edit distance the name tests (t_batch_alike.sh,
t_roster_typos.sh) check nabla against, computed here independently of
nabla: optimal string alignment (insert, delete, substitute, swap two
neighbours; each part of the text edited at most once)."""


def osa(a, b):
    """The optimal string alignment distance of a and b (case counts)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and \
                    a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]
