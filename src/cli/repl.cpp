// repl.cpp: a line-oriented interactive prompt. Statements accumulate while the input is
// incomplete (an open block, bracket or string) and run in one persistent __main__;
// expression results are echoed like CPython's (through sys.displayhook semantics).
#include "repl.h"

#include <cstdio>
#include <iostream>
#include <string>

namespace bastion::cli {

int run_repl(Runtime& rt) {
    std::printf("%s\nType \"help\" for the usage of the command line.\n", Runtime::version().c_str());
    std::string buffer;
    std::string line;
    bool in_block = false; // a compound statement runs only after a blank line, as in CPython
    for (;;) {
        std::fputs(buffer.empty() ? ">>> " : "... ", stdout);
        std::fflush(stdout);
        if (!std::getline(std::cin, line)) {
            std::fputc('\n', stdout);
            return 0;
        }
        buffer += line;
        buffer += '\n';
        std::string_view trimmed = line;
        while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t'))
            trimmed.remove_suffix(1);
        if (!trimmed.empty() && trimmed.back() == ':')
            in_block = true;
        if (in_block && !trimmed.empty())
            continue;
        in_block = false;
        RunResult r = rt.run_interactive(buffer);
        if (r.status == RunResult::Status::Incomplete && !line.empty())
            continue;
        buffer.clear();
        if (r.status == RunResult::Status::Exit)
            return r.exit_code;
    }
}

} // namespace bastion::cli
