# coding: await
x = 1
