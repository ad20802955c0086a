# A stack-based expression evaluator (shunting-yard) and a list-backed queue.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def peek(self):
        return self.items[-1]
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}
def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch in "0123456789":
            num += ch
        else:
            if num:
                tokens.append(int(num))
                num = ""
            if ch in PREC or ch in "()":
                tokens.append(ch)
    if num:
        tokens.append(int(num))
    return tokens
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if type(t) is int:
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
    while ops:
        out.append(ops.pop())
    return out
def evaluate(rpn):
    s = Stack()
    for t in rpn:
        if type(t) is int:
            s.push(t)
        else:
            b, a = s.pop(), s.pop()
            if t == "+": s.push(a + b)
            elif t == "-": s.push(a - b)
            elif t == "*": s.push(a * b)
            elif t == "/": s.push(a // b)
            else: s.push(a % b)
    return s.pop()
for e in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 4", "2 * (3 + 4) * (5 - 1)", "10 - 4 - 3"]:
    rpn = to_rpn(tokenize(e))
    print(e, "=>", rpn, "=", evaluate(rpn))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
queue = []
for i in range(5):
    queue.append(i * 10)
served = []
while queue:
    served.append(queue.pop(0))
    if len(served) == 2:
        queue.append(99)
print(served)
