// module_table.cpp: the table of native modules, assembled from the per-area
// modules_*.def files (one row each: MODULE(name, init_function)), and the lookups.
#include "modules/module_table.h"

namespace bastion {

#define MODULE(name, init) Status init(Interpreter&, DictObject*);
#include "modules/modules.def"
#undef MODULE

namespace {
const NativeModuleDef kNativeModules[] = {
#define MODULE(name, init) {name, init},
#include "modules/modules.def"
#undef MODULE
    {"", nullptr}, // keeps the array non-empty
};
} // namespace

std::span<const NativeModuleDef> native_modules() {
    return {kNativeModules, sizeof(kNativeModules) / sizeof(kNativeModules[0]) - 1};
}

const NativeModuleDef* find_native_module(std::string_view name) {
    for (const NativeModuleDef& m : native_modules())
        if (m.name == name)
            return &m;
    return nullptr;
}

const FrozenModule* find_frozen_module(std::string_view name) {
    for (const FrozenModule& m : frozen_modules())
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace bastion
