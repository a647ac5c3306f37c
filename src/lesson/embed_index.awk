# embed_index.awk - the listing of one built-in lesson, as C data.
#
# Usage: LC_ALL=C awk -v n=INDEX -f embed_index.awk FILE
# Prints the header fields, the blocks and the exercises' ids of FILE,
# which is what lesson_parse_listed reads of it, as the static
# builtin_listing builtin_listing_INDEX (builtin.h): numbers and offsets
# into one string of its texts, so that the table costs the program no
# relocations at start (no pointers but two), and so that nabla lists
# its course without parsing it at every start (issue 18).  It follows
# src/lesson/lesson.c for a good lesson only: at anything it is not
# sure of (an error the parser would report, a byte order mark, a
# carriage return, a control character, bytes that are not UTF-8) it
# prints nothing and exits 1, and nabla parses that lesson as before.
# tests/t_builtin_listed checks that every built-in lesson gets a
# listing equal to the parsed one.
BEGIN {
	for (i = 1; i < 256; i++)
		ord[sprintf("%c", i)] = i
	split("id title summary order author format language", hf, " ")
	for (i in hf)
		known[hf[i]] = 1
	ok = 1; inh = 1; nst = 0; cur = ""; fld = ""; nc = 0
}

function trim(s) {
	sub(/^[ \t]+/, "", s)
	sub(/[ \t]+$/, "", s)
	return s
}

# whether s holds a control character or a byte outside UTF-8
function bad_bytes(s,   t) {
	if (s ~ /[\001-\010\012-\037\177]/)
		return 1
	if (s !~ /[\200-\377]/)
		return 0
	t = s
	gsub(/\302[\240-\277]|[\303-\337][\200-\277]|\340[\240-\277][\200-\277]|[\341-\354\356\357][\200-\277][\200-\277]|\355[\200-\237][\200-\277]|\360[\220-\277][\200-\277][\200-\277]|[\361-\363][\200-\277][\200-\277][\200-\277]|\364[\200-\217][\200-\277][\200-\277]/, "", t)
	return t ~ /[\200-\377]/
}

# the length of a "key:" at the start of s (lesson_key_len), or 0
function keylen(s,   c) {
	if (!match(s, /^[a-z][a-z0-9-]*:/))
		return 0
	c = substr(s, RLENGTH + 1, 1)
	if (c != "" && c != " " && c != "\t")
		return 0
	return RLENGTH - 1
}

# join the continuation lines of the header field being read
# (lesson_end_field)
function end_field(   i, ind, k, c, v) {
	if (fld == "")
		return
	ind = -1
	for (i = 1; i <= nc; i++) {
		if (cont[i] ~ /^[ \t]*$/)
			continue
		match(cont[i], /^[ \t]*/)
		k = RLENGTH
		if (ind < 0 || k < ind)
			ind = k
	}
	v = hv[fld]
	for (i = 1; i <= nc; i++) {
		c = cont[i]
		if (c ~ /^[ \t]*$/)
			c = ""
		else
			c = substr(c, ind + 1)
		sub(/[ \t]+$/, "", c)
		if (v != "")
			v = v "\n"
		v = v c
	}
	hv[fld] = v
	nc = 0
	fld = ""
}

# a header line (lesson_header_line)
function header(s,   k, key) {
	k = keylen(s)
	if (k == 0) {
		if (s ~ /^[ \t]/ && fld != "")
			cont[++nc] = s
		else
			ok = 0
		return
	}
	end_field()
	key = substr(s, 1, k)
	if (!(key in known) || (key in hv)) {
		ok = 0
		return
	}
	hv[key] = trim(substr(s, k + 2))
	fld = key
}

# a block line "--- kind[: word]" (lesson_start_block)
function block(s,   colon, kind, rest) {
	fld = ""
	s = substr(s, 4)
	sub(/^-+/, "", s)
	if (s != "" && s !~ /^[ \t]/) {
		ok = 0
		return
	}
	rest = ""
	colon = index(s, ":")
	if (colon > 0) {
		rest = trim(substr(s, colon + 1))
		s = substr(s, 1, colon - 1)
	}
	kind = trim(s)
	if (kind != "text" && kind != "exercise" && kind != "plot" &&
	    kind != "checkpoint") {
		ok = 0
		return
	}
	if ((kind == "exercise" || kind == "plot") && rest == "") {
		ok = 0
		return
	}
	nst++
	skind[nst] = kind
	sline[nst] = NR
	stext[nst] = rest
	sid[nst] = ""
	sidl[nst] = 0
	cur = kind
}

# an exercise's "id:" line (lesson_field_line)
function exid(s) {
	if (keylen(s) != 2 || sidl[nst] > 0) {
		ok = 0
		return
	}
	sid[nst] = trim(substr(s, 4))
	sidl[nst] = NR
}

# s as a C string literal (bytes outside printable ASCII in octal)
function cstr(s,   out, i, c, o) {
	out = "\""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		o = ord[c]
		if (c == "\"" || c == "\\" || c == "?")
			out = out "\\" c
		else if (c == "\n")
			out = out "\\n"
		else if (o < 32 || o >= 127)
			out = out sprintf("\\%03o", o)
		else
			out = out c
	}
	return out "\""
}

# the offset of s in the pool of strings (0: none, for a NULL), the
# string added to it
function pooled(s) {
	pool[++npool] = s
	off = poolsize
	poolsize += length(s) + 1
	return off
}

function pooled_key(key) {
	return (key in hv) ? pooled(hv[key]) : 0
}

{
	line = $0
	if (NR == 1 && substr(line, 1, 3) == "\357\273\277")
		ok = 0
	if (index(line, "\r") > 0)
		ok = 0
	isblock = substr(line, 1, 3) == "---"
	# after the header only block lines and exercises' ids are read
	if (!inh && !isblock && !(cur == "exercise" &&
	    substr(line, 1, 3) == "id:"))
		next
	if (bad_bytes(line)) {
		ok = 0
		next
	}
	if (substr(line, 1, 1) == "#")
		next
	if (isblock) {
		if (inh) {
			end_field()
			inh = 0
		}
		block(line)
	} else if (inh) {
		if (line !~ /^[ \t]*$/)
			header(line)
		else if (fld != "")
			cont[++nc] = ""
	} else
		exid(line)
}

END {
	if (inh)
		end_field()
	for (k in hv) {
		sub(/\n+$/, "", hv[k])
		if (hv[k] == "")
			ok = 0
	}
	if (!("id" in hv) || !("title" in hv) || !("summary" in hv))
		ok = 0
	else if (length(hv["id"]) > 48 || hv["id"] !~ /^[a-z0-9][a-z0-9-]*$/)
		ok = 0
	if (("language" in hv) && hv["language"] !~ /^[a-z][a-z][a-z]?(_[A-Z][A-Z])?$/)
		ok = 0
	if (("order" in hv) && (hv["order"] !~ /^[0-9]+$/ ||
	    length(hv["order"]) > 6 || hv["order"] + 0 > 100000))
		ok = 0
	if (("format" in hv) && hv["format"] != "1")
		ok = 0
	if (nst == 0 || !ok)
		exit 1
	npool = 0
	poolsize = 1	# the pool starts with a NUL: offset 0 is none
	for (i = 1; i <= nst; i++) {
		kind = skind[i] == "text" ? "LESSON_TEXT" : skind[i] == \
		    "exercise" ? "LESSON_EXERCISE" : skind[i] == "plot" ? \
		    "LESSON_PLOT" : "LESSON_CHECKPOINT"
		step[i] = "\t{ " kind ", " sline[i] ", " (stext[i] != "" ? \
		    pooled(stext[i]) : 0) ", " (sidl[i] > 0 ? pooled(sid[i]) : \
		    0) ", " sidl[i] " },"
	}
	head = pooled(hv["id"]) ", " pooled(hv["title"]) ", " \
	    pooled(hv["summary"]) ", " pooled_key("author") ", " \
	    pooled_key("language")
	print ""
	print "static const char builtin_pool_" n "[] ="
	print "\t\"\\0\""
	for (i = 1; i <= npool; i++)
		print "\t" cstr(pool[i]) " \"\\0\""
	print "\t;"
	print "static const builtin_step builtin_steps_" n "[] = {"
	for (i = 1; i <= nst; i++)
		print step[i]
	print "};"
	print "static const builtin_listing builtin_listing_" n " = {"
	print "\tbuiltin_pool_" n ", " head ","
	print "\t" (("order" in hv) ? hv["order"] + 0 : 0) ", " nst ", builtin_steps_" n
	print "};"
}
