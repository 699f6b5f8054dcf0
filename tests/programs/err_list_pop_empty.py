# Ends with an uncaught IndexError from popping an empty list.

work = [3, 1, 2]
done: list[int] = []
while True:
    item = work.pop()
    done.append(item * 10)
    print("processed", item, done)
