"""Generated GUI episodes for training and evaluating the embedded model.

``generate(out_dir, n_episodes, seed, split)`` renders random pages in real Chromium, runs each episode's
ground-truth actions through tilepilot's ``Browser`` executor, and stores one ``Sample`` per step (OCR
text boxes and OpenCV candidates, the positives among them, the action in frame pixels) as JSONL + PNG.
``load_samples(dir)`` reads them back. See docs/data.md.
"""

from tilepilot.model.data.components import component_boxes, is_positive
from tilepilot.model.data.episode import ChromiumHost, EpisodeResult, EpisodeRunner
from tilepilot.model.data.generate import (
    GenerateReport,
    Manifest,
    episode_id,
    episode_seed,
    generate,
    iter_samples,
    load_samples,
    page_for,
)
from tilepilot.model.data.pages import FAMILIES, HELDOUT_FAMILY, PageSpec, StepSpec, Task, make_page
from tilepilot.model.data.sample import Candidate, Sample

__all__ = [
    "FAMILIES", "HELDOUT_FAMILY", "Candidate", "ChromiumHost", "EpisodeResult", "EpisodeRunner", "GenerateReport",
    "Manifest", "PageSpec", "Sample", "StepSpec", "Task", "component_boxes", "episode_id", "episode_seed",
    "generate", "is_positive", "iter_samples", "load_samples", "make_page", "page_for",
]
