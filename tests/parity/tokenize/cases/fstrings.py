name = "world"
a = f"hello {name}!"
b = f'{name!r} {name!s:>10} {name!a:^{width}.{prec}}'
c = f"{{literal}} {{{name}}} }}{{ {{"
d = f"{x=}, {x = }, {x=!r:10}"
e = f"{'nested'} {"same quotes"} {f'{f"{deep}"}'}"
f = rf"\d{name}\{{raw}}" fr'{name}\n' Rf"{x}" fR'{y}'
g = f"""multi
line {name}
{name:
>10} end"""
h = f'{a:{b}{c}}' f'{a:}' f'{a:{b}}'
i = f"{x:%Y-%m-%d %H:%M}" f"{x!r:}" f"{3.14:.2f}"
j = f"\N{BULLET} {x} \N{DIGIT ONE}tail"
k = f"{
    name
}"
l = f"{lambda: 1}" f"{(lambda: 1)()}" f"{a:=1}" f"{(a:=1)}"
m = f"{x!r}" f"{ x !r}" f"{x,y}" f"{[1,2][0]}" f"{ {'a': 1}['a'] }"
n = f'' f"" f'''''' F"{x}" f'{{}}' f'{{' f'}}'
o = f"{x:{{y}}}" if False else f"{'{'}"
p = f'''{
x
}''' f"""{x:
}"""
q = f"{x}" "plain" f"{y}"
