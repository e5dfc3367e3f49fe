# request: {"mode": "cell"}
x = 5
x * 2
