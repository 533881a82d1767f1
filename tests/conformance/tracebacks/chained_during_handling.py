def load(config):
    try:
        return config["path"]
    except KeyError:
        raise ValueError("config has no path")

load({})
