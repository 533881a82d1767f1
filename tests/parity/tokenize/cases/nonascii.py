# -*- coding: utf-8 -*-
café = "naïve résumé"
π = 3.14159
ﬁle = 'ligature name'
日本語 = "日本語"
text = """Line one ✓
ünïcödé line — dashes
end → here"""
f"""émoji {π} 🐍
more ünïcode {café}
"""
x = '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'
