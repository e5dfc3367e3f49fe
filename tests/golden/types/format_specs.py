# format() with random format specs over ints, floats and strs (a fixed pseudo-random sequence)
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
fills = ['', '*', '0', ' ', 'x', '<']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
types_int = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'E', 'G', 'F']
types_float = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
vals = [0, 1, -1, 7, 42, -42, 255, 1000, -123456, 10**20, -(2**70), 0.0, -0.0, 1.5, -2.25, 0.1, 1e-7, 123456.789, 1e16, 3.14159, float('inf'), float('-inf'), float('nan'), 2.5, 0.5, 1e300, 5e-324, "abc", "", "héllo"]
out = []
for i in range(1500):
    v = vals[rnd(len(vals))]
    spec = ''
    a = aligns[rnd(len(aligns))]
    if a:
        spec += fills[rnd(len(fills))] + a
    spec += signs[rnd(len(signs))]
    if rnd(5) == 0: spec += 'z'
    if rnd(4) == 0: spec += '#'
    if rnd(4) == 0: spec += '0'
    if rnd(2): spec += str(rnd(15))
    g = rnd(4)
    if g == 1: spec += ','
    if g == 2: spec += '_'
    if rnd(3) == 0: spec += '.' + str(rnd(12))
    if isinstance(v, str):
        spec += ['', 's'][rnd(2)]
    elif isinstance(v, int):
        spec += types_int[rnd(len(types_int))]
    else:
        spec += types_float[rnd(len(types_float))]
    try:
        r = format(v, spec)
    except (ValueError, TypeError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
    out.append(repr(v) + ' ' + repr(spec) + ' -> ' + r)
for line in out:
    print(line)
