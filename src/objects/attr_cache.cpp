// attr_cache.cpp: filling the per-instruction attribute cache (objects/attr_cache.h):
// the kind of what type_lookup finds, recorded with the lookup's validation record.
#include "objects/attr_cache.h"
#include "objects/core_internal.h"

namespace bastion {

namespace {

// Only kinds whose generic behaviour is fixed by the record: the descriptor's type must
// be static (its slots never change, and no instance of it can change type).
AttrKind classify(Interpreter& interp, Value descr) {
    if (descr.is_null())
        return AttrKind::Absent;
    Type* dt = type_of(interp, descr);
    if (dt == interp.types.function || dt == interp.types.method_descriptor || dt == interp.types.wrapper_descriptor)
        return AttrKind::Method;
    if (!dt->has_flag(kTypeHeap) && dt->descr_get == nullptr && dt->descr_set == nullptr)
        return AttrKind::ClassValue;
    return AttrKind::Uncached;
}

} // namespace

AttrKind attr_cache_fill(Interpreter& interp, AttrCacheEntry& e, const void* ip, Type* type, StrObject* name) {
    const LookupRecord* rec = nullptr;
    Value descr = type_lookup_recorded(type, name, &rec);
    e.ip = ip;
    e.name = name;
    if (rec == nullptr) {
        e.rec.type = nullptr; // never valid: the next execution looks up again
        e.kind = AttrKind::Uncached;
        return e.kind;
    }
    e.rec = *rec;
    e.kind = classify(interp, descr);
    return e.kind;
}

} // namespace bastion
