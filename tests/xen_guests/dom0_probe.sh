# Runs in dom0 beside xenstore_probe.py's guest ($1 is its name): what
# xenstore says about it, then the key whose write fires the guest's watch
# (the guest's directory is gone once it ends: read everything before).
# It polls with xenstore-read, which costs far less than xl under TCG.
find_domain() {
  for d in $(xenstore-list /local/domain 2>/dev/null); do
    [ "$(xenstore-read /local/domain/$d/name 2>/dev/null)" = "$1" ] && echo $d && return
  done
  return 1
}
until id=$(find_domain $1); do sleep 0.2; done
until probe=$(xenstore-read /local/domain/$id/data/probe 2>/dev/null); do sleep 0.2; done
echo "domid $id"
echo "xl-domid $(xl domid $1)"
echo "name $(xenstore-read /local/domain/$id/name)"
echo "home $(xenstore-list /local/domain/$id | sort | tr '\n' ' ')"
echo "probe $probe"
echo "done $(xenstore-read /local/domain/$id/data/done)"
xenstore-write /local/domain/$id/data/flag "set by dom0"
