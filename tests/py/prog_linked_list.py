# A singly linked list class: append, prepend, find, remove, reverse, iterate by hand.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1
    def to_list(self):
        out = []
        cur = self.head
        while cur:
            out.append(cur.value)
            cur = cur.next
        return out
    def find(self, value):
        cur, index = self.head, 0
        while cur:
            if cur.value == value:
                return index
            cur, index = cur.next, index + 1
        return -1
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __str__(self):
        return " -> ".join([str(v) for v in self.to_list()]) or "(empty)"
ll = LinkedList()
print(ll)
for v in [3, 4, 5]:
    ll.append(v)
ll.prepend(2)
ll.prepend(1)
print(ll, ll.size)
print(ll.find(4), ll.find(9))
print(ll.remove(1), ll.remove(5), ll.remove(42), ll)
ll.reverse()
print(ll, ll.size, ll.to_list())
big = LinkedList()
for i in range(2000):
    big.prepend(i)
print(big.size, big.to_list()[:3], big.find(0))
