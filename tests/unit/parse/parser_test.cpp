// parser_test.cpp: golden tests for the parser. Each case is a source snippet and the text
// CPython 3.11's ast.dump() prints for it (generated with python3, then frozen here), so
// every statement and expression form is checked field by field. A few cases also compare
// positions (ast.dump(include_attributes=True)).
#include <gtest/gtest.h>

#include "parse/parser.h"

namespace bastion::parse {
namespace {

struct Golden {
    const char* source;
    const char* expected;
};

std::string dump_or_error(std::string_view src, bool spans = false) {
    auto r = parse_module(src, "<test>");
    if (!r.ok())
        return "ERROR: " + r.error().message;
    return ast::dump(*r.value().root, spans);
}

const Golden kCases[] = {
    {R"PY(x = 1)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(x = y = z)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], value=Name(id='z', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a, b = c)PY",
     R"PY(Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY([a, *b] = c)PY",
     R"PY(Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY((a) = 1)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(x: int)PY",
     R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)], type_ignores=[]))PY"},
    {R"PY(x: int = 5)PY",
     R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[]))PY"},
    {R"PY((x): int = 5)PY",
     R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=0)], type_ignores=[]))PY"},
    {R"PY(a.b: int)PY",
     R"PY(Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[]))PY"},
    {R"PY(a[0]: int = 1)PY",
     R"PY(Module(body=[AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[]))PY"},
    {R"PY(x += 1)PY",
     R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(x.y -= 2)PY",
     R"PY(Module(body=[AugAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), op=Sub(), value=Constant(value=2))], type_ignores=[]))PY"},
    {R"PY(x[1] **= 3)PY",
     R"PY(Module(body=[AugAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=1), ctx=Store()), op=Pow(), value=Constant(value=3))], type_ignores=[]))PY"},
    {R"PY(x //= 2; y @= 3; z >>= 1; w <<= 2; v |= 1; u ^= 2; t &= 3; s %= 4; r /= 5; q *= 6)PY",
     R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='y', ctx=Store()), op=MatMult(), value=Constant(value=3)), AugAssign(target=Name(id='z', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='w', ctx=Store()), op=LShift(), value=Constant(value=2)), AugAssign(target=Name(id='v', ctx=Store()), op=BitOr(), value=Constant(value=1)), AugAssign(target=Name(id='u', ctx=Store()), op=BitXor(), value=Constant(value=2)), AugAssign(target=Name(id='t', ctx=Store()), op=BitAnd(), value=Constant(value=3)), AugAssign(target=Name(id='s', ctx=Store()), op=Mod(), value=Constant(value=4)), AugAssign(target=Name(id='r', ctx=Store()), op=Div(), value=Constant(value=5)), AugAssign(target=Name(id='q', ctx=Store()), op=Mult(), value=Constant(value=6))], type_ignores=[]))PY"},
    {R"PY(del x)PY",
     R"PY(Module(body=[Delete(targets=[Name(id='x', ctx=Del())])], type_ignores=[]))PY"},
    {R"PY(del x, y[0], z.a)PY",
     R"PY(Module(body=[Delete(targets=[Name(id='x', ctx=Del()), Subscript(value=Name(id='y', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='z', ctx=Load()), attr='a', ctx=Del())])], type_ignores=[]))PY"},
    {R"PY(del (a, b), [c])PY",
     R"PY(Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del()), List(elts=[Name(id='c', ctx=Del())], ctx=Del())])], type_ignores=[]))PY"},
    {R"PY(assert x)PY",
     R"PY(Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(assert x, 'msg')PY",
     R"PY(Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[]))PY"},
    {R"PY(pass)PY",
     R"PY(Module(body=[Pass()], type_ignores=[]))PY"},
    {R"PY(break)PY",
     R"PY(Module(body=[Break()], type_ignores=[]))PY"},
    {R"PY(continue)PY",
     R"PY(Module(body=[Continue()], type_ignores=[]))PY"},
    {R"PY(return)PY",
     R"PY(Module(body=[Return()], type_ignores=[]))PY"},
    {R"PY(return 1, 2)PY",
     R"PY(Module(body=[Return(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(raise)PY",
     R"PY(Module(body=[Raise()], type_ignores=[]))PY"},
    {R"PY(raise E)PY",
     R"PY(Module(body=[Raise(exc=Name(id='E', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(raise E from e)PY",
     R"PY(Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='e', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(global a, b)PY",
     R"PY(Module(body=[Global(names=['a', 'b'])], type_ignores=[]))PY"},
    {R"PY(nonlocal a)PY",
     R"PY(Module(body=[Nonlocal(names=['a'])], type_ignores=[]))PY"},
    {R"PY(import a)PY",
     R"PY(Module(body=[Import(names=[alias(name='a')])], type_ignores=[]))PY"},
    {R"PY(import a.b.c as d, e)PY",
     R"PY(Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[]))PY"},
    {R"PY(from a import b)PY",
     R"PY(Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=0)], type_ignores=[]))PY"},
    {R"PY(from a.b import (c as d, e,))PY",
     R"PY(Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=0)], type_ignores=[]))PY"},
    {R"PY(from . import x)PY",
     R"PY(Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[]))PY"},
    {R"PY(from .. import *)PY",
     R"PY(Module(body=[ImportFrom(names=[alias(name='*')], level=2)], type_ignores=[]))PY"},
    {R"PY(from ...a import b)PY",
     R"PY(Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=3)], type_ignores=[]))PY"},
    {R"PY(from .... import c)PY",
     R"PY(Module(body=[ImportFrom(names=[alias(name='c')], level=4)], type_ignores=[]))PY"},
    {R"PY(from .a import b)PY",
     R"PY(Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=1)], type_ignores=[]))PY"},
    {R"PY(if a:
    pass
elif b:
    pass
else:
    pass
)PY",
     R"PY(Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(while x:
    break
else:
    pass
)PY",
     R"PY(Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Pass()])], type_ignores=[]))PY"},
    {R"PY(for x in y:
    continue
else:
    pass
)PY",
     R"PY(Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Continue()], orelse=[Pass()])], type_ignores=[]))PY"},
    {R"PY(for a, b in c: pass)PY",
     R"PY(Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))PY"},
    {R"PY(for *a, b in c: pass)PY",
     R"PY(Module(body=[For(target=Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))PY"},
    {R"PY(for x in *a, *b: pass)PY",
     R"PY(Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))PY"},
    {R"PY(async def f():
    async for x in y: pass
    async with a as b, c: pass
    await x
)PY",
     R"PY(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), Expr(value=Await(value=Name(id='x', ctx=Load())))], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(with a: pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with a as b: pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with a as (b, c), d as e: pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())), withitem(context_expr=Name(id='d', ctx=Load()), optional_vars=Name(id='e', ctx=Store()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with (a as b, c as d): pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with (a, b): pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with (a, b) as c: pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with (a): pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with (a as b): pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with (
 a as b,
 c,
): pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(try:
    pass
except E as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
)PY",
     R"PY(Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[]))PY"},
    {R"PY(try:
    pass
finally:
    pass
)PY",
     R"PY(Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[]))PY"},
    {R"PY(try:
    pass
except* (A, B) as e:
    pass
)PY",
     R"PY(Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))PY"},
    {R"PY(@d
@e.f(1)
def f(a, b=1, *args, c, d=2, **kw) -> int:
    return a
)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[Name(id='d', ctx=Load()), Call(func=Attribute(value=Name(id='e', ctx=Load()), attr='f', ctx=Load()), args=[Constant(value=1)], keywords=[])], returns=Name(id='int', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(def f(a, /, b, *, c): pass)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(def f(a=1, /, b=2, *, c, d=3): pass)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=3)], defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(def f(*args: *Ts): pass)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(def f(a: int, *b: str, **c: float): pass)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='b', annotation=Name(id='str', ctx=Load())), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='c', annotation=Name(id='float', ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(def f(): pass)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(class A: pass)PY",
     R"PY(Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(class A(B, C, metaclass=M, **kw):
    x = 1
)PY",
     R"PY(Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(@dec
class A(): pass)PY",
     R"PY(Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[Name(id='dec', ctx=Load())])], type_ignores=[]))PY"},
    {R"PY(lambda: 0)PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[]))PY"},
    {R"PY(lambda x, y=1, *a, z, **k: x)PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(arg='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='z')], kw_defaults=[None], kwarg=arg(arg='k'), defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(lambda a, /, b: 0)PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[]))PY"},
    {R"PY(lambda *, a: a)PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(x if y else z)PY",
     R"PY(Module(body=[Expr(value=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(a or b or c)PY",
     R"PY(Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY(a and b and c or d)PY",
     R"PY(Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), Name(id='d', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY(not a)PY",
     R"PY(Module(body=[Expr(value=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(not not a)PY",
     R"PY(Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[]))PY"},
    {R"PY(a < b <= c == d != e > f >= g)PY",
     R"PY(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Eq(), NotEq(), Gt(), GtE()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY(a is not b)PY",
     R"PY(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY(a not in b)PY",
     R"PY(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY(a in b is c)PY",
     R"PY(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[In(), Is()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY(a | b ^ c & d << e >> f + g - h * i / j // k % l @ m)PY",
     R"PY(Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), op=FloorDiv(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=MatMult(), right=Name(id='m', ctx=Load()))))))))], type_ignores=[]))PY"},
    {R"PY(-a)PY",
     R"PY(Module(body=[Expr(value=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(+a)PY",
     R"PY(Module(body=[Expr(value=UnaryOp(op=UAdd(), operand=Name(id='a', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(~a)PY",
     R"PY(Module(body=[Expr(value=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(-a ** -b)PY",
     R"PY(Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))))], type_ignores=[]))PY"},
    {R"PY(a ** b ** c)PY",
     R"PY(Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ignores=[]))PY"},
    {R"PY(await x)PY",
     R"PY(Module(body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY((yield))PY",
     R"PY(Module(body=[Expr(value=Yield())], type_ignores=[]))PY"},
    {R"PY((yield x))PY",
     R"PY(Module(body=[Expr(value=Yield(value=Name(id='x', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY((yield from x))PY",
     R"PY(Module(body=[Expr(value=YieldFrom(value=Name(id='x', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(def f():
    x = yield
    y = yield from z
    yield 1, 2
)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Expr(value=Yield(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())))], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(f())PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], type_ignores=[]))PY"},
    {R"PY(f(a)(b))PY",
     R"PY(Module(body=[Expr(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[]))PY"},
    {R"PY(f(x for x in y))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[]))PY"},
    {R"PY(f(*a, *b, **c, d=1))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='c', ctx=Load())), keyword(arg='d', value=Constant(value=1))]))], type_ignores=[]))PY"},
    {R"PY(f(a, b=1, *c, **d))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[keyword(arg='b', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[]))PY"},
    {R"PY(f(a=1, *b))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='a', value=Constant(value=1))]))], type_ignores=[]))PY"},
    {R"PY(a.b.c)PY",
     R"PY(Module(body=[Expr(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[1])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[1:2])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[::])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[1:2:3])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[:, 1])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[1, 2])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[*b])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[b, *c])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='b', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[()])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[], ctx=Load()), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[x:=1])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[:])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[::2])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY([1, 2, *a])PY",
     R"PY(Module(body=[Expr(value=List(elts=[Constant(value=1), Constant(value=2), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY([])PY",
     R"PY(Module(body=[Expr(value=List(elts=[], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(())PY",
     R"PY(Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY((1,))PY",
     R"PY(Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY((1, 2))PY",
     R"PY(Module(body=[Expr(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY({1, 2})PY",
     R"PY(Module(body=[Expr(value=Set(elts=[Constant(value=1), Constant(value=2)]))], type_ignores=[]))PY"},
    {R"PY({})PY",
     R"PY(Module(body=[Expr(value=Dict(keys=[], values=[]))], type_ignores=[]))PY"},
    {R"PY({1: 2, **a, 3: 4})PY",
     R"PY(Module(body=[Expr(value=Dict(keys=[Constant(value=1), None, Constant(value=3)], values=[Constant(value=2), Name(id='a', ctx=Load()), Constant(value=4)]))], type_ignores=[]))PY"},
    {R"PY({**a})PY",
     R"PY(Module(body=[Expr(value=Dict(keys=[None], values=[Name(id='a', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY({*a, b})PY",
     R"PY(Module(body=[Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY([x for x in y if z if w for a in b])PY",
     R"PY(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='z', ctx=Load()), Name(id='w', ctx=Load())], is_async=0), comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY({x for x in y})PY",
     R"PY(Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY({k: v for k, v in d.items()})PY",
     R"PY(Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY((x for x in y))PY",
     R"PY(Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY([x async for x in y])PY",
     R"PY(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[]))PY"},
    {R"PY((x := 5))PY",
     R"PY(Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=5)))], type_ignores=[]))PY"},
    {R"PY(f(x := 1))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[]))PY"},
    {R"PY([y := 2, y])PY",
     R"PY(Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=2)), Name(id='y', ctx=Load())], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(if (n := len(a)) > 10: pass)PY",
     R"PY(Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[]))PY"},
    {R"PY(while chunk := read(): pass)PY",
     R"PY(Module(body=[While(test=NamedExpr(target=Name(id='chunk', ctx=Store()), value=Call(func=Name(id='read', ctx=Load()), args=[], keywords=[])), body=[Pass()], orelse=[])], type_ignores=[]))PY"},
    {R"PY(1)PY",
     R"PY(Module(body=[Expr(value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(1_000)PY",
     R"PY(Module(body=[Expr(value=Constant(value=1000))], type_ignores=[]))PY"},
    {R"PY(0x_FF)PY",
     R"PY(Module(body=[Expr(value=Constant(value=255))], type_ignores=[]))PY"},
    {R"PY(0o17)PY",
     R"PY(Module(body=[Expr(value=Constant(value=15))], type_ignores=[]))PY"},
    {R"PY(0b1010)PY",
     R"PY(Module(body=[Expr(value=Constant(value=10))], type_ignores=[]))PY"},
    {R"PY(1.5)PY",
     R"PY(Module(body=[Expr(value=Constant(value=1.5))], type_ignores=[]))PY"},
    {R"PY(1e10)PY",
     R"PY(Module(body=[Expr(value=Constant(value=10000000000.0))], type_ignores=[]))PY"},
    {R"PY(1.5e-3)PY",
     R"PY(Module(body=[Expr(value=Constant(value=0.0015))], type_ignores=[]))PY"},
    {R"PY(1j)PY",
     R"PY(Module(body=[Expr(value=Constant(value=1j))], type_ignores=[]))PY"},
    {R"PY(2.5J)PY",
     R"PY(Module(body=[Expr(value=Constant(value=2.5j))], type_ignores=[]))PY"},
    {R"PY(0.0)PY",
     R"PY(Module(body=[Expr(value=Constant(value=0.0))], type_ignores=[]))PY"},
    {R"PY(1e400)PY",
     R"PY(Module(body=[Expr(value=Constant(value=inf))], type_ignores=[]))PY"},
    {R"PY(123456789012345678901234567890)PY",
     R"PY(Module(body=[Expr(value=Constant(value=123456789012345678901234567890))], type_ignores=[]))PY"},
    {R"PY(0xFFFFFFFFFFFFFFFFFFFF)PY",
     R"PY(Module(body=[Expr(value=Constant(value=1208925819614629174706175))], type_ignores=[]))PY"},
    {R"PY(00)PY",
     R"PY(Module(body=[Expr(value=Constant(value=0))], type_ignores=[]))PY"},
    {R"PY(0e0)PY",
     R"PY(Module(body=[Expr(value=Constant(value=0.0))], type_ignores=[]))PY"},
    {R"PY(.5)PY",
     R"PY(Module(body=[Expr(value=Constant(value=0.5))], type_ignores=[]))PY"},
    {R"PY(5.)PY",
     R"PY(Module(body=[Expr(value=Constant(value=5.0))], type_ignores=[]))PY"},
    {R"PY(1_0.0_1e1_0)PY",
     R"PY(Module(body=[Expr(value=Constant(value=100100000000.0))], type_ignores=[]))PY"},
    {R"PY('a')PY",
     R"PY(Module(body=[Expr(value=Constant(value='a'))], type_ignores=[]))PY"},
    {R"PY("b")PY",
     R"PY(Module(body=[Expr(value=Constant(value='b'))], type_ignores=[]))PY"},
    {R"PY('''c''')PY",
     R"PY(Module(body=[Expr(value=Constant(value='c'))], type_ignores=[]))PY"},
    {R"PY("""d
e""")PY",
     R"PY(Module(body=[Expr(value=Constant(value='d\ne'))], type_ignores=[]))PY"},
    {R"PY('a' 'b')PY",
     R"PY(Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[]))PY"},
    {R"PY(u'x')PY",
     R"PY(Module(body=[Expr(value=Constant(value='x', kind='u'))], type_ignores=[]))PY"},
    {R"PY(r'\n')PY",
     R"PY(Module(body=[Expr(value=Constant(value='\\n'))], type_ignores=[]))PY"},
    {R"PY(b'abc')PY",
     R"PY(Module(body=[Expr(value=Constant(value=b'abc'))], type_ignores=[]))PY"},
    {R"PY(rb'\x00')PY",
     R"PY(Module(body=[Expr(value=Constant(value=b'\\x00'))], type_ignores=[]))PY"},
    {R"PY(Br'x')PY",
     R"PY(Module(body=[Expr(value=Constant(value=b'x'))], type_ignores=[]))PY"},
    {R"PY(b'\x00\n\t\\')PY",
     R"PY(Module(body=[Expr(value=Constant(value=b'\x00\n\t\\'))], type_ignores=[]))PY"},
    {R"PY('\x41\u0042\U00000043\101')PY",
     R"PY(Module(body=[Expr(value=Constant(value='ABCA'))], type_ignores=[]))PY"},
    {R"PY('\N{EM DASH}')PY",
     R"PY(Module(body=[Expr(value=Constant(value='—'))], type_ignores=[]))PY"},
    {R"PY('\d')PY",
     R"PY(Module(body=[Expr(value=Constant(value='\\d'))], type_ignores=[]))PY"},
    {R"PY('it''s')PY",
     R"PY(Module(body=[Expr(value=Constant(value='its'))], type_ignores=[]))PY"},
    {R"PY("it's")PY",
     R"PY(Module(body=[Expr(value=Constant(value="it's"))], type_ignores=[]))PY"},
    {R"PY('a\
b')PY",
     R"PY(Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[]))PY"},
    {R"PY('\ud800')PY",
     R"PY(Module(body=[Expr(value=Constant(value='\ud800'))], type_ignores=[]))PY"},
    {R"PY('é')PY",
     R"PY(Module(body=[Expr(value=Constant(value='é'))], type_ignores=[]))PY"},
    {R"PY('\xa0')PY",
     R"PY(Module(body=[Expr(value=Constant(value='\xa0'))], type_ignores=[]))PY"},
    {R"PY('\t\r\n')PY",
     R"PY(Module(body=[Expr(value=Constant(value='\t\r\n'))], type_ignores=[]))PY"},
    {R"PY(f'a')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='a')]))], type_ignores=[]))PY"},
    {R"PY(f'{x}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY(f'{x!r}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[]))PY"},
    {R"PY(f'{x!s:>10}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[]))PY"},
    {R"PY(f'{x:{w}.{p}}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1)]))]))], type_ignores=[]))PY"},
    {R"PY(f'{x=}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[]))PY"},
    {R"PY(f'{x = }')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[]))PY"},
    {R"PY(f'{x=!s}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[]))PY"},
    {R"PY(f'{x=:5}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='5')]))]))], type_ignores=[]))PY"},
    {R"PY(f'{{}}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}')]))], type_ignores=[]))PY"},
    {R"PY(f'a{b}c{d}e')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c'), FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1), Constant(value='e')]))], type_ignores=[]))PY"},
    {R"PY(f'{a}' 'b' f'{c}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY('a' f'b')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab')]))], type_ignores=[]))PY"},
    {R"PY(f'')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[]))PY"},
    {R"PY(F'{x}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY(rf'{x}\n')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\n')]))], type_ignores=[]))PY"},
    {R"PY(fr'\{x}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY(f'{"a"}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY(f'{x:}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[]))PY"},
    {R"PY(f'''{
x
}''')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY(f'{a!r:^{w}}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[]))PY"},
    {R"PY(f'{yield}')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Yield(), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY(None)PY",
     R"PY(Module(body=[Expr(value=Constant(value=None))], type_ignores=[]))PY"},
    {R"PY(True)PY",
     R"PY(Module(body=[Expr(value=Constant(value=True))], type_ignores=[]))PY"},
    {R"PY(False)PY",
     R"PY(Module(body=[Expr(value=Constant(value=False))], type_ignores=[]))PY"},
    {R"PY(...)PY",
     R"PY(Module(body=[Expr(value=Constant(value=Ellipsis))], type_ignores=[]))PY"},
    {R"PY(x = ...)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[]))PY"},
    {R"PY(print(1, end=''))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value=1)], keywords=[keyword(arg='end', value=Constant(value=''))]))], type_ignores=[]))PY"},
    {R"PY(match x:
    case 1:
        pass
    case -1 | 2.5 | 1+2j | -1-2j:
        pass
    case 'a' 'b':
        pass
    case None | True | False:
        pass
)PY",
     R"PY(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(value=Constant(value=2.5)), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Sub(), right=Constant(value=2j)))]), body=[Pass()]), match_case(pattern=MatchValue(value=Constant(value='ab')), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSingleton(value=True), MatchSingleton(value=False)]), body=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(match x:
    case [a, *rest]:
        pass
    case (a, b):
        pass
    case a, b:
        pass
    case []:
        pass
    case ():
        pass
    case [*_]:
        pass
)PY",
     R"PY(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchStar()]), body=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(match x:
    case {'a': 1, **rest}:
        pass
    case {1: _, K.x: y}:
        pass
    case {}:
        pass
)PY",
     R"PY(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[Constant(value='a')], patterns=[MatchValue(value=Constant(value=1))], rest='rest'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value=1), Attribute(value=Name(id='K', ctx=Load()), attr='x', ctx=Load())], patterns=[MatchAs(), MatchAs(name='y')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(match x:
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case a.b.C():
        pass
    case a.b:
        pass
    case _ if x > 1:
        pass
    case (1 | 2) as y:
        pass
    case y:
        pass
)PY",
     R"PY(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchValue(value=Constant(value=0))]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))], kwd_attrs=['z'], kwd_patterns=[MatchValue(value=Constant(value=3))]), body=[Pass()]), match_case(pattern=MatchClass(cls=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='C', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load())), body=[Pass()]), match_case(pattern=MatchAs(), guard=Compare(left=Name(id='x', ctx=Load()), ops=[Gt()], comparators=[Constant(value=1)]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='y'), body=[Pass()]), match_case(pattern=MatchAs(name='y'), body=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(match x, y:
    case 1, 2: pass
)PY",
     R"PY(Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), body=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(match = 1)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(match(x))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[]))PY"},
    {R"PY(match[x] = 1)PY",
     R"PY(Module(body=[Assign(targets=[Subscript(value=Name(id='match', ctx=Load()), slice=Name(id='x', ctx=Load()), ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(match.x)PY",
     R"PY(Module(body=[Expr(value=Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(case = 1)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(_ = 1)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(match x:
    case [1, 2,]: pass
)PY",
     R"PY(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), body=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(match -x:
 case 1: pass
)PY",
     R"PY(Module(body=[Match(subject=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load())), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(a = b = yield)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Yield())], type_ignores=[]))PY"},
    {R"PY(x = *a, *b)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(print(*a))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[]))], type_ignores=[]))PY"},
    {R"PY(x = 1;)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(x = 1; y = 2)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[]))PY"},
    {R"PY(if x: pass
)PY",
     R"PY(Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))PY"},
    {R"PY(if x: a; b
)PY",
     R"PY(Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[]))PY"},
    {R"PY(def f():
    global x
    nonlocal y
)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['x']), Nonlocal(names=['y'])], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(a[b][c].d(e)[f])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Call(func=Attribute(value=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()), args=[Name(id='e', ctx=Load())], keywords=[]), slice=Name(id='f', ctx=Load()), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a.b[c](d).e)PY",
     R"PY(Module(body=[Expr(value=Attribute(value=Call(func=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), attr='e', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x = -1)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=Constant(value=1)))], type_ignores=[]))PY"},
    {R"PY(x = not a == b)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[]))PY"},
    {R"PY(x = a if b else c if d else e)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[]))PY"},
    {R"PY(lambda: (yield))PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[]))PY"},
    {R"PY(x = [*a, *b])PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x = (*a,))PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(f(**a, **b))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Name(id='a', ctx=Load())), keyword(value=Name(id='b', ctx=Load()))]))], type_ignores=[]))PY"},
    {R"PY(f(a)[b] = c)PY",
     R"PY(Module(body=[Assign(targets=[Subscript(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), slice=Name(id='b', ctx=Load()), ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a, *b, c = d)PY",
     R"PY(Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(# comment
x = 1  # trailing
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(x = (1 +
     2))PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[]))PY"},
    {R"PY(x = 1 + \
    2)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[]))PY"},
    {R"PY(


x = 1


)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(if x:
    # comment

    y
)PY",
     R"PY(Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])], type_ignores=[]))PY"},
    {R"PY(if x:
	y
)PY",
     R"PY(Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])], type_ignores=[]))PY"},
    {R"PY(class A:
    def f(self):
        return 1
    x = 2
)PY",
     R"PY(Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1))], decorator_list=[]), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=2))], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(x = {**a, 'b': 1})PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)]))], type_ignores=[]))PY"},
    {R"PY(x = {'a': 1, 'b': 2,})PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value='a'), Constant(value='b')], values=[Constant(value=1), Constant(value=2)]))], type_ignores=[]))PY"},
    {R"PY(global x)PY",
     R"PY(Module(body=[Global(names=['x'])], type_ignores=[]))PY"},
    {R"PY(x = [i for i in range(10) if i % 2])PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), ifs=[BinOp(left=Name(id='i', ctx=Load()), op=Mod(), right=Constant(value=2))], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY(assert (a, b))PY",
     R"PY(Module(body=[Assert(test=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x = a.b.c.d.e)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), attr='d', ctx=Load()), attr='e', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x = a().b().c())PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Attribute(value=Call(func=Attribute(value=Call(func=Name(id='a', ctx=Load()), args=[], keywords=[]), attr='b', ctx=Load()), args=[], keywords=[]), attr='c', ctx=Load()), args=[], keywords=[]))], type_ignores=[]))PY"},
    {R"PY(y = x[1:2, ::3, ...])PY",
     R"PY(Module(body=[Assign(targets=[Name(id='y', ctx=Store())], value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Constant(value=Ellipsis)], ctx=Load()), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(z = (a, b)[0])PY",
     R"PY(Module(body=[Assign(targets=[Name(id='z', ctx=Store())], value=Subscript(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), slice=Constant(value=0), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(def f(a, b, /): pass)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(def f(*, a=1, b): pass)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(def f(a, *, b=1, **c): pass)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='c'), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(async def f(): return [x async for x in y])PY",
     R"PY(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(async def f():
    return await x
)PY",
     R"PY(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Await(value=Name(id='x', ctx=Load())))], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(x = 'a' \
 'b')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[]))PY"},
    {R"PY(s = '''
abc
''')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='\nabc\n'))], type_ignores=[]))PY"},
    {R"PY(t = u'\u00e9')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='t', ctx=Store())], value=Constant(value='é', kind='u'))], type_ignores=[]))PY"},
    {R"PY(x = b'\777')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\xff'))], type_ignores=[]))PY"},
    {R"PY(x = '\777')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ǿ'))], type_ignores=[]))PY"},
    {R"PY(x = 1if 1else 2)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Constant(value=1), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[]))PY"},
    {R"PY(x = [0x1for x in y])PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[BoolOp(op=Or(), values=[Constant(value=31), Compare(left=Name(id='x', ctx=Load()), ops=[In()], comparators=[Name(id='y', ctx=Load())])])], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x = 1 < 2 < 3)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Constant(value=1), ops=[Lt(), Lt()], comparators=[Constant(value=2), Constant(value=3)]))], type_ignores=[]))PY"},
    {R"PY(f(a, b, c=1,))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1))]))], type_ignores=[]))PY"},
    {R"PY(f(
  a,
  b,
))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[]))PY"},
    {R"PY(x = (  # comment
  1))PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(del a[1:2])PY",
     R"PY(Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Del())])], type_ignores=[]))PY"},
    {R"PY(del a.b, c[0])PY",
     R"PY(Module(body=[Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Del()), Subscript(value=Name(id='c', ctx=Load()), slice=Constant(value=0), ctx=Del())])], type_ignores=[]))PY"},
    {R"PY(for [a, b] in c: pass)PY",
     R"PY(Module(body=[For(target=List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))PY"},
    {R"PY(with a as b.c: pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Store()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with a as b[0]: pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Store()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with a as [b, c]: pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=List(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(try:
    pass
except (A, B):
    pass
)PY",
     R"PY(Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))PY"},
    {R"PY(try:
    pass
except A:
    pass
else:
    pass
)PY",
     R"PY(Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='A', ctx=Load()), body=[Pass()])], orelse=[Pass()], finalbody=[])], type_ignores=[]))PY"},
    {R"PY(if a:
    pass
elif b:
    pass
)PY",
     R"PY(Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[])])], type_ignores=[]))PY"},
    {R"PY(while 1:
    if a: break
)PY",
     R"PY(Module(body=[While(test=Constant(value=1), body=[If(test=Name(id='a', ctx=Load()), body=[Break()], orelse=[])], orelse=[])], type_ignores=[]))PY"},
    {R"PY(@property
def f(self): pass)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='property', ctx=Load())])], type_ignores=[]))PY"},
    {R"PY(@a.b.c
def f(): pass)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())])], type_ignores=[]))PY"},
    {R"PY(@(lambda f: f)
def g(): pass)PY",
     R"PY(Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load()))])], type_ignores=[]))PY"},
    {R"PY(@x[0]
class A: pass)PY",
     R"PY(Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Load())])], type_ignores=[]))PY"},
    {R"PY(class A(B):
    '''doc'''
)PY",
     R"PY(Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[], body=[Expr(value=Constant(value='doc'))], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(def f():
    '''doc'''
    return
)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value='doc')), Return()], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(x: list[int] = [])PY",
     R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='int', ctx=Load()), ctx=Load()), value=List(elts=[], ctx=Load()), simple=1)], type_ignores=[]))PY"},
    {R"PY(a.b: int = 1)PY",
     R"PY(Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[]))PY"},
    {R"PY(x = 10**-2)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=10), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=2))))], type_ignores=[]))PY"},
    {R"PY(x = 2**3**2)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=2), op=Pow(), right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=2))))], type_ignores=[]))PY"},
    {R"PY(x = -2**2)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[]))PY"},
    {R"PY(x = ~~x)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Invert(), operand=UnaryOp(op=Invert(), operand=Name(id='x', ctx=Load()))))], type_ignores=[]))PY"},
    {R"PY(x = not -x)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load()))))], type_ignores=[]))PY"},
    {R"PY(x = a @ b)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=MatMult(), right=Name(id='b', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(x = a // b % c)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=FloorDiv(), right=Name(id='b', ctx=Load())), op=Mod(), right=Name(id='c', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(x = f'{x!a}')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=97)]))], type_ignores=[]))PY"},
    {R"PY(x = 'a' 'b' 'c')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))], type_ignores=[]))PY"},
    {R"PY(x = b'a' b'b')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'ab'))], type_ignores=[]))PY"},
    {R"PY(x = 1 if 2 else 3)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Constant(value=2), body=Constant(value=1), orelse=Constant(value=3)))], type_ignores=[]))PY"},
    {R"PY(lambda *a, **k: 0)PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0)))], type_ignores=[]))PY"},
    {R"PY(lambda a=1, *, b=2: 0)PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b')], kw_defaults=[Constant(value=2)], defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[]))PY"},
    {R"PY(lambda *a, b: 0)PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[arg(arg='b')], kw_defaults=[None], defaults=[]), body=Constant(value=0)))], type_ignores=[]))PY"},
    {R"PY(x = [[1, 2], [3]])PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), List(elts=[Constant(value=3)], ctx=Load())], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x = {1: {2: 3}})PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1)], values=[Dict(keys=[Constant(value=2)], values=[Constant(value=3)])]))], type_ignores=[]))PY"},
    {R"PY(from a import b as c, d as e)PY",
     R"PY(Module(body=[ImportFrom(module='a', names=[alias(name='b', asname='c'), alias(name='d', asname='e')], level=0)], type_ignores=[]))PY"},
    {R"PY(import a as b)PY",
     R"PY(Module(body=[Import(names=[alias(name='a', asname='b')])], type_ignores=[]))PY"},
    {R"PY(from .a.b import c)PY",
     R"PY(Module(body=[ImportFrom(module='a.b', names=[alias(name='c')], level=1)], type_ignores=[]))PY"},
    {R"PY(x = (yield))PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[]))PY"},
    {R"PY(def f():
    return (yield)
)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Yield())], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(x = [(yield)])PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Yield()], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(é = 1)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='é', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(x = é)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Name(id='é', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x = '€')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='€'))], type_ignores=[]))PY"},
    {R"PY(x = '😀')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='😀'))], type_ignores=[]))PY"},
    {R"PY(x = '\U0001F600')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='😀'))], type_ignores=[]))PY"},
    {R"PY(x = 1.0)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.0))], type_ignores=[]))PY"},
    {R"PY(x = 3.14159)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=3.14159))], type_ignores=[]))PY"},
    {R"PY(x = 1e-5)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e-05))], type_ignores=[]))PY"},
    {R"PY(x = 1e-4)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.0001))], type_ignores=[]))PY"},
    {R"PY(x = 1e16)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e+16))], type_ignores=[]))PY"},
    {R"PY(x = 1e15)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1000000000000000.0))], type_ignores=[]))PY"},
    {R"PY(x = 123.456e7)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1234560000.0))], type_ignores=[]))PY"},
    {R"PY(x = 0.1)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.1))], type_ignores=[]))PY"},
    {R"PY(x = 1/3)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Div(), right=Constant(value=3)))], type_ignores=[]))PY"},
    {R"PY(x = 5e-324)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=5e-324))], type_ignores=[]))PY"},
    {R"PY(x = 1.7976931348623157e308)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.7976931348623157e+308))], type_ignores=[]))PY"},
    {R"PY(x = 10j)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=10j))], type_ignores=[]))PY"},
    {R"PY(x = 1.5e20j)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.5e+20j))], type_ignores=[]))PY"},
    {R"PY(x = 0j)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0j))], type_ignores=[]))PY"},
};

class ParserGolden : public ::testing::TestWithParam<Golden> {};

TEST_P(ParserGolden, MatchesCPythonDump) {
    const Golden& g = GetParam();
    EXPECT_EQ(dump_or_error(g.source), g.expected) << "source: " << g.source;
}

INSTANTIATE_TEST_SUITE_P(AllForms, ParserGolden, ::testing::ValuesIn(kCases));

const Golden kSpanCases[] = {
    {R"PY(x = 1)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[]))PY"},
    {R"PY(a.b.c(d)[e])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), attr='c', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), args=[Name(id='d', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), slice=Name(id='e', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
    {R"PY(if (n := len(a)) > 10: pass)PY",
     R"PY(Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), value=Call(func=Name(id='len', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], keywords=[], lineno=1, col_offset=9, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), ops=[Gt()], comparators=[Constant(value=10, lineno=1, col_offset=19, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=21), body=[Pass(lineno=1, col_offset=23, end_lineno=1, end_col_offset=27)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[]))PY"},
    {R"PY(def f(a, *b, c=1, **d) -> int:
    return a
)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], vararg=arg(arg='b', lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), kwonlyargs=[arg(arg='c', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], kw_defaults=[Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], kwarg=arg(arg='d', lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), defaults=[]), body=[Return(value=Name(id='a', ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=4, end_lineno=2, end_col_offset=12)], decorator_list=[], returns=Name(id='int', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)], type_ignores=[]))PY"},
    {R"PY(class A(B):
    x = 1
)PY",
     R"PY(Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], keywords=[], body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=9)], type_ignores=[]))PY"},
    {R"PY(x = (1 +
     2))PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Constant(value=2, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=1, col_offset=5, end_lineno=2, end_col_offset=6), lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)], type_ignores=[]))PY"},
    {R"PY(f'''
{x+
1}''')PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='\n', lineno=1, col_offset=0, end_lineno=3, end_col_offset=5), FormattedValue(value=BinOp(left=Name(id='x', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), op=Add(), right=Constant(value=1, lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), lineno=2, col_offset=1, end_lineno=3, end_col_offset=1), conversion=-1, lineno=1, col_offset=0, end_lineno=3, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=5), lineno=1, col_offset=0, end_lineno=3, end_col_offset=5)], type_ignores=[]))PY"},
    {R"PY(try:
    pass
except E as e:
    pass
)PY",
     R"PY(Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], orelse=[], finalbody=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[]))PY"},
    {R"PY(match x:
    case [1, *r] | {'k': v} if v:
        pass
    case (1 | 2) as y:
        pass
)PY",
     R"PY(Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='r', lineno=2, col_offset=13, end_lineno=2, end_col_offset=15)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=16), MatchMapping(keys=[Constant(value='k', lineno=2, col_offset=20, end_lineno=2, end_col_offset=23)], patterns=[MatchAs(name='v', lineno=2, col_offset=25, end_lineno=2, end_col_offset=26)], lineno=2, col_offset=19, end_lineno=2, end_col_offset=27)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=27), guard=Name(id='v', ctx=Load(), lineno=2, col_offset=31, end_lineno=2, end_col_offset=32), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1, lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), MatchValue(value=Constant(value=2, lineno=4, col_offset=14, end_lineno=4, end_col_offset=15), lineno=4, col_offset=14, end_lineno=4, end_col_offset=15)], lineno=4, col_offset=10, end_lineno=4, end_col_offset=15), name='y', lineno=4, col_offset=9, end_lineno=4, end_col_offset=21), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=12)], type_ignores=[]))PY"},
    {R"PY(with (a as b, c): pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15))], body=[Pass(lineno=1, col_offset=18, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[]))PY"},
    {R"PY(lambda x: x)PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='x', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
    {R"PY(@d
def f(): pass
)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=2, col_offset=9, end_lineno=2, end_col_offset=13)], decorator_list=[Name(id='d', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=13)], type_ignores=[]))PY"},
    {R"PY(import a.b as c
from . import (d,)
)PY",
     R"PY(Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=7, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), ImportFrom(names=[alias(name='d', lineno=2, col_offset=15, end_lineno=2, end_col_offset=16)], level=1, lineno=2, col_offset=0, end_lineno=2, end_col_offset=18)], type_ignores=[]))PY"},
    {R"PY(x = [i for i in range(3)])PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=ListComp(elt=Name(id='i', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), iter=Call(func=Name(id='range', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=21), args=[Constant(value=3, lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], keywords=[], lineno=1, col_offset=16, end_lineno=1, end_col_offset=24), ifs=[], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)], type_ignores=[]))PY"},
    {R"PY((yield))PY",
     R"PY(Module(body=[Expr(value=Yield(lineno=1, col_offset=1, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))PY"},
    {R"PY(a[1:2, ::3])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))PY"},
    {R"PY(é = 'é')PY",
     R"PY(Module(body=[Assign(targets=[Name(id='é', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], value=Constant(value='é', lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))PY"},
};

class ParserSpans : public ::testing::TestWithParam<Golden> {};

TEST_P(ParserSpans, MatchesCPythonPositions) {
    const Golden& g = GetParam();
    EXPECT_EQ(dump_or_error(g.source, true), g.expected) << "source: " << g.source;
}

INSTANTIATE_TEST_SUITE_P(Positions, ParserSpans, ::testing::ValuesIn(kSpanCases));

TEST(Parser, FStringWithManyFieldsIsLinear) {
    std::string src = "x = f'";
    for (int i = 0; i < 20000; ++i)
        src += "{a}\\n";
    src += "'\n";
    auto r = parse_module(src, "<test>");
    ASSERT_TRUE(r.ok()) << r.error().message;
    auto* j = ast::cast<ast::JoinedStr>(ast::cast<ast::Assign>(r.value().root->body[0])->value);
    EXPECT_EQ(j->values.size(), 40000u);
}

TEST(Parser, EvalMode) {
    auto r = parse_expression("a + b  \n\n", "<test>");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(ast::dump(*r.value().root),
              "Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())))");
    auto t = parse_expression("1, 2", "<test>");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(ast::dump(*t.value().root), "Expression(body=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))");
    EXPECT_FALSE(parse_expression("x = 1", "<test>").ok());
    EXPECT_FALSE(parse_expression("  a", "<test>").ok()); // CPython: unexpected indent (eval() strips first)
}

TEST(Parser, InteractiveMode) {
    auto r = parse_interactive("if x:\n    y\n", "<test>");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(ast::dump(*r.value().root),
              "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], "
              "orelse=[])])");
    auto two = parse_interactive("x = 1; y = 2\n", "<test>");
    ASSERT_TRUE(two.ok());
    EXPECT_EQ(two.value().root->body.size(), 2u);
    auto bad = parse_interactive("x = 1\ny = 2\n", "<test>");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message, "multiple statements found while compiling a single statement");
}

TEST(Parser, ConstantRepresentation) {
    auto r = parse_module("0xFF_FF\n123456789012345678901234567890\n'\\ud800x'\nb'\\xff'\n1.5j\n", "<test>");
    ASSERT_TRUE(r.ok());
    auto& body = r.value().root->body;
    auto value = [&](size_t i) -> const ast::ConstantValue& {
        return ast::cast<ast::Constant>(ast::cast<ast::ExprStmt>(body[i])->value)->value;
    };
    EXPECT_EQ(value(0).kind, ast::ConstantKind::Int);
    EXPECT_EQ(value(0).text, "ffff");
    EXPECT_EQ(value(0).int_base, 16);
    EXPECT_EQ(value(0).int_value, 65535);
    EXPECT_EQ(value(1).text, "123456789012345678901234567890");
    EXPECT_FALSE(value(1).int_value.has_value());
    EXPECT_EQ(value(2).kind, ast::ConstantKind::Str);
    std::u32string lone_surrogate;
    lone_surrogate += char32_t(0xD800);
    lone_surrogate += U'x';
    EXPECT_EQ(value(2).str, lone_surrogate);
    EXPECT_EQ(value(3).kind, ast::ConstantKind::Bytes);
    EXPECT_EQ(value(3).text, std::string("\xff"));
    EXPECT_EQ(value(4).kind, ast::ConstantKind::Imaginary);
    EXPECT_DOUBLE_EQ(value(4).float_value, 1.5);
}

TEST(Parser, ResultIsMovableAndNodesStay) {
    auto r = parse_module("x = [1, 2, 3]\n", "<test>");
    ASSERT_TRUE(r.ok());
    ParsedModule a = std::move(r).value();
    ast::Module* root = a.root;
    ParsedModule b = std::move(a);
    EXPECT_EQ(b.root, root);
    EXPECT_EQ(ast::dump(*b.root),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), "
              "Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[])");
}

} // namespace
} // namespace bastion::parse
