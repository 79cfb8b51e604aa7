(Square:|Quad:| |49|2401)*
(Square:|Quad:| |49|2401)*
