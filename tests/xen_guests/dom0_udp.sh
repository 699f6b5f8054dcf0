# Runs in dom0 beside examples/echo's guest ($1 is its name; the test puts
# addr= and sizes= above): once the guest answers ping, one UDP datagram of
# each size (yes's lines, as the test makes them) through udp_client (beside
# this script: busybox has no UDP client), a line `udp-SIZE STATUS SHA-256`
# of the echo for each, then `refused STATUS` for a datagram to port 9, on
# which nobody listens; then the guest is destroyed (it serves until killed).
udp="${0%/*}/udp_client"
i=0
until ping -c 1 -W 1 $addr >/dev/null 2>&1; do i=$((i+1)); [ $i -ge 40 ] && break; done
for n in $sizes; do
  yes 0123456789abcdef | head -c $n >/tmp/datagram
  $udp $addr 7 </tmp/datagram >/tmp/echo
  echo "udp-$n $? $(sha256sum </tmp/echo | cut -d' ' -f1)"
done
$udp $addr 9 </tmp/datagram >/dev/null
echo "refused $?"
xl destroy $1
