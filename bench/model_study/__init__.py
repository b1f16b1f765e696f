"""The round-15 study of a learned confidence model (bench/analyzer_model_study.py)."""
