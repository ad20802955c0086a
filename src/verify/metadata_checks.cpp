// metadata_checks.cpp: the checks on a code image's tables and header fields: sizes,
// argument counts, names, flags, the line table and the constants (walked iteratively).
// Runs first, so the static and dataflow passes can rely on the size bounds it proves.
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "verify/checks.h"

namespace bastion::verify::detail {

namespace {

using Kind = bc::Constant::Kind;

constexpr uint32_t kKnownFlags = bc::kCoOptimized | bc::kCoNewLocals | bc::kCoVarargs | bc::kCoVarkeywords |
                                 bc::kCoNested | bc::kCoGenerator | bc::kCoNoFree | bc::kCoCoroutine |
                                 bc::kCoIterableCoroutine | bc::kCoAsyncGenerator;

VerifyError meta(Rule rule, std::string detail) { return fail(rule, 0, std::move(detail)); }

Status check_sizes(const bc::CodeImage& image) {
    if (image.code.empty())
        return meta(Rule::EmptyCode, "co_code has no instructions");
    if (image.code.size() > kMaxCodeUnits)
        return meta(Rule::CodeTooLarge, std::to_string(image.code.size()) + " units, the limit is " +
                                            std::to_string(kMaxCodeUnits));
    if (image.stacksize > kMaxStackSize)
        return meta(Rule::StacksizeTooLarge, "co_stacksize " + std::to_string(image.stacksize) +
                                                 ", the limit is " + std::to_string(kMaxStackSize));
    return {};
}

Status check_flags(const bc::CodeImage& image) {
    uint32_t flags = image.flags;
    if ((flags & ~kKnownFlags) != 0)
        return meta(Rule::BadFlags, "unknown co_flags bits 0x" + [&] {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%x", flags & ~kKnownFlags);
            return std::string(buf);
        }());
    uint32_t kinds = flags & (bc::kCoGenerator | bc::kCoCoroutine | bc::kCoAsyncGenerator);
    if ((kinds & (kinds - 1)) != 0)
        return meta(Rule::FlagsConflict, "more than one of GENERATOR, COROUTINE, ASYNC_GENERATOR");
    if ((flags & bc::kCoIterableCoroutine) && !(flags & bc::kCoGenerator))
        return meta(Rule::FlagsConflict, "ITERABLE_COROUTINE without GENERATOR");
    if ((flags & bc::kCoNoFree) && (!image.cellvars.empty() || !image.freevars.empty()))
        return meta(Rule::FlagsConflict, "NOFREE with cell or free variables");
    return {};
}

Status check_arg_counts(const bc::CodeImage& image) {
    uint64_t needed = uint64_t{image.argcount} + image.kwonlyargcount;
    needed += (image.flags & bc::kCoVarargs) ? 1 : 0;
    needed += (image.flags & bc::kCoVarkeywords) ? 1 : 0;
    if (needed > image.nlocals())
        return meta(Rule::BadArgCounts, "arguments need " + std::to_string(needed) + " locals, co_nlocals is " +
                                            std::to_string(image.nlocals()));
    if (image.posonlyargcount > image.argcount)
        return meta(Rule::BadArgCounts, "co_posonlyargcount " + std::to_string(image.posonlyargcount) +
                                            " > co_argcount " + std::to_string(image.argcount));
    return {};
}

// Names: shape first, then duplicates within `group` (varnames alone; cells with frees).
Status check_name_list(const std::vector<std::string>& list, const char* what, bool allow_synthetic,
                       bool name_entries, std::unordered_set<std::string_view>* group) {
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string& s = list[i];
        bool ok = name_entries ? is_name_entry(s) : (is_identifier(s) || (allow_synthetic && is_synthetic_name(s)));
        if (!ok)
            return meta(Rule::BadIdentifier, std::string(what) + "[" + std::to_string(i) + "] = " + quoted(s));
        if (group && !group->insert(s).second)
            return meta(Rule::DuplicateName, std::string(what) + "[" + std::to_string(i) + "] = " + quoted(s) +
                                                 " appears twice");
    }
    return {};
}

Status check_names(const bc::CodeImage& image) {
    BASTION_TRY(check_name_list(image.names, "co_names", false, true, nullptr));
    std::unordered_set<std::string_view> locals;
    BASTION_TRY(check_name_list(image.varnames, "co_varnames", true, false, &locals));
    std::unordered_set<std::string_view> derefs;
    BASTION_TRY(check_name_list(image.cellvars, "co_cellvars", true, false, &derefs));
    BASTION_TRY(check_name_list(image.freevars, "co_freevars", true, false, &derefs));
    if (image.name.empty() || !valid_utf8(image.name, false))
        return meta(Rule::BadCodeName, "co_name " + quoted(image.name) + " is empty or not UTF-8");
    if (!valid_utf8(image.qualname, false))
        return meta(Rule::BadCodeName, "co_qualname " + quoted(image.qualname) + " is not UTF-8");
    if (!valid_utf8(image.filename, false))
        return meta(Rule::BadCodeName, "co_filename " + quoted(image.filename) + " is not UTF-8");
    return {};
}

Status check_line_table(const bc::CodeImage& image) {
    uint32_t previous = 0;
    for (size_t i = 0; i < image.line_table.size(); ++i) {
        const bc::LineEntry& e = image.line_table[i];
        if (e.start >= image.code.size())
            return meta(Rule::BadLineTable, "entry " + std::to_string(i) + " starts at unit " +
                                                std::to_string(e.start) + ", past the code");
        if (e.start < previous)
            return meta(Rule::BadLineTable, "entry " + std::to_string(i) + " starts before entry " +
                                                std::to_string(i - 1));
        previous = e.start;
    }
    return {};
}

Status check_scalar(const bc::Constant& c, const std::string& where) {
    switch (c.kind) {
    case Kind::None:
    case Kind::Ellipsis:
    case Kind::Bool:
    case Kind::Float:
    case Kind::Complex:
    case Kind::Bytes:
    case Kind::Tuple:
    case Kind::FrozenSet:
        return {};
    case Kind::Int:
        if (!c.limbs.empty() && c.limbs.back() == 0)
            return meta(Rule::BadConstant, where + ": int with a zero top limb");
        if (c.limbs.empty() && c.negative)
            return meta(Rule::BadConstant, where + ": negative zero int");
        return {};
    case Kind::Str:
        if (!valid_utf8(c.text, true))
            return meta(Rule::BadConstant, where + ": str constant is not UTF-8");
        return {};
    case Kind::Code:
        if (!c.code)
            return meta(Rule::BadConstant, where + ": null code constant");
        return {};
    }
    return meta(Rule::BadConstant, where + ": unknown constant kind");
}

// Walks co_consts and nested tuples/frozensets with an explicit stack. Code constants are
// allowed only directly in co_consts (the only place LOAD_CONST + MAKE_FUNCTION use them).
Status check_constants(const bc::CodeImage& image, uint32_t depth, std::vector<NestedCode>& nested) {
    struct Item {
        const bc::Constant* constant;
        uint32_t depth;
        uint32_t top_index; // index in co_consts, for messages
    };
    std::vector<Item> stack;
    for (size_t i = image.consts.size(); i-- > 0;)
        stack.push_back({&image.consts[i], depth + 1, static_cast<uint32_t>(i)});
    while (!stack.empty()) {
        Item item = stack.back();
        stack.pop_back();
        std::string where = "co_consts[" + std::to_string(item.top_index) + "]";
        if (item.depth > kMaxNesting)
            return meta(Rule::NestingTooDeep, where + " nests deeper than " + std::to_string(kMaxNesting));
        const bc::Constant& c = *item.constant;
        if (static_cast<uint8_t>(c.kind) > static_cast<uint8_t>(Kind::Code))
            return meta(Rule::BadConstant, where + ": unknown constant kind");
        BASTION_TRY(check_scalar(c, where));
        if (c.kind == Kind::Code) {
            if (item.depth != depth + 1)
                return meta(Rule::BadConstant, where + ": code object inside a tuple or frozenset constant");
            nested.push_back({c.code.get(), item.depth});
        }
        if (c.kind == Kind::Tuple || c.kind == Kind::FrozenSet)
            for (size_t k = c.items.size(); k-- > 0;)
                stack.push_back({&c.items[k], item.depth + 1, item.top_index});
    }
    return {};
}

} // namespace

Status check_metadata(const bc::CodeImage& image, uint32_t depth, std::vector<NestedCode>& nested) {
    if (depth > kMaxNesting)
        return meta(Rule::NestingTooDeep, "code nested deeper than " + std::to_string(kMaxNesting));
    BASTION_TRY(check_sizes(image));
    BASTION_TRY(check_flags(image));
    BASTION_TRY(check_arg_counts(image));
    BASTION_TRY(check_names(image));
    BASTION_TRY(check_line_table(image));
    BASTION_TRY(check_constants(image, depth, nested));
    return {};
}

} // namespace bastion::verify::detail
