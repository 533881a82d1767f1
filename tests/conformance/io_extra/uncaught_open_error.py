open("/nonexistent/zz.txt")
