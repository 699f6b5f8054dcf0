# Runs in dom0 beside examples/http's guest ($1 is its name; the test puts
# addr= and size= above): how long after this script started (just before
# `xl create`) the guest answered its first ping and its first HTTP request,
# then ping -c 3, GET /bytes/$size and POST /sha256 of $size bytes (the
# app's SHA-256 of what it got, and dom0's of what it sent), one line
# each; then its vif is detached (the guest must say so and run on) and
# the guest is destroyed (it serves until killed).  Every
# request has a deadline, so a guest that stops answering fails the test
# instead of hanging the rig.
now() { cut -d' ' -f1 /proc/uptime; }
since() { awk -v a=$1 -v b=$(now) 'BEGIN { printf "%.2f", b - a }'; }
get() { timeout 20 wget -q -O - "$@"; }
t0=$(now)
i=0
until ping -c 1 -W 1 $addr >/dev/null 2>&1; do i=$((i+1)); [ $i -ge 40 ] && break; done
echo "first-ping $(since $t0)"
root=$(get http://$addr/ | sha256sum)
echo "first-http $(since $t0)"
echo "root ${root%% *}"
echo "ping $(ping -c 3 -W 5 $addr | grep -c 'bytes from')"
t=$(now)
echo "bytes $(get http://$addr/bytes/$size | sha256sum | cut -d' ' -f1) $(since $t)"
yes 0123456789abcdef | head -c $size >/tmp/upload   # wget posts up to the first NUL
t=$(now)
echo "upload $(get --post-file /tmp/upload http://$addr/sha256) $(since $t)"
echo "sent $(sha256sum </tmp/upload | cut -d' ' -f1)"
echo "domid $(xl domid $1)"
timeout 30 xl network-detach $1 0
echo "detached $?"
sleep 1
echo "running $(xl list $1 | grep -c "^$1 ")"
xl destroy $1
