# error: 6:12: pickle.dumps() is not supported by unicc
import pickle


def header(n: int) -> bytes:
    return pickle.dumps(n)


print(header(3))
