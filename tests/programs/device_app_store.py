# An application that takes its devices (docs/devices.md): unicc generates
# its main module from the target's device table (here console, a RAM block
# device and an in-memory key-value store, deterministic on every target),
# and `unicc run --target python` runs the same generated module.
from unicc_devices import KV, Block, Console


def save(disk: Block, store: KV, name: str, data: bytes) -> None:
    """Append data to the disk, whole sectors, and index it by name."""
    size = disk.sector_size()
    used = len(store.keys())
    count = (len(data) + size - 1) // size
    padded = data + bytes(count * size - len(data))
    disk.write(used * 4, padded)
    store.put(name, f"{used * 4}:{count}:{len(data)}".encode())


def load(disk: Block, store: KV, name: str) -> bytes:
    entry = store.get(name)
    if entry is None:
        raise KeyError(name)
    start, count, length = [int(x) for x in entry.decode().split(":")]
    return disk.read(start, count)[:length]


def main(console: Console, disk: Block, store: KV) -> None:
    console.log(f"disk: {disk.sectors()} sectors of {disk.sector_size()} bytes")
    save(disk, store, "greeting", b"hello, block device")
    save(disk, store, "numbers", bytes(range(200)) * 3)
    for k in store.keys():
        data = load(disk, store, k)
        console.log(f"{k}: {len(data)} bytes, {data[:8].hex()}...")
    store.delete("greeting")
    console.write(f"after delete: {store.keys()}\n")
    try:
        disk.read(disk.sectors() - 1, 2)
    except ValueError as e:
        console.log(f"ValueError: {e}")
