Square: 49|Quad: 2401
49|Square: 49
Quad: 2401|49
None
