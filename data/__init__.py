"""Race articles, the results store, and answering questions about them."""
from data._compiled import compiled_dir as _compiled_dir

# A compiled build of the parser that matches the source comes first on the package's path, so
# ``import data.article`` loads it; anything else loads from the source.
_build = _compiled_dir()
if _build is not None:
    __path__.insert(0, str(_build))
