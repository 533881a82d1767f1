x = b'''café'''
