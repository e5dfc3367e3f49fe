# request: {"call": "solution"}
def solution():
    apples = 5
    return apples * 3
