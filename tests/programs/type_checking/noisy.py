print("noisy imported")


class Shape:
    def name(self) -> str:
        return "shape"
