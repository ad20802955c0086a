// gc_module.cpp: the `gc` module — collect, enable/disable/isenabled, counts and
// thresholds, is_tracked/is_finalized, get_objects/get_referrers/get_referents, garbage,
// callbacks, get_stats, freeze/unfreeze, debug flags — over gc/collector.cpp.
#include "gc/gc_state.h"
#include "gc/visitor.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/tuple_object.h"

namespace bastion {

namespace {

using GcState = Interpreter::GcState;

Status no_args(Interpreter& interp, CallArgs args, std::string_view name) {
    BASTION_TRY(no_keywords(interp, args, name));
    return check_positional(interp, args, name, 0, 0);
}

Result<int64_t> int_arg(Interpreter& interp, Value v) { return index_to_i64(interp, v); }

Result<Ref> gc_collect_fn(Interpreter& interp, CallArgs args) {
    Value out[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"collect", {"generation"}, 0}, out));
    int64_t generation = GcState::kGenerations - 1;
    if (!out[0].is_null()) {
        BASTION_TRY_ASSIGN(generation, int_arg(interp, out[0]));
    }
    if (generation < 0 || generation >= GcState::kGenerations)
        return interp.raise(interp.exc.ValueError, "invalid generation");
    return int_from_i64(interp, gc_collect(interp, static_cast<int>(generation)));
}

Result<Ref> gc_enable(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_args(interp, args, "gc.enable"));
    interp.gc().enabled = true;
    return interp.new_none();
}
Result<Ref> gc_disable(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_args(interp, args, "gc.disable"));
    interp.gc().enabled = false;
    return interp.new_none();
}
Result<Ref> gc_isenabled(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_args(interp, args, "gc.isenabled"));
    return interp.new_bool(interp.gc().enabled);
}

Result<Ref> triple(Interpreter& interp, const std::array<int64_t, 3>& v) {
    BASTION_TRY_ASSIGN(Ref a, int_from_i64(interp, v[0]));
    BASTION_TRY_ASSIGN(Ref b, int_from_i64(interp, v[1]));
    BASTION_TRY_ASSIGN(Ref c, int_from_i64(interp, v[2]));
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {a, b, c}));
    return std::move(t).into_ref();
}

Result<Ref> gc_get_count(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_args(interp, args, "gc.get_count"));
    // Instances' own dicts are not counted (CPython 3.11 makes none): give back those made
    // since the collector last looked (gc/gc_state.h, "Instance dicts").
    gc_take_in_young_dicts(interp);
    return triple(interp, interp.gc().count);
}
Result<Ref> gc_get_threshold(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_args(interp, args, "gc.get_threshold"));
    return triple(interp, interp.gc().threshold);
}
Result<Ref> gc_set_threshold(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "set_threshold"));
    if (args.npos < 1)
        return interp.raise_fmt(interp.exc.TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (args.npos > 3)
        return interp.raise_fmt(interp.exc.TypeError, "set_threshold() takes at most 3 arguments ({} given)", args.npos);
    std::array<int64_t, 3> t = interp.gc().threshold;
    for (std::size_t i = 0; i < args.npos; ++i) {
        if (!is_instance_exact(interp, args.items[i], interp.types.int_) &&
            !is_subtype(type_of(interp, args.items[i]), interp.types.int_))
            return interp.raise_fmt(interp.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                                    type_of(interp, args.items[i])->name);
        BASTION_TRY_ASSIGN(t[i], int_arg(interp, args.items[i]));
    }
    interp.gc().threshold = t;
    return interp.new_none();
}

Result<Ref> gc_is_tracked(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "gc.is_tracked", 1, 1));
    Value v = args.items[0];
    return interp.new_bool(v.is_obj() && is_tracked(v.obj()));
}
Result<Ref> gc_is_finalized(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "gc.is_finalized", 1, 1));
    Value v = args.items[0];
    return interp.new_bool(v.is_obj() && (gcb::block_word(v.obj()) & gcb::kFinalized) != 0);
}

template <typename F>
void for_each_tracked(Interpreter& interp, int generation, F f) {
    GcState& g = interp.gc();
    for (int i = 0; i < GcState::kGenerations; ++i) {
        if (generation >= 0 && i != generation)
            continue;
        GcList& list = g.generations[i];
        for (GcHeader* h = list.head.next; h != &list.head; h = h->next)
            f(gc_object(h));
    }
}

Result<Ref> gc_get_objects(Interpreter& interp, CallArgs args) {
    Value out[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"get_objects", {"generation"}, 0}, out));
    int64_t generation = -1;
    if (!out[0].is_null() && !out[0].is(Value(interp.none))) {
        BASTION_TRY_ASSIGN(generation, int_arg(interp, out[0]));
        if (generation >= GcState::kGenerations)
            return interp.raise_fmt(interp.exc.ValueError, "generation parameter must be less than the number of "
                                                           "available generations ({})", GcState::kGenerations);
        if (generation < 0)
            return interp.raise(interp.exc.ValueError, "generation parameter cannot be negative");
    }
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    ListObject* self = list.get();
    for_each_tracked(interp, static_cast<int>(generation), [&](Object* o) {
        if (o != self)
            self->items.push_back(Ref::borrow(Value(o)));
    });
    return std::move(list).into_ref();
}

class ReferentCollector final : public Visitor {
public:
    std::vector<Ref> found;

protected:
    void visit_object(Object* o) override { found.push_back(Ref::borrow(Value(o))); }
};

class RefersTo final : public Visitor {
public:
    CallArgs targets;
    bool hit = false;

protected:
    void visit_object(Object* o) override {
        for (std::size_t i = 0; i < targets.npos && !hit; ++i)
            hit = targets.items[i].is(Value(o));
    }
};

Result<Ref> gc_get_referents(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "get_referents"));
    ReferentCollector c;
    gc_take_in_young_dicts(interp); // instances report their own dict's values, as CPython's
    for (std::size_t i = 0; i < args.npos; ++i) {
        Value v = args.items[i];
        if (v.is_obj() && is_tracked(v.obj())) {
            if (v.obj()->type->has_flag(kTypeManagedDict))
                gc_dict_leaves_slot(interp, v.obj(), false); // a dict taken in and shared: tracked
            gc_traverse(interp, v.obj(), c);
        }
    }
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    list->items.assign(std::make_move_iterator(c.found.begin()), std::make_move_iterator(c.found.end()));
    return std::move(list).into_ref();
}

Result<Ref> gc_get_referrers(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "get_referrers"));
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    ListObject* self = list.get();
    std::vector<Ref> found;
    gc_take_in_young_dicts(interp); // an instance refers to its own dict's values itself
    for_each_tracked(interp, -1, [&](Object* o) {
        if (o == self)
            return;
        RefersTo r;
        r.targets = args;
        gc_traverse(interp, o, r);
        if (r.hit)
            found.push_back(Ref::borrow(Value(o)));
    });
    self->items.assign(std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    return std::move(list).into_ref();
}

Result<Ref> gc_get_stats(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_args(interp, args, "gc.get_stats"));
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    for (const auto& s : interp.gc().stats) {
        BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
        const std::pair<const char*, int64_t> fields[] = {
            {"collections", s.collections}, {"collected", s.collected}, {"uncollectable", s.uncollectable}};
        for (const auto& [name, value] : fields) {
            BASTION_TRY_ASSIGN(Ref v, int_from_i64(interp, value));
            StrObject* key = interp.intern(name);
            if (!key)
                return interp.no_memory();
            BASTION_TRY(dict_set_str(interp, d.get(), key, v));
        }
        BASTION_TRY(list_append(interp, list.get(), Value(d.get())));
    }
    return std::move(list).into_ref();
}

Result<Ref> gc_freeze(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_args(interp, args, "gc.freeze"));
    GcState& g = interp.gc();
    for (auto& gen : g.generations)
        g.permanent.splice(gen);
    g.count[0] = 0;
    return interp.new_none();
}
Result<Ref> gc_unfreeze(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_args(interp, args, "gc.unfreeze"));
    GcState& g = interp.gc();
    for (GcHeader* h = g.permanent.head.next; h != &g.permanent.head; h = h->next)
        h->generation = GcState::kGenerations - 1;
    g.generations[GcState::kGenerations - 1].splice(g.permanent);
    return interp.new_none();
}
Result<Ref> gc_get_freeze_count(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_args(interp, args, "gc.get_freeze_count"));
    int64_t n = 0;
    GcList& p = interp.gc().permanent;
    for (GcHeader* h = p.head.next; h != &p.head; h = h->next)
        ++n;
    return int_from_i64(interp, n);
}
Result<Ref> gc_set_debug(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "gc.set_debug", 1, 1));
    BASTION_TRY_ASSIGN(int64_t flags, int_arg(interp, args.items[0]));
    interp.gc().debug_flags = static_cast<int>(flags);
    return interp.new_none();
}
Result<Ref> gc_get_debug(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_args(interp, args, "gc.get_debug"));
    return int_from_i64(interp, interp.gc().debug_flags);
}

struct GcFunction {
    std::string_view name;
    NativeFunction fn;
};

constexpr GcFunction kFunctions[] = {
    {"collect", gc_collect_fn},     {"enable", gc_enable},
    {"disable", gc_disable},        {"isenabled", gc_isenabled},
    {"get_count", gc_get_count},    {"get_threshold", gc_get_threshold},
    {"set_threshold", gc_set_threshold}, {"is_tracked", gc_is_tracked},
    {"is_finalized", gc_is_finalized},   {"get_objects", gc_get_objects},
    {"get_referrers", gc_get_referrers}, {"get_referents", gc_get_referents},
    {"get_stats", gc_get_stats},    {"freeze", gc_freeze},
    {"unfreeze", gc_unfreeze},      {"get_freeze_count", gc_get_freeze_count},
    {"set_debug", gc_set_debug},    {"get_debug", gc_get_debug},
};

} // namespace

Status init_gc_module(Interpreter& interp, DictObject* d) {
    for (const GcFunction& f : kFunctions) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "gc"));
        StrObject* key = interp.intern(f.name);
        if (!key)
            return interp.no_memory();
        BASTION_TRY(dict_set_str(interp, d, key, fn));
    }
    GcState& g = interp.gc();
    if (!g.garbage) {
        BASTION_TRY_ASSIGN(Own<ListObject> garbage, list_new(interp));
        g.garbage = std::move(garbage).into_ref();
    }
    if (!g.callbacks) {
        BASTION_TRY_ASSIGN(Own<ListObject> callbacks, list_new(interp));
        g.callbacks = std::move(callbacks).into_ref();
    }
    BASTION_TRY(dict_set_str(interp, d, interp.intern("garbage"), g.garbage));
    BASTION_TRY(dict_set_str(interp, d, interp.intern("callbacks"), g.callbacks));
    const std::pair<std::string_view, int64_t> constants[] = {
        {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38},
    };
    for (const auto& [name, value] : constants) {
        StrObject* key = interp.intern(name);
        if (!key)
            return interp.no_memory();
        BASTION_TRY(dict_set_str(interp, d, key, Value::small_int(value)));
    }
    return {};
}

} // namespace bastion
