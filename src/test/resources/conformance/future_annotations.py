# from __future__ import annotations: annotations are not evaluated at definition
from __future__ import annotations
def f(x: UndefinedType, y: int = 3) -> AlsoUndefined:
    return x * y
print(f(2))
class Node:
    next: Node | None
    def __init__(self, value: int, nxt: Node | None = None) -> None:
        self.value = value
        self.next = nxt
    def values(self) -> list[int]:
        out = []
        node: Node | None = self
        while node is not None:
            out.append(node.value)
            node = node.next
        return out
print(Node(1, Node(2, Node(3))).values())
print(f.__annotations__)
print(Node.__init__.__annotations__["nxt"])
x: SomethingUnknown = 5
print(x)
