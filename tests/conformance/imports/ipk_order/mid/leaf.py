print("leaf runs; parent loaded:", "ipk_order.mid" in __import__("sys").modules)
