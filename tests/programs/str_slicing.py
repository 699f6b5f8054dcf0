# Slicing strings with positive/negative bounds and steps.

s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[100:], s[-100:3], s[5:2], s[3:3], repr(s[10:]), s[-1:-11:-1])
print(s[2:100:3], s[:-100], s[::3], s[::-3], s[-2::-4])
for i in range(0, len(s), 3):
    print(i, s[i:i + 3])
for step in [1, 2, 3, -1, -2, -4]:
    print("step", step, s[::step])
word = "racecar"
print(word == word[::-1], "python" == "python"[::-1])


def is_palindrome(text: str) -> bool:
    cleaned = "".join(ch.lower() for ch in text if ch.isalnum())
    return cleaned == cleaned[::-1]


for phrase in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"]:
    print(phrase, is_palindrome(phrase))
u = "h\u00e9llo w\u00f6rld"
print(u[1:4], u[::-1], u[-5:], len(u[2:]))
start = 1
stop = -1
print(s[start:stop], s[start:stop:2], s[stop:start:-1])
