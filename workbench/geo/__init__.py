"""Places: GeoNames' gazetteer, its file formats, and a claim's place phrase resolved.

Pure code (no database): `geonames` reads GeoNames' files, `places` is a place
and how places relate (containment, distance), `gazetteer` the shipped data and
what a look-up needs, `resolve` reads a place phrase. The gazetteer's SQLite
file is the store's (`store/gazetteer.py`).
"""
