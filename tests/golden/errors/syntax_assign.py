a + b = 5
