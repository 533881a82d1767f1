T = [self async for a in (await i(T, k=self))]
