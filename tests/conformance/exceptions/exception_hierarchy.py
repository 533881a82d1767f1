pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (FileNotFoundError, OSError), (TimeoutError, OSError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (IndentationError, SyntaxError), (TabError, IndentationError),
    (UnicodeDecodeError, ValueError), (BrokenPipeError, ConnectionError),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (GeneratorExit, Exception),
    (KeyboardInterrupt, BaseException), (StopAsyncIteration, Exception),
    (DeprecationWarning, Warning), (Warning, Exception), (BaseExceptionGroup, BaseException),
    (ExceptionGroup, Exception), (EnvironmentError, OSError), (IOError, OSError),
]
for sub, base in pairs:
    print(f"{sub.__name__} <= {base.__name__}: {issubclass(sub, base)}")
print(EnvironmentError is OSError, IOError is OSError)
print(BaseException.__bases__, Exception.__bases__, KeyError.__bases__)
