"""shot.py PAGE OUT.png 'python with pg' : open an app page, run the statements, save a 1280x720 screenshot."""
import shutil, sys
from pathlib import Path
from playwright.sync_api import sync_playwright
ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
with sync_playwright() as p:
    b = p.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
    pg = b.new_page(viewport={"width": 1280, "height": 720})
    pg.goto((ROOT / "scenarios/apps/web" / sys.argv[1]).as_uri())
    exec(sys.argv[3] if len(sys.argv) > 3 else "")
    pg.screenshot(path=sys.argv[2])
    b.close()
