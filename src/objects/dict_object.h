// dict_object.h: Python `dict`: an insertion-ordered compact hash table (an index table
// into a dense entry array, CPython's layout) with lookups that stay safe when a key's
// __eq__ or __hash__ mutates the dict. Implemented in objects/dict_object.cpp.
#pragma once

#include "objects/value.h"

namespace bastion {

struct StrObject;
struct Type;

struct DictObject : Object {
    // Layout is private to dict_object.cpp; the public surface is the functions below.
    struct Table;
    Table* table = nullptr;
    int64_t used = 0;     // live entries
    uint64_t version = 0; // a fresh interpreter-unique number on every mutation (type_cache.h)
    // Names the key set and its order: dicts with equal keys_version hold the same keys
    // (the same objects) at the same entry numbers, deleted entries included (the
    // attribute cache's present proof reads an entry by number on that basis, objects/
    // attr_cache.h). Moves with every change of the key set: a key added (an interned str
    // appended to the key set named `from` takes the number minted once for that
    // transition, so the instance dicts of one class that gain the same names in the same
    // order share numbers; any other key takes a fresh one, from the `version` counter),
    // a key removed (fresh: del, pop, popitem), clear (0). Replacing a present key's
    // value keeps it; so do a resize and a copy (which takes its source's) when there
    // are no deleted entries — otherwise the live entries move down and the number is
    // fresh. 0: the empty set, no entries (a dict that never held a key, or a cleared
    // one). The name caches (vm/name_cache.h) and the attribute cache (objects/
    // attr_cache.h) use it to prove a name is still absent; the attribute cache also to
    // prove where a name is. objects/dict_object.cpp next_keys_version.
    uint64_t keys_version = 0;
    // The type whose namespace this dict is, once a lookup record depends on it (set by
    // objects/abstract_attr.cpp's record fill, cleared when the type dies); null for every
    // other dict. Each mutation of an owned dict invalidates the owner's lookup records
    // (dict_table.h type_dict_written).
    Type* owner = nullptr;
    ~DictObject();
};

Result<Own<DictObject>> dict_new(Interpreter&);
// An empty dict whose first table, with room for `expected` keys (5 when 0, at most 21),
// is in the dict's own block: an instance __dict__ made by its first attribute store is
// one allocation. It behaves as any dict; a resize moves it to a table of its own.
Result<Own<DictObject>> dict_new_presized_inline(Interpreter&, uint32_t expected);
// Lookup: a borrowed value, null when absent (no KeyError is made).
Result<Value> dict_get(Interpreter&, DictObject* d, Value key);
// Fast path for interned str keys (globals, attributes): no user code can run.
Value dict_get_str(DictObject* d, StrObject* key);
Status dict_set(Interpreter&, DictObject* d, Value key, Value value);
Status dict_set_str(Interpreter&, DictObject* d, StrObject* key, Value value);
// Returns false when the key was absent.
Result<bool> dict_del(Interpreter&, DictObject* d, Value key);
// Iteration by position: *pos starts at 0; returns false at the end.
bool dict_next(DictObject* d, int64_t* pos, Value* key, Value* value);
bool is_dict(Interpreter&, Value v);

} // namespace bastion
