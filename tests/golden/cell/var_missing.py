# request: {"var": "answer"}
x = 1
