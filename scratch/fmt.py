"""fmt.py NAME LITFILE [x0 y0 x1 y1]: a literal list (lit.py's first line) as a wrapped Python assignment."""
import sys
name, path = sys.argv[1], sys.argv[2]
box = [float(v) for v in sys.argv[3:7]] if len(sys.argv) >= 7 else None
src = open(path).read().splitlines()[0]
t, i, c = "t", "i", "c"
items = eval(src)
out, cur = [], f"{name} = ["
for text, k, b in items:
    if box and not (b[0] >= box[0] and b[1] >= box[1] and b[2] <= box[2] and b[3] <= box[3]):
        continue
    piece = f"({text!r}, {k}, {b}), "
    if len(cur) + len(piece) > 119:
        out.append(cur.rstrip())
        cur = "    "
    cur += piece
out.append(cur.rstrip().rstrip(",") + "]")
print("\n".join(out))
