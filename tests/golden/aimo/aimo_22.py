# request: {"prelude": "sympy"}
# ---- none_attr
res = None
res.append(4)
