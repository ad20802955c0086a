# PEP 563 in nested scopes: methods, nested functions, lambdas' enclosing defs, class
# bodies referencing undefined names, and dataclasses reading string annotations.
from __future__ import annotations
from dataclasses import dataclass, fields


class Tree:
    children: list[Tree]
    parent: Tree | None = None

    def add(self, child: Tree, *, index: int = -1) -> Tree:
        def inner(x: NotDefinedAnywhere[int]) -> dict[str, 'Tree']:
            return x
        self.inner_annotations = inner.__annotations__
        return child


t = Tree()
t.add(Tree())
print(Tree.__annotations__, Tree.add.__annotations__, t.inner_annotations)


@dataclass
class Config:
    name: str
    retries: int = 3
    tags: list[str] | None = None


print(Config('x'), [(f.name, f.type) for f in fields(Config)])


def outer():
    local_type = int

    def f(a: local_type, b: 'quoted') -> local_type | None:
        pass
    return f.__annotations__


print(outer())
value: Undefined = 5
print(__annotations__, value)
print((lambda: None).__annotations__ if hasattr(lambda: None, '__annotations__') else {})
