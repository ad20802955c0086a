# LOAD_NAME / STORE_NAME with namespaces that are not the module's exact dict: class
# bodies (their own namespace, then globals, then builtins), exec with a dict subclass or
# another mapping as locals (always the generic protocol), and keys that collide with names.
label = "module label"


def make(n):
    class C:
        out = []
        for i in range(n):
            out.append(label)
            if i == 1:
                label = "class label"
            if i == 3:
                del label
        out.append(len(out))
    return C


print(make(5).out)


class Ns(dict):
    def __missing__(self, key):
        if key.startswith("undefined") or key.startswith("nothing"):
            return "missing:" + key
        raise KeyError(key)

    def __getitem__(self, key):
        self.reads = getattr(self, "reads", 0) + 1
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        super().__setitem__(key, ("wrapped", value))


loc = Ns()
code = compile("for j in range(3):\n    y = j\nz = (y, undefined_name)\n", "<ns>", "exec")
exec(code, {}, loc)
print(sorted(loc.items(), key=repr), loc.reads)


class Mapping:
    def __init__(self):
        self.data = {"k": 1}

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.data[key] = value * 2


m = Mapping()
exec("for q in range(3):\n    k = k + q\nr = abs(-k)\n", {}, m)
print(m.data)


# A class whose metaclass __prepare__ returns a dict subclass.
class Prepared(dict):
    def __missing__(self, key):
        if key.startswith("nothing"):
            return "missing:" + key
        raise KeyError(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Prepared()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class D(metaclass=Meta):
    a = 1
    b = a
    c = nothing_here

print(D.a, D.b, D.c)

# Keys that share a name's hash: a small int and a float in the module namespace.
w = "w value"
globals()[hash("w")] = "int key"
globals()[float(hash("w") % 1000)] = "float key"
for _ in range(3):
    print(w, end=" ")
print()


class S(str):
    pass


# A str subclass key equal to an existing name: the name keeps its entry.
globals()[S("w")] = "via subclass"
print(w)

# Names stored through STORE_NAME while another reference reads the dict.
ns = {}
exec("a = 1\nb = a + 1\na = b * 10\nc = [a, b]\n", ns)
print(ns["a"], ns["b"], ns["c"])
