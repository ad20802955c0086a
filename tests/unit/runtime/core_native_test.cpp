// core_native_test.cpp: argument parsing for native functions (objects/native.cpp) with
// CPython 3.11's messages, plus the interpreter's memory accounting and deep-release.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace bastion {
namespace {

class CoreNative : public ::testing::Test {
protected:
    Interpreter interp;

    // Message of the exception in flight ("" when the status is ok).
    std::string message(Status s) {
        if (s.ok())
            return "";
        Value exc = s.error().exception;
        auto text = str(interp, exc);
        return type_of(interp, exc)->name + ": " + (text.ok() ? to_utf8(text.value().get()) : "?");
    }

    // parse_args on `npos` positional small ints and the given keyword names.
    std::string parse(const ArgSpec& spec, std::size_t npos, std::vector<std::string_view> kw = {}) {
        std::vector<Value> items;
        for (std::size_t i = 0; i < npos + kw.size(); ++i)
            items.push_back(Value::small_int(static_cast<int64_t>(i)));
        Ref kwnames;
        if (!kw.empty()) {
            std::vector<Value> names;
            for (auto k : kw)
                names.push_back(Value(interp.intern(k)));
            auto t = tuple_from(interp, names);
            EXPECT_TRUE(t.ok());
            kwnames = std::move(t.value());
        }
        CallArgs args{items.data(), npos, kwnames ? static_cast<TupleObject*>(kwnames.obj()) : nullptr};
        Value out[8];
        return message(parse_args(interp, args, spec, out));
    }

    std::string positional(std::string_view name, std::size_t n, std::size_t min, std::size_t max) {
        std::vector<Value> items(n, Value::small_int(0));
        return message(check_positional(interp, CallArgs{items.data(), n, nullptr}, name, min, max));
    }
};

TEST_F(CoreNative, CheckPositionalMessages) {
    EXPECT_EQ(positional("len", 2, 1, 1), "TypeError: len() takes exactly one argument (2 given)");
    EXPECT_EQ(positional("len", 0, 1, 1), "TypeError: len() takes exactly one argument (0 given)");
    EXPECT_EQ(positional("getattr", 1, 2, 3), "TypeError: getattr expected at least 2 arguments, got 1");
    EXPECT_EQ(positional("pop", 2, 0, 1), "TypeError: pop expected at most 1 argument, got 2");
    EXPECT_EQ(positional("divmod", 1, 2, 2), "TypeError: divmod expected 2 arguments, got 1");
    EXPECT_EQ(positional("f", 1, 0, 0), "TypeError: f() takes no arguments (1 given)");
    EXPECT_EQ(positional("f", 1, 1, 2), "");
}

TEST_F(CoreNative, ParseArgsMessages) {
    ArgSpec split{"split", {"sep", "maxsplit"}, 0};
    EXPECT_EQ(parse(split, 3), "TypeError: split() takes at most 2 arguments (3 given)");
    EXPECT_EQ(parse(split, 1, {"sep"}), "TypeError: argument for split() given by name ('sep') and position (1)");
    EXPECT_EQ(parse(split, 0, {"x"}), "TypeError: 'x' is an invalid keyword argument for split()");
    EXPECT_EQ(parse(split, 1, {"maxsplit"}), "");

    ArgSpec round_{"round", {"number", "ndigits"}, 1};
    EXPECT_EQ(parse(round_, 0), "TypeError: round() missing required argument 'number' (pos 1)");
    EXPECT_EQ(parse(round_, 0, {"ndigits"}), "TypeError: round() missing required argument 'number' (pos 1)");

    ArgSpec to_bytes{"to_bytes", {"length", "byteorder", "signed"}, 0, 0, 1};
    EXPECT_EQ(parse(to_bytes, 3), "TypeError: to_bytes() takes at most 2 positional arguments (3 given)");
    EXPECT_EQ(parse(to_bytes, 0, {"length", "byteorder", "signed", "x"}),
              "TypeError: to_bytes() takes at most 3 keyword arguments (4 given)");

    ArgSpec sort{"sort", {"key", "reverse"}, 0, 0, 2};
    EXPECT_EQ(parse(sort, 1), "TypeError: sort() takes no positional arguments");
    EXPECT_EQ(parse(sort, 0, {"x"}), "TypeError: 'x' is an invalid keyword argument for sort()");
}

TEST_F(CoreNative, ParseArgsFillsSlots) {
    ArgSpec spec{"f", {"a", "b", "c"}, 1};
    Value items[3] = {Value::small_int(10), Value::small_int(30)};
    auto t = tuple_of(interp, {Value(interp.intern("c"))});
    ASSERT_TRUE(t.ok());
    Value out[3];
    ASSERT_TRUE(parse_args(interp, CallArgs{items, 1, t.value().get()}, spec, out).ok());
    EXPECT_EQ(out[0].small_int_value(), 10);
    EXPECT_TRUE(out[1].is_null());
    EXPECT_EQ(out[2].small_int_value(), 30);
}

TEST_F(CoreNative, NoKeywords) {
    Value items[1] = {Value::small_int(1)};
    auto t = tuple_of(interp, {Value(interp.intern("x"))});
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(message(no_keywords(interp, CallArgs{items, 0, t.value().get()}, "list.append")),
              "TypeError: list.append() takes no keyword arguments");
}

TEST_F(CoreNative, MemoryIsAccountedAndReturned) {
    std::size_t before = interp.memory_in_use();
    {
        auto l = list_new(interp);
        ASSERT_TRUE(l.ok());
        EXPECT_GT(interp.memory_in_use(), before);
    }
    EXPECT_EQ(interp.memory_in_use(), before);
}

// A million nested one-element lists: freeing the outermost must not recurse a million
// levels deep on the C stack.
TEST_F(CoreNative, DeepChainReleaseIsBounded) {
    Ref chain;
    for (int i = 0; i < 1000000; ++i) {
        Value item = chain ? chain.get() : Value(interp.none);
        auto l = list_new(interp, std::span<const Value>(&item, 1));
        ASSERT_TRUE(l.ok());
        chain = std::move(l.value());
    }
    chain.reset();
    EXPECT_EQ(interp.release_depth, 0u);
    EXPECT_TRUE(interp.deferred_releases.empty());
}

TEST_F(CoreNative, InternIsCanonical) {
    StrObject* a = interp.intern("hello_world");
    auto s = str_from_utf8(interp, "hello_world");
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(interp.intern(s.value().get()), a);
    EXPECT_EQ(interp.intern("__init__"), interp.names.__init__);
}

} // namespace
} // namespace bastion

namespace bastion {
namespace {

// Past the memory limit an allocation raises the preallocated MemoryError, and the
// interpreter stays usable afterwards.
TEST(CoreHeap, MemoryLimitRaisesMemoryErrorAndRecovers) {
    Limits limits;
    limits.max_memory_bytes = 64u << 20;
    Interpreter interp(limits);
    std::string out;
    interp.write_stdout = [&out](std::string_view s) { out += s; };
    auto r = interp.run_source("s = 'x' * (10 ** 9)\n", "<test>");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(type_of(interp, r.error().exception), interp.exc.MemoryError);
    auto again = interp.run_source("print('still fine', len('y' * 1000))\n", "<test>");
    EXPECT_TRUE(again.ok());
    EXPECT_EQ(out, "still fine 1000\n");
}

} // namespace
} // namespace bastion
