/* tui_curses.h - include the wide-character curses header wherever
 * configure found it (ncursesw/curses.h or curses.h).  NCURSES_WIDECHAR
 * comes from config.h. */
#ifndef NABLA_TUI_CURSES_H
#define NABLA_TUI_CURSES_H

#if defined(HAVE_NCURSESW_CURSES_H)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

#endif
