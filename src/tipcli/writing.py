"""Files tipcli writes (`import`, `export --sqlite`): the one rule for where it may write, and
writing several files that appear together or not at all.

The rule: the folder must exist (a typo in a path is an error, not a new folder), unless the
caller makes it (the library's own folder); a path that exists is replaced only with --force;
and nothing but a regular file is ever replaced, even with --force: a directory, a device, a FIFO,
a socket or a symbolic link (to anything) is refused, since replacing it loses what it was.
"""

import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from tipcli.errors import UsageError, WriteError

Writer = Callable[[Path], object]  # fills a new, empty file at the path it is given

_KINDS = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def check_target(target: Path, *, force: bool, make_folder: bool = False) -> None:
    """Refuse a path tipcli must not write to (UsageError, exit 2): see the module's rule."""
    folder = target.parent
    if not make_folder:
        try:
            folder_mode = os.stat(folder).st_mode
        except FileNotFoundError:
            raise UsageError(f"cannot write {target}: the folder {folder} does not exist; create it first") from None
        except OSError as exc:
            raise UsageError(f"cannot write {target}: the folder {folder}: {exc.strerror or exc}") from None
        if not stat.S_ISDIR(folder_mode):
            raise UsageError(f"cannot write {target}: {folder} is not a folder")
    try:
        mode = os.lstat(target).st_mode  # lstat: a symbolic link is judged as itself, never followed
    except FileNotFoundError:
        return
    except NotADirectoryError:
        raise UsageError(f"cannot write {target}: {folder} is not a folder") from None
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
        raise UsageError(f"{target} is {kind}; tipcli replaces only a regular file, even with --force")
    if not force:
        raise UsageError(f"{target} exists; add --force to replace it, or give another path")


def write_together(files: Sequence[tuple[Path, Writer]], *, force: bool) -> None:
    """Write each file to a temporary file beside its target, then move them all into place, only
    once every one was written: a failure leaves every target as it was and no temporary file.

    Without `force`, a target that appeared meanwhile is not replaced (os.link refuses it).
    Temporary files are opened with mode 0666, so the umask makes them what any new file is
    (0644 under the usual 022), not the 0600 of tempfile's.
    """
    temporaries: list[Path] = []
    placed: list[Path] = []
    try:
        for target, write in files:
            temporary = _new_file(target)
            temporaries.append(temporary)
            try:
                write(temporary)
                _sync(temporary)
            except OSError as exc:
                raise WriteError(f"cannot write {target}: {exc.strerror or exc}; nothing was written") from None
        for (target, _), temporary in zip(files, temporaries, strict=True):
            _place(temporary, target, force=force)
            placed.append(target)
    except FileExistsError as exc:
        for target in placed:  # ours, made a moment ago: all or none
            target.unlink(missing_ok=True)
        raise UsageError(f"{exc.filename} exists; add --force to replace it, or give another path") from None
    finally:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)


def _new_file(target: Path) -> Path:
    """Create a new, empty, hidden file beside `target` and return its path."""
    import secrets  # only when writing

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temporary = target.with_name(f".{target.name}-{secrets.token_hex(6)}.tmp")
        try:
            os.close(os.open(temporary, flags, 0o666))
            return temporary
        except FileExistsError:
            continue
        except OSError as exc:
            raise WriteError(f"cannot write {target}: {exc.strerror or exc}; nothing was written") from None
    raise WriteError(f"cannot write {target}: no free temporary name in {target.parent}")


def _sync(path: Path) -> None:
    """Put a written file on disk before it is named (a crash then leaves the old file or the new one)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(temporary: Path, target: Path, *, force: bool) -> None:
    """Give the written file its name: over a regular file with `force`, else only where none is."""
    try:
        if force:
            os.replace(temporary, target)
        else:
            os.link(temporary, target)  # fails if another process made the file meanwhile
    except FileExistsError as exc:
        raise FileExistsError(exc.errno, exc.strerror, str(target)) from None
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}; nothing was written") from None
