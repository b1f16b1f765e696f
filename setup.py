"""Build hook (the rest is in pyproject.toml): ship resources/ inside the package.

The sample app and the inspector scripts live in the top-level resources/ folder of the
source tree; a wheel copies them to l4ydesk/resources/, where l4ydesk.resource_paths looks
first. Editable installs keep reading them from the source tree.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SKIP = shutil.ignore_patterns("node_modules", ".next", "__pycache__", ".DS_Store")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        source = Path(__file__).resolve().parent / "resources"
        target = Path(self.build_lib) / "l4ydesk" / "resources"
        shutil.copytree(source, target, dirs_exist_ok=True, ignore=SKIP)


setup(cmdclass={"build_py": BuildWithResources})
