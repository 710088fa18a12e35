"""Stage 5, write: the generated files handed to the site builder (`docs`), and the atomic publish of a finished
build (`publish`: locks, the swap of one symlink, SHA256SUMS).
"""
