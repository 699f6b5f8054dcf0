# error: 15:9: Statement is unreachable
class Flag:
    def __init__(self) -> None:
        self.on = False

    def flip(self) -> None:
        self.on = not self.on


f = Flag()
if not f.on:
    f.flip()
    # mypy still takes f.on to be False here and skips the block below
    if f.on:
        print("flipped")
