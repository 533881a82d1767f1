import ipk_circ.cy
