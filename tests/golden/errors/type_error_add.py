print("total: " + 5)
