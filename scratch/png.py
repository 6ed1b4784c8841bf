"""png.py PKL OUT.png: the step's screenshot."""
import pickle, sys
from pathlib import Path
Path(sys.argv[2]).write_bytes(pickle.loads(Path(sys.argv[1]).read_bytes())["png"])
