[x async for]
