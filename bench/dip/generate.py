#!/usr/bin/env python3
"""Writes units.csv (a root and N-1 units under it) and dip.csv (ROWS DIP entries spread over the units) for `import dip`.

Usage: generate.py OUT_DIR [ROWS=50000] [UNITS=1000]
"""
import csv
import os
import random
import sys

out, rows, units = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 50_000, int(sys.argv[3]) if len(sys.argv) > 3 else 1000
random.seed(14)
os.makedirs(out, exist_ok=True)
codes = ["ROOT"] + [f"U{i:04d}" for i in range(1, units)]
with open(os.path.join(out, "units.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["code", "name", "parent_code", "kind"])
    w.writerow(["ROOT", "PPID Utama Provinsi Bench", "", "utama"])
    for c in codes[1:]:
        w.writerow([c, f"Dinas {c}", "ROOT", "pembantu"])

words = ("laporan keuangan anggaran realisasi rencana strategis kinerja pengadaan barang jasa profil pejabat struktur organisasi "
         "peraturan daerah standar pelayanan jadwal kegiatan statistik kesehatan pendidikan jalan jembatan bencana banjir").split()
categories = ["berkala", "serta_merta", "setiap_saat"]
formats = ["softcopy", "hardcopy", "both"]
with open(os.path.join(out, "dip.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["unit_code", "category", "title", "summary", "holder", "responsible", "produced_time", "produced_place",
                "format", "retention", "url", "published_date"])
    for i in range(rows):
        unit = codes[i % units]
        title = " ".join(random.choice(words) for _ in range(5)).capitalize() + f" {i}"
        summary = " ".join(random.choice(words) for _ in range(30))
        url = f"https://ppid.example.go.id/dip/{i}.pdf" if i % 3 == 0 else ""
        w.writerow([unit, categories[i % 3], title, summary, f"Sekretariat {unit}", f"Kepala {unit}", str(2020 + i % 6), "Pontianak",
                    formats[i % 3], "5 tahun", url, f"{2020 + i % 6}-0{1 + i % 9}-1{i % 9}"])
