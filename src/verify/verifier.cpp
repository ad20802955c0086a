// verifier.cpp: the driver. Verifies the root image, then every nested code constant from an
// explicit worklist (no recursion; shared images are verified once), and is the only place
// a VerifiedCode is constructed. Also the rule catalogue lookups and the message format.
#include "verify/verifier.h"

#include <array>
#include <string>
#include <unordered_set>
#include <vector>

#include "verify/checks.h"

namespace bastion::verify {

namespace {

struct RuleText {
    std::string_view id;
    std::string_view doc;
};

constexpr std::array kRuleText = {
#define RULE(id, name, doc) RuleText{name, doc},
#include "verify/rules.def"
#undef RULE
};

// A name for messages: co_name if it is printable UTF-8, else its escaped form.
std::string display_name(const bc::CodeImage& image) {
    if (!image.name.empty() && detail::valid_utf8(image.name, false))
        return image.name;
    return detail::quoted(image.name);
}

detail::Status verify_one(const bc::CodeImage& image, uint32_t depth, std::vector<detail::NestedCode>& nested) {
    BASTION_TRY(detail::check_metadata(image, depth, nested));
    BASTION_TRY(detail::check_static(image));
    BASTION_TRY(detail::check_dataflow(image));
    return {};
}

} // namespace

std::string_view rule_id(Rule rule) { return kRuleText[static_cast<size_t>(rule)].id; }
std::string_view rule_doc(Rule rule) { return kRuleText[static_cast<size_t>(rule)].doc; }

std::string VerifyError::message() const {
    std::string out = "verification failed in ";
    out += code_name;
    out += " at offset ";
    out += std::to_string(offset);
    out += ": ";
    out += rule_id(rule);
    out += ": ";
    out += detail;
    return out;
}

Result<VerifiedCode, VerifyError> verify(std::shared_ptr<const bc::CodeImage> image) {
    if (!image)
        return VerifyError{Rule::NullImage, 0, "<null>", "no code image"};
    std::vector<detail::NestedCode> work{{image.get(), 0}};
    std::unordered_set<const bc::CodeImage*> seen{image.get()};
    while (!work.empty()) {
        detail::NestedCode item = work.back();
        work.pop_back();
        size_t before = work.size();
        auto status = verify_one(*item.image, item.depth, work);
        if (!status.ok()) {
            VerifyError error = status.take_error();
            error.code_name = display_name(*item.image);
            return error;
        }
        // Keep only nested images not seen yet (an image may be shared by several constants).
        size_t keep = before;
        for (size_t i = before; i < work.size(); ++i)
            if (seen.insert(work[i].image).second)
                work[keep++] = work[i];
        work.resize(keep);
    }
    return VerifiedCode(std::move(image));
}

VerifiedCode VerifiedCode::nested(uint32_t const_index) const {
    BASTION_CHECK(const_index < m_image->consts.size());
    const bc::Constant& c = m_image->consts[const_index];
    BASTION_CHECK(c.kind == bc::Constant::Kind::Code && c.code != nullptr);
    return VerifiedCode(c.code);
}

} // namespace bastion::verify
