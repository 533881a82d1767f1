from .. import X as PARENT_X
