"""A thread-safe store of the entries used most recently, within a budget of summed sizes.

>>> cache = LRU(2)
>>> cache.put("a", 1, 1); cache.put("b", 2, 1); cache.put("c", 3, 1)
>>> cache.get("a") is None, cache.get("c")
(True, 3)
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any


class LRU:
    """Entries kept most recently used first, within a budget of summed sizes."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._entries: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        self._used = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: Any) -> bool:
        return key in self._entries

    def get(self, key: Any) -> Any:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
            return entry[0]

    def resize(self, budget: int) -> None:
        """Keep at most ``budget`` (sizes summed) from now on, the least recently used going first."""
        with self._lock:
            self.budget = budget
            self._shrink()

    def _shrink(self) -> None:
        while self._used > self.budget and self._entries:
            _, (_, dropped) = self._entries.popitem(last=False)
            self._used -= dropped

    def put(self, key: Any, value: Any, size: int) -> None:
        size = max(1, size)
        if size > self.budget:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._used -= old[1]
            self._entries[key] = (value, size)
            self._used += size
            self._shrink()
