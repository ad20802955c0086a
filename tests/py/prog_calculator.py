# A recursive-descent calculator: tokenizer with re, parser building an AST of classes,
# evaluation with variables, error reporting with custom exceptions.
import re
from dataclasses import dataclass

TOKEN = re.compile(r'\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/%()=]))')


class CalcError(Exception):
    pass


def tokenize(text):
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise CalcError(f'bad character {text[pos]!r} at {pos}')
        num, name, op = m.groups()
        out.append(('num', float(num) if '.' in num else int(num)) if num else ('name', name) if name else ('op', op))
        pos = m.end()
    return out


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Neg:
    operand: object


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else ('eof', None)

    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise CalcError(f'expected {value or kind}, got {tok[1]!r}')
        self.i += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            node = BinOp(self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in (('op', '*'), ('op', '/'), ('op', '%')):
            node = BinOp(self.take()[1], node, self.factor())
        return node

    def factor(self):
        if self.peek() == ('op', '-'):
            self.take()
            return Neg(self.factor())
        base = self.atom()
        if self.peek() == ('op', '**'):
            self.take()
            return BinOp('**', base, self.factor())
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == 'num':
            self.take()
            return Num(value)
        if kind == 'name':
            self.take()
            return Var(value)
        if (kind, value) == ('op', '('):
            self.take()
            node = self.expr()
            self.take('op', ')')
            return node
        raise CalcError(f'unexpected {value!r}')


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            if n not in env:
                raise CalcError(f'unknown variable {n}')
            return env[n]
        case Neg(operand=o):
            return -evaluate(o, env)
        case BinOp(op='/', right=r) if evaluate(r, env) == 0:
            raise CalcError('division by zero')
        case BinOp(op=op, left=l, right=r):
            a, b = evaluate(l, env), evaluate(r, env)
            return {'+': a + b, '-': a - b, '*': a * b, '/': a / b if b else 0, '%': a % b if b else 0,
                    '**': a ** b}[op]


env = {}
for line in ['x = 3', 'y = x ** 2 ** 2 - 1', '(x + y) * -2', 'y / (x - 3)', '10 % 4 + 2.5', 'z + 1',
             '3 $ 4', '(1 + 2', '2 ** 0.5', 'x = x * 10', 'x']:
    try:
        if '=' in line:
            name, rhs = line.split('=', 1)
            env[name.strip()] = evaluate(Parser(tokenize(rhs)).expr(), env)
            print(f'{name.strip()} := {env[name.strip()]!r}')
        else:
            p = Parser(tokenize(line))
            tree = p.expr()
            if p.peek()[0] != 'eof':
                raise CalcError('trailing input')
            print(f'{line} -> {evaluate(tree, env)!r}')
    except CalcError as e:
        print(f'{line} !! {e}')
print(Parser(tokenize('1 + 2 * x')).expr())
