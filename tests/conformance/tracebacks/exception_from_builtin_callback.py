def key(item):
    return item["rank"]

players = [{"rank": 2}, {"rank": 1}, {"name": "x"}]
print(sorted(players, key=key))
