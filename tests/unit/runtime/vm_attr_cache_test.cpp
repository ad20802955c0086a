// vm_attr_cache_test.cpp: the attribute caches (objects/type_cache.h, attr_cache.h) under
// the host's limits and across interpreter lifetimes: a cached site counts the same steps
// and accounts the same memory as the generic path, two interpreters running the same
// code keep separate caches, and teardown with cached sites in __del__ methods is clean
// (the ASan tree checks that no record is read after class dicts are dropped).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "objects/attr_cache.h"
#include "objects/containers_common.h"
#include "objects/dict_table.h"
#include "bytecode/opcodes.h"
#include "vm/code_object.h"
#include "vm/function.h"
#include "vm_test_util.h"

namespace bastion {
namespace {

// One loop of attribute loads, stores and method calls; `cls_line` picks the class. With
// `__getattribute__ = object.__getattribute__` and `__setattr__ = object.__setattr__`
// the class behaves the same but its slots are not the generic ones, so every access
// takes the generic path: the step limit must stop both at the same iteration.
std::string steps_program(const std::string& cls_line) {
    return "class C:\n" + cls_line +
           "    def __init__(self):\n"
           "        self.n = 0\n"
           "    def bump(self):\n"
           "        self.n = self.n + 1\n"
           "        return self.n\n"
           "c = C()\n"
           "while True:\n"
           "    print(c.bump())\n";
}

std::string last_line(const std::string& out) {
    std::size_t end = out.find_last_not_of('\n');
    if (end == std::string::npos)
        return "";
    std::size_t start = out.rfind('\n', end);
    return out.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
}

TEST(AttrCacheTest, StepLimitStopsCachedAndGenericSitesAtTheSameInstruction) {
    for (uint64_t steps : {1000u, 4321u, 20000u}) {
        Limits limits;
        limits.max_steps = steps;
        // The same instructions in both class bodies (only the names differ).
        auto cached = vm_test::run(steps_program("    getattribute_ = object.__getattribute__\n"
                                                 "    setattr_ = object.__setattr__\n"),
                                   limits);
        auto generic = vm_test::run(steps_program("    __getattribute__ = object.__getattribute__\n"
                                                  "    __setattr__ = object.__setattr__\n"),
                                    limits);
        EXPECT_NE(cached.error.find("StepLimitExceeded"), std::string::npos) << cached.error;
        EXPECT_NE(generic.error.find("StepLimitExceeded"), std::string::npos) << generic.error;
        EXPECT_FALSE(last_line(cached.out).empty());
        EXPECT_EQ(last_line(cached.out), last_line(generic.out)) << "max_steps " << steps;
    }
}

// A store that makes the instance dict under a memory limit: MemoryError, as the generic
// path raises it, and the interpreter goes on (a later store succeeds once memory is freed).
TEST(AttrCacheTest, InstanceDictCreationUnderTheMemoryLimit) {
    Limits limits;
    limits.max_memory_bytes = 24u << 20;
    auto r = vm_test::run(
        "class N:\n"
        "    pass\n"
        "def fill(objs):\n"
        "    for o in objs:\n"
        "        o.x = 1\n"
        "objs = []\n"
        "err = None\n"
        "try:\n"
        "    while True:\n"
        "        chunk = [N() for _ in range(1000)]\n"
        "        fill(chunk)\n"
        "        objs.append(chunk)\n"
        "except MemoryError:\n"
        "    err = 'MemoryError'\n"
        "del objs, chunk\n"
        "late = N()\n"
        "fill([late])\n"
        "ok = late.x\n",
        limits);
    ASSERT_EQ(r.error, "");
    EXPECT_EQ(vm_test::global_text(r, "err"), "MemoryError");
    EXPECT_EQ(vm_test::global_text(r, "ok"), "1");
}

// The first store of an attribute makes the instance dict holding it (attr_store_first): when
// that allocation fails the instance is left without a dict, as the generic path leaves it,
// and a class call without arguments that fails raises the same MemoryError.
TEST(AttrCacheTest, FailedFirstStoreLeavesNoInstanceDict) {
    Limits limits;
    limits.max_memory_bytes = 24u << 20;
    auto r = vm_test::run(
        "class N:\n"
        "    pass\n"
        "objs = [None] * 1000000\n" // filled by index: only N() and the store allocate
        "o = None\n"
        "stage = None\n"
        "i = 0\n"
        "try:\n"
        "    while True:\n"
        "        stage = 'new'\n"
        "        o = None\n"
        "        o = N()\n"
        "        stage = 'store'\n"
        "        o.x = 'value'\n"
        "        objs[i] = o\n"
        "        i += 1\n"
        "except MemoryError:\n"
        "    pass\n"
        "res = stage if o is None else stage + ':' + repr(vars(o)) + ':' + str(hasattr(o, 'x'))\n"
        "del objs\n"
        "if o is not None:\n"
        "    o.x = 'late'\n"
        "    late = o.x + str(len(vars(o)))\n"
        "else:\n"
        "    late = 'late1'\n",
        limits);
    ASSERT_EQ(r.error, "");
    std::string res = vm_test::global_text(r, "res");
    EXPECT_TRUE(res == "new" || res == "store:{}:False") << res;
    EXPECT_EQ(vm_test::global_text(r, "late"), "late1");
}

// A class whose instances got many attributes makes each new instance dict with a table
// sized for them, in the dict's block (objects/dict_object.cpp dict_new_presized_inline):
// under a memory limit the first store fails with MemoryError, and the interpreter goes
// on once memory is freed (stores and loads through remembered entry numbers work).
TEST(AttrCacheTest, PresizedInstanceDictsUnderTheMemoryLimit) {
    Limits limits;
    limits.max_memory_bytes = 24u << 20;
    auto r = vm_test::run(
        "class W:\n"
        "    pass\n"
        "def wide(o):\n"
        "    o.a0 = 0; o.a1 = 1; o.a2 = 2; o.a3 = 3; o.a4 = 4; o.a5 = 5; o.a6 = 6; o.a7 = 7\n"
        "    o.a8 = 8; o.a9 = 9; o.b0 = 10; o.b1 = 11; o.b2 = 12; o.b3 = 13; o.b4 = 14\n"
        "def first(o):\n"
        "    o.a0 = 'first'\n"
        "wide(W())\n"
        "objs = []\n"
        "err = None\n"
        "failed = None\n"
        "try:\n"
        "    while True:\n"
        "        failed = W()\n"
        "        first(failed)\n"
        "        objs.append(failed)\n"
        "        failed = None\n"
        "except MemoryError:\n"
        "    err = 'MemoryError'\n"
        "failed = None\n"
        "while len(objs) > 200:\n"
        "    objs.pop()\n"
        "for o in objs[:100]:\n"
        "    o.a0 = o.a0 + '!'\n"
        "again = objs[5].a0\n"
        "del objs\n"
        "late = W()\n"
        "wide(late)\n"
        "ok = late.b4 + late.a0\n",
        limits);
    ASSERT_EQ(r.error, "");
    EXPECT_EQ(vm_test::global_text(r, "err"), "MemoryError");
    EXPECT_EQ(vm_test::global_text(r, "again"), "first!");
    EXPECT_EQ(vm_test::global_text(r, "ok"), "14");
}

// Two interpreters alive at once run the same code: each has its own caches (classes of
// one are never seen by the other's records).
TEST(AttrCacheTest, InterpretersKeepSeparateCaches) {
    const char* program =
        "class P:\n"
        "    k = KVAL\n"
        "    def get(self):\n"
        "        return self.k\n"
        "p = P()\n"
        "total = 0\n"
        "for i in range(200):\n"
        "    total += p.get()\n";
    std::string a = program, b = program;
    a.replace(a.find("KVAL"), 4, "1");
    b.replace(b.find("KVAL"), 4, "2");
    auto ra = vm_test::run(a);
    auto rb = vm_test::run(b);
    auto ra2 = vm_test::run(a);
    EXPECT_EQ(vm_test::global_text(ra, "total"), "200");
    EXPECT_EQ(vm_test::global_text(rb, "total"), "400");
    EXPECT_EQ(vm_test::global_text(ra2, "total"), "200");
}

// __del__ methods that load, store and call through cached sites while the interpreter
// is destroyed (module globals cleared, then the collector's teardown).
TEST(AttrCacheTest, TeardownWithCachedSitesInFinalizers) {
    auto r = vm_test::run(
        "class Base:\n"
        "    tag = 'b'\n"
        "    def name(self):\n"
        "        return self.tag + str(self.n)\n"
        "class Node(Base):\n"
        "    def __init__(self, n):\n"
        "        self.n = n\n"
        "        self.other = None\n"
        "    def __del__(self):\n"
        "        self.n = self.n + 1\n"
        "        print(self.name(), self.other is None)\n"
        "nodes = [Node(i) for i in range(5)]\n"
        "for n in nodes:\n"
        "    n.name()\n"
        "a, b = Node(10), Node(20)\n"
        "a.other, b.other = b, a\n");
    ASSERT_EQ(r.error, "");
    r.module.reset();
    r.interp.reset();
    for (const char* want : {"b1 True", "b5 True", "b11 False", "b21 False"})
        EXPECT_NE(r.out.find(want), std::string::npos) << want << " in " << r.out;
}

// keys_version names a key set (objects/dict_object.h), the ground of the absence proofs:
// dicts that gained the same interned names in the same order share it, whatever their
// table sizes; any other history gives a number no other key set has. (Sharing goes
// through a direct-mapped table of transitions, which other inserts may evict: the
// dicts expected to share a number take each name one after the other.)
TEST(AttrCacheTest, KeysVersionNamesTheKeySet) {
    Interpreter interp;
    auto fresh = [&] { return dict_new(interp).value(); };
    auto set = [&](DictObject* d, const std::string& name, int64_t v) {
        ASSERT_TRUE(dict_set_str(interp, d, interp.intern(name), Value::small_int(v)).ok());
    };

    Own<DictObject> a = fresh(), b = fresh(), c = fresh();
    EXPECT_EQ(a->keys_version, 0u); // the empty set
    for (const char* n : {"x", "y"}) {
        set(a.get(), n, 1);
        set(b.get(), n, 2);
    }
    set(c.get(), "y", 1);
    set(c.get(), "x", 2);
    EXPECT_NE(a->keys_version, 0u);
    EXPECT_EQ(a->keys_version, b->keys_version); // the same names in the same order
    EXPECT_NE(a->keys_version, c->keys_version); // another order: another number
    uint64_t before = a->keys_version, version = a->version;
    set(a.get(), "x", 3); // a value replaced: the keys stay
    EXPECT_EQ(a->keys_version, before);
    EXPECT_NE(a->version, version);

    // One dict grown through several resizes, one presized: the same keys, the same number.
    Own<DictObject> big = fresh();
    Own<DictObject> sized = dict_new_presized_inline(interp, 21).value();
    for (int i = 0; i < 40; ++i) {
        set(big.get(), "kv_name_" + std::to_string(i), 1);
        set(sized.get(), "kv_name_" + std::to_string(i), 2);
    }
    EXPECT_EQ(big->keys_version, sized->keys_version);
    Own<DictObject> copy = dict_copy(interp, big.get()).value(); // a copy holds the same keys
    EXPECT_EQ(copy->keys_version, big->keys_version);

    // A removal gives a fresh number; adding the name back does not return to the old one.
    ASSERT_TRUE(dict_del(interp, b.get(), Value(static_cast<Object*>(interp.intern("y")))).ok());
    EXPECT_NE(b->keys_version, a->keys_version);
    EXPECT_NE(b->keys_version, 0u);
    uint64_t removed = b->keys_version;
    set(b.get(), "y", 5);
    EXPECT_NE(b->keys_version, a->keys_version);
    EXPECT_NE(b->keys_version, removed);
    // clear: the empty set's 0, from which the names lead where they lead any new dict.
    dict_clear(b.get());
    EXPECT_EQ(b->keys_version, 0u);
    Own<DictObject> d = fresh();
    for (const char* n : {"x", "y"}) {
        set(b.get(), n, 1);
        set(d.get(), n, 2);
    }
    EXPECT_EQ(b->keys_version, d->keys_version);

    // Keys that are not interned names take fresh numbers: equal text, different numbers.
    Own<DictObject> p = fresh(), q = fresh();
    Own<StrObject> k1 = str_from_utf8(interp, "not_interned_key").value();
    Own<StrObject> k2 = str_from_utf8(interp, "not_interned_key").value();
    ASSERT_TRUE(dict_set(interp, p.get(), Value(static_cast<Object*>(k1.get())), Value::small_int(1)).ok());
    ASSERT_TRUE(dict_set(interp, q.get(), Value(static_cast<Object*>(k2.get())), Value::small_int(1)).ok());
    EXPECT_NE(p->keys_version, q->keys_version);
    EXPECT_NE(p->keys_version, 0u);
    // ... and so does an interned name appended after them.
    set(p.get(), "x", 1);
    set(q.get(), "x", 1);
    EXPECT_NE(p->keys_version, q->keys_version);

    // Numbers never name two key sets: every dict above with another key set has another number.
    std::vector<DictObject*> distinct = {a.get(), c.get(), big.get(), p.get(), q.get()};
    for (std::size_t i = 0; i < distinct.size(); ++i)
        for (std::size_t j = i + 1; j < distinct.size(); ++j)
            EXPECT_NE(distinct[i]->keys_version, distinct[j]->keys_version) << i << " " << j;
}

// The code objects' attribute entries (objects/type_cache.h AttrSiteTable): one per name
// index up to the largest one an attribute instruction names; other instructions' names
// (LOAD_GLOBAL, DELETE_ATTR, ...) do not count.
// A key-set number names the entry numbers too (the present proof of objects/attr_cache.h
// reads entry dict_hint of any dict with that number): a copy or a resize of a dict with
// deleted entries moves its entries down, so it takes a fresh number.
TEST(AttrCacheTest, KeysVersionNamesTheEntryNumbers) {
    Interpreter interp;
    auto fresh = [&] { return dict_new(interp).value(); };
    auto set = [&](DictObject* d, const std::string& name, int64_t v) {
        ASSERT_TRUE(dict_set_str(interp, d, interp.intern(name), Value::small_int(v)).ok());
    };
    auto entry_of = [&](DictObject* d, const char* name) {
        bool decided = false;
        int64_t ix = dict_find_str_decided(d, interp.intern(name), &decided);
        EXPECT_TRUE(decided);
        return ix;
    };

    // No deleted entries: a copy keeps the number and every entry number.
    Own<DictObject> a = fresh();
    for (const char* n : {"a", "b", "x", "c"})
        set(a.get(), n, 1);
    Own<DictObject> same = dict_copy(interp, a.get()).value();
    EXPECT_EQ(same->keys_version, a->keys_version);
    EXPECT_EQ(entry_of(same.get(), "x"), entry_of(a.get(), "x"));

    // A deleted entry: the copy's entries move down (x from 2 to 1), so its number differs
    // from the source's, and from every other dict's.
    ASSERT_TRUE(dict_del(interp, a.get(), Value(static_cast<Object*>(interp.intern("b")))).ok());
    EXPECT_EQ(entry_of(a.get(), "x"), 2);
    Own<DictObject> moved = dict_copy(interp, a.get()).value();
    EXPECT_EQ(entry_of(moved.get(), "x"), 1);
    EXPECT_NE(moved->keys_version, a->keys_version);
    EXPECT_NE(moved->keys_version, same->keys_version);
    EXPECT_NE(moved->keys_version, 0u);

    // A resize of a dict with a deleted entry: a fresh number before the new key's
    // transition, so the result is not the number a copy gains by the same name.
    Own<DictObject> grown = fresh();
    for (const char* n : {"a", "b", "x", "c", "d"})
        set(grown.get(), n, 1);
    ASSERT_TRUE(dict_del(interp, grown.get(), Value(static_cast<Object*>(interp.intern("b")))).ok());
    Own<DictObject> twin = dict_copy(interp, grown.get()).value();
    uint64_t deleted = grown->keys_version;
    set(grown.get(), "e", 1); // 5 entries in a table of 8: the sixth resizes it
    set(twin.get(), "e", 1);
    EXPECT_NE(grown->keys_version, deleted);
    EXPECT_EQ(entry_of(grown.get(), "x"), 1);
    EXPECT_NE(grown->keys_version, twin->keys_version);

    // dict_set_str_hinted reports the number its entry number is decided for (none for a
    // dict without a table yet: that store takes the generic path).
    Own<DictObject> h = fresh();
    int64_t hint = -1;
    uint64_t hint_keys = 0;
    ASSERT_TRUE(dict_set_str_hinted(interp, h.get(), interp.intern("a"), Value::small_int(1), &hint, &hint_keys).ok());
    EXPECT_EQ(hint, -1);
    EXPECT_EQ(hint_keys, 0u);
    ASSERT_TRUE(dict_set_str_hinted(interp, h.get(), interp.intern("x"), Value::small_int(1), &hint, &hint_keys).ok());
    EXPECT_EQ(hint, 1);
    EXPECT_EQ(hint_keys, h->keys_version);
    uint64_t keys = h->keys_version;
    ASSERT_TRUE(dict_set_str_hinted(interp, h.get(), interp.intern("x"), Value::small_int(2), &hint, &hint_keys).ok());
    EXPECT_EQ(hint, 1);
    EXPECT_EQ(hint_keys, keys); // a replacement: the same number

    // A key of another type with the name's hash, after the name: found, but not decided
    // (its class's comparison could change); the name's absence elsewhere still is.
    Own<DictObject> odd = fresh();
    set(odd.get(), "x", 1);
    Own<StrObject> text = str_from_utf8(interp, "x").value();
    Own<DictObject> other = fresh(); // a key that is not a str, with the name's hash
    int64_t xhash = interp.intern("x")->hash;
    ASSERT_NE(xhash, -1);
    ASSERT_TRUE(dict_insert(interp, odd.get(), Ref::borrow(Value(static_cast<Object*>(other.get()))), xhash,
                            Ref::borrow(Value::small_int(2)))
                    .ok());
    bool decided = true;
    EXPECT_EQ(dict_find_str_decided(odd.get(), interp.intern("x"), &decided), 0);
    EXPECT_FALSE(decided);
    ASSERT_TRUE(dict_set_str_hinted(interp, odd.get(), interp.intern("x"), Value::small_int(3), &hint, &hint_keys).ok());
    EXPECT_EQ(hint, 0);
    EXPECT_EQ(hint_keys, 0u); // not decided: no number vouches for the entry
}

TEST(AttrSiteTest, SiteCountIsOnePastTheLargestAttributeName) {
    using bc::encode;
    using bc::Op;
    EXPECT_EQ(attr_site_count({}), 0u);
    std::vector<uint32_t> none = {encode(Op::LOAD_GLOBAL, 40), encode(Op::DELETE_ATTR, 9), encode(Op::NOP, 0)};
    EXPECT_EQ(attr_site_count(none), 0u);
    std::vector<uint32_t> one = {encode(Op::STORE_ATTR, 0)};
    EXPECT_EQ(attr_site_count(one), 1u);
    std::vector<uint32_t> mixed = {encode(Op::LOAD_ATTR, 3), encode(Op::LOAD_GLOBAL, 20), encode(Op::LOAD_METHOD, 7),
                                   encode(Op::STORE_ATTR, 5), encode(Op::DELETE_ATTR, 30)};
    EXPECT_EQ(attr_site_count(mixed), 8u);
    std::vector<uint32_t> widest = {encode(Op::LOAD_METHOD, bc::kMaxArg)};
    EXPECT_EQ(attr_site_count(widest), bc::kMaxArg + 1u);
}

CodeObject* function_code(vm_test::Run& r, std::string_view name) {
    Value f = dict_get_str(module_dict(r.module), r.interp->intern(name));
    if (f.is_null())
        return nullptr;
    return static_cast<CodeObject*>(static_cast<FunctionObject*>(f.obj())->code.obj());
}

// Sized at creation, allocated on first use (64-byte aligned, one entry per name index up
// to the last attribute name), never for code without attribute instructions, and a code
// object made by code.replace() starts without entries.
TEST(AttrSiteTest, TablesAreSizedAtCreationAndAllocatedOnFirstUse) {
    static_assert(sizeof(AttrCacheEntry) == 64 && alignof(AttrCacheEntry) == 64);
    auto r = vm_test::run("class C:\n"
                          "    a = 1\n"
                          "def f(o):\n"
                          "    return len(o) if o is None else o.a + o.b\n"
                          "def g(x):\n"
                          "    return x + 1\n"
                          "def h(o):\n"
                          "    o.b = 2\n"
                          "def unused(o):\n"
                          "    return o.zz\n"
                          "c = C()\n"
                          "h(c)\n" // an instance: a type's own setattr is not the generic one
                          "f(c)\n"
                          "g(1)\n"
                          "f2 = type(f)(f.__code__.replace(co_name='f2'), globals())\n");
    ASSERT_TRUE(r.module) << r.error;
    CodeObject* f = function_code(r, "f");
    CodeObject* g = function_code(r, "g");
    CodeObject* h = function_code(r, "h");
    CodeObject* unused = function_code(r, "unused");
    CodeObject* f2 = function_code(r, "f2");
    ASSERT_TRUE(f && g && h && unused && f2);
    // f names (len, a, b): entries up to b's index; g has none.
    auto* f_names = static_cast<TupleObject*>(f->names.obj());
    EXPECT_EQ(f->attr_sites.wanted, static_cast<uint32_t>(f_names->size));
    EXPECT_EQ(f->attr_sites.count, f->attr_sites.wanted);
    ASSERT_NE(f->attr_sites.entries, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(f->attr_sites.entries) % 64, 0u);
    EXPECT_GE(f->attr_sites.raw_bytes, f->attr_sites.count * sizeof(AttrCacheEntry));
    EXPECT_EQ(g->attr_sites.wanted, 0u);
    EXPECT_EQ(g->attr_sites.count, 0u);
    EXPECT_EQ(g->attr_sites.entries, nullptr);
    EXPECT_EQ(h->attr_sites.wanted, 1u);
    EXPECT_EQ(h->attr_sites.count, 1u);
    EXPECT_EQ(unused->attr_sites.wanted, 1u);
    EXPECT_EQ(unused->attr_sites.count, 0u); // never run: never allocated
    EXPECT_EQ(f2->attr_sites.wanted, f->attr_sites.wanted);
    EXPECT_EQ(f2->attr_sites.count, 0u);
    // f's entry for `a` holds C (a class attribute found on the type: ClassValue).
    uint32_t a_index = 0;
    while (a_index < f_names->size && f->name_at(a_index) != r.interp->intern("a"))
        ++a_index;
    ASSERT_LT(a_index, f->attr_sites.count);
    const AttrCacheEntry& e = f->attr_sites.entries[a_index];
    EXPECT_EQ(e.kind, AttrKind::ClassValue);
    EXPECT_EQ(e.name, r.interp->intern("a"));
}

// A code object with a thousand attribute names: a thousand entries (64,000 bytes,
// checked size arithmetic, from the accounted allocator), each its own name's.
TEST(AttrSiteTest, AThousandNamesAThousandEntries) {
    std::string names;
    for (int i = 0; i < 1000; ++i)
        names += "    o.a" + std::to_string(i) + " = " + std::to_string(i) + "\n";
    std::string program = "class O:\n    pass\ndef fill(o):\n" + names +
                          "    return o.a999 + o.a0\n"
                          "o = O()\n"
                          "r = [fill(o) for _ in range(3)]\n";
    auto plain = vm_test::run(program);
    ASSERT_TRUE(plain.module) << plain.error;
    EXPECT_EQ(vm_test::global_text(plain, "r"), "[999, 999, 999]");
    CodeObject* fill = function_code(plain, "fill");
    ASSERT_NE(fill, nullptr);
    EXPECT_EQ(fill->attr_sites.count, 1000u);
}

} // namespace
} // namespace bastion
