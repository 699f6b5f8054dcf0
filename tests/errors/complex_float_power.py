# error: 5:7: complex ** a float exponent is not supported by unicc in a program that does not import cmath
# (_Py_c_pow needs exp, log, sin, cos and atan2: an int exponent is compiled)

z = 1 + 2j
print(z ** 0.5)
