"""Stage 2, validate: the rules across records. `catalog.validate_sources` gives the `Catalog` (every checked record)
and the problems; `refs`, `targets`, `results`, `texts` and `site` hold the rules by what they check.
"""
