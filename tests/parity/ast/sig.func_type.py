(int, *str, **dict) -> List[int]
