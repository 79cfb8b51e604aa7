# Random play-outs of Go on a small board: groups, liberties, captures, eyes and area scoring, with a
# deterministic pseudo-random generator; checksum: the scores and the number of stones captured.
import sys

EMPTY, BLACK, WHITE = 0, 1, 2
SIZE = 9


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []

    def link(self, squares):
        x, y = self.pos % SIZE, self.pos // SIZE
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                self.neighbours.append(squares[ny * SIZE + nx])


class Board:
    def __init__(self):
        self.squares = [Square(self, pos) for pos in range(SIZE * SIZE)]
        for sq in self.squares:
            sq.link(self.squares)
        self.captured = 0

    def reset(self):
        for sq in self.squares:
            sq.color = EMPTY

    def group(self, start):
        color = start.color
        stones = [start]
        seen = {start.pos}
        liberties = 0
        i = 0
        while i < len(stones):
            for nb in stones[i].neighbours:
                if nb.pos in seen:
                    continue
                if nb.color == color:
                    seen.add(nb.pos)
                    stones.append(nb)
                elif nb.color == EMPTY:
                    seen.add(nb.pos)
                    liberties += 1
            i += 1
        return stones, liberties

    def is_eye(self, sq, color):
        for nb in sq.neighbours:
            if nb.color != color:
                return False
        return True

    def legal(self, sq, color):
        if sq.color != EMPTY or self.is_eye(sq, color):
            return False
        for nb in sq.neighbours:
            if nb.color == EMPTY:
                return True
        sq.color = color
        ok = self.group(sq)[1] > 0
        if not ok:
            other = WHITE if color == BLACK else BLACK
            for nb in sq.neighbours:
                if nb.color == other and self.group(nb)[1] == 0:
                    ok = True
                    break
        sq.color = EMPTY
        return ok

    def play(self, sq, color):
        sq.color = color
        other = WHITE if color == BLACK else BLACK
        for nb in sq.neighbours:
            if nb.color == other:
                stones, liberties = self.group(nb)
                if liberties == 0:
                    for s in stones:
                        s.color = EMPTY
                    self.captured += len(stones)

    def score(self):
        black = white = 0
        for sq in self.squares:
            if sq.color == BLACK:
                black += 1
            elif sq.color == WHITE:
                white += 1
            else:
                colors = {nb.color for nb in sq.neighbours}
                if colors == {BLACK}:
                    black += 1
                elif colors == {WHITE}:
                    white += 1
        return black, white


def playout(board, rng):
    board.reset()
    color = BLACK
    passes = 0
    moves = 0
    while passes < 2 and moves < 200:
        empties = [sq for sq in board.squares if sq.color == EMPTY]
        played = False
        while empties:
            sq = empties.pop(rng.below(len(empties)))
            if board.legal(sq, color):
                board.play(sq, color)
                played = True
                break
        passes = 0 if played else passes + 1
        moves += 1
        color = WHITE if color == BLACK else BLACK
    return board.score()


def main(games):
    rng = Random(42)
    board = Board()
    black_wins = 0
    total = 0
    for _ in range(games):
        black, white = playout(board, rng)
        total += black - white
        if black > white + 7:
            black_wins += 1
    print("go", games, black_wins, total, board.captured)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 180)
