class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.plugin_name)

class Alpha(Plugin):
    pass

class Beta(Plugin, name="b-plugin"):
    pass

class Gamma(Alpha):
    pass

print(Plugin.registry)
print(Gamma.plugin_name, hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(e)
