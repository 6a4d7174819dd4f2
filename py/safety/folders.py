"""Model folders: names, roots, name validation and path containment.

A model file is always addressed as ``(folder, path_index, relative_path)``:
``folder`` is a ComfyUI model folder name (``checkpoints``, ``loras``, ...),
``path_index`` the index of one of that folder's root directories, and
``relative_path`` a ``/``-separated path below that root. :meth:`ModelFolders.resolve`
is the only way to turn that triple into a filesystem path.

The containment rule (see ``docs/links.md``) is about where a path **lives**, not
where a link in it points:

* The path *as given* must stay inside the root. ``..`` and ``.`` components (also
  their full-width / NFKC look-alikes), absolute paths, drive letters, UNC paths,
  NUL and control characters and reserved device names are refused, so the joined
  path is lexically below the root and nothing normalises it out of there.
* A symbolic link inside the root may point anywhere (a folder linked from a NAS,
  a single file from another drive), as ComfyUI's own loaders allow. ``resolve``
  does not ``realpath`` the result.
* **Reading** (listing, detail, header, preview, scan, hash) follows the link and
  reads the target.
* **Writing** never goes through a link to a *file*: sidecars (description,
  preview, ``.metadata.json``) are written next to the link's own name, inside the
  root, through :func:`..safety.fileio.write_atomic` (temp file created with
  ``O_EXCL | O_NOFOLLOW`` in the parent directory, then renamed over the name, so a
  sidecar that is itself a link is replaced, never written through); rename and
  move move the link (``os.rename`` of the link itself, a relative target rewritten
  so it still names the same file); delete removes the link and leaves its target
  alone. A model *inside* a linked folder is part of the library: editing, moving
  and deleting it act on the real file in that folder (:func:`link_info` tells
  which case a path is, so the UI can say so before a delete).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..errors import BadRequest, Forbidden, NotFound

#: Extensions that can be downloaded without further settings: formats that
#: cannot carry executable pickles.
SAFE_MODEL_EXTENSIONS = (".safetensors", ".sft", ".gguf")
#: Pickle-based formats: only with the ``allowPickle`` setting on.
PICKLE_MODEL_EXTENSIONS = (".ckpt", ".pt", ".pth", ".bin")

#: The suffix of a download in progress, next to its final name.
PART_SUFFIX = ".part"

_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
_DRIVE = re.compile(r"^[A-Za-z]:")
_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')
_MAX_NAME_BYTES = 255


@dataclass(frozen=True)
class Folder:
    """One model folder: its name, root directories (absolute) and file extensions."""

    name: str
    roots: tuple[str, ...]
    extensions: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        """``{"folder": str, "roots": [abs path], "extensions": [".ext"]}``."""
        return {"folder": self.name, "roots": list(self.roots), "extensions": list(self.extensions)}


def check_name(name: object, what: str = "filename") -> str:
    """Validate one path component given by a client (a file or folder name).

    Returns the name unchanged. Raises :class:`Forbidden` for ``..`` and absolute
    forms (an escape attempt) and :class:`BadRequest` for anything else that is
    not a plain name: separators, NUL and control characters, Windows reserved
    names (``CON``, ``NUL``, ``COM1`` ...), trailing dots or spaces, names over
    255 bytes. Names are never rewritten: a bad name is an error.
    """
    if not isinstance(name, str) or not name:
        raise BadRequest(f"{what} must be a non-empty string")
    if name in (".", ".."):
        raise Forbidden(f"{what} may not be '{name}'")
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        raise Forbidden(f"{what} must be relative, not an absolute path: {name!r}")
    if "/" in name or "\\" in name:
        raise BadRequest(f"{what} may not contain a path separator: {name!r}")
    if _UNSAFE_CHARS.search(name):
        raise BadRequest(f"{what} contains a character that is not allowed in file names: {name!r}")
    if name.endswith((".", " ")) or name.startswith(" "):
        raise BadRequest(f"{what} may not start with a space or end with a dot or space: {name!r}")
    if name.split(".")[0].upper() in _WINDOWS_RESERVED:
        raise BadRequest(f"{what} is a reserved device name: {name!r}")
    if len(name.encode("utf-8")) > _MAX_NAME_BYTES:
        raise BadRequest(f"{what} is longer than {_MAX_NAME_BYTES} bytes")
    if unicodedata.normalize("NFC", name) in (".", ".."):
        raise Forbidden(f"{what} may not be '..'")
    return name


def check_relative_path(path: object, what: str = "subfolder", allow_empty: bool = True) -> str:
    """Validate a client-given relative path (``a/b/c``); returns it with ``/`` separators.

    Each component must pass :func:`check_name`. ``..`` anywhere, a leading ``/``
    or ``\\``, a drive letter or a UNC prefix raise :class:`Forbidden`; other bad
    components raise :class:`BadRequest`. An empty string is the folder root.
    """
    if path is None:
        path = ""
    if not isinstance(path, str):
        raise BadRequest(f"{what} must be a string")
    if path == "":
        if allow_empty:
            return ""
        raise BadRequest(f"{what} must not be empty")
    if "\x00" in path:
        raise BadRequest(f"{what} contains a NUL byte")
    if path.startswith(("/", "\\")) or _DRIVE.match(path):
        raise Forbidden(f"{what} must be relative to the model folder, not absolute: {path!r}")
    parts = re.split(r"[\\/]", path)
    if any(p in ("..", ".") for p in parts) or any(
        unicodedata.normalize("NFKC", p) in ("..", ".") for p in parts
    ):
        raise Forbidden(f"{what} may not leave the model folder: {path!r}")
    parts = [p for p in parts if p != ""] if path.endswith(("/", "\\")) else parts
    for part in parts:
        check_name(part, what)
    return "/".join(parts)


def sanitize_filename(name: str | None, fallback: str = "download") -> str:
    """Turn a server-given file name (``Content-Disposition``, URL path) into a safe base name.

    Unlike client input, a name that comes from a remote server is rewritten, not
    refused: directories are dropped, control and reserved characters become
    ``_``, leading dots and spaces are stripped, reserved device names get a
    ``_`` prefix and the result is cut to 255 bytes keeping the extension.
    """
    name = (name or "").replace("\\", "/").split("/")[-1]
    name = unicodedata.normalize("NFC", name)
    name = _UNSAFE_CHARS.sub("_", name).strip().lstrip(". ").rstrip(". ")  # ". 0" must not leave " 0"
    if not name:
        name = fallback
    if name.split(".")[0].upper() in _WINDOWS_RESERVED:
        name = "_" + name
    stem, ext = os.path.splitext(name)
    while len((stem + ext).encode("utf-8")) > _MAX_NAME_BYTES and stem:
        stem = stem[:-1]
    return stem + ext


def allowed_extensions(allow_pickle: bool) -> tuple[str, ...]:
    """The model file extensions a download may have, given the ``allowPickle`` setting."""
    return SAFE_MODEL_EXTENSIONS + (PICKLE_MODEL_EXTENSIONS if allow_pickle else ())


def check_extension(filename: str, allow_pickle: bool) -> None:
    """Raise :class:`BadRequest` unless ``filename`` ends in an allowed model extension."""
    ext = os.path.splitext(filename)[1].lower()
    if ext in SAFE_MODEL_EXTENSIONS:
        return
    if ext in PICKLE_MODEL_EXTENSIONS:
        if allow_pickle:
            return
        raise BadRequest(
            f"'{ext}' files can carry pickled code; turn on the allowPickle setting to download them"
        )
    raise BadRequest(
        f"'{filename}' is not a model file; allowed extensions: {', '.join(allowed_extensions(allow_pickle))}"
    )


def is_within(root: str, path: str) -> bool:
    """True when the real path of ``path`` is ``root``'s real path or below it."""
    root_real = os.path.realpath(root)
    real = os.path.realpath(path)
    try:
        return os.path.commonpath([root_real, real]) == root_real
    except ValueError:  # different drives on Windows
        return False


def is_lexically_within(root: str, path: str) -> bool:
    """True when ``path``, normalised without touching the filesystem (no links
    followed), is ``root`` or below it: the rule for where a path lives."""
    root_n = os.path.normpath(os.path.abspath(root))
    path_n = os.path.normpath(os.path.abspath(path))
    try:
        return os.path.commonpath([root_n, path_n]) == root_n
    except ValueError:  # different drives on Windows
        return False


@dataclass(frozen=True)
class LinkInfo:
    """How a path inside a root reaches its file.

    ``is_link``: the path itself is a symbolic link (``target`` is where it points,
    resolved; deleting it removes only the link). ``in_linked_folder``: a directory
    between the root and the file is a link (deleting the file deletes it for real,
    in the linked folder; ``folder_target`` is that directory's real path).
    """

    is_link: bool
    in_linked_folder: bool
    target: str | None
    folder_target: str | None

    def to_json(self) -> dict:
        """``{"isLink", "inLinkedFolder", "linkTarget", "linkedFolderTarget"}``."""
        return {"isLink": self.is_link, "inLinkedFolder": self.in_linked_folder,
                "linkTarget": self.target, "linkedFolderTarget": self.folder_target}


def link_info(root: str, path: str) -> LinkInfo:
    """Whether ``path`` (below ``root``, as :meth:`ModelFolders.resolve` gives it) is a
    link, or lies in a linked folder. Blocking (``lstat`` per component)."""
    rel = os.path.relpath(path, root)
    parts = [] if rel == "." else rel.split(os.sep)
    folder_target = None
    current = root
    for part in parts[:-1]:
        current = os.path.join(current, part)
        if os.path.islink(current):
            folder_target = os.path.realpath(current)
    is_link = os.path.islink(path)
    return LinkInfo(is_link, folder_target is not None,
                    os.path.realpath(path) if is_link else None, folder_target)


class ModelFolders:
    """The model folders of a host, read fresh from ``source`` on every call.

    ``source`` returns ``{name: (roots, extensions)}``; reading it each time keeps
    up with folders ComfyUI or ``extra_model_paths.yaml`` add after start-up.
    """

    def __init__(self, source: Callable[[], dict[str, tuple[Iterable[str], Iterable[str]]]]):
        self._source = source

    def all(self) -> list[Folder]:
        """Every model folder, sorted by name."""
        folders = []
        for name, (roots, exts) in sorted(self._source().items()):
            folders.append(Folder(name, tuple(os.path.abspath(r) for r in roots), tuple(sorted(exts))))
        return folders

    def get(self, name: object) -> Folder:
        """The folder called ``name``; :class:`BadRequest` when no such folder exists."""
        if not isinstance(name, str) or not name:
            raise BadRequest("folder must be a model folder name such as 'loras'")
        for folder in self.all():
            if folder.name == name:
                return folder
        raise BadRequest(f"unknown model folder: {name!r}")

    def root(self, name: str, path_index: object) -> str:
        """The absolute root directory ``path_index`` of folder ``name``."""
        folder = self.get(name)
        if isinstance(path_index, bool) or not isinstance(path_index, int):
            raise BadRequest("pathIndex must be an integer")
        if not 0 <= path_index < len(folder.roots):
            raise BadRequest(
                f"pathIndex {path_index} is out of range: folder {name!r} has {len(folder.roots)} root(s)"
            )
        return folder.roots[path_index]

    def resolve(self, name: str, path_index: object, relative: object, what: str = "path") -> str:
        """Resolve ``(folder, path_index, relative)`` to an absolute path inside that root.

        The relative path is validated with :func:`check_relative_path`; the joined
        path is then lexically inside the root (checked again, to be sure). Links
        in it are not resolved: a link inside the root may point anywhere (module
        docstring). Returns the joined path, so the file keeps the name the user
        sees. Raises :class:`BadRequest` / :class:`Forbidden`.
        """
        root = self.root(name, path_index)
        rel = check_relative_path(relative, what)
        path = os.path.join(root, *rel.split("/")) if rel else root
        if not is_lexically_within(root, path):
            raise Forbidden(f"{what} resolves outside the model folder {name!r}")
        return path
