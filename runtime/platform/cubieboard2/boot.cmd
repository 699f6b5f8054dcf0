# boot.cmd -- U-Boot script for a Cubieboard2 with the program as app.bin
# (raw binary of the ELF, `objcopy -O binary`) on the first FAT partition
# of the SD card.  Make boot.scr with: mkimage -C none -A arm -T script -d boot.cmd boot.scr
# The image is linked at 0x40008000 and entered there in SVC mode; output
# goes to UART0 (the debug header, 115200 8N1).
fatload mmc 0 0x40008000 app.bin
go 0x40008000
