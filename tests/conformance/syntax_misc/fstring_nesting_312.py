items = ["a", "b"]
print(f"{", ".join(items)}")
print(f"{f"{f"{1 + 1}"}"}")
name = "x"
print(f"{"'" + name + '"'}")
print(f"{'\n'.join(items)}")
values = {"k": [1, 2]}
print(f"{values["k"][1]}")
print(f"{
    sum(
        values["k"]
    )
}")
print(f"{3:{"^"}{5}}|")
