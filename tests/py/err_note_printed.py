# notes are printed after the exception line; the last stderr line is the last note
e = ValueError("bad value")
e.add_note("note one")
e.add_note("note two")
raise e
