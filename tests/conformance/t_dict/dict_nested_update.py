config = {"a": {"x": 1}, "b": 2}
override = {"a": {"y": 2}, "c": 3}
merged = {**config, **override}
print(merged, config)
deep = {k: ({**config[k], **override[k]} if isinstance(config.get(k), dict) and isinstance(override.get(k), dict) else override.get(k, config.get(k))) for k in config.keys() | override.keys()}
print(sorted(deep.items()))
print({**{"a": 1}, "a": 2}, {"a": 2, **{"a": 1}}, dict(**{"k": 1}))
