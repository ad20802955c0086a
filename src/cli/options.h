// options.h: the bastion command line, parsed by hand because Python's convention —
// options first, then a script or -c CODE, and everything after it belongs to sys.argv —
// is not what general option libraries model.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bastion/limits.h"

namespace bastion::cli {

enum class Command { Run, RunCode, RunModule, RunStdin, Repl, Compile, Verify, Dis, Help, Version };

struct Options {
    Command command = Command::Repl;
    Limits limits;
    std::string code;               // -c
    std::string module;             // -m
    std::string script;             // FILE for Run/Dis/Compile
    std::string output;             // compile -o
    std::vector<std::string> files; // verify
    std::vector<std::string> argv;  // sys.argv
};

// Parses argv; on a usage error returns nullopt and fills *error.
std::optional<Options> parse_options(int argc, char** argv, std::string* error);
// Parses "256M", "1G", "4096", "64K" into bytes.
std::optional<uint64_t> parse_size(const std::string& text);

extern const char* const kUsage;

} // namespace bastion::cli
