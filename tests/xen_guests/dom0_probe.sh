# Runs in dom0 beside xenstore_probe.py's guest ($1 is its name): what
# xenstore says about it, then the key whose write fires the guest's watch
# (the guest's directory is gone once it ends: read everything before).
until id=$(xl domid $1 2>/dev/null); do sleep 0.2; done
until probe=$(xenstore-read /local/domain/$id/data/probe 2>/dev/null); do sleep 0.2; done
echo "domid $id"
echo "name $(xenstore-read /local/domain/$id/name)"
echo "home $(xenstore-list /local/domain/$id | sort | tr '\n' ' ')"
echo "probe $probe"
echo "done $(xenstore-read /local/domain/$id/data/done)"
xenstore-write /local/domain/$id/data/flag "set by dom0"
