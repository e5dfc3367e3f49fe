# printf-style % formatting
print("%d items" % 3.7, "%s and %s" % ("a", "b"), "%(a)s %(b)d" % {"a": 1, "b": 2}, "%%" % (), "%s" % [1, 2])
print("%5.2f|%-5d|%05d|%+d|%x|%X|%o|%e|%g|%c|%c|%%|%r|%i" % (3.14159, 42, 42, 5, 255, 255, 8, 12345.678, 0.0001, 65, "z", "s", 7))
print("%.3s|%5s|%-5s|" % ("abcdef", "a", "b"), "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%#x %#o %#X" % (255, 8, 255))
print("% d|%5.1e|%d|%s|%.2f|%i|%x" % (5, 12345.6789, True, True, 2, 2.9, -255), "%08.3f|%+.0f|%10.4g|%g|%G" % (-3.14159, 2.5, 3.14159265, 1e20, 1e-20))
print("%r %a %s" % ("é", "é", "é"), "%5s|%-6r|" % (None, "x"), "%.1f%%" % 99.5, "%3c|" % "x", "%d" % 10**30, "%x" % 2**70)
print("%s" % (1,), "%s" % ((1, 2),), "hello" % (), "hello" % {}, "%(x)s %(x)r" % {"x": "v"}, "%.0e" % 12345)
for t in [lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%d" % "a", lambda: "%x" % 2.5, lambda: "%e" % "a",
          lambda: "%c" % "ab", lambda: "%z" % 1, lambda: "%" % (), lambda: "%(a)s" % 5, lambda: "hello" % 5, lambda: "%(a)s" % {}]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
