// weakref_object.h: the layout of weak reference objects (weakref.ref and the proxies),
// shared by gc/weakref.cpp and the _weakref module. `referent` is borrowed: it is cleared
// (set to null) before the referent is freed, so it never dangles.
#pragma once

#include "objects/value.h"

namespace bastion {

struct WeakRefObject : Object {
    Object* referent = nullptr; // null once the referent is gone
    Ref callback;
    int64_t hash = -1;
    WeakRefObject* prev = nullptr; // the referent's list (GcState::weak_heads)
    WeakRefObject* next = nullptr;
    bool is_proxy = false;
};

} // namespace bastion
