// random_module.cpp: the `_random` module — the Mersenne Twister MT19937 generator type
// (`_random.Random`) that lib/random.py subclasses. The seeding (init_by_array from the
// seed's 32-bit words), random() (53 bits from two outputs) and getrandbits() follow the
// reference algorithm exactly as CPython uses it, so sequences match CPython's.
// Seed arguments are turned into words by lib/random.py (ints, str/bytes via SHA-512).
// Also urandom(n) (os.urandom, the secrets module, uuid4): bytes from the kernel's
// getrandom(2), which is how CPython seeds a generator without a seed, and so does this one.
#include <sys/random.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <ctime>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;

struct RandomObject : Object {
    std::array<uint32_t, kN> state{};
    int index = kN + 1;
};

void init_genrand(RandomObject* r, uint32_t s) {
    r->state[0] = s;
    for (int i = 1; i < kN; ++i)
        r->state[i] = 1812433253U * (r->state[i - 1] ^ (r->state[i - 1] >> 30)) + static_cast<uint32_t>(i);
    r->index = kN;
}

void init_by_array(RandomObject* r, const std::vector<uint32_t>& key) {
    init_genrand(r, 19650218U);
    std::size_t len = key.size();
    int i = 1;
    std::size_t j = 0;
    for (std::size_t k = (kN > len ? kN : len); k; --k) {
        r->state[i] = (r->state[i] ^ ((r->state[i - 1] ^ (r->state[i - 1] >> 30)) * 1664525U)) + key[j] +
                      static_cast<uint32_t>(j);
        ++i;
        ++j;
        if (i >= kN) {
            r->state[0] = r->state[kN - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (int k = kN - 1; k; --k) {
        r->state[i] = (r->state[i] ^ ((r->state[i - 1] ^ (r->state[i - 1] >> 30)) * 1566083941U)) -
                      static_cast<uint32_t>(i);
        ++i;
        if (i >= kN) {
            r->state[0] = r->state[kN - 1];
            i = 1;
        }
    }
    r->state[0] = 0x80000000U;
    r->index = kN;
}

uint32_t genrand_uint32(RandomObject* r) {
    static constexpr uint32_t mag01[2] = {0x0U, kMatrixA};
    if (r->index >= kN) {
        if (r->index == kN + 1)
            init_genrand(r, 5489U);
        int kk = 0;
        for (; kk < kN - kM; ++kk) {
            uint32_t y = (r->state[kk] & kUpperMask) | (r->state[kk + 1] & kLowerMask);
            r->state[kk] = r->state[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < kN - 1; ++kk) {
            uint32_t y = (r->state[kk] & kUpperMask) | (r->state[kk + 1] & kLowerMask);
            r->state[kk] = r->state[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        uint32_t y = (r->state[kN - 1] & kUpperMask) | (r->state[0] & kLowerMask);
        r->state[kN - 1] = r->state[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        r->index = 0;
    }
    uint32_t y = r->state[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

RandomObject* self_of(Value self) { return static_cast<RandomObject*>(self.obj()); }

// n bytes from getrandom(2) (any n: the kernel returns at most 32 MiB a call, and a signal
// may cut a call short). False, with errno set, when the kernel refuses.
bool fill_random(uint8_t* p, std::size_t n) {
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += got;
        n -= static_cast<std::size_t>(got);
    }
    return true;
}

// As CPython's random_seed_urandom: 624 words from the kernel; the clock and the object's
// address only where getrandom(2) fails.
void seed_from_os(RandomObject* r) {
    std::vector<uint32_t> words(kN);
    if (fill_random(reinterpret_cast<uint8_t*>(words.data()), words.size() * sizeof(uint32_t))) {
        init_by_array(r, words);
        return;
    }
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    timespec mono{};
    clock_gettime(CLOCK_MONOTONIC, &mono);
    std::vector<uint32_t> key = {static_cast<uint32_t>(ts.tv_nsec), static_cast<uint32_t>(ts.tv_sec),
                                 static_cast<uint32_t>(mono.tv_nsec), static_cast<uint32_t>(
                                     reinterpret_cast<uintptr_t>(r) >> 4)};
    init_by_array(r, key);
}

Result<Ref> random_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    (void)args; // subclasses take their own arguments in __init__ (seed)
    BASTION_TRY_ASSIGN(Own<RandomObject> r, interp.make<RandomObject>(type));
    seed_from_os(r.get());
    return std::move(r).into_ref();
}

// random() -> float in [0.0, 1.0) with 53 random bits.
Result<Ref> m_random(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "random", 0, 0));
    RandomObject* r = self_of(self);
    uint32_t a = genrand_uint32(r) >> 5;
    uint32_t b = genrand_uint32(r) >> 6;
    return float_from_double(interp, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

// _genrand_uint32() -> the next 32-bit output.
Result<Ref> m_genrand_uint32(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_genrand_uint32", 0, 0));
    return int_from_u64(interp, genrand_uint32(self_of(self)));
}

// getrandbits(k): k random bits; words are drawn least significant first and the last
// partial word keeps its most significant bits.
Result<Ref> m_getrandbits(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "getrandbits"));
    BASTION_TRY(check_positional(interp, args, "getrandbits", 1, 1));
    BASTION_TRY_ASSIGN(int64_t k, index_to_i64(interp, args.items[0]));
    if (k < 0)
        return interp.raise(interp.exc.ValueError, "number of bits must be non-negative");
    RandomObject* r = self_of(self);
    if (k == 0)
        return Ref::small_int(0);
    if (k <= 32)
        return int_from_u64(interp, genrand_uint32(r) >> (32 - k));
    if (k <= 64) {
        uint64_t lo = genrand_uint32(r);
        uint64_t hi = genrand_uint32(r) >> (64 - k);
        return int_from_u64(interp, lo | (hi << 32));
    }
    if (k > (int64_t{1} << 40))
        return interp.no_memory();
    std::size_t words = static_cast<std::size_t>((k - 1) / 32 + 1);
    std::vector<uint64_t> limbs((words + 1) / 2, 0);
    int64_t left = k;
    for (std::size_t i = 0; i < words; ++i, left -= 32) {
        uint32_t w = genrand_uint32(r);
        if (left < 32)
            w >>= (32 - left);
        limbs[i / 2] |= static_cast<uint64_t>(w) << (32 * (i % 2));
    }
    return int_from_constant(interp, false, limbs);
}

// _seed_words(list_of_uint32): init_by_array with those words.
Result<Ref> m_seed_words(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_seed_words", 1, 1));
    if (!is_list(interp, args.items[0]))
        return interp.raise(interp.exc.TypeError, "_seed_words() argument must be a list");
    auto* list = static_cast<ListObject*>(args.items[0].obj());
    std::vector<uint32_t> key;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        int64_t w = 0;
        if (!int_to_i64(list->items[i], &w) || w < 0 || w > 0xffffffffLL)
            return interp.raise(interp.exc.ValueError, "seed words must be 32-bit unsigned ints");
        key.push_back(static_cast<uint32_t>(w));
    }
    if (key.empty())
        key.push_back(0);
    init_by_array(self_of(self), key);
    return interp.new_none();
}

Result<Ref> m_seed_os(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_seed_os", 0, 0));
    seed_from_os(self_of(self));
    return interp.new_none();
}

// _getstate() -> tuple of 624 state words and the index.
Result<Ref> m_getstate(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_getstate", 0, 0));
    RandomObject* r = self_of(self);
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, kN + 1));
    for (int i = 0; i < kN; ++i) {
        BASTION_TRY_ASSIGN(Ref w, int_from_u64(interp, r->state[i]));
        t->items()[i] = w.release();
    }
    t->items()[kN] = Value::small_int(r->index);
    return Ref(std::move(t));
}

Result<Ref> m_setstate(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_setstate", 1, 1));
    if (!is_tuple(interp, args.items[0]))
        return interp.raise(interp.exc.TypeError, "state vector must be a tuple");
    auto* t = static_cast<TupleObject*>(args.items[0].obj());
    if (t->size != kN + 1)
        return interp.raise(interp.exc.ValueError, "state vector is the wrong size");
    std::array<uint32_t, kN> words{};
    for (int i = 0; i < kN; ++i) {
        int64_t w = 0;
        if (!is_int(interp, t->items()[i]))
            return interp.raise(interp.exc.TypeError, "state vector items must be integers");
        if (!int_to_i64(t->items()[i], &w) || w < 0 || w > 0xffffffffLL)
            return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C unsigned long");
        words[static_cast<std::size_t>(i)] = static_cast<uint32_t>(w);
    }
    int64_t index = 0;
    if (!int_to_i64(t->items()[kN], &index) || index < 0 || index > kN)
        return interp.raise(interp.exc.ValueError, "invalid state");
    RandomObject* r = self_of(self);
    r->state = words;
    r->index = static_cast<int>(index);
    return interp.new_none();
}

const MethodDef kMethods[] = {
    {"random", m_random},
    {"getrandbits", m_getrandbits},
    {"_genrand_uint32", m_genrand_uint32},
    {"_seed_words", m_seed_words},
    {"_seed_os", m_seed_os},
    {"_getstate", m_getstate},
    {"_setstate", m_setstate},
};

// urandom(size, /) -> size bytes from the kernel's random source (os.urandom). Charged to
// the step budget like hashing, one step per 64 bytes; the bytes count against --max-memory.
Result<Ref> f_urandom(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "posix.urandom"));
    BASTION_TRY(check_positional(interp, args, "posix.urandom", 1, 1));
    BASTION_TRY_ASSIGN(int64_t n, index_to_i64(interp, args.items[0]));
    if (n < 0)
        return interp.raise(interp.exc.ValueError, "negative argument not allowed");
    BASTION_TRY(interp.charge_steps(static_cast<uint64_t>(n) / 64 + 1));
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_new_uninit(interp, n));
    if (!fill_random(b->data(), static_cast<std::size_t>(n)))
        return interp.raise_fmt(interp.exc.OSError, "[Errno {}] {}", errno, std::strerror(errno));
    return Ref(std::move(b));
}

} // namespace

Status init_random_module(Interpreter& interp, DictObject* module_dict) {
    BASTION_TRY_ASSIGN(Own<Type> t, interp.make<Type>(interp.types.type));
    t->interp = &interp;
    t->base = interp.types.object;
    Type* type = t.get();
    // The type lives as long as the interpreter, like the built-in types.
    (void)std::move(t).into_ref().release();
    type->name = "_random.Random";
    type->qualname = "Random";
    type->instance_size = sizeof(RandomObject);
    type->flags |= kTypeBaseType;
    type->tp_new = random_tp_new;
    type->destroy = destroy_as<RandomObject>;
    BASTION_TRY(ready_builtin_type(interp, type));
    BASTION_TRY(add_methods(interp, type, kMethods));
    BASTION_TRY(define_function(interp, Value(module_dict), "urandom", f_urandom));
    return dict_set_str(interp, module_dict, interp.intern("Random"), Value(type));
}

} // namespace bastion
