# request: {"mode": "cell"}
x = [1, 2]
x.append(3)
