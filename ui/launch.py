"""Entry point of ``kmb``: a sub-command runs the Qt-free CLI; without one,
the desktop application starts. Qt is imported only for the latter."""
from __future__ import annotations

import gc
import sys
from typing import Sequence


def main(argv: Sequence[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv == ["--version"]:     # answered before the parser and 11 command modules load
        from app import __version__
        print(f"KMB Desk {__version__}")
        sys.exit(0)
    from app.cli import startup
    startup.begin()            # the collector waits until the command has signed in
    from app.cli.main import parse_args, run_command
    args = parse_args(argv)
    if args.command:
        code = run_command(args)
        # The process ends here: its final collection would walk every object
        # SQLAlchemy and the models made (a fifth of a short command's CPU) to
        # free memory the OS takes back anyway. Frozen objects are skipped;
        # files and connections were closed by the command itself.
        startup.done()
        gc.freeze()
        sys.exit(code)
    startup.done()
    from ui.app import run_gui     # absolute: the frozen build runs this file as a script
    sys.exit(run_gui(args))


if __name__ == "__main__":
    main()
