print("never printed")
from import math
