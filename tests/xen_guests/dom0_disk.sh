# Beside the guest that writes the disk ($1 is its name): the image xl gave
# its vbd (the backend's params), whether blkback offers it cache flushes,
# and, once the guest is gone, the image's SHA-256 as dom0 sees it.
i=0
until domid=$(xl domid "$1" 2>/dev/null) || [ $i -ge 100 ]; do sleep 0.2; i=$((i+1)); done
back=/local/domain/0/backend/vbd/$domid/51712
i=0
until image=$(xenstore-read "$back/params" 2>/dev/null) || [ $i -ge 100 ]; do sleep 0.2; i=$((i+1)); done
i=0
until flush=$(xenstore-read "$back/feature-flush-cache" 2>/dev/null) || [ $i -ge 100 ]; do sleep 0.2; i=$((i+1)); done
echo "params $image"
echo "flush $flush"
while xl domid "$1" >/dev/null 2>&1; do sleep 0.2; done
echo "image $(sha256sum "$image" | cut -d ' ' -f 1)"
