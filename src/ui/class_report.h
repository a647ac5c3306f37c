/* class_report.h - nabla progress --merge DIR: the progress files a
 * teacher collected from a class (DIR/NAME.progress, or
 * DIR/SUBDIR/progress), read without being changed, summed up per
 * student (lessons done, first-try rate, hints) and printed as one
 * table, JSON or CSV (RFC 4180).  Names and ids come from students:
 * they are made visible on the terminal and in CSV, and valid in
 * JSON. */
#ifndef NABLA_CLASS_REPORT_H
#define NABLA_CLASS_REPORT_H

enum class_report_format {
	CLASS_REPORT_TABLE,
	CLASS_REPORT_JSON,
	CLASS_REPORT_CSV
};

/* Print the report of the progress files in dir, counted over the
 * lessons nabla finds (lessons_dir is --lessons DIR or NULL).  A
 * damaged or unreadable file is reported on stderr (and in the JSON)
 * and left out.  Returns the exit status: 0, 1 when a file was left
 * out, 2 when dir cannot be read. */
int class_report(const char *dir, const char *lessons_dir,
    enum class_report_format fmt);

#endif
