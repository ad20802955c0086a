// json_internal.h: the two halves of the native `_json` accelerator (json_decode.cpp,
// json_encode.cpp), registered by json_module.cpp. lib/json uses them when present.
#pragma once

#include <string>

#include "objects/value.h"

namespace bastion {

struct StrObject;

struct JsonScanOptions {
    bool strict = true;   // control characters in strings are errors
    bool whole = false;   // skip surrounding whitespace; anything after the value is "Extra data"
    Value error_class;    // called as error_class(msg, doc, pos) for every syntax error
    // Hooks, null when not given (CPython's scanner calls each exactly where these do).
    Value object_hook;    // f(dict) replaces each object
    Value pairs_hook;     // f([(key, value), ...]) replaces each object (wins over object_hook)
    Value parse_float;    // f(text) for numbers with a fraction or exponent
    Value parse_int;      // f(text) for integers
    Value parse_constant; // f('NaN' | 'Infinity' | '-Infinity')
};

// Parses the JSON value at `idx` of `s` (the C scanner's grammar and messages). Returns the
// value and sets *end to the index after it.
Result<Ref> json_scan(Interpreter&, StrObject* s, int64_t idx, const JsonScanOptions& options, int64_t* end);

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
