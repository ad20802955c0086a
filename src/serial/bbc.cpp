// bbc.cpp: the `.bbc` compiled-file container: magic "BSTN", u16 format version, u16 flags,
// then the module's code image as one marshal value, nothing after it (serial/format.h).
// Reading does not verify: the caller passes the image to verify::verify().
#include <cstring>

#include "serial/serial.h"

namespace bastion::serial {

bool has_bbc_magic(std::span<const uint8_t> bytes) {
    return bytes.size() >= sizeof kBbcMagic && std::memcmp(bytes.data(), kBbcMagic, sizeof kBbcMagic) == 0;
}

std::string write_bbc(const bc::CodeImage& module) {
    std::string out(kBbcMagic, sizeof kBbcMagic);
    for (uint16_t v : {kFormatVersion, kKnownBbcFlags}) {
        out.push_back(static_cast<char>(v & 0xFF));
        out.push_back(static_cast<char>(v >> 8));
    }
    out += write_code(module);
    return out;
}

Result<std::shared_ptr<const bc::CodeImage>, LoadError> read_bbc(std::span<const uint8_t> bytes) {
    using Kind = LoadError::Kind;
    if (bytes.size() < sizeof kBbcMagic) {
        bool prefix = true; // a cut-off magic is a truncated file
        for (std::size_t i = 0; i < bytes.size(); ++i)
            prefix = prefix && bytes[i] == static_cast<uint8_t>(kBbcMagic[i]);
        if (prefix)
            return LoadError{Kind::Truncated, bytes.size(), "marshal data too short"};
        return LoadError{Kind::BadMagic, 0, "not a Bastion compiled file (bad magic)"};
    }
    if (!has_bbc_magic(bytes))
        return LoadError{Kind::BadMagic, 0, "not a Bastion compiled file (bad magic)"};
    if (bytes.size() < kBbcHeaderSize)
        return LoadError{Kind::Truncated, bytes.size(), "marshal data too short"};
    uint16_t version = static_cast<uint16_t>(bytes[4] | (bytes[5] << 8));
    uint16_t flags = static_cast<uint16_t>(bytes[6] | (bytes[7] << 8));
    if (version != kFormatVersion)
        return LoadError{Kind::BadVersion, 4,
                         "compiled file format version " + std::to_string(version) + ", this build reads " +
                             std::to_string(kFormatVersion)};
    if ((flags & ~kKnownBbcFlags) != 0)
        return LoadError{Kind::BadFlags, 6, "unknown compiled-file flags " + std::to_string(flags)};
    auto result = read_code(bytes.subspan(kBbcHeaderSize));
    if (!result.ok()) {
        LoadError e = result.take_error();
        e.offset += kBbcHeaderSize;
        return e;
    }
    return std::move(result).value();
}

} // namespace bastion::serial
