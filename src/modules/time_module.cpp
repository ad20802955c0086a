// time_module.cpp: the `time` module — wall, monotonic, performance and process clocks
// (seconds as float and *_ns as int), sleep, and gmtime/localtime/mktime/strftime/asctime
// over the C library with struct_time defined as a small tuple subclass in Python.
// CPython: Modules/timemodule.c (behaviour and messages, not code).
#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>

#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

constexpr std::string_view kStructTimeSource = R"PY(
class struct_time(tuple):
    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
               'tm_wday', 'tm_yday', 'tm_isdst')
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    def __new__(cls, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else zone
        self._gmtoff = seq[10] if len(seq) > 10 else gmtoff
        return self
    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)
    def __repr__(self):
        return 'time.struct_time(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._fields, self)) + ')'
struct_time.__module__ = 'time'
def gmtime(secs=None):
    return struct_time(_gmtime(secs))
def localtime(secs=None):
    return struct_time(_localtime(secs))
def _checktuple(t, fname):
    if isinstance(t, struct_time):
        return tuple(t)
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(fname + '(): illegal time tuple argument')
    return t
def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not ' + type(format).__name__)
    return _strftime(format, _checktuple(localtime() if t is None else t, 'strftime'))
def asctime(t=None):
    return _strftime('%a %b %e %H:%M:%S %Y', _checktuple(localtime() if t is None else t, 'asctime'))
def ctime(secs=None):
    return asctime(localtime(secs))
def mktime(t):
    return _mktime(_checktuple(t, 'mktime'))
)PY";

double clock_seconds(clockid_t id) {
    timespec ts{};
    clock_gettime(id, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

Result<Ref> clock_ns(Interpreter& interp, clockid_t id) {
    timespec ts{};
    clock_gettime(id, &ts);
    __int128 ns = static_cast<__int128>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    return int_from_i128(interp, ns);
}

// One reading of a clock, as seconds (float) or nanoseconds (int); no arguments.
Result<Ref> clock_reading(Interpreter& interp, CallArgs args, std::string_view name, clockid_t id, bool ns) {
    std::string qualified = "time." + std::string(name); // CPython names METH_NOARGS functions by module
    BASTION_TRY(no_keywords(interp, args, qualified));
    BASTION_TRY(check_positional(interp, args, qualified, 0, 0));
    if (ns)
        return clock_ns(interp, id);
    return float_from_double(interp, clock_seconds(id));
}

Result<Ref> time_time(Interpreter& i, CallArgs a) { return clock_reading(i, a, "time", CLOCK_REALTIME, false); }
Result<Ref> time_time_ns(Interpreter& i, CallArgs a) { return clock_reading(i, a, "time_ns", CLOCK_REALTIME, true); }
Result<Ref> time_monotonic(Interpreter& i, CallArgs a) { return clock_reading(i, a, "monotonic", CLOCK_MONOTONIC, false); }
Result<Ref> time_monotonic_ns(Interpreter& i, CallArgs a) { return clock_reading(i, a, "monotonic_ns", CLOCK_MONOTONIC, true); }
Result<Ref> time_perf_counter(Interpreter& i, CallArgs a) { return clock_reading(i, a, "perf_counter", CLOCK_MONOTONIC, false); }
Result<Ref> time_perf_counter_ns(Interpreter& i, CallArgs a) { return clock_reading(i, a, "perf_counter_ns", CLOCK_MONOTONIC, true); }
Result<Ref> time_process_time(Interpreter& i, CallArgs a) { return clock_reading(i, a, "process_time", CLOCK_PROCESS_CPUTIME_ID, false); }
Result<Ref> time_process_time_ns(Interpreter& i, CallArgs a) { return clock_reading(i, a, "process_time_ns", CLOCK_PROCESS_CPUTIME_ID, true); }
Result<Ref> time_thread_time(Interpreter& i, CallArgs a) { return clock_reading(i, a, "thread_time", CLOCK_THREAD_CPUTIME_ID, false); }

Result<Ref> time_sleep(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "time.sleep"));
    BASTION_TRY(check_positional(interp, args, "time.sleep", 1, 1));
    double secs = 0;
    Value v = args.items[0];
    if (is_float(interp, v)) {
        BASTION_TRY_ASSIGN(secs, float_as_double(interp, v));
        if (std::isnan(secs))
            return interp.raise(interp.exc.ValueError, "Invalid value NaN (not a number)");
    } else if (is_int(interp, v)) {
        BASTION_TRY_ASSIGN(secs, int_to_double(interp, v));
    } else {
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                                type_of(interp, v)->name);
    }
    if (secs < 0)
        return interp.raise(interp.exc.ValueError, "sleep length must be non-negative");
    if (secs > 1e9)
        return interp.raise(interp.exc.OverflowError, "sleep length is too large");
    if (interp.sleep) {
        interp.sleep(secs);
        return interp.new_none();
    }
    timespec ts{};
    ts.tv_sec = static_cast<time_t>(secs);
    ts.tv_nsec = static_cast<long>((secs - static_cast<double>(ts.tv_sec)) * 1e9);
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
    return interp.new_none();
}

Result<time_t> seconds_arg(Interpreter& interp, CallArgs args, std::string_view name) {
    BASTION_TRY(check_positional(interp, args, name, 0, 1));
    if (args.npos == 0 || args.items[0].is(Value(interp.none)))
        return static_cast<time_t>(std::time(nullptr));
    Value v = args.items[0];
    double d = 0;
    if (is_float(interp, v)) {
        BASTION_TRY_ASSIGN(d, float_as_double(interp, v));
        if (std::isnan(d))
            return interp.raise(interp.exc.ValueError, "Invalid value NaN (not a number)");
    } else if (is_int(interp, v)) {
        BASTION_TRY_ASSIGN(d, int_to_double(interp, v));
    } else {
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                                type_of(interp, v)->name);
    }
    if (!(d > -1e17 && d < 1e17))
        return interp.raise(interp.exc.OverflowError, "timestamp out of range for platform time_t");
    return static_cast<time_t>(std::floor(d));
}

Result<Ref> tm_tuple(Interpreter& interp, const std::tm& tm, bool utc) {
    BASTION_TRY_ASSIGN(Ref zone, make_str(interp, utc ? "UTC" : tm.tm_zone ? tm.tm_zone : ""));
    BASTION_TRY_ASSIGN(Ref gmtoff, int_from_i64(interp, utc ? 0 : tm.tm_gmtoff));
    BASTION_TRY_ASSIGN(Own<TupleObject> t,
                       tuple_of(interp, {Value::small_int(tm.tm_year + 1900), Value::small_int(tm.tm_mon + 1),
                                         Value::small_int(tm.tm_mday), Value::small_int(tm.tm_hour),
                                         Value::small_int(tm.tm_min), Value::small_int(tm.tm_sec),
                                         Value::small_int((tm.tm_wday + 6) % 7), Value::small_int(tm.tm_yday + 1),
                                         Value::small_int(utc ? 0 : tm.tm_isdst), zone, gmtoff}));
    return Ref(std::move(t));
}

Result<Ref> time_gmtime(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(time_t t, seconds_arg(interp, args, "gmtime"));
    std::tm tm{};
    if (!gmtime_r(&t, &tm))
        return interp.raise(interp.exc.OverflowError, "timestamp out of range for platform time_t");
    return tm_tuple(interp, tm, true);
}

Result<Ref> time_localtime(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(time_t t, seconds_arg(interp, args, "localtime"));
    std::tm tm{};
    if (!localtime_r(&t, &tm))
        return interp.raise(interp.exc.OverflowError, "timestamp out of range for platform time_t");
    return tm_tuple(interp, tm, false);
}

// A 9-tuple of ints -> std::tm (Python's month 1-12, weekday Monday=0, yday 1-366).
Result<std::tm> tm_from_tuple(Interpreter& interp, Value v) {
    if (!is_tuple(interp, v))
        return interp.raise(interp.exc.TypeError, "Tuple or struct_time argument required");
    auto* t = static_cast<TupleObject*>(v.obj());
    if (t->size < 9)
        return interp.raise_fmt(interp.exc.TypeError, "function takes exactly 9 arguments ({} given)", t->size);
    int64_t f[9];
    for (int i = 0; i < 9; ++i) {
        if (!is_int(interp, t->items()[i]))
            return interp.raise_fmt(interp.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                                    type_of(interp, t->items()[i])->name);
        if (!int_to_i64(t->items()[i], &f[i]) || f[i] < INT32_MIN || f[i] > INT32_MAX)
            return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C int");
    }
    std::tm tm{};
    tm.tm_year = static_cast<int>(f[0] - 1900);
    tm.tm_mon = static_cast<int>(f[1] - 1);
    tm.tm_mday = static_cast<int>(f[2]);
    tm.tm_hour = static_cast<int>(f[3]);
    tm.tm_min = static_cast<int>(f[4]);
    tm.tm_sec = static_cast<int>(f[5]);
    tm.tm_wday = static_cast<int>((f[6] + 1) % 7);
    tm.tm_yday = static_cast<int>(f[7] - 1);
    tm.tm_isdst = static_cast<int>(f[8]);
    return tm;
}

Result<Ref> time_strftime(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_strftime", 2, 2));
    if (!is_str(interp, args.items[0]))
        return interp.raise(interp.exc.TypeError, "strftime() argument 1 must be str");
    std::string fmt = str_to_utf8(static_cast<StrObject*>(args.items[0].obj()));
    BASTION_TRY_ASSIGN(std::tm tm, tm_from_tuple(interp, args.items[1]));
    if (tm.tm_mon < -1 || tm.tm_mon > 11)
        return interp.raise(interp.exc.ValueError, "month out of range");
    if (tm.tm_mday < 0 || tm.tm_mday > 31)
        return interp.raise(interp.exc.ValueError, "day of month out of range");
    if (tm.tm_hour < 0 || tm.tm_hour > 23)
        return interp.raise(interp.exc.ValueError, "hour out of range");
    if (tm.tm_min < 0 || tm.tm_min > 59)
        return interp.raise(interp.exc.ValueError, "minute out of range");
    if (tm.tm_sec < 0 || tm.tm_sec > 61)
        return interp.raise(interp.exc.ValueError, "seconds out of range");
    if (tm.tm_yday < -1 || tm.tm_yday > 365)
        return interp.raise(interp.exc.ValueError, "day of year out of range");
    if (tm.tm_mon == -1)
        tm.tm_mon = 0;
    if (tm.tm_mday == 0)
        tm.tm_mday = 1;
    if (tm.tm_yday == -1)
        tm.tm_yday = 0;
    if (tm.tm_wday < 0)
        tm.tm_wday += 7;
    // A trailing marker tells an empty result from a buffer that was too small.
    fmt.push_back('\x01');
    std::string out(fmt.size() * 4 + 64, '\0');
    for (int attempt = 0; attempt < 8; ++attempt) {
        std::size_t n = std::strftime(out.data(), out.size(), fmt.c_str(), &tm);
        if (n > 0) {
            out.resize(n - 1);
            return make_str(interp, out);
        }
        out.resize(out.size() * 4);
    }
    return interp.raise(interp.exc.ValueError, "strftime format result too long");
}

Result<Ref> time_mktime(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_mktime", 1, 1));
    BASTION_TRY_ASSIGN(std::tm tm, tm_from_tuple(interp, args.items[0]));
    tm.tm_wday = -1;
    time_t t = std::mktime(&tm);
    if (t == static_cast<time_t>(-1) && tm.tm_wday == -1)
        return interp.raise(interp.exc.OverflowError, "mktime argument out of range");
    return float_from_double(interp, static_cast<double>(t));
}

struct TimeFunction {
    std::string_view name;
    NativeFunction fn;
};

const TimeFunction kFunctions[] = {
    {"time", time_time},
    {"time_ns", time_time_ns},
    {"monotonic", time_monotonic},
    {"monotonic_ns", time_monotonic_ns},
    {"perf_counter", time_perf_counter},
    {"perf_counter_ns", time_perf_counter_ns},
    {"process_time", time_process_time},
    {"process_time_ns", time_process_time_ns},
    {"thread_time", time_thread_time},
    {"sleep", time_sleep},
    {"_gmtime", time_gmtime},
    {"_localtime", time_localtime},
    {"_strftime", time_strftime},
    {"_mktime", time_mktime},
};

} // namespace

Status init_time_module(Interpreter& interp, DictObject* module_dict) {
    for (const TimeFunction& f : kFunctions) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "time"));
        BASTION_TRY(dict_set_str(interp, module_dict, interp.intern(f.name), fn));
    }
    tzset();
    BASTION_TRY_ASSIGN(Ref tz0, make_str(interp, tzname[0]));
    BASTION_TRY_ASSIGN(Ref tz1, make_str(interp, tzname[1]));
    BASTION_TRY_ASSIGN(Own<TupleObject> names, tuple_of(interp, {tz0, tz1}));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("tzname"), Value(names.get())));
    BASTION_TRY_ASSIGN(Ref tzoff, int_from_i64(interp, timezone));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("timezone"), tzoff));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("daylight"), Value::small_int(daylight)));
    BASTION_TRY_ASSIGN(Ref r, interp.eval_source(kStructTimeSource, "<time>", Value(module_dict), Value(module_dict)));
    (void)r;
    return {};
}

} // namespace bastion
