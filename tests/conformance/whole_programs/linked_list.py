class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for idx, v in enumerate(self):
            if idx == i:
                return v
        raise IndexError("LinkedList index out of range")

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1])
ll.push(0)
ll.reverse()
print(ll, list(ll), sum(ll), 3 in ll, 9 in ll)
print(ll.pop(), ll.pop(), ll)
try:
    ll[10]
except IndexError as e:
    print(e)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print(e)
print([x * 2 for x in ll], sorted(ll, reverse=True))
