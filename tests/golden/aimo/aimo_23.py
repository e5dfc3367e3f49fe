# request: {"prelude": "sympy"}
# ---- import_err
from sympy import nonexistent_function
