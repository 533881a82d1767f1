from .deep_raise import outer
outer()
