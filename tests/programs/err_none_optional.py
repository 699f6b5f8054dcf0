# An Optional that turns out to be None where a value is required: explicit raise.
from typing import Optional


class Config:
    def __init__(self) -> None:
        self.values: dict[str, str] = {"host": "localhost", "port": "8080"}

    def get(self, key: str) -> Optional[str]:
        return self.values.get(key)


def require(cfg: Config, key: str) -> str:
    v = cfg.get(key)
    if v is None:
        raise AttributeError(f"'NoneType' object has no attribute 'upper' (key {key})")
    return v


cfg = Config()
for key in ["host", "port", "user"]:
    value = require(cfg, key)
    print(key, value.upper())
