# Matrix multiply, transpose, identity and power with nested lists.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]
def transpose(a):
    return [[row[j] for row in a] for j in range(len(a[0]))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(transpose(A))
print(matmul(identity(2), [[5, 6], [7, 8]]))
fibm = matpow([[1, 1], [1, 0]], 50)
print(fibm[0][1])
def show(m):
    for row in m:
        print(" ".join([f"{v:>4}" for v in row]))
show(matmul(B, A))
F = [[0.5, 1.5], [2.0, -1.0]]
print(matmul(F, F))
