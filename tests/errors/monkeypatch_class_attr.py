# error: 9:1: monkey-patching


class Config:
    limit: int = 10


c = Config()
Config.limit = 99
print(c.limit)
