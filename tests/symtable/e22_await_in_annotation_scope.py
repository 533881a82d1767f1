class C[T: (await x)]: pass
