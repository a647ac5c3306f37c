/* bench_tui.c - how the curses tutor behaves on a real terminal: the
 * time to the first full frame, whether an idle tutor uses CPU or wakes
 * up at all, how fast the playground answers a key, and the peak memory.
 *
 * nabla ($NABLA, or ./nabla) runs on a pseudo-terminal of 80x24 with
 * TERM=xterm-256color and its own empty state directory.  A frame counts
 * as complete when the last thing curses paints (the key bar at the
 * bottom) has arrived; the time it ran on a processor until then is
 * read from /proc/PID/schedstat (steady where the wall time follows the
 * load).  Prints one line per figure; see doc/BENCHMARKS.md for the
 * results. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define RUNS 20			/* first frames measured */
#define IDLE_SECONDS 3		/* idle time watched */

static char bench_out[1 << 20];	/* what the tutor wrote */
static size_t bench_len;

/* Seconds on the monotonic clock. */
static double
bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Start nabla on a new pseudo-terminal; returns the master side and the
 * child's pid in *pid, or -1. */
static int
bench_spawn(const char *nabla, const char *state, pid_t *pid)
{
	struct winsize ws = { 24, 80, 0, 0 };
	int master, slave;
	char *name;

	master = posix_openpt(O_RDWR | O_NOCTTY);
	if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
		return -1;
	name = ptsname(master);
	if (name == NULL)
		return -1;
	*pid = fork();
	if (*pid < 0)
		return -1;
	if (*pid == 0) {
		setsid();
		slave = open(name, O_RDWR);
		if (slave < 0)
			_exit(127);
		ioctl(slave, TIOCSCTTY, 0);
		ioctl(slave, TIOCSWINSZ, &ws);
		dup2(slave, 0);
		dup2(slave, 1);
		dup2(slave, 2);
		close(master);
		if (slave > 2)
			close(slave);
		setenv("TERM", "xterm-256color", 1);
		setenv("XDG_STATE_HOME", state, 1);
		setenv("LC_ALL", "C.UTF-8", 1);
		unsetenv("NO_COLOR");
		execl(nabla, nabla, (char *)NULL);
		_exit(127);
	}
	bench_len = 0;
	return master;
}

/* Read what arrives for up to timeout seconds, until text shows up in
 * the output after byte from.  Returns the time it arrived, or -1. */
static double
bench_wait_for(int fd, const char *text, size_t from, double timeout)
{
	struct pollfd p = { fd, POLLIN, 0 };
	double end = bench_now() + timeout;
	ssize_t r;

	for (;;) {
		bench_out[bench_len] = '\0';
		if (bench_len > from && strstr(bench_out + from, text) != NULL)
			return bench_now();
		if (bench_now() > end)
			return -1;
		if (poll(&p, 1, 50) > 0) {
			r = read(fd, bench_out + bench_len,
			    sizeof bench_out - 1 - bench_len);
			if (r <= 0)
				return -1;
			bench_len += (size_t)r;
			if (bench_len >= sizeof bench_out - 1)
				bench_len = 0;	/* keep going; old text is gone */
		}
	}
}

/* Drain output until nothing arrives for quiet seconds; returns the time
 * of the last byte. */
static double
bench_drain(int fd, double quiet)
{
	struct pollfd p = { fd, POLLIN, 0 };
	double last = bench_now();
	ssize_t r;

	while (poll(&p, 1, (int)(quiet * 1000)) > 0) {
		r = read(fd, bench_out + bench_len,
		    sizeof bench_out - 1 - bench_len);
		if (r <= 0)
			break;
		bench_len += (size_t)r;
		if (bench_len >= sizeof bench_out - 1)
			bench_len = 0;
		last = bench_now();
	}
	return last;
}

/* CPU ticks (user + system) and voluntary context switches of pid. */
static int
bench_usage(pid_t pid, long *ticks, long *switches)
{
	char path[64], buf[4096], *p;
	FILE *f;
	long ut, st;
	int i;

	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	if (fgets(buf, sizeof buf, f) == NULL) {
		fclose(f);
		return -1;
	}
	fclose(f);
	p = strrchr(buf, ')');
	if (p == NULL)
		return -1;
	/* Fields after the name: state is field 3; utime 14, stime 15. */
	for (i = 3; i < 14 && p != NULL; i++)
		p = strchr(p + 1, ' ');
	if (p == NULL || sscanf(p, " %ld %ld", &ut, &st) != 2)
		return -1;
	*ticks = ut + st;
	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	*switches = -1;
	if ((f = fopen(path, "r")) != NULL) {
		while (fgets(buf, sizeof buf, f) != NULL)
			if (sscanf(buf, "voluntary_ctxt_switches: %ld",
			    switches) == 1)
				break;
		fclose(f);
	}
	return 0;
}

/* Send key c and print how long the answer took: to its first byte
 * and to its last (nothing more for 100 ms). */
static void
bench_key(int fd, char c, const char *what)
{
	struct pollfd p = { fd, POLLIN, 0 };
	double t0, tf, tl;

	bench_drain(fd, 0.05);
	t0 = bench_now();
	(void)!write(fd, &c, 1);
	if (poll(&p, 1, 10000) <= 0) {
		printf("key %s: no answer\n", what);
		return;
	}
	tf = bench_now();
	tl = bench_drain(fd, 0.1);
	printf("key %s: first byte %.2f ms, last byte %.2f ms\n", what,
	    (tf - t0) * 1000, (tl - t0) * 1000);
}

/* The milliseconds process pid has run on a processor (*cpu) and
 * waited for one (*wait) since it started, from /proc/PID/schedstat;
 * -1 when the file cannot be read.  On a loaded machine the time to the
 * first frame is mostly waiting: the time on a processor is what the
 * tutor costs. */
static int
bench_sched(pid_t pid, double *cpu, double *wait)
{
	char path[64];
	unsigned long long c, w;
	FILE *f;
	int n;

	snprintf(path, sizeof path, "/proc/%ld/schedstat", (long)pid);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	n = fscanf(f, "%llu %llu", &c, &w);
	fclose(f);
	if (n != 2)
		return -1;
	*cpu = (double)c / 1e6;
	*wait = (double)w / 1e6;
	return 0;
}

/* Sort doubles. */
static int
bench_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int
main(void)
{
	const char *nabla = getenv("NABLA") ? getenv("NABLA") : "./nabla";
	char state[] = "/tmp/bench_tui.XXXXXX";
	double t0, t1, first[RUNS], cpu[RUNS], wait[RUNS];
	int nsched = 0;
	long ticks0, ticks1, sw0, sw1;
	struct rusage ru;
	int fd, i, status, ok = 1;
	pid_t pid;

	if (mkdtemp(state) == NULL) {
		perror("bench_tui: mkdtemp");
		return 2;
	}

	/* First frames: from fork to the home screen's key bar. */
	for (i = 0; i < RUNS; i++) {
		t0 = bench_now();
		if ((fd = bench_spawn(nabla, state, &pid)) < 0) {
			perror("bench_tui: pty");
			return 2;
		}
		t1 = bench_wait_for(fd, "quit", 0, 10);
		first[i] = t1 < 0 ? 1e9 : (t1 - t0) * 1000;
		if (t1 >= 0 && bench_sched(pid, &cpu[nsched], &wait[nsched]) == 0)
			nsched++;
		kill(pid, SIGTERM);
		bench_drain(fd, 0.05);
		waitpid(pid, &status, 0);
		close(fd);
	}
	qsort(first, RUNS, sizeof first[0], bench_cmp);
	printf("first frame (home, 80x24): median %.1f ms, best %.1f ms, "
	    "worst %.1f ms over %d runs (target 50 ms)\n", first[RUNS / 2],
	    first[0], first[RUNS - 1], RUNS);
	if (nsched > 0) {
		qsort(cpu, (size_t)nsched, sizeof cpu[0], bench_cmp);
		qsort(wait, (size_t)nsched, sizeof wait[0], bench_cmp);
		printf("first frame on a processor: median %.1f ms, best %.1f "
		    "ms, worst %.1f ms; waiting for one: median %.1f ms (%d "
		    "runs, /proc/PID/schedstat)\n", cpu[nsched / 2], cpu[0],
		    cpu[nsched - 1], wait[nsched / 2], nsched);
	}
	if (first[RUNS / 2] > 50)
		ok = 0;

	/* Idle: no CPU, no wake-ups. */
	if ((fd = bench_spawn(nabla, state, &pid)) < 0)
		return 2;
	bench_wait_for(fd, "quit", 0, 10);
	bench_drain(fd, 0.2);
	if (bench_usage(pid, &ticks0, &sw0) == 0) {
		sleep(IDLE_SECONDS);
		bench_drain(fd, 0.01);
		bench_usage(pid, &ticks1, &sw1);
		printf("idle for %d s: %ld CPU ticks (of %ld a second), %ld "
		    "wake-ups (voluntary context switches)\n", IDLE_SECONDS,
		    ticks1 - ticks0, sysconf(_SC_CLK_TCK), sw1 - sw0);
		if (ticks1 != ticks0 || sw1 != sw0)
			ok = 0;
	} else
		printf("idle: /proc is not available, not measured\n");

	/* The playground: opening it, one step, a run to convergence, γ up
	 * a notch.  curses sends only what changed, so a key's answer is
	 * timed from the key to the first and to the last byte of it. */
	bench_key(fd, 'p', "p (open the playground)");
	bench_key(fd, ' ', "Space (one step)");
	bench_key(fd, 'r', "r (run to convergence)");
	bench_key(fd, '+', "+ (gamma up a notch, rerun)");
	bench_key(fd, 'f', "f (edit f)");
	bench_key(fd, 'x', "x typed into the line (live reading)");

	/* Leave and read the peak memory. */
	(void)!write(fd, "\033", 1);
	bench_drain(fd, 0.1);
	(void)!write(fd, "q", 1);
	bench_drain(fd, 0.1);
	(void)!write(fd, "q", 1);
	bench_drain(fd, 0.2);
	if (wait4(pid, &status, 0, &ru) == pid)
		printf("peak RSS after home, playground and a converged run: "
		    "%ld KiB; exit status %d\n", ru.ru_maxrss,
		    WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	close(fd);
	{
		char cmd[128];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", state);
		(void)!system(cmd);
	}
	printf("%s\n", ok ? "targets met" : "TARGETS MISSED");
	return ok ? 0 : 1;
}
