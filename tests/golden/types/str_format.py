# str.format and the format-spec mini-language for int, float and str
print("{} {} {}".format(1, "a", 2.5), "{1} {0} {1}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{{}} {}".format(3))
print("{0[1]} {1[k]} {2.real} {2.imag}".format([5, 6], {"k": "v"}, 3 + 4j), "{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+d}|{: d}|{:,}|{:_}".format("ab", "cd", "ef", "gh", 3.14159, 5, 5, 1234567, 1234567))
print("{:.2f} {:.0f} {:.1%} {:e} {:.3e} {:E} {:g} {:G} {:.3g} {:n}".format(3.14159, 2.5, 0.1234, 12345.678, 0.000123, 1e-10, 1e-5, 1e20, 1234.5, 1.5))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:#X} {:c} {:08b} {:_b} {:_x}".format(10, 64, 255, 255, 5, 8, 255, 255, 65, 5, 255, 123456789))
print("{:10.3f}|{:<10.2e}|{:^10.1%}|{:=+10.2f}|{:010.2f}|{:010,.2f}|{:,.3f}".format(3.14159, 1234.5, 0.256, -3.5, -3.5, 1234567.891, 0.5))
print("{:06,}|{:07,}|{:08,}|{:09,}|{:08,}|{:#010x}|{:+#06x}".format(1234, 1234, 1234, 1234, -1234, 255, 255))
print("{:.3}|{:.3}|{:.3}|{:10}|{}|{:.0}|{:.17}|{}".format(1.0, 1e20, 123456.0, 1.5, 1e16, 12.0, 0.1, 100000000.0))
print("{:z.1f}|{:z.1f}|{:+.2F}|{:08.2f}|{:.2f}|{:f}|{:e}".format(-0.0, -0.001, float("nan"), float("inf"), float("-inf"), 1e22, 0.0))
print("{:.2}|{:^7}|{:*<5}|{:>5.1}|{}".format("abc", "abc", "x", "hello", "plain"), "{:d} {}".format(True, True))
print("{:e} {:.2%} {:f} {:.1f} {:g}".format(3, 3, 2**70, 10**20, 10**30), format(1 + 2j, ".2f"), format(1 + 2j), format(1 + 2j, ">10"))
print(format(5), format(5, "x<4"), format(-5, "=+8"), format(5, "^8"), format(3.0, "#"), format(1.5, "#.0f"), format(1.0, "#g"))
print(format(0.5, "%"), format(1234567.891, "_"), format(12345, "n"), format(-3, "b"), format(123, "c"), format(10**30, "e"))
print(f"{3.14159:.2f} {42:>5} {'x':^5} {255:#x} {1234567:,} {0.25:.0%} {-1.5:+.1f} {7:03d}")
x, y = 10, 3
print(f"{x / y:.3f} {x // y} {x!r:>4} {[x, y]}", f"{x:{y}}", f"{3.5:{'>'}{8}.{2}f}")
for v in [0, 1, -1, 7, 100, 2**40, -(2**70), 3.0, -2.5, 1e-7, 123456.789, float("inf")]:
    print(format(v, ""), format(v, ">12"), format(v, "<+12") if isinstance(v, int) else format(v, ".4g"), format(v, ",") if not isinstance(v, float) or v == v else "")
