import ipk_circ.x
print(ipk_circ.x.X_DONE, ipk_circ.y.Y_SAW)
