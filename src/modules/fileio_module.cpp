// fileio_module.cpp: `_fileio`, the file-descriptor layer under lib/io.py's open():
// open/read/write/lseek/close/isatty/ftruncate (and getcwd/stat for os) over POSIX calls, with CPython's OSError
// subclasses, errno, strerror and filename. Every call first checks that the host enabled
// file and console access (Interpreter::host_io; the CLI does, embedders opt in).
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

constexpr int64_t kMaxChunk = 1 << 16; // one read() returns at most this much; io.py loops

Status require_host_io(Interpreter& interp, std::string_view what) {
    if (interp.host_io)
        return {};
    return interp.raise_fmt(interp.exc.PermissionError,
                            "{} is not available: the host has not enabled file and console access", what);
}

// OSError(errno, strerror[, filename]): the constructor picks the subclass (FileNotFoundError ...).
Raised os_error(Interpreter& interp, int err, Value filename) {
    auto code = int_from_i64(interp, err);
    auto text = str_from_utf8(interp, std::strerror(err));
    if (!code.ok())
        return code.take_error();
    if (!text.ok())
        return text.take_error();
    Result<Ref> exc = filename.is_null()
                          ? call_positional(interp, Value(interp.exc.OSError), {code.value().get(), Value(text.value().get())})
                          : call_positional(interp, Value(interp.exc.OSError),
                                            {code.value().get(), Value(text.value().get()), filename});
    if (!exc.ok())
        return exc.take_error();
    return interp.raise_object(exc.value());
}

Result<int> fd_arg(Interpreter& interp, Value v) {
    int64_t fd = 0;
    if (!int_to_i64(v, &fd) || fd < 0 || fd > 1 << 30)
        return interp.raise(interp.exc.ValueError, "bad file descriptor");
    return static_cast<int>(fd);
}

// A path argument (str as UTF-8, or bytes) as the C string the system calls take.
Result<std::string> path_arg(Interpreter& interp, Value path, std::string_view fn) {
    std::string name;
    if (is_str(interp, path))
        name = str_to_utf8(static_cast<StrObject*>(path.obj()));
    else if (is_bytes(interp, path))
        name.assign(reinterpret_cast<const char*>(static_cast<BytesObject*>(path.obj())->data()),
                    static_cast<std::size_t>(static_cast<BytesObject*>(path.obj())->size));
    else
        return interp.raise_fmt(interp.exc.TypeError, "{}: path must be str or bytes", fn);
    if (name.find('\0') != std::string::npos)
        return interp.raise(interp.exc.ValueError, "embedded null byte");
    return name;
}

// open(path: str | bytes, kind: 'r'|'w'|'a'|'x', plus: bool) -> fd
Result<Ref> fileio_open(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "open()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.open", 3, 3));
    Value path = args.items[0];
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, path, "_fileio.open"));
    if (!is_str(interp, args.items[1]))
        return interp.raise(interp.exc.TypeError, "_fileio.open: kind must be str");
    std::string kind = str_to_utf8(static_cast<StrObject*>(args.items[1].obj()));
    BASTION_TRY_ASSIGN(bool plus, is_true(interp, args.items[2]));
    int flags = O_CLOEXEC;
    if (kind == "r")
        flags |= plus ? O_RDWR : O_RDONLY;
    else if (kind == "w")
        flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    else if (kind == "a")
        flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    else if (kind == "x")
        flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    else
        return interp.raise(interp.exc.ValueError, "_fileio.open: bad kind");
    int fd = -1;
    do {
        fd = ::open(name.c_str(), flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return os_error(interp, errno, path);
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return os_error(interp, EISDIR, path);
    }
    return int_from_i64(interp, fd);
}

// read(fd, n) -> bytes of at most min(n, 64 KiB); b'' at end of file.
Result<Ref> fileio_read(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "read()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.read", 2, 2));
    BASTION_TRY_ASSIGN(int fd, fd_arg(interp, args.items[0]));
    int64_t n = 0;
    if (!int_to_i64(args.items[1], &n) || n < 0)
        return interp.raise(interp.exc.ValueError, "_fileio.read: bad size");
    n = std::min(n, kMaxChunk);
    BASTION_TRY_ASSIGN(Own<BytesObject> buf, bytes_new_uninit(interp, n));
    ssize_t got = -1;
    do {
        got = ::read(fd, buf->data(), static_cast<std::size_t>(n));
    } while (got < 0 && errno == EINTR);
    if (got < 0)
        return os_error(interp, errno, Value());
    if (got == n)
        return Ref(std::move(buf));
    BASTION_TRY_ASSIGN(Own<BytesObject> exact, bytes_from(interp, std::span<const uint8_t>(buf->data(), static_cast<std::size_t>(got))));
    return Ref(std::move(exact));
}

// write(fd, bytes) -> number of bytes written (all of them, or an error).
Result<Ref> fileio_write(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "write()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.write", 2, 2));
    BASTION_TRY_ASSIGN(int fd, fd_arg(interp, args.items[0]));
    if (!is_bytes(interp, args.items[1]))
        return interp.raise(interp.exc.TypeError, "_fileio.write: data must be bytes");
    auto* b = static_cast<BytesObject*>(args.items[1].obj());
    std::size_t done = 0, total = static_cast<std::size_t>(b->size);
    while (done < total) {
        ssize_t w = ::write(fd, b->data() + done, total - done);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return os_error(interp, errno, Value());
        }
        done += static_cast<std::size_t>(w);
    }
    return int_from_i64(interp, static_cast<int64_t>(done));
}

Result<Ref> fileio_lseek(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "seek()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.lseek", 3, 3));
    BASTION_TRY_ASSIGN(int fd, fd_arg(interp, args.items[0]));
    int64_t off = 0, whence = 0;
    if (!int_to_i64(args.items[1], &off))
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C long");
    if (!int_to_i64(args.items[2], &whence) || whence < 0 || whence > 2)
        return interp.raise(interp.exc.ValueError, "invalid whence");
    off_t r = ::lseek(fd, static_cast<off_t>(off), static_cast<int>(whence));
    if (r < 0)
        return os_error(interp, errno, Value());
    return int_from_i64(interp, static_cast<int64_t>(r));
}

Result<Ref> fileio_ftruncate(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "truncate()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.ftruncate", 2, 2));
    BASTION_TRY_ASSIGN(int fd, fd_arg(interp, args.items[0]));
    int64_t size = 0;
    if (!int_to_i64(args.items[1], &size) || size < 0)
        return interp.raise(interp.exc.ValueError, "negative size value");
    if (::ftruncate(fd, static_cast<off_t>(size)) != 0)
        return os_error(interp, errno, Value());
    return interp.new_none();
}

Result<Ref> fileio_close(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_fileio.close", 1, 1));
    BASTION_TRY_ASSIGN(int fd, fd_arg(interp, args.items[0]));
    if (fd > 2 && ::close(fd) != 0 && errno != EINTR)
        return os_error(interp, errno, Value());
    return interp.new_none();
}

Result<Ref> fileio_isatty(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_fileio.isatty", 1, 1));
    BASTION_TRY_ASSIGN(int fd, fd_arg(interp, args.items[0]));
    return interp.new_bool(interp.host_io && ::isatty(fd) == 1);
}

// getcwd() -> bytes: the process's working directory (os.getcwd decodes it). The path names
// a place on the host, so it is behind the same permission as open().
Result<Ref> fileio_getcwd(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "getcwd()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.getcwd", 0, 0));
    std::string buf(256, '\0');
    for (;;) {
        if (::getcwd(buf.data(), buf.size()) != nullptr)
            break;
        if (errno != ERANGE || buf.size() >= (std::size_t{1} << 20))
            return os_error(interp, errno, Value());
        buf.resize(buf.size() * 2);
    }
    const std::size_t len = std::strlen(buf.c_str());
    BASTION_TRY_ASSIGN(Own<BytesObject> out,
                       bytes_from(interp, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(buf.data()), len)));
    return Ref(std::move(out));
}

// stat(path, follow_symlinks: bool) -> (st_mode, st_size, st_atime, st_mtime, st_ctime), for
// os.path.exists/isfile/isdir/islink/getsize/getmtime. Behind the same permission as open():
// with it a program could already learn whether a file exists by opening it.
Result<Ref> fileio_stat(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "stat()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.stat", 2, 2));
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, args.items[0], "_fileio.stat"));
    BASTION_TRY_ASSIGN(bool follow, is_true(interp, args.items[1]));
    struct stat st {};
    int rc = follow ? ::stat(name.c_str(), &st) : ::lstat(name.c_str(), &st);
    if (rc != 0)
        return os_error(interp, errno, args.items[0]);
    auto seconds = [](const struct timespec& ts) {
        return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
    };
    BASTION_TRY_ASSIGN(Ref mode, int_from_i64(interp, static_cast<int64_t>(st.st_mode)));
    BASTION_TRY_ASSIGN(Ref size, int_from_i64(interp, static_cast<int64_t>(st.st_size)));
    BASTION_TRY_ASSIGN(Ref atime, float_from_double(interp, seconds(st.st_atim)));
    BASTION_TRY_ASSIGN(Ref mtime, float_from_double(interp, seconds(st.st_mtim)));
    BASTION_TRY_ASSIGN(Ref ctime, float_from_double(interp, seconds(st.st_ctim)));
    BASTION_TRY_ASSIGN(Own<TupleObject> out,
                       tuple_of(interp, {mode.get(), size.get(), atime.get(), mtime.get(), ctime.get()}));
    return Ref(std::move(out));
}

// enabled() -> whether the host allows open() and input().
Result<Ref> fileio_enabled(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_fileio.enabled", 0, 0));
    return interp.new_bool(interp.host_io);
}

// check(what): PermissionError naming `what` unless the host allows file and console access.
Result<Ref> fileio_check(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_fileio.check", 1, 1));
    if (!is_str(interp, args.items[0]))
        return interp.raise(interp.exc.TypeError, "_fileio.check: str expected");
    BASTION_TRY(require_host_io(interp, str_to_utf8(static_cast<StrObject*>(args.items[0].obj()))));
    return interp.new_none();
}

struct FileFunction {
    const char* name;
    NativeFunction fn;
};

constexpr FileFunction kFunctions[] = {
    {"open", fileio_open},     {"read", fileio_read},     {"write", fileio_write},
    {"lseek", fileio_lseek},   {"ftruncate", fileio_ftruncate}, {"close", fileio_close},
    {"isatty", fileio_isatty}, {"enabled", fileio_enabled}, {"check", fileio_check},
    {"getcwd", fileio_getcwd}, {"stat", fileio_stat},
};

} // namespace

Status init_fileio_module(Interpreter& interp, DictObject* module_dict) {
    for (const FileFunction& f : kFunctions) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "_fileio"));
        StrObject* key = interp.intern(f.name);
        if (key == nullptr)
            return interp.no_memory();
        BASTION_TRY(dict_set_str(interp, module_dict, key, fn));
    }
    return {};
}

} // namespace bastion
