template = "{name} is {age}"
print(template.format(name="x", age=1))
print(template.format(name="y"))
