// pprint_module.cpp: `_pprint`, the native helper under lib/pprint.py's
// PrettyPrinter._safe_repr for plain data. safe_repr(obj, sort_dicts) returns the text
// _safe_repr gives (then readable and not recursive) for a tree made only of exact dict,
// list and tuple, exact set/frozenset of scalars, and exact scalars (str, bytes, bytearray,
// int, float, complex, bool, None); or None when it meets anything else — another type or
// a subclass, a cycle, nesting deeper than kMaxDepth, or (with sort_dicts) dict keys that
// are not all str or all int/float/bool, the only keys _safe_repr sorts without _safe_key.
// The Python code then takes its generic path. Nothing in such a tree runs Python code
// when repr()'d, and dict items are sorted by the same list sort, so the text is exactly
// the generic path's. lib/pprint.py calls it only when format/_safe_repr are not
// overridden, ints are not shown with underscores and there is no depth limit.
#include <vector>

#include "modules/module_table.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/list_sort.h"
#include "objects/native.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/checked.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

constexpr int kMaxDepth = 64;

class PlainRepr {
public:
    PlainRepr(Interpreter& interp, bool sort_dicts) : m_interp(interp), m_sort_dicts(sort_dicts) {}

    // Appends v's text; false when v is not plain data (the caller then gives up).
    Result<bool> add(Value v) {
        Interpreter& in = m_interp;
        Type* t = type_of(in, v);
        if (is_scalar(t)) {
            BASTION_TRY_ASSIGN(Own<StrObject> s, repr(in, v));
            return append(s.get());
        }
        if (m_path.size() >= static_cast<std::size_t>(kMaxDepth))
            return false;
        for (Object* o : m_path)
            if (o == v.obj())
                return false; // a cycle: _safe_repr marks the recursion itself
        if (t == in.types.list) {
            auto* l = static_cast<ListObject*>(v.obj());
            if (l->items.empty())
                return append_ascii("[]");
            std::vector<Value> items(l->items.begin(), l->items.end());
            return add_items(v, items, "[", "]");
        }
        if (t == in.types.tuple) {
            auto* tu = static_cast<TupleObject*>(v.obj());
            if (tu->size == 0)
                return append_ascii("()");
            std::vector<Value> items(tu->view().begin(), tu->view().end());
            return add_items(v, items, "(", tu->size == 1 ? ",)" : ")");
        }
        if (t == in.types.dict)
            return add_dict(v);
        if (t == in.types.set || t == in.types.frozenset) {
            auto* s = static_cast<SetObject*>(v.obj());
            int64_t pos = 0;
            Value key;
            int64_t hash = 0;
            while (set_next(s, &pos, &key, &hash))
                if (!is_scalar(type_of(in, key)))
                    return false;
            BASTION_TRY_ASSIGN(Own<StrObject> text, repr(in, v));
            return append(text.get());
        }
        return false;
    }

    Result<Ref> finish() {
        BASTION_TRY_ASSIGN(Own<StrObject> s, m_out.finish(m_interp));
        return std::move(s).into_ref();
    }

private:
    bool is_scalar(Type* t) const {
        const auto& ty = m_interp.types;
        return t == ty.str || t == ty.int_ || t == ty.float_ || t == ty.bool_ || t == ty.none || t == ty.bytes ||
               t == ty.complex || t == ty.bytearray;
    }

    // The builder lives outside the interpreter's accounting: as it doubles, check that as
    // much memory could be had, so a huge result fails with MemoryError (as json does).
    Result<bool> grown() {
        if (m_out.length() < m_next_check)
            return true;
        if (m_out.length() > kMaxContainerLength)
            return m_interp.no_memory();
        BASTION_TRY(text_reserve(m_interp, m_out.length() * 4));
        m_next_check = m_out.length() * 2;
        return true;
    }

    Result<bool> append(const StrObject* s) {
        m_out.append(s);
        return grown();
    }

    Result<bool> append_ascii(std::string_view text) {
        m_out.append_ascii(text);
        return grown();
    }

    Result<bool> add_items(Value container, const std::vector<Value>& items, std::string_view open,
                           std::string_view close) {
        // `items` holds borrowed values: nothing runs Python code (or frees) meanwhile.
        m_path.push_back(container.obj());
        BASTION_TRY(append_ascii(open));
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i != 0)
                BASTION_TRY(append_ascii(", "));
            BASTION_TRY_ASSIGN(bool ok, add(items[i]));
            if (!ok)
                return false;
        }
        m_path.pop_back();
        return append_ascii(close);
    }

    // Keys all exact str, or all exact int/float/bool: _natively_ordered in lib/pprint.py.
    bool natively_ordered(DictObject* d) const {
        const auto& ty = m_interp.types;
        bool strs = false, numbers = false;
        int64_t pos = 0;
        Value k, v;
        while (dict_next(d, &pos, &k, &v)) {
            Type* t = type_of(m_interp, k);
            if (t == ty.str)
                strs = true;
            else if (t == ty.int_ || t == ty.float_ || t == ty.bool_)
                numbers = true;
            else
                return false;
        }
        return !(strs && numbers);
    }

    Result<bool> add_dict(Value v) {
        Interpreter& in = m_interp;
        auto* d = static_cast<DictObject*>(v.obj());
        if (d->used == 0)
            return append_ascii("{}");
        std::vector<std::pair<Value, Value>> items;
        Ref sorted; // keeps the sorted pairs alive
        if (m_sort_dicts) {
            if (!natively_ordered(d))
                return false;
            // sorted(d.items(), key=itemgetter(0)): distinct keys of these types compare as
            // their (key, value) pairs do, so sorting the pairs gives the same order.
            BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(in));
            int64_t pos = 0;
            Value k, val;
            while (dict_next(d, &pos, &k, &val)) {
                BASTION_TRY_ASSIGN(Own<TupleObject> pair, tuple_of(in, {k, val}));
                BASTION_TRY(list_append(in, list.get(), Value(pair.get())));
            }
            BASTION_TRY(list_sort(in, list.get(), Value(), false));
            for (const Ref& entry : list->items) {
                auto* pair = static_cast<TupleObject*>(entry.get().obj());
                items.emplace_back(pair->at(0), pair->at(1));
            }
            sorted = std::move(list).into_ref();
        } else {
            int64_t pos = 0;
            Value k, val;
            while (dict_next(d, &pos, &k, &val))
                items.emplace_back(k, val);
        }
        m_path.push_back(v.obj());
        BASTION_TRY(append_ascii("{"));
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i != 0)
                BASTION_TRY(append_ascii(", "));
            BASTION_TRY_ASSIGN(bool ok, add(items[i].first));
            if (!ok)
                return false;
            BASTION_TRY(append_ascii(": "));
            BASTION_TRY_ASSIGN(ok, add(items[i].second));
            if (!ok)
                return false;
        }
        m_path.pop_back();
        return append_ascii("}");
    }

    Interpreter& m_interp;
    bool m_sort_dicts;
    std::vector<Object*> m_path; // the containers being shown, outermost first
    StrBuilder m_out;
    int64_t m_next_check = 1 << 16;
};

// _pprint.safe_repr(obj, sort_dicts): the text, or None when obj is not plain data.
Result<Ref> pprint_safe_repr(Interpreter& interp, CallArgs args) {
    Value parsed[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"safe_repr", {"obj", "sort_dicts"}, 2}, parsed));
    BASTION_TRY_ASSIGN(bool sort_dicts, is_true(interp, parsed[1]));
    PlainRepr r(interp, sort_dicts);
    BASTION_TRY_ASSIGN(bool ok, r.add(parsed[0]));
    if (!ok)
        return interp.new_none();
    return r.finish();
}

} // namespace

Status init_pprint_module(Interpreter& interp, DictObject* module_dict) {
    BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, "safe_repr", pprint_safe_repr, "_pprint"));
    return dict_set_str(interp, module_dict, interp.intern("safe_repr"), fn);
}

} // namespace bastion
