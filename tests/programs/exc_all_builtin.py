"""Every builtin exception class of CPython 3.11 (runtime/include/exc_types.h):
raised and caught through its base, with str(), repr() and args of zero, one
and two arguments, and isinstance against its ancestors."""


def show(e: BaseException) -> None:
    print(str(e), repr(e), e.args, len(e.args))
    print(isinstance(e, Exception), isinstance(e, ArithmeticError), isinstance(e, LookupError),
          isinstance(e, OSError), isinstance(e, Warning), isinstance(e, ValueError), isinstance(e, RuntimeError))


try:
    raise BaseException()
except BaseException as e:
    show(e)
try:
    raise BaseException("m")
except BaseException as e:
    show(e)
try:
    raise BaseException("m", 2)
except BaseException as e:
    show(e)
try:
    raise SystemExit()
except BaseException as e:
    show(e)
try:
    raise SystemExit("m")
except BaseException as e:
    show(e)
try:
    raise SystemExit("m", 2)
except BaseException as e:
    show(e)
try:
    raise KeyboardInterrupt()
except BaseException as e:
    show(e)
try:
    raise KeyboardInterrupt("m")
except BaseException as e:
    show(e)
try:
    raise KeyboardInterrupt("m", 2)
except BaseException as e:
    show(e)
try:
    raise GeneratorExit()
except BaseException as e:
    show(e)
try:
    raise GeneratorExit("m")
except BaseException as e:
    show(e)
try:
    raise GeneratorExit("m", 2)
except BaseException as e:
    show(e)
try:
    raise Exception()
except BaseException as e:
    show(e)
try:
    raise Exception("m")
except BaseException as e:
    show(e)
try:
    raise Exception("m", 2)
except BaseException as e:
    show(e)
try:
    raise StopIteration()
except Exception as e:
    show(e)
try:
    raise StopIteration("m")
except Exception as e:
    show(e)
try:
    raise StopIteration("m", 2)
except Exception as e:
    show(e)
try:
    raise StopAsyncIteration()
except Exception as e:
    show(e)
try:
    raise StopAsyncIteration("m")
except Exception as e:
    show(e)
try:
    raise StopAsyncIteration("m", 2)
except Exception as e:
    show(e)
try:
    raise ArithmeticError()
except Exception as e:
    show(e)
try:
    raise ArithmeticError("m")
except Exception as e:
    show(e)
try:
    raise ArithmeticError("m", 2)
except Exception as e:
    show(e)
try:
    raise FloatingPointError()
except ArithmeticError as e:
    show(e)
try:
    raise FloatingPointError("m")
except ArithmeticError as e:
    show(e)
try:
    raise FloatingPointError("m", 2)
except ArithmeticError as e:
    show(e)
try:
    raise OverflowError()
except ArithmeticError as e:
    show(e)
try:
    raise OverflowError("m")
except ArithmeticError as e:
    show(e)
try:
    raise OverflowError("m", 2)
except ArithmeticError as e:
    show(e)
try:
    raise ZeroDivisionError()
except ArithmeticError as e:
    show(e)
try:
    raise ZeroDivisionError("m")
except ArithmeticError as e:
    show(e)
try:
    raise ZeroDivisionError("m", 2)
except ArithmeticError as e:
    show(e)
try:
    raise AssertionError()
except Exception as e:
    show(e)
try:
    raise AssertionError("m")
except Exception as e:
    show(e)
try:
    raise AssertionError("m", 2)
except Exception as e:
    show(e)
try:
    raise AttributeError()
except Exception as e:
    show(e)
try:
    raise AttributeError("m")
except Exception as e:
    show(e)
try:
    raise AttributeError("m", 2)
except Exception as e:
    show(e)
try:
    raise BufferError()
except Exception as e:
    show(e)
try:
    raise BufferError("m")
except Exception as e:
    show(e)
try:
    raise BufferError("m", 2)
except Exception as e:
    show(e)
try:
    raise EOFError()
except Exception as e:
    show(e)
try:
    raise EOFError("m")
except Exception as e:
    show(e)
try:
    raise EOFError("m", 2)
except Exception as e:
    show(e)
try:
    raise ImportError()
except Exception as e:
    show(e)
try:
    raise ImportError("m")
except Exception as e:
    show(e)
try:
    raise ImportError("m", 2)
except Exception as e:
    show(e)
try:
    raise ModuleNotFoundError()
except ImportError as e:
    show(e)
try:
    raise ModuleNotFoundError("m")
except ImportError as e:
    show(e)
try:
    raise ModuleNotFoundError("m", 2)
except ImportError as e:
    show(e)
try:
    raise LookupError()
except Exception as e:
    show(e)
try:
    raise LookupError("m")
except Exception as e:
    show(e)
try:
    raise LookupError("m", 2)
except Exception as e:
    show(e)
try:
    raise IndexError()
except LookupError as e:
    show(e)
try:
    raise IndexError("m")
except LookupError as e:
    show(e)
try:
    raise IndexError("m", 2)
except LookupError as e:
    show(e)
try:
    raise KeyError()
except LookupError as e:
    show(e)
try:
    raise KeyError("m")
except LookupError as e:
    show(e)
try:
    raise KeyError("m", 2)
except LookupError as e:
    show(e)
try:
    raise MemoryError()
except Exception as e:
    show(e)
try:
    raise MemoryError("m")
except Exception as e:
    show(e)
try:
    raise MemoryError("m", 2)
except Exception as e:
    show(e)
try:
    raise NameError()
except Exception as e:
    show(e)
try:
    raise NameError("m")
except Exception as e:
    show(e)
try:
    raise NameError("m", 2)
except Exception as e:
    show(e)
try:
    raise UnboundLocalError()
except NameError as e:
    show(e)
try:
    raise UnboundLocalError("m")
except NameError as e:
    show(e)
try:
    raise UnboundLocalError("m", 2)
except NameError as e:
    show(e)
try:
    raise OSError()
except Exception as e:
    show(e)
try:
    raise OSError("m")
except Exception as e:
    show(e)
try:
    raise OSError("m", 2)
except Exception as e:
    show(e)
try:
    raise BlockingIOError()
except OSError as e:
    show(e)
try:
    raise BlockingIOError("m")
except OSError as e:
    show(e)
try:
    raise BlockingIOError("m", 2)
except OSError as e:
    show(e)
try:
    raise ChildProcessError()
except OSError as e:
    show(e)
try:
    raise ChildProcessError("m")
except OSError as e:
    show(e)
try:
    raise ChildProcessError("m", 2)
except OSError as e:
    show(e)
try:
    raise ConnectionError()
except OSError as e:
    show(e)
try:
    raise ConnectionError("m")
except OSError as e:
    show(e)
try:
    raise ConnectionError("m", 2)
except OSError as e:
    show(e)
try:
    raise BrokenPipeError()
except ConnectionError as e:
    show(e)
try:
    raise BrokenPipeError("m")
except ConnectionError as e:
    show(e)
try:
    raise BrokenPipeError("m", 2)
except ConnectionError as e:
    show(e)
try:
    raise ConnectionAbortedError()
except ConnectionError as e:
    show(e)
try:
    raise ConnectionAbortedError("m")
except ConnectionError as e:
    show(e)
try:
    raise ConnectionAbortedError("m", 2)
except ConnectionError as e:
    show(e)
try:
    raise ConnectionRefusedError()
except ConnectionError as e:
    show(e)
try:
    raise ConnectionRefusedError("m")
except ConnectionError as e:
    show(e)
try:
    raise ConnectionRefusedError("m", 2)
except ConnectionError as e:
    show(e)
try:
    raise ConnectionResetError()
except ConnectionError as e:
    show(e)
try:
    raise ConnectionResetError("m")
except ConnectionError as e:
    show(e)
try:
    raise ConnectionResetError("m", 2)
except ConnectionError as e:
    show(e)
try:
    raise FileExistsError()
except OSError as e:
    show(e)
try:
    raise FileExistsError("m")
except OSError as e:
    show(e)
try:
    raise FileExistsError("m", 2)
except OSError as e:
    show(e)
try:
    raise FileNotFoundError()
except OSError as e:
    show(e)
try:
    raise FileNotFoundError("m")
except OSError as e:
    show(e)
try:
    raise FileNotFoundError("m", 2)
except OSError as e:
    show(e)
try:
    raise InterruptedError()
except OSError as e:
    show(e)
try:
    raise InterruptedError("m")
except OSError as e:
    show(e)
try:
    raise InterruptedError("m", 2)
except OSError as e:
    show(e)
try:
    raise IsADirectoryError()
except OSError as e:
    show(e)
try:
    raise IsADirectoryError("m")
except OSError as e:
    show(e)
try:
    raise IsADirectoryError("m", 2)
except OSError as e:
    show(e)
try:
    raise NotADirectoryError()
except OSError as e:
    show(e)
try:
    raise NotADirectoryError("m")
except OSError as e:
    show(e)
try:
    raise NotADirectoryError("m", 2)
except OSError as e:
    show(e)
try:
    raise PermissionError()
except OSError as e:
    show(e)
try:
    raise PermissionError("m")
except OSError as e:
    show(e)
try:
    raise PermissionError("m", 2)
except OSError as e:
    show(e)
try:
    raise ProcessLookupError()
except OSError as e:
    show(e)
try:
    raise ProcessLookupError("m")
except OSError as e:
    show(e)
try:
    raise ProcessLookupError("m", 2)
except OSError as e:
    show(e)
try:
    raise TimeoutError()
except OSError as e:
    show(e)
try:
    raise TimeoutError("m")
except OSError as e:
    show(e)
try:
    raise TimeoutError("m", 2)
except OSError as e:
    show(e)
try:
    raise ReferenceError()
except Exception as e:
    show(e)
try:
    raise ReferenceError("m")
except Exception as e:
    show(e)
try:
    raise ReferenceError("m", 2)
except Exception as e:
    show(e)
try:
    raise RuntimeError()
except Exception as e:
    show(e)
try:
    raise RuntimeError("m")
except Exception as e:
    show(e)
try:
    raise RuntimeError("m", 2)
except Exception as e:
    show(e)
try:
    raise NotImplementedError()
except RuntimeError as e:
    show(e)
try:
    raise NotImplementedError("m")
except RuntimeError as e:
    show(e)
try:
    raise NotImplementedError("m", 2)
except RuntimeError as e:
    show(e)
try:
    raise RecursionError()
except RuntimeError as e:
    show(e)
try:
    raise RecursionError("m")
except RuntimeError as e:
    show(e)
try:
    raise RecursionError("m", 2)
except RuntimeError as e:
    show(e)
try:
    raise SyntaxError()
except Exception as e:
    show(e)
try:
    raise SyntaxError("m")
except Exception as e:
    show(e)
try:
    raise IndentationError()
except SyntaxError as e:
    show(e)
try:
    raise IndentationError("m")
except SyntaxError as e:
    show(e)
try:
    raise TabError()
except IndentationError as e:
    show(e)
try:
    raise TabError("m")
except IndentationError as e:
    show(e)
try:
    raise SystemError()
except Exception as e:
    show(e)
try:
    raise SystemError("m")
except Exception as e:
    show(e)
try:
    raise SystemError("m", 2)
except Exception as e:
    show(e)
try:
    raise TypeError()
except Exception as e:
    show(e)
try:
    raise TypeError("m")
except Exception as e:
    show(e)
try:
    raise TypeError("m", 2)
except Exception as e:
    show(e)
try:
    raise ValueError()
except Exception as e:
    show(e)
try:
    raise ValueError("m")
except Exception as e:
    show(e)
try:
    raise ValueError("m", 2)
except Exception as e:
    show(e)
try:
    raise UnicodeError()
except ValueError as e:
    show(e)
try:
    raise UnicodeError("m")
except ValueError as e:
    show(e)
try:
    raise UnicodeError("m", 2)
except ValueError as e:
    show(e)
try:
    raise Warning()
except Exception as e:
    show(e)
try:
    raise Warning("m")
except Exception as e:
    show(e)
try:
    raise Warning("m", 2)
except Exception as e:
    show(e)
try:
    raise BytesWarning()
except Warning as e:
    show(e)
try:
    raise BytesWarning("m")
except Warning as e:
    show(e)
try:
    raise BytesWarning("m", 2)
except Warning as e:
    show(e)
try:
    raise DeprecationWarning()
except Warning as e:
    show(e)
try:
    raise DeprecationWarning("m")
except Warning as e:
    show(e)
try:
    raise DeprecationWarning("m", 2)
except Warning as e:
    show(e)
try:
    raise EncodingWarning()
except Warning as e:
    show(e)
try:
    raise EncodingWarning("m")
except Warning as e:
    show(e)
try:
    raise EncodingWarning("m", 2)
except Warning as e:
    show(e)
try:
    raise FutureWarning()
except Warning as e:
    show(e)
try:
    raise FutureWarning("m")
except Warning as e:
    show(e)
try:
    raise FutureWarning("m", 2)
except Warning as e:
    show(e)
try:
    raise ImportWarning()
except Warning as e:
    show(e)
try:
    raise ImportWarning("m")
except Warning as e:
    show(e)
try:
    raise ImportWarning("m", 2)
except Warning as e:
    show(e)
try:
    raise PendingDeprecationWarning()
except Warning as e:
    show(e)
try:
    raise PendingDeprecationWarning("m")
except Warning as e:
    show(e)
try:
    raise PendingDeprecationWarning("m", 2)
except Warning as e:
    show(e)
try:
    raise ResourceWarning()
except Warning as e:
    show(e)
try:
    raise ResourceWarning("m")
except Warning as e:
    show(e)
try:
    raise ResourceWarning("m", 2)
except Warning as e:
    show(e)
try:
    raise RuntimeWarning()
except Warning as e:
    show(e)
try:
    raise RuntimeWarning("m")
except Warning as e:
    show(e)
try:
    raise RuntimeWarning("m", 2)
except Warning as e:
    show(e)
try:
    raise SyntaxWarning()
except Warning as e:
    show(e)
try:
    raise SyntaxWarning("m")
except Warning as e:
    show(e)
try:
    raise SyntaxWarning("m", 2)
except Warning as e:
    show(e)
try:
    raise UnicodeWarning()
except Warning as e:
    show(e)
try:
    raise UnicodeWarning("m")
except Warning as e:
    show(e)
try:
    raise UnicodeWarning("m", 2)
except Warning as e:
    show(e)
try:
    raise UserWarning()
except Warning as e:
    show(e)
try:
    raise UserWarning("m")
except Warning as e:
    show(e)
try:
    raise UserWarning("m", 2)
except Warning as e:
    show(e)
