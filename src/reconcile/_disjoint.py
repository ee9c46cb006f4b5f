"""Disjoint sets (union-find) whose groups are named by their smallest member.

Analysts' ``same`` decisions join claims, questions and events into groups; the name of
a group must not depend on the order the decisions were written in, so each group is
named by its smallest member.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar

__all__ = ["DisjointSets"]


class _Ordered(Hashable, Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


T = TypeVar("T", bound=_Ordered)


class DisjointSets(Generic[T]):
    """Groups of items joined pairwise, each named by its smallest member.

    Examples:
        >>> groups = DisjointSets(["c", "b", "a"])
        >>> groups.union("c", "b"), groups.union("b", "a")
        ('b', 'a')
        >>> groups.find("c"), "d" in groups
        ('a', False)
    """

    __slots__ = ("_parent",)

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {item: item for item in items}

    def __contains__(self, item: object) -> bool:
        return item in self._parent

    def __iter__(self) -> Iterator[T]:
        """Every item seen, in the order first seen."""
        return iter(list(self._parent))

    def find(self, item: T) -> T:
        """The name of ``item``'s group; an item not seen before is a group of its own."""
        parent = self._parent
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]  # halve the path: later finds are quicker
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> T:
        """Join the groups of ``a`` and ``b``; the smaller name names the whole."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        low, high = (ra, rb) if ra < rb else (rb, ra)
        self._parent[high] = low
        return low
