class BadInput(Exception):
    pass
raise BadInput("nope")
