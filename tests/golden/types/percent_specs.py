# printf-style % with random flags, widths, precisions and conversions (a fixed pseudo-random sequence)
seed = 777
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
vals = [0, 1, -1, 7, 42, -42, 255, 1000, -123456, 10**20, -(2**70), 0.0, -0.0, 1.5, -2.25, 0.1, 1e-7, 123456.789, 1e16, 3.14159, float('inf'), float('-inf'), float('nan'), 2.5, 0.5, 1e300, "abc", "", "héllo", True, None, [1, 2], (3,), 65]
types = 'diouxXeEfFgGcrsa%'
out = []
for i in range(1500):
    v = vals[rnd(len(vals))]
    spec = '%'
    for f in '-+ #0':
        if rnd(4) == 0:
            spec += f
    if rnd(2):
        spec += str(rnd(14))
    if rnd(3) == 0:
        spec += '.' + str(rnd(10))
    spec += types[rnd(len(types))]
    try:
        r = spec % (v,)
    except (ValueError, TypeError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
    out.append(repr(spec) + ' % ' + repr(v) + ' -> ' + repr(r))
for line in out:
    print(line)
