# request: {"var": "ans"}
ans = 7 / 2
