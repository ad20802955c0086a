// main.cpp: the bastion command-line tool. It links only the public API
// (include/bastion/), which proves the API is enough to build a python3-like CLI.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "bastion/bastion.h"
#include "options.h"
#include "repl.h"

namespace {

bool read_file(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::stringstream buf;
    buf << in.rdbuf();
    *out = buf.str();
    return true;
}

int run_compile(const bastion::cli::Options& o) {
    std::string source;
    if (!read_file(o.script, &source)) {
        std::fprintf(stderr, "bastion: can't open file '%s': [Errno 2] No such file or directory\n", o.script.c_str());
        return 2;
    }
    bastion::Runtime rt;
    std::string error;
    auto bbc = rt.compile_to_bbc(source, o.script, &error);
    if (!bbc) {
        std::fprintf(stderr, "%s", error.c_str());
        if (!error.empty() && error.back() != '\n')
            std::fputc('\n', stderr);
        return 1;
    }
    std::ofstream out(o.output, std::ios::binary);
    out.write(bbc->data(), static_cast<std::streamsize>(bbc->size()));
    if (!out) {
        std::fprintf(stderr, "bastion: cannot write '%s'\n", o.output.c_str());
        return 1;
    }
    return 0;
}

int run_verify(const bastion::cli::Options& o) {
    bastion::Runtime rt;
    int status = 0;
    for (const std::string& f : o.files) {
        std::string bytes;
        if (!read_file(f, &bytes)) {
            std::printf("%s: can't open file\n", f.c_str());
            status = 1;
            continue;
        }
        for (const std::string& line : rt.verify_file_bytes(bytes, f)) {
            std::printf("%s\n", line.c_str());
            status = 1;
        }
    }
    return status;
}

int run_dis(const bastion::cli::Options& o) {
    std::string bytes;
    if (!read_file(o.script, &bytes)) {
        std::fprintf(stderr, "bastion: can't open file '%s': [Errno 2] No such file or directory\n", o.script.c_str());
        return 2;
    }
    bastion::Runtime rt;
    std::string error;
    auto text = rt.disassemble(bytes, o.script, &error);
    if (!text) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    std::fwrite(text->data(), 1, text->size(), stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    using bastion::cli::Command;
    std::string error;
    auto parsed = bastion::cli::parse_options(argc, argv, &error);
    if (!parsed) {
        std::fprintf(stderr, "bastion: %s\n%s", error.c_str(), bastion::cli::kUsage);
        return 2;
    }
    const bastion::cli::Options& o = *parsed;
    switch (o.command) {
    case Command::Help:
        std::fputs(bastion::cli::kUsage, stdout);
        return 0;
    case Command::Version:
        std::printf("%s\n", bastion::Runtime::version().c_str());
        return 0;
    case Command::Compile:
        return run_compile(o);
    case Command::Verify:
        return run_verify(o);
    case Command::Dis:
        return run_dis(o);
    case Command::Run:
    case Command::RunCode:
    case Command::RunModule:
    case Command::RunStdin:
    case Command::Repl:
        break;
    }

    bastion::Runtime rt(o.limits);
    rt.set_argv(o.argv);
    rt.set_host_io(true); // the CLI gives scripts open() and input()
    bastion::RunResult result;
    if (o.command == Command::Run) {
        std::string probe;
        if (!read_file(o.script, &probe)) {
            std::fprintf(stderr, "bastion: can't open file '%s': [Errno 2] No such file or directory\n",
                         o.script.c_str());
            return 2;
        }
        // CPython 3.11 runs the script under its absolute path (__file__, tracebacks);
        // sys.argv[0] keeps the name as typed.
        std::error_code ec;
        auto absolute = std::filesystem::absolute(o.script, ec).lexically_normal();
        std::string file = ec ? o.script : absolute.string();
        // sys.path[0]: the script's folder, as CPython (imports also search it directly).
        auto slash = file.rfind('/');
        rt.set_path({slash == std::string::npos ? std::string() : file.substr(0, slash == 0 ? 1 : slash)});
        result = rt.run_file(file);
    } else if (o.command == Command::RunCode) {
        rt.set_path({""}); // '' : the current directory, as CPython's -c
        result = rt.run_string(o.code, "<string>");
    } else if (o.command == Command::RunModule) {
        // CPython 3.11's -m puts the current directory's full path first.
        std::error_code ec;
        auto cwd = std::filesystem::current_path(ec);
        rt.set_path({ec ? std::string() : cwd.string()});
        result = rt.run_module(o.module);
    } else if (o.command == Command::RunStdin || !isatty(STDIN_FILENO)) {
        rt.set_path({""});
        std::stringstream buf;
        buf << std::cin.rdbuf();
        result = rt.run_string(buf.str(), "<stdin>");
    } else {
        rt.set_path({""});
        return bastion::cli::run_repl(rt);
    }
    std::fflush(stdout);
    return result.exit_code;
}
