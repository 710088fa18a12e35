"""Stage 1, load: files to records. `yamlload.load_yaml` (strict YAML with every value's position), `records`
(`load_sources`, `RecordCache`), `results` and `table_files` (result tables from CSV and .xlsx), `inputs` (which
files are read at all). Imports `base` and `model`.
"""
