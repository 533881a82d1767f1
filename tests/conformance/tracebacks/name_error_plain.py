x = 1
print(completely_unrelated_identifier_xyz)
