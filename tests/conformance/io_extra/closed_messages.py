import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "z")
for m,b in (('w',-1),('r',-1),('wb',-1),('rb',-1),('rb',0),('wb',0)):
  f=open(p,m,buffering=b); f.close()
  for op in ('read','readline','write','seek','tell','flush','truncate','readlines','fileno','seekable','isatty','__iter__','__enter__','writelines'):
    try:
      a={'write':(b'x' if 'b' in m else 'x',),'seek':(0,),'writelines':([],)}.get(op,())
      getattr(f,op)(*a); print(m,b,op,'OK')
    except Exception as e: print(m,b,op,type(e).__name__,e)
os.remove(p); os.rmdir(d)
