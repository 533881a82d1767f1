class ConfigError(Exception):
    pass

def read(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"missing setting {key!r}") from exc

read({"a": 1}, "b")
