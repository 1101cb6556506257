"""The command line's arguments, in pieces: the app's own flags, ``export`` and its kinds, ``gallery``.

Nothing here imports torch or Qt: ``main.py`` parses before the window opens. Each export
kind adds its flags as an argument group (``add_<kind>_arguments``, listed in ``EXPORT_KINDS``);
the flags every kind shares (output, size, style, device, dtype, seed) come first.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

Group = argparse.ArgumentParser | argparse._ArgumentGroup
COMMANDS = ("export", "gallery")


def add_app_arguments(parser: argparse.ArgumentParser) -> None:
    """``python main.py [--self-test] [--lang L]``: the desktop app."""
    parser.add_argument("--self-test", action="store_true", help="exercise the window and exit 0 if all steps pass")
    parser.add_argument(
        "--lang",
        help="language of the window and of exported figures and galleries, e.g. zh_CN (default: the system's); "
        "these messages stay English (README, Translations)",
    )
    parser.add_argument("--fresh", action="store_true", help="start with the defaults, not the last window and state")


def add_output_arguments(group: Group) -> None:
    """Where and how the figure is written: shared by every export kind."""
    group.add_argument(
        "--out",
        required=True,
        help="output file; the format follows the extension: .csv, .png, .svg, .pdf; .gif, .webp, .apng (animations)",
    )
    group.add_argument("--width", metavar="PX", help="image width in pixels (the network's width is --units)")
    group.add_argument("--height", metavar="PX", help="image height in pixels")
    group.add_argument(
        "--size",
        metavar="PRESET",
        help="slide (1920x1080) or slide-small (1280x720): a 16:9 slide, panels side by side, text sized for it",
    )
    group.add_argument(
        "--style", choices=("screen", "print"), default="screen", help="print: white background, thick dark lines, large text"
    )
    group.add_argument("--formula", action="store_true", help="write the formula under the title")


def add_compute_arguments(group: Group) -> None:
    """Where and in which precision the engine computes: shared by every export kind."""
    group.add_argument(
        "--dtype", default=None, help="float32, float64, float16 or bfloat16 (default: float64; float32 for --init and --depth)"
    )
    group.add_argument("--device", default="cpu", help="cpu, cuda or auto")
    group.add_argument("--seed", default="0", help="random seed (default 0)")


def add_activation_arguments(group: Group) -> None:
    """The default kind: f, f′, f″ of one or more activations (``--activation`` also serves --depth)."""
    group.add_argument("--activation", action="append", metavar="ID", help="activation id (repeat to overlay several)")
    group.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="[INDEX:]NAME=VALUE",
        help="parameter value; INDEX (1-based) picks one --activation",
    )
    group.add_argument("--x-min", default="-5", help="left end of x (default -5)")
    group.add_argument("--x-max", default="5", help="right end of x (default 5)")
    group.add_argument(
        "--points", default="1001", help="points on the x grid (default 1001; an image uses at most 2 per pixel of its panel)"
    )
    group.add_argument("--no-second-derivative", action="store_true", help="leave out f''")


def add_init_arguments(group: Group) -> None:
    """``--init ID --shape OUT,IN``: a histogram of sampled weights (``--init`` also serves --depth)."""
    group.add_argument("--init", metavar="ID", help="initialiser id (torch.nn.init name without the trailing _)")
    group.add_argument("--shape", metavar="OUT,IN[,KH,KW]", help="weight shape for --init: Linear or Conv2d")
    group.add_argument("--bins", default="100", help="histogram bins for --init (default 100)")
    group.add_argument("--stats", metavar="FILE.json", help="with --init: also write sample and theory statistics")
    group.add_argument(
        "--init-param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="initialiser parameter (with --depth; with --init, --param works too)",
    )


def add_depth_arguments(group: Group) -> None:
    """``--depth``: per-layer statistics of a deep network (with --activation and --init)."""
    group.add_argument("--depth", action="store_true", help="run the depth experiment (needs --activation and --init)")
    group.add_argument("--layers", default="10", help="--depth: number of layers (default 10)")
    group.add_argument("--units", metavar="N", help="--depth: units per layer, the network's width (default 512)")
    group.add_argument(
        "--batch", default=None, help="--depth: inputs per batch (default 1024); --train: mini-batch, 1 to 64 (default 10)"
    )
    group.add_argument("--bias", default="zero", help="--depth: zero or default (nn.Linear's)")


def add_vector_arguments(group: Group) -> None:
    """``--activation softmax --vector 1,2,3``: a vector activation's output and Jacobian (with --activation)."""
    group.add_argument("--vector", metavar="X1,X2,...", help="the input vector of a vector activation (softmax, glu…)")
    group.add_argument("--temperature", metavar="T", help="softmax, log_softmax, softmin: divide x by T first (default 1)")


def add_expression_arguments(group: Group) -> None:
    """``--expression TEXT``: a typed formula in x, alone, beside --activation, or as --depth's activation."""
    group.add_argument(
        "--expression",
        action="append",
        metavar="FORMULA",
        help="a formula in x such as 'x*sigmoid(k*x)' (repeat to overlay several); --param NAME=VALUE sets its "
        "parameters (default 1.0); with --depth it replaces --activation",
    )


def add_training_arguments(group: Group) -> None:
    """``--train``: the "why non-linearity" lesson (with --activation, --param, --init, --batch, --seed).

    Numbers stay text here: :func:`cli.common.number` reads them with :func:`engine.params.parse_number`
    (full-width digits, a message naming the flag) like every other flag's.
    """
    group.add_argument("--train", action="store_true", help="train a small network on 2-D data; write its history or figure")
    group.add_argument(
        "--dataset",
        help="circle, xor, gauss, spiral or moons; regression: sine (sin x), abs (|x| / 3), step (-1, then 1), square "
        "(x² / 18), sawtooth, plane or gaussians (default circle; with --target sine)",
    )
    group.add_argument(
        "--target",
        metavar="FORMULA",
        help="a 1-D curve's own target g(x) in the formula language, e.g. 'sin(2*x)': the points' targets are g at "
        "their x (plus --noise); names in it are parameters at 1.0",
    )
    group.add_argument(
        "--hidden", help="units per hidden layer, e.g. 4,2; 'none' for no hidden layer (default 4,2; regression 16)"
    )
    group.add_argument("--optimizer", help="sgd, momentum or adam (default sgd; regression adam)")
    group.add_argument("--lr", help="learning rate, 1e-5 to 10 (default 0.03; regression 0.01)")
    group.add_argument("--race", metavar="A,B,...", help="--train: race 2 to 6 activations, e.g. sigmoid,tanh,relu")
    group.add_argument("--epochs", default=300, help="epochs to train (default 300)")
    group.add_argument("--loss", default="mse", help="mse (tanh output, squared error) or bce (sigmoid, cross-entropy)")
    group.add_argument("--noise", default=0.0, help="label noise in percent, 0 to 50 (default 0)")
    group.add_argument("--train-ratio", default=50.0, help="percent of the points used for training (default 50)")
    group.add_argument("--samples", help="number of points (default 500; regression 400)")
    group.add_argument("--features", default="x1,x2", help="inputs from x1,x2,x1_squared,x2_squared,x1_times_x2,sin_x1,sin_x2")
    group.add_argument("--regularization", default="none", help="none, l1 or l2 (default none)")
    group.add_argument("--reg-rate", default=0.0, help="regularisation rate (default 0)")
    group.add_argument(
        "--force", action="store_true", help="train even when the run is estimated to take over 10 minutes (refused otherwise)"
    )


def add_animation_arguments(group: Group) -> None:
    """``--sweep NAME=FROM:TO`` or ``--train --frames N`` with ``--out FILE.gif|.webp|.apng``: an animation."""
    group.add_argument(
        "--sweep", metavar="NAME=FROM:TO", help="animate a parameter (--param's, or --init-param's with --depth) from FROM to TO"
    )
    group.add_argument("--frames", metavar="N", help="frames, 2 to 1000 (default 60; --train: one every epochs/(N-1))")
    group.add_argument("--duration", metavar="SECONDS", help="instead of --frames: seconds of animation (frames = s x fps)")
    group.add_argument("--fps", default="20", help="frames per second, 1 to 50 (default 20)")
    group.add_argument("--loop", default="0", help="plays: 0 forever (default), 1 once, N times")


def add_session_arguments(group: Group) -> None:
    """``--session FILE --out DIR``: every tab's figure of a saved session, one file per tab."""
    group.add_argument("--session", metavar="FILE.alab", help="write the figures of a session file into the folder --out")
    group.add_argument(
        "--format", choices=("png", "svg", "pdf", "csv"), default="png", help="--session: the files' format (default png)"
    )


#: (title, description, add_arguments) of each export kind's argument group, in --help order
EXPORT_KINDS: tuple[tuple[str, str, Callable[[Group], None]], ...] = (
    ("activation", "--activation ID [--activation ID2 ...]: f, f' and f'' (the default kind)", add_activation_arguments),
    ("initialisation", "--init ID --shape OUT,IN[,KH,KW]: a histogram of the weights", add_init_arguments),
    ("depth", "--depth --activation ID --init ID: per-layer statistics of a deep network", add_depth_arguments),
    ("vector", "--activation softmax --vector 1,2,3: output and Jacobian of a vector activation", add_vector_arguments),
    (
        "formula",
        "--expression FORMULA [--param NAME=VALUE]: your own activation (with --activation or --depth)",
        add_expression_arguments,
    ),
    (
        "training",
        "--train [--dataset circle --activation tanh --hidden 4,2 ...]: train the lesson's network",
        add_training_arguments,
    ),
    (
        "animation",
        "--sweep NAME=FROM:TO or --train --frames N, --out FILE.gif|.webp|.apng: an animated figure",
        add_animation_arguments,
    ),
    ("session", "--session lesson.alab --out DIR [--format png]: every tab of a saved session", add_session_arguments),
)


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """``export``: the shared output and compute flags, then one group per export kind."""
    add_output_arguments(parser.add_argument_group("output"))
    add_compute_arguments(parser.add_argument_group("computation"))
    for title, description, add_arguments in EXPORT_KINDS:
        add_arguments(parser.add_argument_group(title, description))


def add_gallery_arguments(parser: argparse.ArgumentParser) -> None:
    """``gallery --out DIR``: one figure per activation and an index page."""
    parser.add_argument(
        "--out", required=True, metavar="DIR", help="folder to write into (created if missing; the folder above it must exist)"
    )
    parser.add_argument("--format", choices=("png", "svg", "pdf"), default="png")
    parser.add_argument("--style", choices=("screen", "print"), default="screen")
    parser.add_argument("--activation", action="append", metavar="ID", help="only these (repeat); default: all")


def build_app_parser() -> argparse.ArgumentParser:
    """``python main.py [lesson.alab] [--fresh] [--self-test] [--lang L]``: the desktop app, opening a session file."""
    parser = argparse.ArgumentParser(
        prog="ActivationLab", description="Activation Lab (commands: export, gallery; see ActivationLab export --help)"
    )
    add_app_arguments(parser)
    parser.add_argument("session", nargs="?", help="a session file (.alab) to open")
    parser.set_defaults(command=None)
    return parser


def parse_command_line(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The arguments: a command (``export``, ``gallery``) and its flags, or the app's with an optional session file."""
    args = list(sys.argv[1:] if argv is None else argv)
    if any(arg in COMMANDS for arg in args):
        return build_parser().parse_args(args)
    return build_app_parser().parse_args(args)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the app's flags and the ``export`` and ``gallery`` subcommands."""
    parser = argparse.ArgumentParser(prog="ActivationLab", description="Activation Lab")
    add_app_arguments(parser)
    commands = parser.add_subparsers(dest="command")
    add_export_arguments(commands.add_parser("export", help="write a plot's data or image without opening a window"))
    add_gallery_arguments(commands.add_parser("gallery", help="write one figure per activation and an index page"))
    parser.set_defaults(session=None)
    return parser
