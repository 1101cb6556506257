"""Activation Lab: start the app, run its self-test, or export plots from the command line.

python main.py                      the desktop app
python main.py --self-test          open the window, exercise every tab, exit 0 if all passed
python main.py export --activation gelu --out gelu.csv      (or .png, .svg, .pdf)
python main.py gallery --out handout/ --format pdf --style print
python main.py export --init kaiming_normal --shape 512,256 --out weights.csv --stats weights.json
python main.py export --depth --activation relu --init xavier_normal --layers 30 --out depth.csv
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ActivationLab", description="Activation Lab")
    parser.add_argument("--self-test", action="store_true", help="exercise the window and exit 0 if all steps pass")
    parser.add_argument("--lang", help="interface language, e.g. zh_CN (default: the system's)")
    commands = parser.add_subparsers(dest="command")

    export = commands.add_parser("export", help="write a plot's data or image without opening a window")
    export.add_argument("--activation", action="append", metavar="ID", help="activation id (repeat to overlay several)")
    export.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="[INDEX:]NAME=VALUE",
        help="parameter value; INDEX (1-based) picks one --activation",
    )
    export.add_argument("--x-min", type=float, default=-5.0)
    export.add_argument("--x-max", type=float, default=5.0)
    export.add_argument("--points", type=int, default=1001)
    export.add_argument(
        "--dtype", default=None, help="float32, float64, float16 or bfloat16 (default: float64; float32 for --init and --depth)"
    )
    export.add_argument("--device", default="cpu", help="cpu, cuda or auto")
    export.add_argument("--out", required=True, help="output file; the format follows the extension: .csv, .png, .svg or .pdf")
    export.add_argument(
        "--width", type=int, metavar="PX", help="image width in pixels; with --depth: units per layer (default 512)"
    )
    export.add_argument("--height", type=int, metavar="PX", help="image height in pixels")
    export.add_argument(
        "--style", choices=("screen", "print"), default="screen", help="print: white background, thick dark lines, large text"
    )
    export.add_argument("--formula", action="store_true", help="write the formula under the title")
    export.add_argument("--no-second-derivative", action="store_true", help="leave out f''")
    init = export.add_argument_group(
        "initialisation",
        "--init ID --shape OUT,IN[,KH,KW]: a histogram of the weights; --depth: per-layer statistics of a deep network",
    )
    init.add_argument("--init", metavar="ID", help="initialiser id (torch.nn.init name without the trailing _)")
    init.add_argument("--shape", metavar="OUT,IN[,KH,KW]", help="weight shape for --init: Linear or Conv2d")
    init.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    init.add_argument("--bins", type=int, default=100, help="histogram bins for --init (default 100)")
    init.add_argument("--stats", metavar="FILE.json", help="with --init: also write sample and theory statistics")
    init.add_argument("--depth", action="store_true", help="run the depth experiment (needs --activation and --init)")
    init.add_argument("--layers", type=int, default=10, help="--depth: number of layers (default 10)")
    init.add_argument("--batch", type=int, default=1024, help="--depth: inputs per batch (default 1024)")
    init.add_argument("--bias", default="zero", help="--depth: zero or default (nn.Linear's)")
    init.add_argument(
        "--init-param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="initialiser parameter (with --depth; with --init, --param works too)",
    )

    gallery = commands.add_parser("gallery", help="write one figure per activation and an index page")
    gallery.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created if missing)")
    gallery.add_argument("--format", choices=("png", "svg", "pdf"), default="png")
    gallery.add_argument("--style", choices=("screen", "print"), default="screen")
    gallery.add_argument("--activation", action="append", metavar="ID", help="only these (repeat); default: all")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "export":
        from cli.export import run_export

        return run_export(args)
    if args.command == "gallery":
        from cli.export import run_gallery

        return run_gallery(args)
    from gui.app import run

    return run(self_test=args.self_test, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
