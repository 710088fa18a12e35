"""thi-dua-site: publish emulation campaigns as a bilingual static site."""
