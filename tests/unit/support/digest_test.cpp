// digest_test.cpp: the message digests of support/digest.h against the standards' vectors —
// FIPS 180-4's "abc", two-block and million-'a' messages for SHA-1/SHA-2, RFC 1321's suite for
// MD5, FIPS 202's SHA-3/SHAKE values, RFC 7693's BLAKE2 "abc" vectors — plus keyed and
// parameterised BLAKE2, chunked updates and copies. The expected digests were checked with
// CPython 3.11's hashlib (OpenSSL and its own BLAKE2).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/digest.h"

using namespace bastion::digest;

namespace {

std::span<const uint8_t> as_bytes(std::string_view s) {
    return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

std::string hex(std::span<const uint8_t> b) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (uint8_t c : b) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

std::string hexdigest(const Hasher& h, std::size_t n = 0) {
    std::vector<uint8_t> out(n ? n : h.digest_size());
    h.finish(out);
    return hex(out);
}

std::string message(std::string_view name) {
    if (name == "empty")
        return "";
    if (name == "abc")
        return "abc";
    if (name == "abc448")
        return "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    if (name == "abc896")
        return "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    return std::string(1000000, 'a');
}

struct Vector {
    const char* message;
    Algorithm algorithm;
    const char* digest;
};
const Vector kVectors[] = {
    {"empty", Algorithm::Md5, "d41d8cd98f00b204e9800998ecf8427e"},
    {"empty", Algorithm::Sha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
    {"empty", Algorithm::Sha224, "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f"},
    {"empty", Algorithm::Sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"empty", Algorithm::Sha384, "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b"},
    {"empty", Algorithm::Sha512, "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"},
    {"empty", Algorithm::Sha3_224, "6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7"},
    {"empty", Algorithm::Sha3_256, "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"},
    {"empty", Algorithm::Sha3_384, "0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004"},
    {"empty", Algorithm::Sha3_512, "a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26"},
    {"empty", Algorithm::Blake2b, "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce"},
    {"empty", Algorithm::Blake2s, "69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9"},
    {"abc", Algorithm::Md5, "900150983cd24fb0d6963f7d28e17f72"},
    {"abc", Algorithm::Sha1, "a9993e364706816aba3e25717850c26c9cd0d89d"},
    {"abc", Algorithm::Sha224, "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"},
    {"abc", Algorithm::Sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {"abc", Algorithm::Sha384, "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"},
    {"abc", Algorithm::Sha512, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
    {"abc", Algorithm::Sha3_224, "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf"},
    {"abc", Algorithm::Sha3_256, "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"},
    {"abc", Algorithm::Sha3_384, "ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25"},
    {"abc", Algorithm::Sha3_512, "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0"},
    {"abc", Algorithm::Blake2b, "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"},
    {"abc", Algorithm::Blake2s, "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"},
    {"abc448", Algorithm::Md5, "8215ef0796a20bcaaae116d3876c664a"},
    {"abc448", Algorithm::Sha1, "84983e441c3bd26ebaae4aa1f95129e5e54670f1"},
    {"abc448", Algorithm::Sha224, "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525"},
    {"abc448", Algorithm::Sha256, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    {"abc448", Algorithm::Sha384, "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b"},
    {"abc448", Algorithm::Sha512, "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445"},
    {"abc448", Algorithm::Sha3_224, "8a24108b154ada21c9fd5574494479ba5c7e7ab76ef264ead0fcce33"},
    {"abc448", Algorithm::Sha3_256, "41c0dba2a9d6240849100376a8235e2c82e1b9998a999e21db32dd97496d3376"},
    {"abc448", Algorithm::Sha3_384, "991c665755eb3a4b6bbdfb75c78a492e8c56a22c5c4d7e429bfdbc32b9d4ad5aa04a1f076e62fea19eef51acd0657c22"},
    {"abc448", Algorithm::Sha3_512, "04a371e84ecfb5b8b77cb48610fca8182dd457ce6f326a0fd3d7ec2f1e91636dee691fbe0c985302ba1b0d8dc78c086346b533b49c030d99a27daf1139d6e75e"},
    {"abc448", Algorithm::Blake2b, "7285ff3e8bd768d69be62b3bf18765a325917fa9744ac2f582a20850bc2b1141ed1b3e4528595acc90772bdf2d37dc8a47130b44f33a02e8730e5ad8e166e888"},
    {"abc448", Algorithm::Blake2s, "6f4df5116a6f332edab1d9e10ee87df6557beab6259d7663f3bcd5722c13f189"},
    {"abc896", Algorithm::Md5, "03dd8807a93175fb062dfb55dc7d359c"},
    {"abc896", Algorithm::Sha1, "a49b2446a02c645bf419f995b67091253a04a259"},
    {"abc896", Algorithm::Sha224, "c97ca9a559850ce97a04a96def6d99a9e0e0e2ab14e6b8df265fc0b3"},
    {"abc896", Algorithm::Sha256, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
    {"abc896", Algorithm::Sha384, "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"},
    {"abc896", Algorithm::Sha512, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"},
    {"abc896", Algorithm::Sha3_224, "543e6868e1666c1a643630df77367ae5a62a85070a51c14cbf665cbc"},
    {"abc896", Algorithm::Sha3_256, "916f6061fe879741ca6469b43971dfdb28b1a32dc36cb3254e812be27aad1d18"},
    {"abc896", Algorithm::Sha3_384, "79407d3b5916b59c3e30b09822974791c313fb9ecc849e406f23592d04f625dc8c709b98b43b3852b337216179aa7fc7"},
    {"abc896", Algorithm::Sha3_512, "afebb2ef542e6579c50cad06d2e578f9f8dd6881d7dc824d26360feebf18a4fa73e3261122948efcfd492e74e82e2189ed0fb440d187f382270cb455f21dd185"},
    {"abc896", Algorithm::Blake2b, "ce741ac5930fe346811175c5227bb7bfcd47f42612fae46c0809514f9e0e3a11ee1773287147cdeaeedff50709aa716341fe65240f4ad6777d6bfaf9726e5e52"},
    {"abc896", Algorithm::Blake2s, "358dd2ed0780d4054e76cb6f3a5bce2841e8e2f547431d4d09db21b66d941fc7"},
    {"million_a", Algorithm::Md5, "7707d6ae4e027c70eea2a935c2296f21"},
    {"million_a", Algorithm::Sha1, "34aa973cd4c4daa4f61eeb2bdbad27316534016f"},
    {"million_a", Algorithm::Sha224, "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67"},
    {"million_a", Algorithm::Sha256, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
    {"million_a", Algorithm::Sha384, "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985"},
    {"million_a", Algorithm::Sha512, "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"},
    {"million_a", Algorithm::Sha3_224, "d69335b93325192e516a912e6d19a15cb51c6ed5c15243e7a7fd653c"},
    {"million_a", Algorithm::Sha3_256, "5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1"},
    {"million_a", Algorithm::Sha3_384, "eee9e24d78c1855337983451df97c8ad9eedf256c6334f8e948d252d5e0e76847aa0774ddb90a842190d2c558b4b8340"},
    {"million_a", Algorithm::Sha3_512, "3c3a876da14034ab60627c077bb98f7e120a2a5370212dffb3385a18d4f38859ed311d0a9d5141ce9cc5c66ee689b266a8aa18ace8282a0e0db596c90b0a7b87"},
    {"million_a", Algorithm::Blake2b, "98fb3efb7206fd19ebf69b6f312cf7b64e3b94dbe1a17107913975a793f177e1d077609d7fba363cbba00d05f7aa4e4fa8715d6428104c0a75643b0ff3fd3eaf"},
    {"million_a", Algorithm::Blake2s, "bec0c0e6cde5b67acb73b81f79a67a4079ae1c60dac9d2661af18e9f8b50dfa5"},
};

} // namespace

// Runs `body` with the CPU's SHA extensions and, where there are any, without them.
template <typename F>
void both_paths(F body) {
    body();
    if (cpu_extensions_available()) {
        allow_cpu_extensions(false);
        body();
        allow_cpu_extensions(true);
    }
}

TEST(Digest, StandardVectors) {
    both_paths([] { for (const auto& v : kVectors) {
        Hasher h(v.algorithm);
        std::string m = message(v.message);
        h.update(as_bytes(m));
        EXPECT_EQ(hexdigest(h), v.digest) << algorithm_name(v.algorithm) << " of " << v.message;
    } });
}

// An empty update — a default span, whose data() is null — changes nothing, before any data
// and between pieces (sanitizer builds check no null pointer reaches memcpy).
TEST(Digest, EmptyUpdates) {
    both_paths([] { for (const auto& v : kVectors) {
        if (std::string_view(v.message) != "abc")
            continue;
        Hasher h(v.algorithm);
        h.update(std::span<const uint8_t>());
        h.update(as_bytes("a"));
        h.update(std::span<const uint8_t>());
        h.update(as_bytes("bc"));
        h.update(std::span<const uint8_t>());
        EXPECT_EQ(hexdigest(h), v.digest) << algorithm_name(v.algorithm);
    } });
}

// The million-'a' message fed in uneven pieces gives the same digests (buffer boundaries).
TEST(Digest, ChunkedUpdates) {
    both_paths([] {
    std::string m(1000000, 'a');
    for (const auto& v : kVectors) {
        if (std::string_view(v.message) != "million_a")
            continue;
        Hasher h(v.algorithm);
        std::size_t at = 0, step = 1;
        while (at < m.size()) {
            std::size_t take = std::min(step, m.size() - at);
            h.update(as_bytes(std::string_view(m).substr(at, take)));
            at += take;
            step = step * 7 % 1009 + 1;
        }
        EXPECT_EQ(hexdigest(h), v.digest) << algorithm_name(v.algorithm);
    }
    });
}

TEST(Digest, FinishLeavesStateAndCopies) {
    Hasher h(Algorithm::Sha256);
    h.update(as_bytes("ab"));
    Hasher copy = h;
    EXPECT_EQ(hexdigest(h), hexdigest(h));
    h.update(as_bytes("c"));
    EXPECT_EQ(hexdigest(h), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    copy.update(as_bytes("c"));
    EXPECT_EQ(hexdigest(copy), hexdigest(h));
}

TEST(Digest, Shake) {
    EXPECT_EQ(hexdigest(Hasher(Algorithm::Shake128), 32),
              "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26");
    EXPECT_EQ(hexdigest(Hasher(Algorithm::Shake256), 64),
              "46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f"
              "d75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be");
    // 300 bytes squeeze more than one 168-byte block.
    Hasher h(Algorithm::Shake128);
    h.update(as_bytes("abc"));
    EXPECT_EQ(hexdigest(h, 300),
              "5881092dd818bf5cf8a3ddb793fbcba74097d5c526a6d35f97b83351940f2cc844c50af32acd3f2cdd066568706f509bc1bdde58295dae3f891a9a0fca5783789a41f8611214ce612394df286a62d1a2252aa94db9c538956c717dc2bed4f232a0294c857c730aa16067ac1062f1201fb0d377cfb9cde4c63599b27f3462bba4a0ed296c801f9ff7f57302bb3076ee145f97a32ae68e76ab66c48d51675bd49acc29082f5647584e6aa01b3f5af057805f973ff8ecb8b226ac32ada6f01c1fcd4818cb006aa5b4cdb3611eb1e533c8964cacfdf31012cd3fb744d02225b988b475375faad996eb1b9176ecb0f8b2871723d6dbb804e23357e50732f5cfc904b1319795000d7361d9e5e1b77b4b8f5774aa1482cfa58f83096bdb2e06a3eed543a38919b57ecbec737f4086be");
}

TEST(Digest, Blake2Parameters) {
    std::string kb(64, 'k'), sb(16, 's'), pb(16, 'p');
    Blake2Params p;
    p.digest_size = 20;
    p.key = as_bytes(kb);
    p.salt = as_bytes(sb);
    p.person = as_bytes(pb);
    p.fanout = 2;
    p.depth = 3;
    p.leaf_size = 77;
    p.node_offset = (uint64_t{1} << 63) + 5;
    p.node_depth = 4;
    p.inner_size = 9;
    p.last_node = true;
    auto b = Hasher::make_blake2(Algorithm::Blake2b, p);
    ASSERT_TRUE(b.has_value());
    b->update(as_bytes("abc"));
    EXPECT_EQ(hexdigest(*b), "8447d131777a5f142185b69b1c87ebb42a814599");
    // BLAKE2s: node_offset is 48 bits, salt and person 8 bytes, key up to 32.
    EXPECT_FALSE(Hasher::make_blake2(Algorithm::Blake2s, p).has_value());
    p.key = p.key.first(32);
    p.salt = p.salt.first(8);
    p.person = p.person.first(8);
    p.node_offset = (uint64_t{1} << 47) + 5;
    auto s = Hasher::make_blake2(Algorithm::Blake2s, p);
    ASSERT_TRUE(s.has_value());
    s->update(as_bytes("abc"));
    EXPECT_EQ(hexdigest(*s), "06ef56a2e1a8d178b26186c792c9c3f5b2b694ab");
    // A key alone, over an empty message and over exactly one block.
    Blake2Params k;
    k.key = as_bytes("key");
    auto e = Hasher::make_blake2(Algorithm::Blake2b, k);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(hexdigest(*e), "5b3cfd8f422b490b764b55eceb330b500c79cbefa9a928ad00202b8b3c5dd778"
                             "a81122570434a2e3b8bfd028d105dfefd0a9576e88ed66de742ca9fbb5f8d2b6");
    auto one = Hasher::make_blake2(Algorithm::Blake2s, k);
    ASSERT_TRUE(one.has_value());
    one->update(as_bytes(std::string(64, 'x')));
    EXPECT_EQ(hexdigest(*one), "716e8ef613da502204d7019c59cddc4a8ed641e029bdcd138aca5bc98cb3c605");
    // Out of range: digest sizes 0 and 65, a 65-byte key.
    Blake2Params bad;
    bad.digest_size = 65;
    EXPECT_FALSE(Hasher::make_blake2(Algorithm::Blake2b, bad).has_value());
    std::string long_key(65, 'k');
    Blake2Params bad_key;
    bad_key.key = as_bytes(long_key);
    EXPECT_FALSE(Hasher::make_blake2(Algorithm::Blake2b, bad_key).has_value());
    EXPECT_FALSE(Hasher::make_blake2(Algorithm::Sha256, Blake2Params{}).has_value());
}

// The computed constants match the first words FIPS 180-4 prints.
TEST(Digest, PrimeRootConstants) {
    EXPECT_EQ(prime_root_fraction(0, 2), 0x6a09e667f3bcc908u); // SHA-512 H0
    EXPECT_EQ(prime_root_fraction(0, 3), 0x428a2f98d728ae22u); // SHA-512 K0
    EXPECT_EQ(prime_root_fraction(79, 3), 0x6c44198c4a475817u); // SHA-512 K79
    EXPECT_EQ(prime_root_fraction(8, 2), 0xcbbb9d5dc1059ed8u); // SHA-384 H0
}

TEST(Digest, Names) {
    for (int i = 0; i <= static_cast<int>(Algorithm::Blake2s); ++i) {
        auto a = static_cast<Algorithm>(i);
        EXPECT_EQ(algorithm_from_name(algorithm_name(a)), a);
    }
    EXPECT_FALSE(algorithm_from_name("SHA256").has_value());
    EXPECT_EQ(Hasher(Algorithm::Sha3_256).block_size(), 136u);
    EXPECT_EQ(Hasher(Algorithm::Shake128).digest_size(), 0u);
}
