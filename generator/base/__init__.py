"""The shared base every stage may use: located problems and the build's errors (`errors`), every message staff
can see in Vietnamese and English (`messages`), the UI catalogues (`locales/`), Vietnamese collation, slugs, safe
Markdown from staff text (`markup`) and text made safe for a terminal (`textsafety`). It imports nothing of the
generator.
"""
