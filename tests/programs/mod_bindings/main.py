# `from m import x` binds the importer's own name to the value x has then (m
# rebinding x later does not change it); re-exports; modules as values.
import counter
import counter as same
import relay
from counter import count, step, items
from relay import total as relayed, count as relay_count


def show() -> str:
    return f"{count} {counter.count} {relayed} {relay_count} {len(items)}"


print("start", show(), same is counter, relay is not counter, counter is same)
step()
step()
print("after steps", show(), count, counter.count, items, counter.items is items)
count = 100
print("rebound", show(), counter.count)


def late() -> int:
    from counter import count as now
    return now


print("late", late(), relay.snapshot(), relay.total)
