# request: {"mode": "cell"}
print("out")
"text"
