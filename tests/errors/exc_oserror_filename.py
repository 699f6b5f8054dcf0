# error: 2:7: FileNotFoundError(errno, strerror, filename, ...) is not supported by unicc
raise FileNotFoundError(2, "No such file or directory", "a.txt")
