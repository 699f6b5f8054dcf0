"""abs() of a call whose result type is a type variable of the callee
(round(x, n) is _T, max/min of floats): the value is read as a float."""

x = -0.2
print(abs(round(x, 1)))
print(abs(round(-2.567, 2)), abs(round(-7.5)))
print(abs(max(-3.5, -4.25)), abs(min(-1.5, 2.0)))
print(abs(max(-3, -4)), abs(min(-10, 2)))
values: list[float] = [-1.25, 0.5, -3.0]
print([abs(round(v, 1)) for v in values])
print(abs(round(-0.0, 1)))
