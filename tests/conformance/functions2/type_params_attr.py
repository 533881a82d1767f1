def f[T](x: T) -> T: return x
print(f.__type_params__)
class C[T]: pass
print(C.__type_params__)
type X = int
print(X.__value__)
