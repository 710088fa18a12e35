"""Staff tools on top of the pipeline: the live preview (`preview`, `serve`), a new record with every section
(`scaffold`), a result workbook to CSV (`import_xlsx`), the JSON Schema for editors (`schema`).
"""
