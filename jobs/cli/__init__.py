"""``nhacviec``: the argparse entry point (``main``) and one module per command group."""
