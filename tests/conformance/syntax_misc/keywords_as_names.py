match = [1, 2]
case = "case value"
type = "shadowed type"
_ = "underscore"
print(match, case, type, _)
del type
print(type(1).__name__)
def match_(match):
    return match
print(match_(3))
class soft:
    match = 1
    case = 2
print(soft.match + soft.case)
import keyword
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("if"))
print(sorted(keyword.softkwlist))
