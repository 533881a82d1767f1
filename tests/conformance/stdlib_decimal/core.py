from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero
import decimal
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal(10), Decimal("-0"), Decimal("1.50"), Decimal("1e10"), Decimal("1E-7"), Decimal(".5"))
print(repr(Decimal("3.14")), Decimal("100") / Decimal("7"), Decimal(1) / Decimal(3), Decimal(10) / 4, Decimal(6) / 2)
print(Decimal("1.1") * 3, Decimal("2.5") - 5, Decimal(7) // 2, Decimal(-7) // 2, Decimal(7) % 3, Decimal(-7) % 3, divmod(Decimal(7), 2))
print(Decimal("2") ** 10, Decimal("1.5") ** 2, Decimal(2) ** -2, Decimal("2").sqrt(), Decimal(16).sqrt(), Decimal("0.25").sqrt())
x = Decimal("2.675")
print(x.quantize(Decimal("0.01")), x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), x.quantize(Decimal("1."), rounding=ROUND_DOWN), Decimal("123.456").quantize(Decimal("1e1")))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("1.2345"), 2), int(Decimal("-3.9")), float(Decimal("1.25")))
print(Decimal("1.0") == 1, Decimal("0.5") == 0.5, Decimal(1) < 2, Decimal("1.5") > 1.2, hash(Decimal("1.5")) == hash(1.5), hash(Decimal(3)) == hash(3))
print(sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1")]), max(Decimal(1), Decimal(2)), sum([Decimal("0.1")] * 10))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, +Decimal("1.23456789"))
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_CEILING
    print(Decimal(1) / 3, Decimal(2) / 3)
print(Decimal(1) / 3)
print(Decimal("1.2300").normalize(), Decimal("100").normalize(), Decimal("0.000001"), Decimal("0.0000001"), Decimal("1E+3"), Decimal("12345678901234567890123456789012"))
print(Decimal("3.14159").as_tuple(), Decimal("-1.5").adjusted(), Decimal("NaN"), Decimal("-Infinity"), Decimal("inf") > 10**100)
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.125'):.1%}", f"{Decimal('12'):>8}", format(Decimal("2.5"), ".0f"))
print(Decimal(5).is_zero(), Decimal(0).is_zero(), -Decimal("0"), abs(Decimal("-2.50")), Decimal("-2.50").copy_abs())
for bad in (lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal([1, 2])):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ArithmeticError))
print(getcontext())
print(Decimal((1, (3, 1, 4), -2)), Decimal.from_float(0.25), Decimal("1_000.5"))
Decimal("x1")
