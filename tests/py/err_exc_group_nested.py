# an uncaught nested exception group prints boxes; compare its last line
raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
