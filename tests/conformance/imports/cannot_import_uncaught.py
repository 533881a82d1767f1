from ipk.a import missing_name
