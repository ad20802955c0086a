// options.cpp: command-line parsing for the bastion CLI (see options.h for why by hand).
#include "options.h"

#include <charconv>

namespace bastion::cli {

const char* const kUsage =
    "usage: bastion [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "       bastion compile SRC.py [-o OUT.bbc]\n"
    "       bastion verify FILE...\n"
    "       bastion dis FILE\n"
    "Options:\n"
    "  -c cmd               program passed in as string (terminates option list)\n"
    "  -m mod               run library module as a script (terminates option list)\n"
    "  -                    program read from stdin\n"
    "  file                 program read from a script file: Python source or compiled .bbc\n"
    "  --max-memory SIZE    stop allocations past SIZE bytes (K, M, G suffixes): MemoryError\n"
    "  --max-steps N        stop after N bytecode instructions: StepLimitExceeded, exit 3\n"
    "  --recursion-limit N  Python recursion limit (default 1000)\n"
    "  -V, --version        print the version and exit\n"
    "  -h, --help           print this help and exit\n"
    "Exit codes: 0 success, 1 uncaught exception, 2 usage error, 3 resource limit stop.\n";

std::optional<uint64_t> parse_size(const std::string& text) {
    if (text.empty())
        return std::nullopt;
    uint64_t value = 0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    auto [p, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || p == begin)
        return std::nullopt;
    uint64_t mult = 1;
    if (p != end) {
        switch (*p) {
        case 'k': case 'K': mult = 1ull << 10; break;
        case 'm': case 'M': mult = 1ull << 20; break;
        case 'g': case 'G': mult = 1ull << 30; break;
        default: return std::nullopt;
        }
        ++p;
        if (p != end && (*p == 'b' || *p == 'B'))
            ++p;
        if (p != end)
            return std::nullopt;
    }
    if (value > UINT64_MAX / mult)
        return std::nullopt;
    return value * mult;
}

static std::optional<uint64_t> parse_count(const std::string& text) {
    uint64_t v = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || p != text.data() + text.size() || text.empty())
        return std::nullopt;
    return v;
}

std::optional<Options> parse_options(int argc, char** argv, std::string* error) {
    Options o;
    std::vector<std::string> args(argv + 1, argv + argc);
    std::size_t i = 0;
    auto need_value = [&](const std::string& opt) -> std::optional<std::string> {
        if (i + 1 >= args.size()) {
            *error = "Argument expected for the " + opt + " option";
            return std::nullopt;
        }
        return args[++i];
    };

    if (!args.empty() && (args[0] == "compile" || args[0] == "verify" || args[0] == "dis")) {
        std::string sub = args[0];
        std::vector<std::string> rest(args.begin() + 1, args.end());
        if (sub == "compile") {
            o.command = Command::Compile;
            for (std::size_t k = 0; k < rest.size(); ++k) {
                if (rest[k] == "-o") {
                    if (k + 1 >= rest.size()) {
                        *error = "compile: -o needs a file name";
                        return std::nullopt;
                    }
                    o.output = rest[++k];
                } else if (o.script.empty()) {
                    o.script = rest[k];
                } else {
                    *error = "compile: unexpected argument '" + rest[k] + "'";
                    return std::nullopt;
                }
            }
            if (o.script.empty()) {
                *error = "compile: missing source file";
                return std::nullopt;
            }
            if (o.output.empty()) {
                std::string base = o.script;
                if (base.size() > 3 && base.compare(base.size() - 3, 3, ".py") == 0)
                    base.resize(base.size() - 3);
                o.output = base + ".bbc";
            }
        } else if (sub == "verify") {
            o.command = Command::Verify;
            o.files = rest;
            if (o.files.empty()) {
                *error = "verify: missing file";
                return std::nullopt;
            }
        } else {
            o.command = Command::Dis;
            if (rest.size() != 1) {
                *error = "dis: expected exactly one file";
                return std::nullopt;
            }
            o.script = rest[0];
        }
        return o;
    }

    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            o.command = Command::Help;
            return o;
        }
        if (a == "-V" || a == "--version") {
            o.command = Command::Version;
            return o;
        }
        if (a == "--max-memory" || a == "--max-steps" || a == "--recursion-limit") {
            auto v = need_value(a);
            if (!v)
                return std::nullopt;
            if (a == "--max-memory") {
                auto n = parse_size(*v);
                if (!n || *n == 0) {
                    *error = "invalid --max-memory size: '" + *v + "'";
                    return std::nullopt;
                }
                o.limits.max_memory_bytes = *n;
            } else {
                auto n = parse_count(*v);
                if (!n || *n == 0 || (a == "--recursion-limit" && *n > 1000000)) {
                    *error = "invalid value for " + a + ": '" + *v + "'";
                    return std::nullopt;
                }
                if (a == "--max-steps")
                    o.limits.max_steps = *n;
                else
                    o.limits.recursion_limit = static_cast<uint32_t>(*n);
            }
            continue;
        }
        if (a == "-c") {
            auto v = need_value(a);
            if (!v)
                return std::nullopt;
            o.command = Command::RunCode;
            o.code = *v;
            o.argv.push_back("-c");
            o.argv.insert(o.argv.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            return o;
        }
        if (a == "-m") {
            auto v = need_value(a);
            if (!v)
                return std::nullopt;
            o.command = Command::RunModule;
            o.module = *v;
            // sys.argv[0] is '-m' while the module is looked for, then its file (runpy).
            o.argv.push_back("-m");
            o.argv.insert(o.argv.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            return o;
        }
        if (a == "-") {
            o.command = Command::RunStdin;
            o.argv.push_back("-");
            o.argv.insert(o.argv.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            return o;
        }
        if (a.size() > 1 && a[0] == '-') {
            *error = "unknown option " + a;
            return std::nullopt;
        }
        o.command = Command::Run;
        o.script = a;
        o.argv.assign(args.begin() + static_cast<long>(i), args.end());
        return o;
    }
    o.command = Command::Repl;
    o.argv.push_back("");
    return o;
}

} // namespace bastion::cli
