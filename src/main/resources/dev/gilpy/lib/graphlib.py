"""Topological sorting of a graph of hashable nodes (TopologicalSorter, CycleError)."""

__all__ = ["TopologicalSorter", "CycleError"]


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists it, its first node repeated at the end."""


class _Node:
    __slots__ = ('name', 'waiting_on', 'successors', 'state')

    def __init__(self, name):
        self.name = name
        self.waiting_on = 0      # predecessors not yet done
        self.successors = []
        self.state = 'new'       # 'new' -> 'ready' (given out by get_ready) -> 'done'


class TopologicalSorter:
    """Orders nodes so that each comes after its predecessors; get_ready()/done() let the work on
    independent nodes proceed in parallel."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._queue = None
        self._given_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _node(self, name):
        node = self._nodes.get(name)
        if node is None:
            node = self._nodes[name] = _Node(name)
        return node

    def add(self, node, *predecessors):
        """Adds node, with edges from each predecessor to it (nodes are created as needed)."""
        if self._queue is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        entry = self._node(node)
        entry.waiting_on += len(predecessors)
        for name in predecessors:
            self._node(name).successors.append(node)

    def prepare(self):
        """Checks the graph for cycles (CycleError) and makes the first nodes ready."""
        if self._queue is not None:
            raise ValueError("cannot prepare() more than once")
        self._queue = [n.name for n in self._nodes.values() if n.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done, not given out before (a tuple, maybe empty)."""
        if self._queue is None:
            raise ValueError("prepare() must be called first")
        ready = tuple(self._queue)
        for name in ready:
            self._nodes[name].state = 'ready'
        self._given_out += len(ready)
        self._queue = []
        return ready

    def is_active(self):
        """True while some node is ready or given out and not done."""
        if self._queue is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._given_out or bool(self._queue)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes given out by get_ready() as processed, which may make their successors ready."""
        if self._queue is None:
            raise ValueError("prepare() must be called first")
        for name in nodes:
            entry = self._nodes.get(name)
            if entry is None:
                raise ValueError(f"node {name!r} was not added using add()")
            if entry.state == 'new':
                raise ValueError(f"node {name!r} was not passed out (still not ready)")
            if entry.state == 'done':
                raise ValueError(f"node {name!r} was already marked done")
            entry.state = 'done'
            for successor in entry.successors:
                following = self._nodes[successor]
                following.waiting_on -= 1
                if following.waiting_on == 0:
                    self._queue.append(successor)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first along successor edges, from each node in the order they were added; meeting a node
        # that is on the current path closes a cycle.
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = [start]
            on_path = {start: 0}
            branches = [iter(self._nodes[start].successors)]
            visited.add(start)
            while branches:
                following = next(branches[-1], _END)
                if following is _END:
                    del on_path[path.pop()]
                    branches.pop()
                    continue
                if following in on_path:
                    return path[on_path[following]:] + [following]
                if following in visited:
                    continue
                visited.add(following)
                on_path[following] = len(path)
                path.append(following)
                branches.append(iter(self._nodes[following].successors))
        return None

    def static_order(self):
        """All nodes, each after its predecessors (raises CycleError for a cyclic graph)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_END = object()
