"""Reports about built images: where an image's bytes go (`size`), as a
table, JSON or a self-contained HTML treemap (`html`)."""
