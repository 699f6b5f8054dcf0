# error: 5:1: flag member AB = 3 has bits no single-bit member has
from enum import Flag


class Mode(Flag):
    A = 1
    AB = 3
