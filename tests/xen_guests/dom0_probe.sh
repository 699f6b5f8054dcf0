# Runs in dom0 beside xenstore_probe.py's guest ($1 is its name): what
# xenstore says about it, and the key whose write fires the guest's watch.
until id=$(xl domid $1 2>/dev/null); do sleep 0.2; done
until probe=$(xenstore-read /local/domain/$id/data/probe 2>/dev/null); do sleep 0.2; done
echo "domid $id"
echo "name $(xenstore-read /local/domain/$id/name)"
echo "home $(xenstore-list /local/domain/$id | sort | tr '\n' ' ')"
echo "probe $probe"
xenstore-write /local/domain/$id/data/flag "set by dom0"
until done=$(xenstore-read /local/domain/$id/data/done 2>/dev/null); do sleep 0.2; done
echo "done $done"
