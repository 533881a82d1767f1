def f(): yield from [await x]
