# request: {"mode": "cell"}
d = {"a": 1.5}
d
