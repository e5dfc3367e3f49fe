def helper(x):
    return x / 0

def main():
    return helper(3)

print("start")
main()
