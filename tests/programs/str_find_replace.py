# find, rfind, index, count, replace, startswith, endswith, in.

text = "the cat sat on the mat with the hat"
print(text.find("the"), text.find("the", 1), text.rfind("the"), text.find("dog"))
print(text.rfind("at"), text.rfind("at", 0, 10), text.find("at", 5, 20), text.rfind("zzz"))
print(text.index("sat"), text.count("the"), text.count("at"), text.count(""), "aaaa".count("aa"))
print(text.replace("the", "a"), text.replace("at", "og", 2), text.replace("x", "y"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "hello".replace("l", ""))
print(text.startswith("the"), text.startswith("cat"), text.startswith("cat", 4))
print(text.endswith("hat"), text.endswith("mat"), text.endswith(("hat", "mat")))
print("cat" in text, "dog" in text, "" in text, "the " not in text)
pos = text.find("at")
while pos != -1:
    print("at found at", pos, text[pos - 1:pos + 2])
    pos = text.find("at", pos + 1)
files = ["main.py", "data.csv", "notes.txt", "setup.py", "image.png"]
py = [f for f in files if f.endswith(".py")]
print(py, [f[:f.rfind(".")] for f in files], [f[f.rfind(".") + 1:] for f in files])
template = "Dear NAME, your order NUM ships DAY."
for name, num, day in [("Ann", "17", "Monday"), ("Bo", "4", "today")]:
    print(template.replace("NAME", name).replace("NUM", num).replace("DAY", day))
s = "mississippi"
print(s.count("ss"), s.count("i"), s.find("ss"), s.rfind("ss"), s.index("pp"), s.rindex("s"))
