// hashlib_module.cpp: the `_hashlib` module behind lib/hashlib.py and lib/hmac.py — hash
// objects over the kernels of support/digest.h, with CPython 3.11's types, names and messages:
// `_hashlib.HASH` (md5, sha1, sha2, sha3), `_hashlib.HASHXOF` (shake_128/256, digest(length)),
// `_blake2.blake2b`/`_blake2.blake2s` (with key, salt, person and the tree parameters), the
// constructors openssl_md5 ... openssl_shake_256, new(name, string), pbkdf2_hmac and a
// constant-time compare_digest.
// Hashing is work proportional to the data, which may already be in memory, so every update
// is charged to the step budget (one step per 64 bytes, about one compression), as are SHAKE
// outputs and pbkdf2_hmac's iterations (charged before they run): --max-steps stops a huge
// update or a billion-iteration key derivation.
#include <cstring>

#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes_object.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "support/digest.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

using digest::Algorithm;
using digest::Hasher;

struct HashObject : Object {
    explicit HashObject(const Hasher& h) : hasher(h) {}
    Hasher hasher;
};

// The module's types. HASH's tp_new is null (CPython: "cannot create '_hashlib.HASH'
// instances"); the constructors below make them.
struct HashlibTypes {
    Type* hash = nullptr;
    Type* xof = nullptr;
    Type* blake2b = nullptr;
    Type* blake2s = nullptr;
};
struct HashType : Type {
    HashlibTypes types; // filled on the HASH type, which the module functions are bound to
};

HashObject* self_of(Value self) { return static_cast<HashObject*>(self.obj()); }

// One step per 64 bytes (rounded up), about one compression's work.
Status charge_bytes(Interpreter& interp, uint64_t n) { return interp.charge_steps(n / 64 + 1); }

Status update_from(Interpreter& interp, Hasher& h, Value data) {
    if (is_str(interp, data))
        return interp.raise(interp.exc.TypeError, "Strings must be encoded before hashing");
    if (!has_buffer(interp, data))
        return interp.raise(interp.exc.TypeError, "object supporting the buffer API required");
    BASTION_TRY_ASSIGN(BufferView view, get_buffer(interp, data));
    BASTION_TRY(charge_bytes(interp, static_cast<uint64_t>(view.len())));
    h.update(view.bytes());
    return {};
}

Result<Ref> make_hash_object(Interpreter& interp, Type* type, const Hasher& h) {
    BASTION_TRY_ASSIGN(Own<HashObject> obj, interp.make<HashObject>(type, h));
    return std::move(obj).into_ref();
}

Type* type_for(const HashlibTypes& t, Algorithm a) {
    if (a == Algorithm::Blake2b)
        return t.blake2b;
    if (a == Algorithm::Blake2s)
        return t.blake2s;
    return digest::is_xof(a) ? t.xof : t.hash;
}

const HashlibTypes& types_of(Value bound) { return static_cast<HashType*>(bound.obj())->types; }

// --- Digests ---------------------------------------------------------------------------------

// The digest (length bytes for SHAKE) in a new bytes object: its memory is the interpreter's,
// counted against --max-memory, so a huge SHAKE length ends in MemoryError.
Result<Own<BytesObject>> finish_bytes(Interpreter& interp, const Hasher& h, int64_t length) {
    if (length < 0)
        return interp.raise(interp.exc.ValueError, "length must be non-negative");
    if (digest::is_xof(h.algorithm()))
        BASTION_TRY(charge_bytes(interp, static_cast<uint64_t>(length)));
    BASTION_TRY_ASSIGN(Own<BytesObject> out, bytes_new_uninit(interp, length));
    h.finish({out->data(), static_cast<std::size_t>(length)});
    return out;
}

Result<Ref> as_hex(Interpreter& interp, const BytesObject* b) {
    static constexpr char kDigits[] = "0123456789abcdef";
    try {
        std::string out;
        out.reserve(2 * static_cast<std::size_t>(b->size));
        for (uint8_t c : b->view()) {
            out += kDigits[c >> 4];
            out += kDigits[c & 15];
        }
        return make_str(interp, out);
    } catch (const std::bad_alloc&) {
        return interp.no_memory();
    }
}

Result<Ref> m_update(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "HASH.update"));
    BASTION_TRY(check_positional(interp, args, "HASH.update", 1, 1));
    BASTION_TRY(update_from(interp, self_of(self)->hasher, args.items[0]));
    return interp.new_none();
}

Result<Ref> m_digest(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "HASH.digest", 0, 0));
    const Hasher& h = self_of(self)->hasher;
    BASTION_TRY_ASSIGN(Own<BytesObject> d, finish_bytes(interp, h, static_cast<int64_t>(h.digest_size())));
    return Ref(std::move(d));
}

Result<Ref> m_hexdigest(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "HASH.hexdigest", 0, 0));
    const Hasher& h = self_of(self)->hasher;
    BASTION_TRY_ASSIGN(Own<BytesObject> d, finish_bytes(interp, h, static_cast<int64_t>(h.digest_size())));
    return as_hex(interp, d.get());
}

Result<int64_t> xof_length(Interpreter& interp, CallArgs args, std::string_view fname) {
    Value out[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{fname, {"length"}, 1}, out));
    return index_to_i64(interp, out[0]);
}

Result<Ref> m_xof_digest(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(int64_t n, xof_length(interp, args, "digest"));
    BASTION_TRY_ASSIGN(Own<BytesObject> d, finish_bytes(interp, self_of(self)->hasher, n));
    return Ref(std::move(d));
}

Result<Ref> m_xof_hexdigest(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(int64_t n, xof_length(interp, args, "hexdigest"));
    BASTION_TRY_ASSIGN(Own<BytesObject> d, finish_bytes(interp, self_of(self)->hasher, n));
    return as_hex(interp, d.get());
}

Result<Ref> m_copy(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "HASH.copy", 0, 0));
    return make_hash_object(interp, type_of(interp, self), self_of(self)->hasher);
}

Result<Ref> g_name(Interpreter& interp, Value self) {
    return make_str(interp, digest::algorithm_name(self_of(self)->hasher.algorithm()));
}
Result<Ref> g_digest_size(Interpreter& interp, Value self) {
    return int_from_u64(interp, self_of(self)->hasher.digest_size());
}
Result<Ref> g_block_size(Interpreter& interp, Value self) {
    return int_from_u64(interp, self_of(self)->hasher.block_size());
}

// CPython's EVP repr: <sha256 _hashlib.HASH object @ 0x...>.
Result<Ref> hash_repr(Interpreter& interp, Value self) {
    return make_str(interp, fmt::format("<{} {} object @ {:#x}>", digest::algorithm_name(self_of(self)->hasher.algorithm()),
                                        type_display(interp, type_of(interp, self)), self.bits()));
}

// --- Constructors ----------------------------------------------------------------------------

// Lower-case names and OpenSSL's spellings ("SHA256", "sha-256", "SHA3-256") of an algorithm.
std::optional<Algorithm> lookup_name(std::string_view name) {
    if (name.size() > 16) // longer than every name and alias
        return std::nullopt;
    std::string lower;
    for (char c : name)
        lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (auto a = digest::algorithm_from_name(lower))
        return a;
    static constexpr std::pair<std::string_view, Algorithm> kAliases[] = {
        {"sha-1", Algorithm::Sha1},         {"sha-224", Algorithm::Sha224},     {"sha-256", Algorithm::Sha256},
        {"sha-384", Algorithm::Sha384},     {"sha-512", Algorithm::Sha512},     {"sha3-224", Algorithm::Sha3_224},
        {"sha3-256", Algorithm::Sha3_256},  {"sha3-384", Algorithm::Sha3_384},  {"sha3-512", Algorithm::Sha3_512},
        {"shake128", Algorithm::Shake128},  {"shake256", Algorithm::Shake256},  {"blake2b512", Algorithm::Blake2b},
        {"blake2s256", Algorithm::Blake2s},
    };
    for (const auto& [alias, a] : kAliases)
        if (alias == lower)
            return a;
    return std::nullopt;
}

Result<Algorithm> algorithm_arg(Interpreter& interp, Value name) {
    if (!is_str(interp, name))
        return interp.raise(interp.exc.TypeError, "name must be a string");
    std::string text = str_to_utf8(static_cast<StrObject*>(name.obj()));
    auto a = lookup_name(text);
    if (!a)
        return interp.raise_fmt(interp.exc.ValueError, "unsupported hash type {}", text);
    return *a;
}

Result<Ref> construct(Interpreter& interp, const HashlibTypes& types, Algorithm a, Value data) {
    Hasher h(a);
    if (!data.is_null())
        BASTION_TRY(update_from(interp, h, data));
    return make_hash_object(interp, type_for(types, a), h);
}

constexpr std::string_view kConstructorNames[] = {
    "openssl_md5",      "openssl_sha1",     "openssl_sha224",   "openssl_sha256",    "openssl_sha384",
    "openssl_sha512",   "openssl_sha3_224", "openssl_sha3_256", "openssl_sha3_384",  "openssl_sha3_512",
    "openssl_shake_128", "openssl_shake_256",
};

// openssl_NAME(string=b'', *, usedforsecurity=True)
template <Algorithm A>
Result<Ref> f_constructor(Interpreter& interp, Value bound, CallArgs args) {
    Value out[2];
    BASTION_TRY(parse_args(interp, args,
                           ArgSpec{kConstructorNames[static_cast<std::size_t>(A)], {"string", "usedforsecurity"}, 0, 0, 1},
                           out));
    return construct(interp, types_of(bound), A, out[0]);
}

// new(name, string=b'', *, usedforsecurity=True)
Result<Ref> f_new(Interpreter& interp, Value bound, CallArgs args) {
    Value out[3];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"new", {"name", "string", "usedforsecurity"}, 1, 0, 1}, out));
    BASTION_TRY_ASSIGN(Algorithm a, algorithm_arg(interp, out[0]));
    return construct(interp, types_of(bound), a, out[1]);
}

// An int argument as an unsigned 64-bit value: ValueError "value must be positive" below
// zero, OverflowError past 2^64 - 1 (CPython's blake2 converters).
Result<uint64_t> unsigned_arg(Interpreter& interp, Value v) {
    BASTION_TRY_ASSIGN(Ref i, index(interp, v));
    bigint::BigInt b = int_to_bigint(i);
    if (b.negative)
        return interp.raise(interp.exc.ValueError, "value must be positive");
    if (b.mag.size() > 1)
        return interp.raise(interp.exc.OverflowError, "int too big to convert");
    return b.mag.empty() ? uint64_t{0} : b.mag[0];
}

Result<int64_t> ranged_arg(Interpreter& interp, Value v, int64_t lo, int64_t hi, std::string_view message) {
    BASTION_TRY_ASSIGN(int64_t n, index_to_i64(interp, v));
    if (n < lo || n > hi)
        return interp.raise(interp.exc.ValueError, std::string(message));
    return n;
}

// blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1, depth=1,
//         leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
//         usedforsecurity=True); blake2s the same with 32/32/8/8.
Result<Ref> blake2_new(Interpreter& interp, Type* type, CallArgs args, Algorithm a) {
    const bool big = a == Algorithm::Blake2b;
    const std::string_view fname = big ? "blake2b" : "blake2s";
    const int64_t max_digest = big ? 64 : 32;
    const int64_t max_salt = big ? 16 : 8;
    Value out[13];
    BASTION_TRY(parse_args(interp, args,
                           ArgSpec{fname,
                                   {"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                                    "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"},
                                   0, 1, 12},
                           out));
    digest::Blake2Params p;
    p.digest_size = static_cast<std::size_t>(max_digest);
    if (!out[1].is_null()) {
        BASTION_TRY_ASSIGN(int64_t n, index_to_i64(interp, out[1]));
        if (n < 1 || n > max_digest)
            return interp.raise_fmt(interp.exc.ValueError, "digest_size must be between 1 and {} bytes", max_digest);
        p.digest_size = static_cast<std::size_t>(n);
    }
    BufferView salt, person, key;
    if (!out[3].is_null()) {
        BASTION_TRY_ASSIGN(salt, get_buffer(interp, out[3]));
        if (salt.len() > max_salt)
            return interp.raise_fmt(interp.exc.ValueError, "maximum salt length is {} bytes", max_salt);
        p.salt = salt.bytes();
    }
    if (!out[4].is_null()) {
        BASTION_TRY_ASSIGN(person, get_buffer(interp, out[4]));
        if (person.len() > max_salt)
            return interp.raise_fmt(interp.exc.ValueError, "maximum person length is {} bytes", max_salt);
        p.person = person.bytes();
    }
    if (!out[5].is_null()) {
        BASTION_TRY_ASSIGN(int64_t n, ranged_arg(interp, out[5], 0, 255, "fanout must be between 0 and 255"));
        p.fanout = static_cast<uint8_t>(n);
    }
    if (!out[6].is_null()) {
        BASTION_TRY_ASSIGN(int64_t n, ranged_arg(interp, out[6], 1, 255, "depth must be between 1 and 255"));
        p.depth = static_cast<uint8_t>(n);
    }
    if (!out[7].is_null()) {
        BASTION_TRY_ASSIGN(uint64_t n, unsigned_arg(interp, out[7]));
        if (n > 0xffffffffu)
            return interp.raise(interp.exc.OverflowError, "leaf_size is too large");
        p.leaf_size = static_cast<uint32_t>(n);
    }
    if (!out[8].is_null()) {
        BASTION_TRY_ASSIGN(uint64_t n, unsigned_arg(interp, out[8]));
        if (!big && n >= (uint64_t{1} << 48))
            return interp.raise(interp.exc.OverflowError, "node_offset is too large");
        p.node_offset = n;
    }
    if (!out[9].is_null()) {
        BASTION_TRY_ASSIGN(int64_t n, ranged_arg(interp, out[9], 0, 255, "node_depth must be between 0 and 255"));
        p.node_depth = static_cast<uint8_t>(n);
    }
    if (!out[10].is_null()) {
        BASTION_TRY_ASSIGN(int64_t n, index_to_i64(interp, out[10]));
        if (n < 0 || n > max_digest)
            return interp.raise_fmt(interp.exc.ValueError, "inner_size must be between 0 and is {}", max_digest);
        p.inner_size = static_cast<uint8_t>(n);
    }
    if (!out[11].is_null()) {
        BASTION_TRY_ASSIGN(bool last, is_true(interp, out[11]));
        p.last_node = last;
    }
    if (!out[2].is_null()) {
        BASTION_TRY_ASSIGN(key, get_buffer(interp, out[2]));
        if (key.len() > max_digest)
            return interp.raise_fmt(interp.exc.ValueError, "maximum key length is {} bytes", max_digest);
        p.key = key.bytes();
    }
    std::optional<Hasher> h = Hasher::make_blake2(a, p);
    if (!h) // every limit was checked above
        return interp.raise(interp.exc.ValueError, "invalid BLAKE2 parameters");
    if (!out[0].is_null())
        BASTION_TRY(update_from(interp, *h, out[0]));
    return make_hash_object(interp, type, *h);
}

Result<Ref> blake2b_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    return blake2_new(interp, type, args, Algorithm::Blake2b);
}
Result<Ref> blake2s_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    return blake2_new(interp, type, args, Algorithm::Blake2s);
}

// --- pbkdf2_hmac -----------------------------------------------------------------------------

// HMAC's two keyed states (RFC 2104): the key (hashed first when longer than a block) padded
// to the block size, XORed with 0x36 for the inner hash and 0x5c for the outer.
struct HmacKeys {
    Hasher inner;
    Hasher outer;
};
HmacKeys hmac_keys(Algorithm a, std::span<const uint8_t> key) {
    Hasher inner(a), outer(a);
    std::vector<uint8_t> block(inner.block_size(), 0);
    if (key.size() > block.size()) {
        Hasher k(a);
        k.update(key);
        k.finish(std::span<uint8_t>(block).first(k.digest_size()));
    } else {
        std::copy(key.begin(), key.end(), block.begin());
    }
    std::vector<uint8_t> pad(block.size());
    for (std::size_t i = 0; i < block.size(); ++i)
        pad[i] = block[i] ^ 0x36;
    inner.update(pad);
    for (std::size_t i = 0; i < block.size(); ++i)
        pad[i] = block[i] ^ 0x5c;
    outer.update(pad);
    return {inner, outer};
}

void hmac_once(const HmacKeys& keys, std::span<const uint8_t> a, std::span<const uint8_t> b, std::span<uint8_t> out) {
    Hasher h = keys.inner;
    h.update(a);
    h.update(b);
    h.finish(out);
    Hasher o = keys.outer;
    o.update(out);
    o.finish(out);
}

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) (RFC 8018 section 5.2).
Result<Ref> f_pbkdf2_hmac(Interpreter& interp, Value, CallArgs args) {
    Value out[5];
    BASTION_TRY(parse_args(interp, args,
                           ArgSpec{"pbkdf2_hmac", {"hash_name", "password", "salt", "iterations", "dklen"}, 4}, out));
    BASTION_TRY_ASSIGN(Algorithm a, algorithm_arg(interp, out[0]));
    if (digest::is_xof(a))
        return interp.raise_fmt(interp.exc.ValueError, "unsupported hash type {}", digest::algorithm_name(a));
    BASTION_TRY_ASSIGN(BufferView password, get_buffer(interp, out[1]));
    BASTION_TRY_ASSIGN(BufferView salt, get_buffer(interp, out[2]));
    BASTION_TRY_ASSIGN(int64_t iterations, index_to_i64(interp, out[3]));
    if (iterations < 1)
        return interp.raise(interp.exc.ValueError, "iteration value must be greater than 0.");
    if (iterations > INT32_MAX)
        return interp.raise(interp.exc.OverflowError, "iteration value is too great.");
    const Hasher probe(a);
    const std::size_t hlen = probe.digest_size();
    int64_t dklen = static_cast<int64_t>(hlen);
    if (!out[4].is_null() && !out[4].is(Value(interp.none))) {
        BASTION_TRY_ASSIGN(dklen, index_to_i64(interp, out[4]));
        if (dklen < 1)
            return interp.raise(interp.exc.ValueError, "key length must be greater than 0.");
        if (dklen > INT32_MAX)
            return interp.raise(interp.exc.OverflowError, "key length is too great.");
    }
    const uint64_t blocks = (static_cast<uint64_t>(dklen) + hlen - 1) / hlen;
    // Each iteration of each block is two hashes of about two blocks each.
    uint64_t per_block = 4 * (probe.block_size() / 64 + 1);
    uint64_t steps = 0;
    if (__builtin_mul_overflow(blocks * per_block, static_cast<uint64_t>(iterations), &steps))
        steps = UINT64_MAX;
    BASTION_TRY(interp.charge_steps(steps));
    BASTION_TRY_ASSIGN(Own<BytesObject> result, bytes_new_uninit(interp, dklen));
    HmacKeys keys = hmac_keys(a, password.bytes());
    std::vector<uint8_t> u(hlen), t(hlen);
    for (uint64_t i = 1; i <= blocks; ++i) {
        const uint8_t counter[4] = {static_cast<uint8_t>(i >> 24), static_cast<uint8_t>(i >> 16),
                                    static_cast<uint8_t>(i >> 8), static_cast<uint8_t>(i)};
        hmac_once(keys, salt.bytes(), counter, u);
        t = u;
        for (int64_t j = 1; j < iterations; ++j) {
            hmac_once(keys, u, {}, u);
            for (std::size_t k = 0; k < hlen; ++k)
                t[k] ^= u[k];
        }
        std::size_t at = static_cast<std::size_t>((i - 1) * hlen);
        std::size_t take = std::min(hlen, static_cast<std::size_t>(dklen) - at);
        std::memcpy(result->data() + at, t.data(), take);
    }
    return Ref(std::move(result));
}

// --- compare_digest --------------------------------------------------------------------------

// Every byte of `b` is compared whatever the contents, so the time depends on the length of
// `b` only (CPython's _tscmp); volatile keeps the compiler from ending the loop early.
bool constant_time_equal(std::span<const uint8_t> a, std::span<const uint8_t> b) {
    const volatile uint8_t* left = a.size() == b.size() ? a.data() : b.data();
    const volatile uint8_t* right = b.data();
    volatile uint8_t result = a.size() == b.size() ? 0 : 1;
    for (std::size_t i = 0; i < b.size(); ++i)
        result = static_cast<uint8_t>(result | (left[i] ^ right[i]));
    return result == 0;
}

Result<Ref> f_compare_digest(Interpreter& interp, Value, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "_hashlib.compare_digest"));
    BASTION_TRY(check_positional(interp, args, "compare_digest", 2, 2));
    Value a = args.items[0], b = args.items[1];
    if (is_str(interp, a) && is_str(interp, b)) {
        auto* sa = static_cast<StrObject*>(a.obj());
        auto* sb = static_cast<StrObject*>(b.obj());
        if (!sa->ascii || !sb->ascii)
            return interp.raise(interp.exc.TypeError, "comparing strings with non-ASCII characters is not supported");
        std::string_view va = sa->ascii_view(), vb = sb->ascii_view();
        return interp.new_bool(constant_time_equal({reinterpret_cast<const uint8_t*>(va.data()), va.size()},
                                                   {reinterpret_cast<const uint8_t*>(vb.data()), vb.size()}));
    }
    if (!has_buffer(interp, a) && !has_buffer(interp, b))
        return interp.raise_fmt(interp.exc.TypeError, "unsupported operand types(s) or combination of types: '{}' and '{}'",
                                type_display(interp, type_of(interp, a)), type_display(interp, type_of(interp, b)));
    BASTION_TRY_ASSIGN(BufferView va, get_buffer(interp, a));
    BASTION_TRY_ASSIGN(BufferView vb, get_buffer(interp, b));
    return interp.new_bool(constant_time_equal(va.bytes(), vb.bytes()));
}

// --- Module ----------------------------------------------------------------------------------

Status define_bound(Interpreter& interp, DictObject* module_dict, Type* bound, std::string_view name, NativeMethod fn) {
    BASTION_TRY_ASSIGN(Own<NativeFunctionObject> f, interp.make<NativeFunctionObject>(interp.types.builtin_function));
    f->kind = NativeFunctionObject::Kind::Method;
    f->meth = fn;
    f->self = Ref::borrow(Value(bound));
    f->name = std::string(name);
    f->module = "_hashlib";
    StrObject* key = interp.intern(name);
    if (key == nullptr)
        return interp.no_memory();
    return dict_set_str(interp, module_dict, key, Value(f.get()));
}

template <typename T>
Status init_type(Interpreter& interp, T* t, Type* base, std::string_view name, std::string_view qualname) {
    t->interp = &interp;
    t->base = base;
    t->name = std::string(name);
    t->qualname = std::string(qualname);
    t->instance_size = sizeof(HashObject);
    t->destroy = destroy_as<HashObject>;
    return {};
}

Status set_int(Interpreter& interp, Type* t, std::string_view name, int64_t v) {
    StrObject* key = interp.intern(name);
    if (key == nullptr)
        return interp.no_memory();
    return dict_set_str(interp, static_cast<DictObject*>(t->dict.obj()), key, Value::small_int(v));
}

} // namespace

Status init_hashlib_module(Interpreter& interp, DictObject* module_dict) {
    BASTION_TRY_ASSIGN(Own<HashType> hash, interp.make<HashType>(interp.types.type));
    BASTION_TRY_ASSIGN(Own<Type> xof, interp.make<Type>(interp.types.type));
    BASTION_TRY_ASSIGN(Own<Type> b2b, interp.make<Type>(interp.types.type));
    BASTION_TRY_ASSIGN(Own<Type> b2s, interp.make<Type>(interp.types.type));
    BASTION_TRY(init_type(interp, hash.get(), interp.types.object, "_hashlib.HASH", "HASH"));
    hash->repr = hash_repr;
    BASTION_TRY(ready_builtin_type(interp, hash.get()));
    BASTION_TRY(init_type(interp, xof.get(), hash.get(), "_hashlib.HASHXOF", "HASHXOF"));
    xof->repr = hash_repr;
    BASTION_TRY(ready_builtin_type(interp, xof.get()));
    for (Type* b : {b2b.get(), b2s.get()}) {
        bool big = b == b2b.get();
        BASTION_TRY(init_type(interp, b, interp.types.object, big ? "_blake2.blake2b" : "_blake2.blake2s",
                              big ? "blake2b" : "blake2s"));
        b->tp_new = big ? blake2b_tp_new : blake2s_tp_new;
        BASTION_TRY(ready_builtin_type(interp, b));
        BASTION_TRY(set_int(interp, b, "SALT_SIZE", big ? 16 : 8));
        BASTION_TRY(set_int(interp, b, "PERSON_SIZE", big ? 16 : 8));
        BASTION_TRY(set_int(interp, b, "MAX_KEY_SIZE", big ? 64 : 32));
        BASTION_TRY(set_int(interp, b, "MAX_DIGEST_SIZE", big ? 64 : 32));
    }
    static constexpr MethodDef kMethods[] = {
        {"update", m_update}, {"digest", m_digest}, {"hexdigest", m_hexdigest}, {"copy", m_copy}};
    static constexpr MethodDef kXofMethods[] = {{"digest", m_xof_digest}, {"hexdigest", m_xof_hexdigest}};
    static constexpr GetSetDef kGetSets[] = {
        {"name", g_name}, {"digest_size", g_digest_size}, {"block_size", g_block_size}};
    for (Type* t : {static_cast<Type*>(hash.get()), b2b.get(), b2s.get()}) {
        BASTION_TRY(add_methods(interp, t, kMethods));
        BASTION_TRY(add_getsets(interp, t, kGetSets));
    }
    BASTION_TRY(add_methods(interp, xof.get(), kXofMethods));
    hash->types = {hash.get(), xof.get(), b2b.get(), b2s.get()};

    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("HASH"), Value(hash.get())));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("HASHXOF"), Value(xof.get())));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("blake2b"), Value(b2b.get())));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("blake2s"), Value(b2s.get())));
    static constexpr std::pair<std::string_view, NativeMethod> kFunctions[] = {
        {"openssl_md5", f_constructor<Algorithm::Md5>},
        {"openssl_sha1", f_constructor<Algorithm::Sha1>},
        {"openssl_sha224", f_constructor<Algorithm::Sha224>},
        {"openssl_sha256", f_constructor<Algorithm::Sha256>},
        {"openssl_sha384", f_constructor<Algorithm::Sha384>},
        {"openssl_sha512", f_constructor<Algorithm::Sha512>},
        {"openssl_sha3_224", f_constructor<Algorithm::Sha3_224>},
        {"openssl_sha3_256", f_constructor<Algorithm::Sha3_256>},
        {"openssl_sha3_384", f_constructor<Algorithm::Sha3_384>},
        {"openssl_sha3_512", f_constructor<Algorithm::Sha3_512>},
        {"openssl_shake_128", f_constructor<Algorithm::Shake128>},
        {"openssl_shake_256", f_constructor<Algorithm::Shake256>},
        {"new", f_new},
        {"pbkdf2_hmac", f_pbkdf2_hmac},
        {"compare_digest", f_compare_digest},
    };
    for (const auto& [fname, fn] : kFunctions)
        BASTION_TRY(define_bound(interp, module_dict, hash.get(), fname, fn));
    // The types live as long as the interpreter, like the built-in types.
    (void)std::move(hash).into_ref().release();
    (void)std::move(xof).into_ref().release();
    (void)std::move(b2b).into_ref().release();
    (void)std::move(b2s).into_ref().release();
    return {};
}

} // namespace bastion
