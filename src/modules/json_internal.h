// json_internal.h: the two halves of the native `_json` accelerator (json_decode.cpp,
// json_encode.cpp), registered by json_module.cpp. lib/json uses them when present.
#pragma once

#include <string>

#include "objects/value.h"

namespace bastion {

struct StrObject;

// Parses the JSON value at `idx` of `s` (the C scanner's grammar and messages). With
// `whole`, leading and trailing whitespace is skipped and anything after the value is
// "Extra data". Errors are instances of `error_class(msg, doc, pos)`. Returns the value and
// sets *end to the index after it.
Result<Ref> json_scan(Interpreter&, StrObject* s, int64_t idx, bool strict, bool whole, Value error_class,
                      int64_t* end);

struct JsonEncodeOptions {
    bool skipkeys = false;
    bool ensure_ascii = true;
    bool check_circular = true;
    bool allow_nan = true;
    bool sort_keys = false;
    bool has_indent = false;
    std::string indent;         // UTF-8, used when has_indent
    std::string item_separator; // UTF-8
    std::string key_separator;  // UTF-8
    Value default_fn;           // called for unknown objects (borrowed for the call)
};

// json.dumps's text for `obj` (CPython's c_make_encoder output, and its indent form).
Result<Ref> json_encode(Interpreter&, Value obj, const JsonEncodeOptions& options);
// The quoted, escaped form of one str (encode_basestring / encode_basestring_ascii).
void json_append_string(std::string& out, const StrObject* s, bool ensure_ascii);

} // namespace bastion
