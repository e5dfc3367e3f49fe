x = 5
What is the answer?
