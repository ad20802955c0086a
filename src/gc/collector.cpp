// collector.cpp: the cycle collector — tracking, generations and thresholds, CPython's
// subtract-internal-references algorithm, PEP 442 finalization (each finalizer runs once;
// resurrected objects survive), weakref clearing before finalizers (handle_weakrefs), the
// compare-and-swap re-entrancy guard, untracking of atomic tuples, and interpreter teardown.
// Speed notes (docs/performance.md, Memory): the passes run over a vector of the members
// with prefetch; tuple, list and dict are traversed inline; an instance's own __dict__ is
// taken into its instance (gc_state.h, "Instance dicts": gc_take_in_young_dicts,
// take_in_dict, and the instance's traversal of the dict's contents).
//
// Roots are never scanned: a reference held by C++ code, a frame or a value stack is not
// visited by any traverse function, so it stays "external" and keeps its target alive.
#include <algorithm>
#include <cstdio>

#include "gc/gc_state.h"
#include "gc/visitor.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/dict_table.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/frame.h"
#include "vm/generator.h"

namespace bastion {

using GcState = Interpreter::GcState;

namespace {

// kMarkPending: reached, and to be traversed when the reachability scan gets to it (its
// member index, in GcHeader::generation during a collection, is ahead of the scan).
// kMarkSeen (outside collections, young list only): gc_take_in_young_dicts looked at it.
enum : uint32_t {
    kMarkNone = 0,
    kMarkCandidate = 1,
    kMarkReachable = 2,
    kMarkUnreachable = 3,
    kMarkPending = 4,
    kMarkSeen = 5
};

// A member's index in the collection's member vector, kept in the header's generation
// field while a collection runs (the field means nothing else: the lists are the
// generations). Saturates: an index past UINT32_MAX reads as UINT32_MAX, which the scan
// only ever treats as "not behind it" while it really is ahead.
inline void set_member_index(GcHeader* h, std::size_t i) {
    h->generation = i < UINT32_MAX ? static_cast<uint32_t>(i) : UINT32_MAX;
}

// The header of a candidate of the running collection, or null.
GcHeader* candidate(Object* o, uint32_t mark) {
    if (!has_gc_header(o))
        return nullptr;
    GcHeader* h = gc_header(o);
    return h->mark == mark ? h : nullptr;
}

template <typename F>
void for_each(GcList& list, F f) {
    for (GcHeader* h = list.head.next; h != &list.head;) {
        GcHeader* next = h->next;
        f(h);
        h = next;
    }
}

// Calls f(Object*) for every object reference `o` owns, as gc_traverse reports them. The
// exact tuple, list and dict layouts are walked inline (no indirect call per reference);
// every other type goes through its traverse slot. Visiting is invisible to Python code,
// so the inline walks only have to see the same references as the slots.
template <typename F>
class FnVisitor final : public Visitor {
public:
    explicit FnVisitor(F& f) : m_f(f) {}

protected:
    void visit_object(Object* o) override { m_f(o); }

private:
    F& m_f;
};

template <typename F>
inline void traverse_inline(Interpreter& interp, Object* o, F& f) {
    Type* t = o->type;
    if (t == interp.types.tuple) {
        auto* tup = static_cast<TupleObject*>(o);
        const Value* items = tup->items();
        for (int64_t i = 0; i < tup->size; ++i)
            if (items[i].is_obj())
                f(items[i].obj());
        return;
    }
    if (t == interp.types.list) {
        for (const Ref& item : static_cast<ListObject*>(o)->items)
            if (item.get().is_obj())
                f(item.obj());
        return;
    }
    if (t == interp.types.dict) {
        dict_for_each_ref(static_cast<DictObject*>(o), [&f](Value key, Value value) {
            if (key.is_obj())
                f(key.obj());
            if (value.is_obj())
                f(value.obj());
        });
        return;
    }
    if (t->has_flag(kTypeHeap))
        f(static_cast<Object*>(t));
    if (t->has_flag(kTypeManagedDict)) {
        if (Object* d = managed_dict(o).get().obj_or_null()) {
            if (gc_dict_taken_in(interp, d)) {
                // Part of the instance (gc_state.h, "Instance dicts"): its references are ours.
                dict_for_each_ref(static_cast<DictObject*>(d), [&f](Value key, Value value) {
                    if (key.is_obj())
                        f(key.obj());
                    if (value.is_obj())
                        f(value.obj());
                });
            } else {
                f(d);
            }
        }
    }
    if (t->traverse != nullptr) {
        FnVisitor<F> v(f);
        t->traverse(o, v);
    }
}

// CPython's untrack_tuples: an exact tuple whose items are all filled and none of them a
// tracked object can never be part of a cycle (tuples are immutable), so it leaves the
// collector's lists for good. Items are made before the tuples holding them, so one pass
// in tracking order untracks a whole tree of such tuples.
inline bool atomic_tuple(Object* o) {
    auto* tup = static_cast<TupleObject*>(o);
    const Value* items = tup->items();
    for (int64_t i = 0; i < tup->size; ++i) {
        Value v = items[i];
        if (v.is_null() || (v.is_obj() && is_tracked(v.obj())))
            return false;
    }
    return true;
}

// The first walk's part of "Instance dicts" (gc_state.h), for a member `o` of the
// collection of `list`, before anything traverses it: its own dict, counted 1 and not a
// member yet (so not walked: nothing subtracted for it), leaves the lists and is visited
// through `o` from now on; a dict taken in earlier that is referenced from elsewhere now is
// tracked again, on `list` (walked later in this collection; a walk that visited it before
// subtracted nothing for it, which only keeps it alive this time).
inline void take_in_dict(Interpreter& interp, GcList& list, Object* o) {
    Type* t = o->type;
    if (!t->has_flag(kTypeHeap) || !t->has_flag(kTypeManagedDict))
        return;
    Object* d = managed_dict(o).get().obj_or_null();
    if (d == nullptr || d->type != interp.types.dict)
        return;
    GcHeader* dh = gc_header(d);
    if (dh->next != nullptr) {
        if (d->refcount == 1 && dh->mark != kMarkCandidate && (gcb::block_word(d) & gcb::kDictShared) == 0)
            GcList::unlink(dh);
    } else if (d->refcount > 1) {
        gcb::block_word(d) |= gcb::kDictShared;
        dh->mark = kMarkNone;
        list.push_back(dh);
    }
}

// How far ahead the vector passes prefetch: enough to cover a miss to memory with the
// work of the iterations in between.
constexpr std::size_t kPrefetchAhead = 8;

inline void prefetch_member(const GcVector<GcHeader*>& objs, std::size_t i) {
    if (i + kPrefetchAhead < objs.size()) {
        GcHeader* h = objs[i + kPrefetchAhead];
        __builtin_prefetch(h);
        __builtin_prefetch(&gc_object(h)->type); // the object header may start a new line
    }
}

// Marks every member of `list` reachable when something outside them refers to it (its
// count exceeds the references from other members, less `held` of our own), and
// everything those reach. Returns how many members there were; `objs` is left holding,
// in member order, exactly the members nobody reached (still kMarkCandidate): the
// unreachable. The reachable keep kMarkReachable (no pass resets them: a mark means
// something only while a collection runs, and no object outside one is kMarkCandidate).
// With `untrack_tuples`, atomic tuples (above) leave the list first and are not members.
// Only the first pass walks the list; the others walk the vector, whose loads do not
// wait for each other, so the processor overlaps their cache misses (and prefetches).
//
// `all_tracked`: the list holds every tracked object (a full collection, nothing frozen),
// so "a member" is "tracked": the first pass then also subtracts, initializing each
// member's count at its first visit (as a referent or in the walk, whichever comes
// first): one pass over the list instead of a walk and a second pass over the vector.
//
// `take_in`: the collection's first pass (not the resurrection pass, whose list holds only
// the unreachable): members' own dicts are taken in (take_in_dict above).
std::size_t mark_reachable(Interpreter& interp, GcList& list, GcVector<GcHeader*>& objs, int64_t held,
                           bool untrack_tuples = false, bool all_tracked = false, bool take_in = false) {
    Type* tuple_type = untrack_tuples ? interp.types.tuple : nullptr;
    objs.clear();
    if (all_tracked) {
        auto subtract_first = [held](Object* o) {
            if (!has_gc_header(o))
                return;
            GcHeader* h = gc_header(o);
            if (h->mark != kMarkCandidate) {
                if (h->next == nullptr)
                    return; // untracked: not a member
                h->refs = static_cast<int64_t>(o->refcount) - held;
                h->mark = kMarkCandidate;
            }
            --h->refs;
        };
        for (GcHeader* h = list.head.next; h != &list.head;) {
            Object* o = gc_object(h);
            if (o->type == tuple_type && atomic_tuple(o)) {
                // Whoever visited it before lowered a count it no longer needs.
                GcHeader* next = h->next;
                GcList::unlink(h);
                h->mark = kMarkNone;
                h = next;
                continue;
            }
            if (h->mark != kMarkCandidate) {
                h->refs = static_cast<int64_t>(o->refcount) - held;
                h->mark = kMarkCandidate;
            }
            set_member_index(h, objs.size());
            objs.push_back(h);
            if (take_in)
                take_in_dict(interp, list, o);
            traverse_inline(interp, o, subtract_first);
            h = h->next; // read after take_in_dict, which may unlink the next or append
        }
    } else {
        for (GcHeader* h = list.head.next; h != &list.head;) {
            Object* o = gc_object(h);
            if (o->type == tuple_type && atomic_tuple(o)) {
                GcHeader* next = h->next;
                GcList::unlink(h);
                h = next;
                continue;
            }
            h->refs = static_cast<int64_t>(o->refcount) - held;
            h->mark = kMarkCandidate;
            set_member_index(h, objs.size());
            objs.push_back(h);
            if (take_in)
                take_in_dict(interp, list, o);
            h = h->next; // read after take_in_dict, which may unlink the next or append
        }
        auto subtract = [](Object* o) {
            if (GcHeader* h = candidate(o, kMarkCandidate))
                --h->refs;
        };
        for (std::size_t i = 0; i < objs.size(); ++i) {
            prefetch_member(objs, i);
            traverse_inline(interp, gc_object(objs[i]), subtract);
        }
    }
    // The scan takes the members in order: a root (refs != 0; refs < 0 would mean a
    // traverse visited a reference it does not own: kept alive too) is traversed, and so
    // is a member an earlier traversal reached. What a traversal reaches ahead of the
    // scan is only marked pending (the scan traverses it in order, its loads prefetched
    // like the passes above: CPython's move_unreachable leaves such objects in place
    // too); what it reaches behind the scan goes through the stack at once.
    // A member that is no root and not reached yet is kept, in place, at the front of the
    // vector (CPython's move_unreachable keeps such tentatively unreachable objects on a
    // list); a later traversal may still reach it.
    GcVector<GcHeader*> stack{CountedAllocator<GcHeader*>(&interp)};
    std::size_t pos = 0;
    auto reach = [&stack, &pos](Object* o) {
        if (GcHeader* h = candidate(o, kMarkCandidate)) {
            if (h->generation > pos) {
                h->mark = kMarkPending;
            } else {
                h->mark = kMarkReachable;
                stack.push_back(h);
            }
        }
    };
    std::size_t members = objs.size();
    std::size_t kept = 0;
    for (; pos < members; ++pos) {
        prefetch_member(objs, pos);
        GcHeader* h = objs[pos];
        uint32_t mark = h->mark;
        if (mark == kMarkCandidate) {
            if (h->refs == 0) {
                objs[kept++] = h;
                continue;
            }
        } else if (mark != kMarkPending) {
            continue; // traversed already
        }
        h->mark = kMarkReachable;
        traverse_inline(interp, gc_object(h), reach);
        while (!stack.empty()) {
            // Popped soon: the entry kPrefetchAhead below the top (a list's items are
            // pushed in order and popped in reverse).
            if (stack.size() > kPrefetchAhead) {
                GcHeader* next = stack[stack.size() - 1 - kPrefetchAhead];
                __builtin_prefetch(next);
                __builtin_prefetch(&gc_object(next)->type);
            }
            GcHeader* top = stack.back();
            stack.pop_back();
            traverse_inline(interp, gc_object(top), reach);
        }
    }
    // The kept that a later root reached are no longer candidates.
    std::size_t unreached = 0;
    for (std::size_t i = 0; i < kept; ++i)
        if (objs[i]->mark == kMarkCandidate)
            objs[unreached++] = objs[i];
    objs.resize(unreached);
    return members;
}

void move_all(GcList& from, GcList& to, int generation) {
    for_each(from, [&](GcHeader* h) {
        h->mark = kMarkNone;
        h->generation = static_cast<uint32_t>(generation);
    });
    if (&from != &to)
        to.splice(from);
}

bool is_suspended_generator(Interpreter& interp, Object* o) {
    // (The three generator types are static: an instance of a class is none of them.)
    if (o->type->has_flag(kTypeHeap) || !is_generator_object(interp, o))
        return false;
    auto* gen = static_cast<GeneratorObject*>(o);
    return gen->frame_live && gen->frame()->state == FrameState::Suspended && !gen->running;
}

void invoke_callbacks(Interpreter& interp, const char* phase, int generation, int64_t collected, int64_t uncollectable) {
    GcState& g = interp.gc();
    if (!g.callbacks || static_cast<ListObject*>(g.callbacks.obj())->items.empty())
        return;
    auto phase_str = str_from_utf8(interp, phase);
    auto info = dict_new(interp);
    if (!phase_str.ok() || !info.ok())
        return;
    DictObject* d = info.value().get();
    (void)dict_set_str(interp, d, interp.intern("generation"), Value::small_int(generation));
    (void)dict_set_str(interp, d, interp.intern("collected"), Value::small_int(collected));
    (void)dict_set_str(interp, d, interp.intern("uncollectable"), Value::small_int(uncollectable));
    // A copy: callbacks may change the list.
    const RefVector& cb_list = static_cast<ListObject*>(g.callbacks.obj())->items;
    std::vector<Ref> cbs(cb_list.begin(), cb_list.end());
    for (const Ref& cb : cbs) {
        auto r = call_positional(interp, cb, {Value(phase_str.value().get()), Value(d)});
        if (!r.ok())
            gc_write_unraisable(interp, cb, r.error());
    }
}

// One collection of generations 0..generation; the guard is held by the caller.
int64_t collect_main(Interpreter& interp, int generation) {
    GcState& g = interp.gc();
    for (int i = 0; i < generation; ++i)
        g.generations[generation].splice(g.generations[i]);
    if (generation + 1 < GcState::kGenerations)
        ++g.count[generation + 1];
    for (int i = 0; i <= generation; ++i)
        g.count[i] = 0;
    int older_gen = generation + 1 < GcState::kGenerations ? generation + 1 : generation;
    GcList& young = g.generations[generation];
    GcList& older = g.generations[older_gen];

    // The collector's scratch vector keeps its capacity between collections (a full
    // collection of a large heap would otherwise fault in fresh pages every time).
    GcVector<GcHeader*>& objs = g.scratch;
    // A full collection with nothing frozen holds every tracked object: the first pass
    // can subtract as it walks (mark_reachable).
    bool all_tracked = generation == GcState::kGenerations - 1 && g.permanent.empty();
    std::size_t members = mark_reachable(interp, young, objs, 0, true, all_tracked, true);
    // One pass over the unreachable (`objs` now): they leave for their own list and are
    // held from here (nothing below can free one under our feet), noting which have weak
    // references and which may have a finalizer. The survivors stay where they are (the
    // young list moves to the older generation below) with their marks.
    GcList unreachable;
    int64_t survivors = static_cast<int64_t>(members - objs.size());
    GcVector<Ref> held{CountedAllocator<Ref>(&interp)};
    GcVector<Object*> weakly_referenced{CountedAllocator<Object*>(&interp)};
    GcVector<Object*> may_finalize{CountedAllocator<Object*>(&interp)}; // generators, and instances of classes not finalized yet
    held.reserve(objs.size());
    may_finalize.reserve(objs.size());
    for (std::size_t i = 0; i < objs.size(); ++i) {
        prefetch_member(objs, i);
        GcHeader* h = objs[i];
        GcList::unlink(h);
        unreachable.push_back(h);
        h->mark = kMarkUnreachable;
        Object* o = gc_object(h);
        held.push_back(Ref::borrow(Value(o)));
        uint64_t word = gcb::block_word(o);
        if ((word & gcb::kHasWeakrefs) != 0)
            weakly_referenced.push_back(o);
        if (((word & gcb::kFinalized) == 0 && o->type->has_flag(kTypeHeap)) || is_generator_object(interp, o))
            may_finalize.push_back(o);
    }
    if (generation == GcState::kGenerations - 1) {
        g.long_lived_pending = 0;
        g.long_lived_total = survivors;
    } else if (older_gen == GcState::kGenerations - 1) {
        g.long_lived_pending += survivors;
    }
    if (&young != &older)
        older.splice(young);
    // The member vector stays as large as the largest collection so far; a full
    // collection that finds far fewer members gives the memory back (it is counted).
    if (generation == GcState::kGenerations - 1 && objs.capacity() > 4 * members + 4096) {
        objs.clear();
        objs.shrink_to_fit();
    }
    if (unreachable.empty()) {
        ++g.stats[generation].collections;
        return 0;
    }
    int64_t found = static_cast<int64_t>(held.size());
    // Python code runs in a collection only through gc_finalize and weakref callbacks,
    // which count themselves here: when neither ran, nothing can have resurrected.
    uint64_t runs_before = g.python_runs;

    // 1. Weak references to the garbage are cleared before any finalizer can see them;
    // callbacks of weakrefs that are garbage themselves never run.
    {
        std::vector<Ref> callbacks;
        for (Object* o : weakly_referenced) {
            if ((gcb::block_word(o) & gcb::kHasWeakrefs) == 0)
                continue;
            for (Ref& wr : gc_clear_weakrefs(interp, o))
                if (!candidate(wr.obj(), kMarkUnreachable))
                    callbacks.push_back(std::move(wr));
        }
        gc_run_weakref_callbacks(interp, callbacks);
    }
    // 2. PEP 442 finalizers, each at most once in the object's life (gc_has_finalizer is
    // false for every other type). Whether a class has __del__ is looked up once per run
    // of instances of the same class, and again after any Python code ran (a finalizer
    // may change the class).
    {
        Type* known = nullptr;
        bool known_has = false;
        uint64_t known_runs = 0;
        for (Object* o : may_finalize) {
            if ((gcb::block_word(o) & gcb::kFinalized) != 0)
                continue;
            Type* t = o->type;
            bool has = false;
            if (t->has_flag(kTypeHeap)) {
                if (t != known || g.python_runs != known_runs) {
                    known = t;
                    known_runs = g.python_runs;
                    known_has = gc_has_finalizer(interp, o);
                }
                has = known_has;
            } else {
                has = gc_has_finalizer(interp, o);
            }
            if (has)
                gc_finalize(interp, o);
        }
    }
    // 3. Whatever a finalizer made reachable again survives, with all it refers to.
    GcList garbage;
    bool stuck = false; // a generator that would not close: freeing it would run its body
    if (g.python_runs != runs_before) {
        mark_reachable(interp, unreachable, objs, 1); // objs: those still unreachable, in order
        for (GcHeader* h : objs) {
            GcList::unlink(h);
            garbage.push_back(h);
            h->mark = kMarkUnreachable;
            stuck = stuck || is_suspended_generator(interp, gc_object(h));
        }
        // As CPython 3.11, a collection reports what is left after resurrection.
        found = static_cast<int64_t>(objs.size());
    } else {
        garbage.splice(unreachable); // all still marked kMarkUnreachable
        for (Object* o : may_finalize)
            stuck = stuck || is_suspended_generator(interp, o);
    }
    bool keep_back = stuck || (g.debug_flags & 32) != 0; // 32: DEBUG_SAVEALL
    if (keep_back) {
        if ((g.debug_flags & 32) != 0 && g.garbage)
            for_each(garbage, [&](GcHeader* h) {
                static_cast<ListObject*>(g.garbage.obj())->items.push_back(Ref::borrow(Value(gc_object(h))));
            });
        g.stats[generation].uncollectable += stuck ? 1 : 0;
        unreachable.splice(garbage);
    }
    move_all(unreachable, older, older_gen);

    // 4. Free the garbage: weakrefs made by finalizers are cleared, then every object
    // releases what it owns (references among the garbage only lower counts we hold),
    // and last the memory goes. Each must then be referenced by our hold alone.
    // (The garbage are the held objects still marked unreachable: those a finalizer
    // resurrected were unmarked when they moved to the older generation.)
    // In the common case (no Python code ran, nothing was kept back, none of the garbage
    // had weak references: none can have them now) every held object is garbage with no
    // weakref to clear: the holds are the dead, and the pass that picks them is skipped.
    std::vector<Ref> callbacks;
    GcVector<Object*> dead{CountedAllocator<Object*>(&interp)};
    bool all_dead = g.python_runs == runs_before && !keep_back && weakly_referenced.empty();
    if (!all_dead) {
        dead.reserve(held.size());
        for (const Ref& r : held) {
            Object* o = r.obj();
            if (gc_header(o)->mark != kMarkUnreachable)
                continue;
            if ((gcb::block_word(o) & gcb::kHasWeakrefs) != 0)
                for (Ref& wr : gc_clear_weakrefs(interp, o))
                    if (!candidate(wr.obj(), kMarkUnreachable))
                        callbacks.push_back(std::move(wr));
            dead.push_back(o);
        }
    }
    int64_t collected = static_cast<int64_t>(all_dead ? held.size() : dead.size());
    std::vector<Type*> types;
    types.reserve(std::min<std::size_t>(static_cast<std::size_t>(collected), 1024));
    auto destroy = [&types, &interp, &g](Object* o) {
        BASTION_ASSERT(gc_header(o)->mark == kMarkUnreachable);
        GcList::unlink(gc_header(o));
        Type* t = o->type;
        if (t->has_flag(kTypeManagedDict)) {
            Ref& slot = managed_dict(o);
            Object* d = slot.get().obj_or_null();
            if (d != nullptr && gc_dict_taken_in(interp, d) &&
                (gcb::block_word(d) & (gcb::kTagMask | gcb::kHasWeakrefs)) == gcb::kTagLive) {
                // The instance's own dict dies with it, freed as the garbage is (below).
                (void)slot.release();
                uint64_t& word = gcb::block_word(d);
                uint64_t size = word & gcb::kSizeMask;
                word = (word & ~gcb::kTagMask) | gcb::kTagFreed;
                if (d->type->destroy != nullptr)
                    d->type->destroy(d);
                d->refcount = 0;
                g.release_block(reinterpret_cast<char*>(gc_header(d)), size, true);
            } else {
                gc_dict_leaves_slot(interp, o, false);
            }
        }
        if (t->destroy != nullptr)
            t->destroy(o);
        if (t->has_flag(kTypeManagedDict))
            managed_dict(o).reset();
        if (t->has_flag(kTypeHeap))
            types.push_back(t);
    };
    if (all_dead) {
        for (const Ref& r : held)
            destroy(r.obj());
    } else {
        for (Object* o : dead)
            destroy(o);
    }
    for (Type* t : types)
        decref(t);
    // Our holds on the dead are given up without a decref: the memory is freed here.
    // (The dead are unlinked and still marked; survivors are in the older generation.)
    for (Ref& r : held) {
        Object* o = r.obj();
        GcHeader* h = gc_header(o);
        if (h->next != nullptr || h->mark != kMarkUnreachable)
            continue;
        BASTION_CHECK(o->refcount == 1); // a destroy slot kept a reference its traverse reported
        (void)r.release();
        uint64_t& word = gcb::block_word(o);
        uint64_t size = word & gcb::kSizeMask;
        word = (word & ~gcb::kTagMask) | gcb::kTagFreed;
        o->refcount = 0;
        g.release_block(reinterpret_cast<char*>(gc_header(o)), size, true);
    }
    held.clear(); // survivors: ordinary releases
    gc_run_weakref_callbacks(interp, callbacks);
    ++g.stats[generation].collections;
    g.stats[generation].collected += collected;
    return found;
}

} // namespace

Interpreter::GcState* Interpreter::new_gc_state(Interpreter& interp) { return new GcState(interp); }

void Interpreter::GcStateDeleter::operator()(GcState* g) const {
    gc_shutdown(g->interp);
    delete g;
}

Interpreter::GcState::~GcState() {
    release_free_blocks();
    // Interpreter teardown released what could be released; what is left stays.
    (void)garbage.release();
    (void)callbacks.release();
}

void gc_track(Interpreter& interp, Object* o) {
    GcHeader* h = gc_header(o);
    if (h->next != nullptr)
        return;
    GcState& g = interp.gc();
    h->generation = 0;
    h->mark = kMarkNone;
    g.generations[0].push_back(h);
    ++g.count[0];
}

void gc_untrack(Interpreter& interp, Object* o) {
    GcHeader* h = gc_header(o);
    if (h->next == nullptr)
        return;
    GcList::unlink(h);
    GcState& g = interp.gc();
    if (g.count[0] > 0)
        --g.count[0];
}

void gc_traverse(Interpreter& interp, Object* o, Visitor& v) {
    // CPython's subtype_traverse order: the instance's values (or its dict), then its class.
    Type* t = o->type;
    if (t->has_flag(kTypeManagedDict)) {
        Object* d = managed_dict(o).get().obj_or_null();
        if (d != nullptr && gc_dict_taken_in(interp, d)) {
            // The values (and keys that are no exact str: str keys own no references), as
            // CPython 3.11 reports an instance's inline values.
            dict_for_each_ref(static_cast<DictObject*>(d), [&v, &interp](Value key, Value value) {
                if (key.is_obj() && key.obj()->type != interp.types.str)
                    v.visit(key);
                v.visit(value);
            });
        } else {
            v.visit(d);
        }
    }
    if (t->has_flag(kTypeHeap))
        v.visit(static_cast<Object*>(t));
    if (t->traverse != nullptr)
        t->traverse(o, v);
}

int64_t gc_collect(Interpreter& interp, int generation, const char*) {
    GcState& g = interp.gc();
    // What the last MemoryError's traceback kept alive is garbage once nothing else holds
    // that exception (heap.cpp): released before collecting, as an ordinary decref.
    if (g.state.load() == 0)
        interp.release_idle_memory_error();
    int idle = 0;
    if (!g.state.compare_exchange_strong(idle, 1))
        return 0; // a collection is running (we are inside its finalizer or callback)
    invoke_callbacks(interp, "start", generation, 0, 0);
    int64_t before = g.stats[generation].uncollectable;
    int64_t n = collect_main(interp, generation);
    invoke_callbacks(interp, "stop", generation, n, g.stats[generation].uncollectable - before);
    g.state.store(0);
    return n;
}

void gc_take_in_young_dicts(Interpreter& interp) {
    GcState& g = interp.gc();
    if (g.state.load() != 0)
        return; // a collection's lists and marks are its own
    Type* dict_type = interp.types.dict;
    GcList& young = g.generations[0];
    // Objects join the young list at its end: those not seen yet are its tail.
    for (GcHeader* h = young.head.prev; h != &young.head && h->mark != kMarkSeen; h = h->prev) {
        h->mark = kMarkSeen;
        Object* o = gc_object(h);
        Type* t = o->type;
        if (!t->has_flag(kTypeHeap) || !t->has_flag(kTypeManagedDict))
            continue;
        Object* d = managed_dict(o).get().obj_or_null();
        if (d == nullptr || d->type != dict_type || d->refcount != 1 ||
            (gcb::block_word(d) & gcb::kDictShared) != 0)
            continue;
        GcHeader* dh = gc_header(d);
        if (dh->next == nullptr)
            continue;
        // (d is no instance, so d != h; if d was h->prev, the unlink updates h->prev.)
        GcList::unlink(dh);
        if (g.count[0] > 0)
            --g.count[0];
    }
}

void gc_share_dict(Interpreter& interp, Object* d) {
    gcb::block_word(d) |= gcb::kDictShared;
    gc_track(interp, d);
}

void gc_maybe_collect(Interpreter& interp) {
    GcState& g = interp.gc();
    if (!g.enabled || g.threshold[0] == 0 || g.count[0] <= g.threshold[0] || g.state.load() != 0 ||
        g.shutting_down)
        return;
    // Instances' own dicts count as part of their instance (gc_state.h): the count drops
    // by those made since the last look.
    gc_take_in_young_dicts(interp);
    if (g.count[0] <= g.threshold[0])
        return;
    // CPython's collect_generations: the oldest generation over its threshold, where a
    // full collection also waits until a quarter of the long-lived objects are new.
    for (int i = GcState::kGenerations - 1; i >= 0; --i) {
        if (g.count[i] > g.threshold[i]) {
            if (i == GcState::kGenerations - 1 && g.long_lived_pending < g.long_lived_total / 4)
                continue;
            (void)gc_collect(interp, i, "automatic");
            return;
        }
    }
}

void gc_write_unraisable(Interpreter& interp, Value where, const Raised& err) {
    std::string text = "<object>";
    if (!where.is_null()) {
        if (auto r = repr(interp, where); r.ok())
            text = to_utf8(r.value().get());
    }
    if (interp.write_stderr)
        interp.write_stderr("Exception ignored in: " + text + "\n");
    interp.print_exception(err.exception);
}

bool gc_has_finalizer(Interpreter& interp, Object* o) {
    if (interp.gc().finalizers_off) [[unlikely]]
        return false;
    Type* t = o->type;
    if (t->has_flag(kTypeHeap))
        return !type_lookup(t, interp.names.__del__).is_null();
    return is_suspended_generator(interp, o);
}

void gc_finalize(Interpreter& interp, Object* o) {
    gcb::block_word(o) |= gcb::kFinalized;
    ++interp.gc().python_runs;
    Type* t = o->type;
    if (t->has_flag(kTypeHeap)) {
        Value del = type_lookup(t, interp.names.__del__);
        if (del.is_null())
            return;
        Ref keep_del = Ref::borrow(del);
        Value self(o);
        auto r = call(interp, keep_del, CallArgs{&self, 1, nullptr});
        if (!r.ok())
            gc_write_unraisable(interp, keep_del, r.error());
        return;
    }
    if (is_suspended_generator(interp, o)) {
        // Every kind's close (an async generator has no `close` method; none can override it).
        Ref keep = Ref::borrow(Value(o));
        auto* gen = static_cast<GeneratorObject*>(o);
        if (o->type == interp.types.async_generator) {
            Status s = async_gen_finalize(interp, gen);
            if (!s.ok())
                gc_write_unraisable(interp, Value(o), s.error());
            return;
        }
        auto r = generator_close_object(interp, gen);
        if (!r.ok())
            gc_write_unraisable(interp, Value(o), r.error());
    }
}

void gc_shutdown(Interpreter& interp) {
    GcState& g = interp.gc();
    if (g.shutting_down)
        return;
    // What the host and the interpreter released may hold cycles: collect them while
    // every type still exists, so their finalizers run in a defined order (oldest
    // generation last, creation order within). gc.garbage and gc.callbacks go first.
    g.callbacks.reset();
    g.garbage.reset();
    (void)gc_collect(interp, GcState::kGenerations - 1, "shutdown");
    g.shutting_down = true;
}

} // namespace bastion
