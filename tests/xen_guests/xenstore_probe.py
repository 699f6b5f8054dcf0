# A Xen guest that talks to xenstore through unicc_devices.xen: its domid,
# name and home directory, a key written in a transaction, another written
# and read back, and a watch that fires when dom0 writes the key it waits
# for.  tests/test_xen_rig.py runs it with dom0_probe.sh beside it and
# compares the two accounts.  Last, what netfront and blkfront will need
# from Xen itself: a grant table Xen accepts, references granted, ended
# and reused, and an event channel port for dom0 to bind.
from unicc_devices.xen.evtchn import EventChannels
from unicc_devices.xen.grant import GrantTable
from unicc_devices.xen.guest import Xen, xenstore

hv = Xen()
store = xenstore(hv)
domid = store.read("domid")
home = f"/local/domain/{domid}"
print("domid", domid)
print("name", store.read("name"))
print("home", " ".join(sorted(store.directory(home))))
store.watch("data/flag", "flag")
path, token = store.next_event()
print("watch-registered", path, token)
tx = store.transaction_start()
store.write("data/done", "yes", tx)
print("transaction-committed", store.transaction_end(tx))
store.write("data/probe", f"hello from domain {domid}")
print("probe", store.read(home + "/data/probe"))
path, token = store.next_event()
print("watch-fired", path, token)
print("flag", store.read("data/flag"))
store.unwatch("data/flag", "flag")
table = GrantTable(hv)
page, frame = hv.own_page()
refs = [table.grant(0, frame), table.grant(0, frame, readonly=True)]
table.end(refs[0])
print("grants", refs[0], refs[1], table.grant(0, frame))
events = EventChannels(hv)
port = events.alloc_unbound(0)
events.close(port)
print("unbound-port", port)
