# error: 13:7: calling the classmethod c.default() through an instance
class Config:
    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def default(cls) -> "Config":
        return cls("default")


c = Config("mine")
print(Config.default().name)
print(c.default().name)
