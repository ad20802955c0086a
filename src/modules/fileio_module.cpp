// fileio_module.cpp: `_fileio`, the file-descriptor layer under lib/io.py's open():
// open/read/write/lseek/close/isatty/ftruncate, and the file-system calls under lib/os.py
// (getcwd, stat, listdir, scandir, mkdir, rmdir, unlink, rename, chmod, utime, readlink,
// symlink, access, openfd, terminal_size) over POSIX calls, with CPython's OSError
// subclasses, errno, strerror and filename(s). Every call that touches the host first checks
// that the host enabled file and console access (Interpreter::host_io; the CLI does, embedders
// opt in). Nothing here spawns processes, reads the environment or reports process identity.
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
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

// OSError(errno, strerror[, filename[, None, filename2]]): the constructor picks the subclass
// (FileNotFoundError ...); with filename2 the message reads "...: 'src' -> 'dst'".
Raised os_error(Interpreter& interp, int err, Value filename, Value filename2 = Value()) {
    auto code = int_from_i64(interp, err);
    auto text = str_from_utf8(interp, std::strerror(err));
    if (!code.ok())
        return code.take_error();
    if (!text.ok())
        return text.take_error();
    Result<Ref> exc = filename.is_null()
                          ? call_positional(interp, Value(interp.exc.OSError), {code.value().get(), Value(text.value().get())})
                      : filename2.is_null()
                          ? call_positional(interp, Value(interp.exc.OSError),
                                            {code.value().get(), Value(text.value().get()), filename})
                          : call_positional(interp, Value(interp.exc.OSError),
                                            {code.value().get(), Value(text.value().get()), filename,
                                             Value(interp.none), filename2});
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

// A path argument (str encoded as os.fsencode does: UTF-8 with surrogateescape, or bytes) as
// the C string the system calls take. lib/os.py has already turned a PathLike into str/bytes.
// `kinds` words the TypeError as CPython does for this function (its functions that also take a
// descriptor list "integer"; Bastion takes none, so an int is refused with the same words).
Result<std::string> path_arg(Interpreter& interp, Value path, std::string_view fn, std::string_view arg = "path",
                             std::string_view kinds = "string, bytes or os.PathLike") {
    std::string name;
    if (is_str(interp, path)) {
        BASTION_TRY_ASSIGN(Own<BytesObject> raw,
                           str_encode(interp, static_cast<StrObject*>(path.obj()), "utf-8", "surrogateescape"));
        name.assign(reinterpret_cast<const char*>(raw->data()), static_cast<std::size_t>(raw->size));
    } else if (is_bytes(interp, path)) {
        name.assign(reinterpret_cast<const char*>(static_cast<BytesObject*>(path.obj())->data()),
                    static_cast<std::size_t>(static_cast<BytesObject*>(path.obj())->size));
    } else {
        return interp.raise_fmt(interp.exc.TypeError, "{}: {} should be {}, not {}", fn, arg, kinds,
                                type_of(interp, path)->name);
    }
    if (name.find('\0') != std::string::npos) {
        // CPython's words: the str encoder's for str, the path converter's for bytes.
        if (is_str(interp, path))
            return interp.raise(interp.exc.ValueError, "embedded null byte");
        return interp.raise_fmt(interp.exc.ValueError, "{}: embedded null character in {}", fn, arg);
    }
    return name;
}

// A mode or flag word: an int that fits a C int (OverflowError as CPython otherwise).
Result<int> int_arg(Interpreter& interp, Value v, std::string_view what) {
    int64_t x = 0;
    if (!is_int(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "{} must be int, not {}", what, type_of(interp, v)->name);
    if (!int_to_i64(v, &x) || x < INT_MIN || x > INT_MAX)
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C int");
    return static_cast<int>(x);
}

Result<Ref> bytes_of(Interpreter& interp, const char* data, std::size_t len) {
    BASTION_TRY_ASSIGN(Own<BytesObject> out,
                       bytes_from(interp, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(data), len)));
    return Ref(std::move(out));
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

// stat(path, follow_symlinks: bool) -> the raw fields os.stat_result is built from:
// (mode, ino, dev, nlink, uid, gid, size, atime_s, atime_ns, mtime_s, mtime_ns, ctime_s,
// ctime_ns, blksize, blocks, rdev), all ints (lib/os.py makes the floats and *_ns totals).
// Behind the same permission as open(): with it a program could already learn whether a file
// exists by opening it.
Result<Ref> fileio_stat(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "stat()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.stat", 2, 2));
    BASTION_TRY_ASSIGN(bool follow, is_true(interp, args.items[1]));
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, args.items[0], follow ? "stat" : "lstat", "path",
                                                  "string, bytes, os.PathLike or integer"));
    struct stat st {};
    int rc = follow ? ::stat(name.c_str(), &st) : ::lstat(name.c_str(), &st);
    if (rc != 0)
        return os_error(interp, errno, args.items[0]);
    const int64_t fields[] = {
        static_cast<int64_t>(st.st_mode),         static_cast<int64_t>(st.st_ino),
        static_cast<int64_t>(st.st_dev),          static_cast<int64_t>(st.st_nlink),
        static_cast<int64_t>(st.st_uid),          static_cast<int64_t>(st.st_gid),
        static_cast<int64_t>(st.st_size),         static_cast<int64_t>(st.st_atim.tv_sec),
        static_cast<int64_t>(st.st_atim.tv_nsec), static_cast<int64_t>(st.st_mtim.tv_sec),
        static_cast<int64_t>(st.st_mtim.tv_nsec), static_cast<int64_t>(st.st_ctim.tv_sec),
        static_cast<int64_t>(st.st_ctim.tv_nsec), static_cast<int64_t>(st.st_blksize),
        static_cast<int64_t>(st.st_blocks),       static_cast<int64_t>(st.st_rdev),
    };
    constexpr int64_t kFields = static_cast<int64_t>(sizeof fields / sizeof fields[0]);
    Ref owned[kFields];
    Value values[kFields];
    for (int64_t i = 0; i < kFields; ++i) {
        BASTION_TRY_ASSIGN(owned[i], int_from_i64(interp, fields[i]));
        values[i] = owned[i].get();
    }
    BASTION_TRY_ASSIGN(Own<TupleObject> out, tuple_from(interp, std::span<const Value>(values, static_cast<std::size_t>(kFields))));
    return Ref(std::move(out));
}

// Closes a DIR* on every way out of a listing.
struct DirCloser {
    DIR* dir;
    ~DirCloser() {
        if (dir != nullptr)
            ::closedir(dir);
    }
};

// The kind scandir reports from d_type without a stat: 0 unknown, 1 directory, 2 regular
// file, 3 symbolic link, 4 something else (device, fifo, socket).
int entry_kind(unsigned char d_type) {
    switch (d_type) {
    case DT_DIR: return 1;
    case DT_REG: return 2;
    case DT_LNK: return 3;
    case DT_UNKNOWN: return 0;
    default: return 4;
    }
}

// The entries of a directory but '.' and '..'; with `detailed`, (name, kind, inode) tuples.
Result<Ref> list_directory(Interpreter& interp, Value path, std::string_view fn, bool detailed) {
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, path, fn, "path", "string, bytes, os.PathLike, integer or None"));
    DIR* dir = ::opendir(name.c_str());
    if (dir == nullptr)
        return os_error(interp, errno, path);
    DirCloser closer{dir};
    BASTION_TRY_ASSIGN(Own<ListObject> out, list_new(interp));
    for (;;) {
        errno = 0;
        const struct dirent* entry = ::readdir(dir);
        if (entry == nullptr) {
            if (errno != 0)
                return os_error(interp, errno, path);
            break;
        }
        const std::size_t len = ::strnlen(entry->d_name, sizeof entry->d_name);
        std::string_view entry_name(entry->d_name, len);
        if (entry_name == "." || entry_name == "..")
            continue;
        BASTION_TRY_ASSIGN(Ref entry_bytes, bytes_of(interp, entry->d_name, len));
        if (!detailed) {
            BASTION_TRY(list_append(interp, out.get(), entry_bytes.get()));
            continue;
        }
        BASTION_TRY_ASSIGN(Ref kind, int_from_i64(interp, entry_kind(entry->d_type)));
        BASTION_TRY_ASSIGN(Ref inode, int_from_i64(interp, static_cast<int64_t>(entry->d_ino)));
        BASTION_TRY_ASSIGN(Own<TupleObject> row, tuple_of(interp, {entry_bytes.get(), kind.get(), inode.get()}));
        BASTION_TRY(list_append(interp, out.get(), Value(row.get())));
    }
    return Ref(std::move(out));
}

// listdir(path) -> [bytes]: the names in a directory, in the order the system gives them.
Result<Ref> fileio_listdir(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "listdir()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.listdir", 1, 1));
    return list_directory(interp, args.items[0], "listdir", false);
}

// scandir(path) -> [(name: bytes, kind: int, inode: int)] (kinds: entry_kind).
Result<Ref> fileio_scandir(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "scandir()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.scandir", 1, 1));
    return list_directory(interp, args.items[0], "scandir", true);
}

// mkdir(path, mode)
Result<Ref> fileio_mkdir(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "mkdir()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.mkdir", 2, 2));
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, args.items[0], "mkdir"));
    BASTION_TRY_ASSIGN(int mode, int_arg(interp, args.items[1], "mode"));
    if (::mkdir(name.c_str(), static_cast<mode_t>(mode)) != 0)
        return os_error(interp, errno, args.items[0]);
    return interp.new_none();
}

// rmdir(path): removes an empty directory.
Result<Ref> fileio_rmdir(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "rmdir()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.rmdir", 1, 1));
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, args.items[0], "rmdir"));
    if (::rmdir(name.c_str()) != 0)
        return os_error(interp, errno, args.items[0]);
    return interp.new_none();
}

// unlink(path) / remove(path): removes a file or symbolic link (not a directory). Two names
// so that messages name the function the program called, as CPython's do.
Result<Ref> unlink_as(Interpreter& interp, CallArgs args, std::string_view fn, std::string_view what) {
    BASTION_TRY(require_host_io(interp, what));
    BASTION_TRY(check_positional(interp, args, "_fileio.unlink", 1, 1));
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, args.items[0], fn));
    if (::unlink(name.c_str()) != 0)
        return os_error(interp, errno, args.items[0]);
    return interp.new_none();
}

Result<Ref> fileio_unlink(Interpreter& interp, CallArgs args) { return unlink_as(interp, args, "unlink", "unlink()"); }
Result<Ref> fileio_remove(Interpreter& interp, CallArgs args) { return unlink_as(interp, args, "remove", "remove()"); }

// rename(src, dst) / replace(src, dst): POSIX rename, which replaces dst (both os functions).
Result<Ref> rename_as(Interpreter& interp, CallArgs args, std::string_view fn, std::string_view what) {
    BASTION_TRY(require_host_io(interp, what));
    BASTION_TRY(check_positional(interp, args, "_fileio.rename", 2, 2));
    BASTION_TRY_ASSIGN(std::string src, path_arg(interp, args.items[0], fn, "src"));
    BASTION_TRY_ASSIGN(std::string dst, path_arg(interp, args.items[1], fn, "dst"));
    if (::rename(src.c_str(), dst.c_str()) != 0)
        return os_error(interp, errno, args.items[0], args.items[1]);
    return interp.new_none();
}

Result<Ref> fileio_rename(Interpreter& interp, CallArgs args) { return rename_as(interp, args, "rename", "rename()"); }
Result<Ref> fileio_replace(Interpreter& interp, CallArgs args) { return rename_as(interp, args, "replace", "replace()"); }

// chmod(path, mode): follows symbolic links (Linux cannot change a link's own mode).
Result<Ref> fileio_chmod(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "chmod()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.chmod", 2, 2));
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, args.items[0], "chmod", "path", "string, bytes, os.PathLike or integer"));
    BASTION_TRY_ASSIGN(int mode, int_arg(interp, args.items[1], "mode"));
    if (::chmod(name.c_str(), static_cast<mode_t>(mode)) != 0)
        return os_error(interp, errno, args.items[0]);
    return interp.new_none();
}

// A (seconds, nanoseconds) pair for utimensat; nanoseconds in [0, 1e9).
Result<struct timespec> timespec_arg(Interpreter& interp, Value sec, Value nsec) {
    int64_t s = 0, ns = 0;
    if (!int_to_i64(sec, &s) || !int_to_i64(nsec, &ns))
        return interp.raise(interp.exc.OverflowError, "timestamp out of range for platform time_t");
    if (ns < 0 || ns >= 1000000000)
        return interp.raise(interp.exc.ValueError, "utime: nanoseconds out of range");
    struct timespec ts {};
    ts.tv_sec = static_cast<time_t>(s);
    ts.tv_nsec = static_cast<long>(ns);
    if (static_cast<int64_t>(ts.tv_sec) != s)
        return interp.raise(interp.exc.OverflowError, "timestamp out of range for platform time_t");
    return ts;
}

// utime(path, None | (atime_s, atime_ns, mtime_s, mtime_ns), follow_symlinks)
Result<Ref> fileio_utime(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "utime()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.utime", 3, 3));
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, args.items[0], "utime", "path", "string, bytes, os.PathLike or integer"));
    BASTION_TRY_ASSIGN(bool follow, is_true(interp, args.items[2]));
    struct timespec times[2] {};
    const struct timespec* which = nullptr; // null: now
    Value t = args.items[1];
    if (!t.is_null() && !t.is(Value(interp.none))) {
        if (!is_tuple(interp, t) || static_cast<TupleObject*>(t.obj())->size != 4)
            return interp.raise(interp.exc.TypeError, "_fileio.utime: times must be None or a 4-tuple of ints");
        auto* tt = static_cast<TupleObject*>(t.obj());
        BASTION_TRY_ASSIGN(times[0], timespec_arg(interp, tt->at(0), tt->at(1)));
        BASTION_TRY_ASSIGN(times[1], timespec_arg(interp, tt->at(2), tt->at(3)));
        which = times;
    }
    // CPython 3.11's utime error names no file ("[Errno 2] No such file or directory"); same here.
    if (::utimensat(AT_FDCWD, name.c_str(), which, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0)
        return os_error(interp, errno, Value());
    return interp.new_none();
}

// readlink(path) -> bytes: a symbolic link's target.
Result<Ref> fileio_readlink(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "readlink()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.readlink", 1, 1));
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, args.items[0], "readlink"));
    std::string buf(256, '\0');
    for (;;) {
        ssize_t n = ::readlink(name.c_str(), buf.data(), buf.size());
        if (n < 0)
            return os_error(interp, errno, args.items[0]);
        // A result that fills the buffer may be cut short: grow and ask again, up to 1 MiB.
        if (static_cast<std::size_t>(n) < buf.size())
            return bytes_of(interp, buf.data(), static_cast<std::size_t>(n));
        if (buf.size() >= (std::size_t{1} << 20))
            return os_error(interp, ENAMETOOLONG, args.items[0]);
        buf.resize(buf.size() * 2);
    }
}

// symlink(src, dst): makes dst a symbolic link whose target is src.
Result<Ref> fileio_symlink(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "symlink()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.symlink", 2, 2));
    BASTION_TRY_ASSIGN(std::string src, path_arg(interp, args.items[0], "symlink", "src"));
    BASTION_TRY_ASSIGN(std::string dst, path_arg(interp, args.items[1], "symlink", "dst"));
    if (::symlink(src.c_str(), dst.c_str()) != 0)
        return os_error(interp, errno, args.items[0], args.items[1]);
    return interp.new_none();
}

// access(path, mode) -> bool (F_OK 0, X_OK 1, W_OK 2, R_OK 4); never raises for a missing file.
Result<Ref> fileio_access(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "access()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.access", 2, 2));
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, args.items[0], "access"));
    BASTION_TRY_ASSIGN(int mode, int_arg(interp, args.items[1], "mode"));
    if ((mode & ~(F_OK | R_OK | W_OK | X_OK)) != 0)
        return interp.raise(interp.exc.ValueError, "access: invalid mode");
    return interp.new_bool(::access(name.c_str(), mode) == 0);
}

// openfd(path, flags, mode) -> fd: os.open. Only the flags below pass (others are a
// ValueError); O_CLOEXEC is always added, as CPython makes descriptors non-inheritable.
Result<Ref> fileio_openfd(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "open()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.openfd", 3, 3));
    BASTION_TRY_ASSIGN(std::string name, path_arg(interp, args.items[0], "open"));
    BASTION_TRY_ASSIGN(int flags, int_arg(interp, args.items[1], "flags"));
    BASTION_TRY_ASSIGN(int mode, int_arg(interp, args.items[2], "mode"));
    constexpr int kAllowed = O_ACCMODE | O_CREAT | O_EXCL | O_TRUNC | O_APPEND | O_NOFOLLOW | O_DIRECTORY |
                             O_CLOEXEC | O_NONBLOCK | O_SYNC | O_DSYNC | O_NOCTTY;
    if ((flags & ~kAllowed) != 0 || (flags & O_ACCMODE) == O_ACCMODE)
        return interp.raise(interp.exc.ValueError, "open: unsupported flags");
    int fd = -1;
    do {
        fd = ::open(name.c_str(), flags | O_CLOEXEC, static_cast<mode_t>(mode & 07777));
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return os_error(interp, errno, args.items[0]);
    return int_from_i64(interp, fd);
}

// terminal_size(fd) -> (columns, lines); OSError when fd is not a terminal.
Result<Ref> fileio_terminal_size(Interpreter& interp, CallArgs args) {
    BASTION_TRY(require_host_io(interp, "get_terminal_size()"));
    BASTION_TRY(check_positional(interp, args, "_fileio.terminal_size", 1, 1));
    BASTION_TRY_ASSIGN(int fd, fd_arg(interp, args.items[0]));
    struct winsize w {};
    if (::ioctl(fd, TIOCGWINSZ, &w) != 0)
        return os_error(interp, errno, Value());
    BASTION_TRY_ASSIGN(Ref cols, int_from_i64(interp, w.ws_col));
    BASTION_TRY_ASSIGN(Ref rows, int_from_i64(interp, w.ws_row));
    BASTION_TRY_ASSIGN(Own<TupleObject> out, tuple_of(interp, {cols.get(), rows.get()}));
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
    {"getcwd", fileio_getcwd}, {"stat", fileio_stat}, {"listdir", fileio_listdir},
    {"scandir", fileio_scandir}, {"mkdir", fileio_mkdir}, {"rmdir", fileio_rmdir},
    {"unlink", fileio_unlink}, {"remove", fileio_remove}, {"rename", fileio_rename},
    {"replace", fileio_replace}, {"chmod", fileio_chmod},
    {"utime", fileio_utime}, {"readlink", fileio_readlink}, {"symlink", fileio_symlink},
    {"access", fileio_access}, {"openfd", fileio_openfd}, {"terminal_size", fileio_terminal_size},
};

// The open() flag values of this system, for os.O_* (only those openfd accepts).
struct FlagConstant {
    const char* name;
    int value;
};

constexpr FlagConstant kFlags[] = {
    {"O_RDONLY", O_RDONLY},   {"O_WRONLY", O_WRONLY},       {"O_RDWR", O_RDWR},       {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL},       {"O_TRUNC", O_TRUNC},         {"O_APPEND", O_APPEND},   {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_DIRECTORY", O_DIRECTORY}, {"O_CLOEXEC", O_CLOEXEC}, {"O_NONBLOCK", O_NONBLOCK}, {"O_SYNC", O_SYNC},
    {"O_DSYNC", O_DSYNC},     {"O_NOCTTY", O_NOCTTY},
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
    for (const FlagConstant& f : kFlags) {
        BASTION_TRY_ASSIGN(Ref value, int_from_i64(interp, f.value));
        StrObject* key = interp.intern(f.name);
        if (key == nullptr)
            return interp.no_memory();
        BASTION_TRY(dict_set_str(interp, module_dict, key, value));
    }
    return {};
}

} // namespace bastion
