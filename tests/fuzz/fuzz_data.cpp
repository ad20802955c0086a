// fuzz_data.cpp: libFuzzer target for the parsers of untrusted data a program hands to
// built-ins (not source text: fuzz_source; not code images: fuzz_load/fuzz_run) — json,
// marshal, pickle, the codecs (the escape codecs too) and their error handlers, number parsing
// (int/float/complex from text), fromhex, regular expressions (pattern translation, compilation and matching under
// the step budget), str.format templates and unicodedata names. The first byte picks the
// parser; the rest is the input, given to it as `data` (bytes) and `text` (str: the bytes as
// UTF-8 with surrogateescape, so encoders meet lone surrogates too).
// Property: a result or a clean Python exception, never a crash, sanitizer report or C++
// exception, and the interpreter runs code afterwards (run_harness.h).
#include <cstdint>
#include <iterator>
#include <string_view>

#include "objects/bytes_object.h"
#include "objects/str_object.h"
#include "run_harness.h"

namespace {

constexpr std::string_view kParsers[] = {
    "import json\njson.loads(text)\n",
    "import json\njson.loads(data)\n",
    "import marshal\nmarshal.loads(data)\n",
    "data.decode('utf-8', 'backslashreplace')\n",
    "data.decode('utf-16', 'surrogatepass')\n",
    "data.decode('utf-32', 'replace')\n",
    "data.decode('utf-16-be', 'surrogateescape').encode('utf-16-le', 'surrogatepass')\n",
    "data.decode('ascii', 'ignore')\ndata.decode('latin-1')\n",
    "text.encode('utf-8', 'surrogateescape')\n",
    "text.encode('ascii', 'xmlcharrefreplace')\ntext.encode('latin-1', 'backslashreplace')\n",
    "text.encode('ascii', 'namereplace')\n",
    "text.encode('utf-32', 'surrogatepass')\n",
    "int(text, 0)\n",
    "int(text, 36)\n",
    "float(text)\n",
    "complex(text)\n",
    "bytes.fromhex(text)\n",
    "bytearray.fromhex(text)\n",
    "import re\nre.compile(text).search(text[::-1])\n",
    "import re\nre.compile(data).findall(data)\n",
    "import re\nre.sub(text[:8], text[8:], text)\n",
    "text.format(1, 'a', 2.5, [1], x=2)\n",
    "text % (1, 'a', 2.5)\n",
    "import unicodedata\nunicodedata.lookup(text)\n",
    "import unicodedata\nunicodedata.normalize('NFKC', text)\n",
    // The escape codecs (objects/codecs_escape.cpp), appended so the seeds keep their parsers.
    "data.decode('unicode_escape', 'backslashreplace')\ndata.decode('raw_unicode_escape', 'replace')\n",
    "import codecs\ncodecs.unicode_escape_decode(data, 'strict', False)\n"
    "codecs.raw_unicode_escape_decode(data, 'ignore', False)\n",
    "import codecs\ncodecs.escape_decode(data, 'replace')\ncodecs.escape_encode(data)\n",
    "text.encode('unicode_escape').decode('unicode_escape')\ntext.encode('raw_unicode_escape')\n",
    // pickle.loads (lib/pickle.py), appended (index 29): every opcode of protocols 0-5 over
    // untrusted bytes; REDUCE/NEWOBJ/BUILD call what the data names, inside the sandbox.
    "import pickle\npickle.loads(data)\n",
};

// Runs `source` in a fresh module namespace holding `data` and `text`.
bastion::Result<bastion::Ref> run_parser(bastion::Interpreter& interp, std::string_view source,
                                         std::string_view input) {
    using namespace bastion;
    BASTION_TRY_ASSIGN(Ref module, module_new(interp, "__main__"));
    DictObject* d = module_dict(module);
    BASTION_TRY(dict_set_str(interp, d, interp.names.__builtins__, interp.builtins));
    std::span<const uint8_t> bytes(reinterpret_cast<const uint8_t*>(input.data()), input.size());
    BASTION_TRY_ASSIGN(Own<BytesObject> data, bytes_from(interp, bytes));
    BASTION_TRY_ASSIGN(Own<StrObject> text, bytes_decode(interp, bytes, "utf-8", "surrogateescape"));
    BASTION_TRY(dict_set_str(interp, d, interp.intern("data"), Value(data.get())));
    BASTION_TRY(dict_set_str(interp, d, interp.intern("text"), Value(text.get())));
    BASTION_TRY_ASSIGN(Own<CodeObject> code, compile_to_code(interp, source, "<fuzz_data>", compile::CompileMode::Exec));
    return run_code(interp, code.get(), Value(d), Value(d));
}

// struct (first byte 0xFF): the input is a format and data split at the first '|';
// calcsize, unpack_from, pack of what was unpacked, pack_into at a negative offset and
// iter_unpack, each step on its own (a clean exception ends only that step).
constexpr std::string_view kStructProgram =
    "import struct\n"
    "fmt, _, rest = data.partition(b'|')\n"
    "for f in (fmt, text.partition('|')[0]):\n"
    "    try:\n"
    "        n = struct.calcsize(f)\n"
    "        s = struct.Struct(f)\n"
    "    except Exception:\n"
    "        continue\n"
    "    vals = ()\n"
    "    try:\n"
    "        vals = struct.unpack_from(f, rest)\n"
    "        struct.pack(f, *vals)\n"
    "    except Exception:\n"
    "        pass\n"
    "    try:\n"
    "        b = bytearray(rest)\n"
    "        s.pack_into(b, -n, *vals)\n"
    "        s.unpack_from(memoryview(b), -n)\n"
    "    except Exception:\n"
    "        pass\n"
    "    try:\n"
    "        for x in s.iter_unpack(rest):\n"
    "            struct.pack(f, *x)\n"
    "    except Exception:\n"
    "        pass\n";

bool fuzz_struct(std::string_view input) {
    auto run = [&](bastion::Interpreter& interp) {
        auto result = run_parser(interp, kStructProgram, input);
        return bastion::fuzz::classify(interp, result) != bastion::fuzz::Outcome::Broken;
    };
    return bastion::fuzz::input_keeps_interpreter_usable(run);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    using namespace bastion;
    if (size < 1)
        return 0;
    std::string_view source = kParsers[data[0] % std::size(kParsers)];
    std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
    if (data[0] == 0xFF && !fuzz_struct(input)) // struct formats and data
        __builtin_trap();
    auto run = [&](Interpreter& interp) {
        auto result = run_parser(interp, source, input);
        return fuzz::classify(interp, result) != fuzz::Outcome::Broken;
    };
    if (!fuzz::input_keeps_interpreter_usable(run))
        __builtin_trap();
    return 0;
}
