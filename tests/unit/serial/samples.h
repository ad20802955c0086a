// samples.h: hand-built code images and values for the serial tests (round trips,
// truncations, mutations) and the fuzz seed corpus. Not a test itself.
#pragma once

#include <cmath>
#include <limits>
#include <memory>

#include "bytecode/code_image.h"
#include "serial/serial.h"

namespace bastion::test {

inline uint32_t U(bc::Op op, uint32_t arg = 0) { return bc::encode(op, arg); }

// A valid module: def f(a, b=1): try: return a + b except: return None; plus a closure.
inline std::shared_ptr<const bc::CodeImage> sample_module() {
    using bc::Op;
    auto inner = std::make_shared<bc::CodeImage>();
    inner->name = "inner";
    inner->qualname = "f.<locals>.inner";
    inner->filename = "sample.py";
    inner->freevars = {"a"};
    inner->flags = bc::kCoOptimized | bc::kCoNewLocals | bc::kCoNested;
    inner->code = {U(Op::LOAD_DEREF, 0), U(Op::RETURN_VALUE)};
    inner->stacksize = 1;
    inner->line_table = {{0, 4}};

    auto f = std::make_shared<bc::CodeImage>();
    f->name = "f";
    f->qualname = "f";
    f->filename = "sample.py";
    f->argcount = 2;
    f->varnames = {"a", "b"};
    f->cellvars = {"c"};
    f->flags = bc::kCoOptimized | bc::kCoNewLocals;
    f->consts = {bc::Constant::none(), bc::Constant::code_object(inner)};
    f->code = {U(Op::LOAD_FAST, 0), U(Op::LOAD_FAST, 1), U(Op::BINARY_OP, 0), U(Op::RETURN_VALUE),
               U(Op::PUSH_EXC_INFO), U(Op::POP_TOP), U(Op::POP_EXCEPT), U(Op::LOAD_CONST, 0), U(Op::RETURN_VALUE)};
    f->exception_table = {{0, 4, 4, 0}};
    f->line_table = {{0, 2}, {4, 3}};
    f->stacksize = 2;

    auto m = std::make_shared<bc::CodeImage>();
    m->name = "<module>";
    m->qualname = "<module>";
    m->filename = "sample.py";
    m->firstlineno = 1;
    bc::Constant big = bc::Constant::integer(0);
    big.negative = true;
    big.limbs = {0, 0x8000000000000000ull, 7};
    m->consts = {bc::Constant::code_object(f),
                 bc::Constant::integer(1),
                 bc::Constant::tuple({bc::Constant::integer(-5), bc::Constant::integer(INT64_MIN),
                                      bc::Constant::integer(INT64_MAX), big}),
                 bc::Constant::floating(-0.0),
                 bc::Constant::floating(std::numeric_limits<double>::quiet_NaN()),
                 bc::Constant::complex(1.5, -2.0),
                 bc::Constant::str("h\xc3\xa9llo \xed\xa0\x80"),
                 bc::Constant::bytes(std::string("\x00\xff\x01", 3)),
                 bc::Constant::frozenset({bc::Constant::str("x"), bc::Constant::boolean(true)}),
                 bc::Constant::ellipsis(),
                 bc::Constant::boolean(false),
                 bc::Constant::none()};
    m->names = {"f", "print", "os.path", ""};
    m->code = {U(Op::LOAD_CONST, 1), U(Op::LOAD_CONST, 0), U(Op::MAKE_FUNCTION, bc::kFnDefaults),
               U(Op::STORE_NAME, 0), U(Op::PUSH_NULL), U(Op::LOAD_NAME, 1), U(Op::LOAD_CONST, 6),
               U(Op::CALL, 1), U(Op::POP_TOP), U(Op::LOAD_CONST, 11), U(Op::RETURN_VALUE)};
    m->code[0] = U(Op::LOAD_CONST, 2); // defaults tuple
    m->stacksize = 3;
    m->line_table = {{0, 1}, {4, 6}};
    return m;
}

// A value with every marshal kind.
inline serial::Value sample_value(const std::shared_ptr<const bc::CodeImage>& code) {
    using V = serial::Value;
    auto scalar = [](bc::Constant c) { return V::from_constant(c); };
    V list;
    list.kind = V::Kind::List;
    list.items = {scalar(bc::Constant::integer(1)), scalar(bc::Constant::str("two")),
                  scalar(bc::Constant::tuple({bc::Constant::none()}))};
    V dict;
    dict.kind = V::Kind::Dict;
    dict.items = {scalar(bc::Constant::str("k")), list, scalar(bc::Constant::integer(2)),
                  scalar(bc::Constant::floating(2.5))};
    V set;
    set.kind = V::Kind::Set;
    set.items = {scalar(bc::Constant::bytes("b")), scalar(bc::Constant::integer(-1))};
    V code_value;
    code_value.kind = V::Kind::Code;
    code_value.code = code;
    V top;
    top.kind = V::Kind::Tuple;
    top.items = {dict, set, code_value, scalar(bc::Constant::complex(0, 1))};
    return top;
}

} // namespace bastion::test
