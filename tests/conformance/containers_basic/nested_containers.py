data = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "age": 31},
        {"name": "bob", "roles": [], "age": 25},
    ],
    "meta": {"count": 2, "tags": ("a", "b")},
}
print(data["users"][0]["roles"][1], data["meta"]["tags"][-1])
for u in data["users"]:
    print(u["name"], len(u["roles"]), u.get("email", "-"))
data["users"][1]["roles"].append("guest")
print(data["users"][1])
print(sorted(u["name"] for u in data["users"] if u["age"] > 26))
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
print(max(data["users"], key=lambda u: u["age"])["name"])
