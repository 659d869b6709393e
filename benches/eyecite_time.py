"""Times eyecite's get_citations on a text file: `python eyecite_time.py FILE [RUNS]`.

Run it in a throwaway venv (`python3 -m venv /tmp/eyecite-venv && /tmp/eyecite-venv/bin/pip install eyecite`).
"""
import sys
import time

from eyecite import get_citations

text = open(sys.argv[1], encoding="utf-8").read()
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
times = []
found = 0
for _ in range(runs):
    start = time.perf_counter()
    found = len(get_citations(text))
    times.append((time.perf_counter() - start) * 1000)
times.sort()
print(f"eyecite median_ms={times[len(times) // 2]:.1f} min_ms={times[0]:.1f} citations={found} bytes={len(text.encode())}")
