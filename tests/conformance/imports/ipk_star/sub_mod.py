NAME = "sub_mod"
