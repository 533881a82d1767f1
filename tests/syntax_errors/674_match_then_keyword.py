match from x import y
